#!/usr/bin/env bash
# Installs the pinned toolchain into .venv and serves the site with live reload.
source "$(dirname "$0")/_venv.sh"
echo "Open http://127.0.0.1:8000/ (中文) or http://127.0.0.1:8000/en/ (English). Ctrl+C stops."
exec .venv/bin/python -m mkdocs serve --dev-addr 127.0.0.1:8000 "$@"

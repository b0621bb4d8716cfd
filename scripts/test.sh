#!/usr/bin/env bash
# Installs the pinned toolchain into .venv and runs the whole test suite.
# Extra arguments go to pytest, e.g. `bash scripts/test.sh --update-outputs`.
source "$(dirname "$0")/_venv.sh"
node_packages
exec .venv/bin/python -m pytest "$@"

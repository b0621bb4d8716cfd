#!/usr/bin/env bash
# Installs the pinned toolchain into .venv and every tested CPython (scripts/pythons.sh), then
# runs the whole test suite. Extra arguments go to pytest, e.g. `bash scripts/test.sh --update-outputs`.
source "$(dirname "$0")/_venv.sh"
node_packages
bash scripts/pythons.sh || echo "warning: scripts/pythons.sh failed, so snippets skip the Pythons it could not install (in CI they fail)" >&2
exec .venv/bin/python -m pytest "$@"

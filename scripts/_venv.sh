# Sourced by the other scripts: creates .venv with the pinned toolchain (Python 3.11+).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "error: $PYTHON is $("$PYTHON" --version 2>&1); the guide needs Python 3.11 or newer (set PYTHON=...)" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
export NO_MKDOCS_2_WARNING=1

# The npm packages of package.json (axe-core for tests/test_browser.py, lighthouse for
# scripts/lighthouse.py), installed with `npm ci` whenever package-lock.json has changed.
# Without npm the browser tests are skipped locally (and fail in CI, where CI is set).
node_packages() {
  if ! command -v npm >/dev/null; then
    echo "warning: npm not found, so no browser tests: install Node.js and npm (they need package.json's packages)" >&2
    return 0
  fi
  if ! cmp -s package-lock.json node_modules/.installed-package-lock.json; then
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.installed-package-lock.json
  fi
}

#!/usr/bin/env bash
# Builds the offline site into site/ (open site/index.html straight from disk) and zips it.
source "$(dirname "$0")/_venv.sh"
.venv/bin/python -m mkdocs build --strict --clean --site-dir site
rm -f asyncio-guide-offline.zip
.venv/bin/python -m zipfile -c asyncio-guide-offline.zip site/
echo "Built site/ (open site/index.html) and asyncio-guide-offline.zip"

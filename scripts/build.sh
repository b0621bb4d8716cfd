#!/usr/bin/env bash
# Builds the offline site into site/ (open site/index.html straight from disk). The build itself
# zips the site into site/asyncio-guide-offline.zip (hooks/offline_zip.py), which is published
# with it and linked from the home page; a copy lands in the repository root.
source "$(dirname "$0")/_venv.sh"
.venv/bin/python -m mkdocs build --strict --clean --site-dir site
cp site/asyncio-guide-offline.zip asyncio-guide-offline.zip
echo "Built site/ (open site/index.html) and asyncio-guide-offline.zip (unzip it, open asyncio-guide/index.html)"

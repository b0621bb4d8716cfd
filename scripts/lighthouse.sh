#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of sample pages in both
# languages, the site served on 127.0.0.1. Needs chromium (apt-get install chromium) and npm.
# Arguments go to scripts/lighthouse.py, e.g. `bash scripts/lighthouse.sh --min 98 en/tasks.html`.
source "$(dirname "$0")/_venv.sh"
node_packages
exec .venv/bin/python scripts/lighthouse.py "$@"

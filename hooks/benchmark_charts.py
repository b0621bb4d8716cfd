"""The benchmark page's charts and tables, drawn at build time from the data file.

A page line `<!-- benchmark:NAME -->` becomes an inline SVG chart with its caption, or a table, in
the page's language, from docs/assets/benchmark/echo.json (written by benchmarks/echo/run.py).
The drawing lives in guidekit/charts.py, which tests/test_benchmark_charts.py checks against the
data; this hook only finds the markers.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # mkdocs run from elsewhere: guidekit sits beside this folder
    sys.path.insert(0, str(ROOT))

from guidekit import charts  # noqa: E402

LANG = re.compile(r"\.([a-z]{2})\.md$")


def on_page_markdown(markdown: str, *, page, config, files) -> str:
    if not charts.MARKER.search(markdown):
        return markdown
    m = LANG.search(page.file.src_uri)
    lang = m[1] if m and m[1] in charts.TEXT else "zh"
    return charts.fill(markdown, lang)

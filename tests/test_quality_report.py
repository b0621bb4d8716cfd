"""Lighthouse on two sample pages (one per language), inside the suite.

Accessibility, best practices and SEO must score 100: those audits give the same answer on
every run. Performance is printed in the summary but not asserted, because on a busy 2-core
machine it swings by ten points between runs; `./guide lighthouse --min 98` is the
manual check before a release (see the contributing page).
"""

from __future__ import annotations

import functools
import os
import threading

import pytest

import guidekit

from guidekit import lighthouse

PAGES = ["index.html", "en/tasks.html"]
STRICT = ["accessibility", "best-practices", "seo"]


@pytest.fixture(scope="module")
def host(site):
    chromium = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    if not lighthouse.LIGHTHOUSE.exists():
        guidekit.missing_tool(f"LIGHTHOUSE NOT RUN: {guidekit.rel(lighthouse.LIGHTHOUSE)} is missing: run `npm ci`")
    if not os.path.isfile(chromium):
        guidekit.missing_tool(f"LIGHTHOUSE NOT RUN: no chromium at {chromium}: apt-get install chromium")
    httpd = lighthouse.QuietServer(("127.0.0.1", 0), functools.partial(lighthouse.StaticHost, directory=str(site.root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("page", PAGES)
def test_lighthouse_scores(host, page):
    report = lighthouse.audit(host + page, None)
    scores = {c: round(100 * report["categories"][c]["score"]) for c in lighthouse.CATEGORIES}
    guidekit.SUMMARY.append(f"Lighthouse {page}: " + ", ".join(f"{c} {s}" for c, s in scores.items()))
    low = {c: s for c, s in scores.items() if c in STRICT and s < 100}
    assert not low, (
        f"{page}: Lighthouse scores below 100: {low}\n" + "\n".join(lighthouse.shortfalls(report))
    )

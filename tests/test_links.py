"""Links: internal ones fail the build when broken, external ones are https, README's resolve.

Links between pages are checked here in the sources, with page and line; MkDocs checks them
again (validation in mkdocs.yml, turned into errors by --strict), and tests/test_site.py checks
every link of the built HTML offline.
"""

from __future__ import annotations

import logging

from mkdocs.config import load_config

import guidekit
from guidekit import links


def test_broken_links_and_anchors_fail_the_build():
    config = load_config(str(guidekit.ROOT / "mkdocs.yml"))
    levels = dict(config["validation"]["links"])
    weak = {k: logging.getLevelName(v) for k, v in levels.items() if v < logging.WARNING}
    assert not weak, (
        f"mkdocs.yml: validation must report broken links as warnings, which --strict turns into "
        f"errors; these are weaker: {weak}"
    )
    assert levels["anchors"] >= logging.WARNING, "mkdocs.yml: validation.anchors must be warn"


def test_external_links_are_https():
    found = [link for link in links.external_links() if not link.local]
    plain = [f"{link.where}: {link.url}" for link in found if not link.url.lower().startswith("https://")]
    assert not plain, (
        "external links must use https (list them all: ./guide links):\n"
        + "\n".join(plain)
    )


def test_readme_links_resolve():
    problems = links.readme_problems()
    guidekit.report(problems)


def test_links_between_pages_resolve():
    """Broken page links and anchors, each with its page and line (before any build)."""
    guidekit.report([p for zh, en in guidekit.page_pairs()[0] for page in (zh, en)
                     for p in links.page_link_problems(page)])

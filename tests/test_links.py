"""Links: internal ones fail the build when broken, external ones are https, README's resolve.

Internal links and anchors between pages are MkDocs' own job (validation in mkdocs.yml, turned
into errors by --strict); tests/test_site.py then checks every link of the built HTML offline.
"""

from __future__ import annotations

import logging

from mkdocs.config import load_config

import guide
import links


def test_broken_links_and_anchors_fail_the_build():
    config = load_config(str(guide.ROOT / "mkdocs.yml"))
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
        "external links must use https (list them all: python scripts/external_links.py):\n"
        + "\n".join(plain)
    )


def test_readme_links_resolve():
    problems = links.readme_problems()
    assert not problems, "\n".join(problems)

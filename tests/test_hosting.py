"""Hosting: the GitHub Actions workflows, the offline zip inside the site, and the repository
links ("edit this page") that must not make the site call out to GitHub's API."""

from __future__ import annotations

import re
import zipfile

import yaml
from mkdocs.config import load_config

import guidekit
from test_site import built_page, parse

WORKFLOWS = guidekit.ROOT / ".github" / "workflows"
ZIP = "asyncio-guide-offline.zip"
PAIRS, _ = guidekit.page_pairs()


def workflow(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


def steps(job: dict) -> str:
    return "\n".join(str(step.get("run") or step.get("uses")) for step in job["steps"])


def test_pull_requests_run_the_whole_suite():
    ci = workflow("ci.yml")
    assert "pull_request" in ci["on"], "ci.yml must run on pull requests"
    job = ci["jobs"]["test"]
    assert re.search(r"^bash \.ci/run$", steps(job), re.M), "ci.yml must run the suite exactly as CI does: bash .ci/run"
    assert "apt-get install" in steps(job) and "chromium" in steps(job), "ci.yml must install Debian's Chromium"
    assert "GUIDE_PYTHONS" in steps(job), "ci.yml must provide the Pythons the recorded outputs name"


def test_main_deploys_the_site_and_its_offline_zip():
    pub = workflow("publish.yml")
    assert pub["on"]["push"]["branches"] == ["main"], "publish.yml must run on pushes to main"
    build, deploy = pub["jobs"]["build"], pub["jobs"]["deploy"]
    assert "./guide build" in steps(build), "publish.yml must build with ./guide build (strict, zip)"
    assert "actions/upload-pages-artifact@" in steps(build)
    assert "actions/deploy-pages@" in steps(deploy)
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    env = next(step["env"] for step in build["steps"] if "./guide build" in str(step.get("run")))
    assert {"GUIDE_SITE_URL", "GUIDE_REPO_URL", "GUIDE_EDIT_URI"} <= set(env), (
        "publish.yml must pass the site and repository URLs to the build"
    )


def test_offline_zip_is_in_the_site_and_linked_from_the_home_pages(site):
    path = site.root / ZIP
    assert path.is_file(), f"hooks/offline_zip.py did not write {ZIP} into the site"
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        assert zf.testzip() is None, f"{ZIP} is corrupt"
    for needed in ("index.html", "en/index.html", "search/search_index.js"):
        assert f"asyncio-guide/{needed}" in names, f"{ZIP} lacks asyncio-guide/{needed}"
    assert not any(name.endswith(ZIP) for name in names), f"{ZIP} must not contain itself"
    for home in ("index.html", "en/index.html"):
        hrefs = [href for href, _ in parse(site.root / home).anchors if href.endswith(ZIP)]
        assert hrefs, f"{home}: the home page must link to {ZIP} (docs/index.*.md)"


def test_repository_links_make_no_requests_to_github(site):
    """Material asks api.github.com for stars and forks of repo_url unless the source partial
    is overridden (overrides/partials/source.html); "edit this page" links need repo_url."""
    config = load_config(str(guidekit.ROOT / "mkdocs.yml"))
    problems = []
    for page in sorted(site.root.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        if 'data-md-component="source"' in text:
            problems.append(f"{page.relative_to(site.root)}: the repository link would fetch facts from GitHub's API")
    for zh, en in PAIRS:
        for src in (zh, en):
            built = built_page(site.root, src)
            if not built.is_file():  # not in the nav: tests/test_site.py reports it
                continue
            edits = [href for href, a in parse(built).anchors if a.get("rel") == "edit"]
            if config["repo_url"]:
                expected = f"/{guidekit.rel(src)}"
                if not any(href.startswith("https://") and href.endswith(expected) for href in edits):
                    problems.append(f"{built.relative_to(site.root)}: no 'edit this page' link to …{expected} ({edits})")
            elif edits:
                problems.append(f"{built.relative_to(site.root)}: edit links without repo_url point nowhere: {edits}")
    guidekit.report(problems)

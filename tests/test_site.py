"""The built site: strict build, snippets rendered, nothing loaded from outside, links work offline."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

import guidekit
from conftest import built_site

PAIRS, _ = guidekit.page_pairs()
ANNOTATION = re.compile(r"\s*#\s*\(\d+\)!?\s*$")


def built_page(site_root: Path, page: Path) -> Path:
    """docs/tasks.en.md -> site/en/tasks.html; docs/tasks.zh.md -> site/tasks.html."""
    stem, lang = page.name[:-3].rsplit(".", 1)
    relative = page.parent.relative_to(guidekit.DOCS) / f"{stem}.html"
    return site_root / relative if lang == "zh" else site_root / lang / relative


class Links(HTMLParser):
    """Collects resource URLs, link targets and element ids of one HTML file."""

    RESOURCE_ATTRS = {"script": "src", "img": "src", "iframe": "src", "source": "src",
                      "video": "src", "audio": "src", "embed": "src", "object": "data"}

    def __init__(self):
        super().__init__()
        self.resources: list[str] = []
        self.anchors: list[tuple[str, dict]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag in self.RESOURCE_ATTRS and a.get(self.RESOURCE_ATTRS[tag]):
            self.resources.append(a[self.RESOURCE_ATTRS[tag]])
        if tag == "link" and a.get("href"):
            rels = (a.get("rel") or "").split()
            if set(rels) & {"stylesheet", "preconnect", "preload", "modulepreload", "icon", "manifest", "dns-prefetch"}:
                self.resources.append(a["href"])
        if tag == "a" and a.get("href") is not None:
            self.anchors.append((a["href"], a))


def parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def external(url: str) -> bool:
    return bool(re.match(r"^([a-z][a-z0-9+.-]*:|//)", url, re.I)) and not url.startswith(("data:", "mailto:", "javascript:"))


def local_file(root: Path, page: Path, url: str) -> Path:
    """The built file a relative URL (or a root-relative one, as in 404.html) points at."""
    path = unquote(urlsplit(url).path)
    return root / path.lstrip("/") if path.startswith("/") else page.parent / path


def text_of(page_html: str) -> str:
    body = re.sub(r"<[^>]+>", "", page_html)
    return re.sub(r"\s+", " ", html.unescape(body))


def test_strict_build_passes():
    built = built_site()
    if not built.ok:
        pytest.fail(f"mkdocs build --strict failed (the other tests that need the site are skipped):\n"
                    f"{built.problems()}", pytrace=False)
    assert (built.root / "index.html").is_file() and (built.root / "en" / "index.html").is_file()


@pytest.mark.parametrize("zh,en", PAIRS, ids=[guidekit.rel(zh)[5:-6] for zh, _ in PAIRS])
def test_pages_show_their_snippets_and_outputs(site, zh, en):
    problems = []
    for page in (zh, en):
        built = built_page(site.root, page)
        if not built.is_file():
            problems.append(f"{guidekit.rel(page)}: was not built (expected {built.relative_to(site.root)}); is it in the nav?")
            continue
        shown = text_of(built.read_text(encoding="utf-8"))
        for inc in guidekit.includes(page):
            lines = [ANNOTATION.sub("", line).strip() for line in guidekit.included_text(inc).splitlines()]
            lines = [re.sub(r"\s+", " ", line) for line in lines if line]
            if not lines:
                problems.append(f"{inc.where}: {inc.target} is empty, so the page shows nothing")
            missing = [line for line in lines if line not in shown]
            if missing:
                problems.append(f"{inc.where}: the built page does not show {inc.target}; first missing line: {missing[0]!r}")
    guidekit.report(problems)


def all_html(site) -> list[Path]:
    return sorted(site.root.rglob("*.html"))


def test_nothing_is_loaded_from_outside(site):
    problems = []
    for page in all_html(site):
        for url in parse(page).resources:
            if external(url):
                problems.append(f"{page.relative_to(site.root)}: loads {url}")
            elif not local_file(site.root, page, url).is_file():
                problems.append(f"{page.relative_to(site.root)}: loads {url}, which is not in the built site")
    for css in site.root.rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", css.read_text(encoding="utf-8")):
            if external(url):
                problems.append(f"{css.relative_to(site.root)}: loads {url}")
    assert not problems, "the site must work offline and stay private; vendor these files:\n" + "\n".join(problems)


def test_internal_links_resolve_offline(site):
    """Every relative link points at a built file (file:// has no directory index) and anchor."""
    problems, ids = [], {}
    for page in all_html(site):
        if page.name == "404.html":  # served by the host for unknown URLs, never opened from disk
            continue
        for href, _ in parse(page).anchors:
            if external(href) or not href:
                continue
            parts = urlsplit(href)
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir() or not target.exists():
                problems.append(f"{page.relative_to(site.root)}: link {href!r} points at no file")
                continue
            if parts.fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = parse(target).ids
                if unquote(parts.fragment) not in ids[target]:
                    problems.append(f"{page.relative_to(site.root)}: link {href!r} points at a missing anchor")
    guidekit.report(sorted(set(problems)))


@pytest.mark.parametrize("zh,en", PAIRS, ids=[guidekit.rel(zh)[5:-6] for zh, _ in PAIRS])
def test_language_switch_lands_on_the_twin(site, zh, en):
    pages = {"zh": built_page(site.root, zh), "en": built_page(site.root, en)}
    for lang, page in pages.items():
        other = "en" if lang == "zh" else "zh"
        links = [href for href, a in parse(page).anchors if a.get("hreflang") == other]
        assert links, f"{page.relative_to(site.root)}: no language switch to {other}"
        target = (page.parent / urlsplit(links[0]).path).resolve()
        assert target == pages[other].resolve(), (
            f"{page.relative_to(site.root)}: the switch to {other} goes to {links[0]}, "
            f"not to {pages[other].relative_to(site.root)}"
        )


def test_search_works_offline_and_segments_chinese(site):
    """One index per language (hooks/languages.py): zh at search/, en at en/search/, each also
    inlined as search_index.js for file://, locations relative to the language's root."""
    indexes = {}
    for lang, folder in (("zh", site.root / "search"), ("en", site.root / "en" / "search")):
        assert (folder / "search_index.js").is_file(), f"{folder.relative_to(site.root)}: no search_index.js (offline search)"
        indexes[lang] = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
        separator = indexes[lang]["config"]["separator"]
        assert "\u200b" in separator or "\\u200b" in separator, "search separator must split on \\u200b (jieba's marks)"
        assert indexes[lang]["docs"], f"the {lang} search index is empty"
    for lang, index in indexes.items():
        pages = {d["location"].split("#")[0] for d in index["docs"]}
        expected = {built_page(Path("."), page).as_posix() for pair in PAIRS for page in pair
                    if page.name.endswith(f".{lang}.md")}
        if lang != "zh":
            expected = {p.removeprefix(f"{lang}/") for p in expected}
        assert pages == expected, (
            f"the {lang} search index should hold exactly the {lang} pages; "
            f"extra: {sorted(pages - expected)}, missing: {sorted(expected - pages)}"
        )
    assert any("\u200b" in d["text"] for d in indexes["zh"]["docs"]), (
        "Chinese text in the search index is not segmented: is jieba installed (requirements.txt)?"
    )

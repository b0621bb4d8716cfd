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
        resources = parse(page).resources
        twice = sorted({url for url in resources if url.endswith((".css", ".js")) and resources.count(url) > 1})
        if twice:
            problems.append(f"{page.relative_to(site.root)}: loads {', '.join(twice)} more than once")
        for url in resources:
            if external(url):
                problems.append(f"{page.relative_to(site.root)}: loads {url}")
            elif not local_file(site.root, page, url).is_file():
                problems.append(f"{page.relative_to(site.root)}: loads {url}, which is not in the built site")
    for css in site.root.rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", css.read_text(encoding="utf-8")):
            if external(url):
                problems.append(f"{css.relative_to(site.root)}: loads {url}")
    assert not problems, ("the site must work offline, stay private and load each file once; vendor "
                          "these files, or find the plugin that adds them twice:\n" + "\n".join(problems))


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


# --------------------------------------------------------------------------- API reference
# docs/reference.*.md: mkdocstrings entries (hooks/reference.py adds versions, summaries and
# the chapters that link to each entry); chapters link to them with [`name`][asyncio.name].

REFERENCE = {lang: Path("reference.html" if lang == "zh" else f"{lang}/reference.html") for lang in guidekit.LANGS}
ENTRY = re.compile(r'<h(\d) id="(asyncio(?:\.\w+)+)" class="doc doc-heading">.*?</h\1>\s*(<div class="[^"]*\bdoc-signature\b)?', re.S)
API_LINK = re.compile(r'<a class="autorefs autorefs-internal"[^>]*href="([^"]*)"')


def test_api_links_land_on_the_reference_in_the_pages_language(site):
    """A chapter's API link goes to its own language's reference, on an entry that exists;
    with one site per language, autorefs could otherwise resolve it to either reference."""
    problems, counts, anchors = [], {lang: 0 for lang in guidekit.LANGS}, {}
    for lang, reference in REFERENCE.items():
        anchors[lang] = parse(site.root / reference).ids
    for zh, en in PAIRS:
        for lang, page in zip(guidekit.LANGS, (zh, en), strict=True):
            built = built_page(site.root, page)
            for href in API_LINK.findall(built.read_text(encoding="utf-8")):
                counts[lang] += 1
                parts = urlsplit(html.unescape(href))
                target = (built.parent / unquote(parts.path)).resolve() if parts.path else built.resolve()
                if target != (site.root / REFERENCE[lang]).resolve():
                    problems.append(f"{built.relative_to(site.root)}: API link {href} leaves the {lang} reference")
                elif parts.fragment not in anchors[lang]:
                    problems.append(f"{built.relative_to(site.root)}: API link {href} points at no entry")
    assert not problems, "\n".join(problems)
    assert all(counts.values()), f"no API links found in some language: {counts}"
    for chapter in ("tasks.html", "en/tasks.html"):
        hrefs = API_LINK.findall((site.root / chapter).read_text(encoding="utf-8"))
        assert "reference.html#asyncio.create_task" in hrefs, f"{chapter}: no link to its reference's create_task: {hrefs}"


@pytest.mark.parametrize("lang", guidekit.LANGS)
def test_every_reference_entry_shows_a_signature_and_its_versions(site, lang):
    page = (site.root / REFERENCE[lang]).read_text(encoding="utf-8")
    entries = ENTRY.findall(page)
    assert len(entries) >= 30, f"{REFERENCE[lang]}: only {len(entries)} API entries rendered"
    unsigned = [name for _, name, signature in entries if not signature]
    assert not unsigned, f"{REFERENCE[lang]}: entries without a signature: {unsigned}"
    added = "3.11 新增" if lang == "zh" else "Added in 3.11"
    assert added in page, f"{REFERENCE[lang]}: no 'added in' versions (hooks/reference.toml)"
    summaries = page.count('class="api-meta__summary"')
    if lang == "zh":
        assert summaries == len(entries), f"{REFERENCE[lang]}: {len(entries) - summaries} entries lack a Chinese summary"
    else:
        assert summaries == 0, f"{REFERENCE[lang]}: Chinese summaries on the English reference"
    taught = re.findall(r'class="api-meta__taught">.*?</p>', page, re.S)
    assert len(taught) >= 20, f"{REFERENCE[lang]}: only {len(taught)} entries list the chapters that teach them"
    links = re.findall(r'href="([^"#]*)#', " ".join(taught))
    assert links and all(not link.startswith(("..", "/", "http")) for link in links), (
        f"{REFERENCE[lang]}: 'taught in' links must stay within the {lang} site: {sorted(set(links))}")

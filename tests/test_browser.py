"""The built site in a real browser: Debian's chromium, driven by Playwright, against the build
of the `site` fixture, served on 127.0.0.1 and opened from disk (file://).

Checks what only a browser can: the language switch, search in the reader's language (served
and offline), the copy button, the dark/light toggle, accessibility (axe-core, every page, both
schemes), no console errors, and no request leaving the site.

Needs chromium (apt-get install chromium fonts-wqy-microhei) and the npm packages of
package.json (npm ci): ./guide test and .ci/run install them. Without them these tests are
skipped with the reason in the summary, except in CI (CI set), where that is an error.
"""

from __future__ import annotations

import functools
import os
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import guidekit
from test_site import built_page

CHROMIUM = os.environ.get("GUIDE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE = guidekit.ROOT / "node_modules" / "axe-core" / "axe.min.js"
# axe-core rules not checked, each with the reason. Keep it empty: fix the theme instead
# (docs/assets/stylesheets/extra.css, hooks/accessibility.py, docs/assets/javascripts/).
AXE_IGNORED: dict[str, str] = {}

PAIRS, _ = guidekit.page_pairs()
PAGES = [(page, lang) for pair in PAIRS for page, lang in zip(pair, guidekit.LANGS, strict=True)]


def page_id(page: Path) -> str:
    return guidekit.rel(page)[5:-3]  # docs/why-async.zh.md -> why-async.zh


# Typical reader queries and the page that must come up among the first `top` pages. A row is
# checked once its page exists in that language. Ranking trouble? Give the page a heading with
# the term, or `search: {boost: 2}` in its front matter.
SEARCHES = [
    ("zh", "事件循环", "event-loop", 1),
    ("zh", "协程", "coroutines", 3),
    ("zh", "阻塞", "why-async", 3),
    ("zh", "create_task", "tasks", 3),
    ("zh", "gather", "running-many", 3),
    ("zh", "TaskGroup", "taskgroup", 3),
    ("zh", "任务组", "taskgroup", 1),
    ("zh", "超时", "timeouts", 3),
    ("zh", "was never awaited", "coroutines", 3),
    ("zh", "wait_for", "timeouts", 3),
    ("zh", "return_exceptions", "running-many", 3),
    ("zh", "队列", "queues", 3),
    ("zh", "信号量", "sync-primitives", 3),
    ("zh", "异步迭代器", "async-iterators", 3),
    ("zh", "生成器", "generators", 3),
    ("en", "event loop", "event-loop", 1),
    ("en", "coroutine", "coroutines", 3),
    ("en", "blocking", "why-async", 3),
    ("en", "create_task", "tasks", 3),
    ("en", "gather", "running-many", 3),
    ("en", "TaskGroup", "taskgroup", 3),
    ("en", "timeout", "timeouts", 3),
    ("en", "was never awaited", "debugging", 3),  # the page that shows the warning and its traceback
    ("en", "Task exception was never retrieved", "task-errors", 3),
    ("en", "as_completed", "running-many", 3),
    ("en", "Queue", "queues", 3),
    ("en", "Semaphore", "sync-primitives", 3),
    ("en", "async for", "async-iterators", 3),
    ("en", "Future", "futures", 3),
    # I/O and operations, projects: the chapter that teaches the term comes first.
    ("zh", "gevent", "gevent", 1),
    ("en", "gevent", "gevent", 1),
    ("zh", "爬虫", "crawler", 1),
    ("en", "crawler", "crawler", 1),
    ("zh", "聊天室", "chat-room", 1),
    ("en", "chat", "chat-room", 1),
    ("zh", "FastAPI", "web-server", 1),
    ("en", "FastAPI", "web-server", 1),
    ("zh", "uvloop", "uvloop", 1),
    ("en", "uvloop", "uvloop", 1),
    ("zh", "子进程", "subprocesses", 1),
    ("en", "subprocess", "subprocesses", 1),
    ("zh", "上下文变量", "contextvars", 1),
    ("en", "ContextVar", "contextvars", 1),
    ("zh", "调试模式", "debugging", 1),
    ("en", "debug mode", "debugging", 1),
    ("zh", "常见陷阱", "pitfalls", 1),
    ("en", "pytest-asyncio", "testing", 1),
    ("zh", "open_connection", "streams", 1),
    ("en", "open_connection", "streams", 1),
    ("zh", "selectors", "sockets-to-asyncio", 1),
]
SEARCHES = [row for row in SEARCHES if (guidekit.DOCS / f"{row[2]}.{row[0]}.md").is_file()]


# --------------------------------------------------------------------------- fixtures

def missing_prerequisite() -> str | None:
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "Playwright is not installed: ./guide test installs requirements.txt"
    if not Path(CHROMIUM).is_file():
        return (f"no chromium at {CHROMIUM}: apt-get install chromium fonts-wqy-microhei "
                "(or set GUIDE_CHROMIUM)")
    if not AXE.is_file():
        return f"{guidekit.rel(AXE)} is missing: run `npm ci` (needs Node.js and npm)"
    return None


@pytest.fixture(scope="module")
def browser():
    problem = missing_prerequisite()
    if problem:
        guidekit.missing_tool(f"BROWSER TESTS NOT RUN: {problem}")
    from playwright.sync_api import sync_playwright

    # Module scope: while Playwright runs, its event loop counts as running in this thread, and
    # asyncio.run() (the README's example, run by pytest-codeblocks) would refuse to start.
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # the browser closed a connection early (a page left while loading)


@pytest.fixture(scope="module")
def server(site):
    httpd = QuietServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=site.root))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}/"
    httpd.shutdown()
    httpd.server_close()


LOCAL = re.compile(r"^(http://127\.0\.0\.1[:/]|file:|data:|blob:|about:)")
FOREIGN = re.compile(r"^(?!http://127\.0\.0\.1[:/]|file:|data:|blob:|about:)")  # matched in the browser


class Tab:
    """One browser page that records console errors and every request that leaves the site."""

    def __init__(self, context, roots: dict[str, str]):
        self.roots = roots  # mode -> URL of the site root
        self.page = context.new_page()
        self.problems: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(
            f"console error on {self.page.url}: {m.text}"))
        self.page.on("pageerror", lambda exc: self.problems.append(f"uncaught exception on {self.page.url}: {exc}"))
        self.page.on("request", lambda r: LOCAL.match(r.url) or self.problems.append(
            f"request leaves the site: {r.url} (from {self.page.url})"))

    def open(self, mode: str, path: str):
        self.page.goto(self.roots[mode] + path)
        return self.page

    def relative(self, url: str) -> str:
        """The site-relative path of a URL of this site (query and fragment dropped)."""
        url = url.split("#")[0].split("?")[0]
        for root in self.roots.values():
            if url.startswith(root):
                return url[len(root):]
        return url

    def assert_clean(self):
        assert not self.problems, "\n".join(self.problems)


@pytest.fixture(scope="module")
def contexts(browser, server, site):
    """One context for the served site, one for the site opened from disk; reused by all tests."""
    made = {}
    settings = {"http": {"viewport": {"width": 1280, "height": 900}},
                "file": {"viewport": {"width": 1280, "height": 900}},
                # A phone: 375 px wide, touch, no hover (Material treats code blocks differently).
                "phone": {"viewport": {"width": 375, "height": 740}, "is_mobile": True, "has_touch": True,
                          "device_scale_factor": 2}}
    for mode, options in settings.items():
        context = browser.new_context(**options)
        # Anything not local is refused before it leaves (and reported by Tab).
        context.route(FOREIGN, lambda route: route.abort("blockedbyclient"))
        made[mode] = context
    made["http"].grant_permissions(["clipboard-read", "clipboard-write"], origin=server.rstrip("/"))
    yield made
    for context in made.values():
        context.close()


@pytest.fixture(scope="module")
def roots(server, site) -> dict[str, str]:
    return {"http": server, "file": site.root.as_uri() + "/", "phone": server}


@pytest.fixture
def tab(contexts, roots):
    tabs = []

    def new(mode: str = "http") -> Tab:
        tabs.append(Tab(contexts[mode], roots))
        return tabs[-1]

    yield new
    for t in tabs:
        t.page.close()


def site_path(page: Path) -> str:
    return built_page(Path("."), page).as_posix()


def other(lang: str) -> str:
    return "en" if lang == "zh" else "zh"


# --------------------------------------------------------------------------- tests

@pytest.mark.parametrize("zh,en", PAIRS, ids=[page_id(zh)[:-3] for zh, _ in PAIRS])
def test_language_switch_lands_on_the_twin(tab, zh, en):
    """From disk (file://: no server to forgive a wrong link): zh -> en twin -> back to zh."""
    t = tab("file")
    p = t.open("file", site_path(zh))
    for lang, page, twin in (("zh", zh, en), ("en", en, zh)):
        assert p.locator("html").get_attribute("lang") == lang
        p.hover(".md-header__option .md-select")
        with p.expect_navigation():
            p.click(f"a.md-select__link[hreflang={other(lang)}]")
        assert t.relative(p.url) == site_path(twin), (
            f"{site_path(page)}: the language switch to {other(lang)} lands on {t.relative(p.url)}, "
            f"not on {site_path(twin)}"
        )
    assert p.locator("html").get_attribute("lang") == "zh"
    t.assert_clean()


def scheme(p) -> str:
    return p.locator("body").get_attribute("data-md-color-scheme")


def toggle_scheme(p) -> str:
    """Clicks the visible palette toggle and returns the new scheme."""
    before = scheme(p)
    p.locator("form[data-md-component=palette] label:visible").click()
    p.wait_for_function("before => document.body.dataset.mdColorScheme !== before", arg=before)
    return scheme(p)


@pytest.mark.parametrize("lang", guidekit.LANGS)
def test_dark_and_light_toggle(tab, lang):
    t = tab()
    p = t.open("http", language_root(lang))
    assert scheme(p) == "default"
    assert toggle_scheme(p) == "slate"
    p.reload()
    assert scheme(p) == "slate", "the chosen scheme does not survive a page load"
    assert toggle_scheme(p) == "default"
    t.assert_clean()


# Only colours change with the scheme: in the dark one, axe checks just these (much faster).
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def axe_violations(p, only: list[str] | None = None) -> list[str]:
    if not p.evaluate("typeof axe !== 'undefined'"):
        p.add_script_tag(path=str(AXE))
    options = {"resultTypes": ["violations"], "rules": {rule: {"enabled": False} for rule in AXE_IGNORED}}
    if only:
        options["runOnly"] = {"type": "rule", "values": [r for r in only if r not in AXE_IGNORED]}
    result = p.evaluate("options => axe.run(document, options)", options)
    found = []
    for v in result["violations"]:
        nodes = "; ".join(" ".join(n["target"]) for n in v["nodes"][:3])
        more = f" (+{len(v['nodes']) - 3} more)" if len(v["nodes"]) > 3 else ""
        detail = v["nodes"][0]["failureSummary"].splitlines()[1:2] if v["nodes"] else []
        found.append(f"{v['id']} ({v['impact']}): {v['help']}: {nodes}{more} {' '.join(detail).strip()}")
    return found


def mount_code_blocks(p) -> None:
    """Scrolls every code block into view: with content.lazy, Material gives a block its copy
    button and annotations only then, and axe should check what the reader sees."""
    p.evaluate("""async () => {
        const frame = () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))
        for (const block of document.querySelectorAll(".highlight")) {
            block.scrollIntoView()
            await frame()
        }
        window.scrollTo(0, 0)
        await frame()
    }""")
    # Back at the top, the header's title fades between the site name and the page title: let
    # the transition end, so axe measures the colours a reader sees, not a frame of the fade.
    p.wait_for_function(
        "document.getAnimations().every(a => a.playState !== 'running' || a.effect.getTiming().iterations === Infinity)")


@pytest.mark.parametrize("path", [site_path(page) for page, _ in PAGES] + ["404.html"],
                         ids=[page_id(page) for page, _ in PAGES] + ["404"])
def test_no_accessibility_violations_light_and_dark(tab, path):
    """axe on the page as it loads (nothing scrolled, so no code block mounted yet) and after
    every block has mounted, at 1280 px, and as loaded on a 375 px touch phone; light and dark."""
    problems = []
    for mode in ("http", "phone"):
        t = tab(mode)
        p = t.open(mode, path)
        width = p.viewport_size["width"]
        problems += [f"{width} px, light, as loaded: {v}" for v in axe_violations(p)]
        assert toggle_scheme(p) == "slate"
        problems += [f"{width} px, dark, as loaded: {v}" for v in axe_violations(p, only=COLOUR_RULES)]
        assert toggle_scheme(p) == "default"
        if mode == "http":
            mount_code_blocks(p)
            problems += [f"{width} px, light, blocks mounted: {v}" for v in axe_violations(p)]
        t.assert_clean()
    assert not problems, f"axe-core on {path}:\n" + "\n".join(problems)


def search(p, query: str) -> list[str]:
    """Types the query into Material's search box; returns the result links in order."""
    placeholder = p.evaluate(
        "JSON.parse(document.getElementById('__config').textContent).translations['search.result.placeholder']")
    box, meta = "input.md-search__input", ".md-search-result__meta"
    p.click(box)
    p.fill(box, "")
    p.press(box, "End")  # Material searches on keyup
    p.wait_for_function("([sel, text]) => document.querySelector(sel).textContent.trim() === text",
                        arg=[meta, placeholder])  # the index is loaded, no query
    p.fill(box, query)
    p.press(box, "End")
    p.wait_for_function("([sel, text]) => document.querySelector(sel).textContent.trim() !== text",
                        arg=[meta, placeholder])
    return p.eval_on_selector_all(".md-search-result__item > a", "links => links.map(a => a.href)")


def language_root(lang: str) -> str:
    return "index.html" if lang == "zh" else f"{lang}/index.html"


def result_pages(t: Tab, mode: str, lang: str, query: str) -> list[str]:
    """The pages a search finds, best first, each once; fails if one is in the other language."""
    pages = list(dict.fromkeys(t.relative(url) for url in search(t.page, query)))
    assert pages, f"{mode}: searching {query!r} on the {lang} site finds nothing"
    wrong = [page for page in pages if page.startswith("en/") != (lang == "en")]
    assert not wrong, f"{mode}: searching {query!r} on the {lang} site offers pages in the other language: {wrong}"
    return pages


@pytest.fixture(scope="module")
def search_tab(contexts, roots):
    """One open page per (mode, language) for all searches: the index loads once."""
    tabs: dict[tuple[str, str], Tab] = {}

    def get(mode: str, lang: str) -> Tab:
        if (mode, lang) not in tabs:
            tabs[mode, lang] = Tab(contexts[mode], roots)
            tabs[mode, lang].open(mode, language_root(lang))
        return tabs[mode, lang]

    yield get
    for t in tabs.values():
        t.page.close()


@pytest.mark.parametrize("lang,query,expected,top", SEARCHES,
                         ids=[f"{lang}-{query.replace(' ', '_')}" for lang, query, *_ in SEARCHES])
def test_search_ranks_the_right_page_in_the_readers_language(search_tab, lang, query, expected, top):
    t = search_tab("http", lang)
    pages = result_pages(t, "http", lang, query)
    want = f"{expected}.html" if lang == "zh" else f"{lang}/{expected}.html"
    assert want in pages[:top], (
        f"searching {query!r} on the {lang} site should put {want} among the first {top} pages; got {pages[:5]}"
    )
    t.assert_clean()


def test_search_results_show_chinese_without_word_separators(search_tab):
    """The index separates Chinese words with zero-width spaces (jieba); the results the reader
    sees must not contain them (docs/assets/javascripts/search.js removes them)."""
    t = search_tab("http", "zh")
    result_pages(t, "http", "zh", "结构化并发")
    shown = t.page.eval_on_selector_all(".md-search-result__item", "items => items.map(i => i.textContent)")
    assert shown, "searching 结构化并发 on the zh site shows no results"
    dirty = [text.strip()[:60] for text in shown if "\u200b" in text]
    assert not dirty, f"search results show zero-width spaces (U+200B) inside words: {dirty[:3]}"
    t.assert_clean()


# A Chinese and an English term for each language's site; every page mentions asyncio.
OFFLINE_QUERIES = {"zh": ["异步", "asyncio"], "en": ["async", "asyncio"]}


@pytest.mark.parametrize("mode", ["http", "file"])
@pytest.mark.parametrize("lang", guidekit.LANGS)
def test_search_works_served_and_from_disk(tab, mode, lang):
    """file:// loads the inlined index (search_index.js) instead of fetching the JSON."""
    t = tab(mode)
    p = t.open(mode, language_root(lang))
    for query in OFFLINE_QUERIES[lang]:
        pages = result_pages(t, mode, lang, query)
    p.click(".md-search-result__item > a")  # the best result opens
    p.wait_for_load_state()
    assert t.relative(p.url) == pages[0]
    t.assert_clean()


def first_page_with_code() -> tuple[Path, str]:
    for page, _ in PAGES:
        for inc in guidekit.includes(page):
            if inc.path.endswith(".py") and not inc.section:
                return page, inc.path
    pytest.skip("no page includes a whole snippet yet")


def test_copy_button_copies_the_code(tab, site):
    page, snippet = first_page_with_code()
    t = tab()
    p = t.open("http", site_path(page))
    block = p.locator(".highlight", has=p.locator(f'.filename:text-is("{snippet}")')).first
    block.hover()
    block.locator("button.md-code__button[data-md-type=copy], button.md-clipboard").first.click()
    copied = p.evaluate("navigator.clipboard.readText()")
    # What the page shows of the file (no [tool.guide] block), less the annotation markers.
    expected = guidekit.included_text(guidekit.Include(page, 0, snippet, None))
    expected = re.sub(r"#\s*\(\d+\)!?[ \t]*$", "", expected, flags=re.M)

    def lines(text: str) -> list[str]:
        return [line.rstrip() for line in text.strip().splitlines()]

    assert lines(copied) == lines(expected), (
        f"{site_path(page)}: the copy button of {snippet} copied {len(copied)} characters that differ "
        f"from the file; first 200: {copied[:200]!r}"
    )
    # It runs as a page's ```python block does (-X dev, warnings as errors, the snippets' load handling).
    ran = guidekit.page_block_problems(copied, page, 0)
    assert not ran, f"the code copied from {snippet} does not run:\n{ran[0]}"
    t.assert_clean()

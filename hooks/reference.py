"""The asyncio API reference (docs/reference.*.md), one per language.

mkdocstrings renders each `::: asyncio.name` entry (signature and docstring, read from the
interpreter that builds the site). This hook adds, under each entry's signature:

- on the Chinese site, a one-line Chinese summary (the docstrings stay in English);
- "added in / changed in" versions, in the page's language, from hooks/reference.toml;
- the chapter sections that teach it: every chapter link to the entry, in the chapter's
  `[text][asyncio.name]` form (mkdocs-autorefs), found by scanning the chapters of the same
  language, so the list never needs to be kept by hand;
- for an exception class (which has no signature of its own), its class line, e.g.
  `class CancelledError(BaseException)`, read from the same interpreter.

It also fills %python_version% on the reference page with the version that built it.

Each language links to its own reference: mkdocs-static-i18n builds the languages one after
another with the same plugin instances, so mkdocs-autorefs would still hold the first
language's anchors while building the second, and resolve the second language's links to
either page ("Multiple primary URLs found"). Before each language's build, this hook empties
autorefs' maps of anchors, so each build only sees its own pages.
"""

from __future__ import annotations

import html
import importlib
import platform
import re
import tomllib
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

DATA = Path(__file__).with_name("reference.toml")
REFERENCE = "reference"  # docs/reference.<lang>.md
LINK = re.compile(r"\]\[(asyncio(?:\.\w+)+)\]")
CODE_SPAN = re.compile(r"``.+?``")  # where a page shows the link syntax itself (contributing)
HEADING = re.compile(r"^(#{2,6})\s+(.*?)\s*(?:\{\s*#([\w-]+)\s*\})?\s*$")
ENTRY_LINE = re.compile(r"^:::\s+(asyncio(?:\.\w+)+)\s*$")
MEMBERS_LINE = re.compile(r"^\s+members:\s*\[([^\]]*)\]\s*$")
ENTRY = re.compile(
    r'(<h(\d) id="(asyncio(?:\.\w+)+)" class="doc doc-heading">.*?</h\2>\s*)'
    r'(<div class="[^"]*\bdoc-signature\b[^"]*">.*?</code></pre></div>)?',
    re.S,
)

GENERIC_INIT = re.compile(r"<p>Initialize self\.\s+See help\(type\(self\)\) for accurate signature\.</p>")
WORDS = {
    "en": {"added": "Added in {v}", "changed": "Changed in {v}: {what}", "taught": "Taught in:",
           "sep": "; "},
    "zh": {"added": "{v} 新增", "changed": "{v} 起：{what}", "taught": "讲解它的章节：", "sep": "；"},
}

_pages: list = []  # the current language's pages, in nav order (set in on_nav)


def _data() -> dict:
    return tomllib.loads(DATA.read_text(encoding="utf-8"))


def _language(page) -> str:
    return getattr(page.file, "locale", None) or "zh"


def _is_reference(page) -> bool:
    return Path(page.file.src_uri).name.split(".")[0] == REFERENCE


@event_priority(100)  # first: before anything registers an anchor for this language's build
def on_pre_build(*, config) -> None:
    autorefs = config.plugins.get("autorefs")
    if autorefs is None:
        return
    for name in ("_primary_url_map", "_secondary_url_map", "_title_map", "_breadcrumbs_map", "_url_to_page"):
        mapping = getattr(autorefs, name, None)
        if mapping is None:
            raise PluginError(f"mkdocs-autorefs has no {name} any more: update hooks/reference.py")
        mapping.clear()


@event_priority(-110)  # after mkdocs-static-i18n (-100) has kept only this language's pages
def on_nav(nav, *, config, files):
    _pages[:] = list(nav.pages)
    return nav


def on_page_markdown(markdown: str, *, page, config, files) -> str:
    if not _is_reference(page):
        return markdown
    data = _data()
    listed = _entries(markdown)
    problems = [f"{name}: no record in hooks/reference.toml" for name in listed if name not in data]
    problems += [f"{name}: in hooks/reference.toml but not on the page" for name in data if name not in listed]
    if problems:
        raise PluginError(f"{page.file.src_uri}: " + "; ".join(problems))
    return markdown.replace("%python_version%", platform.python_version())


def _entries(markdown: str) -> list[str]:
    """The names a reference page renders: each `::: name`, and the members its options list."""
    names: list[str] = []
    current = None
    for line in markdown.splitlines():
        if entry := ENTRY_LINE.match(line):
            current = entry[1]
            names.append(current)
        elif (members := MEMBERS_LINE.match(line)) and current:
            names += [f"{current}.{m.strip()}" for m in members[1].split(",") if m.strip()]
        elif line.strip() and not line.startswith((" ", "\t")):
            current = None
    return names


def _front_title(text: str) -> str | None:
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if match:
        title = re.search(r"^title:\s*(.+)$", match[1], re.M)
        if title:
            return title[1].strip().strip("\"'")
    return None


def _plain(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\[[^\]]*\]|\[([^\]]*)\]\([^)]*\)", lambda m: m[1] or m[2] or "", text)
    return text.replace("`", "").strip()


def _taught_in(page, config) -> dict[str, list[tuple[str, str]]]:
    """identifier -> [(link text, url relative to the reference page)] from the chapters."""
    slugify = config.mdx_configs.get("toc", {}).get("slugify")
    found: dict[str, list[tuple[str, str]]] = {}
    for chapter in _pages:
        if chapter is page or not chapter.file.abs_src_path:
            continue
        text = Path(chapter.file.abs_src_path).read_text(encoding="utf-8")
        title = _front_title(text)
        section: tuple[str, str] | None = None
        in_fence = False
        for line in text.splitlines():
            if line.lstrip().startswith(("```", "~~~")):
                in_fence = not in_fence
            if in_fence:
                continue
            if line.startswith("# ") and title is None:
                title = _plain(line[2:])
            heading = HEADING.match(line)
            if heading:
                name = _plain(heading[2])
                anchor = heading[3] or (slugify(name, "-") if slugify else name.lower())
                section = (name, anchor)
            for identifier in LINK.findall(CODE_SPAN.sub("", line)):
                url = get_relative_url(chapter.url, page.url)
                label = title or chapter.file.src_uri
                if section:
                    label, url = f"{label} › {section[0]}", f"{url}#{section[1]}"
                links = found.setdefault(identifier, [])
                if (label, url) not in links:
                    links.append((label, url))
    return found


def _exception_line(identifier: str) -> str | None:
    module, _, name = identifier.partition(".")
    obj = getattr(importlib.import_module(module), name, None)
    if isinstance(obj, type) and issubclass(obj, BaseException):
        bases = ", ".join(base.__name__ for base in obj.__bases__)
        return (f'<div class="language-python doc-signature highlight"><pre><code><span class="k">class</span> '
                f'<span class="ne">{html.escape(name)}</span>({html.escape(bases)})</code></pre></div>')
    return None


def on_page_content(output: str, *, page, config, files) -> str:
    if not _is_reference(page):
        return output
    lang = _language(page)
    words = WORDS.get(lang, WORDS["en"])
    data = _data()
    taught = _taught_in(page, config)

    def meta(match: re.Match) -> str:
        identifier = match[3]
        record = data.get(identifier, {})
        signature = match[4] or _exception_line(identifier) or ""
        lines = []
        if lang == "zh" and record.get("zh"):
            lines.append(f'<p class="api-meta__summary">{html.escape(record["zh"])}</p>')
        versions = []
        if record.get("added"):
            versions.append(words["added"].format(v=record["added"]))
        for change in record.get("changed", []):
            versions.append(words["changed"].format(v=change["in"], what=html.escape(change[lang])))
        if versions:
            lines.append(f'<p class="api-meta__versions">{" · ".join(versions)}</p>')
        if taught.get(identifier):
            links = words["sep"].join(f'<a href="{html.escape(url)}">{html.escape(label)}</a>'
                                      for label, url in taught[identifier])
            lines.append(f'<p class="api-meta__taught">{words["taught"]} {links}</p>')
        block = f'<div class="api-meta">{"".join(lines)}</div>' if lines else ""
        return match[1] + signature + block

    # A C-implemented class (Task, Future) inspected at run time has the generic __init__
    # docstring of every builtin type; it says nothing about the class.
    output = GENERIC_INIT.sub("", output)
    return ENTRY.sub(meta, output)

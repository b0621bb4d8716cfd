"""Links in the Markdown sources: external ones (which must be https) and README's relative ones.

Internal links and anchors of the site are checked by MkDocs itself (validation in mkdocs.yml,
strict build) and, in the built HTML, by tests/test_site.py.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import guidekit

# Markdown sources whose links readers follow: the pages, README.md and the PR template.
SOURCES = ("docs/**/*.md", "README.md", ".github/*.md")
URL = re.compile(r"""(?i)\b(?:https?|ftp)://[^\s<>()"'`\]]+""")
MD_LINK = re.compile(r"\[[^\]]*\]\((?P<target><[^>]*>|[^)\s]+)(?:\s+\"[^\"]*\")?\)")
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@dataclass
class Link:
    file: Path
    line: int
    url: str

    @property
    def where(self) -> str:
        return f"{guidekit.rel(self.file)}:{self.line}"

    @property
    def local(self) -> bool:
        """A server on this machine (e.g. mkdocs serve), not a link that leaves it."""
        return (urlsplit(self.url).hostname or "") in LOCAL_HOSTS


def sources() -> list[Path]:
    return sorted({p for pattern in SOURCES for p in guidekit.ROOT.glob(pattern) if p.is_file()})


def prose_lines(path: Path):
    """(line number, text) of the lines outside fenced code, with inline code spans blanked."""
    fence = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = guidekit.FENCE.match(line)
        if m and (fence is None or m["mark"].startswith(fence)):
            fence = None if fence else m["mark"]
            continue
        if fence is None:
            yield n, re.sub(r"(`+)(?:(?!\1).)+\1", lambda c: " " * len(c[0]), line)


def external_links() -> list[Link]:
    """Every URL with a scheme in the prose of the Markdown sources (code is not a link)."""
    found = []
    for path in sources():
        for n, line in prose_lines(path):
            for m in URL.finditer(line):
                found.append(Link(path, n, m[0].rstrip(".,;:!?。，；：！？）")))
    return found


def relative_links(path: Path) -> list[Link]:
    """Markdown links without a scheme (files and #anchors) in the prose of one file."""
    found = []
    for n, line in prose_lines(path):
        for m in MD_LINK.finditer(line):
            target = m["target"].strip("<>")
            if not re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):
                found.append(Link(path, n, target))
    return found


def github_slug(heading: str) -> str:
    """The anchor GitHub gives a heading when it renders a Markdown file (README.md)."""
    text = re.sub(r"\s*\{[^}]*\}\s*$", "", heading.strip().lstrip("#").strip()).lower()
    text = "".join(c for c in text if c in " -_" or unicodedata.category(c)[0] in "LNM")
    return text.replace(" ", "-")


def readme_problems() -> list[str]:
    """README.md (and the PR template) are read on GitHub, not built: check their relative links here."""
    problems = []
    for path in [guidekit.ROOT / "README.md", *sorted((guidekit.ROOT / ".github").glob("*.md"))]:
        if not path.is_file():
            continue
        for link in relative_links(path):
            parts = urlsplit(link.url)
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if not target.exists():
                problems.append(f"{link.where}: link {link.url!r} points at no file")
            elif parts.fragment and target.suffix == ".md":
                lines = target.read_text(encoding="utf-8").splitlines()
                anchors = {github_slug(line) for line in lines if guidekit.HEADING.match(line)}
                if unquote(parts.fragment) not in anchors:
                    problems.append(f"{link.where}: link {link.url!r} points at no heading of {guidekit.rel(target)}")
    return problems


def page_anchors(page: Path) -> set[str]:
    """The ids a built page has for its headings: `{ #id }` where given, else the slug MkDocs makes
    (mkdocs.yml: toc with pymdownx.slugs.slugify, case=lower)."""
    from pymdownx.slugs import slugify

    slug = slugify(case="lower")
    ids = set()
    for _, line in prose_lines(page):
        if not guidekit.HEADING.match(line):
            continue
        explicit = re.search(r"\{[^}]*#([\w-]+)[^}]*\}\s*$", line)
        text = re.sub(r"\s*\{[^}]*\}\s*$", "", line.lstrip("#").strip())
        ids.add(explicit[1] if explicit else slug(re.sub(r"[`*_]", "", text), "-"))
    ids |= set(re.findall(r"""\bid=["']([\w-]+)["']""", page.read_text(encoding="utf-8")))
    return ids


def page_link_problems(page: Path) -> list[str]:
    """Links between pages, with file and line: `tasks.md` means the same language's twin, and a
    #fragment must be one of its headings. (MkDocs checks these too, but names no line.)"""
    lang = page.name.rsplit(".", 2)[-2]
    problems = []
    for link in relative_links(page):
        parts = urlsplit(link.url)
        path = unquote(parts.path)
        if not path:
            target = page
        elif path.endswith(".md"):
            stem = (page.parent / path).resolve().with_suffix("")
            target = stem.with_name(f"{stem.name}.{lang}.md")
            if not target.is_file():
                problems.append(f"{link.where}: link {link.url!r} points at no page "
                                f"({guidekit.rel(target)} does not exist); link to an existing page, e.g. tasks.md")
                continue
        else:  # other files (images, the offline zip the build makes): tests/test_site.py checks them
            continue
        fragment = unquote(parts.fragment)
        if fragment and fragment not in page_anchors(target):
            problems.append(f"{link.where}: link {link.url!r}: {guidekit.rel(target)} has no heading with the "
                            f"id {fragment!r}; give the heading {{ #{fragment} }} or fix the link")
    return problems

"""Timeline pictures (guidekit/timeline.py, docs/assets/timelines/) go into the page itself, so
they follow the light/dark palette (an <img> could not see Material's colour scheme).

A Markdown line that is just an image of a timeline,

    ![One-line caption](assets/timelines/<chapter>/<name>.<lang>.svg)

becomes <figure class="gk-tl-fig"><svg role="img" ...>…</svg><figcaption>caption</figcaption>
</figure>; `code` in the caption stays code. Without this hook the same line still shows the
picture as a plain image. The figure is left out of the search index (task names and axis
numbers are not words to search for).
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from mkdocs.exceptions import PluginError

IMAGE = re.compile(r"^(?P<indent> *)!\[(?P<caption>[^\]]*)\]\((?P<src>[^)\s]*assets/timelines/[^)\s]+\.svg)\)\s*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


def on_page_markdown(markdown: str, *, page, config, files) -> str:
    lines, fence = markdown.split("\n"), None
    for n, line in enumerate(lines):
        m = FENCE.match(line)
        if m and (fence is None or m[1].startswith(fence)):
            fence = None if fence else m[1]
            continue
        m = IMAGE.match(line)
        if m and fence is None:
            html = figure(Path(page.file.abs_src_path).parent / m["src"], m["caption"], page.file.src_uri, n + 1)
            lines[n] = "\n".join(m["indent"] + part for part in html.split("\n"))  # in a content tab too
    return "\n".join(lines)


def figure(svg_path: Path, caption: str, page: str, line: int) -> str:
    if not svg_path.is_file():
        raise PluginError(f"docs/{page}:{line}: timeline picture {svg_path.name} not found; draw it with "
                          f"./guide record (see the contributing page, 'Timelines')")
    svg = svg_path.read_text(encoding="utf-8").strip()
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", escape(caption, quote=False))
    return f'<figure class="gk-tl-fig" tabindex="0" data-search-exclude>\n{svg}\n<figcaption>{text}</figcaption>\n</figure>'

"""Readers see the program, not the test settings: the PEP 723 block at the top of an included
snippet (`# /// script` ... `# ///`, with requires-python, dependencies and [tool.guide]) is
left out of the code blocks on the page, together with the blank line after it.

A Python-Markdown preprocessor that runs right after pymdownx.snippets has pulled the files in,
so it works with any generator that uses Python-Markdown. The file itself keeps the block:
`uv run snippets/<chapter>/<name>.py` still reads it, and the page says how to run a snippet
that needs packages (tests/test_docs.py checks that). guidekit.pages.included_text() drops the
same lines, so the tests compare the page with what it shows.
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.preprocessors import Preprocessor

START = re.compile(r"^(?P<indent>\s*)# /// script\s*$")


class DropHeader(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out, n = [], 0
        while n < len(lines):
            m = START.match(lines[n])
            end = next((k for k in range(n + 1, len(lines)) if lines[k].strip() == "# ///"), None) if m else None
            if end is None or any(not line.strip().startswith("#") for line in lines[n:end]):
                out.append(lines[n])
                n += 1
                continue
            n = end + 1
            if n < len(lines) and not lines[n].strip():
                n += 1  # the blank line after the block
        return out


class SnippetHeader(Extension):
    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(DropHeader(md), "guide_snippet_header", 31)  # snippets is 32


def on_config(config):
    config.markdown_extensions.append(SnippetHeader())
    return config

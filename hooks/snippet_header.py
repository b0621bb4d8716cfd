"""Readers see the program, not the test settings. In a code block that includes a snippet, the
PEP 723 block at its top (`# /// script` ... `# ///`) is dropped, or, for a snippet with
dependencies, cut down to its requires-python and dependencies, so the copied code still runs
with `uv run`. [tool.guide] never shows. The rule is guidekit.pages.reader_view, which the tests
also use to check that the page shows what it includes.

A Python-Markdown preprocessor that runs right after pymdownx.snippets has pulled the files in,
so it works with any generator built on Python-Markdown.
"""

from __future__ import annotations

import sys
from pathlib import Path

from markdown import Extension
from markdown.preprocessors import Preprocessor

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository root: guidekit/
from guidekit.pages import reader_view  # noqa: E402


class ReaderView(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return reader_view(lines)


class SnippetHeader(Extension):
    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(ReaderView(md), "guide_snippet_header", 31)  # snippets is 32


def on_config(config):
    config.markdown_extensions.append(SnippetHeader())
    return config

"""Small accessibility fixes to the HTML the build writes (checked by tests/test_browser.py
with axe-core; what Material's JavaScript renders later is fixed in
docs/assets/javascripts/accessibility.js).

- The search dialog (<div class="md-search" role="dialog">) gets the name its input already has
  (axe: aria-dialog-name).
- An empty header cell, the corner of a two-way Markdown table (`| | Threads | Coroutines |`),
  becomes a data cell: Markdown cannot write a <td> in the header row, and an empty <th> is a
  header with nothing to announce (axe: empty-table-header).
"""

from __future__ import annotations

import re

SEARCH_DIALOG = re.compile(r'<div class="md-search" data-md-component="search" role="dialog">')
SEARCH_LABEL = re.compile(r'<input type="text" class="md-search__input" name="query" aria-label="([^"]*)"')
EMPTY_TH = re.compile(r"<th(\s[^>]*)?>\s*</th>")


def on_post_page(output: str, *, page, config) -> str:
    return fix(output)


def on_post_template(output: str, *, template_name, config) -> str:  # 404.html
    return fix(output) if template_name.endswith(".html") else output


def fix(output: str) -> str:
    label = SEARCH_LABEL.search(output)
    if label:
        output = SEARCH_DIALOG.sub(lambda m: m[0][:-1] + f' aria-label="{label[1]}">', output, count=1)
    return EMPTY_TH.sub(lambda m: f"<td{m[1] or ''}></td>", output)

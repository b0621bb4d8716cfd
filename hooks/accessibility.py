"""Small accessibility fixes to the HTML the build writes (checked by tests/test_browser.py
with axe-core; what Material's JavaScript renders later is fixed in
docs/assets/javascripts/accessibility.js).

- The search dialog (<div class="md-search" role="dialog">) gets the name its input already has
  (axe: aria-dialog-name).
- A two-way Markdown table (`| | Threads | Coroutines |`, empty top-left cell) gets the markup
  Markdown cannot write: the empty corner becomes a <td> (an empty <th> announces nothing; axe:
  empty-table-header) and each row's first cell a row header, <th scope="row">, so every data
  cell has both its headers (axe: td-has-header).
- Every code block is focusable as the page loads (tabindex="0" on <pre><code>), so a block
  wider than the screen can be scrolled with the keyboard before Material's JavaScript mounts it
  as it scrolls into view (content.lazy); docs/assets/javascripts/accessibility.js keeps it so
  on devices without hover, where Material would remove it (axe: scrollable-region-focusable).
"""

from __future__ import annotations

import re

SEARCH_DIALOG = re.compile(r'<div class="md-search" data-md-component="search" role="dialog">')
SEARCH_LABEL = re.compile(r'<input type="text" class="md-search__input" name="query" aria-label="([^"]*)"')
TABLE = re.compile(r"<table>.*?</table>", re.S)
EMPTY_CORNER = re.compile(r"(<thead>\s*<tr>\s*)<th(\s[^>]*)?>\s*</th>")
ROW_FIRST_CELL = re.compile(r"(<tr>\s*)<td(\s[^>]*)?>(.*?)</td>", re.S)
CODE_BLOCK = re.compile(r"(<pre\b[^>]*>\s*(?:<span\b[^>]*></span>)?\s*)<code(?![^>]*\btabindex=)")


def on_post_page(output: str, *, page, config) -> str:
    return fix(output)


def on_post_template(output: str, *, template_name, config) -> str:  # 404.html
    return fix(output) if template_name.endswith(".html") else output


def fix(output: str) -> str:
    label = SEARCH_LABEL.search(output)
    if label:
        output = SEARCH_DIALOG.sub(lambda m: m[0][:-1] + f' aria-label="{label[1]}">', output, count=1)
    output = CODE_BLOCK.sub(r'\1<code tabindex="0"', output)
    return TABLE.sub(two_way_table, output)


def two_way_table(match: re.Match) -> str:
    table = match[0]
    if not EMPTY_CORNER.search(table):
        return table
    head, sep, body = table.partition("<tbody>")
    head = EMPTY_CORNER.sub(lambda m: f"{m[1]}<td{m[2] or ''}></td>", head, count=1)
    body = ROW_FIRST_CELL.sub(lambda m: f'{m[1]}<th scope="row"{m[2] or ""}>{m[3]}</th>', body)
    return head + sep + body

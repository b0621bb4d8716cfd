"""Create a new chapter that passes the test suite as created, ready to be written.

    ./guide new timeouts --zh-title 超时 --en-title Timeouts
    ./guide new streams --zh-title 流 --en-title Streams --section Coordination   (or --section 协作)

Creates docs/<page>.zh.md and docs/<page>.en.md (twins, line for line, translation status
synced), snippets/<chapter>/first_example.py with its recorded output, and the page's line in
the nav of mkdocs.yml: an existing commented-out line for the page is uncommented (with its
section's line); otherwise the page is added at the end of --section. Then replace the
placeholder text and the example, and re-record (see docs/contributing.*.md).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import guidekit
from guidekit import translation

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
NAV_SECTION = re.compile(r"^(?P<indent>\s*)(?P<comment>#\s*)?- (?P<name>[^:#]+):\s*$")
EXAMPLE = "first_example"

SNIPPET = '''# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def main() -> None:
    await asyncio.sleep(0.1)  # (1)!
    print("{slug}: done")


asyncio.run(main())
'''

PAGES = {
    "zh": '''---
description: {title}：用一句话说明这一章讲什么（写作时替换）。
---

# {title}

开场白：这一章要回答的问题，以及读完以后能做到什么（写作时替换）。

## 第一个示例 {{ #first-example }}

这个脚本只是一个起点：换成本章真正的示例，再重新录制输出。

``` py title="snippets/{chapter}/{example}.py"
--8<-- "snippets/{chapter}/{example}.py"
```

1.  `asyncio.sleep` 代表任意一次 I/O 等待；等待期间，事件循环可以去运行别的任务。

``` text title="输出"
--8<-- "snippets/{chapter}/{example}.out"
```

!!! warning "常见错误"

    - **简短的标题。** 一两句话解释错在哪里，以及正确的写法（写作时替换）。
''',
    "en": '''---
description: {title}, in one sentence (replace it as you write).
---

# {title}

The opening: the question this chapter answers, and what the reader can do afterwards (replace it as you write).

## A first example {{ #first-example }}

This script is only a starting point: swap in the chapter's real example, then record its output again.

``` py title="snippets/{chapter}/{example}.py"
--8<-- "snippets/{chapter}/{example}.py"
```

1.  `asyncio.sleep` stands in for any I/O wait; while it waits, the event loop is free to run other tasks.

``` text title="Output"
--8<-- "snippets/{chapter}/{example}.out"
```

!!! warning "Common mistakes"

    - **A short title.** A sentence or two on what goes wrong and what to write instead (replace it as you write).
''',
}


def nav_lines() -> tuple[list[str], int, int]:
    """mkdocs.yml's lines, and the [start, end) indexes of its nav block."""
    lines = (guidekit.ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    start = next(n for n, line in enumerate(lines) if line.rstrip() == "nav:")
    end = next((n for n in range(start + 1, len(lines)) if lines[n] and not lines[n][0].isspace()
                and not lines[n].startswith("#")), len(lines))
    return lines, start, end


def nav_sections() -> list[str]:
    """Section labels of the nav (as written in mkdocs.yml, commented-out ones included)."""
    lines, start, end = nav_lines()
    return [m["name"].strip() for line in lines[start + 1:end] if (m := NAV_SECTION.match(line))]


def section_names() -> dict[str, str]:
    """Every accepted --section value (the zh label, its English translation, any case) -> zh label."""
    text = (guidekit.ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    english = dict(re.findall(r"^\s+(\S+): (.+)$", text[text.find("nav_translations:"):].split("\n  theme:")[0], re.M))
    names = {}
    for zh in nav_sections():
        names[zh.casefold()] = zh
        if zh in english:
            names[english[zh].strip().casefold()] = zh
    return names


def section_choices() -> str:
    english = {v: k for k, v in section_names().items() if k != v.casefold()}
    return ", ".join(f"{zh} ({english[zh]})" if zh in english else zh for zh in nav_sections())


def add_to_nav(slug: str, section: str | None) -> str:
    lines, start, end = nav_lines()
    entry = re.compile(rf"^(?P<indent>\s*)(?P<comment>#\s*)?- (?:[^:]+:\s*)?{re.escape(slug)}\.md\s*$")
    found = [n for n in range(start + 1, end) if entry.match(lines[n])]
    if any(not entry.match(lines[n])["comment"] for n in found):
        raise SystemExit(f"error: {slug}.md is already in the nav of mkdocs.yml")
    if found:  # a planned page: uncomment its line, and its section's line
        n = found[0]
        m = entry.match(lines[n])
        lines[n] = m["indent"] + lines[n][len(m["indent"]) + len(m["comment"]):]
        for k in range(n - 1, start, -1):
            s = NAV_SECTION.match(lines[k])
            if s and len(s["indent"]) < len(m["indent"]):
                if s["comment"]:
                    lines[k] = s["indent"] + lines[k][len(s["indent"]) + len(s["comment"]):]
                break
        where = "uncommented its planned line"
    else:
        if section is None:
            raise SystemExit(
                f"error: {slug}.md is not planned in the nav of mkdocs.yml; pass --section with one of: "
                + section_choices()
            )
        label = section_names().get(section.strip().casefold())
        heads = [n for n in range(start + 1, end) if (s := NAV_SECTION.match(lines[n])) and s["name"].strip() == label]
        if not heads:
            raise SystemExit(f"error: no nav section {section!r} in mkdocs.yml; pass one of: " + section_choices())
        head = heads[0]
        s = NAV_SECTION.match(lines[head])
        if s["comment"]:
            lines[head] = s["indent"] + lines[head][len(s["indent"]) + len(s["comment"]):]
        indent = len(s["indent"])
        last = head
        for k in range(head + 1, end):
            stripped = lines[k].lstrip()
            if not stripped:
                continue
            if len(lines[k]) - len(stripped) <= indent:
                break
            last = k
        child = next((re.match(r"\s*", lines[k])[0] for k in range(head + 1, last + 1) if lines[k].strip()),
                     s["indent"] + "    ")
        lines.insert(last + 1, f"{child}- {slug}.md")
        where = f"added it at the end of section {section!r}"
    (guidekit.ROOT / "mkdocs.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return where


def record_output(snippet: Path) -> Path:
    """Run the new snippet as the test suite does and record its output (never written by hand)."""
    snip = guidekit.load_snippet(snippet)
    minor = next((m for m in guidekit.interpreters() if snip.supports(m)), None)
    if minor is None:
        raise SystemExit(f"error: no Python here satisfies {snip.requires}")
    run = guidekit.run_snippet(snip, guidekit.interpreters()[minor])
    if run.returncode != 0 or run.stderr.strip():
        raise SystemExit(f"error: {snip.rel} failed:\n{run.stdout}{run.stderr}")
    return guidekit.write_output(snip, minor, run.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./guide new", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("slug", help="the page's file name: docs/<slug>.zh.md (lowercase, hyphens)")
    parser.add_argument("--zh-title", required=True, help="Chinese title (the page's heading)")
    parser.add_argument("--en-title", required=True, help="English title")
    parser.add_argument("--section", help="nav section, in either language (基础 or Basics), when the page has no planned line in mkdocs.yml")
    parser.add_argument("--chapter-dir", help="folder under snippets/ (default: the slug with _ for -)")
    args = parser.parse_args(argv)

    if not SLUG.match(args.slug):
        parser.error(f"{args.slug!r}: use lowercase letters, digits and hyphens, e.g. task-groups")
    chapter = args.chapter_dir or args.slug.replace("-", "_")
    if not re.match(r"^[a-z0-9_]+$", chapter):
        parser.error(f"--chapter-dir {chapter!r}: use lowercase letters, digits and underscores")
    pages = {lang: guidekit.DOCS / f"{args.slug}.{lang}.md" for lang in guidekit.LANGS}
    folder = guidekit.SNIPPETS / chapter
    snippet = folder / f"{EXAMPLE}.py"
    existing = [guidekit.rel(p) for p in [*pages.values(), snippet] if p.exists()]
    if existing:
        raise SystemExit(f"error: {', '.join(existing)} already exist(s); pick another name")
    titles = {"zh": args.zh_title.strip(), "en": args.en_title.strip()}

    where = add_to_nav(args.slug, args.section)
    folder.mkdir(parents=True, exist_ok=True)
    snippet.write_text(SNIPPET.format(slug=args.slug), encoding="utf-8")
    out = record_output(snippet)
    for lang, page in pages.items():
        page.write_text(PAGES[lang].format(title=titles[lang], chapter=chapter, example=EXAMPLE), encoding="utf-8")
    translation.sync(pages["zh"], pages["en"])

    created = [*pages.values(), snippet, out]
    print("Created:\n" + "\n".join(f"  {guidekit.rel(p)}" for p in created))
    print(f"mkdocs.yml: {args.slug}.md is in the nav ({where}).")
    print(
        "Next: write both pages (same lines, same structure), replace the example, then\n"
        f"  ./guide record snippets/{chapter}   # re-record its outputs on every Python\n"
        f"  ./guide sync {args.slug}              # both twins say the same again\n"
        f"  ./guide check {chapter}               # structure, translation, this chapter's snippets\n"
        f"  ./guide serve                        # then open the page"
    )
    return 0



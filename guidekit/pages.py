"""Pages: twins and their line-for-line mirror, includes and named sections, code fences, front
matter, and the per-version outputs a page must show."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from guidekit import DOCS, ROOT, rel
from guidekit.snippets import OUT_VARIANT, load_snippet

INCLUDE = re.compile(r'^(?P<indent>\s*)--8<--\s+"(?P<target>[^"]+)"\s*$')
FENCE = re.compile(r"^(?P<indent>\s*)(?P<mark>`{3,}|~{3,})\s*(?P<info>.*)$")
HEADING = re.compile(r"^(#{1,6})\s")
ADMONITION = re.compile(r"^(\s*)(!!!|\?\?\?\+?)\s+(\S+)")
TAB = re.compile(r"^(\s*)===\+?\s")
LIST_ITEM = re.compile(r"^(\s*)([-*+]|\d+\.)\s")
SECTION_MARK = re.compile(r"--8<--\s*\[(start|end):([\w-]+)\]")
PY_LANGS = {"py", "python", "python3", "py3", "pycon", "ipython"}
RUN_LANGS = {"sh", "bash", "zsh"}  # pytest-codeblocks would run these: use "shell" or "console"


@dataclass
class Include:
    page: Path
    line: int
    path: str  # repo-relative file
    section: str | None

    @property
    def where(self) -> str:
        return f"{rel(self.page)}:{self.line}"

    @property
    def target(self) -> str:
        return f"{self.path}:{self.section}" if self.section else self.path


def page_pairs() -> tuple[list[tuple[Path, Path]], list[str]]:
    """(zh, en) twins under docs/, and problems for pages without a twin or a language suffix."""
    pairs, problems = [], []
    for md in sorted(DOCS.rglob("*.md")):
        name = md.name
        if name.endswith(".zh.md"):
            twin = md.with_name(name[: -len(".zh.md")] + ".en.md")
            if twin.exists():
                pairs.append((md, twin))
            else:
                problems.append(f"{rel(md)}: has no English twin; create {rel(twin)} (same structure, line for line)")
        elif name.endswith(".en.md"):
            if not md.with_name(name[: -len(".en.md")] + ".zh.md").exists():
                problems.append(f"{rel(md)}: has no Chinese twin; create {rel(md)[:-6]}.zh.md (same structure, line for line)")
        else:
            problems.append(f"{rel(md)}: pages are named <page>.zh.md and <page>.en.md; rename it")
    return pairs, problems


def includes(page: Path) -> list[Include]:
    found = []
    for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        m = INCLUDE.match(line)
        if m:
            target = m["target"]
            path, _, section = target.partition(":")
            found.append(Include(page, n, path, section or None))
    return found


def include_problems(page: Path) -> list[str]:
    problems = []
    for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith(("--8<--", ";--8<--")) and not INCLUDE.match(line):
            problems.append(f'{rel(page)}:{n}: write includes on one line as --8<-- "snippets/<chapter>/<name>.py[:section]"')
    for inc in includes(page):
        file = ROOT / inc.path
        if not inc.path.startswith("snippets/") or not file.is_file():
            problems.append(f"{inc.where}: includes {inc.path!r}, which is not a file under snippets/")
            continue
        if inc.section and inc.section not in sections(file):
            have = ", ".join(sections(file)) or "none"
            problems.append(
                f"{inc.where}: {inc.path} has no section {inc.section!r} (sections: {have}); "
                f"mark it with '# --8<-- [start:{inc.section}]' and '# --8<-- [end:{inc.section}]'"
            )
    return problems


def sections(file: Path) -> dict[str, str]:
    """Named sections of a snippet, each with the code between its markers."""
    opened: dict[str, list[str]] = {}
    done: dict[str, str] = {}
    for line in file.read_text(encoding="utf-8").splitlines():
        m = SECTION_MARK.search(line)
        if m:
            kind, name = m.groups()
            if kind == "start":
                opened[name] = []
            elif name in opened:
                done[name] = "\n".join(opened.pop(name))
            continue
        for body in opened.values():
            body.append(line)
    return done


def reader_view(lines: list[str]) -> list[str]:
    """Lines of snippet text as a page shows them: a PEP 723 block (`# /// script` ... `# ///`)
    keeps only what a reader needs to run the file with `uv run`, its requires-python and
    dependencies, when it has dependencies; otherwise it goes, with the blank line after it.
    The test settings ([tool.guide]) never show. hooks/snippet_header.py applies this to pages."""
    out, n = [], 0
    while n < len(lines):
        start = re.match(r"^(\s*)# /// script\s*$", lines[n])
        end = next((k for k in range(n + 1, len(lines)) if lines[k].strip() == "# ///"), None) if start else None
        if end is None or any(not line.strip().startswith("#") for line in lines[n:end]):
            out.append(lines[n])
            n += 1
            continue
        block = lines[n:end + 1]
        if any(line.strip().startswith("# dependencies") for line in block):
            kept, in_tool = [], False
            for line in block:
                header = re.match(r"^\s*#\s*\[(.+)\]\s*$", line)
                if header:
                    in_tool = header[1].strip().startswith("tool.")
                if not in_tool or line.strip() == "# ///":
                    kept.append(line)
            out += kept
            n = end + 1
        else:
            n = end + 1
            if n < len(lines) and not lines[n].strip():
                n += 1  # the blank line after the block
    return out


def included_text(inc: Include) -> str:
    """What the page shows of an include: the section, or the file without its section markers,
    seen as a reader sees it (reader_view)."""
    file = ROOT / inc.path
    if inc.section:
        return sections(file)[inc.section]
    lines = [line for line in file.read_text(encoding="utf-8").splitlines() if not SECTION_MARK.search(line)]
    return "\n".join(reader_view(lines))


def skeleton(line: str) -> tuple:
    """The structural shape of one Markdown line; twins must match line for line."""
    if m := INCLUDE.match(line):
        return ("include", m["indent"], m["target"])
    if m := FENCE.match(line):  # titles are translated, so quoted values may differ
        return ("fence", m["indent"], m["mark"], re.sub(r'"[^"]*"', '"…"', m["info"].strip()))
    if m := HEADING.match(line):
        return ("heading", m[1])
    if m := ADMONITION.match(line):
        return ("admonition", m[1], m[2], m[3].split('"')[0])
    if m := TAB.match(line):
        return ("tab", m[1])
    if m := LIST_ITEM.match(line):
        return ("list item", m[1])
    if not line.strip():
        return ("blank line",)
    if line.lstrip().startswith("|"):
        return ("table row", line.count("|") - line.count("\\|"))
    return ("text", re.match(r"\s*", line)[0])


def mirror_problems(zh: Path, en: Path) -> list[str]:
    a = zh.read_text(encoding="utf-8").splitlines()
    b = en.read_text(encoding="utf-8").splitlines()
    for n in range(max(len(a), len(b))):
        la = a[n] if n < len(a) else None
        lb = b[n] if n < len(b) else None
        sa = skeleton(la) if la is not None else ("end of file",)
        sb = skeleton(lb) if lb is not None else ("end of file",)
        if sa != sb:
            return [
                f"{rel(zh)}:{n + 1} and {rel(en)}:{n + 1}: twins must mirror each other line for line; "
                f"here zh has {describe(sa)} but en has {describe(sb)}.\n  zh: {la}\n  en: {lb}"
            ]
    return []


def describe(shape: tuple) -> str:
    return shape[0] if shape[0] in ("blank line", "text", "end of file") else f"{shape[0]} {shape[1:]}"


def fence_problems(md: Path) -> list[str]:
    """Python in a fence must be an include or a block pytest-codeblocks runs (exactly ```python)."""
    problems, lines = [], md.read_text(encoding="utf-8").splitlines()
    n = 0
    while n < len(lines):
        line = lines[n]
        if re.search(r"<!--[-\s]*pytest[.-](mark|codeblocks)", line):
            problems.append(f"{rel(md)}:{n + 1}: pytest-codeblocks markers (skip, xfail, ...) are not allowed; every block runs")
        m = FENCE.match(line)
        if not m:
            n += 1
            continue
        start, info = n, m["info"].strip()
        lang = re.split(r"[\s{]", info.lstrip("{."), maxsplit=1)[0].lower()
        n += 1
        body = []
        while n < len(lines) and not lines[n].strip().startswith(m["mark"]):
            body.append(lines[n])
            n += 1
        n += 1
        only_includes = all(INCLUDE.match(b) or not b.strip() for b in body)
        if lang in RUN_LANGS and info == lang:
            problems.append(f"{rel(md)}:{start + 1}: a ```{lang} block would be executed by pytest-codeblocks; mark shell commands as ```shell")
        if lang in PY_LANGS and not only_includes and info != "python":
            problems.append(
                f"{rel(md)}:{start + 1}: this {info!r} block holds Python that no test runs; move it to "
                f"snippets/<chapter>/<name>.py and include it, or open the fence with exactly ```python "
                f"so pytest-codeblocks runs it"
            )
    return problems


def front_matter_problems(md: Path) -> list[str]:
    """The YAML between the opening and closing '---' must parse to a mapping; otherwise MkDocs
    silently shows it as page text (a ':' inside a plain value is the usual cause)."""
    import yaml

    lines = md.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].strip() != "---":
        return []
    end = next((n for n in range(1, len(lines)) if lines[n].strip() in ("---", "...")), None)
    if end is None:
        return [f"{rel(md)}:1: the front matter opened with '---' is never closed with '---'"]
    try:
        data = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 2
        return [
            f"{rel(md)}:{line}: the front matter is not valid YAML, so MkDocs would show it as page text "
            f"({getattr(exc, 'problem', None) or exc}); a ':' inside a value is the usual cause: "
            f"quote the value, e.g. description: \"...\""
        ]
    if not isinstance(data, dict):
        return [f"{rel(md)}:2: the front matter must be 'key: value' lines (YAML mapping), got {type(data).__name__}"]
    return []


def variant_problems(page: Path) -> list[str]:
    """A page that shows one recorded output of a snippet shows all of them (in version tabs)."""
    shown = {inc.path for inc in includes(page)}
    problems = []
    for path in sorted(p for p in shown if p.endswith(".out")):
        m = OUT_VARIANT.match(Path(path).name)
        snippet = ROOT / Path(path).parent / f"{m['stem']}.py" if m else None
        if snippet is None or not snippet.is_file():
            continue
        missing = [rel(o.path) for o in load_snippet(snippet).outputs if rel(o.path) not in shown]
        for other in missing:
            first = next(inc for inc in includes(page) if inc.path == path)
            problems.append(
                f"{first.where}: shows {path} but not {other}, which records a different output on a newer "
                f"Python; show both in version tabs (see the contributing page)"
            )
    return problems


def run_command_problems(page: Path) -> list[str]:
    """A page that shows snippets with dependencies gives the command that installs them and runs
    one: `uv run snippets/<chapter>/<name>.py`, with one of that chapter's files."""
    text = page.read_text(encoding="utf-8")
    problems, told = [], set()
    for inc in includes(page):
        chapter = Path(inc.path).parent.as_posix()
        if not inc.path.endswith(".py"):
            continue
        deps = load_snippet(ROOT / inc.path).dependencies
        if deps and chapter not in told:
            told.add(chapter)
            if not re.search(rf"uv run {re.escape(chapter)}/\w+\.py", text):
                problems.append(f"{inc.where}: {inc.path} needs {', '.join(deps)}; tell readers how to run it, "
                                f"e.g. `uv run {inc.path}` (uv installs them)")
        unnamed = [d for d in deps if re.split(r"[=<>!~\[ ;]", d)[0].lower() not in text.lower()]
        if unnamed:
            problems.append(f"{inc.where}: {inc.path} needs {', '.join(unnamed)}, which the page never names; "
                            f"say which packages it uses")
    return problems

"""The guide's machinery: snippets, their recorded outputs, and the pages that include them.

Plain files and plain Python, so it does not depend on the site generator. See the
contributing page (docs/contributing.*.md) for the conventions these functions check.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from packaging.specifiers import InvalidSpecifier, SpecifierSet

ROOT = Path(__file__).resolve().parents[1]
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
LANGS = ("zh", "en")
DEFAULT_REQUIRES = ">=3.11"
DEFAULT_TIMEOUT = 30.0
KNOWN_MINORS = range(8, 20)  # Python 3.8 ... 3.19
# Every snippet runs on each of these it supports: 3.11-3.15, and 3.10 for the few snippets whose
# requires-python admits it because their page shows what older code did.
TESTED_MINORS = range(10, 16)
UPDATE_HINT = "bash scripts/test.sh tests/test_snippets.py --update-outputs"
PYTHONS_HINT = "bash scripts/pythons.sh"
SUMMARY: list[str] = []  # lines tests add to the "guide status" summary at the end of a run


class GuideError(Exception):
    """A contributor's mistake: the message names the file (and line) and how to fix it."""


def missing_tool(message: str) -> None:
    """A check cannot run here: an error in CI (where .ci/run installs everything), else a skip."""
    import pytest

    if os.environ.get("CI"):
        pytest.fail(f"{message} (an error in CI, where .ci/run installs everything)", pytrace=False)
    pytest.skip(message)


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


# --------------------------------------------------------------------------- snippets

PEP723 = re.compile(r"(?m)^# /// (?P<type>[a-zA-Z0-9-]+)$\s(?P<content>(^#(| .*)$\s)+)^# ///$")
OUT_VARIANT = re.compile(r"^(?P<stem>.+?)(?:\.py3\.(?P<minor>\d+))?\.out$")


@dataclass
class Output:
    """One recorded output file; it holds from Python 3.`since` until the next variant."""

    path: Path
    since: int  # minor version


@dataclass
class Snippet:
    path: Path
    requires: SpecifierSet = field(default_factory=lambda: SpecifierSet(DEFAULT_REQUIRES))
    stderr: str = "fail"  # "fail": any stderr fails; "show": merged into stdout and recorded
    timeout: float = DEFAULT_TIMEOUT
    timings: dict[str, float] = field(default_factory=dict)
    outputs: list[Output] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def rel(self) -> str:
        return rel(self.path)

    def supports(self, minor: int) -> bool:
        return self.requires.contains(f"3.{minor}.0")

    @property
    def lowest_minor(self) -> int | None:
        return next((m for m in KNOWN_MINORS if self.supports(m)), None)

    @property
    def tested_minors(self) -> list[int]:
        return [m for m in TESTED_MINORS if self.supports(m)]

    def output_for(self, minor: int) -> Output | None:
        """The recorded output that holds on Python 3.`minor`: the newest variant not newer than it."""
        return next((o for o in reversed(self.outputs) if o.since <= minor), None)


def parse_metadata(path: Path) -> tuple[dict, list[str]]:
    text = path.read_text(encoding="utf-8")
    blocks = [m for m in PEP723.finditer(text) if m["type"] == "script"]
    if len(blocks) != 1:
        return {}, [
            f"{rel(path)}:1: needs exactly one PEP 723 block at the top:\n"
            f'  # /// script\n  # requires-python = "{DEFAULT_REQUIRES}"\n  # ///'
        ]
    content = "".join(
        line[2:] if line.startswith("# ") else line[1:]
        for line in blocks[0]["content"].splitlines(keepends=True)
    )
    line = text[: blocks[0].start()].count("\n") + 1
    try:
        return tomllib.loads(content), []
    except tomllib.TOMLDecodeError as exc:
        return {}, [f"{rel(path)}:{line}: the PEP 723 block is not valid TOML: {exc}"]


def load_snippet(path: Path) -> Snippet:
    snip = Snippet(path)
    meta, snip.problems = parse_metadata(path)
    where = f"{rel(path)}:1"
    if meta and "requires-python" not in meta:
        snip.problems.append(f'{where}: the PEP 723 block needs requires-python (e.g. "{DEFAULT_REQUIRES}")')
    try:
        snip.requires = SpecifierSet(meta.get("requires-python", DEFAULT_REQUIRES))
    except InvalidSpecifier as exc:
        snip.problems.append(f"{where}: requires-python: {exc}")
    tool = meta.get("tool", {}).get("guide", {})
    unknown = set(tool) - {"stderr", "timeout", "timings"}
    if unknown:
        snip.problems.append(f"{where}: unknown [tool.guide] keys {sorted(unknown)}; known: stderr, timeout, timings")
    snip.stderr = tool.get("stderr", "fail")
    if snip.stderr not in ("fail", "show"):
        snip.problems.append(f'{where}: [tool.guide] stderr must be "fail" or "show"')
    snip.timeout = float(tool.get("timeout", DEFAULT_TIMEOUT))
    snip.timings = {str(k): float(v) for k, v in tool.get("timings", {}).items()}

    lowest = snip.lowest_minor
    variants = []
    for out in sorted(path.parent.glob(path.stem + ".*out")):
        m = OUT_VARIANT.match(out.name)
        if not m or m["stem"] != path.stem:
            continue
        if m["minor"] is None:
            variants.append(Output(out, lowest or 0))
        else:
            minor = int(m["minor"])
            if lowest is not None and minor <= lowest:
                snip.problems.append(
                    f"{rel(out)}: Python 3.{minor} is not newer than the lowest version the snippet "
                    f"supports (3.{lowest}); put that output in {path.stem}.out instead"
                )
            variants.append(Output(out, minor))
    snip.outputs = sorted(variants, key=lambda o: o.since)
    return snip


def all_snippets() -> list[Snippet]:
    return [load_snippet(p) for p in sorted(SNIPPETS.glob("*/*.py"))]


def stray_snippet_files() -> list[str]:
    """Files under snippets/ that break the snippets/<chapter>/<name>.py|.out layout."""
    problems = []
    for p in sorted(SNIPPETS.rglob("*")):
        if p.is_dir() or "__pycache__" in p.parts:
            continue
        r = p.relative_to(SNIPPETS)
        if len(r.parts) != 2 or p.suffix not in (".py", ".out"):
            problems.append(f"{rel(p)}: snippets live at snippets/<chapter>/<name>.py with <name>.out beside it")
        elif p.suffix == ".out":
            m = OUT_VARIANT.match(p.name)
            if not m or not (p.parent / f"{m['stem']}.py").exists():
                problems.append(f"{rel(p)}: recorded output without a snippet (expected {p.parent.name}/{m['stem'] if m else '?'}.py)")
    return problems


# --------------------------------------------------------------------------- interpreters


@cache
def interpreters() -> dict[int, str]:
    """Python 3 interpreters on this machine, by minor version; the running one wins its minor."""
    found: dict[int, str] = {sys.version_info.minor: sys.executable}
    candidates = os.environ.get("GUIDE_PYTHONS", "").split()
    candidates += sorted(str(p) for p in (ROOT / ".pythons").glob("python3.*"))  # scripts/pythons.sh
    for root in (os.environ.get("PYENV_ROOT", ""), "/root/.pyenv", os.path.expanduser("~/.pyenv")):
        if root:
            candidates += sorted(glob.glob(os.path.join(root, "versions", "3.*", "bin", "python3")))
    candidates += [w for m in KNOWN_MINORS if (w := shutil.which(f"python3.{m}"))]
    for exe in candidates:
        try:
            out = subprocess.run(
                [exe, "-c", "import sys; print(sys.version_info[0], sys.version_info[1])"],
                capture_output=True, text=True, timeout=20,
            ).stdout.split()
        except (OSError, subprocess.SubprocessError):
            continue
        if len(out) == 2 and out[0] == "3":
            found.setdefault(int(out[1]), exe)
    return dict(sorted(found.items()))


@dataclass
class Job:
    """One run of a snippet on one Python version, checked against the output recorded for it."""

    snippet: Snippet
    minor: int
    python: str | None  # None: no such interpreter on this machine

    @property
    def id(self) -> str:
        return f"{self.snippet.path.parent.name}/{self.snippet.path.name}[py3.{self.minor}]"

    @property
    def output(self) -> Output | None:
        return self.snippet.output_for(self.minor)


def jobs_for(snip: Snippet) -> list[Job]:
    pythons = interpreters()
    return [Job(snip, m, pythons.get(m)) for m in snip.tested_minors]


# --------------------------------------------------------------------------- running


@dataclass
class Run:
    stdout: str
    stderr: str
    returncode: int | None  # None: killed after the timeout
    seconds: float
    command: list[str]


def snippet_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONIOENCODING="utf-8", PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1",
               PYTHON_COLORS="0", NO_COLOR="1", COLUMNS="80")
    return env


def command_for(snip: Snippet, python: str) -> list[str]:
    if snip.stderr == "show":
        # The snippet exists to show what a reader sees on stderr: run it as a reader would.
        return [python, "-u", snip.rel]
    return [python, "-X", "dev", "-W", "error", snip.rel]


def run_snippet(snip: Snippet, python: str) -> Run:
    cmd = command_for(snip, python)
    start = time.monotonic()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=snippet_env(), stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if snip.stderr == "show" else subprocess.PIPE,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=snip.timeout)
        code = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        code = None
    return Run(out.decode("utf-8", "replace"), (err or b"").decode("utf-8", "replace"),
               code, time.monotonic() - start, cmd)


# --------------------------------------------------------------------------- outputs

_STDLIB_PATH = re.compile(r'"[^"\n]*/lib/python3\.\d+/')
_TIMING = re.compile(r"\b\d+\.\d+(?=\s?m?s\b)")
_ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{6,}\b")
_STDLIB_LINE = re.compile(r'(File "\.\.\./[^"]+", line )\d+')


def clean(text: str) -> str:
    """What gets recorded: machine-specific paths shortened, trailing spaces dropped."""
    text = text.replace("\r\n", "\n").replace(str(ROOT) + os.sep, "")
    text = _STDLIB_PATH.sub('".../', text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def masked(text: str) -> str:
    """What gets compared: timing digits, memory addresses and stdlib line numbers masked."""
    text = clean(text)
    text = _TIMING.sub("#.#", text)
    text = _ADDRESS.sub("0x…", text)
    return _STDLIB_LINE.sub(r"\1…", text)


def first_difference(expected: str, actual: str) -> tuple[int, str, str]:
    exp, act = expected.rstrip("\n").split("\n"), actual.rstrip("\n").split("\n")
    for i in range(max(len(exp), len(act))):
        a = exp[i] if i < len(exp) else "<end of output>"
        b = act[i] if i < len(act) else "<end of output>"
        if a != b:
            return i + 1, a, b
    return 0, "", ""


TIMING_LINE = r"{label}\b\D*?(\d+(?:\.\d+)?)\s*s\b"


def timing_problems(snip: Snippet, stdout: str) -> list[str]:
    """Check the claims in [tool.guide] timings (label = expected seconds) against a real run.

    A claim holds when the measured time is at least 90 % of the expected one (a wait cannot
    finish early) and at most expected + 0.25 s + 25 % (room for a busy 2-core machine).
    """
    problems = []
    for label, expected in snip.timings.items():
        m = re.search(TIMING_LINE.format(label=re.escape(label)), stdout)
        if not m:
            problems.append(f"{snip.rel}: claims a timing for {label!r} but prints no line like '{label}: 1.0 s'")
            continue
        got = float(m[1])
        low, high = expected * 0.9, expected * 1.25 + 0.25
        if not low <= got <= high:
            problems.append(
                f"{snip.rel}: {label!r} took {got} s; the page claims ≈{expected} s "
                f"(accepted {low:.2f}–{high:.2f} s)"
            )
    return problems


# --------------------------------------------------------------------------- pages

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


def included_text(inc: Include) -> str:
    file = ROOT / inc.path
    if inc.section:
        return sections(file)[inc.section]
    return "\n".join(line for line in file.read_text(encoding="utf-8").splitlines() if not SECTION_MARK.search(line))


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

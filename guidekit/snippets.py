"""Snippets: their PEP 723 metadata, recorded outputs per Python version, the interpreters that
run them, the runs themselves, and how outputs are cleaned, masked and compared."""

from __future__ import annotations

import glob
import hashlib
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from packaging.specifiers import InvalidSpecifier, SpecifierSet

from guidekit import COMMAND, ROOT, SNIPPETS, SUMMARY, GuideError, rel

DEFAULT_REQUIRES = ">=3.11"
DEFAULT_TIMEOUT = 30.0
KNOWN_MINORS = range(8, 20)  # Python 3.8 ... 3.19
# Every snippet runs on each of these it supports: 3.11-3.15, and 3.10 for the few snippets whose
# requires-python admits it because their page shows what older code did.
TESTED_MINORS = range(10, 16)
PYTHONS_HINT = f"{COMMAND} pythons"


def update_hint(target: str = "") -> str:
    """The command that re-records outputs (of one snippet or chapter, or all of them)."""
    return f"{COMMAND} record {target}".rstrip()


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
    dependencies: list[str] = field(default_factory=list)  # PEP 723: run with uv in their own env
    warnings: list[str] = field(default_factory=list)  # -W filters after -W error (third-party noise)
    exclusive: bool = False  # runs with no other snippet beside it (its timing claims need the CPUs)
    cores: dict[str, int] = field(default_factory=dict)  # timing label -> free cores its claim assumes
    outputs: list[Output] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def rel(self) -> str:
        return rel(self.path)

    @property
    def cores_needed(self) -> int:
        """The most free cores any of its timing claims assumes (0: none; see [tool.guide] cores)."""
        return max(self.cores.values(), default=0)

    def short_of_cores(self, free: float | None, label: str | None = None) -> bool:
        """Did `free` cores (measured by free_cores) fall short of what its claims (or one claim) assume?"""
        needed = self.cores.get(label, 0) if label else self.cores_needed
        return free is not None and free < needed * 0.9

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
    """The PEP 723 `script` block of a snippet as a dict, and problems (file:line) if it is missing or not TOML."""
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
    """A snippet with its metadata ([tool.guide] keys, dependencies) and its recorded outputs, sorted by version; `problems` lists a contributor's mistakes."""
    snip = Snippet(path)
    meta, snip.problems = parse_metadata(path)
    where = f"{rel(path)}:1"
    if meta and "requires-python" not in meta:
        snip.problems.append(f'{where}: the PEP 723 block needs requires-python (e.g. "{DEFAULT_REQUIRES}")')
    try:
        snip.requires = SpecifierSet(meta.get("requires-python", DEFAULT_REQUIRES))
    except InvalidSpecifier as exc:
        snip.problems.append(f"{where}: requires-python: {exc}")
    snip.dependencies = [str(d) for d in meta.get("dependencies", [])]
    unpinned = [d for d in snip.dependencies if "==" not in d]
    if unpinned:
        snip.problems.append(f"{where}: pin every dependency to a version (name==X.Y.Z), so readers and the "
                             f"tests get the same code: {', '.join(unpinned)}")
    tool = meta.get("tool", {}).get("guide", {})
    known = {"stderr", "timeout", "timings", "warnings", "exclusive", "cores"}
    unknown = set(tool) - known
    if unknown:
        snip.problems.append(f"{where}: unknown [tool.guide] keys {sorted(unknown)}; known: {', '.join(sorted(known))}")
    snip.exclusive = bool(tool.get("exclusive", False))
    snip.warnings = [str(w) for w in tool.get("warnings", [])]
    loose = [w for w in snip.warnings if not re.fullmatch(r"ignore::\w+:[\w.]+", w)]
    if loose:
        snip.problems.append(f"{where}: [tool.guide] warnings may only ignore one category from one third-party "
                             f"module, e.g. \"ignore::DeprecationWarning:starlette.routing\": {loose}")
    snip.stderr = tool.get("stderr", "fail")
    if snip.stderr not in ("fail", "show"):
        snip.problems.append(f'{where}: [tool.guide] stderr must be "fail" or "show"')
    snip.timeout = float(tool.get("timeout", DEFAULT_TIMEOUT))
    snip.timings = {str(k): float(v) for k, v in tool.get("timings", {}).items()}
    snip.cores = {str(k): int(v) for k, v in tool.get("cores", {}).items()}
    stray = sorted(set(snip.cores) - set(snip.timings))
    if stray or any(n < 2 for n in snip.cores.values()):
        snip.problems.append(f"{where}: [tool.guide] cores maps a label of `timings` to the free cores its "
                             f"claim assumes (2 or more), e.g. cores = {{ \"two processes\" = 2 }}: {snip.cores}")

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
    """Every snippets/<chapter>/<name>.py, loaded."""
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


def interpreters() -> dict[int, str]:
    """Python 3 interpreters on this machine, by minor version: for each minor, the newest bug-fix
    release found (asyncio changes in those too); on a tie, the running one, then the first found."""
    return {minor: exe for minor, (exe, _) in _find_interpreters().items()}


def interpreter_releases() -> dict[int, str]:
    """The release of each of interpreters(), as `./guide pythons` prints it: {13: "3.13.18"}."""
    return {minor: release for minor, (_, release) in _find_interpreters().items()}


@cache
def _find_interpreters() -> dict[int, tuple[str, str]]:
    found: dict[int, tuple[str, str]] = {sys.version_info.minor: (sys.executable, platform.python_version())}
    micro: dict[int, int] = {sys.version_info.minor: sys.version_info.micro}
    candidates = os.environ.get("GUIDE_PYTHONS", "").split()
    candidates += sorted(str(p) for p in (ROOT / ".pythons").glob("python3.*"))  # guidekit/pythons.sh
    for root in (os.environ.get("PYENV_ROOT", ""), "/root/.pyenv", os.path.expanduser("~/.pyenv")):
        if root:
            candidates += sorted(glob.glob(os.path.join(root, "versions", "3.*", "bin", "python3")))
    candidates += [w for m in KNOWN_MINORS if (w := shutil.which(f"python3.{m}"))]
    for exe in candidates:
        try:
            out = subprocess.run(
                [exe, "-c", "import platform, sys; print(*sys.version_info[:3], platform.python_version())"],
                capture_output=True, text=True, timeout=20,
            ).stdout.split()
        except (OSError, subprocess.SubprocessError):
            continue
        if len(out) == 4 and out[0] == "3" and int(out[2]) > micro.get(int(out[1]), -1):
            found[int(out[1])], micro[int(out[1])] = (exe, out[3]), int(out[2])
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


def jobs_for(snip: Snippet) -> list[Job]:
    """One job for each Python the snippet is tested on (TESTED_MINORS that its requires-python admits)."""
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
    free_cores: float | None = None  # the fewer measured just before and just after the run ([tool.guide] cores)
    excused: int = 0  # slow-step reports removed: the process was waiting for a CPU (excuse_slow_steps)
    slow_steps: str = ""  # what guidekit/step_probe measured: "seconds seconds_waiting threshold" lines


def snippet_env(snip: Snippet | None = None) -> dict[str, str]:
    """The environment a snippet runs in: no PYTHON* variables from outside, UTF-8, a fixed hash seed, no colour."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONIOENCODING="utf-8", PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1",
               PYTHON_COLORS="0", NO_COLOR="1", COLUMNS="80")
    if snip is not None and snip.dependencies:  # uv makes its environment (in a chroot: GUIDE_UV_DIR)
        env.update(GUIDE_UV_DIR=str(Path(uv()).parent), UV_NO_PROGRESS="1", UV_PYTHON_DOWNLOADS="never")
    return env


def uv() -> str:
    """uv (pinned in requirements.txt): it builds the environments of snippets with dependencies."""
    found = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    if not found:
        raise GuideError(f"uv is not installed: run {COMMAND} test (requirements.txt pins it)")
    return found


ENVS = ROOT / ".cache" / "snippet-envs"  # one virtual environment per dependency list and Python
_env_locks: dict[Path, threading.Lock] = defaultdict(threading.Lock)


def in_chroot(python: str) -> bool:
    """A Python from guidekit/pythons.sh, which runs inside its chroot."""
    return Path(python).parent == ROOT / ".pythons"


def interpreter(snip: Snippet, python: str) -> list[str]:
    """The command that starts the Python a snippet runs on. A snippet with PEP 723 dependencies
    gets a virtual environment made by uv from exactly those pins, as `uv run` would make it (one per
    Python, so versions can run in parallel); a chroot Python gets it made inside the chroot."""
    if not snip.dependencies:
        return [python]
    prefix = [str(Path(python).parent / "chroot-run")] if in_chroot(python) else []
    tool = "/opt/guide-uv/uv" if prefix else uv()
    base = f"/usr/bin/{Path(python).name}" if prefix else python
    key = hashlib.sha256("\n".join(["compiled", python, *sorted(snip.dependencies)]).encode()).hexdigest()[:16]
    env_dir = ENVS / f"{Path(python).name}-{key}"
    with _env_locks[env_dir]:
        if not (env_dir / ".complete").is_file():
            shutil.rmtree(env_dir, ignore_errors=True)
            for step in ([tool, "venv", "--quiet", "--python", base, str(env_dir)],
                         # Compiled at install, as pip does: a package's own SyntaxWarning (say, PEP 765's
                         # return in finally on 3.14) shows up then, not as an error on import under -W error.
                         [tool, "pip", "install", "--quiet", "--compile-bytecode",
                          "--python", str(env_dir / "bin" / "python"), *snip.dependencies]):
                proc = subprocess.run(prefix + step, cwd=ROOT, env=snippet_env(snip), stdin=subprocess.DEVNULL,
                                      capture_output=True, text=True, timeout=600)
                if proc.returncode != 0:
                    raise GuideError(f"{snip.rel}:1: uv could not install {', '.join(snip.dependencies)} for "
                                     f"{Path(python).name}: {proc.stderr.strip() or proc.stdout.strip()}\n"
                                     f"If a package has no release for this Python, narrow requires-python.")
            (env_dir / ".complete").touch()
    return [*prefix, str(env_dir / "bin" / "python")]


def command_for(snip: Snippet, python: str) -> list[str]:
    """The command line of a run: `python -X dev -W error` (plus allowed warnings), or `-u` when stderr is shown."""
    if snip.stderr == "show":
        # The snippet exists to show what a reader sees on stderr: run it as a reader would.
        return [*interpreter(snip, python), "-u", snip.rel]
    allowed = [arg for w in snip.warnings for arg in ("-W", w)]
    return [*interpreter(snip, python), "-X", "dev", "-W", "error", *allowed, snip.rel]


def run_snippet(snip: Snippet, python: str) -> Run:
    """Run a snippet once, from the repository root, killing it (and its children) after its timeout."""
    try:
        cmd = command_for(snip, python)
    except GuideError as exc:
        return Run("", str(exc), 1, 0.0, [python, snip.rel])
    free = free_cores(snip.cores_needed) if snip.cores else None
    run = run_probed(cmd, snippet_env(snip), snip.timeout, merge_stderr=snip.stderr == "show")
    if free is not None:
        run.free_cores = min(free, free_cores(snip.cores_needed))
    return run


def run_probed(cmd: list[str], env: dict[str, str], timeout: float, merge_stderr: bool = False) -> Run:
    """Run a Python program from the repository root with the step probe (see excuse_slow_steps),
    killing it and its children after `timeout` seconds; stderr goes into stdout if merge_stderr."""
    fd, step_log = tempfile.mkstemp(prefix="guide-steps-", suffix=".txt")  # in /tmp: a chroot sees it too
    os.close(fd)
    env = env | {"PYTHONPATH": str(STEP_PROBE), "GUIDE_STEP_LOG": step_log}
    start = time.monotonic()
    try:
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT if merge_stderr else subprocess.PIPE,
            start_new_session=True,
        )
        try:
            out, err = proc.communicate(timeout=timeout)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            code = None
        seconds = time.monotonic() - start
        steps = Path(step_log).read_text(encoding="utf-8")
    finally:
        os.unlink(step_log)
    stdout, n_out = excuse_slow_steps(out.decode("utf-8", "replace"), steps)
    stderr, n_err = excuse_slow_steps((err or b"").decode("utf-8", "replace"), steps)
    return Run(stdout, stderr, code, seconds, cmd, None, n_out + n_err, steps)


STEP_PROBE = Path(__file__).parent / "step_probe"  # its sitecustomize.py measures slow steps
# asyncio's debug mode (-X dev) on a step slower than loop.slow_callback_duration (0.1 s), e.g.
# "Executing <Task ...> took 0.136 seconds": on stderr, or on stdout ("WARNING Executing ...") when a
# snippet logs there. SLOW_STEP_REPORT also matches it after masked() (took #.# seconds).
_REPORT = r"Executing <[^\n]*> took ({}) seconds$"
SLOW_STEP_REPORT = re.compile(_REPORT.format(r"\d+\.\d+|#\.#"))
_SLOW_STEP_LINE = re.compile("^[^\n]*?" + _REPORT.format(r"\d+\.\d+") + "\n?", re.M)  # a whole raw line
RETRIES = 2  # runs again after one that only looked starved: a real blocker or hang fails all three


def only_slow_step_reports(stderr: str) -> list[str]:
    """The lines of stderr if every one is a slow-step report ([] if it is empty or has anything else)."""
    lines = stderr.strip().splitlines()
    return lines if all(SLOW_STEP_REPORT.search(line) for line in lines) else []


def excuse_slow_steps(text: str, steps: str) -> tuple[str, int]:
    """Remove the slow-step reports of asyncio's debug mode that load explains, and count them.

    `steps` has a line "seconds seconds_waiting threshold" for each slow step of the run, written
    by guidekit/step_probe/sitecustomize.py from Linux's per-thread run-queue time. A step excused
    here took longer than the threshold only because the process was waiting for a CPU: without the
    wait it would have been fast. A step that blocks (time.sleep, CPU work, a blocking call) keeps
    its report, however busy the machine is."""
    excusable = []
    for line in steps.splitlines():
        if len(fields := line.split()) != 3:  # a run killed while the probe was writing
            continue
        took, waited, threshold = map(float, fields)
        if took - waited < threshold:
            excusable.append(took)
    excused = 0

    def excuse(m: re.Match) -> str:
        nonlocal excused
        for took in excusable:
            if abs(took - float(m[1])) <= 0.002:  # the loop timed the same step, a moment apart
                excusable.remove(took)
                excused += 1
                return ""
        return m[0]

    return _SLOW_STEP_LINE.sub(excuse, text), excused


_SPIN = """
import time
end = time.perf_counter() + {seconds}
cpu = time.process_time()
while time.perf_counter() < end:
    pass
print((time.process_time() - cpu) / {seconds})
"""


def free_cores(wanted: int, seconds: float = 0.5) -> float:
    """How many cores this program can have right now, up to `wanted`: that many processes spin
    for `seconds` at once, and their shares of a core add up. On a quiet 2-core machine this is
    ≈2.0; while other programs keep both cores busy, Linux may give us ≈1.0."""
    procs = [subprocess.Popen([sys.executable, "-c", _SPIN.format(seconds=seconds)],
                              stdout=subprocess.PIPE, text=True) for _ in range(wanted)]
    shares = [float(p.communicate(timeout=60)[0]) for p in procs]
    return min(float(wanted), sum(shares))


# --------------------------------------------------------------------------- outputs

# The standard library's folder, quoted in tracebacks or bare (debug mode's "created at /usr/lib/python3.14/…").
_STDLIB_PATH = re.compile(r'(?P<quote>"?)(?<![\w.])/[^\s"\':]*/lib/python3\.\d+/')
_TIMING = re.compile(r"\b\d+\.\d+(?=\s?(?:m?s|seconds?)\b)")
_ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{6,}\b")
# Line numbers inside the standard library change with every release.
_STDLIB_LINE = re.compile(r'(File "\.\.\./[^"]+", line |(?<![\w/])\.\.\./[\w/.-]+\.py:)\d+')


def clean(text: str) -> str:
    """What gets recorded: machine-specific paths shortened, trailing spaces dropped."""
    text = text.replace("\r\n", "\n").replace(str(ROOT) + os.sep, "")
    text = _STDLIB_PATH.sub(r"\g<quote>.../", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def masked(text: str) -> str:
    """What gets compared: timing digits, memory addresses and stdlib line numbers masked."""
    text = clean(text)
    text = _TIMING.sub("#.#", text)
    text = _ADDRESS.sub("0x…", text)
    return _STDLIB_LINE.sub(r"\1…", text)


def first_difference(expected: str, actual: str) -> tuple[int, str, str]:
    """The first differing line of two outputs: (line number, expected, actual); (0, "", "") when equal."""
    exp, act = expected.rstrip("\n").split("\n"), actual.rstrip("\n").split("\n")
    for i in range(max(len(exp), len(act))):
        a = exp[i] if i < len(exp) else "<end of output>"
        b = act[i] if i < len(act) else "<end of output>"
        if a != b:
            return i + 1, a, b
    return 0, "", ""


def write_output(snip: Snippet, minor: int, stdout: str) -> Path:
    """Record a run's stdout (cleaned) as what Python 3.`minor` prints: into the variant that version
    already owns, else into <name>.out for the oldest tested version (or a snippet with no output yet),
    else into a new <name>.py3.`minor`.out. Returns the file written."""
    recorded = snip.output_for(minor)
    if recorded is not None and recorded.since == minor:
        path = recorded.path
    elif not snip.outputs or minor == snip.tested_minors[0]:
        path = snip.path.with_suffix(".out")
    else:
        path = snip.path.with_name(f"{snip.path.stem}.py3.{minor}.out")
    path.write_text(clean(stdout), encoding="utf-8")
    return path


TIMING_LINE = r"(?<!\w){label}\b\D*?(\d+(?:\.\d+)?)\s*s\b"


@dataclass
class TimingClaim:
    """One [tool.guide] timings claim, measured: it holds when low <= got <= high."""

    label: str
    claimed: float  # seconds, as the page says
    expected: float  # the same, scaled to the free cores when the claim needs more (see free_cores)
    got: float | None  # None: the run printed no line for it

    @property
    def low(self) -> float:  # a wait cannot finish early, nor work with all cores free
        return self.claimed * 0.9

    @property
    def high(self) -> float:  # room for a busy 2-core machine
        return self.expected * 1.25 + 0.1


def timing_claims(snip: Snippet, stdout: str, free: float | None = None) -> list[TimingClaim]:
    """The claims in [tool.guide] timings (label = expected seconds), measured in a real run's stdout.

    A claim listed in [tool.guide] cores (label = N) assumes N free cores: when the run had only
    `free` of them (see free_cores), the same work takes N / free times as long, and is held to that.
    """
    claims = []
    for label, claimed in snip.timings.items():
        expected = claimed
        if snip.short_of_cores(free, label):
            expected = round(claimed * snip.cores[label] / max(1.0, free), 2)
        m = re.search(TIMING_LINE.format(label=re.escape(label)), stdout)
        claims.append(TimingClaim(label, claimed, expected, float(m[1]) if m else None))
    return claims


def timing_problems(snip: Snippet, stdout: str, free: float | None = None) -> list[str]:
    """Check the claims in [tool.guide] timings against a real run: each must take at least 90 %
    of the claimed time and at most the expected time (see timing_claims) + 25 % + 0.1 s."""
    problems = []
    for c in timing_claims(snip, stdout, free):
        if c.got is None:
            problems.append(f"{snip.rel}: claims a timing for {c.label!r} but prints no line like '{c.label}: 1.0 s'")
        elif not c.low <= c.got <= c.high:
            busy = (f" (only {free:.1f} of its {snip.cores[c.label]} cores were free, so ≈{c.expected} s was expected)"
                    if c.expected != c.claimed else "")
            problems.append(f"{snip.rel}: {c.label!r} took {c.got} s; the page claims ≈{c.claimed} s{busy} "
                            f"(accepted {c.low:.2f}–{c.high:.2f} s)")
    return problems


def page_block_problems(code: str, page: Path, fence_line: int) -> list[str]:
    """Run a ```python block of a page the way snippets run (own process, -X dev, warnings as
    errors, nothing on stderr) and name the page, the line and the exception when it fails.
    Like a snippet's, a run whose only fault is a slow-step report that waiting for a CPU does not
    explain is run again (RETRIES times at most): a block that blocks its loop fails every run."""
    cmd = [sys.executable, "-X", "dev", "-W", "error", "-c", code]
    for attempt in range(RETRIES + 1):
        run = run_probed(cmd, snippet_env(), DEFAULT_TIMEOUT)
        blocked = run.returncode == 0 and only_slow_step_reports(run.stderr)
        if not blocked:
            break
        if attempt < RETRIES:
            SUMMARY.append(f"Re-ran the ```python block at {rel(page)}:{fence_line} (retry {attempt + 1}): "
                           f"the run before had a slow-step report (load, or a blocking call)")
    if run.returncode is None:
        return [f"{rel(page)}:{fence_line}: the ```python block at line {fence_line} was still running after "
                f"{DEFAULT_TIMEOUT:g} s, so it was killed; every wait in an example needs a timeout"]
    if run.returncode == 0 and not run.stderr.strip():
        return []
    # Traceback lines of the block ("<string>", line N) become lines of the page.
    stderr = re.sub(r'File "<string>", line (\d+)',
                    lambda m: f'File "{rel(page)}", line {fence_line + int(m[1])}', run.stderr)
    lines = re.findall(rf'File "{re.escape(rel(page))}", line (\d+)', stderr)
    line = lines[-1] if lines else fence_line
    errors = re.findall(r"^[\w.]*(?:Error|Exception|Warning|Interrupt|Exit)\b.*$", stderr, re.M)
    last = errors[-1] if errors else stderr.strip().splitlines()[-1]
    what = f"raised {last.strip()}" if run.returncode else f"wrote to stderr: {last.strip()}"
    fix = "fix the code, or move it to snippets/<chapter>/<name>.py and include it."
    if blocked:
        what = f"blocked the event loop (asyncio's debug mode reported a slow step in all {RETRIES + 1} runs)"
        fix = ("a coroutine makes a blocking call between two awaits: await its asyncio form "
               "(asyncio.sleep), or run it in a thread with asyncio.to_thread.")
    return [
        f"{rel(page)}:{line}: the ```python block at line {fence_line} {what}\n"
        f"Page blocks run like snippets (python -X dev -W error, nothing on stderr); {fix}\n{stderr}"
    ]

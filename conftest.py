"""Starts the slow work (every snippet run, the site build) in the background as soon as
pytest knows which tests it will run, so the suite takes about as long as its slowest snippet
rather than the sum of all of them."""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the repository root: guidekit/
import guidekit  # noqa: E402

# A shell that starts the suite in the background (`cmd &` without job control) makes it ignore
# SIGINT, and every snippet would inherit that: asyncio.run() then installs no Ctrl-C handler and
# the shutdown chapter's examples would show what nobody sees in a terminal. Snippets start as
# they would from a terminal.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

# Snippets mostly sleep, so many can run at once even on 2 cores.
PARALLEL_SNIPPETS = int(os.environ.get("GUIDE_PARALLEL", "8"))

_pool: ThreadPoolExecutor | None = None
_runs: dict[str, Future] = {}
_build: Future | None = None


class RunLock:
    """Snippet runs share the machine; a run that must have it to itself (a snippet with
    [tool.guide] exclusive = true, or a retry of a run that looked starved) waits for the others
    to finish and keeps new ones waiting until it is done."""

    def __init__(self):
        self._cond = threading.Condition()
        self._shared = 0
        self._exclusive = False
        self._waiting = 0

    @contextlib.contextmanager
    def shared(self):
        with self._cond:
            self._cond.wait_for(lambda: not self._exclusive and not self._waiting)
            self._shared += 1
        try:
            yield
        finally:
            with self._cond:
                self._shared -= 1
                self._cond.notify_all()

    @contextlib.contextmanager
    def exclusive(self):
        with self._cond:
            self._waiting += 1
            self._cond.wait_for(lambda: not self._exclusive and not self._shared)
            self._waiting -= 1
            self._exclusive = True
        try:
            yield
        finally:
            with self._cond:
                self._exclusive = False
                self._cond.notify_all()


RUN_LOCK = RunLock()


# Seconds that retries of snippets with [tool.guide] cores may spend, in all, waiting for other
# programs to free those cores (a machine busy for longer than that stays busy, so stop waiting).
CORES_WAIT = 120
_cores_waited = 0.0


def run_alone(snip: guidekit.Snippet, python: str) -> guidekit.Run:
    global _cores_waited
    with RUN_LOCK.exclusive():
        if snip.cores:
            start = time.monotonic()
            while (_cores_waited + time.monotonic() - start < CORES_WAIT
                   and snip.short_of_cores(guidekit.free_cores(snip.cores_needed))):
                time.sleep(2)
            _cores_waited += time.monotonic() - start
        return guidekit.run_snippet(snip, python)


def run_job(snip: guidekit.Snippet, python: str) -> guidekit.Run:
    if snip.exclusive:
        return run_alone(snip, python)
    with RUN_LOCK.shared():
        return guidekit.run_snippet(snip, python)


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs", action="store_true",
        help="rewrite snippets/**/*.out from fresh runs (only files whose masked text changed)",
    )


def all_jobs() -> list[guidekit.Job]:
    return [job for snip in guidekit.all_snippets() for job in guidekit.jobs_for(snip)]


# Run order: cheap checks first, then the snippet results, while the snippets are the only
# other work on the machine (asyncio's debug mode reports any step slower than 0.1 s, so a
# snippet starved of CPU by a browser or a linter could fail); the heavy tests come last.
# pytest-codeblocks items (README.md, docs/) also go before the browser tests, whose
# Playwright session keeps an event loop running in the main thread.
ORDER = {"test_docs": 1, "test_links": 1, "test_snippets": 2, "test_site": 3}


def pytest_collection_modifyitems(session, config, items):
    for item in items:  # pytest-codeblocks finds the ```python blocks; they run like snippets
        block = getattr(item, "obj", None)
        if type(item).__name__ == "TestBlock" and getattr(block, "syntax", None) == "python":
            item.runtest = functools.partial(run_page_block, item)

    def rank(item):
        module = getattr(item, "module", None)
        return ORDER.get(module.__name__.rsplit(".", 1)[-1], 4) if module else 0

    items.sort(key=rank)


def pytest_collection_finish(session):
    global _pool, _build
    names = {item.module.__name__.rsplit(".", 1)[-1] for item in session.items if getattr(item, "module", None)}
    _pool = ThreadPoolExecutor(max_workers=PARALLEL_SNIPPETS + 1)
    if names & {"test_site", "test_browser"}:
        _build = _pool.submit(build_site)
    if "test_snippets" in names:
        # Only the selected ones: a filtered run (-k tasks) starts only that chapter's snippets.
        selected = {item.callspec.id for item in session.items
                    if getattr(item, "originalname", None) == "test_snippet_output" and hasattr(item, "callspec")}
        for job in all_jobs():
            if job.id in selected and job.python and not job.snippet.problems:
                _runs[job.id] = _pool.submit(run_job, job.snippet, job.python)


def pytest_sessionfinish(session):
    if _pool:
        _pool.shutdown(wait=False, cancel_futures=True)


def pytest_terminal_summary(terminalreporter):
    """For reviewers: which translations have fallen behind, and how many external links."""
    from guidekit import links
    from guidekit import translation

    try:
        external = [link for link in links.external_links() if not link.local]
        https = sum(link.url.lower().startswith("https://") for link in external)
        lines = translation.summary(translation.all_statuses()) + [
            f"External links: {len(external)} ({https} https) in docs/, README.md and .github/*.md; "
            f"list them with: ./guide links"
        ]
    except Exception as exc:  # a broken page must not hide the test results above
        lines = [f"(no status: {exc!r})"]
    done = [job_id for job_id, run in _runs.items() if run.done() and not run.cancelled()]
    if done:
        per_version: dict[str, int] = {}
        for job_id in done:
            version = job_id.rsplit("[", 1)[-1].rstrip("]")
            per_version[version] = per_version.get(version, 0) + 1
        lines.append("Snippet runs: " + ", ".join(f"{v} {n}" for v, n in sorted(per_version.items(), key=lambda kv: int(kv[0][4:]))))
    if guidekit.MEASURED:  # how close the held timing claims came to failing, for reviewers
        closest = sorted(guidekit.MEASURED, key=lambda m: (m[1].got - m[1].expected) / (m[1].high - m[1].expected))
        lines.append(f"Timing claims held: {len(guidekit.MEASURED)}; nearest their upper limit: " + "; ".join(
            f"{job_id} {c.label!r} {c.got} s (claimed {c.claimed} s"
            + (f", {c.expected} s with the cores that were free" if c.expected != c.claimed else "")
            + f", at most {c.high:.2f} s)"
            for job_id, c in reversed(closest[-3:])))
    lines += guidekit.SUMMARY
    terminalreporter.write_sep("-", "guide status")
    for line in lines:
        terminalreporter.write_line(line)
    if os.environ.get("GITHUB_STEP_SUMMARY"):  # GitHub Actions: on the run's summary page too
        with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as summary:
            summary.write("### Guide status\n\n```text\n" + "\n".join(lines) + "\n```\n")


def run_page_block(item) -> None:
    guidekit.report(guidekit.page_block_problems(item.obj.code, Path(item.path), item.obj.lineno))


def in_background(fn, *args) -> Future:
    """Run fn(*args) on the suite's pool of snippet runs (GUIDE_PARALLEL at once), e.g. a timeline recording."""
    return _pool.submit(fn, *args)


def snippet_run(job: guidekit.Job) -> guidekit.Run:
    if job.id not in _runs:  # e.g. run from a filtered session
        _runs[job.id] = _pool.submit(run_job, job.snippet, job.python)
    return _runs[job.id].result()


class Site:
    def __init__(self, root: Path, log: str, ok: bool):
        self.root = root
        self.log = log
        self.ok = ok

    def problems(self) -> str:
        """The build's own WARNING and ERROR lines (each names the page), not its whole log."""
        lines = [line for line in self.log.splitlines() if line.startswith(("WARNING", "ERROR", "Error", "Aborted"))]
        return "\n".join(lines) or self.log[-3000:]


def build_site() -> Site:
    out = Path(tempfile.mkdtemp(prefix="guide-site-")) / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=guidekit.ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    return Site(out, proc.stdout + proc.stderr, proc.returncode == 0)


def built_site() -> Site:
    global _build
    if _build is None:
        _build = _pool.submit(build_site)
    return _build.result()


@pytest.fixture(scope="session")
def site() -> Site:
    """The strictly built site. If the build failed, test_strict_build_passes fails with the
    build's messages, and every test that needs the site is skipped with this reason."""
    built = built_site()
    if not built.ok:
        pytest.skip("the site did not build: see the failure of tests/test_site.py::test_strict_build_passes")
    return built


@pytest.fixture(scope="session")
def update_outputs(request) -> bool:
    return request.config.getoption("--update-outputs")

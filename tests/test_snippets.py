"""Every snippet runs as its own process and prints exactly its recorded output.

Run with --update-outputs to rewrite the .out files from fresh runs; review the diff.
"""

from __future__ import annotations

import os

import pytest

import guide
from conftest import all_jobs, snippet_run

JOBS = all_jobs()


def test_snippet_layout(update_outputs):
    assert guide.all_snippets(), "no snippets found under snippets/<chapter>/<name>.py"
    problems = guide.stray_snippet_files()
    for snip in guide.all_snippets():
        problems += snip.problems
        for a, b in zip(snip.outputs, snip.outputs[1:], strict=False):
            if guide.masked(a.path.read_text(encoding="utf-8")) == guide.masked(b.path.read_text(encoding="utf-8")):
                problems.append(f"{guide.rel(b.path)}: same as {a.path.name}, so it records no change; delete it")
        if snip.lowest_minor is None:
            problems.append(f"{snip.rel}:1: requires-python {snip.requires} matches no Python 3 version")
        elif not snip.outputs and not snip.problems and not update_outputs:
            # (with --update-outputs, test_snippet_output records it on each version below)
            problems.append(f"{snip.rel}: has no recorded output yet; record it with: {guide.UPDATE_HINT}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("job", JOBS, ids=[j.id for j in JOBS])
def test_snippet_output(job: guide.Job, update_outputs):
    snip = job.snippet
    if snip.problems:
        pytest.fail("\n".join(snip.problems))
    if job.python is None:
        reason = (
            f"{snip.rel}: needs Python 3.{job.minor}, which is not on this machine (have: "
            f"{', '.join(f'3.{m}' for m in guide.interpreters())}); install 3.14 and 3.15 with "
            f"`{guide.PYTHONS_HINT}`, others with pyenv or GUIDE_PYTHONS=/path/to/python3.X"
        )
        if os.environ.get("CI"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)

    run = snippet_run(job)
    command = " ".join(run.command[:-1] + [snip.rel])
    where = f"(Python 3.{job.minor}, `{command}`)"
    if run.returncode is None:
        pytest.fail(
            f"{snip.rel}: still running after {snip.timeout:g} s {where}, so it was killed. Every wait "
            f"in an example needs a timeout; raise [tool.guide] timeout only if it really needs longer.",
            pytrace=False,
        )
    if snip.stderr == "fail" and run.stderr.strip():
        pytest.fail(
            f"{snip.rel}: wrote to stderr {where}. A warning, an 'Exception ignored' or a 'never "
            f"awaited' message means the example leaks something; fix it, or set [tool.guide] "
            f"stderr = \"show\" if the snippet exists to show it.\n{run.stderr}",
            pytrace=False,
        )
    if run.returncode != 0:
        pytest.fail(f"{snip.rel}: exited with {run.returncode} {where}:\n{run.stdout}{run.stderr}", pytrace=False)

    # Reload: with --update-outputs an earlier version's run may have added a variant.
    snip = guide.load_snippet(snip.path)
    recorded = snip.output_for(job.minor)
    if recorded is None or guide.masked(run.stdout) != guide.masked(recorded.path.read_text(encoding="utf-8")):
        if update_outputs:
            record_output(snip, job.minor, recorded, run.stdout)
        elif recorded is None:
            pytest.fail(f"{snip.rel}: nothing recorded for Python 3.{job.minor}; record it with: {guide.UPDATE_HINT}",
                        pytrace=False)
        else:
            expected = recorded.path.read_text(encoding="utf-8")
            line, want, got = guide.first_difference(guide.masked(expected), guide.masked(run.stdout))
            pytest.fail(
                f"{guide.rel(recorded.path)}:{line}: output drifted on Python 3.{job.minor}.\n"
                f"  recorded: {want}\n  now:      {got}\n"
                f"If the new output is right, run: {guide.UPDATE_HINT}\n"
                f"(a version whose output differs gets its own {snip.path.stem}.py3.{job.minor}.out; "
                f"show it on the page in a version tab)\n--- full output now ---\n{run.stdout}",
                pytrace=False,
            )

    problems = guide.timing_problems(snip, run.stdout)
    assert not problems, "\n".join(problems)


def record_output(snip: guide.Snippet, minor: int, recorded: guide.Output | None, stdout: str) -> None:
    """--update-outputs: rewrite the variant this version owns, or start one for it."""
    if recorded is not None and recorded.since == minor:
        path = recorded.path
    elif minor == snip.tested_minors[0]:
        path = snip.path.with_suffix(".out")
    else:
        path = snip.path.with_name(f"{snip.path.stem}.py3.{minor}.out")
    path.write_text(guide.clean(stdout), encoding="utf-8")

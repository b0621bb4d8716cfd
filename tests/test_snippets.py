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
        if snip.lowest_minor is None:
            problems.append(f"{snip.rel}:1: requires-python {snip.requires} matches no Python 3 version")
        elif not snip.outputs and not snip.problems:
            if update_outputs:
                record_first_output(snip)
            else:
                problems.append(f"{snip.rel}: has no recorded output yet; record it with: {guide.UPDATE_HINT}")
    assert not problems, "\n".join(problems)


def record_first_output(snip: guide.Snippet) -> None:
    """--update-outputs on a new snippet: record <name>.out on the oldest Python it supports."""
    minor = next((m for m in guide.interpreters() if snip.supports(m)), None)
    assert minor is not None, f"{snip.rel}: no interpreter here satisfies requires-python {snip.requires}"
    run = guide.run_snippet(snip, guide.interpreters()[minor])
    assert run.returncode == 0 and not (snip.stderr == "fail" and run.stderr.strip()), (
        f"{snip.rel}: cannot record its output, the run failed:\n{run.stdout}{run.stderr}"
    )
    snip.path.with_suffix(".out").write_text(guide.clean(run.stdout), encoding="utf-8")


@pytest.mark.parametrize("job", JOBS, ids=[j.id for j in JOBS])
def test_snippet_output(job: guide.Job, update_outputs):
    snip = job.snippet
    if snip.problems:
        pytest.fail("\n".join(snip.problems))
    if job.python is None:
        until = f" and before 3.{job.output.until}" if job.output.until else ""
        reason = (
            f"{guide.rel(job.output.path)} records Python 3.{job.output.since}{until}, "
            f"and no such interpreter is on this machine (have: "
            f"{', '.join(f'3.{m}' for m in guide.interpreters())}; add one with GUIDE_PYTHONS)"
        )
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)

    run = snippet_run(job)
    command = " ".join(run.command[:-1] + [snip.rel])
    if run.returncode is None:
        pytest.fail(
            f"{snip.rel}: still running after {snip.timeout:g} s, so it was killed. Every wait in an "
            f"example needs a timeout; raise [tool.guide] timeout only if it really needs longer."
        )
    if snip.stderr == "fail" and run.stderr.strip():
        pytest.fail(
            f"{snip.rel}: wrote to stderr under `{command}` (Python 3.{job.minor}). A warning, an "
            f"'Exception ignored' or a 'never awaited' message means the example leaks something; "
            f"fix it, or set [tool.guide] stderr = \"show\" if the snippet exists to show it.\n"
            f"{run.stderr}"
        )
    if run.returncode != 0:
        pytest.fail(f"{snip.rel}: exited with {run.returncode} under `{command}`:\n{run.stdout}{run.stderr}")

    expected_path = job.output.path
    expected = expected_path.read_text(encoding="utf-8")
    if guide.masked(run.stdout) != guide.masked(expected):
        if update_outputs:
            expected_path.write_text(guide.clean(run.stdout), encoding="utf-8")
        else:
            line, want, got = guide.first_difference(guide.masked(expected), guide.masked(run.stdout))
            pytest.fail(
                f"{guide.rel(expected_path)}:{line}: output drifted (Python 3.{job.minor}).\n"
                f"  recorded: {want}\n  now:      {got}\n"
                f"If the new output is right, run: {guide.UPDATE_HINT}\n--- full output now ---\n{run.stdout}"
            )

    problems = guide.timing_problems(snip, run.stdout)
    assert not problems, "\n".join(problems)

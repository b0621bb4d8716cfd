"""Timeline pictures: docs/assets/timelines/<chapter>/<name>.json records one run of
snippets/<chapter>/<name>.py (guidekit/timeline.py) and the picture's structure; <name>.zh.svg
and <name>.en.svg are drawn from it and inlined into the pages (hooks/timelines.py).

Each snippet is recorded again on every Python, and its structure (tasks, their order, how each
ended, what each waited on, which were alive together; never pixels or exact times) must match
the committed one. With --update-outputs (`./guide record <chapter>`) a picture whose structure
changed is re-recorded on the interpreter running the tests, and both SVGs are redrawn.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import sys
import threading
from concurrent.futures import Future
from pathlib import Path

import pytest

import guidekit
from conftest import RUN_LOCK, in_background
from guidekit import timeline

TIMELINES = guidekit.DOCS / "assets" / "timelines"
PICTURES = sorted(TIMELINES.glob("*/*.json"))
SIZE_BUDGET = 12 * 1024  # bytes per SVG
CJK = re.compile(r"[\u4e00-\u9fff]")
HERE = sys.version_info.minor  # the interpreter whose runs are committed


def picture_id(json_path: Path) -> str:
    return f"{json_path.parent.name}/{json_path.stem}.py"


def snippet_of(json_path: Path) -> Path:
    return guidekit.SNIPPETS / json_path.parent.name / f"{json_path.stem}.py"


def minors_for(json_path: Path) -> list[int]:
    snippet = snippet_of(json_path)
    minors = guidekit.load_snippet(snippet).tested_minors if snippet.is_file() else [HERE]
    return sorted(minors, key=lambda m: (m != HERE, m))  # the committing run first


JOBS = [(p, m) for p in PICTURES for m in minors_for(p)]
_runs: dict[tuple[Path, int], Future] = {}
_lock = threading.Lock()


def record_shared(script: str, exe: str):
    """A recording is a snippet run too: it waits while a run that needs the machine alone
    (conftest.RUN_LOCK) goes on."""
    with RUN_LOCK.shared():
        return timeline.run_recorder(script, exe, str(guidekit.ROOT))


def log_of(proc) -> str:
    return f"exit {proc.returncode}\n{proc.stdout[-1500:]}{proc.stderr[-3000:]}"


def recording(json_path: Path, minor: int, request) -> tuple[dict | None, str]:
    """The run of a picture's snippet on Python 3.minor (the runs of all selected tests start
    together on first use)."""
    def submit(job: tuple[Path, int]) -> None:
        exe = guidekit.interpreters().get(job[1])
        if exe:
            script = guidekit.rel(snippet_of(job[0]))
            _runs[job] = in_background(record_shared, script, exe)

    with _lock:
        if not _runs:
            for item in request.session.items:
                if getattr(item, "originalname", None) == "test_timeline_matches_its_snippet":
                    submit((item.callspec.params["json_path"], item.callspec.params["minor"]))
        if (json_path, minor) not in _runs:
            submit((json_path, minor))
    rec, proc = _runs[(json_path, minor)].result()
    return rec, log_of(proc)


def load(json_path: Path) -> dict:
    """A picture's JSON; an empty file is a picture still to be recorded."""
    return json.loads(json_path.read_text(encoding="utf-8").strip() or "{}")


def duration(rec: dict) -> float:
    return max([0] + [t["ended"] or 0 for t in rec["tasks"]])


@pytest.mark.parametrize("json_path,minor", JOBS, ids=[f"{picture_id(p)}[py3.{m}]" for p, m in JOBS])
def test_timeline_matches_its_snippet(json_path: Path, minor: int, update_outputs, request):
    if minor not in guidekit.interpreters():
        guidekit.missing_tool(f"Python 3.{minor} is not on this machine; install it with `{guidekit.PYTHONS_HINT}`")
    snippet = guidekit.rel(snippet_of(json_path))
    rec, log = recording(json_path, minor, request)
    committed = load(json_path)
    for attempt in range(1, guidekit.RETRIES + 1):  # a busy machine can blur a run (stretch a step past 0.1 s): again, alone
        if rec is None or timeline.structure(rec) == committed.get("structure"):
            break
        with RUN_LOCK.exclusive():
            rec, proc = timeline.run_recorder(snippet, guidekit.interpreters()[minor], str(guidekit.ROOT))
        log = log_of(proc)
        same = rec is not None and timeline.structure(rec) == committed.get("structure")
        guidekit.SUMMARY.append(f"Re-recorded {picture_id(json_path)}[py3.{minor}] alone (retry {attempt}): the "
                                f"run before drew another structure; this one {'matched' if same else 'did the same'}")
    assert rec is not None and rec["tasks"], f"{snippet}: recording failed on Python 3.{minor}: {log}"
    now = timeline.structure(rec)
    if update_outputs and minor == HERE and now != committed.get("structure"):
        # Like .out files, a picture is re-recorded only when what it shows changed (to redraw
        # one anyway, empty its JSON). A busy machine stretches waits (a 0.3 s sleep drawn as 0.6 s): keep the quickest of three runs.
        for _ in range(2):
            other, _log = timeline.run_recorder(snippet, sys.executable, str(guidekit.ROOT))
            if other and timeline.structure(other) == now and duration(other) < duration(rec):
                rec = other
        timeline.save_picture(json_path, rec, snippet)
        return
    if "structure" not in committed:
        pytest.fail(f"{guidekit.rel(json_path)}: nothing recorded yet; record it with: {guidekit.update_hint(snippet)}",
                    pytrace=False)
    if now != committed["structure"]:
        diff = "\n".join(difflib.unified_diff(committed["structure"], now, "committed", "now", lineterm="", n=1))
        pytest.fail(
            f"{guidekit.rel(json_path)}: the picture no longer matches what {snippet} does on Python 3.{minor}:\n"
            f"{diff}\nIf the new behaviour is right, redraw it with: {guidekit.update_hint(snippet)}"
            + ("" if minor == HERE else f" (on Python 3.{minor} only: make the snippet behave the same on every version)"),
            pytrace=False,
        )


@pytest.mark.parametrize("json_path", PICTURES, ids=[f"{picture_id(p)}[svg]" for p in PICTURES])
def test_timeline_svgs_are_drawn_from_the_recording(json_path: Path, update_outputs):
    data = load(json_path)
    assert "recording" in data, (f"{guidekit.rel(json_path)}: nothing recorded yet; record it with: "
                                 f"{guidekit.update_hint(guidekit.rel(snippet_of(json_path)))}")
    assert data["snippet"] == guidekit.rel(snippet_of(json_path)), f"{guidekit.rel(json_path)}: names another snippet"
    assert data["structure"] == timeline.structure(data["recording"]), (
        f"{guidekit.rel(json_path)}: structure and recording disagree; re-record with "
        f"{guidekit.update_hint(data['snippet'])}"
    )
    name = data["snippet"].removeprefix("snippets/")
    for lang in timeline.TEXT:
        svg = json_path.with_name(f"{json_path.stem}.{lang}.svg")
        drawn = timeline.render(data["recording"], lang, name, timeline.ident_for(name), data.get("axis_seconds", 0))
        if update_outputs:
            if not svg.is_file() or svg.read_text(encoding="utf-8") != drawn:
                svg.write_text(drawn, encoding="utf-8")
            continue
        assert svg.is_file() and svg.read_text(encoding="utf-8") == drawn, (
            f"{guidekit.rel(svg)}: not what guidekit/timeline.py draws from {json_path.name}; redraw with "
            f"{guidekit.update_hint(data['snippet'])}"
        )


def svgs() -> list[Path]:
    return sorted(TIMELINES.glob("*/*.svg"))


def test_timeline_files_are_laid_out():
    problems = []
    for path in sorted(TIMELINES.rglob("*")):
        if path.is_dir():
            continue
        m = re.fullmatch(r"(?P<stem>[\w-]+)\.(?:json|(?:zh|en)\.svg)", path.name)
        json_path = path.parent / f"{m['stem']}.json" if m else None
        if len(path.relative_to(TIMELINES).parts) != 2 or not m or not json_path.is_file():
            problems.append(f"{guidekit.rel(path)}: timelines are <chapter>/<name>.json with <name>.zh.svg and <name>.en.svg")
        elif not snippet_of(json_path).is_file():
            problems.append(f"{guidekit.rel(path)}: no snippet {guidekit.rel(snippet_of(json_path))}")
    for json_path in PICTURES:
        for lang in timeline.TEXT:
            if not json_path.with_name(f"{json_path.stem}.{lang}.svg").is_file():
                problems.append(f"{guidekit.rel(json_path)}: no {json_path.stem}.{lang}.svg; draw it with "
                                f"{guidekit.update_hint(guidekit.rel(snippet_of(json_path)))}")
    guidekit.report(problems)


def test_timeline_svgs_are_accessible_and_small():
    problems = []
    for svg in svgs():
        text = svg.read_text(encoding="utf-8")
        where = guidekit.rel(svg)
        lang = svg.name.rsplit(".", 2)[-2]
        head = text.split(">", 1)[0]
        title = re.search(r'<title id="([^"]+)">([^<]+)</title>', text)
        desc = re.search(r'<desc id="([^"]+)">([^<]+)</desc>', text)
        if 'role="img"' not in head:
            problems.append(f'{where}: the <svg> needs role="img"')
        if not title or not desc:
            problems.append(f"{where}: needs a <title> and a <desc>")
        elif f'aria-labelledby="{title[1]} {desc[1]}"' not in head:
            problems.append(f"{where}: aria-labelledby must name the title and desc ids")
        elif lang == "zh" and not (CJK.search(title[2]) and CJK.search(desc[2])):
            problems.append(f"{where}: title and desc must be in Chinese")
        elif lang == "en" and (CJK.search(title[2]) or CJK.search(desc[2])):
            problems.append(f"{where}: title and desc must be in English")
        if "\n\n" in text:
            problems.append(f"{where}: a blank line would end the inlined HTML block in the page")
        if svg.stat().st_size > SIZE_BUDGET:
            problems.append(f"{where}: {svg.stat().st_size} bytes, over the {SIZE_BUDGET} byte budget")
    guidekit.report(problems)


def test_every_timeline_is_shown_under_its_output():
    """Each picture appears on a page of its language, at the same line in both twins, a few
    lines below an output of its snippet; pages name only pictures that exist."""
    problems, shown = [], {}
    image = re.compile(r"^ *!\[(?P<caption>[^\]]+)\]\((?P<src>[^)\s]*assets/timelines/[^)\s]+\.svg)\)\s*$")
    for zh, en in guidekit.page_pairs()[0]:
        for page in (zh, en):
            lang = page.name.rsplit(".", 2)[-2]
            lines = page.read_text(encoding="utf-8").splitlines()
            for n, line in enumerate(lines, 1):
                m = image.match(line)
                if not m:
                    continue
                svg = (page.parent / m["src"]).resolve()
                where = f"{guidekit.rel(page)}:{n}"
                if not svg.is_file() or not svg.name.endswith(f".{lang}.svg"):
                    problems.append(f"{where}: {m['src']} is not a .{lang}.svg under docs/assets/timelines")
                    continue
                shown.setdefault(guidekit.rel(svg), []).append((page, n))
                stem = svg.name.split(".")[0]
                out = f'"snippets/{svg.parent.name}/{stem}.'
                if not any(out in earlier and ".out" in earlier for earlier in lines[max(0, n - 8): n - 1]):
                    problems.append(f"{where}: show the picture right under the output of "
                                    f"snippets/{svg.parent.name}/{stem}.py")
    for svg in svgs():
        places = shown.get(guidekit.rel(svg), [])
        if not places:
            problems.append(f"{guidekit.rel(svg)}: not shown on any page; add ![caption]({guidekit.rel(svg)[5:]})")
    for json_path in PICTURES:
        zh = shown.get(guidekit.rel(json_path.with_name(f"{json_path.stem}.zh.svg")), [])
        en = shown.get(guidekit.rel(json_path.with_name(f"{json_path.stem}.en.svg")), [])
        if zh and en and [(p.name[:-6], n) for p, n in zh] != [(p.name[:-6], n) for p, n in en]:
            problems.append(f"{guidekit.rel(json_path)}: the twins show this picture at different places: "
                            f"{[f'{guidekit.rel(p)}:{n}' for p, n in zh + en]}")
    guidekit.report(problems)


EDGE_CASES = """\
import asyncio, sys

async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("boom")

async def sleeper():
    await asyncio.sleep(10)

async def quick():
    return 1

async def main():
    if sys.version_info >= (3, 12):
        asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    eager = asyncio.create_task(quick(), name="eager")
    task = asyncio.create_task(sleeper(), name="sleeper")
    bad = asyncio.create_task(fails(), name="bad")
    await asyncio.sleep(0.02)
    task.cancel()
    await asyncio.gather(task, bad, eager, return_exceptions=True)

asyncio.run(main())
"""


@pytest.mark.parametrize("minor", [m for m in guidekit.TESTED_MINORS if m >= 11], ids=lambda m: f"py3.{m}")
def test_recorder_sees_cancellation_exceptions_and_eager_tasks(minor):
    if minor not in guidekit.interpreters():
        guidekit.missing_tool(f"Python 3.{minor} is not on this machine; install it with `{guidekit.PYTHONS_HINT}`")
    # In /tmp: the 3.14/3.15 wrappers see only the current directory and /tmp.
    script = Path("/tmp") / f"guide-timeline-edge-{os.getpid()}-{minor}.py"  # noqa: S108
    script.write_text(EDGE_CASES, encoding="utf-8")
    try:
        rec, proc = timeline.run_recorder(str(script), guidekit.interpreters()[minor], str(guidekit.ROOT))
    finally:
        script.unlink()
    assert rec is not None, proc.stderr
    ends = {t["label"]: t["end"] for t in rec["tasks"]}
    assert ends == {"main()": "done", "eager": "done", "sleeper": "cancelled", "bad": "raised ValueError"}, ends
    if minor >= 12:  # the eager task ran its only step inside create_task, before main went on
        eager = next(t for t in rec["tasks"] if t["label"] == "eager")
        assert eager["steps"][0][0] <= next(t for t in rec["tasks"] if t["label"] == "sleeper")["created"]
    assert proc.returncode == 0 and not proc.stderr.strip(), proc.stderr

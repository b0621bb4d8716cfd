"""Timelines: what the event loop really did while a script ran, drawn as an SVG.

One row per task: a solid bar where the task's code was running, a dashed line where it waited
on something (labelled with what: sleep, Queue.get, ...), a dotted line where it was ready but the
loop was busy elsewhere, and markers for creation, cancellation, an exception and the end.

    ./guide timeline path/to/script.py -o out.svg [--lang en] [-p 3.13]

The recorder runs the script unmodified (runpy), after patching BaseEventLoop.create_task so that
every task's coroutine is wrapped by an object whose send()/throw() time each step. It works on
3.11+, with eager tasks too (the wrapper is in place before the task's first step).

This file only needs the standard library, so any Python 3.11+ can run it directly:
`python3.14 guidekit/timeline.py record --json rec.json script.py`. The guide's own pictures
live in docs/assets/timelines/<chapter>/<name>.{json,zh.svg,en.svg}: the JSON holds one recorded
run of snippets/<chapter>/<name>.py and its structure (tests/test_timelines.py re-records it on
every Python and compares the structure, never the times); the SVGs are rendered from the JSON.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
import time
from html import escape as _escape
from pathlib import Path

# --------------------------------------------------------------------------- recording

SLOW_STEP = 0.1  # a step this long blocked the loop (asyncio's debug mode reports the same)
_DEFAULT_NAME = re.compile(r"^Task-\d+$")


class Recorder:
    """Collects one record per task, in creation order; times in seconds from the first task."""

    def __init__(self) -> None:
        self.t0: float | None = None
        self.tasks: list[dict] = []
        self.by_task: dict[int, dict] = {}

    def now(self) -> float:
        t = time.perf_counter()
        if self.t0 is None:
            self.t0 = t
        return t - self.t0

    def result(self) -> dict:
        stop = self.now()
        for rec in self.tasks:
            rec["label"] = task_label(rec)  # still waiting when the script ended: draw the wait up to the end
            if rec["end"] is None and rec["_paused"] is not None:
                since, kind, what = rec["_paused"]
                rec["waits"].append([since, stop, kind, what])
                rec["_paused"] = None
        return {"version": sys.version.split()[0], "tasks": [_rounded(t) for t in self.tasks]}


def escape(text: str) -> str:
    return _escape(text, quote=False)


def task_label(rec: dict) -> str:
    """The task's name when the code gave it one (create_task(..., name="a")), else fetch('a')."""
    name = rec["_task"].get_name() if "_task" in rec else ""
    return rec["_coro_label"] if _DEFAULT_NAME.match(name) or not name else name


def _rounded(rec: dict) -> dict:
    r = lambda t: None if t is None else round(t, 4)  # noqa: E731
    out = {k: v for k, v in rec.items() if not k.startswith("_")}
    out["created"] = r(rec["created"])
    out["ended"] = r(rec["ended"])
    out["steps"] = [[r(a), r(b), how] for a, b, how in rec["steps"]]
    out["waits"] = [[r(a), r(b), kind, what] for a, b, kind, what in rec["waits"]]
    return out


def _simple_repr(value) -> str:
    if isinstance(value, (str, int, float, bool, type(None))):
        text = repr(value)
        if len(text) <= 16:
            return text
    return "…"


def coro_label(coro) -> str:
    """fetch('a', 0.1): the coroutine's name and its simple arguments (others shown as …)."""
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
    if code is None:
        return type(coro).__name__
    names = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
    local = frame.f_locals if frame is not None else {}
    args = [_simple_repr(local[n]) for n in names if n in local and n not in ("self", "cls")]
    while len(args) > 1 and args[-1] == "…" and args[-2] == "…":
        args.pop()
    return f"{code.co_name}({', '.join(args)})"


def _asyncio_dir() -> str:
    import asyncio

    return os.path.dirname(asyncio.__file__) + os.sep


def wait_label(coro, yielded, recorder: Recorder) -> tuple[str, str]:
    """(kind, what) of the pause after a step: ("ready", "") after a bare yield (sleep(0)),
    else ("wait", the asyncio API it waits in: sleep, Queue.get, TaskGroup.__aexit__, ...)."""
    if yielded is None:
        return "ready", ""
    lib = _asyncio_dir()
    c, found = coro, []
    while c is not None:  # down the await chain: the first public asyncio API is what the code called
        code = getattr(c, "cr_code", None) or getattr(c, "gi_code", None)
        if code is not None and code.co_filename.startswith(lib):
            found.append(getattr(code, "co_qualname", code.co_name))
            if not found[-1].startswith("_"):  # not a private helper such as _ContextManagerMixin
                return "wait", found[-1]
        c = getattr(c, "cr_await", None) or getattr(c, "gi_yieldfrom", None)
    if found:
        return "wait", found[0]
    rec = recorder.by_task.get(id(yielded))
    if rec is not None:
        return "wait", task_label(rec)
    name = type(yielded).__name__
    return "wait", "gather" if name == "_GatheringFuture" else ""


def install(recorder: Recorder) -> None:
    """Record every task any event loop creates from now on."""
    import asyncio
    import collections.abc
    from asyncio import base_events

    class Traced(collections.abc.Coroutine):
        """Stands in for a task's coroutine and times each step the task runs."""

        __slots__ = ("_coro", "_rec")

        def __init__(self, coro, rec):
            self._coro, self._rec = coro, rec

        def send(self, value):
            return self._step(self._coro.send, (value,), "send")

        def throw(self, typ, val=None, tb=None):
            args = (typ,) if val is None and tb is None else (typ, val, tb)
            exc = typ if isinstance(typ, BaseException) else val
            cancel = isinstance(exc, asyncio.CancelledError) or typ is asyncio.CancelledError
            return self._step(self._coro.throw, args, "cancel" if cancel else "throw")

        def close(self):
            return self._coro.close()

        def __await__(self):
            return self._coro.__await__()

        def __getattr__(self, name):  # cr_frame, cr_code, __name__, ... for reprs and debug mode
            return getattr(self._coro, name)

        def _step(self, method, args, how):
            rec = self._rec
            start = recorder.now()
            if rec["_paused"] is not None:
                since, kind, what = rec["_paused"]
                rec["waits"].append([since, start, kind, what])
                rec["_paused"] = None
            try:
                yielded = method(*args)
            except StopIteration:
                self._end(rec, start, how, "done")
                raise
            except asyncio.CancelledError:
                self._end(rec, start, how, "cancelled")
                raise
            except BaseException as exc:
                self._end(rec, start, how, "raised " + type(exc).__name__)
                raise
            end = recorder.now()
            rec["steps"].append([start, end, how])
            kind, what = wait_label(self._coro, yielded, recorder)
            rec["_paused"] = (end, kind, what)
            return yielded

        @staticmethod
        def _end(rec, start, how, outcome):
            end = recorder.now()
            rec["steps"].append([start, end, how])
            rec["ended"], rec["end"] = end, outcome

    original = base_events.BaseEventLoop.create_task
    lib = _asyncio_dir()

    def create_task(self, coro, *args, **kwargs):
        code = getattr(coro, "cr_code", None)
        if code is None or isinstance(coro, Traced) or code.co_filename.startswith(lib):
            return original(self, coro, *args, **kwargs)  # asyncio's own (shutdown_asyncgens, ...)
        created = recorder.now()
        parent = asyncio.current_task(self) if self.is_running() else None
        parent_rec = recorder.by_task.get(id(parent)) if parent is not None else None
        rec = {
            "label": None, "_coro_label": coro_label(coro), "parent": parent_rec["index"] if parent_rec else None,
            "index": len(recorder.tasks), "created": created, "ended": None, "end": None,
            "steps": [], "waits": [], "_paused": (created, "ready", ""),
        }
        recorder.tasks.append(rec)
        task = original(self, Traced(coro, rec), *args, **kwargs)
        recorder.by_task[id(task)] = rec
        rec["_task"] = task  # keeps id(task) unique while recording; its name is read at the end
        return task

    base_events.BaseEventLoop.create_task = create_task


def record(script: str, argv: list[str]) -> tuple[dict, int]:
    """Run a script as `python script.py` would, recording its tasks; (recording, exit status)."""
    import runpy
    import traceback

    recorder = Recorder()
    install(recorder)
    sys.argv = [script, *argv]
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    status = 0
    try:
        runpy.run_path(script, run_name="__main__")
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:
        traceback.print_exc()
        status = 1
    sys.stdout.flush()
    return recorder.result(), status


# --------------------------------------------------------------------------- structure


def structure(recording: dict) -> list[str]:
    """What a picture teaches, one line per task, without times: creation order, parent, how the
    task ended, whether it blocked the loop, what it waited on, and which later tasks were alive
    at the same time. A test compares this, never pixels or exact times."""
    tasks = recording["tasks"]
    lines = []
    for t in tasks:
        parts = [f"{t['index']} {t['label']}"]
        if t["parent"] is not None:
            parts.append(f"from {t['parent']}")
        parts.append(t["end"] or "never finished")
        if any(b - a >= SLOW_STEP for a, b, _ in t["steps"]):
            parts.append("blocks the loop")
        if any(how == "cancel" for *_, how in t["steps"]) and t["end"] != "cancelled":
            parts.append("survives a cancel")
        waits = []
        for *_, kind, what in t["waits"]:
            if kind == "wait" and what and (not waits or waits[-1] != what):
                waits.append(what)
        if waits:
            parts.append("waits " + " > ".join(waits))
        end = t["ended"] if t["ended"] is not None else math.inf
        alive = [u["index"] for u in tasks[t["index"] + 1:]
                 if u["created"] < end and t["created"] < (u["ended"] if u["ended"] is not None else math.inf)]
        if alive:
            parts.append("overlaps " + " ".join(map(str, alive)))
        lines.append("; ".join(parts))
    return lines


# --------------------------------------------------------------------------- rendering

TEXT = {
    "zh": {
        "title": "事件循环时间线：{name}",
        "axis": "时间（秒）",
        "running": "运行", "wait": "等待", "ready": "就绪，等事件循环",
        "created": "创建", "done": "结束", "cancel": "取消", "raised": "抛出异常",
        "summary": "{n} 个任务，共 {t} 秒。",
        "task": "{label}：{created} 秒创建",
        "waits": "，等待 {what}",
        "blocks": "，有一步运行了 {t} 秒、挡住了事件循环",
        "cancelled_at": "，在 {t} 秒收到取消",
        "kept": "，就绪后又等了 {t} 秒才轮到它运行",
        "ended": {"done": "，{t} 秒结束", "cancelled": "，{t} 秒被取消", "raised": "，{t} 秒抛出 {exc}"},
        "open": "，记录结束时仍未完成",
        "sep": "；", "stop": "。", "and": "、",
    },
    "en": {
        "title": "Event-loop timeline of {name}",
        "axis": "time (s)",
        "running": "running", "wait": "waiting", "ready": "ready, loop busy",
        "created": "created", "done": "finished", "cancel": "cancelled", "raised": "raised",
        "summary": "{n} tasks over {t} s. ",
        "task": "{label}: created at {created} s",
        "waits": ", waits on {what}",
        "blocks": ", one step ran {t} s and blocked the loop",
        "cancelled_at": ", cancellation arrives at {t} s",
        "kept": ", ready but kept waiting {t} s by the busy loop",
        "ended": {"done": ", finished at {t} s", "cancelled": ", cancelled at {t} s", "raised": ", raised {exc} at {t} s"},
        "open": ", still unfinished when recording stopped",
        "sep": "; ", "stop": ".", "and": ", ",
    },
}

STYLE = (
    ".gk-tl{--tl-fg:var(--md-default-fg-color,#222);--tl-muted:var(--md-default-fg-color--light,#666);"
    "--tl-grid:var(--md-default-fg-color--lightest,#e4e4e4);--tl-run:var(--md-typeset-a-color,#4051b5);"
    "--tl-bad:var(--md-code-hl-number-color,#d52a2a);font:12px var(--md-text-font-family,system-ui,sans-serif)}"
    "@media (prefers-color-scheme:dark){svg.gk-tl:root{--tl-fg:#ddd;--tl-muted:#aaa;--tl-grid:#3a3d45;"
    "--tl-run:#5488e8;--tl-bad:#e6695b;background:#1e2129}}"
    ".md-typeset figure.gk-tl-fig{display:block;width:auto;max-width:100%;overflow-x:auto}"
    "figure.gk-tl-fig svg.gk-tl{display:block;width:100%;min-width:480px;height:auto}"
    ".gk-tl text{fill:var(--tl-fg)}.gk-tl .m{fill:var(--tl-muted);font-size:10px}"
    ".gk-tl .t{text-anchor:middle}.gk-tl .n{text-anchor:end}.gk-tl .c{font-family:var(--md-code-font-family,ui-monospace,monospace)}"
    ".gk-tl .g{stroke:var(--tl-grid)}.gk-tl .r{fill:var(--tl-run)}"
    ".gk-tl .w,.gk-tl .q{stroke:var(--tl-fg);stroke-width:1.5;fill:none}.gk-tl .w{stroke-dasharray:4 3}"
    ".gk-tl .q{stroke-dasharray:0 4;stroke-linecap:round;stroke-width:2.5}"
    ".gk-tl .o{fill:none;stroke:var(--tl-fg);stroke-width:1.5}.gk-tl .d{fill:var(--tl-fg)}"
    ".gk-tl .x{stroke:var(--tl-bad);stroke-width:2.2}.gk-tl .e{fill:var(--tl-bad)}.gk-tl text.b{fill:var(--tl-bad)}"
)

ROW, LEFT_PAD, TOP, PLOT_W, RIGHT_PAD = 24, 8, 10, 380, 104
MONO, SMALL = 7.2, 5.6  # estimated glyph widths (px) of 12px code and 10px text


def text_width(text: str, size: float = 12) -> float:
    return sum(size if ord(ch) > 0x2E80 else size * 0.58 for ch in text)


def nice_step(span: float) -> float:
    raw = span / 6
    mag = 10 ** math.floor(math.log10(raw)) if raw > 0 else 0.1
    return next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".") if abs(x - round(x, 1)) < 1e-9 else f"{x:.2f}"


def describe(recording: dict, lang: str) -> str:
    tx = TEXT[lang]
    tasks = recording["tasks"]
    total = max([t["ended"] or 0 for t in tasks] + [0])
    parts = []
    for t in tasks:
        s = tx["task"].format(label=t["label"], created=f"{t['created']:.1f}")
        slow = [b - a for a, b, _ in t["steps"] if b - a >= SLOW_STEP]
        if slow:
            s += tx["blocks"].format(t=f"{max(slow):.1f}")
        kept = sum(b - a for a, b, kind, _ in t["waits"] if kind == "ready")
        if kept >= SLOW_STEP:
            s += tx["kept"].format(t=f"{kept:.1f}")
        waits = []
        for *_, kind, what in t["waits"]:
            if kind == "wait" and what and what not in waits:
                waits.append(what)
        if waits:
            s += tx["waits"].format(what=tx["and"].join(waits))
        cancels = [a for a, _, how in t["steps"] if how == "cancel"]
        if cancels and t["end"] != "cancelled":
            s += tx["cancelled_at"].format(t=f"{cancels[0]:.1f}")
        if t["end"] is None:
            s += tx["open"]
        else:
            kind, _, exc = t["end"].partition(" ")
            s += tx["ended"][kind].format(t=f"{t['ended']:.1f}", exc=exc)
        parts.append(s)
    grouped: list[list] = []  # the same story told by several tasks in a row: once, with a count
    for s in parts:
        label, rest = s.split(tx["task"].split("{label}")[1][:1], 1)
        if grouped and grouped[-1][1:] == [label, rest]:
            grouped[-1][0] += 1
        else:
            grouped.append([1, label, rest])
    sep = tx["task"].split("{label}")[1][:1]
    parts = [f"{n} × {label}{sep}{rest}" if n > 1 else f"{label}{sep}{rest}" for n, label, rest in grouped]
    return tx["summary"].format(n=len(tasks), t=f"{total:.1f}") + tx["sep"].join(parts) + tx["stop"]


def render(recording: dict, lang: str, name: str, ident: str, axis: float = 0) -> str:
    """The SVG (one line per element, no blank lines, so a Markdown page can inline it); the time
    axis spans the run, or `axis` seconds if longer (two pictures a reader compares)."""
    tx = TEXT[lang]
    tasks = recording["tasks"]
    labels = [t["label"] if len(t["label"]) <= 26 else t["label"][:25] + "…" for t in tasks]
    label_w = max([text_width(x) for x in labels] + [40]) + LEFT_PAD * 2
    x0 = round(label_w)
    width = x0 + PLOT_W + RIGHT_PAD
    last = max([0.01] + [b for t in tasks for _, b, *_ in t["steps"] + t["waits"]])
    span = max(last * 1.02, axis)
    step = nice_step(span)
    sx = lambda t: x0 + t / span * PLOT_W  # noqa: E731
    plot_h = len(tasks) * ROW
    out = []
    # Grid and axis.
    axis_y = TOP + plot_h
    ticks = [i * step for i in range(int(span / step + 1e-9) + 1)]
    for t in ticks:
        x = sx(t)
        out.append(f'<path class="g" d="M{x:.1f} {TOP}V{axis_y + 4}"/>')
        out.append(f'<text class="m t" x="{x:.1f}" y="{axis_y + 15}">{_num(t)}</text>')
    out.append(f'<text class="m" x="{x0 + PLOT_W + 8}" y="{axis_y + 15}">{escape(tx["axis"])}</text>')
    used = set()
    for row, (t, label) in enumerate(zip(tasks, labels, strict=True)):
        cy = TOP + row * ROW + ROW / 2
        out.append(f'<text class="c n" x="{x0 - LEFT_PAD}" y="{cy + 4:.1f}">{escape(label)}</text>')
        for a, b, kind, what in t["waits"]:
            xa, xb = sx(a), sx(b)
            if xb - xa < 1:
                continue
            used.add(kind)
            out.append(f'<path class="{"w" if kind == "wait" else "q"}" d="M{xa:.1f} {cy}H{xb:.1f}"/>')
            if what and text_width(what, 10) < xb - xa - 4:
                out.append(f'<text class="m c t" x="{(xa + xb) / 2:.1f}" y="{cy - 6}">{escape(what)}</text>')
        for a, b, _ in t["steps"]:
            xa, xb = sx(a), sx(b)
            w = max(xb - xa, 2.5)
            out.append(f'<path class="r" d="M{xa:.1f} {cy - 5}h{w:.1f}v10h-{w:.1f}z"/>')
        used.add("running")
        # Markers.
        xc = sx(t["created"])
        out.append(f'<circle class="o" cx="{xc:.1f}" cy="{cy}" r="3.5"/>')
        for a, _, how in t["steps"]:
            if how == "cancel" and not (t["end"] == "cancelled" and a == t["steps"][-1][0]):
                out.append(_cross(sx(a), cy))
                used.add("cancel")
        if t["end"] is not None:
            xe = sx(t["ended"])
            kind, _, exc = t["end"].partition(" ")
            if kind == "done":
                out.append(f'<circle class="d" cx="{xe:.1f}" cy="{cy}" r="3.5"/>')
                used.add("done")
            elif kind == "cancelled":
                out.append(_cross(xe, cy))
                out.append(f'<text class="b" x="{xe + 8:.1f}" y="{cy + 4}">{escape(tx["cancel"])}</text>')
                used.add("cancel")
            else:
                out.append(f'<path class="e" d="M{xe:.1f} {cy - 6}l5.5 10h-11z"/>')
                out.append(f'<text class="b c" x="{xe + 8:.1f}" y="{cy + 4}">{escape(exc)}</text>')
                used.add("raised")
    # Legend, wrapped to the width.
    items = [("running", tx["running"]), ("wait", tx["wait"]), ("ready", tx["ready"]), ("created", tx["created"]),
             ("done", tx["done"]), ("cancel", tx["cancel"]), ("raised", tx["raised"])]
    used.add("created")
    x, y = LEFT_PAD, axis_y + 36
    for key, text in items:
        if key not in used:
            continue
        w = 22 + text_width(text) + 16
        if x + w > width:
            x, y = LEFT_PAD, y + 18
        out.append(_swatch(key, x, y - 4))
        out.append(f'<text x="{x + 22}" y="{y}">{escape(text)}</text>')
        x += w
    height = y + 10
    title = tx["title"].format(name=name)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="gk-tl" role="img" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" aria-labelledby="{ident}-t {ident}-d">'
    )
    return "\n".join([
        head,
        f'<title id="{ident}-t">{escape(title)}</title>',
        f'<desc id="{ident}-d">{escape(describe(recording, lang))}</desc>',
        f"<style>{STYLE}</style>",
        *(_short_numbers(line) for line in out),
        "</svg>",
    ]) + "\n"


def _short_numbers(element: str) -> str:
    """96.0 -> 96 inside attribute values: pictures stay a few KB."""
    return re.sub(r'="([^"]*)"', lambda m: '="' + re.sub(r"(\d)\.0\b", r"\1", m[1]) + '"', element)


def _cross(x: float, y: float) -> str:
    return f'<path class="x" d="M{x - 4:.1f} {y - 4}l8 8m0-8l-8 8"/>'


def _swatch(key: str, x: float, y: float) -> str:
    if key == "running":
        return f'<rect class="r" x="{x}" y="{y - 5}" width="16" height="10"/>'
    if key in ("wait", "ready"):
        return f'<path class="{"w" if key == "wait" else "q"}" d="M{x} {y}h16"/>'
    if key == "created":
        return f'<circle class="o" cx="{x + 8}" cy="{y}" r="3.5"/>'
    if key == "done":
        return f'<circle class="d" cx="{x + 8}" cy="{y}" r="3.5"/>'
    if key == "cancel":
        return _cross(x + 8, y)
    return f'<path class="e" d="M{x + 8} {y - 6}l5.5 10h-11z"/>'


# --------------------------------------------------------------------------- the guide's pictures


def ident_for(name: str) -> str:
    return "tl-" + re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")


def run_recorder(script: str, python: str, cwd: str, timeout: float = 60, quiet: bool = True):
    """Record `script` in a fresh `python` process; (recording or None, the completed process).
    Paths are passed relative to cwd: the 3.14/3.15 wrappers only see cwd and /tmp."""
    import subprocess
    import tempfile

    here = os.path.relpath(__file__, cwd) if Path(__file__).resolve().is_relative_to(Path(cwd).resolve()) else __file__
    # /tmp (not $TMPDIR): the 3.14/3.15 wrappers bind only the current directory and /tmp.
    tmp_root = "/tmp" if os.path.isdir("/tmp") else None  # noqa: S108
    with tempfile.TemporaryDirectory(prefix="guide-timeline-", dir=tmp_root) as tmp:
        out = os.path.join(tmp, "recording.json")
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env.update(PYTHONIOENCODING="utf-8", PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
        proc = subprocess.run(
            [python, here, "record", "--json", out, script], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
            capture_output=quiet, text=True, timeout=timeout,
        )
        recording = json.loads(Path(out).read_text(encoding="utf-8")) if os.path.exists(out) else None
    return recording, proc


def save_picture(json_path: Path, recording: dict, snippet_rel: str) -> list[Path]:
    """Write <name>.json (recording + structure) and its <name>.zh.svg / <name>.en.svg."""
    old = json.loads(json_path.read_text(encoding="utf-8").strip() or "{}") if json_path.is_file() else {}
    data = {"snippet": snippet_rel, "structure": structure(recording), "recording": recording}
    if old.get("axis_seconds"):  # set by hand: keep it
        data = {"snippet": snippet_rel, "axis_seconds": old["axis_seconds"], **data}
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return [json_path, *render_pictures(json_path)]


def render_pictures(json_path: Path) -> list[Path]:
    data = json.loads(json_path.read_text(encoding="utf-8"))
    name = data["snippet"].removeprefix("snippets/")
    written = []
    for lang in TEXT:
        svg = json_path.with_name(f"{json_path.stem}.{lang}.svg")
        svg.write_text(render(data["recording"], lang, name, ident_for(name), data.get("axis_seconds", 0)),
                       encoding="utf-8")
        written.append(svg)
    return written


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    """`python guidekit/timeline.py record --json OUT SCRIPT [ARGS]` (stdlib only), or
    `python guidekit/timeline.py SCRIPT -o out.svg [--lang en]`: record and draw in one go."""
    import argparse

    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "record":
        p = argparse.ArgumentParser(prog="timeline.py record")
        p.add_argument("--json", required=True)
        p.add_argument("script")
        p.add_argument("args", nargs=argparse.REMAINDER)
        ns = p.parse_args(argv[1:])
        rec, status = record(ns.script, ns.args)
        Path(ns.json).write_text(json.dumps(rec), encoding="utf-8")
        return status
    p = argparse.ArgumentParser(prog="timeline.py", description="Draw what the event loop did while SCRIPT ran.")
    p.add_argument("script")
    p.add_argument("-o", "--output", required=True, help="the SVG to write")
    p.add_argument("--lang", choices=sorted(TEXT), default="zh", help="labels and description (default zh)")
    p.add_argument("-p", "--python", default=sys.executable, help="interpreter to run SCRIPT with")
    ns = p.parse_args(argv)
    return draw(ns.script, ns.output, ns.lang, ns.python)


def draw(script: str, output: str, lang: str, python: str) -> int:
    if not os.path.isfile(script):
        print(f"error: {script}: no such file", file=sys.stderr)
        return 2
    cwd = os.getcwd()
    rec, proc = run_recorder(script, python, cwd, timeout=600, quiet=False)
    if rec is None:
        print(f"error: {script} was not recorded (exit {proc.returncode})", file=sys.stderr)
        return 1
    if not rec["tasks"]:
        print(f"error: {script} ran no asyncio task, so there is nothing to draw", file=sys.stderr)
        return 1
    name = os.path.basename(script)
    Path(output).write_text(render(rec, lang, name, ident_for(Path(output).stem)), encoding="utf-8")
    print(f"wrote {output} ({len(rec['tasks'])} tasks, {os.path.getsize(output) / 1024:.1f} KB)", file=sys.stderr)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())

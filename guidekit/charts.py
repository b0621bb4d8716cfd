"""The benchmark page's charts and tables, drawn from the data file the benchmark writes.

benchmarks/echo/run.py measures and writes docs/assets/benchmark/echo.json; nobody draws a chart by
hand. The page (docs/benchmark.*.md) holds marker lines such as `<!-- benchmark:throughput -->`,
and hooks/benchmark_charts.py replaces each while the site builds with what `block()` returns: an
inline SVG (role="img", with <title> and <desc> in the page's language) followed by a Markdown table
of the same numbers, its text alternative. Inline, the SVG can use Material's colour variables,
so it follows the light and dark schemes. tests/test_benchmark_charts.py reads the numbers back
out of the SVG and the tables and compares them with the data file.

Plain standard library, no plotting package: the charts are a few rectangles, lines and labels.
"""

from __future__ import annotations

import json
import math
import re
import statistics
from dataclasses import dataclass
from html import escape
from pathlib import Path

from guidekit import DOCS

DATA = DOCS / "assets" / "benchmark" / "echo.json"
MARKER = re.compile(r"^<!-- benchmark:(?P<name>[\w-]+) -->$", re.M)

WIDTH = 440  # viewBox units; the SVG scales down to the column (375 px phones), never up
ROW = 42  # label line + bar
FONT = 13
SCALE = 1.2  # shown at 1.2 times the viewBox on wide screens: 13 units are about the page's 16 px

# Colours: Material's text colours for text and grid; two series colours per scheme, each with at
# least 3:1 contrast against that scheme's background (WCAG 1.4.11 for graphics).
STYLE = (
    ".bench{--bench-a:#3949ab;--bench-b:#c2185b}"
    '[data-md-color-scheme="slate"] .bench{--bench-a:#8c9eff;--bench-b:#f48fb1}'
    ".bench text{fill:var(--md-default-fg-color,#222);font-size:13px;font-family:inherit}"
    ".bench .muted{fill:var(--md-default-fg-color--light,#555)}"
    ".bench .grid{stroke:var(--md-default-fg-color--lightest,#ccc);stroke-width:1}"
    ".bench .a{fill:var(--bench-a)}.bench .b{fill:var(--bench-b)}"
    ".bench .whisker{stroke:var(--md-default-fg-color,#222);stroke-width:1.5}"
    ".bench .link{stroke:var(--md-default-fg-color--light,#555);stroke-width:2}"
)

TEXT = {
    "zh": {
        "server": "服务器",
        "throughput": "吞吐量（次/秒）",
        "throughput_title": "吞吐量：每秒完成的请求（越多越好）",
        "throughput_desc": "{n} 个连接、闭环（每个连接收到回声才发下一条），{runs} 次运行：条为中位数，细线为最小到最大。",
        "cpu": "服务器 CPU（µs/请求）",
        "cpu_title": "每个请求花掉服务器多少 CPU 时间（越少越好）",
        "cpu_desc": "吞吐量测试中服务器进程的 utime + stime 除以请求数，{runs} 次运行：条为中位数，细线为最小到最大。",
        "memory": "内存（KiB/空闲连接）",
        "memory_title": "每个空闲连接占多少内存（越少越好）",
        "memory_desc": "{idle} 个连接各往返一次后保持空闲，服务器 RSS 的增量除以连接数，{runs} 次运行：条为中位数，细线为最小到最大。",
        "latency_title": "延迟：每秒 {rate} 个请求（开环），p50 与 p99（越低越好，对数刻度）",
        "latency_desc": "按固定时间表每秒发出 {rate} 个请求，分摊到 {n} 个连接，延迟从请求“应发出”的时刻算起。圆点为 p50，方块为 p99，各取 {runs} 次运行的中位数，细线为最小到最大。",
        "load": "负载（次/秒）",
        "unanswered": "截止时未回",
        "lag": "发送延误 p99",
        "unit_rps": "次/秒",
        "p50": "p50",
        "p99": "p99",
        "ms": "毫秒",
        "machine": "机器",
        "cores": "核",
        "python": "Python",
        "packages": "包",
        "date": "日期",
        "took": "耗时",
        "seconds": "秒",
        "command": "命令",
        "loadavg": "负载均值（1/5/15 分钟），开始 → 结束",
        "item": "项目",
        "value": "值",
    },
    "en": {
        "server": "Server",
        "throughput": "Throughput (req/s)",
        "throughput_title": "Throughput: requests completed per second (more is better)",
        "throughput_desc": "{n} connections in a closed loop (each sends its next message when the echo arrives), {runs} runs: bars are medians, thin lines span min to max.",
        "cpu": "Server CPU (µs/request)",
        "cpu_title": "Server CPU time spent per request (less is better)",
        "cpu_desc": "The server process's utime + stime during the throughput test divided by the requests, {runs} runs: bars are medians, thin lines span min to max.",
        "memory": "Memory (KiB/idle connection)",
        "memory_title": "Memory per idle connection (less is better)",
        "memory_desc": "The growth of the server's RSS with {idle} connections that made one round trip each and then stay idle, per connection, {runs} runs: bars are medians, thin lines span min to max.",
        "latency_title": "Latency at {rate} requests per second (open loop), p50 and p99 (lower is better, log scale)",
        "latency_desc": "{rate} requests per second sent on a fixed schedule over {n} connections, each timed from when it was due. Dots are p50, squares p99, each the median of {runs} runs; thin lines span min to max.",
        "load": "Load (req/s)",
        "unanswered": "Unanswered at the deadline",
        "lag": "Send lag p99",
        "unit_rps": "req/s",
        "p50": "p50",
        "p99": "p99",
        "ms": "ms",
        "machine": "Machine",
        "cores": "cores",
        "python": "Python",
        "packages": "Packages",
        "date": "Date",
        "took": "Took",
        "seconds": "s",
        "command": "Command",
        "loadavg": "Load average (1/5/15 min), start → end",
        "item": "Item",
        "value": "Value",
    },
}


@dataclass(frozen=True)
class Spread:
    median: float
    low: float
    high: float

    @classmethod
    def of(cls, values: list[float]) -> Spread:
        return cls(statistics.median(values), min(values), max(values))


def load(path: Path = DATA) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


# The measures a chart shows: name -> (how to read one run's value, number format)
def _throughput(run: dict, _i: int = 0) -> float:
    return run["throughput"]["requests_per_second"]


def _cpu(run: dict, _i: int = 0) -> float:
    return run["throughput"]["server_cpu_us_per_request"]


def _memory(run: dict, _i: int = 0) -> float:
    return run["idle"]["kib_per_connection"]


BARS = {"throughput": _throughput, "cpu": _cpu, "memory": _memory}


def spreads(data: dict, measure) -> list[tuple[dict, Spread]]:
    return [(srv, Spread.of([measure(run) for run in srv["runs"]])) for srv in data["servers"]]


def latency(data: dict, index: int, which: str) -> list[tuple[dict, Spread]]:
    return [(srv, Spread.of([run["load"][index][f"{which}_ms"] for run in srv["runs"]])) for srv in data["servers"]]


def fmt(name: str, value: float) -> str:
    """How every number is written, in the charts and the tables alike."""
    if name == "throughput":
        return f"{value:,.0f}"
    if name in ("cpu", "memory"):
        return f"{value:.1f}"
    # latency in ms: two significant digits, never scientific notation
    if value >= 10:
        return f"{value:,.0f}"
    if value >= 1:
        return f"{value:.1f}"
    if value >= 0.1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def fmt_spread(name: str, s: Spread) -> str:
    return f"{fmt(name, s.median)} ({fmt(name, s.low)}–{fmt(name, s.high)})"


def _svg(ident: str, title: str, desc: str, height: float, body: list[str]) -> str:
    return (
        f'<svg class="bench" role="img" aria-labelledby="{ident}-t {ident}-d" viewBox="0 0 {WIDTH} {height:.0f}" '
        f'width="{WIDTH * SCALE:.0f}" height="{height * SCALE:.0f}" style="max-width:100%;height:auto" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(desc)}</desc>'
        f"<style>{STYLE}</style>" + "".join(body) + "</svg>"
    )


def _ticks(high: float) -> list[float]:
    """Round gridline values from 0 past `high`: about 5 steps of 1, 2 or 5 times a power of ten."""
    raw = high / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(k * power for k in (1, 2, 5, 10) if k * power >= raw)
    return [round(step * i, 12) for i in range(math.ceil(high / step - 1e-9) + 1)]


def _tick_label(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


def bar_chart(data: dict, name: str, lang: str) -> str:
    t = TEXT[lang]
    rows = spreads(data, BARS[name])
    ticks = _ticks(max(s.high for _, s in rows))
    top = ticks[-1]
    plot = WIDTH - 2  # bars start at x=1

    def x(value: float) -> float:
        return 1 + value / top * plot

    body = []
    for tick in ticks:
        body.append(f'<line class="grid" x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="0" y2="{len(rows) * ROW:.0f}"/>')
    y = 0.0
    for srv, s in rows:
        key = escape(srv["key"])
        body.append(f'<text x="2" y="{y + FONT:.0f}">{escape(srv["label"])}</text>')
        body.append(f'<text x="{WIDTH}" y="{y + FONT:.0f}" text-anchor="end" data-server="{key}">'
                    f"{fmt(name, s.median)}</text>")
        bar_y = y + FONT + 6
        body.append(f'<rect class="a" data-server="{key}" data-value="{s.median!r}" x="1" y="{bar_y:.0f}" '
                    f'width="{x(s.median) - 1:.2f}" height="16"/>')
        mid = bar_y + 8
        body.append(f'<path class="whisker" data-server="{key}" data-low="{s.low!r}" data-high="{s.high!r}" '
                    f'd="M{x(s.low):.2f} {mid - 5:.0f}v10M{x(s.low):.2f} {mid:.0f}H{x(s.high):.2f}'
                    f'M{x(s.high):.2f} {mid - 5:.0f}v10" fill="none"/>')
        y += ROW
    for k, tick in enumerate(ticks):
        anchor = "start" if k == 0 else "end" if k == len(ticks) - 1 else "middle"
        body.append(f'<text class="muted" x="{x(tick):.1f}" y="{y + FONT + 2:.0f}" text-anchor="{anchor}" '
                    f'data-tick="{tick!r}">{_tick_label(tick)}</text>')
    settings = data["settings"]
    desc = t[f"{name}_desc"].format(n=settings["connections"], runs=settings["runs"], idle=settings["idle"])
    return _svg(f"bench-{name}-{lang}", t[f"{name}_title"], desc, y + FONT + 8, body)


def latency_chart(data: dict, index: int, lang: str) -> str:
    t = TEXT[lang]
    rate = data["settings"]["loads"][index]
    p50, p99 = latency(data, index, "p50"), latency(data, index, "p99")
    values = [v for _, s in p50 + p99 for v in (s.low, s.high) if v > 0]
    lo = 10 ** math.floor(math.log10(min(values)))
    hi = 10 ** math.ceil(math.log10(max(values)))
    if hi / lo < 100:
        hi = lo * 100
    left, plot = 6, WIDTH - 12

    def x(value: float) -> float:
        return left + (math.log10(max(value, lo)) - math.log10(lo)) / (math.log10(hi) - math.log10(lo)) * plot

    decades = round(math.log10(hi / lo))
    ticks = [lo * 10**k for k in range(decades + 1)]
    rows = len(p50)
    legend_h = 22
    body = [f'<circle class="a" cx="{left + 5}" cy="8" r="5"/>'
            f'<text x="{left + 14}" y="{FONT}">{t["p50"]}</text>'
            f'<rect class="b" x="{left + 52}" y="3" width="10" height="10"/>'
            f'<text x="{left + 67}" y="{FONT}">{t["p99"]}</text>'
            f'<text class="muted" x="{WIDTH}" y="{FONT}" text-anchor="end">{t["ms"]}</text>']
    for tick in ticks:
        body.append(f'<line class="grid" x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{legend_h}" '
                    f'y2="{legend_h + rows * ROW:.0f}"/>')
    y = float(legend_h)
    for (srv, a), (_, b) in zip(p50, p99, strict=True):
        key = escape(srv["key"])
        body.append(f'<text x="2" y="{y + FONT:.0f}">{escape(srv["label"])}</text>')
        body.append(f'<text x="{WIDTH}" y="{y + FONT:.0f}" text-anchor="end" data-server="{key}">'
                    f'{t["p50"]} {fmt("latency", a.median)} · {t["p99"]} {fmt("latency", b.median)}</text>')
        mid = y + FONT + 14
        body.append(f'<line class="link" x1="{x(a.median):.2f}" x2="{x(b.median):.2f}" y1="{mid:.0f}" y2="{mid:.0f}"/>')
        for which, s in (("p50", a), ("p99", b)):
            body.append(f'<path class="whisker" data-server="{key}" data-which="{which}" data-low="{s.low!r}" '
                        f'data-high="{s.high!r}" d="M{x(s.low):.2f} {mid - 4:.0f}v8M{x(s.low):.2f} {mid:.0f}'
                        f'H{x(s.high):.2f}M{x(s.high):.2f} {mid - 4:.0f}v8" fill="none"/>')
        body.append(f'<circle class="a" data-server="{key}" data-which="p50" data-value="{a.median!r}" '
                    f'cx="{x(a.median):.2f}" cy="{mid:.0f}" r="5.5"/>')
        body.append(f'<rect class="b" data-server="{key}" data-which="p99" data-value="{b.median!r}" '
                    f'x="{x(b.median) - 5:.2f}" y="{mid - 5:.0f}" width="10" height="10"/>')
        y += ROW
    for i, tick in enumerate(ticks):
        anchor = "start" if i == 0 else "end" if i == len(ticks) - 1 else "middle"
        body.append(f'<text class="muted" x="{x(tick):.1f}" y="{y + FONT + 2:.0f}" text-anchor="{anchor}" '
                    f'data-tick="{tick!r}">{_tick_label(tick)}</text>')
    desc = t["latency_desc"].format(rate=f"{rate:,}", n=data["settings"]["connections"], runs=data["settings"]["runs"])
    return _svg(f"bench-latency-{rate}-{lang}", t["latency_title"].format(rate=f"{rate:,}"), desc, y + FONT + 8, body)


def figure(svg: str, caption: str) -> str:
    return f'<figure class="bench-figure">\n{svg}\n<figcaption>{escape(caption)}</figcaption>\n</figure>'


def summary_table(data: dict, lang: str) -> str:
    t = TEXT[lang]
    lines = [f"| {t['server']} | {t['throughput']} | {t['cpu']} | {t['memory']} |", "| --- | ---: | ---: | ---: |"]
    cols = [spreads(data, BARS[name]) for name in ("throughput", "cpu", "memory")]
    for i, srv in enumerate(data["servers"]):
        cells = [fmt_spread(name, col[i][1]) for name, col in zip(("throughput", "cpu", "memory"), cols, strict=True)]
        lines.append(f"| {srv['label']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def latency_table(data: dict, lang: str) -> str:
    t = TEXT[lang]
    lines = [f"| {t['server']} | {t['load']} | {t['p50']} ({t['ms']}) | {t['p99']} ({t['ms']}) | {t['lag']} ({t['ms']}) "
             f"| {t['unanswered']} |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for srv in data["servers"]:
        for i, rate in enumerate(data["settings"]["loads"]):
            a = Spread.of([run["load"][i]["p50_ms"] for run in srv["runs"]])
            b = Spread.of([run["load"][i]["p99_ms"] for run in srv["runs"]])
            lag = Spread.of([run["load"][i]["send_lag_p99_ms"] for run in srv["runs"]])
            lost = sum(run["load"][i]["unanswered"] for run in srv["runs"])
            lines.append(f"| {srv['label']} | {rate:,} | {fmt_spread('latency', a)} | {fmt_spread('latency', b)} "
                         f"| {fmt_spread('latency', lag)} | {lost} |")
    return "\n".join(lines)


def machine_table(data: dict, lang: str) -> str:
    t, m = TEXT[lang], data["machine"]
    packages = ", ".join(f"{name} {version}" for name, version in data["packages"].items())
    rows = [
        (t["machine"], f"{m['cpu']}, {m['cores']} {t['cores']}, {m['os']} {m['kernel']}"),
        (t["python"], f"{data['python']['implementation']} {data['python']['version']}"),
        (t["packages"], packages),
        (t["date"], data["date"]),
        (t["command"], f"`{data['command']}`"),
        (t["took"], f"{data['seconds']} {t['seconds']}"),
        (t["loadavg"], " → ".join(" / ".join(f"{v:.1f}" for v in m[k]) for k in ("loadavg_before", "loadavg_after"))),
    ]
    return "\n".join([f"| {t['item']} | {t['value']} |", "| --- | --- |"] + [f"| {a} | {b} |" for a, b in rows])


def block(name: str, lang: str, data: dict | None = None) -> str:
    """What replaces the marker `<!-- benchmark:NAME -->` on a page in language `lang`."""
    data = data if data is not None else load()
    t = TEXT[lang]
    if name in BARS:
        return figure(bar_chart(data, name, lang), t[f"{name}_title"])
    if name == "latency":
        return "\n\n".join(
            figure(latency_chart(data, i, lang), t["latency_title"].format(rate=f"{rate:,}"))
            for i, rate in enumerate(data["settings"]["loads"]))
    if name == "summary-table":
        return summary_table(data, lang)
    if name == "latency-table":
        return latency_table(data, lang)
    if name == "machine-table":
        return machine_table(data, lang)
    raise KeyError(f"unknown benchmark block {name!r}: use one of {', '.join(NAMES)}")


NAMES = (*BARS, "latency", "summary-table", "latency-table", "machine-table")


def fill(markdown: str, lang: str, data: dict | None = None) -> str:
    """The page with every marker line replaced by its chart or table."""
    data = data if data is not None else load()
    return MARKER.sub(lambda m: block(m["name"], lang, data), markdown)

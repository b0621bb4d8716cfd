"""The benchmark page's charts and tables say what the data file says.

The numbers come from docs/assets/benchmark/echo.json (written by benchmarks/echo/run.py); the
charts and tables are drawn from it by guidekit/charts.py while the site builds. These tests read the
numbers back out of the SVG (each mark carries its value, and its position must agree with it) and
out of the tables, and compare them with medians and spreads computed here from the raw runs.
"""

from __future__ import annotations

import math
import re
import statistics
import xml.etree.ElementTree as ET

import pytest

import guidekit
from guidekit import charts

SVG = "{http://www.w3.org/2000/svg}"
DATA = charts.load()
PAGES = {lang: guidekit.DOCS / f"benchmark.{lang}.md" for lang in guidekit.LANGS}
MEASURES = {
    "throughput": lambda run, i: run["throughput"]["requests_per_second"],
    "cpu": lambda run, i: run["throughput"]["server_cpu_us_per_request"],
    "memory": lambda run, i: run["idle"]["kib_per_connection"],
    "p50": lambda run, i: run["load"][i]["p50_ms"],
    "p99": lambda run, i: run["load"][i]["p99_ms"],
}


def expected(measure: str, index: int = 0) -> dict[str, tuple[float, float, float]]:
    """server key -> (median, min, max) over its runs, computed from the raw data."""
    out = {}
    for srv in DATA["servers"]:
        values = [MEASURES[measure](run, index) for run in srv["runs"]]
        out[srv["key"]] = (statistics.median(values), min(values), max(values))
    return out


def svg_of(html: str) -> ET.Element:
    match = re.search(r"<svg.*?</svg>", html, re.S)
    assert match, "no <svg> in the block"
    return ET.fromstring(match[0])  # noqa: S314 (our own SVG, drawn by guidekit/charts.py)


def test_the_data_file_says_where_and_how_it_was_measured():
    machine = DATA["machine"]
    for key in ("cpu", "cores", "kernel", "loadavg_before"):
        assert machine.get(key) not in (None, ""), f"echo.json: machine.{key} is missing"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", DATA["date"])
    assert DATA["python"]["version"] and set(DATA["packages"]) >= {"uvloop", "gevent"}
    assert DATA["settings"]["runs"] >= 3, "the committed numbers come from several runs"
    assert len({srv["key"] for srv in DATA["servers"]}) == len(DATA["servers"]) >= 6
    for srv in DATA["servers"]:
        assert len(srv["runs"]) == DATA["settings"]["runs"], srv["key"]
        for run in srv["runs"]:
            assert [load["offered_per_second"] for load in run["load"]] == DATA["settings"]["loads"]


@pytest.mark.parametrize("lang", guidekit.LANGS)
@pytest.mark.parametrize("name", ["throughput", "cpu", "memory"])
def test_bar_charts_match_the_data(name, lang):
    svg = svg_of(charts.block(name, lang, DATA))
    want = expected(name)
    bars = {el.get("data-server"): el for el in svg.iter(f"{SVG}rect") if el.get("data-value")}
    whiskers = {el.get("data-server"): el for el in svg.iter(f"{SVG}path") if el.get("data-low")}
    assert set(bars) == set(want) == set(whiskers)
    scale = {key: float(bar.get("width")) / want[key][0] for key, bar in bars.items() if want[key][0] > 0}
    for key, (median, low, high) in want.items():
        assert float(bars[key].get("data-value")) == pytest.approx(median), key
        assert float(whiskers[key].get("data-low")) == pytest.approx(low), key
        assert float(whiskers[key].get("data-high")) == pytest.approx(high), key
        # the bar's length is proportional to its value (one scale for every bar)
        assert float(bars[key].get("width")) == pytest.approx(median * statistics.median(scale.values()), abs=0.05)
    labels = {el.get("data-server"): el.text for el in svg.iter(f"{SVG}text") if el.get("data-server")}
    for key, (median, _, _) in want.items():
        assert labels[key] == charts.fmt(name, median)
    assert svg.get("role") == "img"
    title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
    assert title is not None and desc is not None and title.text and desc.text
    assert bool(re.search(r"[\u4e00-\u9fff]", title.text + desc.text)) == (lang == "zh"), "title/desc language"


@pytest.mark.parametrize("lang", guidekit.LANGS)
def test_latency_charts_match_the_data(lang):
    figures = re.findall(r"<svg.*?</svg>", charts.block("latency", lang, DATA), re.S)
    assert len(figures) == len(DATA["settings"]["loads"])
    for index, text in enumerate(figures):
        svg = ET.fromstring(text)  # noqa: S314 (our own SVG)
        ticks = [(float(el.get("x")), float(el.get("data-tick"))) for el in svg.iter(f"{SVG}text") if el.get("data-tick")]
        (x0, v0), (x1, v1) = ticks[0], ticks[-1]

        def position(value, x0=x0, v0=v0, x1=x1, v1=v1):  # the log axis its tick labels describe
            return x0 + (math.log10(value) - math.log10(v0)) / (math.log10(v1) - math.log10(v0)) * (x1 - x0)

        for which in ("p50", "p99"):
            want = expected(which, index)
            marks = {el.get("data-server"): el for el in svg.iter() if el.get("data-which") == which
                     and el.get("data-value")}
            assert set(marks) == set(want), which
            for key, (median, _, _) in want.items():
                mark = marks[key]
                assert float(mark.get("data-value")) == pytest.approx(median), (key, which)
                x = float(mark.get("cx")) if mark.get("cx") else float(mark.get("x")) + float(mark.get("width")) / 2
                assert x == pytest.approx(position(median), abs=0.05), (key, which)
            whiskers = {el.get("data-server"): el for el in svg.iter(f"{SVG}path") if el.get("data-which") == which}
            for key, (_, low, high) in want.items():
                assert float(whiskers[key].get("data-low")) == pytest.approx(low)
                assert float(whiskers[key].get("data-high")) == pytest.approx(high)


def table_rows(markdown: str) -> list[list[str]]:
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in markdown.splitlines()]
    return rows[2:]  # after the header and the alignment row


@pytest.mark.parametrize("lang", guidekit.LANGS)
def test_tables_match_the_data(lang):
    rows = table_rows(charts.block("summary-table", lang, DATA))
    assert [row[0] for row in rows] == [srv["label"] for srv in DATA["servers"]]
    for column, name in enumerate(("throughput", "cpu", "memory"), start=1):
        want = expected(name)
        for row, srv in zip(rows, DATA["servers"], strict=True):
            median, low, high = want[srv["key"]]
            assert row[column] == f"{charts.fmt(name, median)} ({charts.fmt(name, low)}–{charts.fmt(name, high)})"
    rows = table_rows(charts.block("latency-table", lang, DATA))
    loads = DATA["settings"]["loads"]
    assert len(rows) == len(DATA["servers"]) * len(loads)
    for n, row in enumerate(rows):
        srv, index = DATA["servers"][n // len(loads)], n % len(loads)
        assert row[0] == srv["label"] and row[1] == f"{loads[index]:,}"
        for column, which in ((2, "p50"), (3, "p99")):
            median, low, high = expected(which, index)[srv["key"]]
            fmt = charts.fmt
            assert row[column] == f"{fmt('latency', median)} ({fmt('latency', low)}–{fmt('latency', high)})"
        lags = [run["load"][index]["send_lag_p99_ms"] for run in srv["runs"]]
        median, low, high = statistics.median(lags), min(lags), max(lags)
        assert row[4] == f"{charts.fmt('latency', median)} ({charts.fmt('latency', low)}–{charts.fmt('latency', high)})"
        assert int(row[5]) == sum(run["load"][index]["unanswered"] for run in srv["runs"])
    machine = charts.block("machine-table", lang, DATA)
    for fact in (DATA["machine"]["cpu"], DATA["machine"]["kernel"], DATA["python"]["version"], DATA["date"],
                 *DATA["packages"].values()):
        assert str(fact) in machine


@pytest.mark.parametrize("lang", guidekit.LANGS)
def test_the_page_shows_every_chart_and_table(lang):
    page = PAGES[lang].read_text(encoding="utf-8")
    names = charts.MARKER.findall(page)
    assert sorted(names) == sorted(charts.NAMES), f"{guidekit.rel(PAGES[lang])}: markers {names}"
    filled = charts.fill(page, lang, DATA)
    assert "<!-- benchmark:" not in filled
    assert filled.count('role="img"') == 3 + len(DATA["settings"]["loads"])

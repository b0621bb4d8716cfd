"""The pages under docs/: twins, includes, fences. Fast checks on source files only."""

from __future__ import annotations

import re

import pytest

import guidekit

PAIRS, PAIR_PROBLEMS = guidekit.page_pairs()
PAGES = [p for pair in PAIRS for p in pair]


def test_every_page_has_a_twin():
    assert not PAIR_PROBLEMS, "\n".join(PAIR_PROBLEMS)


@pytest.mark.parametrize("zh,en", PAIRS, ids=[guidekit.rel(zh)[5:-6] for zh, _ in PAIRS])
def test_twins_mirror_line_for_line(zh, en):
    problems = guidekit.mirror_problems(zh, en)
    guidekit.report(problems)


def test_front_matter_is_valid_yaml():
    problems = [p for page in PAGES for p in guidekit.front_matter_problems(page)]
    guidekit.report(problems)


def test_every_version_of_a_shown_output_is_shown():
    problems = [p for page in PAGES for p in guidekit.variant_problems(page)]
    guidekit.report(problems)


def test_pages_say_how_to_run_snippets_with_dependencies():
    guidekit.report([p for page in PAGES for p in guidekit.run_command_problems(page)])


def test_includes_resolve():
    problems = [p for page in PAGES for p in guidekit.include_problems(page)]
    guidekit.report(problems)


def test_every_snippet_and_output_is_shown_in_both_languages():
    shown = {lang: set() for lang in guidekit.LANGS}
    for page in PAGES:
        lang = page.name.rsplit(".", 2)[-2]
        shown[lang] |= {inc.path for inc in guidekit.includes(page)}
    problems = []
    for file in sorted(guidekit.SNIPPETS.glob("*/*")):
        if file.suffix not in (".py", ".out"):
            continue
        missing = [lang for lang in guidekit.LANGS if guidekit.rel(file) not in shown[lang]]
        if missing:
            problems.append(
                f"{guidekit.rel(file)}: not included by any {'/'.join(missing)} page; include it with "
                f'--8<-- "{guidekit.rel(file)}" (or delete it)'
            )
    guidekit.report(problems)


def test_python_fences_are_included_or_tested():
    problems = [p for page in PAGES + [guidekit.ROOT / "README.md"] for p in guidekit.fence_problems(page)]
    guidekit.report(problems)


def test_ci_runs_the_readme_test_command():
    readme = (guidekit.ROOT / "README.md").read_text(encoding="utf-8")
    ci = (guidekit.ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "./guide test"
    assert f"``` shell\n{command}\n```" in readme, f"README.md must show the test command `{command}` in a shell block"
    assert re.search(rf"^{re.escape(command)}\s*$", ci, re.M), f".ci/run must call the README's test command `{command}`"


def test_a_page_block_is_held_to_the_snippets_standard():
    """A ```python block on a page runs like a snippet (own process, -X dev, warnings as errors, the
    step probe): an exception, a coroutine never awaited and a blocked loop each fail, naming the page
    and the line; a clean block passes."""
    page, summary = guidekit.DOCS / "tasks.en.md", len(guidekit.SUMMARY)
    assert guidekit.page_block_problems("import asyncio\nasyncio.run(asyncio.sleep(0.01))\n", page, 10) == []
    [raised] = guidekit.page_block_problems("x = 1\nprint(x + 'a')\n", page, 10)
    assert raised.startswith("docs/tasks.en.md:12: the ```python block at line 10 raised TypeError:"), raised
    [unawaited] = guidekit.page_block_problems("import asyncio\nasyncio.sleep(1)\n", page, 10)
    assert unawaited.startswith("docs/tasks.en.md:10: the ```python block at line 10 wrote to stderr: "
                                "RuntimeWarning: coroutine 'sleep' was never awaited"), unawaited
    blocker = "import asyncio\nimport time\n\n\nasync def main():\n    time.sleep(0.2)\n\n\nasyncio.run(main())\n"
    [blocked] = guidekit.page_block_problems(blocker, page, 10)  # after two more runs, each blocked too
    assert blocked.startswith("docs/tasks.en.md:10: the ```python block at line 10 blocked the event loop"), blocked
    assert re.search(r"^Executing <Task .*> took 0\.2\d\d seconds$", blocked, re.M), blocked
    assert len(guidekit.SUMMARY) == summary + 2  # its two retries (taken out: this page has no such block)
    del guidekit.SUMMARY[summary:]

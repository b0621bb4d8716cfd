"""guidekit: the asyncio guide's own toolkit — snippets, their recorded outputs, and the pages
that include them — and the `./guide` command (guidekit/cli.py) that contributors, the tests and
the hooks all use.

Plain files and plain Python, so it does not depend on the site generator: the tests in tests/
call these functions, and so would a move to another MkDocs-compatible generator. See the
contributing page (docs/contributing.*.md) for the conventions they check.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
LANGS = ("zh", "en")
COMMAND = "./guide"  # the one command; every hint names a subcommand of it
SUMMARY: list[str] = []  # lines tests add to the "guide status" summary at the end of a run
MEASURED: list = []  # (test id, snippets.TimingClaim) for every timing claim that held, for that summary


class GuideError(Exception):
    """A contributor's mistake: the message names the file (and line) and how to fix it."""


def missing_tool(message: str) -> None:
    """A check cannot run here: an error in CI (where .ci/run installs everything), else a skip."""
    import pytest

    if os.environ.get("CI"):
        pytest.fail(f"{message} (an error in CI, where .ci/run installs everything)", pytrace=False)
    pytest.skip(message)


def report(problems: list[str]) -> None:
    """Fail the current test with one line per problem (each names its file:line), no traceback."""
    if problems:
        import pytest

        pytest.fail("\n".join(problems), pytrace=False)


def rel(path: Path) -> str:
    """A path as contributors see it: relative to the repository root, with forward slashes."""
    return Path(path).resolve().relative_to(ROOT).as_posix()


from guidekit.snippets import *  # noqa: E402, F403  (the public API, one namespace)
from guidekit.pages import *  # noqa: E402, F403

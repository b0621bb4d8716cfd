"""Linters: every pre-commit hook (.pre-commit-config.yaml) runs on every file of the repository,
committed or new. A failure shows the tool's report, which names file:line:column."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
import yaml

import guide

CONFIG = guide.ROOT / ".pre-commit-config.yaml"
HOOKS = [hook["id"] for repo in yaml.safe_load(CONFIG.read_text(encoding="utf-8"))["repos"] for hook in repo["hooks"]]


def repo_files() -> list[str]:
    """Tracked and untracked files, minus what .gitignore excludes (site/, .venv/, ...)."""
    git = shutil.which("git")
    assert git, "git is needed to list the repository's files for the linters"
    out = subprocess.run(
        [git, "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=guide.ROOT, capture_output=True, text=True, check=True, timeout=60,
    ).stdout
    return sorted({f for f in out.split("\0") if f and (guide.ROOT / f).is_file()})


@pytest.mark.parametrize("hook", HOOKS)
def test_lint(hook):
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", hook, "--color", "never", "--files", *repo_files()],
        cwd=guide.ROOT, capture_output=True, text=True, timeout=900,
    )
    if proc.returncode != 0:
        pytest.fail(
            f"{hook} found problems (fix them; to change a rule, edit the config file named on the "
            f"first line; to run it alone: .venv/bin/pre-commit run {hook} --all-files):\n"
            f"{proc.stdout}{proc.stderr}",
            pytrace=False,
        )

"""Linters: every pre-commit hook (.pre-commit-config.yaml) runs on every file of the repository,
committed or new. A failure shows the tool's report, which names file:line:column."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys

import pytest
import yaml

import guidekit

CONFIG = guidekit.ROOT / ".pre-commit-config.yaml"
CONFIG_HOOKS = [hook for repo in yaml.safe_load(CONFIG.read_text(encoding="utf-8"))["repos"] for hook in repo["hooks"]]
HOOKS = [hook["id"] for hook in CONFIG_HOOKS]
LANGUAGES = {hook["id"]: hook.get("language") for hook in CONFIG_HOOKS}


def repo_files() -> list[str]:
    """Tracked and untracked files, minus what .gitignore excludes (site/, .venv/, ...)."""
    git = shutil.which("git")
    assert git, "git is needed to list the repository's files for the linters"
    out = subprocess.run(
        [git, "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=guidekit.ROOT, capture_output=True, text=True, check=True, timeout=60,
    ).stdout
    return sorted({f for f in out.split("\0") if f and (guidekit.ROOT / f).is_file()})


@pytest.mark.parametrize("hook", HOOKS)
def test_lint(hook):
    if importlib.util.find_spec("pre_commit") is None:
        guidekit.missing_tool("LINTERS NOT RUN: pre-commit is not installed: run ./guide test (requirements.txt pins it)")
    if LANGUAGES[hook] == "node" and not shutil.which("node"):
        guidekit.missing_tool(f"{hook} NOT RUN: Node.js is not installed: run sudo apt-get install nodejs npm")
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", hook, "--color", "never", "--files", *repo_files()],
        cwd=guidekit.ROOT, capture_output=True, text=True, timeout=900,
    )
    if proc.returncode != 0:
        pytest.fail(
            f"{hook} found problems (fix them; to change a rule, edit the config file named on the "
            f"first line; to run it alone: ./guide lint {hook}):\n"
            f"{proc.stdout}{proc.stderr}",
            pytrace=False,
        )


def test_hook_tools_are_pinned_as_in_requirements():
    """The hooks install their own tools; they must be the versions requirements.txt pins."""
    pins = dict(line.split("==", 1) for line in (guidekit.ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
                if "==" in line and not line.startswith("#"))
    problems = []
    for hook in CONFIG_HOOKS:
        if hook.get("language") != "python":
            continue
        for dep in hook.get("additional_dependencies", []):
            name, _, version = dep.partition("==")
            if pins.get(name) != version:
                problems.append(f"{guidekit.rel(CONFIG)}: hook {hook['id']} pins {dep}, requirements.txt has "
                                f"{name}=={pins.get(name, '(none)')}; make them agree")
    guidekit.report(problems)

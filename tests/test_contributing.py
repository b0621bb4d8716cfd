"""Contributing: the pull request template, and the new-chapter scaffold, which must produce a
chapter that passes the suite as created (proved in a temporary copy of the repository)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

import guidekit

TEMPLATE = guidekit.ROOT / ".github" / "pull_request_template.md"
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_pull_request_template_is_bilingual_with_a_checklist():
    text = TEMPLATE.read_text(encoding="utf-8")
    items = [line for line in text.splitlines() if line.startswith("- [ ] ")]
    assert len(items) >= 5, f"{guidekit.rel(TEMPLATE)}: needs a checklist of '- [ ] ' items"
    for item in items:
        assert CJK.search(item) and re.search(r"[A-Za-z]{4,} [a-z]+", item), (
            f"{guidekit.rel(TEMPLATE)}: each checklist item says it in Chinese and English: {item}"
        )
    for must in ("./guide test", "./guide sync", "./guide new"):
        assert must in text, f"{guidekit.rel(TEMPLATE)}: the checklist must mention {must}"


def copy_of_repo(dest: Path) -> Path:
    """The repository as it is on disk (committed and new files, nothing ignored), without .git."""
    git = shutil.which("git")
    assert git, "git is needed to copy the repository"
    files = subprocess.run(
        [git, "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=guidekit.ROOT, capture_output=True, text=True, check=True, timeout=60,
    ).stdout.split("\0")
    for name in files:
        src = guidekit.ROOT / name
        if name and src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    # The installed toolchain, the Pythons of ./guide pythons, and a git repository.
    (dest / ".venv").symlink_to(Path(sys.prefix))
    if (guidekit.ROOT / ".pythons").is_dir():
        (dest / ".pythons").symlink_to(guidekit.ROOT / ".pythons")
    subprocess.run([git, "init", "-q"], cwd=dest, check=True, timeout=60)
    return dest


@pytest.mark.timeout(900)
def test_new_chapter_passes_the_suite_as_created(tmp_path):
    repo = copy_of_repo(tmp_path / "repo")
    # The section named in English: the scaffold takes either language's label.
    made = subprocess.run(
        [sys.executable, "-m", "guidekit", "new", SLUG, "--zh-title", "脚手架检查",
         "--en-title", "Scaffold check", "--section", "Basics"],
        cwd=repo, capture_output=True, text=True, timeout=300,
    )
    assert made.returncode == 0, f"./guide new failed:\n{made.stdout}{made.stderr}"
    for path in (f"docs/{SLUG}.zh.md", f"docs/{SLUG}.en.md", f"snippets/{CHAPTER}/first_example.py",
                 f"snippets/{CHAPTER}/first_example.out"):
        assert (repo / path).is_file(), f"./guide new did not create {path}"
    assert re.search(rf"^\s+- {SLUG}\.md$", (repo / "mkdocs.yml").read_text(encoding="utf-8"), re.M), (
        "./guide new did not add the page to the nav of mkdocs.yml"
    )

    # The structure checks, the translation status, the linters, this chapter's snippet, and
    # the strict build with every check of the built site, "edit this page" links included.
    after, report = run_suite(repo)
    if after:  # was the suite already failing without the new chapter? Only new failures count.
        before, _ = run_suite(copy_of_repo(tmp_path / "baseline"))
        new = sorted(test for test, problem in after.items() if caused_by_scaffold(test, problem, before))
        if new:
            pytest.fail(
                f"a chapter fresh from ./guide new fails the suite (in a copy of the "
                f"repository at {repo}); these fail only with it:\n"
                + "\n".join(f"{test}: {after[test][1][:3000]}" for test in new),
                pytrace=False,
            )
    assert f"{CHAPTER}/first_example.py" in report, f"the new snippet's test did not run:\n{report}"


SLUG, CHAPTER = "scaffold-check", "scaffold_check"
SUITE = ["tests/test_docs.py", "tests/test_translation.py", "tests/test_links.py", "tests/test_lint.py",
         "tests/test_snippets.py", "tests/test_site.py", "tests/test_hosting.py"]


def caused_by_scaffold(test: str, problem: tuple[str, str], before: dict[str, tuple[str, str]]) -> bool:
    kind, message = problem
    if test in before:  # failing anyway: new only if it now names the new chapter
        return kind == "failure" and (SLUG in message or CHAPTER in message)
    function = test.split("[")[0]
    shared = any(t.split("[")[0] == function and b[0] == "error" for t, b in before.items())
    # A fixture error (the site build) that the other pages had already is not the chapter's doing.
    return not (kind == "error" and shared)


def run_suite(repo: Path) -> tuple[dict[str, tuple[str, str]], str]:
    """Run the suite (snippets: only the new chapter's) in `repo`.
    Returns {test id: (failure or error, message)} and the printed report."""
    env = dict(os.environ, GUIDE_REPO_URL="https://github.com/example/asyncio-guide",
               GUIDE_EDIT_URI="edit/main/docs/", NO_MKDOCS_2_WARNING="1")
    env.pop("GUIDE_SITE_URL", None)
    xml = repo / "report.xml"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider", f"--junitxml={xml}",
         *SUITE, "-k", f"not test_snippet_output or {CHAPTER}"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=900,
    )
    problems = {}
    if xml.is_file():
        # The report of the pytest run just above, not outside input.
        for case in ElementTree.parse(xml).getroot().iter("testcase"):  # noqa: S314
            for kind in ("failure", "error"):
                for node in case.findall(kind):
                    test = f"{case.get('classname', '').replace('.', '/')}.py::{case.get('name')}"
                    problems[test] = (kind, (node.get("message") or "") + "\n" + (node.text or ""))
    if run.returncode != 0 and not problems:
        problems[f"pytest (exit {run.returncode})"] = ("error", run.stdout[-3000:] + run.stderr[-3000:])
    return problems, run.stdout + run.stderr

"""`./guide`: the one command for readers, contributors, the tests and CI.

    ./guide test                      the whole suite, exactly as CI runs it
    ./guide check [CHAPTER ...]       fast: structure, translation, links, and those chapters' snippets
    ./guide run SNIPPET [-p 3.14]     run one example on every Python (or one) and compare its output
    ./guide record [TARGET ...]       re-record outputs (a snippet, a chapter folder, or everything)
    ./guide new PAGE --zh-title T --en-title T [--section S]   a new chapter that passes as created
    ./guide sync PAGE | --all | --status                      record that twins say the same again
    ./guide serve | build             preview with live reload | the offline site and its zip
    ./guide lint [HOOK]               the pre-commit linters on every file
    ./guide links [--http]            every external link, as file:line: url
    ./guide lighthouse [PAGE ...]     Lighthouse's four scores for sample pages
    ./guide bench [--quick]           the echo-server benchmark (about 4 min; writes its data file)
    ./guide pythons                   install CPython 3.13-3.15 if missing; name each Python's release
    ./guide timeline SCRIPT -o OUT.svg [--lang en] [-p 3.13]   draw what the event loop did (guidekit/timeline.py)

Paths are relative to the repository root. `./guide COMMAND --help` tells more.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import guidekit
from guidekit import ROOT

PYTEST = [sys.executable, "-m", "pytest"]
# The quick checks a writer runs while working (no browser, no linters, no site build); README.md and
# docs/ for the ```python blocks on pages, which pytest-codeblocks runs.
QUICK = ["tests/test_docs.py", "tests/test_translation.py", "tests/test_links.py", "tests/test_snippets.py",
         "tests/test_timelines.py", "README.md", "docs"]
RUNS = "(test_snippet_output or test_timeline_matches_its_snippet)"  # the tests that run snippets


def call(cmd: list[str], **kw) -> int:
    return subprocess.run(cmd, cwd=ROOT, check=False, **kw).returncode


def node_packages() -> None:
    """package.json's packages (axe-core for the browser tests, Lighthouse), when the lock changed."""
    npm = shutil.which("npm")
    if npm is None:
        print("warning: npm not found, so no browser tests: install Node.js and npm", file=sys.stderr)
        return
    lock, stamp = ROOT / "package-lock.json", ROOT / "node_modules" / ".installed-package-lock.json"
    if not stamp.is_file() or stamp.read_bytes() != lock.read_bytes():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=ROOT, check=True)
        shutil.copyfile(lock, stamp)


def pythons() -> int:
    """Install what is missing of CPython 3.13-3.15 (guidekit/pythons.sh), then name the patch
    release of each tested Python: asyncio changes in bug-fix releases too, and pages say so."""
    rc = call(["bash", str(ROOT / "guidekit" / "pythons.sh")])
    found, releases = guidekit.interpreters(), guidekit.interpreter_releases()
    for minor in guidekit.TESTED_MINORS:
        if exe := found.get(minor):
            print(f"pythons: 3.{minor} is {releases[minor]} ({exe})")
        else:
            print(f"pythons: 3.{minor} is missing")
    return rc


def snippet_filter(targets: list[str]) -> list[str]:
    """pytest -k for snippets named by path (snippets/x/y.py), folder (snippets/x) or chapter (x)."""
    terms = []
    for target in targets:
        path = Path(target.rstrip("/"))
        if path.suffix in (".py", ".out"):
            stem = path.name.split(".")[0]
            terms.append(f"{path.parent.name}/{stem}.py")
        else:
            terms.append(f"{path.name}/")
    return [f"test_snippet_layout or ({' or '.join(terms)})"] if terms else []


def cmd_test(args: list[str]) -> int:
    node_packages()
    if pythons() != 0:
        print("warning: guidekit/pythons.sh failed: snippets skip the Pythons it could not install "
              "(in CI they fail)", file=sys.stderr)
    return call(PYTEST + args)


def cmd_check(ns) -> int:
    pythons()
    if ns.chapters:
        terms = " or ".join(f"{Path(c.rstrip('/')).name}/" for c in ns.chapters)
        select = ["-k", f"not {RUNS} or {terms}"]
    else:
        select = ["-k", f"not {RUNS}"]
    return call(PYTEST + ["-q", *QUICK, *select])


def cmd_record(ns) -> int:
    pythons()
    code = call(PYTEST + ["-q", "tests/test_snippets.py", "tests/test_timelines.py", "--update-outputs",
                          *(["-k", *snippet_filter(ns.targets)] if ns.targets else [])])
    call(["git", "status", "--short", "--", "snippets/", "docs/assets/timelines/"])
    print("Review the recorded changes with: git diff snippets/ docs/assets/timelines/")
    return code


def cmd_run(ns) -> int:
    path = (ROOT / ns.snippet).resolve()
    if not path.is_file() or path.suffix != ".py":
        raise SystemExit(f"error: {ns.snippet}: no such snippet (give snippets/<chapter>/<name>.py)")
    snip = guidekit.load_snippet(path)
    if snip.problems:
        raise SystemExit("\n".join(snip.problems))
    pythons_here = guidekit.interpreters()
    minors = [int(v.split(".")[1]) for v in ns.python] if ns.python else snip.tested_minors
    status = drifted = 0
    for minor in minors:
        exe = pythons_here.get(minor)
        if exe is None:
            print(f"== Python 3.{minor}: not on this machine ({guidekit.PYTHONS_HINT})")
            status = 1
            continue
        run = guidekit.run_snippet(snip, exe)
        recorded = snip.output_for(minor)
        same = recorded is not None and guidekit.masked(run.stdout) == guidekit.masked(
            recorded.path.read_text(encoding="utf-8"))
        verdict = (f"matches {recorded.path.name}" if same else
                   f"differs from {recorded.path.name}" if recorded else "nothing recorded")
        code = "killed after the timeout" if run.returncode is None else f"exit {run.returncode}"
        print(f"== Python 3.{minor}: {code}, {run.seconds:.1f} s, output {verdict}")
        print(run.stdout, end="" if run.stdout.endswith("\n") or not run.stdout else "\n")
        if run.stderr.strip():
            print(f"-- stderr --\n{run.stderr}", end="")
        leaked = snip.stderr == "fail" and bool(run.stderr.strip())
        if leaked:  # the test fails such a run: a warning, a leak, or a slow-step report (a blocked loop)
            print("-- the test fails this run: its stderr must stay empty ('Executing ... took' means a "
                  "blocked loop, a warning means a leak)")
        status |= not same or run.returncode != 0 or leaked
        drifted |= not same
    if drifted:
        print(f"\nIf the new output is right: {guidekit.update_hint(snip.rel)}")
    return status


def cmd_timeline(ns) -> int:
    from guidekit import timeline

    python = guidekit.interpreters().get(int(ns.python.split(".")[1])) if ns.python.startswith("3.") else ns.python
    if python is None:
        raise SystemExit(f"error: Python {ns.python} is not on this machine ({guidekit.PYTHONS_HINT})")
    return timeline.draw(ns.script, ns.output, ns.lang, python)


def cmd_sync(ns) -> int:
    from guidekit import translation

    if ns.status:
        statuses = translation.all_statuses()
        print("\n".join(translation.summary(statuses)))
        for st in statuses:
            if not st.in_sync:
                print(translation.explain(st))
        return 0 if all(st.in_sync for st in statuses) else 1
    if ns.all == bool(ns.pages):
        raise SystemExit("error: name the pages to sync (./guide sync tasks), or pass --all (or --status)")
    pairs = guidekit.page_pairs()[0] if ns.all else [page_pair(p) for p in ns.pages]
    for zh, en in pairs:
        problems = guidekit.mirror_problems(zh, en)
        if problems:  # a sync records "these two say the same": they must at least line up
            print(f"not synced, fix the mirror first: {problems[0]}", file=sys.stderr)
            return 1
        changed = translation.sync(zh, en)
        state = "synced: " + ", ".join(guidekit.rel(p) for p in changed) if changed else "already in sync"
        print(f"{translation.page_name(zh)}: {state}")
    return 0


def page_pair(arg: str) -> tuple[Path, Path]:
    name = arg.removeprefix("docs/")
    for suffix in (".zh.md", ".en.md", ".md"):
        name = name.removesuffix(suffix)
    zh, en = guidekit.DOCS / f"{name}.zh.md", guidekit.DOCS / f"{name}.en.md"
    missing = [guidekit.rel(p) for p in (zh, en) if not p.is_file()]
    if missing:
        raise SystemExit(f"error: {', '.join(missing)} not found; name a page as in docs/<page>.zh.md")
    return zh, en


def cmd_links(ns) -> int:
    from guidekit import links

    found = [link for link in links.external_links() if not link.local]
    if ns.http:
        found = [link for link in found if not link.url.lower().startswith("https://")]
    for link in found:
        print(f"{link.where}: {link.url}")
    return 1 if ns.http and found else 0


def mkdocs(*args: str) -> int:
    return call([sys.executable, "-m", "mkdocs", *args], env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))


def cmd_serve(args: list[str]) -> int:
    print("Open http://127.0.0.1:8000/ (中文) or http://127.0.0.1:8000/en/ (English). "
          "Pages, snippets and outputs rebuild on change. Ctrl+C stops.")
    return mkdocs("serve", "--dev-addr", "127.0.0.1:8000", *args)


def cmd_build(args: list[str]) -> int:
    # The build zips the site into site/asyncio-guide-offline.zip (hooks/offline_zip.py), which is
    # published with it and linked from the home page; a copy lands in the repository root.
    code = mkdocs("build", "--strict", "--clean", "--site-dir", "site", *args)
    if code == 0:
        shutil.copyfile(ROOT / "site" / "asyncio-guide-offline.zip", ROOT / "asyncio-guide-offline.zip")
        print("Built site/ (open site/index.html) and asyncio-guide-offline.zip "
              "(unzip it, open asyncio-guide/index.html)")
    return code


def cmd_lint(ns) -> int:
    return call([sys.executable, "-m", "pre_commit", "run", *([ns.hook] if ns.hook else []), "--all-files"])


def cmd_lighthouse(args: list[str]) -> int:
    from guidekit import lighthouse

    node_packages()
    return lighthouse.main(args)


def cmd_bench(args: list[str]) -> int:
    """benchmarks/echo/run.py with its pinned dependencies (not part of the test suite)."""
    return call([guidekit.uv(), "run", "--quiet", "benchmarks/echo/run.py", *args])


def cmd_new(args: list[str]) -> int:
    from guidekit import scaffold

    return scaffold.main(args)


# Commands that hand all their arguments to another tool (pytest, mkdocs, the scaffold).
PASSTHROUGH = {"test": cmd_test, "serve": cmd_serve, "build": cmd_build, "lighthouse": cmd_lighthouse,
               "new": cmd_new, "bench": cmd_bench}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in PASSTHROUGH:
        return PASSTHROUGH[argv[0]](argv[1:])
    if argv and argv[0] == "pythons":
        return pythons()
    parser = argparse.ArgumentParser(prog="./guide", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (*PASSTHROUGH, "pythons"):
        sub.add_parser(name, help="see above", add_help=False)
    p = sub.add_parser("check", help="structure, translation, links and some chapters' snippets")
    p.add_argument("chapters", nargs="*", help="chapter folders under snippets/ (default: no snippets)")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("run", help="run one snippet on every Python it supports and compare")
    p.add_argument("snippet")
    p.add_argument("-p", "--python", action="append", metavar="3.X", help="only this version (repeatable)")
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("record", help="re-record outputs from fresh runs on every Python")
    p.add_argument("targets", nargs="*", help="snippets/x/y.py, snippets/x or x (default: all)")
    p.set_defaults(func=cmd_record)
    p = sub.add_parser("timeline", help="run a script and draw what its event loop did, as an SVG")
    p.add_argument("script", help="any asyncio script (it runs unmodified)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.svg")
    p.add_argument("--lang", choices=guidekit.LANGS, default="zh", help="labels and description (default: zh)")
    p.add_argument("-p", "--python", default=sys.executable, metavar="3.X|PATH", help="run it on this Python")
    p.set_defaults(func=cmd_timeline)
    p = sub.add_parser("sync", help="record that a page's twins are in line")
    p.add_argument("pages", nargs="*", help="page names (tasks) or paths of either twin")
    p.add_argument("--all", action="store_true", help="every page pair")
    p.add_argument("--status", action="store_true", help="only report; exit 1 if a pair is behind")
    p.set_defaults(func=cmd_sync)
    p = sub.add_parser("links", help="list external links")
    p.add_argument("--http", action="store_true", help="only those that are not https (exit 1 if any)")
    p.set_defaults(func=cmd_links)
    p = sub.add_parser("lint", help="run the pre-commit linters on every file")
    p.add_argument("hook", nargs="?", help="one hook id from .pre-commit-config.yaml")
    p.set_defaults(func=cmd_lint)
    if not argv or argv[0] == "help":
        parser.print_help()
        return 0
    ns = parser.parse_args(argv)
    return ns.func(ns)

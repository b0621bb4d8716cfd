"""Record that a page's two languages are in line again, or show which twins have fallen behind.

    python scripts/sync_translation.py tasks            # after bringing docs/tasks.*.md in line
    python scripts/sync_translation.py docs/tasks.zh.md # the same, naming either twin
    python scripts/sync_translation.py --all            # every page pair (e.g. after integrating)
    python scripts/sync_translation.py --status         # report only; exit 1 if any pair is behind

Syncing writes `twin_hash: <hash of the twin's text>` into the front matter of both twins, on
the same line. tests/test_translation.py fails when a twin changed after its last sync.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import guide  # noqa: E402
import translation  # noqa: E402


def pair_for(arg: str) -> tuple[Path, Path]:
    name = arg.removeprefix("docs/")
    for suffix in (".zh.md", ".en.md", ".md"):
        name = name.removesuffix(suffix)
    zh, en = guide.DOCS / f"{name}.zh.md", guide.DOCS / f"{name}.en.md"
    missing = [guide.rel(p) for p in (zh, en) if not p.is_file()]
    if missing:
        raise SystemExit(f"error: {', '.join(missing)} not found; name a page as in docs/<page>.zh.md")
    return zh, en


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="*", help="page names (tasks) or paths of either twin")
    parser.add_argument("--all", action="store_true", help="sync every page pair under docs/")
    parser.add_argument("--status", action="store_true", help="only report; exit 1 if a pair is behind")
    args = parser.parse_args(argv)

    if args.status:
        statuses = translation.all_statuses()
        print("\n".join(translation.summary(statuses)))
        for st in statuses:
            if not st.in_sync:
                print(translation.explain(st))
        return 0 if all(st.in_sync for st in statuses) else 1
    if args.all == bool(args.pages):
        parser.error("name the pages to sync, or pass --all (or --status to only report)")
    pairs = guide.page_pairs()[0] if args.all else [pair_for(p) for p in args.pages]
    for zh, en in pairs:
        problems = guide.mirror_problems(zh, en)
        if problems:  # a sync records "these two say the same": they must at least line up
            print(f"not synced, fix the mirror first: {problems[0]}", file=sys.stderr)
            return 1
        changed = translation.sync(zh, en)
        state = "synced: " + ", ".join(guide.rel(p) for p in changed) if changed else "already in sync"
        print(f"{translation.page_name(zh)}: {state}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""List every external link in docs/, README.md and .github/*.md, as file:line: url.

    python scripts/external_links.py          # all of them
    python scripts/external_links.py --http   # only those that are not https (tests fail on them)

Links to this machine (http://127.0.0.1:8000/ for mkdocs serve) are local, not external.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import links  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--http", action="store_true", help="only the links that are not https")
    args = parser.parse_args(argv)
    found = [link for link in links.external_links() if not link.local]
    if args.http:
        found = [link for link in found if not link.url.lower().startswith("https://")]
    for link in found:
        print(f"{link.where}: {link.url}")
    return 1 if args.http and found else 0


if __name__ == "__main__":
    sys.exit(main())

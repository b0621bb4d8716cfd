"""Lighthouse scores of sample pages in both languages: performance, accessibility, best
practices, SEO. Run it with `./guide lighthouse` (installs what it needs).

The site is built into a temporary folder (or taken from --site) and served on 127.0.0.1 the way
a static host serves it: gzip for text, `Cache-Control: max-age=600` (what GitHub Pages sends).
Lighthouse (npm, pinned in package.json) drives Debian's chromium (CHROME_PATH, default
/usr/bin/chromium) with its default mobile settings, one page at a time. Performance numbers vary
with the load of the machine; use --min to turn the report into a check.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = ("--headless --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run")
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
PAGES = ["index.html", "why-async.html", "tasks.html", "en/index.html", "en/why-async.html", "en/tasks.html"]
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}


class StaticHost(SimpleHTTPRequestHandler):
    """Serves files like a static host: gzip when the client accepts it, a 10-minute cache."""

    def log_message(self, *args):
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (gzip_ok and path.suffix in COMPRESSED and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)


class _Body:
    def __init__(self, data: bytes):
        self.data = data

    def read(self, *args) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a connection the browser dropped


def build(site: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
                   cwd=ROOT, env=env, check=True)


def audit(url: str, preset: str | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        cmd = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
               f"--chrome-flags={CHROME_FLAGS}", f"--only-categories={','.join(CATEGORIES)}"]
        if preset:
            cmd.append(f"--preset={preset}")
        env = dict(os.environ, CHROME_PATH=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
        subprocess.run(cmd, check=True, env=env, timeout=300)
        return json.loads(report.read_text(encoding="utf-8"))


def shortfalls(report: dict) -> list[str]:
    """The audits that cost points: weighted ones below a full score."""
    found = []
    for name, category in report["categories"].items():
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit.get("score") is not None and audit["score"] < 1:
                value = f" ({audit['displayValue']})" if audit.get("displayValue") else ""
                found.append(f"{name}: {ref['id']} {audit['score']:.2f}{value}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./guide lighthouse", description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", default=PAGES, help=f"site paths (default: {' '.join(PAGES)})")
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--preset", choices=["desktop", "perf", "experimental"],
                        help="Lighthouse preset (default: its mobile settings)")
    parser.add_argument("--min", type=int, metavar="SCORE",
                        help="exit 1 if any score of any page is below SCORE (0-100)")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE.relative_to(ROOT)} is missing: run `npm ci` (or ./guide lighthouse)")

    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            print("Building the site ...", flush=True)
            build(site)
        httpd = QuietServer(("127.0.0.1", 0), functools.partial(StaticHost, directory=str(site)))
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{httpd.server_port}/"
        header = f"{'page':<24}" + "".join(f"{c:>16}" for c in CATEGORIES)
        print(header, flush=True)
        lowest, notes = 100, []
        try:
            for page in args.pages:
                report = audit(base + page, args.preset)
                scores = [round(100 * report["categories"][c]["score"]) for c in CATEGORIES]
                lowest = min(lowest, *scores)
                print(f"{page:<24}" + "".join(f"{s:>16}" for s in scores), flush=True)
                notes += [f"  {page}: {note}" for note in shortfalls(report)]
        finally:
            httpd.shutdown()
            httpd.server_close()
    if notes:
        print("\nWhat cost points:\n" + "\n".join(notes))
    if args.min is not None and lowest < args.min:
        print(f"\nA score is below {args.min}.")
        return 1
    return 0


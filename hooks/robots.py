"""robots.txt for the published site: everything may be crawled, and where the sitemap is.

Crawlers read robots.txt only at the root of a host, so it matters when the guide is served from
a domain of its own. Without site_url (a local or offline build) the sitemap's addresses are
unknown, and the file says only that everything may be crawled.
"""

from __future__ import annotations

from pathlib import Path


def on_post_build(*, config) -> None:
    lines = ["User-agent: *", "Allow: /"]
    if config.site_url:
        lines.append(f"Sitemap: {config.site_url.rstrip('/')}/sitemap.xml")
    (Path(config.site_dir) / "robots.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

"""Put the offline site, zipped, inside the site: <site>/asyncio-guide-offline.zip.

The home pages link to it with a plain relative link, `[...](asyncio-guide-offline.zip)`, which
MkDocs validates like any other: this hook adds the file to the documentation files (an empty
placeholder during the build), and once every language is built and the search index inlined,
replaces it with the zip of the whole site. `mkdocs serve` keeps the placeholder.

Inside the zip the site sits in asyncio-guide/ (open asyncio-guide/index.html). The zip cannot
hold itself, so its copies of the download link point at the published zip when site_url is set
(the publish workflow sets it), and stay relative otherwise.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

NAME = "asyncio-guide-offline.zip"
FOLDER = "asyncio-guide"
_command = "build"


def on_startup(command, dirty):
    global _command
    _command = command


@event_priority(-200)  # after mkdocs-static-i18n (-100) has chosen each language's files
def on_files(files, config):
    if files.get_file_from_path(NAME) is None:
        files.append(File.generated(config, NAME, content=b""))
    return files


@event_priority(-1000)  # after i18n built the other languages and offline inlined the index
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if _command == "serve" or getattr(i18n, "building", False):
        return  # live preview, or one language's build inside the i18n plugin's outer build
    site = Path(config.site_dir)
    target = site / NAME
    online = (config.site_url or "").rstrip("/")
    partial = target.with_name(NAME + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(site.rglob("*")):
            if path.is_dir() or path in (target, partial):
                continue
            arcname = f"{FOLDER}/{path.relative_to(site).as_posix()}"
            if path.suffix == ".html" and online:
                text = path.read_text(encoding="utf-8")
                for prefix in ("", "../"):
                    text = text.replace(f'href="{prefix}{NAME}"', f'href="{online}/{NAME}"')
                zf.writestr(arcname, text)
            else:
                zf.write(path, arcname)
    partial.replace(target)

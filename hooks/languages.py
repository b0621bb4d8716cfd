"""Each language reads as a site of its own: its own search index, no cross-language noise.

mkdocs-static-i18n builds the default language at the site root and every other language
under /<locale>/, but the search plugin writes ONE index (search/search_index.json, inlined
into search/search_index.js by the offline plugin) holding every language, so an English
reader searching for "task" would get Chinese pages too. This hook, run after both plugins:

- splits that index into one per language: <locale>/search/search_index.json and .js,
  the default language's staying at search/ (locations made relative to the language's root);
- points the pages of each non-default language at their own index: Material's search loads
  "search/search_index.json" (or .js from file://) relative to `base` in the page's
  #__config JSON, and resolves result locations against it, so that base gets "/<locale>/";
- drops the <link rel="alternate" hreflang> tags from <head>: their hrefs are relative (the site
  must open from file://), which search engines ignore and Lighthouse flags, and Material
  fetches <alternate>/sitemap.xml for each, which fails from file:// (console errors) and 404s
  for /<locale>/sitemap.xml. The visible language switch (<a hreflang>) stays as it is, and
  sitemap.xml lists each page's twin (xhtml:link hreflang, absolute once site_url is set).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
HEAD_ALTERNATE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')


def _other_locales(config) -> list[str]:
    """Locales built under /<locale>/ (all but the default one)."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return []
    return [lang.locale for lang in i18n.config.languages if lang.build and not lang.default]


def _locale_of(url: str, locales: list[str]) -> str | None:
    return next((loc for loc in locales if url.startswith(f"{loc}/")), None)


def _script_json(data) -> str:
    # The same escaping as Jinja's tojson, so the JSON cannot close its <script> element.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@event_priority(-200)  # after every plugin: mkdocstrings adds its stylesheet again for each language's build
def on_config(config):
    config.extra_css[:] = list(dict.fromkeys(config.extra_css))
    return config


def on_post_template(output: str, *, template_name, config) -> str:  # 404.html
    return HEAD_ALTERNATE.sub("", output) if template_name.endswith(".html") else output


def on_post_page(output: str, *, page, config) -> str:
    output = HEAD_ALTERNATE.sub("", output)
    locale = _locale_of(page.url, _other_locales(config))
    if locale is None:
        return output

    def rebase(match: re.Match) -> str:
        data = json.loads(match[2])
        data["base"] = data["base"].rstrip("/") + f"/{locale}/"
        return match[1] + _script_json(data) + match[3]

    output, found = CONFIG.subn(rebase, output, count=1)
    if not found:
        raise RuntimeError(f"{page.url}: no #__config script; the theme changed, update hooks/languages.py")
    return output


# After mkdocs-static-i18n (which writes the merged index at -100, at the end of the last
# language's build) and the offline plugin (-100, inlines it). Earlier calls, at the end of
# each language's own build, see a partial index: harmless, the last call rewrites everything.
@event_priority(-110)
def on_post_build(*, config) -> None:
    site = Path(config.site_dir)
    merged = site / "search" / "search_index.json"
    if not merged.is_file():
        return
    index = json.loads(merged.read_text(encoding="utf-8"))
    offline = (site / "search" / "search_index.js").is_file()
    locales = _other_locales(config)
    docs: dict[str | None, list] = {None: [], **{loc: [] for loc in locales}}
    for doc in index["docs"]:
        locale = _locale_of(doc["location"], locales)
        if locale:
            doc = dict(doc, location=doc["location"][len(locale) + 1:])
        docs[locale].append(doc)
    for locale, entries in docs.items():
        lang = index["config"]["lang"]
        if locale is not None:  # English terms are everywhere; the locale's own stemmer too
            lang = [code for code in lang if code in ("en", locale)] or ["en"]
        data = json.dumps({"config": dict(index["config"], lang=lang), "docs": entries},
                          ensure_ascii=False, separators=(",", ":"))
        folder = site / locale / "search" if locale else site / "search"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "search_index.json").write_text(data, encoding="utf-8")
        if offline:
            (folder / "search_index.js").write_text(f"var __index = {data}", encoding="utf-8")

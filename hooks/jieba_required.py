"""Fail the build when jieba is missing.

Material's search plugin segments Chinese text with jieba only if it can import it, and
otherwise builds a search index in which Chinese words cannot be found, without a word.
"""

from mkdocs.exceptions import PluginError


def on_config(config):
    try:
        import jieba  # noqa: F401
    except ImportError as exc:
        raise PluginError(
            "jieba is not installed, so Chinese search would silently break; "
            "install the pinned toolchain: python -m pip install -r requirements.txt"
        ) from exc
    return config

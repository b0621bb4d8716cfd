"""Fail the build when jieba is missing, and teach it the guide's own words.

Material's search plugin segments Chinese text with jieba only if it can import it, and
otherwise builds a search index in which Chinese words cannot be found, without a word.

hooks/jieba_dict.txt lists words that jieba would split but readers search as one, one a
line: "任务组" (task group) would become 任务 + 组, and searching it would find every page
about tasks before the TaskGroup chapter. (Loaded here rather than with the search plugin's
jieba_dict_user option, whose path is relative to the working directory.)
"""

from pathlib import Path

from mkdocs.exceptions import PluginError

USER_DICT = Path(__file__).with_name("jieba_dict.txt")


def on_config(config):
    try:
        import jieba
    except ImportError as exc:
        raise PluginError(
            "jieba is not installed, so Chinese search would silently break; "
            "install the pinned toolchain: python -m pip install -r requirements.txt"
        ) from exc
    jieba.load_userdict(str(USER_DICT))
    return config

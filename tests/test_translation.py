"""Translation status: no page may fall behind its twin (see guidekit/translation.py)."""

from __future__ import annotations

import pytest

import guidekit
from guidekit import translation


def test_twins_are_in_sync():
    stale = [translation.explain(st) for st in translation.all_statuses() if not st.in_sync]
    if stale:
        pytest.fail(
            "translation status: these twins are not in sync. Bring each pair in line (translate "
            "what changed), then record it with the command shown:\n" + "\n".join(stale),
            pytrace=False,
        )


ZH = "---\ndescription: 一句话。\n---\n\n# 标题\n\n第一段。\n"
EN = "---\ndescription: One sentence.\n---\n\n# Title\n\nFirst paragraph.\n"


def make_pair(tmp_path, zh=ZH, en=EN):
    pages = tmp_path / "x.zh.md", tmp_path / "x.en.md"
    pages[0].write_text(zh, encoding="utf-8")
    pages[1].write_text(en, encoding="utf-8")
    return pages


def test_sync_records_each_twin_on_the_same_line(tmp_path):
    zh, en = make_pair(tmp_path)
    assert not translation.status(zh, en).in_sync  # never synced
    assert translation.sync(zh, en) == [zh, en]
    assert translation.status(zh, en).in_sync
    assert translation.sync(zh, en) == []  # idempotent
    zh_lines, en_lines = zh.read_text(encoding="utf-8").splitlines(), en.read_text(encoding="utf-8").splitlines()
    assert zh_lines[2].startswith("twin_hash: ") and en_lines[2].startswith("twin_hash: ")
    assert not guidekit.mirror_problems(zh, en)


def test_an_edit_puts_the_twin_behind_until_the_next_sync(tmp_path):
    zh, en = make_pair(tmp_path)
    translation.sync(zh, en)
    zh.write_text(zh.read_text(encoding="utf-8").replace("第一段。", "改过的第一段。"), encoding="utf-8")
    st = translation.status(zh, en)
    assert st.behind == ["en"]
    message = translation.explain(st)
    assert f"{en} has fallen behind" in message and "./guide sync x" in message
    en.write_text(en.read_text(encoding="utf-8").replace("First", "The changed first"), encoding="utf-8")
    assert translation.status(zh, en).behind == ["zh", "en"]
    translation.sync(zh, en)
    assert translation.status(zh, en).in_sync


def test_a_page_without_front_matter_gets_one(tmp_path):
    zh, en = make_pair(tmp_path, zh="# 标题\n", en="# Title\n")
    translation.sync(zh, en)
    assert zh.read_text(encoding="utf-8").startswith("---\ntwin_hash: ")
    assert translation.status(zh, en).in_sync

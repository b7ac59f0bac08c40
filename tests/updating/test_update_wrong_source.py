"""tm update refuses a NEW_SOURCE that cannot be the revised source of the PO (R4-19).

The Chinese edition given for the revised English, or a text sharing no
sentence with the PO, turned every translation obsolete and rewrote the PO
in place with exit 0 (ids and the aligner's notes gone).  Both are refused
with one line, exit 2, the PO byte for byte as it was; ``-o`` still writes
a merge that keeps nothing, elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_tm

PO = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: zh_CN\\n"

#. id: s0d2d1f6a
msgid "The ferry leaves at noon."
msgstr "渡轮中午出发。"

msgid "Tickets are sold on board."
msgstr "船上售票。"
'''


@pytest.mark.parametrize("source", [
    "渡轮中午出发。船上售票。\n",                                   # the translation itself
    "Der Zug fährt um acht Uhr ab. Fahrkarten gibt es im Zug.\n",   # another document
    "",                                                              # a failed export
])
def test_a_source_that_is_not_the_revision_leaves_the_po_as_it_was(
        tmp_path: Path, source: str) -> None:
    po, text = tmp_path / "ferry.po", tmp_path / "new.txt"
    po.write_text(PO, encoding="utf-8")
    text.write_text(source, encoding="utf-8")
    result = run_tm("update", str(text), "--po", str(po))
    assert result.code == 2 and result.err.startswith(f"tm: error: {text}: "), result.err
    assert result.err.count("\n") == 1
    assert po.read_text(encoding="utf-8") == PO


def test_a_chinese_source_is_refused_even_in_a_dry_run(tmp_path: Path) -> None:
    po, text = tmp_path / "ferry.po", tmp_path / "zh.txt"
    po.write_text(PO, encoding="utf-8")
    text.write_text("渡轮下午出发。\n", encoding="utf-8")
    result = run_tm("update", str(text), "--po", str(po), "--dry-run")
    assert result.code == 2 and "written in Chinese" in result.err, result.err


def test_a_revision_keeping_one_sentence_is_written_in_place(tmp_path: Path) -> None:
    po, text = tmp_path / "ferry.po", tmp_path / "new.txt"
    po.write_text(PO, encoding="utf-8")
    text.write_text("The ferry leaves at noon. Pets travel free on the Zhoushan line.\n",
                    encoding="utf-8")
    assert run_tm("update", str(text), "--po", str(po), "-q").code == 0
    assert "Pets travel free" in po.read_text(encoding="utf-8")


LONG_PO = PO + "".join(f'\nmsgid "Stop {n} is on the pier."\nmsgstr "第{n}站在码头。"\n'
                       for n in range(1, 12))


def test_a_source_carrying_almost_none_of_the_translations_is_refused_unless_forced(
        tmp_path: Path) -> None:
    # Another text that repeats one line of the PO (here 1 of 13 translations) kept that
    # one and made the other twelve obsolete in place, exit 0.
    po, text = tmp_path / "ferry.po", tmp_path / "other.txt"
    po.write_text(LONG_PO, encoding="utf-8")
    text.write_text("The ferry leaves at noon.\nThe museum opens at nine.\n", encoding="utf-8")
    result = run_tm("update", str(text), "--po", str(po))
    assert result.code == 2 and "shares almost nothing (1 entries)" in result.err, result.err
    assert "12 of its 13 translated entries" in result.err
    assert po.read_text(encoding="utf-8") == LONG_PO
    assert run_tm("update", str(text), "--po", str(po), "--force", "-q").code == 0
    assert "The museum opens at nine." in po.read_text(encoding="utf-8")


def test_a_japanese_source_is_not_taken_for_the_chinese_translation(tmp_path: Path) -> None:
    """Review V-21: Japanese prose is mostly kanji, so the Han share alone called a ja→zh
    catalog's revised Japanese source "written in Chinese"; kana says it is not."""
    po, text = tmp_path / "ja.po", tmp_path / "ja.txt"
    po.write_text(PO.replace('"Language: zh_CN\\n"', '"Language: zh_CN\\n"\n'
                             '"X-Source-Language: ja\\n"'), encoding="utf-8")
    text.write_text("東京都知事選挙の結果を発表した。投票率は過去最低の水準となった。\n",
                    encoding="utf-8")
    result = run_tm("update", str(text), "--po", str(po), "--dry-run")
    assert "written in Chinese" not in result.err, result.err

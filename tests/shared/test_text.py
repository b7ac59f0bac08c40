"""tm._shared.text and tm._shared.script: the text keys and script classes every stage shares."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from rows import every_row
from tm._shared.script import CJK, HAN, han_ratio, has_han, is_cjk, is_han
from tm._shared.text import fold_for_matching, fold_width, sentence_key


@every_row(("text", "folded"), [
    ("２０１６年", "2016年"),
    ("ＡＢＣ ａｂｃ", "ABC abc"),
    ("７２．５％", "72.5%"),
    ("中关村\u3000创业大街", "中关村 创业大街"),
    ("，。！？", ",。!?"),
    ("already ascii", "already ascii"),
    ("“引号”《书名》", "“引号”《书名》"),
])
def test_fold_width(text: str, folded: str) -> None:
    assert fold_width(text) == folded


@given(st.text())
def test_fold_width_keeps_length_and_is_idempotent(text: str) -> None:
    folded = fold_width(text)
    assert len(folded) == len(text)
    assert fold_width(folded) == folded


@every_row(("text", "key"), [
    ("  Inno\n\tWay  ", "Inno Way"),
    ("Cafe\u0301", "Café"),
    ("３Ｗ咖啡\u3000 店", "３Ｗ咖啡 店"),   # width is kept: the key is the sentence, not a fold
    ("", ""),
])
def test_sentence_key(text: str, key: str) -> None:
    assert sentence_key(text) == key


@every_row(("char", "han"), [
    ("中", True), ("〇", True), ("\U00020000", True), ("\U0002A6DF", True), ("\u3400", True),
    ("\U0002F800", True), ("\uF900", True),
    ("A", False), ("。", False), ("ア", False), ("한", False), ("1", False), ("😀", False),
])
def test_is_han(char: str, han: bool) -> None:
    assert is_han(char) is han
    assert (re.fullmatch(f"[{HAN}]", char) is not None) is han  # the class says the same


@every_row(("char", "cjk"), [
    ("中", True), ("〇", True), ("ア", True), ("한", True), ("。", True), ("，", True),
    ("Ａ", True), ("A", False), ("é", False), ("😀", False), ("🎉", False), ("—", False),
])
def test_is_cjk(char: str, cjk: bool) -> None:
    assert is_cjk(char) is cjk
    assert (re.fullmatch(f"[{CJK}]", char) is not None) is cjk


def test_script_ratio() -> None:
    assert has_han("3W咖啡") and not has_han("3W Cafe")
    assert han_ratio("中文ab") == 0.5
    assert han_ratio("123 !") == 0.0


@every_row(("text", "keep", "folded"), [
    ("３Ｗ 咖啡", False, "3w咖啡"), ("Inno  Way", True, "inno  way"), ("ﬁle", False, "file"),
    ("Straße", False, "strasse"),
])
def test_fold_for_matching(text: str, keep: bool, folded: str) -> None:
    got, offsets = fold_for_matching(text, keep_spaces=keep)
    assert got == folded
    assert len(offsets) == len(got)
    assert all(0 <= o < len(text) for o in offsets) and list(offsets) == sorted(offsets)


@given(st.text(max_size=30))
def test_fold_for_matching_maps_every_character_back(text: str) -> None:
    folded, offsets = fold_for_matching(text)
    assert len(offsets) == len(folded)
    assert all(not text[o].isspace() for o in offsets)


def test_one_rule_joins_sentences_for_the_aligner_and_for_pretranslate() -> None:
    """An aligned 2-1 unit is stored with joined_text; pretranslate asks with the same text.

    (Review of stop 23: pretranslate joined Chinese with spaces for line breaks,
    so a stored 第二句 never matched an entry written 第二\\n句.)
    """
    from tm._shared.text import joined_text
    from tm.alignment import join_sentences
    cases = (("zh-CN", ["第一句。", "第二\n句。"]), ("en", ["One  two.", "Three\nfour."]))
    for lang, texts in cases:
        assert join_sentences(texts, lang) == joined_text(texts, lang)
    assert joined_text(["第一句。", "第二\n句。"], "zh-CN") == "第一句。第二句。"
    assert joined_text(["One  two.", "Three\nfour."], "en") == "One two. Three four."

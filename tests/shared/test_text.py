"""tm._shared.text: normalization and character classes shared by every stage."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tm._shared.text import (
    BRACKETS,
    CLOSING,
    OPENING,
    SENTENCE_FINAL,
    collapse_whitespace,
    fold_width,
    han_ratio,
    has_han,
    is_han,
    is_latin,
    is_punctuation,
    nfc,
    normalize,
)


@pytest.mark.parametrize(("text", "folded"), [
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


@pytest.mark.parametrize(("text", "key"), [
    ("  Inno\n\tWay  ", "Inno Way"),
    ("Cafe\u0301", "Café"),
    ("３Ｗ咖啡\u3000 店", "3W咖啡 店"),
    ("", ""),
])
def test_normalize(text: str, key: str) -> None:
    assert normalize(text) == key


def test_nfc_and_collapse() -> None:
    assert nfc("e\u0301") == "é"
    assert collapse_whitespace(" a \n b ") == "a b"


@pytest.mark.parametrize(("char", "han"), [
    ("中", True), ("〇", True), ("\U00020000", True), ("\U0002A6DF", True), ("\u3400", True),
    ("A", False), ("。", False), ("ア", False), ("한", False), ("1", False),
])
def test_is_han(char: str, han: bool) -> None:
    assert is_han(char) is han


@pytest.mark.parametrize(("char", "latin"), [
    ("a", True), ("Ｚ", True), ("é", True), ("中", False), ("1", False), ("α", False),
])
def test_is_latin(char: str, latin: bool) -> None:
    assert is_latin(char) is latin


def test_script_ratio() -> None:
    assert has_han("3W咖啡") and not has_han("3W Cafe")
    assert han_ratio("中文ab") == 0.5
    assert han_ratio("123 !") == 0.0


def test_punctuation_classes() -> None:
    assert all(BRACKETS[o] in CLOSING for o in OPENING)
    assert {"（", "《", "“", "【"} <= OPENING and {"）", "》", "”", "】"} <= CLOSING
    assert {"。", "？", "！", ".", "?"} <= SENTENCE_FINAL
    assert is_punctuation("，") and is_punctuation("、") and not is_punctuation("中")

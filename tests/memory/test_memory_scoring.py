"""The match score, the index bounds, placeables and the query/match diff."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from rows import every_row
from tm.memory import _matching as matching
from tm.memory import _memory as memory
from tm.memory import _placeables as placeables
from tm.memory._matching import length_window, match_tokens, max_distance, score
from tm.memory._placeables import adapt, diff_tokens


@every_row(("text", "tokens"), [
    ("In 2016, sales grew 53.96 percent.", ["in", "2016", "sales", "grew", "53.96", "percent"]),
    ("Don't panic!", ["don't", "panic"]),
    ("商店9点开门。", ["商", "店", "9", "点", "开", "门"]),
    ("访问Inno Way。", ["访", "问", "inno", "way"]),
    ("２０１７年", ["2017", "年"]),
    ("...", [".", ".", "."]),
    ("", []),
])
def test_match_tokens(text: str, tokens: list[str]) -> None:
    assert match_tokens(text) == tokens


@every_row(("a", "b", "expected"), [
    ("Save the file.", "Save the file.", 100),
    ("Save the file.", "save the file.", 99),
    ("Save the file.", "Save the file", 99),
    ("Save the file.", "Save the file!", 99),
    ("Save the file.", "save the file", 98),
    ("Save the file.", "Save  the\tfile.", 100),    # whitespace is free
    ("Save the file.", "Save a file.", 66),
    ("Save the file.", "Open a folder.", 0),
    ("保存文件。", "保存文件，", 99),
    ("保存文件。", "保存该文件。", 80),
    ("保存文件。", "保存文件.", 99),                  # full-width vs half-width stop
])
def test_score_table(a: str, b: str, expected: int) -> None:
    assert score(a, b).value == expected


@every_row(("m", "threshold", "window"), [
    (10, 70, (7, 14)), (10, 100, (10, 10)), (1, 50, (1, 2)), (3, 1, (1, 300)),
])
def test_length_window(m: int, threshold: int, window: tuple[int, int]) -> None:
    assert length_window(m, threshold) == window


@given(m=st.integers(1, 60), n=st.integers(1, 60), t=st.integers(1, 100))
def test_window_agrees_with_distance_bound(m: int, n: int, t: int) -> None:
    """A length outside the window cannot reach the threshold, and vice versa."""
    lo, hi = length_window(m, t)
    reachable = abs(m - n) <= max_distance(m, n, t)
    assert reachable == (lo <= n <= hi)


def test_length_window_rejects_bad_thresholds() -> None:
    with pytest.raises(ValueError):
        length_window(5, 0)


@every_row(("query", "source", "target", "adapted"), [
    ("In 2017, revenue rose.", "In 2016, revenue rose.", "2016年，收入增长。",
     "2017年，收入增长。"),
    ("In 2017, sales reached 60 billion yuan.", "In 2016, sales reached 53.96 billion yuan.",
     "2016年，销售额达到539.6亿元。", "2017年，销售额达到600亿元。"),
    ("Growth was 8.5 percent.", "Growth was 72.5 percent.", "增长72.5%。", "增长8.5%。"),
    ("Contact Alice Smith today.", "Contact Bob Jones today.", "今天联系Bob Jones。",
     "今天联系Alice Smith。"),
    ("商店上午10点开门。", "商店上午9点开门。", "The store opens at 9 am.",
     "The store opens at 10 am."),
    ("It has 17 rooms.", "It has 16 rooms.", "2016年建成，有16个房间。",
     "2016年建成，有17个房间。"),
    # not adaptable: a word changed, the name is translated, nothing changed
    ("In 2017, costs rose.", "In 2016, revenue rose.", "2016年，收入增长。", None),
    ("Visit Beijing.", "Visit Shanghai.", "参观上海。", None),
    ("In 2016, revenue rose.", "In 2016, revenue rose.", "2016年，收入增长。", None),
])
def test_adapt(query: str, source: str, target: str, adapted: str | None) -> None:
    src_lang, tgt_lang = ("zh-CN", "en") if "商" in query else ("en", "zh-CN")
    assert adapt(query, source, target, source_lang=src_lang, target_lang=tgt_lang) == adapted


@given(query=st.text(max_size=40), source=st.text(max_size=40))
def test_diff_rebuilds_both_texts(query: str, source: str) -> None:
    runs = diff_tokens(query, source)
    assert "".join(t for op, t in runs if op in "=-") == source
    assert "".join(t for op, t in runs if op in "=+") == query
    assert all(op in {"=", "-", "+"} and text for op, text in runs)


def test_diff_marks_the_change() -> None:
    assert diff_tokens("商店上午10点开门", "商店上午9点开门") == [
        ("=", "商店上午"), ("-", "9"), ("+", "10"), ("=", "点开门")]


@every_row("module", [matching, placeables, memory])
def test_module_examples(module: object) -> None:
    """The examples in the module docstrings run."""
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.failed == 0 and result.attempted > 0


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40), st.booleans())
def test_ascii_fast_path_tokenizes_like_the_unicode_pattern(text: str, fold: bool) -> None:
    norm = text.casefold() if fold else text
    expected = matching._TOKEN.findall(norm) or [c for c in norm if not c.isspace()]
    assert match_tokens(text, fold=fold) == expected
    assert matching.punctuation_skeleton(text) == matching._SPACE.sub(
        "", matching._TOKEN.sub("", text))

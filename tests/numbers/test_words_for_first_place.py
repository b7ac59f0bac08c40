"""Issue 10 (precision; CLEANTRIAL4 c4): Chinese names first place without a figure.

"the No. 1 pick" → 状元秀 was reported (1 missing): 头号 (头号种子 "the No. 1 seed"), 榜首 (top
of a chart), 状元, 首位, 头名, 魁首 and 冠军 are the rank "No. 1" says in figures — the
ordinal 1, spelled, so they meet it and are never reported alone.  Another rank is still
reported.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers, same_numbers


@every_row("zh", ["头号种子", "登上榜首", "高考状元", "排名首位", "夺得头名",
                                "卫冕冠军"])
def test_first_place_is_the_ordinal_one(zh: str) -> None:
    assert [(n.kind, n.value, n.spelled) for n in extract_numbers(zh, "zh")] == [
        ("ordinal", 1, True)]


@every_row(("en", "zh"), [
    ("The No. 1 seed crashed out in round two.", "头号种子在第二轮爆冷出局。"),
    ("The album debuted at No. 1.", "这张专辑首发即登上榜首。"),
    ("She was the top pick in the draft.", "她是选秀状元。"),
])
def test_first_place_meets_no_1(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


def test_another_rank_is_reported() -> None:
    missing, extra = same_numbers("The No. 3 seed crashed out.", "en", "头号种子爆冷出局。", "zh")
    assert [(n.text, str(n.value)) for n in missing] == [("3", "3")]
    assert extra == []


def test_first_place_is_no_figure_the_target_keeps_beside_a_dropped_count() -> None:
    """The lead's re-check: 冠军 for "the champion", with no figure in English, adds no
    finding (a dropped spelled count is reported only where the target keeps figures)."""
    assert check([Unit("The champion beat three rivals.", "冠军击败了对手们。")],
                 select=["numbers"]) == []

"""A share said approximately may be rounded to tenths (issue 10; heldout24's false finding).

"grew by nearly a third" → 增长近三成 is right: the writer rounds, and Chinese counts shares in
tenths (成).  It was read as 1/3 against 30 percent, more than a point apart.  Said
exactly, "one in three" → 三成 stays a changed number.
"""

from __future__ import annotations

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@every_row(("text", "lang"), [
    ("nearly a third", "en"), ("about 30 percent", "en"), ("近三成", "zh"), ("约两成", "zh"),
    ("三成左右", "zh"), ("超过四分之一", "zh"),
])
def test_a_share_after_a_word_of_approximation_is_marked(text: str, lang: str) -> None:
    assert [n.approximate for n in extract_numbers(text, lang)] == [True]


@every_row(("en", "zh"), [
    ("Ticket sales rose by nearly a third.", "门票销量增长近三成。"),
    ("About two-thirds of riders pay by card.", "约七成乘客刷卡付费。"),
    ("A third of riders pay by card.", "近三成乘客刷卡付费。"),
    ("Almost a fifth of farms are organic.", "近两成农场为有机农场。"),
    ("About a third of members renewed.", "约35%的会员续费。"),
])
def test_a_rounded_share_is_quiet(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


@every_row(("en", "zh", "missing", "extra"), [
    ("One in three riders pays by card.", "三成乘客刷卡付费。",
     ["One in three"], ["三成"]),
    ("Nearly half of the farms are organic.", "近四成农场为有机农场。",
     ["half"], ["四成"]),
    ("About a third of members renewed.", "约40%的会员续费。",
     ["a third"], ["40%"]),
    ("Nearly 650 farms are organic.", "近600家农场为有机农场。",
     ["650"], ["600"]),
    ("It may affect up to 1 in 1,000 patients.", "最多可能影响千分之三的患者。",
     ["1 in 1,000"], ["千分之三"]),
    # a round figure in digits is rounded to fives at most, not to tenths (review V-4)
    ("Nearly 20% agreed.", "近四分之一同意。",
     ["20%"], ["四分之一"]),
    ("Over a third agreed.", "超过30%的人同意。",
     ["a third"], ["30%"]),
])
def test_a_share_beyond_the_rounding_is_reported(
        en: str, zh: str, missing: list[str], extra: list[str]) -> None:
    lost, added = same_numbers(en, "en", zh, "zh")
    assert ([n.text for n in lost], [n.text for n in added]) == (missing, extra)

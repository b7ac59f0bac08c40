"""Two neighbouring Chinese numerals are an approximate range said once (issue 10).

三四天 (3 or 4 days), 七八个, 五六十人 (50 to 60), 十五六岁 (15 or 16), 两三百 (200 to 300),
七八成 (70 or 80 percent): the measure, the magnitude or the tens are written once for both
ends.  Each end is read with them, so the pair meets "3 or 4 days", "3-4", "seven or eight",
"50 to 60".  A numeral inside a set phrase (十之八九, 七七八八, 三三两两) and the tael of 五十两银子
are no numbers.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


def _values(zh: str) -> list[tuple[str, str, str]]:
    return [(str(n.value), n.kind, n.unit) for n in extract_numbers(zh, "zh")]


@pytest.mark.parametrize(("zh", "values"), [
    ("十五六岁", [("15", "number", ""), ("16", "number", "")]),
    ("三十七八岁", [("37", "number", ""), ("38", "number", "")]),
    ("两三千元", [("2000", "number", "CNY"), ("3000", "number", "CNY")]),
    ("三四百米", [("300", "number", "m"), ("400", "number", "m")]),
    ("七八成", [("70", "percent", ""), ("80", "percent", "")]),
    ("五十两银子", [("50", "number", "")]),
    ("十之八九", []),
    ("七七八八", []),
])
def test_the_ends_of_a_range_said_once(zh: str, values: list[tuple[str, str, str]]) -> None:
    assert _values(zh) == values


@pytest.mark.parametrize(("en", "zh"), [
    ("It takes 3 or 4 days.", "需要三四天。"),
    ("It takes 3-4 days.", "需要三四天。"),
    ("seven or eight people came", "来了七八个人"),
    ("50 to 60 people attended.", "五六十人出席。"),
    ("Most are 15 or 16 years old.", "大多十五六岁。"),
    ("Most are 15-16 years old.", "大多十五六岁。"),
    ("He is 37 or 38.", "他三十七八岁。"),
    ("200-300 people", "两三百人"),
    ("It costs 2,000 to 3,000 yuan.", "要花两三千元。"),
    ("70 to 80 percent of residents agreed.", "七八成居民表示同意。"),
])
def test_a_range_said_once_meets_its_ends(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("Most are 15 or 17 years old.", "大多十五六岁。"),
    ("It costs 2,000 to 3,000 yuan.", "要花两三百元。"),
    ("60 to 70 percent of residents agreed.", "七八成居民表示同意。"),
])
def test_another_range_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)


def test_a_numeral_in_a_set_phrase_is_no_number() -> None:
    assert _found("He has most likely guessed it by 2020.", "他十之八九在2020年就猜到了。") == []
    assert _found("The work is almost done.", "工作做得七七八八了。") == []


@every_row(("en", "zh"), [
    ("About 80% agree.", "七八成的人同意。"),
    ("About 70% agree.", "七八成的人同意。"),
    ("70-80% agree.", "七八成的人同意。"),
])
def test_a_range_of_shares_meets_one_end(en: str, zh: str) -> None:
    """七八成's two ends are spelled, as 三四天's are: one end meets the source (review R-2)."""
    assert not check([Unit(en, zh)], select=["numbers"])


def test_a_range_of_shares_neither_end_of_which_meets_is_reported() -> None:
    assert check([Unit("About 50% agree.", "七八成的人同意。")], select=["numbers"])

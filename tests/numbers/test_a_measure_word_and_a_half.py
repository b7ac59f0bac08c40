"""A count, a measure word and 半 are one figure, N.5 (issue 10).

两勺半 / 2勺半 (2.5 spoons), 三张半 (3.5 sheets), 两片半 (2.5 tablets), 一个半小时 (1.5 hours):
Chinese writes the half after the measure word, whatever the measure.  N分半钟 and N个半月 were
read; now every classifier and measure of a recipe or a dose is.  Before a word that begins
with 半 (一件半袖 "a short-sleeved top", 一张半透明的纸) the count keeps its whole reading too.
"""

from __future__ import annotations

import pytest

from tm import Unit, check
from tm.numbers import extract_numbers


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@pytest.mark.parametrize(("en", "zh"), [
    ("Add 2.5 spoons of sugar.", "加两勺半糖。"),
    ("Add 2.5 spoons of sugar.", "加2勺半糖。"),
    ("Print 3.5 sheets per copy.", "每份打印三张半。"),
    ("Take 2.5 tablets.", "服用两片半。"),
    ("The film runs 1.5 hours.", "影片时长一个半小时。"),
    ("He read three and a half pages.", "他读了三页半。"),
])
def test_a_measure_word_and_a_half_is_one_figure(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("Add 2 spoons of sugar.", "加两勺半糖。"),
    ("Add 3.5 spoons of sugar.", "加2勺半糖。"),
    ("Print 3 sheets per copy.", "每份打印三张半。"),
    ("Take 1.5 tablets.", "服用两片半。"),
])
def test_another_count_and_a_half_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)


@pytest.mark.parametrize(("zh", "values"), [
    ("两勺半", ["2.5"]), ("2勺半", ["2.5"]), ("三张半", ["3.5"]),
    ("两场半决赛", ["2"]),  # 半决赛 is a word: the semi-finals
])
def test_the_reading(zh: str, values: list[str]) -> None:
    assert [str(n.value) for n in extract_numbers(zh, "zh")] == values


def test_a_word_that_begins_with_half_keeps_the_whole_count() -> None:
    [n] = extract_numbers("一件半袖", "zh")
    assert n.value == 1 or 1 in n.alternatives
    assert _found("one short-sleeved top", "一件半袖") == []

"""A class of issue 10 (precision): 百岁 is an age of a hundred years (百岁老人, a
centenarian), so "aged 100 or over" ↔ 百岁及以上 keeps its number; 千岁 (a prince's
title) and 万岁 ("long live") are no ages."""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


@every_row(("zh", "values"), [
    ("该镇有三位百岁老人。", ["3", "100"]),
    ("百岁及以上人口", ["100"]),
    ("千岁殿下", []),
    ("人群高呼万岁。", []),
])
def test_an_age_of_a_hundred_is_read(zh: str, values: list[str]) -> None:
    assert sorted(str(n.value) for n in extract_numbers(zh, "zh")) == sorted(values)


def test_an_age_of_a_hundred_matches_the_figure() -> None:
    unit = Unit("The village has 12 residents aged 100 and over.", "该村有12位百岁及以上的居民。")
    assert check([unit], select=["numbers"]) == []


def test_another_age_is_still_a_mismatch() -> None:
    unit = Unit("The village has 12 residents aged 90 and over.", "该村有12位百岁及以上的居民。")
    assert [f.check for f in check([unit], select=["numbers"])] == ["numbers"]

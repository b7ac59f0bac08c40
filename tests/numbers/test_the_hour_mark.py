"""The hour mark of a match is its 60th minute (issue 10; cleantrial3's football club news).

"three substitutions after the hour mark" → 第60分钟后 reported 第60 as a number the source
lacked: the set phrase names the minute without a figure.  The mark is a minute (unit
``min``), so an hour said as such (1小时, 一个小时) meets it by conversion (review V-9: it was
unitless, and "at the hour mark" → 在1小时时 was reported, a missing 60 and an extra 1).
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@pytest.mark.parametrize(("text", "value"), [
    ("He came off just after the hour mark.", 60), ("They led at the half-hour mark.", 30),
])
def test_the_mark_is_its_minute(text: str, value: int) -> None:
    assert [(n.kind, n.value, n.spelled, n.unit) for n in extract_numbers(text)] == [
        ("ordinal", value, True, "min")]


@every_row("zh", ["第60分钟后他被换下。", "一小时后他被换下。",
                                "比赛进行到一小时左右时他被换下。", "比赛进行1小时后他被换下。",
                                "比赛进行了一个小时后他被换下。", "第六十分钟后他被换下。"])
def test_the_minute_or_no_figure_is_quiet(zh: str) -> None:
    assert same_numbers("He came off just after the hour mark.", "en", zh, "zh") == ([], [])


@pytest.mark.parametrize(("zh", "extra"), [
    ("第75分钟后他被换下。", ("第75", "75")),
    ("两小时后他被换下。", ("两", "2")),
])
def test_another_minute_is_reported(zh: str, extra: tuple[str, str]) -> None:
    missing, added = same_numbers("He came off just after the hour mark.", "en", zh, "zh")
    assert [(n.text, str(n.value)) for n in missing] == [("the hour mark", "60")]
    assert [(n.text, str(n.value)) for n in added] == [extra]


def test_the_half_hour_mark_meets_half_an_hour() -> None:
    assert same_numbers("They led at the half-hour mark.", "en", "半小时时他们领先。",
                        "zh") == ([], [])

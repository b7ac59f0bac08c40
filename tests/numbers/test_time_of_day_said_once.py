"""Issue 10 (precision; CLEANTRIAL4 a1, a2): a range of clock times says a.m. or p.m. once.

"between 7 and 9 a.m." is 7 a.m. to 9 a.m., "from 5 to 7 p.m." 17:00 to 19:00: the first
hour (or clock face) takes the period of the second, and was read as a bare 7 against the
Chinese 早上7点.  An hour after the second's in that period is in the period before ("from
10 to 2 p.m." opens at 10 a.m.).  A first time in the wrong period is still reported.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@every_row(("en", "times"), [
    ("Deliveries arrive between 6 and 8 a.m.", ["600", "800"]),
    ("Happy hour runs from 4 to 6 p.m. daily.", ["1600", "1800"]),
    ("The clinic is open 10-2pm.", ["1000", "1400"]),
    ("Quiet hours: 11 to 1 a.m.", ["2300", "100"]),
    ("Check-in from 3:30 to 5 p.m.", ["1530", "1700"]),
])
def test_the_first_hour_takes_the_period_of_the_second(en: str, times: list[str]) -> None:
    assert [(n.kind, str(n.value)) for n in extract_numbers(en)] == [
        ("time", t) for t in times]


@every_row(("en", "zh"), [
    ("Happy hour runs from 4 to 6 p.m. daily.", "欢乐时光为每天下午4点至6点。"),
    ("Deliveries arrive between 6 and 8 a.m.", "送货时间为早上6点到8点之间。"),
    ("The clinic is open 10-2pm on Saturdays.", "诊所周六上午10点至下午2点开放。"),
])
def test_the_translation_of_the_range_is_quiet(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


def test_a_first_time_in_the_wrong_period_is_reported() -> None:
    missing, extra = same_numbers("Happy hour runs from 4 to 6 p.m. daily.", "en",
                                  "欢乐时光为每天早上4点至晚上6点。", "zh")
    assert [(n.text, str(n.value)) for n in missing] == [("4", "1600")]
    assert [(n.text, str(n.value)) for n in extra] == [("早上4点", "400")]


@pytest.mark.parametrize("en", ["Ages 4 to 6 play here.", "Pages 4-6 of 10 p.m. notes"])
def test_a_range_without_a_clock_time_stays_numbers(en: str) -> None:
    assert all(n.kind == "number" for n in extract_numbers(en)[:2])

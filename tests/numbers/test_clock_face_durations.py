"""A length of time written on a clock face (issue 10, found by heldout13's first run).

Race times, video lengths and flight times are written h:mm:ss or m:ss(.ff) in English
and with units in Chinese: 3:41:07 ↔ 3小时41分07秒 / 3时41分7秒, 0:58 ↔ 58秒 is not one,
but 4:09 ↔ 4分09秒 is, and 1:47.32 ↔ 1分47秒32.  Both are read as the same number of
seconds; a different value is still reported.
"""

from __future__ import annotations

from decimal import Decimal

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@every_row(("en", "zh"), [
    ("He crossed the line in 3:41:07 after a late surge.", "他后程发力，以3小时41分07秒冲线。"),
    ("He crossed the line in 3:41:07 after a late surge.", "他后程发力，以3时41分7秒冲线。"),
    ("The trailer runs 4:09.", "预告片时长4分09秒。"),
    ("The trailer runs 4:09.", "预告片时长4分9秒。"),
    ("She swam the 200 m in 1:47.32.", "她以1分47秒32游完200米。"),
    ("The flight takes 11:25 from gate to gate.", "航程全程11小时25分钟。"),
    ("The ultra winner finished in 26:14:03.", "超马冠军用时26小时14分03秒。"),
])
def test_a_clock_face_length_of_time_matches_its_unit_form(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


@every_row(("en", "zh", "missing", "extra"), [
    ("He crossed the line in 3:41:07.", "他以3小时42分07秒冲线。",
     ["3:41:07"], ["3小时42分07秒"]),
    ("He crossed the line in 3:41:07.", "他以3小时41分08秒冲线。",
     ["3:41:07"], ["3小时41分08秒"]),
    ("The trailer runs 4:09.", "预告片时长4分19秒。",
     ["4:09"], ["4分19秒"]),
    ("She swam the 200 m in 1:47.32.", "她以1分47秒23游完200米。",
     ["1:47.32"], ["1分47秒23"]),
])
def test_a_clock_face_length_of_time_with_another_value_is_reported(
        en: str, zh: str, missing: list[str], extra: list[str]) -> None:
    lost, added = same_numbers(en, "en", zh, "zh")
    assert ([n.text for n in lost], [n.text for n in added]) == (missing, extra)


def test_a_clock_face_with_seconds_is_read_as_seconds_in_both_languages() -> None:
    assert [(n.value, n.unit) for n in extract_numbers("in 3:41:07", "en")] == [(13267, "s")]
    assert [(n.value, n.unit) for n in extract_numbers("用时3小时41分07秒", "zh")] \
        == [(13267, "s")]
    assert [(n.value, n.unit) for n in extract_numbers("成绩1分47秒32", "zh")] \
        == [(Decimal("107.32"), "s")]


def test_a_time_of_day_stays_a_clock_time() -> None:
    assert same_numbers("The shop opens at 9:45.", "en", "商店9点45分开门。", "zh") == ([], [])
    assert same_numbers("The shop opens at 9:45 p.m.", "en", "商店晚上9点45分开门。", "zh") \
        == ([], [])
    assert [(n.value, n.kind) for n in extract_numbers("下午4时20分", "zh")] == [(1620, "time")]

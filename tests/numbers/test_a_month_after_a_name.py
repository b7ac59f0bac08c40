"""A month name after a capitalized word inside a sentence may end a name (issue 10, numbers3).

"the Long March 5 rocket" was read as the date 5 March only, so 长征五号 (the rocket's
number) was reported.  A month and a day right after a capitalized word that opens no
sentence and is no weekday keep both readings, the date and the bare number of the name:
either meets the other side, and a third figure is still reported.  The sentences are
written for this test.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh"), [
    ("The probe rode a Long March 4 rocket.", "探测器搭乘长征四号火箭升空。"),
    ("The probe rode a Long March 4 rocket.", "探测器搭乘长征4号火箭升空。"),
    ("Crews of Project August 9 met in Xi'an.", "八月九日项目的成员在西安会面。"),
])
def test_either_reading_is_quiet(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@every_row(("en", "zh"), [
    ("The probe rode a Long March 4 rocket.", "探测器搭乘长征三号火箭升空。"),
    ("We meet on Friday March 6.", "我们星期五6号见面。"),       # a weekday: the date only
    ("Updates ship March 6.", "更新6号发布。"),                # no name before the month
])
def test_another_figure_or_a_plain_date_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)

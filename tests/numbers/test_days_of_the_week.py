"""Days of the week are values (issue 10; cleantrial3's football club, a trial probe).

"on Sunday 23 April" → 4月23日（周六） passed: a day of the week was a name, never
compared.  And the 六 of 周六 (Saturday) stood in for a dropped "six": "Six speakers
addressed the meeting on Saturday" → 周六的会议上有多位发言人发言 passed.
"""

from __future__ import annotations

import tm
from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@every_row(("text", "lang", "value"), [
    ("on Mondays", "en", 1), ("by Thursday", "en", 4), ("every Sunday", "en", 7),
    ("周三", "zh", 3), ("星期五", "zh", 5), ("礼拜天", "zh", 7), ("星期日", "zh", 7),
])
def test_a_day_is_its_place_in_the_week(text: str, lang: str, value: int) -> None:
    assert [(n.kind, n.value) for n in extract_numbers(text, lang)] == [("weekday", value)]


@every_row(("en", "zh", "missing", "extra"), [
    ("The market opens on Thursday 5 June.", "集市于6月5日（周五）开放。",
     ["Thursday"], ["周五"]),
    ("Classes run Monday to Friday.", "课程安排在周二至周五。",
     ["Monday"], ["周二"]),
    ("Closed on Saturdays.", "周日休息。",
     ["Saturdays"], ["周日"]),
])
def test_another_day_is_reported(
        en: str, zh: str, missing: list[str], extra: list[str]) -> None:
    lost, added = same_numbers(en, "en", zh, "zh")
    assert ([n.text for n in lost], [n.text for n in added]) == (missing, extra)


@every_row(("en", "zh"), [
    ("The market opens on Thursday 5 June.", "集市于6月5日（周四）开放。"),
    ("The market opens on Thursday 5 June.", "集市于6月5日开放。"),
    ("Classes run Monday to Friday.", "课程安排在星期一至星期五。"),
    ("Classes run on weekdays.", "课程安排在周一至周五。"),
    ("New lessons every Wednesday", "每周三更新课程"),
    ("Three lessons a week", "每周三节课"),
    ("It lasts two weeks and three days.", "为期两周三天。"),
])
def test_the_same_day_or_none_is_quiet(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


def test_a_day_of_the_week_hides_no_count() -> None:
    unit = tm.Unit("Six riders set off on Saturday.", "周六有多位车手出发。")
    assert [f.check for f in tm.check([unit], select=["numbers"])] == ["numbers"]

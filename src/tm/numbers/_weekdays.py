"""Days of the week as values: Sunday is 周日, not 周六 (private).

A day of the week names a date as a month does: "on Sunday 23 April" rendered 4月23日（周六）
says another day.  Each is read as its place in the week, Monday 1 to Sunday 7, kind
``weekday``: Monday … Sunday (and the plural, Mondays); 周一 … 周日, 星期一 … 星期天, 礼拜一
… 礼拜天 (tm.numbers._zh.WEEKDAY: not 两周三天 "two weeks and three days" nor 每周一次).
The numeral of 周六 is therefore no number 6 of its own, and cannot stand in for one.
Spelled, with the unit ``weekday``: a day one side leaves unnamed is forgiven ("Tuesday 14
March" → 3月14日), another day named in its place is reported.
"""

from __future__ import annotations

from decimal import Decimal

from tm.numbers._base import Number
from tm.numbers._lazy import lazy_re, lazy_regex
from tm.numbers._zh import WEEKDAY

__all__ = ["WEEKDAY_UNIT", "may_hold_weekday", "read_weekdays"]

#: The unit and kind of a day of the week.
WEEKDAY_UNIT = "weekday"
_EN_DAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
            "saturday": 6, "sunday": 7}
#: Capitalised, as English writes a day's name (a lower-case "sunday" is rare and may be
#: a brand or a word of a name).
_EN = lazy_re(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b")
_ZH = lazy_regex(WEEKDAY)
_ZH_DAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}


def read_weekdays(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* of *text* and the days of the week it names, in order."""
    if lang == "zh":
        days = [Number(Decimal(_ZH_DAYS[m.group()[-1]]), WEEKDAY_UNIT, m.start(), m.end(),
                       m.group(), True, WEEKDAY_UNIT) for m in _ZH.finditer(text)]
    else:
        days = [Number(Decimal(_EN_DAYS[m.group(1).lower()]), WEEKDAY_UNIT, m.start(),
                       m.end(), m.group(), True, WEEKDAY_UNIT) for m in _EN.finditer(text)]
    if not days:
        return numbers
    return sorted([*numbers, *days], key=lambda n: (n.start, n.end))


def may_hold_weekday(text: str, lang: str) -> bool:
    """True when *text* may name a day of the week (a cheap test before a full reading)."""
    if lang == "zh":
        return ("周" in text or "星期" in text or "礼拜" in text) and bool(_ZH.search(text))
    return "day" in text and bool(_EN.search(text))

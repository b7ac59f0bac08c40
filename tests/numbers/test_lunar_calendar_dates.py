"""Dates of the lunar calendar are dates, in both languages (issue 10; numbers2, numbers4).

农历正月十五 is "the 15th day of the first lunar month": Chinese writes a lunar date with no 日,
with months of their own names (正月, 冬月, 腊月) and days of their own forms (初五, 廿三).  Both
sides are read as a date with no year (``MMDD``), so 农历五月十五 against "the fifth day of the
fifth lunar month" (505 against 515) and 农历六月初五 against "the 5th lunar month" are reported.
A range shares its month on both sides: 正月初一至初五, "from the first to the fifth day of the
first lunar month".
"""

from __future__ import annotations

import pytest

from tm import Unit, check
from tm.numbers import extract_numbers


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@pytest.mark.parametrize(("text", "lang", "dates"), [
    ("农历正月十五", "zh", ["115"]),
    ("腊月二十三", "zh", ["1223"]),
    ("腊月二十八至正月初八", "zh", ["1228", "108"]),
    ("正月初一至初五", "zh", ["101", "105"]),
    ("农历五月十五", "zh", ["515"]),
    ("the 15th day of the first lunar month", "en", ["115"]),
    ("the twenty-third day of the twelfth lunar month", "en", ["1223"]),
    ("the four and twentieth day of the ninth month", "en", ["924"]),
    ("from the first to the fifth day of the first lunar month", "en", ["101", "105"]),
])
def test_a_lunar_date_is_read_as_a_date(text: str, lang: str, dates: list[str]) -> None:
    assert [str(n.value) for n in extract_numbers(text, lang) if n.kind == "date"] == dates


@pytest.mark.parametrize(("en", "zh"), [
    ("The Lantern Festival falls on the 15th day of the first lunar month.",
     "元宵节在农历正月十五。"),
    ("Laba porridge is eaten on the eighth day of the twelfth lunar month.",
     "腊八粥在农历腊月初八食用。"),
    ("In the fourteenth day of the first month at even is the LORD's passover.",
     "正月十四日黄昏，是耶和华的逾越节。"),
    ("Warehouses close from the 28th day of the 12th lunar month until the 8th day of the first "
     "month.", "仓库从农历腊月二十八至正月初八停止营业。"),
    ("The fair runs from the first to the fifth day of the first lunar month.",
     "庙会于农历正月初一至初五举行。"),
    ("Sales peak around the 23rd day of the 12th lunar month.",
     "销售在农历腊月二十三前后达到高峰。"),
])
def test_the_same_lunar_date_is_quiet(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("The Dragon Boat Festival falls on the fifth day of the fifth lunar month.",
     "端午节在农历五月十五。"),
    ("The Dragon Boat Festival falls on the 5th day of the 5th lunar month.",
     "端午节在农历六月初五。"),
    ("The school reopens on the 16th day of the first lunar month.", "学校将于农历正月初六开学。"),
    ("Tangyuan are eaten on the 15th day of the first lunar month.", "农历正月初五吃汤圆。"),
])
def test_another_lunar_date_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)

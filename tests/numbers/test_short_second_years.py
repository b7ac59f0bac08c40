"""The second year of a season or fiscal year cut to two digits (issue 10).

"the 2021-22 season" is 2021-2022赛季 or 2021/22赛季; "1998-99" is 1998至1999年.  The two
digits keep both readings, the figure as written and the full year (2022; 1999-00 is 2000),
so either translation is quiet and another year is reported.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check


@every_row(("en", "zh"), [
    ("Tickets for the 2021-22 season go on sale.", "2021-2022赛季球票开售。"),
    ("Tickets for the 2021-22 season go on sale.", "2021/22赛季球票开售。"),
    ("The 1998-99 accounts were restated.", "1998至1999年度账目被重述。"),
    ("The 1999-00 season ended early.", "1999-2000赛季提前结束。"),
    ("The 2021-2022 season.", "2021-22赛季。"),
])
def test_a_short_second_year_meets_its_full_year(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("Tickets for the 2021-22 season go on sale.", "2021-2023赛季球票开售。"),
    ("In 2021, 22 clubs joined.", "2021年，有2022家俱乐部加入。"),
])
def test_another_year_is_reported(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"])

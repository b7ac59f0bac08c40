"""A slash pair alone keeps every reading: a fraction, a date, two figures (issue 10; the
numbers2 battery, and review Z-5's limit on fractions).

"3/4 complete" is three quarters (四分之三, 75%); "due 3/4" is a date (3月4日 or 4月3日);
"page 2/5" is two figures (第2页，共5页).  The English figure keeps all three, so each of
those translations is quiet, while another fraction or date is reported.  (A Chinese
fraction, one value, does not meet two loose figures: test_fractions_meet_no_loose_figures.)
"""

from __future__ import annotations

import pytest

from tm import Unit, check


@pytest.mark.parametrize(("en", "zh"), [
    ("The upload is 2/3 done", "上传已完成三分之二"),
    ("The upload is 2/3 done", "上传已完成2/3"),
    ("Renewal date 5/9 (see invoice)", "续订日期为5月9日（见发票）"),
    ("Renewal date 5/9 (see invoice)", "续订日期为9月5日（见发票）"),
    ("Step 3/8 is optional", "第3步（共8步）为可选步骤"),
])
def test_a_slash_pair_meets_any_of_its_readings(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("The upload is 2/3 done", "上传已完成四分之三"),
    ("Renewal date 5/9 (see invoice)", "续订日期为5月8日（见发票）"),
    ("Step 3/8 is optional", "第3步（共9步）为可选步骤"),
])
def test_a_slash_pair_that_no_reading_meets_is_reported(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"])

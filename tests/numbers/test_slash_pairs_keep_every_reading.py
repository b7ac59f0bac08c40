"""A slash pair alone keeps every reading: a fraction, a date, two figures; so does "a
quarter", a fourth or a coin (issue 10; the
numbers2 battery, and review Z-5's limit on fractions).

"3/4 complete" is three quarters (四分之三, 75%); "due 3/4" is a date (3月4日 or 4月3日);
"page 2/5" is two figures (第2页，共5页).  The English figure keeps all three, so each of
those translations is quiet, while another fraction or date is reported.  (A Chinese
fraction, one value, does not meet two loose figures: test_fractions_meet_no_loose_figures.)
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


@every_row(("en", "zh"), [
    ("The upload is 2/3 done", "上传已完成三分之二"),
    ("The upload is 2/3 done", "上传已完成2/3"),
    ("Renewal date 5/9 (see invoice)", "续订日期为5月9日（见发票）"),
    ("Renewal date 5/9 (see invoice)", "续订日期为9月5日（见发票）"),
    ("Step 3/8 is optional", "第3步（共8步）为可选步骤"),
])
def test_a_slash_pair_meets_any_of_its_readings(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


@every_row(("en", "zh"), [
    ("The upload is 2/3 done", "上传已完成四分之三"),
    ("Renewal date 5/9 (see invoice)", "续订日期为5月8日（见发票）"),
    ("Step 3/8 is optional", "第3步（共9步）为可选步骤"),
])
def test_a_slash_pair_that_no_reading_meets_is_reported(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"])


@every_row(("en", "zh", "reported"), [
    ("A parking meter takes a quarter.", "停车计时器收25美分。", False),
    ("A parking meter takes a quarter.", "停车计时器收50美分。", True),
    ("A quarter of the runners finished.", "四分之一的选手跑完了全程。", False),
    ("A quarter of the runners finished.", "25名选手跑完了全程。", True),   # no unit: no coin
])
def test_a_quarter_keeps_the_coin_as_a_reading(en: str, zh: str, reported: bool) -> None:
    """"a quarter" is a fourth or the coin of 25 cents: it meets 25美分 and 四分之一, not a
    count of 25 (a reading in a unit meets only a figure that says one)."""
    assert bool(check([Unit(en, zh)], select=["numbers"])) is reported

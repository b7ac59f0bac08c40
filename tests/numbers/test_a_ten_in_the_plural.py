"""Issue 10 (precision; heldout27's clean.po): "the low 90s" is any figure of its ten.

"Utilization was in the low 90s." → 产能利用率在90%出头 was reported (90s against 90%): a
round figure of two digits in the plural (the low 90s, his late 60s, the high 80s) means
a figure from 90 to 99, as a rate, an age or a temperature.  A figure outside the ten is
still reported, and "the 90s" as a decade (1990) is not this reading.
"""

from __future__ import annotations

from rows import every_row
from tm.numbers import same_numbers


@every_row(("en", "zh"), [
    ("Occupancy stayed in the low 80s all summer.", "整个夏天入住率都在80%出头。"),
    ("Occupancy stayed in the low 80s all summer.", "整个夏天入住率都在82%左右。"),
    ("Highs will reach the upper 70s.", "最高气温将达到华氏78度。"),
    ("The singer is in her early 40s.", "这位歌手四十出头。"),
])
def test_a_figure_of_the_ten_meets_it(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


@every_row(("en", "zh", "extra"), [
    ("Occupancy stayed in the low 80s all summer.", "整个夏天入住率都在79%左右。", "79%"),
    ("The singer is in her early 40s.", "这位歌手五十出头。", "五十"),
    ("Occupancy stayed in the low 80s all summer.", "整个夏天入住率上升了82个百分点。",
     "82个百分点"),
])
def test_a_figure_outside_the_ten_is_reported(en: str, zh: str, extra: str) -> None:
    missing, added = same_numbers(en, "en", zh, "zh")
    assert [n.text for n in missing] == ["80s" if "80s" in en else "40s"]
    assert [n.text for n in added] == [extra]

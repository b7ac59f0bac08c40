"""Number classes of the three false alarms on heldout34/35's clean.po (issue 10; dev sets).

* **a tenth, hundredth or thousandth of a unit of time** is that length: "three hundredths
  of a second" = 0.03秒, not the count 3 and the ordinal "second";
* **the explicit one of an exchange rate against a dollar named by its country**: "0.59 US
  dollars per New Zealand dollar" → 1新西兰元兑0.59美元, as "per US dollar" was;
* **the days after of a timetable's time**: "arrives 06:10 (+1)" is the next day, which
  Chinese says 次日, 翌日 or 第二天: a count of days (1) that those words meet and that a
  translation must say (review R-14: read as spelled, a dropped mark passed).
* the fraction of a unit also meets its Chinese fraction (十分之一秒, 百分之三秒; review R-15).

The sentences are written for this test.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh"), [
    ("The skater won by two hundredths of a second.", "这名滑冰选手以0.02秒的优势获胜。"),
    ("Reaction time was a tenth of a second.", "反应时间为0.1秒。"),
    ("The gap was 5 thousandths of a second.", "差距为0.005秒。"),
    ("The loonie bought 0.68 US dollars per Canadian dollar.", "1加元可兑换0.68美元。"),
    ("Leaves Oslo 22:40, lands in Bangkok 14:05 (+1)", "22:40 从奥斯陆起飞，次日 14:05 抵达曼谷"),
    ("Check-out 23:30 – 01:00 (+1)", "退房时间 23:30 至次日 01:00"),
    ("Leaves Oslo 22:40, lands in Bangkok 14:05 (+1)", "22:40 从奥斯陆起飞，第二天 14:05 抵达曼谷"),
    ("Arrives 07:25 (+2)", "第三天07:25到达"),
    ("She was a tenth of a second slower.", "她慢了十分之一秒。"),        # review R-15
    ("The skater won by two hundredths of a second.", "这名滑冰选手以百分之二秒的优势获胜。"),
    ("The gap was 5 thousandths of a second.", "差距为千分之五秒。"),
])
def test_the_same_figures_are_quiet(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@every_row(("en", "zh"), [
    ("The skater won by two hundredths of a second.", "这名滑冰选手以0.2秒的优势获胜。"),
    ("The loonie bought 0.68 US dollars per Canadian dollar.", "1英镑可兑换0.68美元。"),
    ("Leaves Oslo 22:40, lands in Bangkok 14:05 (+1)", "22:40 从奥斯陆起飞，次日 15:05 抵达曼谷"),
    ("Arrives 06:10 (+1)", "06:10到达"),                          # review R-14: mark dropped
    ("Departs 23:40, arrives 05:15 (+1).", "23:40出发，05:15抵达。"),
    ("Arrives 06:10 (+2)", "次日06:10到达"),                      # the wrong day
    ("The skater won by two hundredths of a second.", "这名滑冰选手以百分之五秒的优势获胜。"),
])
def test_another_figure_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)

"""增长了N倍 (增加/提高/上升/上涨 了 N 倍) says the increase BY N times, ×(N+1); 增至 / 翻了 N倍 /
是…的N倍 the size it grew TO, ×N.  "Doubled" → 增加了两倍 is the error numbers4 and numbers5
label (it says tripled); it was silent while 增长了N倍 kept ×N as another reading.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


def _reported(en: str, zh: str) -> bool:
    return bool(check([Unit(en, zh)], select=["numbers"]))


@every_row(("en", "zh"), [
    ("Enrollment doubled to 3,600.", "入学人数增加了两倍，达到3600人。"),
    ("Capacity doubled in 2023.", "2023年产能增长了两倍。"),
    ("Exports have tripled.", "出口增长了三倍。"),
    ("Prices rose 100% in a year.", "一年间价格上涨了两倍。"),
])
def test_the_increase_by_n_times_is_not_the_size_n(en: str, zh: str) -> None:
    assert _reported(en, zh)


@every_row(("en", "zh"), [
    ("Enrollment doubled to 3,600.", "入学人数增加了一倍，达到3600人。"),
    ("Monthly revenue has tripled since the redesign.", "改版以来，月收入增长了两倍。"),
    ("Exports quadrupled.", "出口增长了三倍。"),
    ("Prices rose 200% in a year.", "一年间价格上涨了两倍。"),
    ("Exports have tripled.", "出口增至三倍。"),
    ("Exports have tripled.", "出口翻了三倍。"),
])
def test_the_increase_by_n_times_meets_n_plus_one(en: str, zh: str) -> None:
    assert not _reported(en, zh)


@every_row(("en", "zh"), [
    ("Output rose tenfold.", "产量增长了十倍。"),
    ("Turnover grew more than tenfold.", "营业额增长了十多倍。"),
    ("Exports increased threefold.", "出口增加了两倍。"),
])
def test_an_english_n_fold_is_times_n_or_plus_n(en: str, zh: str) -> None:
    """"Rose tenfold" is ×10 to most writers and +10× to some: it meets 增长了十倍 (×11) as
    well as 增长了九倍."""
    assert not _reported(en, zh)


def test_an_n_fold_another_multiple_is_reported() -> None:
    assert _reported("Output rose tenfold.", "产量增长了二十倍。")


@every_row(("en", "zh"), [
    ("Sales increased by 3 times.", "销量增长了3倍。"),
    ("Sales increased 3 times.", "销量增长了3倍。"),
    ("Sales increased by three times last year.", "去年销量增长了三倍。"),
    ("Costs went up five times.", "成本上涨了五倍。"),
    ("Costs went up 5x.", "成本上涨了5倍。"),
    ("Traffic increased 10 times.", "流量增长了10倍。"),
    ("Output rose 2 times.", "产量增长了2倍。"),
])
def test_an_english_multiple_after_a_verb_of_increase_is_times_n_or_plus_n(
        en: str, zh: str) -> None:
    """"Increased (by) 3 times" is read ×3 by most and +3× by some, as an N-fold is (review
    R-3): the literal 增长了3倍 (×4) meets it; "doubled" (the size) stays ×2 only."""
    assert not _reported(en, zh)


def test_a_multiple_after_a_rise_another_figure_is_reported() -> None:
    assert _reported("Traffic increased 10 times.", "流量增长了20倍。")
    assert _reported("Output doubled.", "产量增长了2倍。")

"""双 keeps its reading as two, latent; 双十一 is a date that keeps its figure (issue 10;
numbers2 battery).

双 "a pair, double" is two in 双人间, 双床, 双早 ("breakfast for two"), and no count in
双方 ("both sides"), 双重 ("dual"): where it counts, the word keeps two as a LATENT
reading, which meets a 2
of the other side and is never reported.  双十一 / 双11 (and 双十二) name the shopping days
11.11 and 12.12: a date that keeps the figure as written as its other reading ("the Double 11
festival"); a decimal that may be a month and a day (11.11, 6.18) keeps the date as its other
reading.  Last stop "Breakfast for 2" → 含双早 and "the 11.11 sale" → 双十一促销 were
reported.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


@every_row(("en", "zh"), [
    ("Twin room for 2 guests", "双床房，可住两位客人"),
    ("Lunch for 2 included", "含双人午餐"),
    ("Sign-up bonus doubled for 2 weeks", "注册奖励双倍，持续2周"),
    ("Orders on 12.12 ship free.", "双十二当天下单包邮。"),
    ("Orders on December 12 ship free.", "双12当天下单包邮。"),
    ("Our Double 11 deals start now.", "我们的双11优惠现已开始。"),
    ("The 6.18 sale starts at midnight.", "6月18日大促午夜开始。"),
    ("Both parties signed 3 copies.", "双方签署了3份文本。"),
])
def test_a_pair_meets_two_and_a_double_day_its_date(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


@every_row(("en", "zh"), [
    ("Twin room for 3 guests", "双床房"),                      # the latent two meets no 3
    ("Orders on 11.11 ship free.", "双十二当天下单包邮。"),
    ("Our Double 11 deals start now.", "我们的双12优惠现已开始。"),
    ("Both parties signed 3 copies.", "双方签署了4份文本。"),
])
def test_another_figure_is_reported(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"])


def test_a_latent_two_is_never_reported() -> None:
    finding = check([Unit("Twin rooms cost 5% more.", "双床房贵6%。")], select=["numbers"])
    assert [f.message for f in finding] == [
        "number mismatch: 5% in the source not found in the target; "
        "6% in the target not in the source"]
    assert [n.latent for n in extract_numbers("双人间", "zh", latent=True)] == [True]
    assert extract_numbers("双人间", "zh") == []  # only what the text says is a number
    assert extract_numbers("双方", "zh", latent=True) == []  # "both sides" (review Z-16)
    assert [n.text for n in extract_numbers("一双鞋", "zh", latent=True)] == ["一"]  # a classifier

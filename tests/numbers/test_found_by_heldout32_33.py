"""Number classes behind heldout32/33's false alarms (found after their first runs; those
sets are development sets now).  Each test uses sentences of its own."""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


def _messages(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@pytest.mark.parametrize(("en", "zh"), [
    ("Output should be 80,000 tonnes, plus or minus 5,000 tonnes.",
     "产量预计为8万吨，上下浮动5000吨。"),
    ("The poll has a margin of error of plus or minus 3 percentage points.",
     "该民调的误差范围为正负3个百分点。"),
])
def test_plus_or_minus_is_a_tolerance_not_a_negative_figure(en: str, zh: str) -> None:
    assert _messages(en, zh) == []


def test_minus_alone_is_still_a_sign() -> None:
    assert [n.value for n in extract_numbers("It fell to minus 12 overnight.", "en")] == [-12]
    assert _messages("It fell to minus 12 overnight.", "夜间气温降至12度。")


@every_row(("text", "values"), [
    ("All eight quarter-finalists are seeded.", [8]),
    ("Two semi-final tickets and two quarter-final tickets", [2, 2]),
    ("two third-party sellers", [2, 3]),  # "third" alone is read as an ordinal
    # a measure after the hyphen keeps the fraction
    ("a quarter-point cut", [0.25]),
    ("a half-hour wait", [0.5]),
    ("a quarter-final loss", []),
    ("three quarters of the budget", [0.75]),
    ("two-thirds of members", [0.6667]),
])
def test_a_tournament_round_or_a_third_party_is_no_fraction(text: str,
                                                                values: list[float]) -> None:
    assert [float(n.value) for n in extract_numbers(text, "en")] == values


def test_the_quarter_finalists_are_counted_as_the_chinese_counts_them() -> None:
    assert _messages("Four of the eight quarter-finalists are from Asia.",
                     "八强中有四人来自亚洲。") == []


@every_row(("en", "zh", "reported"), [
    ("The brewery sold 4.8 million hectolitres.", "该酒厂销量为480万百升。", False),
    ("The brewery sold 4.8 million hectolitres.", "该酒厂销量为48万百升。", True),
    ("Milk deliveries rose to 900,000 hectolitres.", "牛奶交付量增至90万百升。", False),
    ("The tank holds 300 litres.", "水箱可容纳三百升水。", False),
    ("Pressure dropped to 990 hPa.", "气压降至990百帕。", False),
])
def test_a_unit_whose_chinese_name_begins_with_a_hundred(en: str, zh: str,
                                                          reported: bool) -> None:
    """百升 is the hectolitre and 百帕 the hectopascal: 480万百升 is 4.8 million hectolitres,
    not a hundred times more."""
    assert bool(_messages(en, zh)) is reported


@every_row(("en", "zh", "reported"), [
    ("The interim dividend is 7 cents a share.", "中期股息为每股0.07澳元。", False),
    ("The interim dividend is 7 cents a share.", "中期股息为每股0.7澳元。", True),
    ("A first-class stamp now costs 85 pence.", "一等邮票现价0.85英镑。", False),
    ("A first-class stamp now costs 85 pence.", "一等邮票现价0.85欧元。", True),
    ("Power costs $0.21 per kWh.", "电价为每千瓦时21美分。", False),
    ("Fuel rose 4 cents a litre.", "油价每升上涨4美分。", False),
    ("Fuel rose 4 cents a litre.", "油价每升上涨4美元。", True),
])
def test_hundredth_coins_meet_the_same_amount_in_the_whole_currency(en: str, zh: str,
                                                                    reported: bool) -> None:
    """heldout32: "18 cents per share" → 每股0.18新西兰元 was reported; cents are a currency
    of their own (5 cents is not 5美元), and 0.18 of the dollar is the same amount."""
    assert bool(_messages(en, zh)) is reported

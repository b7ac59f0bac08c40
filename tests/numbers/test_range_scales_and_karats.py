"""Review V-1 and V-12: a range shares its scale only from a sign written before its
first figure, and "kt" before a precious metal is the karat, not kilotonnes."""

from __future__ import annotations

import pytest

from rows import every_row
from tm.numbers import same_numbers


@every_row(("en", "zh"), [
    # a unit after the first figure closes that end
    ("Prices range from 5 yuan to 100,000 yuan.", "价格从5元至10万元不等。"),
    ("Fees of 3 to 40,000 dollars.", "费用3美元至4万美元。"),
    # a sign written again before the second end: the first is an amount of its own
    ("Tickets cost from HK$2 to HK$300 million.", "票价由2港元至3亿港元。"),
    # the shared scale still read where the sign is written once
    ("A$380–420 million", "3.8亿至4.2亿澳元"),
    ("$3-4 billion", "30亿至40亿美元"),
    # karats spaced as jewellers write them; kilotonnes otherwise
    ("An 18 kt gold ring.", "一枚18K金戒指。"),
    ("A 14 kt white gold chain.", "一条14K白金项链。"),
    ("Output was 14.2 kt of copper.", "产量为1.42万吨铜。"),
])
def test_the_same_values_are_quiet(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


@pytest.mark.parametrize(("en", "zh", "missing", "extra"), [
    ("$3-4 billion", "3亿至4亿美元",
     ["3", "4 billion"], ["3亿", "4亿美元"]),
    ("Prices range from 5 yuan to 100,000 yuan.", "价格从50元至10万元不等。",
     ["5 yuan"], ["50元"]),
])
def test_a_wrong_end_is_still_reported(
        en: str, zh: str, missing: list[str], extra: list[str]) -> None:
    lost, added = same_numbers(en, "en", zh, "zh")
    assert ([n.text for n in lost], [n.text for n in added]) == (missing, extra)

"""Number classes found by heldout12's first run (issue 10; a development set since).

* **the explicit one of an exchange rate said "to the dollar"**: "7.18 yuan to the US
  dollar" → 1美元兑7.18元 (English leaves the one unsaid after *to the* / *against the*
  as it does after *per*);
* **a bare 万 or 亿 that opens an amount's unit**: a table's unit line "Unit: RMB
  10,000" → 单位：人民币万元, "In RMB 100 million" → 单位：亿元 — 10,000 and 100 million
  spelled, with the unit after them; not 数万元 or a set phrase (万一).  (上万元 "upwards
  of 10,000 yuan" is a hedged figure since: tests/numbers/test_bare_magnitudes.py.)
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@pytest.mark.parametrize(("en", "zh"), [
    ("The exchange rate was 7.18 yuan to the US dollar on Tuesday.", "周二，1美元兑7.18元人民币。"),
    ("The yen weakened to 160 against the dollar.", "日元贬值至1美元兑160日元。"),
])
def test_the_explicit_one_of_an_exchange_rate_said_to_the_dollar_is_not_extra(
        en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


def test_an_explicit_one_the_source_does_not_name_is_still_extra() -> None:
    _, extra = same_numbers("The rate was 7.18 to the euro.", "en", "1美元兑7.18元。", "zh")
    assert [n.text for n in extra] == ["1美元"]


@every_row(("en", "zh"), [
    ("Unit: RMB 10,000", "单位：人民币万元"),
    ("In RMB 100 million", "单位：亿元"),
    ("Output (10,000 tonnes)", "产量（万吨）"),
])
def test_a_bare_magnitude_that_opens_a_unit_is_the_amount_of_the_unit(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


@every_row("zh", ["损失达数万元。", "万一出事怎么办？", "千万元"])
def test_a_magnitude_inside_a_word_or_an_estimate_is_no_amount(zh: str) -> None:
    assert [n.text for n in extract_numbers(zh, "zh") if n.text in ("万", "亿")] == []

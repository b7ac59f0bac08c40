"""A change the translation says the other way is reported (issue 10; numbers2's misses).

"Prices fell 15%" → 价格上涨了15% keeps the figure and reverses the news.  A figure is
judged only where a word of change stands right beside it on both sides (rose/fell …,
"6% lower", "2°C above"; 上涨/下降, 升至, 低) and it is the one figure of its value on each
side; "up to" / 高达 are bounds, not changes.  The sentences are written for this test.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh", "figure"), [
    ("Bus fares fell by 9% in March.", "3月公交票价上涨了9%。", "9%"),
    ("Rents are 4% higher than a year ago.", "租金比一年前低4%。", "4%"),
    ("The lake level dropped to 62%.", "湖泊水位升至62%。", "62%"),
    ("Night temperatures were 1.5°C below normal.", "夜间气温比常年高1.5℃。", "1.5°C"),
    ("Orders were up 7% on the quarter.", "订单环比减少7%。", "7%"),
    ("Copper climbed 3.2% on Friday.", "周五铜价下跌3.2%。", "3.2%"),
])
def test_a_change_said_the_other_way_is_reported(en: str, zh: str, figure: str) -> None:
    assert _found(en, zh) == [
        f"number mismatch: {figure} in the source is a change the other way in the target"]


@every_row(("en", "zh"), [
    ("Bus fares fell by 9% in March.", "3月公交票价下降了9%。"),
    ("Rents are 4% higher than a year ago.", "租金比一年前高出4%。"),
    ("The lake level dropped to 62%.", "湖泊水位降至62%。"),
    ("Orders were up 7% on the quarter.", "订单环比增长7%。"),
    ("Save up to 30% this weekend.", "本周末最多可省30%。"),   # a bound
    ("Discounts of up to 40% apply.", "折扣高达40%。"),
    ("Unemployment fell from 5.1% to 4.8%.", "失业率由5.1%降至4.8%。"),
    ("Sales rose 3% after a 2% fall.", "销售额在下降2%之后上涨3%。"),
    ("Sales rose 3%.", "销售额为3%。"),                                 # no word of change
])
def test_the_same_change_or_no_change_word_is_quiet(en: str, zh: str) -> None:
    assert _found(en, zh) == []

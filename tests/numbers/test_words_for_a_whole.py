"""Words that say a hundred per cent: 全额, 百分百, 十足 (issue 10; cleantrial3's food app).

"Tips go 100% to your rider." → 小费将全额归骑手所有 is right (全额: the full amount), and was
"100% in the source not found in the target".  百分百 was not read at all, and the 十 of
十足 read as ten.
"""

from __future__ import annotations

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@every_row(("text", "shown"), [
    ("全额退款", "全额"), ("百分百满意", "百分百"), ("款项已全数到账", "全数"),
    ("足额缴纳", "足额"), ("信心十足", "十足"), ("请支付全款", "全款"),
])
def test_a_whole_is_a_spelled_hundred_per_cent(text: str, shown: str) -> None:
    assert [(n.kind, n.value, n.text, n.spelled) for n in extract_numbers(text, "zh")] == [
        ("percent", 100, shown, True)]


@every_row(("en", "zh"), [
    ("Delivery fees are refunded 100%.", "配送费将全额退还。"),
    ("I am 100% sure.", "我百分百确定。"),
    ("You will get a full refund within 3 days.", "您将在3天内获得全额退款。"),
])
def test_a_whole_meets_a_hundred_per_cent_or_nothing(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


def test_a_whole_against_another_share_is_reported() -> None:
    missing, extra = same_numbers("Delivery fees are refunded 80%.", "en",
                                  "配送费将全额退还。", "zh")
    assert [n.text for n in missing] == ["80%"] and [n.text for n in extra] == ["全额"]

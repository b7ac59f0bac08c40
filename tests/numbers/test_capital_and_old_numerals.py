"""The capital numerals of cheques (壹万贰仟) and the old tens (廿 卅 卌) are numbers (issue 10).

A cheque, an invoice or a contract writes its amount in capital numerals (大写数字) so
that no stroke can change it: 壹万贰仟元整 is 12,000 yuan.  Dates and anniversaries still
write twenty and thirty with one character: 廿一日 (the 21st), 卅周年 (the 30th
anniversary).  A capital that stands alone is read only before 元 / 圆: 队伍, 收拾, 大陆
and 陆续 are words.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers, same_numbers


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh"), [
    ("Pay the supplier 12,000 yuan.", "向供应商支付人民币壹万贰仟元整。"),
    ("Deposit: 3,500 yuan", "押金：叁仟伍佰元"),
    ("The invoice total is 860 yuan.", "发票合计：捌佰陆拾圆整"),
    ("A fee of 1 yuan per page", "每页收费壹元"),
    ("The loan is 150,000 yuan.", "贷款金额为壹拾伍万元整。"),
    ("Rent is due on the 21st of each month.", "每月廿一日交租。"),
    ("The club marks its 30th anniversary.", "俱乐部迎来卅周年纪念。"),
    ("The league's 40th season", "联赛第卌个赛季"),
])
def test_capital_numerals_and_old_tens_meet_their_value(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])
    assert _found(en, zh) == []


@every_row(("en", "zh"), [
    ("Pay the supplier 12,000 yuan.", "向供应商支付人民币壹万贰仟伍佰元整。"),
    ("Deposit: 3,500 yuan", "押金：叁佰伍拾元"),
    ("Rent is due on the 21st of each month.", "每月廿二日交租。"),
    ("The club marks its 30th anniversary.", "俱乐部迎来廿周年纪念。"),
])
def test_a_wrong_capital_or_old_numeral_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)


@every_row("zh", ["他入伍两年后收拾行李回到大陆。", "客人陆陆续续到了。",
                                "队伍很长。", "拾金不昧"])
def test_a_capital_alone_in_a_word_is_no_number(zh: str) -> None:
    assert [n.value for n in extract_numbers(zh, "zh")] in ([], [2])


@pytest.mark.parametrize(("en", "zh", "extra"), [
    ("Wu Bai sold 3 million albums.", "伍佰卖出了200万张专辑。", "200万"),
    ("Wanda cinemas in mainland China sold 5 million tickets.", "中国大陆万达影城售出400万张票。",
     "400万"),
])
def test_a_capital_in_a_name_or_word_joins_no_message(en: str, zh: str, extra: str) -> None:
    """Review Y-2: 伍佰 (a singer), 陆万 (大陆 | 万达) are no amounts."""
    found = _found(en, zh)
    assert found
    assert all(extra in m and "伍佰" not in m and "陆万" not in m for m in found)


def test_a_repeated_magnitude_is_no_numeral() -> None:
    assert extract_numbers("收拾拾遗", "zh") == []


@every_row("zh", ["大陆月饼销量增长了。", "队伍年轻化。", "大陆整体经济增长。",
                                "把房间收拾整齐。", "大陆元首会晤。"])
def test_a_capital_that_ends_a_word_is_no_amount_or_date(zh: str) -> None:
    """Review Y-12: 大陆月饼 is no June, 队伍年轻化 no five, 大陆元首 no six yuan."""
    assert extract_numbers(zh, "zh") == []


def test_a_date_in_capitals_is_read() -> None:
    assert [str(n.value) for n in extract_numbers("贰零贰叁年壹月拾伍日", "zh")] == ["20230115"]

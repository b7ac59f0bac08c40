"""A numeral that ends a word is the word's, not a number (issue 10).

同一 "same", 统一 "unified", 唯一 "only", 单一 "single", 逐一 "one by one" and 万一 "in case"
end in 一; the counter, the unit of time or the 时 after them begins the next word, so
同一时间 is "at the same time", never one o'clock.  The word boundary decides: in 合同一年
("a one-year contract") the 同 belongs to 合同, and 一年 is read.  Sentences of our own.
"""

from __future__ import annotations

from check_cases import assert_numbers_agree, numbers_found

from rows import every_row
from tm.numbers import extract_numbers


@every_row(("en", "zh"), [
    ("Both ferries depart at the same time each morning.", "两艘渡轮每天早上同一时间出发。"),
    ("Shops in the mall close at a uniform hour.", "商场内的店铺统一时间打烊。"),
    ("Two logins from the same device are not allowed.", "不允许同一时刻从同一设备登录两次。"),
    ("The survey covers a single year only.", "该调查仅涵盖单一年份。"),
    ("Both invoices were issued in the same month.", "两张发票开具于同一月份。"),
    ("If the timing is wrong, postpone the launch.", "万一时机不对，请推迟发布。"),
    ("He is the only person in the team with that skill.", "他是团队中唯一一个掌握该技能的人。"),
])
def test_a_numeral_ending_a_word_is_no_number(en: str, zh: str) -> None:
    assert_numbers_agree(en, zh)


@every_row(("zh", "value"), [
    ("系统一小时内回复。", "1"),      # 系统 "system" | 一小时 "one hour"
    ("合同一年后到期。", "1"),        # 合同 "contract" | 一年
    ("订单一个月内发货。", "1"),      # 订单 "order" | 一个月
    ("唯一一次失利", "1"),            # the 一 of 唯一 is the word's, the second one counts
])
def test_a_numeral_after_a_longer_word_is_still_read(zh: str, value: str) -> None:
    assert [str(n.value) for n in extract_numbers(zh, "zh")] == [value]


@every_row(("en", "zh"), [
    ("Both ferries depart at 7 each morning.", "两艘渡轮每天早上同一时间出发。"),
    ("The contract runs for 2 years.", "合同一年后到期。"),
    ("Replies arrive within 3 hours.", "系统一小时内回复。"),
])
def test_a_missing_or_wrong_figure_is_still_reported(en: str, zh: str) -> None:
    assert numbers_found(en, zh)

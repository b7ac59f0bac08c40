"""A rate keeps its period, and a frequency its count (issue 10; numbers2, numbers4).

"$399 per month" → 每周399美元, "13% per decade" → 每年减少13%, "3.5% p.a." → 月利率3.5%, "an
annual fee" → 月费, "$15 an hour" → 日薪: the figure is there, the period is another.  "once
daily" → 每日两次 (one and 两 are spelled numbers, forgiven alone), "every other day" → 每天,
"twice a month" → 每两个月一次: the count or the period of a frequency is another.  "5,000 trees
a year" → 在10年内种植5000棵树: the period is left out where the figure is given.  Rates are read
on both sides (tm.numbers._periods) and compared by period and count.
"""

from __future__ import annotations

import pytest

from tm import Unit, check


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@pytest.mark.parametrize(("en", "zh"), [
    ("The subscription costs $399 per month.", "该订阅服务每周399美元。"),
    ("Arctic sea ice is shrinking by 13% per decade.", "北极海冰面积每年减少13%。"),
    ("Interest rate: 3.5% p.a.", "月利率：3.5%"),
    ("The card has an annual fee of $95.", "该卡月费为95美元。"),
    ("Cashiers earn $15 an hour.", "收银员日薪15美元。"),
    ("Patients took 5 mg once daily.", "患者每日两次服用5毫克。"),
    ("Clean the lint filter every month.", "每周清洗一次线屑过滤网。"),
    ("Interest on this account is paid every other month.", "该账户利息每月支付一次。"),
    ("Fresh produce is delivered every other day.", "生鲜产品每天配送。"),
    ("Security updates are pushed twice a month.", "安全更新每两个月推送一次。"),
    ("The project will plant 5,000 trees a year for 10 years.", "该项目将在10年内种植5000棵树。"),
    ("Property fee: 2.8 yuan per square meter per month.", "物业费为每平方米2.8元。"),
])
def test_another_period_or_count_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)


@pytest.mark.parametrize(("en", "zh"), [
    ("The fee is $15 per month.", "月费15美元。"),
    ("Take the pill twice a week.", "每周服药两次。"),
    ("Patients took 5 mg once daily.", "患者每日一次服用5毫克。"),
    ("Clean the filter every two weeks and replace it every six months.",
     "滤网应每两周清洗一次，每半年更换一次。"),
    ("The magazine comes out every other week.", "该杂志每隔一周出版一期。"),
    ("The bus comes every quarter of an hour.", "公交车每一刻钟来一班。"),
    ("Take one dose every 4 to 6 hours.", "每4-6小时服用一次。"),
    ("Security updates are pushed twice a month.", "安全更新每月推送两次。"),
    ("Hotline: 95519 (24 hours a day)", "客服热线：95519（24小时服务）"),
    ("Pork prices are 12.5% higher than a year ago.", "猪肉价格同比上涨12.5%。"),
    ("Tea was picked a week earlier than usual.", "茶叶比往年早了一周采摘。"),
    ("The airport expects 100 million passengers a year.", "该机场预计年旅客吞吐量达1亿人次。"),
    ("Wealth management products yield 2.8% a year.", "理财产品年收益率为2.8%。"),
    ("Cut 500 calories a day to lose about 0.5 kg a week.",
     "每天减少500千卡热量摄入，每周可减重约0.5公斤。"),
    ("Auto-save €5 every Monday", "每周一自动存入5欧元"),
    ("The new trains have a top speed of 160 kilometres per hour.", "新列车最高时速160公里。"),
    ("Maximum winds near the centre reach 48 metres per second.", "中心附近最大风速达48米/秒。"),
    ("The plant's two units generate about 20 billion kilowatt-hours a year.",
     "该电站两台机组年发电量约200亿千瓦时。"),
    ("Beijing's new plant can process 600,000 cubic metres a day.",
     "北京新建的污水处理厂日处理能力达60万立方米。"),
])
def test_the_same_rate_is_quiet(en: str, zh: str) -> None:
    assert _found(en, zh) == []


def test_the_message_names_both_rates() -> None:
    [message] = _found("The plan costs 88 yuan per month.", "该套餐每年88元。")
    assert "per month" in message and "每年" in message

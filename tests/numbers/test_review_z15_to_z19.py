"""Review Z-15 … Z-24 (stop 29) on this stop's readings: each reviewer's repro is a case.

Z-15: a colon figure above 24 meets a pair the Chinese states as a reference (27章14节,
第25条第30款) or as a score in a sentence of its result, whichever way it runs (以25-30告负).
Z-16: the latent two of 双 is only where 双 counts the thing named (双人间, 双早), not in
双方 / 双击, where it would take a figure the translation dropped.
Z-17: 两个半球 is two hemispheres or two and a half balls: 个 + 半 before a Han character keeps
the whole count as its other value.
Z-18: 次高, 次低 and 亚军 say the rank two, as 仅次于 does (latent).
Z-19: a sign said by a word (亏损, 下降, 透支, 退款) meets the minus of "-$245.10".
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


def _reported(en: str, zh: str) -> bool:
    return bool(check([Unit(en, zh)], select=["numbers"]))


@every_row(("en", "zh", "reported"), [
    ("See Matthew 27:14.", "见马太福音27章14节。", False),
    ("See Matthew 27:14.", "见马太福音第27章第14节。", False),
    ("Isaiah 40:31 is her favourite verse.", "《以赛亚书》40章31节是她最喜欢的经文。", False),
    ("Read Genesis 28:12 aloud.", "请朗读创世记第28章第12节。", False),
    ("The Hammurabi code, law 25:30, says so.", "汉谟拉比法典第25条第30款如是说。", False),
    ("They lost 25:30.", "他们以25-30告负。", False),
    ("They lost 25:30.", "他们以25–30告负。", False),
    ("See Matthew 27:14.", "见马太福音27章15节。", True),
    ("The pharmacy is open 10-18.", "药店营业时间为10:18。", True),
])
def test_z15_a_face_meets_a_reference_or_a_result(en: str, zh: str, reported: bool) -> None:
    assert _reported(en, zh) is reported


@every_row(("en", "zh", "reported"), [
    ("Both sides signed 2 agreements.", "双方签署了协议。", True),
    ("Both teams scored 2 goals.", "双方都进了球。", True),
    ("Both parties have 2 weeks to reply.", "双方须在数周内答复。", True),
    ("Double-click the icon 2 times.", "双击图标。", True),
    ("A twin room for 2 with breakfast.", "双人间含双早。", False),
])
def test_z16_only_a_counting_pair_is_a_latent_two(en: str, zh: str, reported: bool) -> None:
    assert _reported(en, zh) is reported


@every_row(("en", "zh", "reported"), [
    ("The two hemispheres of the brain work together.", "大脑的两个半球协同工作。", False),
    ("Two semi-finished products were shipped.", "运出了两个半成品。", False),
    ("Draw three semicircles.", "画三个半圆。", False),
    ("Two translucent boxes sat on the desk.", "桌上放着两个半透明的盒子。", False),
    ("Draw five semicircles.", "画三个半圆。", True),
    ("Three months.", "三个半月。", True),
])
def test_z17_a_half_word_after_ge_keeps_the_whole_count(en: str, zh: str,
                                                         reported: bool) -> None:
    assert _reported(en, zh) is reported


@every_row(("en", "zh", "reported"), [
    ("Prices hit their second-highest level this year.", "今年价格达到次高水平。", False),
    ("Gold fell to its second-lowest close of the year.", "金价跌至年内次低收盘价。", False),
    ("The team finished second-best.", "该队屈居亚军。", False),
    ("The third-largest drop.", "最大的跌幅。", True),
])
def test_z18_second_said_by_ci_or_yajun(en: str, zh: str, reported: bool) -> None:
    assert _reported(en, zh) is reported


@every_row(("en", "zh", "reported"), [
    ("Today's P&L: -$245.10", "今日盈亏：亏损245.10美元", False),
    ("Price change: -€12", "价格变动：下降12欧元", False),
    ("Account balance: -$50.00", "账户余额：透支50.00美元", False),
    ("Refund issued: -¥300", "已退款：300日元", False),
    ("Balance: -$245.10", "余额：245.10美元", True),
])
def test_z19_a_sign_said_by_a_word(en: str, zh: str, reported: bool) -> None:
    assert _reported(en, zh) is reported


#: Z-20: the digit after N成 is its hundredths only where it ends the figure; one that begins
#: a word (二线, 五星级, 三方) is that word's.
@every_row(("en", "zh", "reported"), [
    ("Prices rose in 40% of second-tier cities.", "四成二线城市房价上涨。", False),
    ("About 30% of five-star hotels were full.", "约三成五星级酒店客满。", False),
    ("20% of third-party sellers left.", "两成三方卖家离开了。", False),
    ("Output rose about 35%.", "产量增长三成五左右。", False),
    ("Output rose about 45%.", "产量增长三成五左右。", True),
])
def test_z20_the_digit_after_tenths_ends_the_share(en: str, zh: str, reported: bool) -> None:
    assert _reported(en, zh) is reported


#: Z-23: the digit after 块 is its tenths only where it ends the figure (三块五一斤), not where
#: it begins a word (五花肉, 五金, 五彩).  Z-24: the ratio sign ∶ is a colon (27∶14, 31∶28).
@every_row(("en", "zh", "reported"), [
    ("She bought three pieces of pork belly.", "她买了三块五花肉。", False),
    ("Two pieces of hardware were missing.", "少了两块五金件。", False),
    ("He found three colourful stones.", "他找到三块五彩石。", False),
    ("It costs 3.5 yuan a jin.", "三块五一斤。", False),
    ("The vote was 27:14.", "表决结果为27∶14。", False),
    ("Kiel won 31:28.", "基尔队以31∶28获胜。", False),
    ("The bill passed 41:19.", "该法案以41∶19获得通过。", False),
    ("The vote was 27:14.", "表决结果为27∶15。", True),
])
def test_z23_z24_words_after_kuai_and_the_ratio_sign(en: str, zh: str, reported: bool) -> None:
    assert _reported(en, zh) is reported

"""A figure H:MM keeps every reading it may have (issue 10; heldout33's race time 27:14).

Two figures joined by a colon, with no time of day and no seconds, are a clock time
(10:30), a length of time in minutes and seconds or in hours and minutes (a race time,
a podcast's length), or a pair of figures (a score, a ratio, a vote: 41:19 = 41比19).
The checker does not guess one: the figure meets the other side when ANY reading does,
and a translation that agrees with none is still reported.  Last stop a figure above 24
was read only as two numbers, so 33:47 against 33分47秒 was reported; a time up to 24
was read only as a time, so 11:20 against 11比20 was reported.
"""

from __future__ import annotations

from rows import every_row
from tm import check
from tm.model import Unit
from tm.numbers import same_numbers


def _numbers_findings(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh"), [
    # minutes and seconds (above 24, below 24)
    ("The cyclist's split was 33:47.", "这名自行车手的分段成绩为33分47秒。"),
    ("Episode 12 of the podcast lasts 48:25.", "第12期播客时长48分25秒。"),
    ("Her lap took 19:52.", "她这一圈用时19分52秒。"),
    # hours and minutes
    ("The ultra-trail winner finished in 30:15.", "超级越野赛冠军用时30小时15分。"),
    # a pair of figures: a vote, a ratio, a score
    ("Parliament passed the bill 41:19.", "议会以41比19通过了该法案。"),
    ("The committee voted 11:20.", "委员会表决结果为11比20。"),
    ("Dilute the syrup 12:30 with water.", "将糖浆按12比30的比例兑水。"),
    ("The hockey team won 31:28.", "冰球队以31-28获胜。"),
    # the same figure on both sides
    ("The vote ended 52:48.", "表决结果为52：48。"),
])
def test_a_colon_figure_meets_any_of_its_readings(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])
    assert _numbers_findings(en, zh) == []


@every_row(("en", "zh"), [
    ("The cyclist's split was 33:47.", "这名自行车手的分段成绩为34分47秒。"),
    ("The ultra-trail winner finished in 30:15.", "超级越野赛冠军用时31小时15分。"),
    ("Parliament passed the bill 41:19.", "议会以41比18通过了该法案。"),
    ("The committee voted 11:20.", "委员会表决结果为11比21。"),
    ("The vote ended 52:48.", "表决结果为52：46。"),
    ("The shop opens at 9:45.", "商店9点54分开门。"),
])
def test_a_colon_figure_that_no_reading_meets_is_reported(en: str, zh: str) -> None:
    assert _numbers_findings(en, zh) != []


def test_minutes_with_a_leading_zero_are_no_pair_of_figures() -> None:
    """6:04 is a time or a length of time, never a score: it does not meet 6 and 4."""
    assert _numbers_findings("The bus leaves at 6:04.", "公交车6点出发，4号站台。") != []


#: Review Z-1: the pair reading meets only a pair the other side states as one (a score, a
#: ratio or a vote: 41比19, a dash score), never two loose figures or an upward range.
@every_row(("en", "zh"), [
    ("The pharmacy is open 10-18.", "药店营业时间为10:18。"),
    ("Open 9-17 on weekdays.", "工作日9:17营业。"),
    ("Office hours: Mon-Fri 8-20.", "办公时间：周一至周五8:20。"),
    ("Delivery takes 10-15 days.", "送货需要10:15天。"),
    ("Suitable for ages 6-12.", "适合6:12岁。"),
    ("Read pages 12-45.", "阅读第12:45页。"),
    ("The museum opens at 10 and closes at 18.", "博物馆10:18开放。"),
    ("Rooms 5 and 42 are free.", "05:42有空。"),                   # a zero-padded hour
])
def test_two_loose_figures_do_not_make_a_clock_face_right(en: str, zh: str) -> None:
    assert _numbers_findings(en, zh) != []


#: Review Z-3: a length given to the second meets another length only when equal or when the
#: coarser one is its count rounded (27:14 is 27 minutes), not within ±5 %.
@every_row(("en", "zh", "reported"), [
    ("Her winning time was 27:14.", "她的夺冠成绩为26分钟。", True),
    ("Her winning time was 27:14.", "她的夺冠成绩为28分钟。", True),
    ("Her winning time was 27:14.", "她的夺冠成绩为27分钟。", False),
    ("The podcast episode runs 48:25.", "这期播客时长50分钟。", True),
    ("Her time was 30:15.", "她用时半小时。", True),
    ("The lap took 19 minutes.", "这一圈用时19分52秒。", True),
    ("The lap took 20 minutes.", "这一圈用时19分52秒。", False),
    ("The film runs 1:45.", "影片时长1小时45分钟。", False),
])
def test_a_length_to_the_second_meets_only_its_rounding(en: str, zh: str,
                                                        reported: bool) -> None:
    assert (_numbers_findings(en, zh) != []) is reported


#: Review Z-4: a score or a vote above 24, which Chinese gives winner first, meets the same
#: face turned round; two faces that may both be times (10:12, 12:10) do not.
@every_row(("en", "zh", "reported"), [
    ("Kiel lost 27:30 to Flensburg.", "弗伦斯堡以30:27战胜基尔。", False),
    ("Denmark beat Sweden 31:28.", "瑞典以28:31负于丹麦。", False),
    ("The motion was rejected 25:40.", "该动议以40:25被否决。", False),
    ("Kiel lost 27:30 to Flensburg.", "弗伦斯堡以30:28战胜基尔。", True),
    ("Meet at 10:12.", "12:10见。", True),
])
def test_a_face_above_24_meets_itself_turned_round(en: str, zh: str, reported: bool) -> None:
    assert (_numbers_findings(en, zh) != []) is reported

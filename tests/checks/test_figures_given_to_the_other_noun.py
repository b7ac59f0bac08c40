"""Figures given to the wrong noun of two (numbers4 and numbers5: "Five engineers fixed 23
bugs" → 23名工程师修复了5个缺陷 held every figure and was silent).  The dictionary names each
figure's noun on both sides (tm.checks._counted); a figure whose noun is the Chinese noun of
another figure, and not of its own, is reported.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh"), [
    ("Five engineers fixed 23 bugs during the sprint.", "在本轮冲刺中，23名工程师修复了5个缺陷。"),
    ("The county has 12 towns and 186 villages.", "该县下辖186个镇、12个村。"),
    ("The line has 4 robots and 18 workers.", "该产线配有18台机器人和4名工人。"),
    ("The convoy carried 30 tons of rice and 8 tons of medicine.", "车队运送了8吨大米和30吨药品。"),
    ("The team released 14 turtles and 3 seals.", "团队放归了3只海龟和14只海豹。"),
    ("The band toured 40 cities in 18 countries.", "乐队在40个国家的18座城市巡演。"),
    ("The 4 teams include 60 players.", "60支队伍共有4名球员。"),
    ("Samples go to Room 412; questions to ext. 3380.",
     "样本请送至3380室，如有问题请拨打分机412。"),
])
def test_a_figure_given_to_the_other_noun_is_reported(en: str, zh: str) -> None:
    found = _found(en, zh)
    assert found and "counts another noun in the target" in found[0]


@every_row(("en", "zh"), [
    ("Five engineers fixed 23 bugs during the sprint.", "在本轮冲刺中，5名工程师修复了23个缺陷。"),
    ("The county has 12 towns and 186 villages.", "该县下辖12个镇、186个村。"),
    ("The band toured 40 cities in 18 countries.", "乐队在18个国家的40座城市巡演。"),
    # the noun said once for a range, a verb after a figure, a noun after "of", scores
    ("The league expanded from 18 to 20 teams.", "该联赛由18支球队扩军至20支。"),
    ("Adults under 70 need 600 IU of vitamin D per day.",
     "70岁以下成年人每天需要600国际单位维生素D。"),
    ("Mix 1 1/2 cups of rice with 3 cups of water.", "将1杯半大米与3杯水混合。"),
    ("It takes two or three minutes and a 250 MB download.", "需下载250 MB，耗时两三分钟。"),
    ("Barcelona won 3-1 at home.", "巴塞罗那主场3比1获胜。"),
    ("Report incidents to the 24/7 hotline at 010-8899-1100.",
     "如发生安全事件，请拨打7×24小时热线010-8899-1100。"),
    ("Call ext. 6021 or visit Room 305.", "请拨打分机6021，或前往305室。"),
    # A gloss of the other figure's noun that merely contains this noun (球员 "team member")
    # is no swap while that figure keeps its own noun (review32 R-7).
    ("The 4 teams include 60 players.", "4支队伍共有60名球员。"),
    ("The 3 teams have 45 players.", "3支队伍有45名球员。"),
])
def test_figures_each_with_its_own_noun_are_not_reported(en: str, zh: str) -> None:
    assert _found(en, zh) == []

"""Issue 10 (recall): a score the translation gives the other way round is reported.

Score figures were compared as a set: "the Rangers beat the Comets 4-2" → 流星队以2比4击败…
(the winner with 2) passed, having the same two figures.  Chinese gives the subject's
figure first, so the order it writes can be read only where the target says whose score
it is, or where neither text does:

* a word of winning or leading right after the score (以4比2击败, 以2比1领先) says the first
  figure is the larger one; a word of losing or trailing (以2比4落败, 以48比50落后) the
  smaller;
* a score with no word of a result naming a side and no name in either text ("Final
  score: 98-95" → 最终比分：98比95) keeps its order.

A reordering to the subject's figure ("lost in overtime, 104-101" → 以101比104落败, "the
Comets lost 2-4 to the Rangers" → 流浪者队以4比2击败流星队) is right and not reported, and
neither is a score between two names with no word of its result (Rangers 4-2 Comets →
流星队2比4流浪者队 may list the teams the other way).
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check


def _report(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh", "turned"), [
    ("The Rangers beat the Comets 4-2.", "流浪者队以2比4击败流星队。", ("4-2", "2比4")),
    ("The Rangers beat the Comets 4-2.", "流星队以4比2负于流浪者队。", ("4-2", "4比2")),
    ("Our club leads the series 2-1.", "我们俱乐部以1:2领先系列赛。", ("2-1", "1:2")),
    ("They trailed 61-57 after three quarters.", "三节过后，他们以61比57落后。",
     ("61-57", "61比57")),
    ("Final result: 88-80", "最终结果：80比88", ("88-80", "80比88")),
    ("Half-time score: 2-0", "半场比分：0：2", ("2-0", "0：2")),
    ("She won the match 6-3, 6-4.", "她以6比3、4比6赢得比赛。", ("6-4", "4比6")),
    # a vote's tally: the votes for a motion passed or a candidate elected come first
    ("The assembly approved the budget 88 to 12.", "议会以12票对88票通过预算。",
     ("88-12", "12票对88票")),
    ("He was elected mayor by 6 votes to 3.", "他以3票对6票当选市长。", ("6-3", "3票对6票")),
])
def test_a_score_turned_round_is_reported(en: str, zh: str, turned: tuple[str, str]) -> None:
    source, target = turned
    assert _report(en, zh) == [f"number mismatch: the score {source} in the source is the "
                               f"other way round in the target ({target})"]


@every_row(("en", "zh"), [
    ("The Rangers beat the Comets 4-2.", "流浪者队以4比2击败流星队。"),
    ("The Rangers beat the Comets 4-2.", "流星队以2比4负于流浪者队。"),       # the loser first
    ("The Comets lost 2-4 to the Rangers.", "流浪者队以4比2击败流星队。"),
    ("The Comets lost 4-2 to the Rangers.", "流星队以2比4不敌流浪者队。"),
    ("We lost in extra time, 97-94.", "我们在加时赛中以94比97落败。"),
    ("They trailed 61-57 after three quarters.", "三节过后，他们以57比61落后。"),
    ("Rangers 4-2 Comets", "流星队2比4流浪者队"),                         # names, no result
    ("Final result: 88-80", "最终结果：88比80"),
    ("Final result: 88-80", "最终结果：88:80"),
    ("She won the match 6-3, 3-6, 6-4.", "她以6比3、3比6、6比4赢得比赛。"),
    ("She lost the match 3-6, 6-3, 4-6.", "她以3比6、6比3、4比6输掉比赛。"),
    ("The team came back to win 3-2.", "该队最终以3比2逆转取胜。"),
    ("Office hours are 9-5.", "办公时间为9-5点。"),
    ("The assembly approved the budget 88 to 12.", "议会以88票对12票通过预算。"),
    # a rejection may give the votes against first
    ("The motion was voted down 40 to 15.", "该动议以40票对15票被否决。"),
    ("Those aged 18 to 24 voted in record numbers.", "18至24岁的选民投票人数创纪录。"),
])
def test_a_score_in_the_subjects_order_or_unreadable_order_is_quiet(en: str, zh: str) -> None:
    assert _report(en, zh) == []


# -- review X-1 to X-3 (the reviewer's sentences) ---------------------------------------

@every_row(("en", "zh"), [
    # a word of winning after a passive marker: the subject lost
    ("Italy were beaten 3-1 by Spain.", "意大利队以1比3被西班牙队击败。"),
    ("The visitors were swept 4-0 in the series.", "客队在系列赛中以0比4被横扫。"),
    ("Spain beat Italy 3-1.", "意大利1比3遭西班牙击败。"),
    ("Spain beat Italy 3-1.", "意大利队以1比3被西班牙队战胜。"),
    # a pair that is a score only by its order may be a ratio
    ("Mix flour and butter in a 2-1 ratio.", "按1比2的比例混合黄油和面粉。"),
    ("Dilute the concentrate with water, 4-1.", "用水稀释浓缩液，水与浓缩液之比为1:4。"),
    ("Use a 3-1 blend of rye and wheat.", "使用小麦与黑麦1比3的混合粉。"),
    # ... and a side named by a pronoun or a noun is a side
    ("They cut the deficit to 3-2 late on.", "比赛末段，他们将比分追至2比3。"),
    ("The home side pulled it back to 3-2.", "主队将比分追至2比3。"),
])
def test_a_passive_a_ratio_or_a_side_is_quiet(en: str, zh: str) -> None:
    assert _report(en, zh) == []


@every_row(("en", "zh", "turned"), [
    # the everyday words of winning
    ("They won 3-1.", "他们以1比3赢了比赛。", ("3-1", "1比3")),
    ("They won 3-1.", "他们1比3赢球。", ("3-1", "1比3")),
    ("Spain beat Italy 3-1.", "西班牙以1比3淘汰意大利。", ("3-1", "1比3")),
    ("Spain beat Italy 3-1.", "意大利队以3比1被西班牙队击败。", ("3-1", "3比1")),
    ("Final score: 98-95", "最终比分：95比98", ("98-95", "95比98")),
])
def test_the_everyday_words_of_winning_are_read(en: str, zh: str,
                                               turned: tuple[str, str]) -> None:
    source, target = turned
    assert _report(en, zh) == [f"number mismatch: the score {source} in the source is the "
                               f"other way round in the target ({target})"]


@pytest.mark.parametrize(("en", "zh"), [
    ("They came back from 3-1 down to win.", "他们在1比3落后时逆转获胜。"),
    ("Germany led 1-0 at half-time but lost 2-1.", "德国队半场1比0领先，但最终1比2落败。"),
])
def test_the_nearest_word_of_a_result_is_the_scores(en: str, zh: str) -> None:
    assert _report(en, zh) == []

"""Sentence boundaries at different clause points: one 2-2 bead, not two 1-1 (issue 11 item 5).

The largest class of strict errors left on the literary development set was a
gold 2-2 taken as two 1-1 beads: the translator kept the content and order but
put the full stop a clause earlier or later, and each 1-1 half still shares
enough words to look fine.  The evidence is inside the sentences: with one
side's boundary moved to a clause point of the neighbouring sentence, the two
halves fit far better than at the sentence boundary.  These cases are made up
here, not taken from MAC-Dev.
"""

from __future__ import annotations

import math

import pytest

import tm
from rows import every_row
from tm.alignment import _clauses
from tm.alignment._clauses import clauses
from tm.alignment._scoring import Params

BEFORE_EN = ["The village lay at the foot of a green mountain.",
             "Every morning the farmer went down to the river to fetch water."]
BEFORE_ZH = ["村子坐落在一座青山脚下。", "每天早上，农民都到河边去打水。"]
AFTER_EN = ["She said that the horse had been a gift from her father.",
            "The next day it rained from morning until night."]
AFTER_ZH = ["她说那匹马是她父亲送给她的礼物。", "第二天从早到晚一直下雨。"]

#: The English full stop comes a clause later (or earlier) than the Chinese one.
CROSSED = [
    (["The farmer sold his old horse at the market in town, and with the money he bought "
      "a new plough.", "His wife was angry."],
     ["农民在镇上的集市卖掉了他的老马。", "他用这笔钱买了一把新犁，他的妻子很生气。"]),
    (["The farmer sold his horse.", "With the money he bought a new plough and a cart, and his "
      "wife was angry when he came home late that night."],
     ["农民卖掉了他的马，用这笔钱买了一把新犁和一辆车。",
      "那天晚上他很晚才回家，他的妻子很生气。"]),
]
#: The same story with the full stops in the same places on both sides.
AGREEING = [
    (["The farmer sold his old horse at the market in town, and then he went home.",
      "His wife, who was waiting at the door, was angry."],
     ["农民在镇上的集市卖掉了他的老马，然后回家了。", "他的妻子正在门口等着，她很生气。"]),
    (["The farmer sold his old horse at the market, and with the money he bought a new plough.",
      "His wife was angry, and she did not speak to him for three days."],
     ["农民在集市上卖掉了他的老马，用这笔钱买了一把新犁。", "他的妻子很生气，三天没有跟他说话。"]),
]


def _middle(en: list[str], zh: list[str], params: Params | None = None) -> list[str]:
    """Bead kinds of the two sentences between the fixed context sentences."""
    beads = tm.align(BEFORE_EN + en + AFTER_EN, BEFORE_ZH + zh + AFTER_ZH, "en", "zh",
                     params=params)
    return [bead.kind for bead in beads][len(BEFORE_EN):-len(AFTER_EN)]


@every_row(("text", "chinese", "parts"), [
    ("He came, saw; and won: all 3,000 of them.", False,
     ["He came,", "saw;", "and won:", "all 3,000 of them."]),
    ("他来了，看见了；赢了：一共3,000个。", True,
     ["他来了，", "看见了；", "赢了：", "一共3,000个。"]),
    ("No clause separator here.", False, ["No clause separator here."]),
])
def test_a_sentence_is_cut_after_its_clause_separators(text: str, chinese: bool,
                                                       parts: list[str]) -> None:
    assert clauses(text, chinese) == parts


@pytest.mark.parametrize(("en", "zh"), CROSSED)
def test_sentence_boundaries_at_different_clause_points_make_one_bead(
        en: list[str], zh: list[str]) -> None:
    assert _middle(en, zh) == ["2-2"]
    # Without the clause evidence the sentence-level costs prefer two 1-1 beads:
    # the merge is this evidence's doing.
    assert _middle(en, zh, Params(clause_merge=None)) == ["1-1", "1-1"]


@pytest.mark.parametrize(("en", "zh"), CROSSED)
def test_the_crossed_pair_is_merged_in_either_direction(en: list[str], zh: list[str]) -> None:
    beads = tm.align(BEFORE_ZH + zh + AFTER_ZH, BEFORE_EN + en + AFTER_EN, "zh", "en")
    assert [bead.kind for bead in beads][2:-2] == ["2-2"]


@pytest.mark.parametrize(("en", "zh"), AGREEING)
def test_sentence_boundaries_that_agree_stay_two_beads(
        en: list[str], zh: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # Every pair of neighbouring beads is weighed (no speed filter): the clause
    # evidence itself must keep these apart.
    monkeypatch.setattr(_clauses, "_CANDIDATE_GAP", math.inf)
    monkeypatch.setattr(_clauses, "_CANDIDATE_LENGTH_GAIN", math.inf)
    assert _middle(en, zh) == ["1-1", "1-1"]


@pytest.mark.parametrize("max_bead", [1, 2])
def test_a_merge_never_makes_a_bead_larger_than_max_bead(max_bead: int) -> None:
    en, zh = CROSSED[0]
    beads = tm.align(BEFORE_EN + en + AFTER_EN, BEFORE_ZH + zh + AFTER_ZH, "en", "zh",
                     max_bead=max_bead)
    assert all(len(bead.src) + len(bead.tgt) <= max(max_bead + 1, 2) for bead in beads)
    assert all(len(bead.src) <= max_bead and len(bead.tgt) <= max_bead for bead in beads)

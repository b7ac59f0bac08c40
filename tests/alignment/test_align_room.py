"""A short line left out (or added) is not glued to its neighbour (tm.alignment._room).

The stories are made up.  Each one-liner shares no word with the other side
and the neighbour it sits beside explains every clause of its partner, so the
other side has no room for it.
"""

from __future__ import annotations

import pytest

import tm
from rows import every_row
from tm.alignment import _room as room
from tm.alignment._clauses import ClausePieces
from tm.alignment._scoring import make_items

EN = ["The city opened a new bridge over the river on Monday.",
      "The bridge cost 2.4 billion yuan and took three years to build.",
      "About 40,000 cars crossed it on the first day.",
      "The old bridge will close for repairs in June."]
ZH = ["该市周一开通了一座跨河新桥。",
      "大桥耗资24亿元，建设历时三年。",
      "开通首日约有4万辆汽车通过该桥。",
      "旧桥将于6月封闭维修。"]

Beads = dict[tuple[tuple[int, ...], tuple[int, ...]], float]


def _beads(en: list[str], zh: list[str]) -> Beads:
    return {(b.src, b.tgt): b.score for b in tm.align(en, zh)}


@every_row("line", ["Demand is strong.", "Critics disagree.", "It was windy."])
def test_a_left_out_english_one_liner_stands_alone(line: str) -> None:
    """Before: glued onto the next sentence as a 2-1 bead (0.31-0.51)."""
    en = [*EN[:2], line, *EN[2:]]
    beads = _beads(en, ZH)
    assert ((2,), ()) in beads
    assert ((3,), (2,)) in beads
    assert not any(len(src) > 1 for src, _ in beads)


@pytest.mark.parametrize(("position", "line"), [(2, "市民非常高兴。"), (4, "大家都很满意。")])
def test_an_added_chinese_one_liner_stands_alone(position: int, line: str) -> None:
    """Before: glued onto the sentence before it as a 1-2 bead trusted at 0.71-0.75."""
    zh = [*ZH[:position], line, *ZH[position:]]
    beads = _beads(EN, zh)
    assert ((), (position,)) in beads
    assert not any(len(tgt) > 1 for _, tgt in beads)
    assert all(score <= 0.5 for (src, tgt), score in beads.items() if position in tgt and src)


def test_a_short_sentence_the_translation_keeps_as_a_clause_stays_merged() -> None:
    """"But the rally faded." has a clause of its own in the Chinese (但势头随后减弱):
    the other side has room for it, so the 2-1 bead stands."""
    en = ["Exports rose 12 percent in May.", "But the rally faded.",
          "Imports fell 3 percent, the customs office said."]
    zh = ["5月出口增长12%，但势头随后减弱。", "海关称，进口下降3%。"]
    assert ((0, 1), (0,)) in _beads(en, zh)


def _no_room(en: list[str], zh: list[str], edge: int) -> bool:
    """no_room for English sentence *edge* of the bead of all of *en* against all of *zh*."""
    side = make_items(en, "en", "zh")
    other = ClausePieces(make_items(zh, "zh", "en"), zh, "zh", "en", 0.27)
    return room.no_room(side, other, (0, len(en), 0, len(zh)), edge)


def test_no_room_needs_every_clause_explained_by_the_bead_mates() -> None:
    en = ["About 40,000 cars crossed it on the first day.", "Demand is strong."]
    assert _no_room(en, ["开通首日约有4万辆汽车通过该桥。"], 1)
    # A clause the bead-mate does not explain (交通局 "traffic bureau") is room for the line.
    assert not _no_room(en, ["交通局称，开通首日约有4万辆汽车通过该桥。"], 1)


def test_no_room_never_cuts_a_sentence_that_matches_the_other_side() -> None:
    en = ["About 40,000 cars crossed it on the first day.", "The cars were quiet."]
    assert not _no_room(en, ["开通首日约有4万辆汽车通过该桥。"], 1)

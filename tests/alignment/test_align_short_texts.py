"""Short texts: a document's coverage measured on one or two 1-1 beads is no measurement.

Made-up notices (an airport, an aquarium, a city library, a bus council).  Trial
R4-17's class: in a text of two short paragraphs, a sentence the Chinese edition
splits in two ("... opened in 2008 and now handles 12 million travellers a year." →
该机场于2008年启用。 | 如今年旅客吞吐量达1200万人次。) was cut into 1-1 + 0-1, because the
only other 1-1 bead ("Parking is free." / 停车免费。) matched all of its evidence and
the document's coverage came out at the upper bound (0.85): with so close a
translation, the second half's few missing words looked like a glued-on sentence.
The English was then stored, trusted, with half its translation.
"""

from __future__ import annotations

import tm
from tm.alignment import _glue as glue
from tm.alignment import bead_shapes
from tm.alignment._align import searched_path
from tm.alignment._confidence import bead_scores
from tm.alignment._scoring import Params

TRUSTED = 0.5   # tm align's default --fuzzy-below


def _beads(en: str, zh: str) -> dict[tuple[tuple[int, ...], tuple[int, ...]], float]:
    beads = tm.align(tm.segment(en, "en"), tm.segment(zh, "zh"))
    return {(b.src, b.tgt): b.score for b in beads}


def test_a_split_sentence_in_a_two_paragraph_notice_keeps_both_halves() -> None:
    """Failed before the coverage prior: [0]:[0] at 0.70 and [1] of the Chinese alone."""
    beads = _beads("The airport opened in 2008 and now handles 12 million travellers a year."
                   "\n\nParking is free.\n",
                   "该机场于2008年启用。如今年旅客吞吐量达1200万人次。\n\n停车免费。\n")
    assert ((0,), (0, 1)) in beads
    assert beads[((0,), (0, 1))] > TRUSTED
    assert ((1,), (2,)) in beads


def test_other_split_notices_stay_one_to_two() -> None:
    for en, zh in (
            ("The aquarium opened in 2011 and now draws 800,000 guests every year.\n\n"
             "Entry is free.\n",
             "这座水族馆于2011年开馆。目前每年接待游客80万人次。\n\n入场免费。\n"),
            ("The library was founded in 1921 and today lends 5 million books a year.\n\n"
             "Membership is free.\n",
             "该图书馆创建于1921年。如今每年外借图书500万册。\n\n办证免费。\n")):
        beads = _beads(en, zh)
        assert ((0,), (0, 1)) in beads, en


def test_coverage_of_a_few_beads_stays_near_the_prior() -> None:
    """One 1-1 bead that matches all of its two keys says little about the document: the
    estimate moves from the prior toward it by the evidence seen, not to the bound."""
    en, zh = ["Parking is free."], ["停车免费。"]
    cost, _ = searched_path(en, zh, None, None, "en", "zh", None, bead_shapes(4), None, 8,
                            Params())
    assert cost.matches(0, 1, 0, 1) == cost.a[0].mass       # everything matched
    low, high = glue.coverage(cost, [(1, 1)])
    assert 0.5 < low < 0.6 and 0.5 < high < 0.6


def test_a_bead_beside_a_sentence_that_belongs_to_it_is_not_sure() -> None:
    """A paired bead is as wrong as the null bead beside it when that sentence belongs to
    it: cut into 1-1 + 0-1, "The council approved the new bus routes on Monday, and
    drivers will be trained over the summer." keeps only the routes; the glue model says
    司机将在夏季接受培训。 is no left-out sentence (its null bead scores 0.002), yet the
    1-1 scored 0.88 before."""
    en = ["The council approved the new bus routes on Monday, and drivers will be trained "
          "over the summer.", "Fares will not change.", "The first buses run in September."]
    zh = ["市议会周一批准了新的公交线路。", "司机将在夏季接受培训。", "票价保持不变。",
          "首批公交车将于9月开通。"]
    cost, path = searched_path(en, zh, None, None, "en", "zh", None, bead_shapes(4), None, 8,
                               Params())
    assert path == [(1, 2), (1, 1), (1, 1)]
    assert min(bead_scores(cost, path)) > TRUSTED
    cut = bead_scores(cost, [(1, 1), (0, 1), (1, 1), (1, 1)])
    assert cut[1] < TRUSTED
    assert cut[0] < TRUSTED
    assert cut[2] > TRUSTED and cut[3] > TRUSTED

"""Omissions and additions in mid-document: the generated variants of the bundled article.

Acceptance (issue 11): on the article with a sentence left out and credit lines
added at several places (tests/alignment/article_variants.py), every 1-0 and
0-1 bead is found, and no wrong bead has a confidence above 0.5.
"""

from __future__ import annotations

import pytest
from article_variants import Variant, variants

import tm
from tm.alignment import bead_shapes
from tm.alignment._align import searched_path
from tm.alignment._confidence import bead_scores
from tm.alignment._scoring import Params

VARIANTS = list(variants())


def test_there_are_omissions_and_additions_at_several_places() -> None:
    assert len(VARIANTS) >= 20
    assert sum(len(v.nulls) for v in VARIANTS) >= 20
    places = {v.nulls[0] for v in VARIANTS}
    assert len(places) >= 10


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.name for v in VARIANTS])
def test_every_null_bead_is_found_and_no_wrong_bead_is_trusted(variant: Variant) -> None:
    beads = tm.align(variant.en, variant.zh)
    found = {(b.src, b.tgt): b.score for b in beads}
    assert [n for n in variant.nulls if n not in found] == []
    gold = set(variant.gold)
    trusted_wrong = {k: s for k, s in found.items() if k not in gold and s > 0.5}
    assert trusted_wrong == {}


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.name for v in VARIANTS])
def test_without_paragraphs_too_every_null_bead_is_found_and_none_wrong_trusted(
        variant: Variant) -> None:
    """Plain strings give the aligner no paragraph evidence: furniture is still
    recognised by form, a left-out sentence glued to its neighbour is cut off,
    and one paired with the next sentence along gives that sentence back."""
    beads = tm.align([s.text for s in variant.en], [s.text for s in variant.zh])
    found = {(b.src, b.tgt): b.score for b in beads}
    assert [n for n in variant.nulls if n not in found] == []
    gold = set(variant.gold)
    assert {k: s for k, s in found.items() if k not in gold and s > 0.5} == {}


def test_a_glued_sentence_never_makes_a_bead_look_sure() -> None:
    """Before glued sentences are cut off, a bead that swallowed a neighbour's
    left-out (or added) sentence already scores low: it is never shown as sure."""
    checked = 0
    for variant in VARIANTS:
        en = [s.text for s in variant.en]
        zh = [s.text for s in variant.zh]
        cost, path = searched_path(en, zh, None, None, "en", "zh", None, bead_shapes(4), None, 8,
                                   Params())
        i = j = 0
        for (k, t), score in zip(path, bead_scores(cost, path), strict=True):
            src, tgt = set(range(i, i + k)), set(range(j, j + t))
            glued = k and t and k + t > 2 and any(src & set(a) or tgt & set(b)
                                                  for a, b in variant.nulls)
            if glued:
                checked += 1
                assert score < 0.7, (variant.name, (k, t), score)
            i, j = i + k, j + t
    assert checked >= 3

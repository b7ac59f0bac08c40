"""Omissions and additions in mid-document: the generated variants of the bundled article.

Acceptance (issue 11): on the article with a sentence left out and credit lines
added at several places (tests/alignment/article_variants.py), every 1-0 and
0-1 bead is found, and no wrong bead has a confidence above 0.5.
"""

from __future__ import annotations

import pytest
from article_variants import variant_names, variants_by_name

import tm
from tm.alignment import bead_shapes
from tm.alignment._align import searched_path
from tm.alignment._confidence import bead_scores
from tm.alignment._scoring import Params

#: The variants' names (test ids), read from the gold alone: the article is segmented
#: when the first test runs (:func:`variants_by_name`), not at collection.
NAMES = variant_names()


def test_there_are_omissions_and_additions_at_several_places() -> None:
    every = list(variants_by_name().values())
    assert len(every) >= 20
    assert sum(len(v.nulls) for v in every) >= 20
    places = {v.nulls[0] for v in every}
    assert len(places) >= 10


@pytest.mark.parametrize("name", NAMES, ids=NAMES)
def test_every_null_bead_is_found_and_no_wrong_bead_is_trusted(name: str) -> None:
    variant = variants_by_name()[name]
    beads = tm.align(variant.en, variant.zh)
    found = {(b.src, b.tgt): b.score for b in beads}
    assert [n for n in variant.nulls if n not in found] == []
    gold = set(variant.gold)
    trusted_wrong = {k: s for k, s in found.items() if k not in gold and s > 0.5}
    assert trusted_wrong == {}


@pytest.mark.parametrize("name", NAMES, ids=NAMES)
def test_without_paragraphs_too_every_null_bead_is_found_and_none_wrong_trusted(
        name: str) -> None:
    """Plain strings give the aligner no paragraph evidence: furniture is still
    recognised by form, a left-out sentence glued to its neighbour is cut off,
    and one paired with the next sentence along gives that sentence back."""
    variant = variants_by_name()[name]
    beads = tm.align([s.text for s in variant.en], [s.text for s in variant.zh])
    found = {(b.src, b.tgt): b.score for b in beads}
    assert [n for n in variant.nulls if n not in found] == []
    gold = set(variant.gold)
    assert {k: s for k, s in found.items() if k not in gold and s > 0.5} == {}


def test_a_glued_sentence_never_makes_a_bead_look_sure() -> None:
    """Before glued sentences are cut off, a bead that swallowed a neighbour's
    left-out (or added) sentence already scores low: it is never shown as sure."""
    checked = 0
    for variant in variants_by_name().values():
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

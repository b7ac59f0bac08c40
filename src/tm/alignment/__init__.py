"""Sentence alignment of an English text with its Chinese translation.

:func:`align` finds the beads (1-1, 2-1, 1-2, 1-0, 0-1, ...) by a
coarse-to-fine dynamic programme over length, number, name and dictionary
evidence; :mod:`._scoring` owns the costs and the confidence of a bead.
"""

from tm.alignment._align import (
    ALIGNMENT_VERSION,
    align,
    bead_shapes,
)
from tm.alignment._scoring import (
    CONFIDENCE_WEIGHTS,
    NULL_CONFIDENCE,
    SCORING_VERSION,
    Item,
    Params,
    Similarity,
    confidence,
    length_cost,
    make_items,
    neighbour_evidence,
)

__all__ = [
    "ALIGNMENT_VERSION",
    "CONFIDENCE_WEIGHTS",
    "NULL_CONFIDENCE",
    "SCORING_VERSION",
    "Item",
    "Params",
    "Similarity",
    "align",
    "bead_shapes",
    "confidence",
    "length_cost",
    "make_items",
    "neighbour_evidence",
]

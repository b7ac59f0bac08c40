"""Sentence alignment of an English text with its Chinese translation.

:func:`align` finds the beads (1-1, 2-1, 1-2, 1-0, 0-1, ...) by a
coarse-to-fine dynamic programme over length, number, name and dictionary
evidence (:mod:`._scoring` makes the evidence, :mod:`._beadcost` prices a bead,
:mod:`._furniture` reads the page-furniture forms of ``data/furniture.toml``,
:mod:`._learn` the second pass's word pairs); :mod:`._confidence` gives each
bead the probability that it is right.  :func:`beads_to_units` turns the beads
into translation units, :func:`review_html` into a review page, and
:func:`embedding_similarity` plugs a sentence-embedding model in.
"""

from tm.alignment._align import (
    ALIGNMENT_VERSION,
    MAX_BEAD,
    align,
    bead_shapes,
)
from tm.alignment._confidence import (
    CONFIDENCE_WEIGHTS,
    NULL_CONFIDENCE,
    NULL_WEIGHTS,
    bead_features,
    confidence,
    neighbour_evidence,
)
from tm.alignment._embedding import Encoder, embedding_similarity
from tm.alignment._review import review_html
from tm.alignment._scoring import (
    SCORING_VERSION,
    Item,
    Params,
    Similarity,
    length_cost,
    make_items,
)
from tm.alignment._units import (
    DEFAULT_FUZZY_BELOW,
    AlignedUnit,
    AlignedUnits,
    beads_to_units,
    join_sentences,
)

__all__ = [
    "ALIGNMENT_VERSION",
    "CONFIDENCE_WEIGHTS",
    "DEFAULT_FUZZY_BELOW",
    "MAX_BEAD",
    "NULL_CONFIDENCE",
    "NULL_WEIGHTS",
    "SCORING_VERSION",
    "AlignedUnit",
    "AlignedUnits",
    "Encoder",
    "Item",
    "Params",
    "Similarity",
    "align",
    "bead_features",
    "bead_shapes",
    "beads_to_units",
    "confidence",
    "embedding_similarity",
    "join_sentences",
    "length_cost",
    "make_items",
    "neighbour_evidence",
    "review_html",
]

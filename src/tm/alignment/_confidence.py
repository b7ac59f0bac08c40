"""How sure the aligner is of each bead: :func:`bead_scores`.

A bead's confidence is meant as the probability that it is exactly right.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from tm.alignment._beadcost import BeadCost

__all__ = ["CONFIDENCE_WEIGHTS", "NULL_CONFIDENCE", "bead_scores", "confidence",
           "neighbour_evidence"]

#: Logistic weights of :func:`confidence`: bias, similarity x reliability,
#: reliability, length cost, neighbours' similarity x reliability, paragraph
#: penalty.  Fitted on MAC-Dev beads plus beads of deliberately mismatched
#: document pairs (so that a "translation" that is not one scores low); the
#: paragraph weight is set by hand (MAC-Dev has no paragraphs).
CONFIDENCE_WEIGHTS = (-0.74, 5.73, -3.98, -0.41, 16.18, -0.5)
#: Confidence of a null bead (a sentence left without counterpart).
NULL_CONFIDENCE = 0.3
#: How many paired beads on each side count as a bead's neighbours.
NEIGHBOURS = 3


def confidence(evidence: float, reliability: float, length: float, neighbours: float,
               paragraph: float = 0.0) -> float:
    """Probability-like confidence in [0, 1] that a bead is right.

    *evidence* is the bead's similarity times its reliability, *length* its
    Gale-Church cost, *neighbours* the mean evidence of the paired beads
    around it (a bead among well-supported beads is constrained by them; a
    document that is not a translation has no support anywhere), *paragraph*
    its paragraph penalty.  A logistic model (:data:`CONFIDENCE_WEIGHTS`).
    """
    b0, b_sim, b_rel, b_len, b_near, b_par = CONFIDENCE_WEIGHTS
    z = (b0 + b_sim * evidence + b_rel * reliability + b_len * length + b_near * neighbours
         + b_par * paragraph)
    z = max(-40.0, min(40.0, z))
    return round(1.0 / (1.0 + math.exp(-z)), 4)


def neighbour_evidence(values: Sequence[float], window: int = NEIGHBOURS) -> list[float]:
    """For each value, the mean of up to *window* values on each side (itself when alone)."""
    prefix = [0.0]
    for v in values:
        prefix.append(prefix[-1] + v)
    out = []
    for k, v in enumerate(values):
        lo, hi = max(0, k - window), min(len(values), k + window + 1)
        count = hi - lo - 1
        out.append((prefix[hi] - prefix[lo] - v) / count if count else v)
    return out


def bead_scores(cost: BeadCost, path: Sequence[tuple[int, int]]) -> list[float]:
    """Confidence of each bead of *path* (see :func:`confidence`)."""
    features: list[tuple[float, float, float, float]] = []
    i = j = 0
    for k, t in path:
        if k and t:
            sim, rel = cost.similarity_of(i, i + k, j, j + t)
            features.append((sim * rel, rel, cost.length_of(i, i + k, j, j + t),
                             cost.paragraph_cost(i, i + k, j, j + t)))
        i, j = i + k, j + t
    near = iter(neighbour_evidence([f[0] for f in features]))
    found = iter(features)
    out: list[float] = []
    for k, t in path:
        if k and t:
            evidence, rel, length, paragraph = next(found)
            out.append(confidence(evidence, rel, length, next(near), paragraph))
        else:
            out.append(NULL_CONFIDENCE)
    return out

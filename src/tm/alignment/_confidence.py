"""How sure the aligner is of each bead: :func:`bead_scores`.

A bead's confidence is the probability that it is exactly right (a bead of
the gold alignment), from two logistic models over what the aligner knows of
the bead:

* a paired bead (k-t with k, t >= 1): its own evidence (similarity x
  reliability, and reliability alone: much evidence that does not match is
  a sign of a wrong pair), its length cost, its paragraph penalty, its
  *orphan* score (a sentence of a many-sentence bead that matches nothing
  while the rest of the bead explains the partner: a sentence left out or
  added, glued on), page furniture paired with text, its shape, and the
  evidence of the paired beads around it (a bead among well-supported beads
  is constrained by them; a file that is not a translation has no support);
* a null bead (1-0, 0-1): whether the sentence is page furniture, how much
  evidence it carries, how well it matches its best possible partner nearby
  (a sentence that matches a neighbour well was probably not left out), and
  the neighbours' evidence.

The weights are fitted by ``tests/benchmarks/fit_confidence.py`` on half of
MAC-Dev (documents 001, 003, 005) with omission variants and mismatched
document pairs made from the same half; docs/benchmarks.md reports the
reliability table and the expected calibration error on the other half.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from tm.alignment import _glue as glue
from tm.alignment import _unrelated as unrelated
from tm.alignment._beadcost import BeadCost

__all__ = ["CONFIDENCE_WEIGHTS", "NULL_CONFIDENCE", "NULL_WEIGHTS", "bead_features",
           "bead_scores", "confidence", "looks_shifted", "neighbour_evidence"]

#: Names of the paired-bead features, in the order of :data:`CONFIDENCE_WEIGHTS` (after the bias).
PAIRED_FEATURES = ("evidence", "reliability", "similarity", "length", "paragraph", "orphan",
                   "furniture", "many", "glued", "neighbours")
#: Logistic weights of a paired bead: bias, then one per :data:`PAIRED_FEATURES`
#: (fitted; the paragraph and furniture weights are set by hand: MAC-Dev has neither).
CONFIDENCE_WEIGHTS = (1.925, 0.655, -2.845, 2.656, -0.714, -0.5, -1.491, -3.0, -0.147, -5.248,
                      5.638)
#: Index of the glued probability (the "glued" feature) in a paired bead's features.
GLUED = PAIRED_FEATURES.index("glued")
#: Names of the null-bead features, in the order of :data:`NULL_WEIGHTS` (after the bias).
NULL_FEATURES = ("furniture", "reliability", "best partner", "own paragraph", "left out",
                 "neighbours")
#: Logistic weights of a null bead: bias, then one per :data:`NULL_FEATURES`
#: (fitted; the own-paragraph weight is set by hand).
NULL_WEIGHTS = (1.179, 1.885, -1.123, -0.456, 1.0, 2.565, 0.02)
#: Index of the left-out probability in a null bead's features.
LEFT_OUT = NULL_FEATURES.index("left out")
#: Confidence of a null bead when one side is empty (nothing else to go on).
NULL_CONFIDENCE = 0.0
#: How many paired beads on each side count as a bead's neighbours.
NEIGHBOURS = 3


def _logistic(weights: Sequence[float], features: Sequence[float]) -> float:
    z = weights[0] + sum(w * x for w, x in zip(weights[1:], features, strict=True))
    z = max(-40.0, min(40.0, z))
    return round(1.0 / (1.0 + math.exp(-z)), 4)


def confidence(features: Sequence[float], null: bool = False) -> float:
    """Probability in [0, 1] that a bead with these *features* is right.

    *features* follow :data:`PAIRED_FEATURES` (or :data:`NULL_FEATURES` for a
    null bead); :func:`bead_features` computes them.
    """
    return _logistic(NULL_WEIGHTS if null else CONFIDENCE_WEIGHTS, features)


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


def _sigmoid(logit: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, logit))))


#: The left-out probability of a null bead with no paired bead beside it.
_NO_NEIGHBOUR = 1.0 / (1.0 + math.exp(-glue.NO_GLUE)) + 1e-12


def _paired(cost: BeadCost, i: int, k: int, j: int, t: int,
            shares: tuple[float, float]) -> list[float]:
    """Features of paired bead src[i:i+k] x tgt[j:j+t], without the neighbours'."""
    sim, rel = cost.similarity_of(i, i + k, j, j + t)
    orphan = 0.0
    if cost.similarity is None and (k > 1 or t > 1):
        orphan = cost.orphan_cost(i, i + k, j, j + t, cost.matches(i, i + k, j, j + t),
                                  weight=1.0)
    furniture = float(cost.furniture_cost(i, i + k, j, j + t) > 0)
    return [sim * rel, rel, sim, cost.length_of(i, i + k, j, j + t),
            min(cost.paragraph_cost(i, i + k, j, j + t), 10.0), orphan, furniture,
            float(k + t > 2), _sigmoid(glue.bead_glue(cost, i, k, j, t, shares))]


def _null(cost: BeadCost, i: int, k: int, j: int, left_out: float) -> list[float]:
    """Features of the null bead of source sentence i (k == 1) or target sentence j."""
    item = cost.a[i] if k else cost.b[j]
    mass = item.mass
    rel = mass / (mass + cost.params.evidence_half)
    best = cost.best_partner(i, source=True) if k else cost.best_partner(j, source=False)
    own = float(item.starts_paragraph and item.ends_paragraph and cost.use_paragraphs)
    return [float(bool(item.furniture)), rel, best, own, _sigmoid(left_out)]


def bead_features(cost: BeadCost, path: Sequence[tuple[int, int]],
                  shares: tuple[float, float] | None = None) -> list[list[float]]:
    """The features of each bead of *path*: :data:`PAIRED_FEATURES` or :data:`NULL_FEATURES`.

    The last feature, the neighbours' evidence, is the mean evidence of up to
    three beads on each side; a null bead counts as no evidence (a pair among
    unpaired sentences has no support), except page furniture, which is
    expected to stand alone and is skipped.
    """
    if shares is None:
        shares = glue.coverage(cost, path)
    rows: list[list[float]] = []
    starts = glue.bead_starts(path)
    i = j = 0
    for index, (k, t) in enumerate(path):
        if k and t:
            rows.append(_paired(cost, i, k, j, t, shares))
        else:
            left_out = glue.null_glue(cost, path, index, shares, starts)
            rows.append(_null(cost, i, k, j, left_out))
        i, j = i + k, j + t
    support = [row[0] if k and t else 0.0
               for (k, t), row in zip(path, rows, strict=True)
               if (k and t) or not row[0]]            # row[0] of a null bead: furniture
    near = neighbour_evidence(support) if support else []
    position = 0
    for (k, t), row in zip(path, rows, strict=True):
        furniture_null = not (k and t) and bool(row[0])
        if furniture_null:
            lo, hi = max(0, position - NEIGHBOURS), min(len(support), position + NEIGHBOURS)
            row.append(sum(support[lo:hi]) / (hi - lo) if hi > lo else 0.0)
        else:
            row.append(near[position])
            position += 1
    return rows


#: Log-likelihood ratio of "unrelated" (a pair's missing_ratio when they disagree) at
#: which a paired bead is as likely two unrelated sides as a translation.  The ratio
#: treats keys as independent and overstates: on the development sets (news
#: align-heldout to align-heldout5 with paragraphs, MAC-Dev) 3 of the 4 1-1 beads
#: between 7 and 8 were wrong, 4 of the 6 between 5.5 and 7 right, one MAC-Dev bead above 7.
UNRELATED_EVEN = 7.0


#: Log-likelihood ratio of "unrelated" (:func:`tm.alignment._unrelated.missing_ratio`)
#: at which a paired bead is as likely two unrelated sides as a translation when its
#: figures and lengths agree.  Right pairs reach 12.7 on the news development sets (a
#: long sentence the dictionary barely links) and 15.7 in 5,000 King James verses
#: (bench_align.bible_document), where the cap leaves them above 0.5.
MISSING_EVEN = 16.0


#: Weighted keys by which a neighbouring sentence must match a 1-1 bead's sentence better
#: than its own partner (a figure and a word, or three words) for the pair to look shifted.
SHIFT_EVIDENCE = 3.0
#: Largest share of the neighbour's match that the own partner may reach for the pair to
#: look shifted: a partner that matches nearly as much is a restatement, not a shift.
SHIFT_OWN_SHARE = 2.0 / 3.0
#: Confidence cap of a bead that looks shifted.  On the development sets (align-heldout
#: to align-heldout7, both inputs, MAC-Dev) 6 of the 23 trusted 1-1 beads that look
#: shifted were right (2 of 18 news beads, 4 of 5 MAC-Dev beads).
SHIFTED_CONFIDENCE = 0.3


#: How far along the other side (in sentences) a sentence that explains a 1-1 bead's
#: sentence better may stand for the bead to look shifted; beyond the next one it must
#: share a figure with it (:func:`_figure_explained`).
SHIFT_REACH = 3


def looks_shifted(cost: BeadCost, i: int, j: int) -> bool:
    """Whether 1-1 bead src[i] x tgt[j] looks shifted: a sentence near one of its
    sentences on the other side matches that sentence by :data:`SHIFT_EVIDENCE` keys
    more than its partner does, and the partner matches at most
    :data:`SHIFT_OWN_SHARE` as much.

    A sentence left out on one side lets the search pair its neighbour with the next
    sentence along ("China has more than 300 million people aged 60 or over" paired
    with 中国正在快速步入老龄社会。, and the next English sentence with
    截至2025年底，全国60岁及以上人口已超过3亿。, which holds the first one's figures); each
    pair shares a word or a figure by chance, and its neighbours' support made it look
    sure.  The sentence that explains the partner better is the sign.  Up to
    :data:`SHIFT_REACH` sentences along count when they share a figure with it that the
    pair does not (a moved paragraph shifts several pairs at once, trial R4-13).
    """
    own = cost.matches(i, i + 1, j, j + 1)
    best = 0.0
    for d in range(-SHIFT_REACH, SHIFT_REACH + 1):
        for x, y in ((i + d, j), (i, j + d)) if d else ():
            if (0 <= x < len(cost.a) and 0 <= y < len(cost.b) and cost.in_window(x, y)
                    and (abs(d) == 1 or _figure_explained(cost, i, j, x, y))):
                best = max(best, cost.matches(x, x + 1, y, y + 1))
    return best - own >= SHIFT_EVIDENCE and own <= SHIFT_OWN_SHARE * best


def _figure_explained(cost: BeadCost, i: int, j: int, x: int, y: int) -> bool:
    """Whether pair src[x] x tgt[y] (one of them a sentence of bead src[i] x tgt[j]) shares
    a figure that the bead's own pair does not: a sentence further along that holds the
    figures is no chance match, as a repeated name or word in a story would be."""
    pair = glue.figures_of([cost.a[x]]) & glue.figures_of([cost.b[y]])
    return bool(pair - (glue.figures_of([cost.a[i]]) & glue.figures_of([cost.b[j]])))


#: Log-odds added to the glue model's for a sentence standing alone joined to the paired
#: bead beside it, when that caps the bead (:func:`_beside_null`).  The glue model's
#: probabilities are sharp: on the development sets (align-heldout to -7, MAC-Dev) paired
#: beads whose neighbour's probability was under 0.05 were 9 wrong of 10, those between
#: 0.05 and 0.5 right 69 of 86; +3 moves the cap's even point to 0.05.
JOIN_MARGIN = 3.0


def _beside_null(cost: BeadCost, path: Sequence[tuple[int, int]], index: int,
                 shares: tuple[float, float], starts: Sequence[tuple[int, int]]) -> float:
    """The probability that every sentence standing alone next to paired bead *index* was
    left out rather than cut off this bead (1 with none beside it).

    A null bead is never surer than its sentence is left out; the paired bead beside it
    is just as wrong if the sentence belongs to it (a 1-2 split cut into 1-1 + 0-1 keeps
    half the translation), so it is capped the same way, by the glue model's log-odds
    of the sentence joined to this bead (:func:`tm.alignment._glue.join_glue`).  Page
    furniture stands alone by form and caps nothing.
    """
    out = 1.0
    for other in (index - 1, index + 1):
        if not 0 <= other < len(path) or (path[other][0] and path[other][1]):
            continue
        i, j = starts[other]
        if (cost.a[i] if path[other][0] else cost.b[j]).furniture:
            continue
        joined = glue.join_glue(cost, path, other, index, shares, starts)
        out = min(out, _sigmoid(joined + JOIN_MARGIN))
    return round(out, 4)


def bead_scores(cost: BeadCost, path: Sequence[tuple[int, int]],
                shares: tuple[float, float] | None = None) -> list[float]:
    """Confidence of each bead of *path* (see :func:`confidence`).

    A paired bead is right only if none of its edge sentences is glued on, so
    its confidence never exceeds the probability that its likeliest glued
    sentence is not (:data:`GLUED`, from the glue model): a bead that keeps a
    sentence which is as likely left out as merged is never shown as sure.
    A paired bead is right only if its two sides are related, so its confidence
    never exceeds 1 - sigmoid(ratio - :data:`UNRELATED_EVEN`), with the
    document's own coverage: sides that share almost nothing in a close
    translation (an English-only line facing a Chinese-only one, two left-out
    sentences facing an added one) are not sure.  A 1-1 bead that looks shifted
    (:func:`looks_shifted`) scores at most :data:`SHIFTED_CONFIDENCE`.  A paired bead
    next to a sentence standing alone scores at most the probability that the sentence
    was left out rather than cut off this bead (:func:`_beside_null`).
    """
    if shares is None:
        shares = glue.coverage(cost, path)
    out = []
    starts = glue.bead_starts(path)
    for index, ((k, t), (i, j), row) in enumerate(zip(path, starts,
                                                      bead_features(cost, path, shares),
                                                      strict=True)):
        score = confidence(row, null=not (k and t))
        if k and t:
            score = min(score, round(1.0 - row[GLUED], 4), _beside_null(cost, path, index,
                                                                    shares, starts))
            if cost.fine:
                missing = unrelated.missing_ratio(cost, i, j, shares, k, t)
                ratio = missing if unrelated.disagree(cost, i, j, k, t) else 0.0
                score = min(score, round(1.0 - _sigmoid(ratio - UNRELATED_EVEN), 4))
                score = min(score, round(1.0 - _sigmoid(missing - MISSING_EVEN), 4))
                if k == 1 and t == 1 and cost.similarity is None and looks_shifted(cost, i, j):
                    score = min(score, SHIFTED_CONFIDENCE)
        elif not row[0] and row[LEFT_OUT] > _NO_NEIGHBOUR:
            score = min(score, round(row[LEFT_OUT], 4))
        out.append(score)
    for index, ((k, t), (i, j)) in enumerate(zip(path, starts, strict=True)):
        if (not (k and t) and out[index] > SHIFTED_CONFIDENCE
                and _translation_unsure(cost, path, starts, out, (i, j), bool(k))):
            out[index] = SHIFTED_CONFIDENCE
    return out


def _translation_unsure(cost: BeadCost, path: Sequence[tuple[int, int]],
                        starts: Sequence[tuple[int, int]], scores: Sequence[float],
                        at: tuple[int, int], source: bool) -> bool:
    """Whether the sentence of a null bead starting *at* (of the source side, or the target)
    shares :data:`tm.alignment._glue.MOVED_FIGURES` figures or more with a sentence up to
    :data:`SHIFT_REACH` sentences along the other side whose bead is not sure (0.5 or less).

    A left-out sentence shifts its neighbours: 7号线单程票价为2.8克朗，…机场站另收1.5克朗附加费。
    stood alone, sure at 0.51, while "A single ride on Line 7 costs 2.80 crowns, … a 1.5-crown
    surcharge." was paired with the sentence before it, unrelated, at 0.06.  A sentence whose
    figures another sentence nearby holds was probably not left out, whatever the search made
    of that one; when its bead is sure the figures are a restatement, and nothing is said.
    """
    side, other = (cost.a, cost.b) if source else (cost.b, cost.a)
    index, here = at if source else (at[1], at[0])
    item = side[index]
    if item.furniture:
        return False
    figures = glue.figures_of([item]) - {glue._ONE}
    if len(figures) < glue.MOVED_FIGURES:
        return False
    for y in range(max(0, here - SHIFT_REACH), min(len(other), here + SHIFT_REACH + 1)):
        r, c = (index, y) if source else (y, index)
        if not cost.in_window(r, c):
            continue
        if len(figures & glue.figures_of([other[y]])) >= glue.MOVED_FIGURES:
            bead = _bead_of(starts, path, y, not source)
            if scores[bead] <= 0.5:
                return True
    return False


def _bead_of(starts: Sequence[tuple[int, int]], path: Sequence[tuple[int, int]], index: int,
             source: bool) -> int:
    """The number of the bead that holds sentence *index* of the source side (or target)."""
    side = 0 if source else 1
    lo, hi = 0, len(starts) - 1
    while lo < hi:   # the last bead starting at or before index that holds sentences of the side
        mid = (lo + hi + 1) // 2
        if starts[mid][side] <= index:
            lo = mid
        else:
            hi = mid - 1
    while path[lo][side] == 0 or starts[lo][side] > index:
        lo -= 1
    return lo

"""Two sentences the other edition swapped: one bead for the crossing pairs.

An edition that reorders two neighbouring sentences or list items ("Museum:
open Tuesday to Sunday" before "Mosque: open daily" in a box the English
lists the other way round) cannot be aligned monotonically sentence by
sentence.  The search either pairs one of the two 1-1 and leaves the other two
sentences standing alone on either side of it, each sure of having no
counterpart although they translate each other, or pairs both straight, each
with the other's translation.  The gold convention of every alignment set (and
what a translation memory wants: no unit that pairs a sentence with its
neighbour's translation) is one larger bead holding the crossing pairs:
EN [x, x+1] : ZH [y, y+1].

:func:`merge_swapped` makes one 2-2 bead of a 1-1 bead with a null bead
of one side just before it and a null bead of the other side just after it,
whose two sentences explain each other as a translation would (each at least
:data:`CROSS_MARGIN` in log-likelihood likelier translated by the other than
unrelated, with the document's coverage); and of two 1-1 beads whose crossed
pairs explain each other so while their straight pairs are likelier unrelated.

:func:`split_one_sided` undoes the opposite mistake: a 2-2 bead whose sentences fall
into two pairs sharing nothing with each other, one a translation and the other two
lines without a counterpart (one left out, one added, on the same topic), becomes the
1-1 bead of the translation and two null beads.
"""

from __future__ import annotations

from collections.abc import Sequence

from tm.alignment._beadcost import BeadCost
from tm.alignment._glue import bead_starts, unexplained

__all__ = ["CROSS_MARGIN", "merge_swapped", "split_one_sided"]

#: Log-likelihood by which each of the two crossing sentences must be likelier
#: translated by the other than unrelated to it (:func:`tm.alignment._glue.unexplained`):
#: the margin by which a shifted sentence is given back (``_glue.SHIFT_MARGIN``).
CROSS_MARGIN = 4.0

Path = Sequence[tuple[int, int]]


def _translate_each_other(cost: BeadCost, x: int, y: int, shares: tuple[float, float]) -> bool:
    """Whether source sentence *x* and target sentence *y* explain each other."""
    a, b = cost.a[x], cost.b[y]
    if a.furniture or b.furniture or not cost.in_window(x, y):
        return False
    matched = cost.matches(x, x + 1, y, y + 1)
    return (matched > 0 and unexplained(matched, a.mass, shares[0]) < -CROSS_MARGIN
            and unexplained(matched, b.mass, shares[1]) < -CROSS_MARGIN)


def _straight_unrelated(cost: BeadCost, x: int, y: int, shares: tuple[float, float]) -> bool:
    """Whether 1-1 pair src[x] x tgt[y] is likelier unrelated than translated (either side)."""
    matched = cost.matches(x, x + 1, y, y + 1)
    return (unexplained(matched, cost.a[x].mass, shares[0]) > 0
            or unexplained(matched, cost.b[y].mass, shares[1]) > 0)


def _crossing(cost: BeadCost, run: Sequence[tuple[int, int]], start: tuple[int, int],
              shares: tuple[float, float]) -> bool:
    """Whether *run* (two or three beads from *start*, two sentences a side) holds two
    sentences the other edition swapped: a null / 1-1 / null run whose null sentences
    translate each other, or two 1-1 beads whose crossed pairs do and straight ones do not."""
    i, j = start
    if len(run) == 3 and run[1] == (1, 1) and {run[0], run[2]} == {(1, 0), (0, 1)}:
        x, y = (i, j + 1) if run[0] == (1, 0) else (i + 1, j)
        return _translate_each_other(cost, x, y, shares)
    if len(run) == 2 and run[0] == run[1] == (1, 1):
        return (_translate_each_other(cost, i, j + 1, shares)
                and _translate_each_other(cost, i + 1, j, shares)
                and _straight_unrelated(cost, i, j, shares)
                and _straight_unrelated(cost, i + 1, j + 1, shares))
    return False


#: How many lines of the other side without a counterpart may stand between a swapped
#: sentence and the pair it was swapped with (:func:`_crossing_past`).
PAST = 2


def _crossing_past(cost: BeadCost, run: Sequence[tuple[int, int]], start: tuple[int, int],
                   shares: tuple[float, float]) -> int:
    """How many null beads of the other side stand between the two halves of a swap that
    starts *run*: a null bead, up to :data:`PAST` null beads of the other side, a 1-1 bead
    and a null bead of the first one's other side, whose first and last sentences
    translate each other (0: no such run).

    The one-sided lines between (an added sentence the Chinese puts before the swapped
    pair) kept the null / 1-1 / null pattern of :func:`_crossing` from being seen: "We
    identified physical risks from flooding at two coastal warehouses." stood alone, and so
    did its translation after the pair it was swapped with, each trusted.
    """
    if len(run) < 4 or run[0] not in ((1, 0), (0, 1)):
        return 0
    first = run[0]
    other = (0, 1) if first == (1, 0) else (1, 0)
    between = 0
    while between < PAST and 1 + between < len(run) and run[1 + between] == other:
        between += 1
    rest = run[1 + between:1 + between + 2]
    if not between or list(rest) != [(1, 1), other]:
        return 0
    i, j = start
    x, y = (i, j + between + 1) if first == (1, 0) else (i + between + 1, j)
    return between if _translate_each_other(cost, x, y, shares) else 0


def merge_swapped(cost: BeadCost, path: Path,
                  shares: tuple[float, float]) -> list[tuple[int, int]]:
    """*path* with each run of beads that holds two swapped sentences (:func:`_crossing`)
    made one 2-2 bead (see the module docstring).  One pass, linear in the beads."""
    beads = list(path)
    if cost.max_k < 2:
        return beads
    starts = bead_starts(beads)
    out: list[tuple[int, int]] = []
    p = 0
    while p < len(beads):
        size = next((n for n in (2, 3) if p + n <= len(beads)
                     and _crossing(cost, beads[p:p + n], starts[p], shares)), 0)
        between = 0 if size else _crossing_past(cost, beads[p:p + 3 + PAST], starts[p], shares)
        if size:
            out.append((2, 2))
            p += size
        elif between:
            out += [beads[p + 1]] * between + [(2, 2)]
            p += between + 3
        else:
            out.append(beads[p])
            p += 1
    return out


def _one_sided_run(cost: BeadCost, i: int, j: int,
                   shares: tuple[float, float]) -> list[tuple[int, int]] | None:
    """The beads of 2-2 bead src[i:i+2] x tgt[j:j+2] when it holds one translated pair and
    two lines without a counterpart (see :func:`split_one_sided`), else None."""
    if any(item.furniture for item in (*cost.a[i:i + 2], *cost.b[j:j + 2])):
        return None
    matched = {(x, y): cost.matches(i + x, i + x + 1, j + y, j + y + 1)
               for x in (0, 1) for y in (0, 1)}
    for pairs, others in ((((0, 1), (1, 0)), ((0, 0), (1, 1))),
                          (((0, 0), (1, 1)), ((0, 1), (1, 0)))):
        if any(matched[pair] for pair in others):
            continue
        weak = [pair for pair in pairs if _unrelated_both(cost, i, j, pair, matched[pair],
                                                          shares)]
        strong = [pair for pair in pairs if _translated_both(cost, i, j, pair, matched[pair],
                                                             shares)]
        if len(weak) == 1 and len(strong) == 1:
            x, y = strong[0]
            before = ([(1, 0)] if x else []) + ([(0, 1)] if y else [])
            after = ([(1, 0)] if not x else []) + ([(0, 1)] if not y else [])
            return [*before, (1, 1), *after]
    return None


def _unrelated_both(cost: BeadCost, i: int, j: int, pair: tuple[int, int], matched: float,
                    shares: tuple[float, float]) -> bool:
    """Whether each sentence of the pair is likelier unrelated to the other than translated."""
    x, y = pair
    return (unexplained(matched, cost.a[i + x].mass, shares[0]) > 0
            and unexplained(matched, cost.b[j + y].mass, shares[1]) > 0)


def _translated_both(cost: BeadCost, i: int, j: int, pair: tuple[int, int], matched: float,
                     shares: tuple[float, float]) -> bool:
    """Whether each sentence of the pair is likelier translated by the other than unrelated."""
    x, y = pair
    return (matched > 0 and unexplained(matched, cost.a[i + x].mass, shares[0]) < 0
            and unexplained(matched, cost.b[j + y].mass, shares[1]) < 0)


def split_one_sided(cost: BeadCost, path: Path,
                    shares: tuple[float, float]) -> list[tuple[int, int]]:
    """*path* with each 2-2 bead that holds one translated pair and two lines standing
    alone cut into that 1-1 bead and the two null beads, in text order.

    A line left out on one side and a line added on the other, next to a pair that
    translates each other, make a 2-2 bead for the search when the two lines share the
    topic ("China's cold-chain market has expanded rapidly ..." left out, 所谓冷链物流，是指…
    added): two null beads cost more than the bead's shape, and the pair's evidence
    carries it.  A true 2-2 (full stops at different clause points, two sentences
    swapped) has its sentences' evidence spread across the bead; here it falls into two
    pairs, straight or crossed, that share nothing with each other, one a translation
    (each sentence likelier translated by the other than unrelated, with the document's
    coverage) and the other not (each likelier unrelated).  The translation is kept as a
    1-1 bead and the other two lines stand alone around it: with the translated pair
    crossed, the line before it on the other side comes first, so the path stays
    monotone.  Page furniture is left to the furniture rules.
    """
    out: list[tuple[int, int]] = []
    for (k, t), (i, j) in zip(path, bead_starts(path), strict=True):
        run = _one_sided_run(cost, i, j, shares) if (k, t) == (2, 2) else None
        out.extend(run or [(k, t)])
    return out

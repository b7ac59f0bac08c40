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
"""

from __future__ import annotations

from collections.abc import Sequence

from tm.alignment._beadcost import BeadCost
from tm.alignment._glue import bead_starts, unexplained

__all__ = ["CROSS_MARGIN", "merge_swapped"]

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
        if size:
            out.append((2, 2))
            p += size
        else:
            out.append(beads[p])
            p += 1
    return out

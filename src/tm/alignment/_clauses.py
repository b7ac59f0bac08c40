"""Sentence boundaries at different clause points: two beads that are one 2-2 (or 2-3, 3-2).

A literary translator keeps the content and order of a passage but often
puts the full stop somewhere else: "农民卖掉了他的马，用这笔钱买了一把新犁。 |
那天晚上他很晚才回家，他的妻子很生气。" becomes "The farmer sold his horse. |
With the money he bought a new plough, and his wife was angry when he came
home late that night."  The first English sentence ends a clause before the
first Chinese one does, so the right bead is a 2-2.  Cut at the sentence
boundaries, the two 1-1 beads each look acceptable (both share words, and a
1-1 costs no shape prior), and the aligner takes them.  What gives the passage away is *inside* the
sentences: with the boundary moved on one side to a clause point of the
neighbouring sentence (after a ，；： or , ; :), the two halves fit each other
much better in length and words than they do at the sentence boundary.  When
the sentence boundaries are a true correspondence, moving one of them to a
clause point makes the halves worse.

:func:`merge_crossed` therefore looks at each pair of neighbouring paired
beads of the final path whose union would be a 2-2, 2-3 or 3-2, and scores

    merge gain = (cost of the union as one bead - cost of the two beads)
                 + (cost of the best clause-point split - cost of the split
                    at the sentence boundaries)

where the second term (at most 0) prices the two halves with the sentences
next to the boundary cut into clauses (the same bead cost as the search:
length and dictionary evidence).  The pair is merged when the gain is below
``-Params.clause_merge``.  Only pairs whose union is nearly as cheap as the
split (``_CANDIDATE_GAP``) are looked at, so the clause evidence (keys of a
few clauses) costs little on long texts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tm._shared.lang import is_chinese
from tm.alignment._beadcost import BeadCost, plain_cost, prefix
from tm.alignment._scoring import Item, Params, side_keys, unit_length

__all__ = ["ClausePieces", "clause_split_gain", "clauses", "merge_crossed"]

Path = Sequence[tuple[int, int]]

#: A clause ends after a full-width ，；： or an ASCII , ; : in Chinese text (not the
#: thousands comma of "3,000").
_ZH_CLAUSE = re.compile(r"(?<=[，；：])|(?<=[,;:])(?!\d)")
#: An English clause ends after , ; or : followed by a space ("3,000" is one clause).
_EN_CLAUSE = re.compile(r"(?<=[,;:])\s+")
#: Union shapes a merge may produce (source sentences, target sentences).
_MERGED_SHAPES = frozenset({(2, 2), (2, 3), (3, 2)})
#: Only pairs whose union costs at most _CANDIDATE_GAP more than the split, and
#: fits the lengths better than the split (length gain below _CANDIDATE_LENGTH_GAIN),
#: are looked at: crossed boundaries leave two halves of mismatched length.  On
#: MAC-Dev documents 001/003/005 every merge that was right had a cost gap below
#: 1.7 and a length gain below -0.78.  The filter is for speed: it keeps the
#: clause evidence to about 100 of 5,000 bead pairs of the Bible benchmark, and
#: drops no merge on MAC-Dev.
_CANDIDATE_GAP = 2.5
_CANDIDATE_LENGTH_GAIN = -0.5


def clauses(text: str, zh: bool) -> list[str]:
    """The clauses of sentence *text*: cut after a clause separator (，；： or , ; :)."""
    parts = _ZH_CLAUSE.split(text) if zh else _EN_CLAUSE.split(text)
    return [part for part in parts if part.strip()]


#: A sentence or clause as the clause evidence sees it: (length units, keys, evidence mass).
Piece = tuple[float, frozenset[str], float]


class ClausePieces:
    """The clauses of the sentences of one side, made when first asked for (and kept)."""

    def __init__(self, items: Sequence[Item], texts: Sequence[str], lang: str, other: str,
                 ratio: float) -> None:
        self.items, self.texts, self.lang, self.other, self.ratio = items, texts, lang, other, ratio
        self.zh = is_chinese(lang)
        self.cache: dict[int, list[Piece]] = {}

    def whole(self, index: int) -> Piece:
        """Sentence *index* as one piece."""
        item = self.items[index]
        return item.length, item.keys, item.mass

    def cut(self, index: int) -> list[Piece]:
        """Sentence *index* cut into its clauses (itself alone when it has one)."""
        pieces = self.cache.get(index)
        if pieces is None:
            parts = clauses(self.texts[index], self.zh)
            if len(parts) < 2:
                pieces = [self.whole(index)]
            else:
                pieces = []
                for part in parts:
                    keys, mass, _ = side_keys(part, self.lang, self.other, None)
                    pieces.append((unit_length(part, self.lang, self.ratio), frozenset(keys),
                                   mass))
            self.cache[index] = pieces
        return pieces

    def around(self, start: int, middle: int, end: int) -> tuple[list[Piece], int, list[int]]:
        """Sentences start..end with the two at the break before *middle* cut into clauses.

        Returns the pieces, the index of the break between them and the clause
        points inside the two cut sentences.
        """
        before, after = self.cut(middle - 1), self.cut(middle)
        pieces = ([self.whole(x) for x in range(start, middle - 1)] + before + after
                  + [self.whole(x) for x in range(middle + 1, end)])
        boundary = middle - 1 - start + len(before)
        points = [p for p in range(boundary - len(before) + 1, boundary + len(after))
                  if p != boundary]
        return pieces, boundary, points


def clause_split_gain(sides: tuple[ClausePieces, ClausePieces], params: Params,
                      span: tuple[int, int, int, int, int, int]) -> float:
    """How much cheaper (<= 0) the best clause-point split of two beads is than theirs.

    *span* is ``(i, mid_i, end_i, j, mid_j, end_j)``: the beads are
    src[i:mid_i] x tgt[j:mid_j] and src[mid_i:end_i] x tgt[mid_j:end_j].
    One side's boundary moves to a clause point of the sentence before or
    after it while the other stays; each half is priced by its length and
    dictionary evidence (:func:`~tm.alignment._beadcost.plain_cost`).
    """
    i, mid_i, end_i, j, mid_j, end_j = span
    a, break_a, points_a = sides[0].around(i, mid_i, end_i)
    b, break_b, points_b = sides[1].around(j, mid_j, end_j)
    if not points_a and not points_b:
        return 0.0
    len_a = prefix([piece[0] for piece in a])
    len_b = prefix([piece[0] for piece in b])
    mass_a = prefix([piece[2] for piece in a])
    mass_b = prefix([piece[2] for piece in b])
    # match[x][y]: summed key matches of pieces a[:x] x b[:y] (a 2-D prefix sum).
    match = [[0.0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for x, (_, keys, _) in enumerate(a):
        row, above = match[x + 1], match[x]
        for y, (_, other, _) in enumerate(b):
            row[y + 1] = row[y] + above[y + 1] - above[y] + len(keys & other)
    na, nb = len(a), len(b)
    total = match[na][nb]

    def split_at(pa: int, pb: int) -> float:
        head = match[pa][pb]
        tail = total - match[pa][nb] - match[na][pb] + head
        return (plain_cost(len_a[pa], len_b[pb], head, mass_a[pa] + mass_b[pb], params)
                + plain_cost(len_a[na] - len_a[pa], len_b[nb] - len_b[pb], tail,
                             mass_a[na] - mass_a[pa] + mass_b[nb] - mass_b[pb], params))

    base = split_at(break_a, break_b)
    best = min([split_at(p, break_b) for p in points_a]
               + [split_at(break_a, p) for p in points_b])
    return min(0.0, best - base)


def merge_crossed(cost: BeadCost, path: Path, texts: tuple[Sequence[str], Sequence[str]],
                  langs: tuple[str, str], ratio: float,
                  shapes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """*path* with neighbouring beads merged where the clause evidence says they are one bead.

    A merge only makes a bead of one of the searched *shapes* (``max_bead`` holds).
    """
    threshold = cost.params.clause_merge
    beads = list(path)
    allowed = _MERGED_SHAPES.intersection(shapes)
    if threshold is None or len(beads) < 2 or not allowed:
        return beads
    sides = (ClausePieces(cost.a, texts[0], langs[0], langs[1], ratio),
             ClausePieces(cost.b, texts[1], langs[1], langs[0], ratio))
    starts: list[tuple[int, int]] = []
    i = j = 0
    for k, t in beads:
        starts.append((i, j))
        i, j = i + k, j + t
    merge: list[bool] = [False] * len(beads)
    x = 0
    while x + 1 < len(beads):
        (k1, t1), (k2, t2) = beads[x], beads[x + 1]
        if not (k1 and t1 and k2 and t2) or (k1 + k2, t1 + t2) not in allowed:
            x += 1
            continue
        (i, j), (mi, mj) = starts[x], starts[x + 1]
        ei, ej = mi + k2, mj + t2
        if not (_in_band(cost, i, ei, j, ej)):
            x += 1
            continue
        if _merge_gain(cost, (i, mi, ei, j, mj, ej), sides) < -threshold:
            merge[x] = True
            x += 2
        else:
            x += 1
    out: list[tuple[int, int]] = []
    x = 0
    while x < len(beads):
        if merge[x]:
            out.append((beads[x][0] + beads[x + 1][0], beads[x][1] + beads[x + 1][1]))
            x += 2
        else:
            out.append(beads[x])
            x += 1
    return out


def _merge_gain(cost: BeadCost, span: tuple[int, int, int, int, int, int],
                sides: tuple[ClausePieces, ClausePieces]) -> float:
    """What merging beads src[i:mid_i] x tgt[j:mid_j] and src[mid_i:end_i] x tgt[mid_j:end_j]
    saves (negative) or costs, with the clause evidence; 0 for pairs not worth looking at."""
    i, mid_i, end_i, j, mid_j, end_j = span
    length_gain = (cost.length_of(i, end_i, j, end_j) - cost.length_of(i, mid_i, j, mid_j)
                   - cost.length_of(mid_i, end_i, mid_j, end_j))
    if length_gain > _CANDIDATE_LENGTH_GAIN:
        return 0.0
    prior = cost.params.prior
    gap = (cost.evidence(i, end_i, j, end_j) + prior(end_i - i, end_j - j)
           - cost.evidence(i, mid_i, j, mid_j) - prior(mid_i - i, mid_j - j)
           - cost.evidence(mid_i, end_i, mid_j, end_j) - prior(end_i - mid_i, end_j - mid_j))
    if gap >= _CANDIDATE_GAP:
        return 0.0
    return gap + clause_split_gain(sides, cost.params, span)


def _in_band(cost: BeadCost, i: int, end_i: int, j: int, end_j: int) -> bool:
    """True if every source sentence of src[i:end_i] has tgt[j:end_j] inside its match window."""
    for r in range(i, end_i):
        first = cost.first[r]
        if j < first or end_j - first >= len(cost.sums[r]):
            return False
    return True

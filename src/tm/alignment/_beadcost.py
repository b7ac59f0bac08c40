"""The cost of a bead at one level of the search, from prefix sums (O(k) per bead).

:class:`BeadCost` answers the dynamic programme's one question, "what does the
bead ``src[pi:i] x tgt[pj:j]`` cost?", and the confidence model's, "what
evidence does a bead of the final path have?".  The cost adds:

* a Gale-Church length term and the lexical similarity (Dice over evidence
  keys, weighted by its reliability) or a plugged-in similarity;
* paragraph evidence (a bead crossing a paragraph break);
* page furniture (a credit line or byline stands alone cheaply, and costs a lot
  inside a bead with other sentences, :mod:`tm.alignment._furniture`);
* *orphans*: a sentence of a many-sentence bead whose partner is already
  explained by the other sentences of the bead while it matches nothing
  itself.  That is the sign of a sentence the translator left out (or added),
  glued to its neighbour; the penalty lets the DP prefer a 1-0 / 0-1 bead.

Null beads cost ``Params.null`` per sentence (``furniture_null`` for furniture).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tm.alignment import _furniture as furniture
from tm.alignment._scoring import (
    _LOG_TABLE,
    _LOG_TABLE_STEP,
    Item,
    Params,
    Similarity,
    translates_furniture,
)

if TYPE_CHECKING:
    from tm.alignment._clauses import ClausePieces

__all__ = ["BeadCost", "Rows", "plain_cost", "prefix", "spread_cost"]

Rows = list[tuple[int, int]]


def prefix(values: Sequence[float]) -> list[float]:
    """Prefix sums ``[0, v0, v0+v1, ...]``."""
    out = [0.0]
    total = 0.0
    for v in values:
        total += v
        out.append(total)
    return out


def spread_cost(a: float, b: float, params: Params) -> float:
    """Gale-Church length cost of pairing spans of *a* and *b* length units.

    The variance grows faster than the length (``Params.variance_growth``):
    a long bead's translation strays further than Gale and Church's linear
    model allows.  (:meth:`BeadCost.evidence` inlines this for speed.)
    """
    mean = (a + b) * 0.5
    if mean <= 0:
        return 0.0
    spread = math.sqrt(params.variance * mean * (1.0 + params.variance_growth * mean))
    step = int(abs(b - a) / spread / _LOG_TABLE_STEP)
    return _LOG_TABLE[step] if step < len(_LOG_TABLE) else _LOG_TABLE[-1] + step * 0.01


def plain_cost(a: float, b: float, match: float, mass: float, params: Params) -> float:
    """A bead's length and similarity cost from its lengths, summed key matches and mass.

    What :meth:`BeadCost.evidence` charges a bead with no paragraph, furniture,
    quotation or orphan evidence (it inlines the same arithmetic for speed).
    """
    cost = params.length_weight * spread_cost(a, b, params)
    if mass > 0:
        sim = min(1.0, 2.0 * match / mass)
        cost += params.sim_weight * mass / (mass + params.evidence_half) * (
            params.sim_threshold - sim)
    return cost


@dataclass
class BeadCost:
    """Bead costs over one level's items (sentences, or blocks at coarse levels)."""

    a: list[Item]
    b: list[Item]
    params: Params
    rows: Rows
    max_k: int
    use_paragraphs: bool
    similarity: Similarity | None = None
    src_texts: Sequence[str] = ()
    tgt_texts: Sequence[str] = ()
    #: Sentences per item at this level: a block of 8 sentences left out costs
    #: 8 null beads, and lengths are compared per sentence, so a block boundary
    #: that falls mid-way through a sentence group is not mistaken for a gap.
    scale: int = 1
    #: The sentences of each side cut into clauses, for the checks after the search
    #: (:mod:`tm.alignment._room`); None when the texts are not at hand.
    clauses: tuple[ClausePieces, ClausePieces] | None = None

    def __post_init__(self) -> None:
        self.len_a = prefix([it.length for it in self.a])
        self.len_b = prefix([it.length for it in self.b])
        self.mass_a = prefix([it.mass for it in self.a])
        self.mass_b = prefix([it.mass for it in self.b])
        self.ends_a = prefix([float(it.ends_paragraph) for it in self.a])
        self.ends_b = prefix([float(it.ends_paragraph) for it in self.b])
        self.furn_a = prefix([float(bool(it.furniture)) for it in self.a])
        self.furn_b = prefix([float(bool(it.furniture)) for it in self.b])
        #: Per-sentence details (furniture, orphans) only make sense for sentences.
        self.fine = self.scale == 1
        p = self.params
        self.null_a = [p.furniture_null if self.fine and it.furniture else p.null * self.scale
                       for it in self.a]
        self.null_b = [p.furniture_null if self.fine and it.furniture else p.null * self.scale
                       for it in self.b]
        self.first, self.sums, self.col_first, self.col_sums = self._windows()
        self.quoted = any(p.quote_alone)
        self.quote_weights = p.quote_alone  # read here once, not per DP cell (quote_cost)
        #: The lowest evidence cost a bead can have (for pruning the DP).
        self.floor = min(min(self.null_a + self.null_b, default=p.null),
                         p.sim_weight * (p.sim_threshold - 1.0) * self.scale)
        #: evidence(pi, i, pj, j): cost of bead src[pi:i] x tgt[pj:j] without its shape prior.
        self.evidence = self._evidence_function()
        self._key_counts: dict[bool, Counter[str]] = {}

    def _windows(self) -> tuple[list[int], list[list[float]], list[int], list[list[float]]]:
        """Prefix sums of the matches of each item with the items it may meet.

        Per source item r: over the target items of its window; at the finest
        level also per target item c over the source items whose window holds c
        (a contiguous range, since windows only move forward), for orphans.
        """
        n, m = len(self.a), len(self.b)
        firsts: list[int] = []
        sums_all: list[list[float]] = []
        columns: list[list[float]] = [[] for _ in range(m)] if self.fine else []
        col_first = [-1] * m if self.fine else []
        b = self.b
        for r, item in enumerate(self.a):
            first = self.rows[max(0, r + 1 - self.max_k)][0]
            last = self.rows[min(n, r + self.max_k)][1]
            keys = item.keys
            sums = [0.0]
            total = 0.0
            for c in range(first, last):
                value = len(keys & b[c].keys) if keys else 0
                total += value
                sums.append(total)
                if self.fine:
                    if col_first[c] < 0:
                        col_first[c] = r
                    columns[c].append(value)
            firsts.append(first)
            sums_all.append(sums)
        return firsts, sums_all, col_first, [prefix(col) for col in columns]

    # -- parts of the cost --------------------------------------------------
    def in_window(self, r: int, c: int) -> bool:
        """Whether pair src[r] x tgt[c] lies in the window the search scored (the band of a
        coarse-to-fine search, or every pair): :meth:`matches` knows only those."""
        first = self.first[r]
        return first <= c and c + 1 - first < len(self.sums[r])

    def matches(self, pi: int, i: int, pj: int, j: int) -> float:
        """Summed key matches of the sentence pairs of bead src[pi:i] x tgt[pj:j]."""
        match = 0.0
        firsts, sums = self.first, self.sums
        for r in range(pi, i):
            row, first = sums[r], firsts[r]
            match += row[j - first] - row[pj - first]
        return match

    def similarity_of(self, pi: int, i: int, pj: int, j: int) -> tuple[float, float]:
        """(similarity in [0, 1], reliability in [0, 1]) of bead src[pi:i] x tgt[pj:j]."""
        if self.similarity is not None:
            sim = float(self.similarity(self.src_texts[pi:i], self.tgt_texts[pj:j]))
            return min(1.0, max(0.0, sim)), 1.0
        mass = self.mass_a[i] - self.mass_a[pi] + self.mass_b[j] - self.mass_b[pj]
        if mass <= 0:
            return 0.0, 0.0
        match = self.matches(pi, i, pj, j)
        return min(1.0, 2.0 * match / mass), mass / (mass + self.params.evidence_half)

    def paragraph_cost(self, pi: int, i: int, pj: int, j: int) -> float:
        """Penalty for a bead that crosses or straddles paragraph breaks."""
        if not self.use_paragraphs:
            return 0.0
        p = self.params
        cost = p.paragraph_cross * (self.ends_a[i - 1] - self.ends_a[pi]
                                    + self.ends_b[j - 1] - self.ends_b[pj])
        if self.a[pi].starts_paragraph != self.b[pj].starts_paragraph:
            cost += p.paragraph_start / 2
        if self.a[i - 1].ends_paragraph != self.b[j - 1].ends_paragraph:
            cost += p.paragraph_start / 2
        return cost

    def length_of(self, pi: int, i: int, pj: int, j: int) -> float:
        """Gale-Church length cost of bead src[pi:i] x tgt[pj:j] (:func:`spread_cost`)."""
        return spread_cost((self.len_a[i] - self.len_a[pi]) / self.scale,
                           (self.len_b[j] - self.len_b[pj]) / self.scale, self.params)

    def furniture_cost(self, pi: int, i: int, pj: int, j: int) -> float:
        """Penalty for page furniture paired with text, or inside a many-sentence bead."""
        p = self.params
        count = self.furn_a[i] - self.furn_a[pi] + self.furn_b[j] - self.furn_b[pj]
        if not count or not self.fine:
            return 0.0
        if i - pi == 1 and j - pj == 1:
            # Two furniture lines of one class are a translation only when they share
            # a name or a number ("Updated: May 23" and 更新时间：5月23日) or several
            # words (a translated "Related:" headline), and credit lines never are:
            # each edition credits its own staff.
            same = (furniture.may_pair(self.a[pi].furniture, self.b[pj].furniture)
                    and translates_furniture(self.a[pi], self.b[pj]))
            return 0.0 if same else p.furniture_pair
        return p.furniture_merge * count

    def quote_cost(self, pi: int, i: int, pj: int, j: int) -> float:
        """Penalty for a bead whose edges disagree on quotation marks (:mod:`._quotes`)."""
        # quote_weights: (source opens, target opens, source closes, target closes) alone
        first_a, first_b, last_a, last_b = self.a[pi], self.b[pj], self.a[i - 1], self.b[j - 1]
        cost = 0.0
        if first_a.opens_quote != first_b.opens_quote:
            cost += self.quote_weights[0 if first_a.opens_quote else 1]
        if last_a.closes_quote != last_b.closes_quote:
            cost += self.quote_weights[2 if last_a.closes_quote else 3]
        return cost

    def orphan_cost(self, pi: int, i: int, pj: int, j: int, match: float,
                    weight: float | None = None) -> float:
        """Penalty for sentences of a many-sentence bead that its other sentences explain.

        For each sentence s on a side with two or more: *coverage* is the share
        of its evidence mass that finds a match on the other side; the rest's
        coverage is the same for the other sentences of that side together.
        When the rest is well covered and s is not, s is probably a sentence
        left out (or added) by the translator, glued on; the penalty grows with
        the coverage gap and with s's reliability (a long sentence with many
        keys proves more than "Yes.").
        """
        if not self.fine or match <= 0:
            return 0.0
        p = self.params
        cost = 0.0
        if i - pi > 1:
            firsts, sums = self.first, self.sums
            side_mass = self.mass_a[i] - self.mass_a[pi]
            for r in range(pi, i):
                row, first = sums[r], firsts[r]
                own = row[j - first] - row[pj - first]
                cost += self._orphan(own, self.a[r].mass, match, side_mass)
        if j - pj > 1:
            col_first, cols = self.col_first, self.col_sums
            side_mass = self.mass_b[j] - self.mass_b[pj]
            for c in range(pj, j):
                col, first = cols[c], col_first[c]
                own = col[i - first] - col[pi - first]
                cost += self._orphan(own, self.b[c].mass, match, side_mass)
        return (p.orphan_weight if weight is None else weight) * cost

    def best_partner(self, index: int, source: bool) -> float:
        """How well sentence *index* matches its best single partner nearby (share of its mass)."""
        if not self.fine:
            return 0.0
        if source:
            mass, row = self.a[index].mass, self.sums[index]
        else:
            mass, row = self.b[index].mass, self.col_sums[index]
        if mass <= 0 or len(row) < 2:
            return 0.0
        return min(1.0, max(row[c + 1] - row[c] for c in range(len(row) - 1)) / mass)

    def key_share(self, key: str, source: bool) -> float:
        """Share of the source (or target) items that have *key*: how often a sentence of
        that side matches it by chance (counted once per side, when first asked)."""
        counts = self._key_counts.get(source)
        if counts is None:
            counts = Counter(key for item in (self.a if source else self.b) for key in item.keys)
            self._key_counts[source] = counts
        side = self.a if source else self.b
        return counts[key] / len(side) if side else 0.0

    def _orphan(self, own: float, mass: float, match: float, side_mass: float) -> float:
        rest_mass = side_mass - mass
        if mass <= 0 or rest_mass <= 0:
            return 0.0
        gap = (match - own) / rest_mass - own / mass - self.params.orphan_margin
        if gap <= 0:
            return 0.0
        return min(gap, 1.0) * mass / (mass + self.params.orphan_half)

    # -- the DP's cost --------------------------------------------------------
    def _evidence_function(self) -> Callable[[int, int, int, int], float]:
        """The DP's inner loop, :attr:`evidence`, with everything it reads bound to locals.

        length_of and similarity_of are inlined (as :func:`plain_cost` computes
        them); a closure over locals is about a fifth faster than a method
        reading ``self`` attributes, and the DP calls it millions of times.
        """
        p = self.params
        len_a, len_b, mass_a, mass_b = self.len_a, self.len_b, self.mass_a, self.mass_b
        firsts, sums = self.first, self.sums
        null_a, null_b = self.null_a, self.null_b
        furn_a, furn_b = self.furn_a, self.furn_b
        scale, null_many = self.scale, p.null * self.scale
        variance, growth, length_weight = p.variance, p.variance_growth, p.length_weight
        sim_weight, sim_threshold, half = p.sim_weight, p.sim_threshold, p.evidence_half
        table, last, size, step_unit = _LOG_TABLE, _LOG_TABLE[-1], len(_LOG_TABLE), _LOG_TABLE_STEP
        plugged, use_paragraphs, fine, quoted = (self.similarity is not None,
                                                 self.use_paragraphs, self.fine, self.quoted)
        orphans = bool(p.orphan_weight)
        sqrt = math.sqrt

        def evidence(pi: int, i: int, pj: int, j: int) -> float:
            """Cost of bead src[pi:i] x tgt[pj:j] without its shape prior."""
            if pi == i:
                return null_b[pj] if j - pj == 1 else null_many * (j - pj)
            if pj == j:
                return null_a[pi] if i - pi == 1 else null_many * (i - pi)
            a = (len_a[i] - len_a[pi]) / scale
            b = (len_b[j] - len_b[pj]) / scale
            mean = (a + b) * 0.5
            if mean > 0:
                spread = sqrt(variance * mean * (1.0 + growth * mean))
                step = int(abs(b - a) / spread / step_unit)
                cost = table[step] if step < size else last + step * 0.01
            else:
                cost = 0.0
            cost *= length_weight
            match = 0.0
            if plugged:
                sim, reliability = self.similarity_of(pi, i, pj, j)
            else:
                for r in range(pi, i):
                    row, first = sums[r], firsts[r]
                    match += row[j - first] - row[pj - first]
                mass = mass_a[i] - mass_a[pi] + mass_b[j] - mass_b[pj]
                if mass > 0:
                    sim = 2.0 * match / mass
                    if sim > 1.0:
                        sim = 1.0
                    reliability = mass / (mass + half)
                else:
                    sim = reliability = 0.0
            cost += sim_weight * reliability * (sim_threshold - sim)
            if use_paragraphs:
                cost += self.paragraph_cost(pi, i, pj, j)
            if fine:
                if furn_a[i] - furn_a[pi] or furn_b[j] - furn_b[pj]:
                    cost += self.furniture_cost(pi, i, pj, j)
                if quoted:
                    cost += self.quote_cost(pi, i, pj, j)
                if match > 0 and orphans and (i - pi > 1 or j - pj > 1):
                    cost += self.orphan_cost(pi, i, pj, j, match)
                return cost
            return cost * scale  # a block pair stands for *scale* sentence pairs
        return evidence

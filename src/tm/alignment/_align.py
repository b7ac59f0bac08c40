"""Sentence alignment of a text and its translation: :func:`align`.

The search is a dynamic program over bead shapes (0-1, 1-0, 1-1, 1-2, 2-1,
2-2, 1-3, 3-1, 2-3, 3-2, 1-4, 4-1 by default) whose bead cost comes from
:mod:`tm.alignment._scoring`.  To keep time and memory near-linear it runs
coarse-to-fine, like Vecalign: both sides are halved (neighbouring sentences
merged) until the grid is small, aligned in full there, and each finer level
is aligned only inside a band around the path projected from the coarser one.
10,000 x 10,000 sentences therefore need a few hundred thousand cells, not
10^8.  docs/alignment.md describes the method and its parameters.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tm._shared.compat import renamed_keywords
from tm.alignment._lexicon import LEXICON_VERSION
from tm.alignment._scoring import (
    _LOG_TABLE,
    _LOG_TABLE_STEP,
    NULL_CONFIDENCE,
    SCORING_VERSION,
    ZH_PER_EN,
    Item,
    Params,
    Similarity,
    _is_zh,
    confidence,
    length_cost,
    make_items,
    neighbour_evidence,
)
from tm.errors import UsageError
from tm.model import Bead, Segment

if TYPE_CHECKING:
    from tm.glossary import Glossary

__all__ = ["ALIGNMENT_VERSION", "MAX_BEAD", "align", "bead_shapes"]

#: Signature of the alignment method (scoring + lexicon), written into outputs.
ALIGNMENT_VERSION = f"{SCORING_VERSION}.{LEXICON_VERSION}"

#: Largest ``max_bead`` accepted: the search tries O(max_bead^2) shapes per cell, so
#: an unbounded value (``--max-bead 1000``: half a million shapes) runs for minutes.
#: No translator's bead has more than a handful of sentences on one side.
MAX_BEAD = 8
_BASE_CELLS = 20_000          # align in full once the coarse grid is this small
_COARSE_SHAPES = ((0, 1), (1, 0), (1, 1), (1, 2), (2, 1), (2, 2))
_INF = math.inf

Rows = list[tuple[int, int]]


def bead_shapes(max_bead: int) -> tuple[tuple[int, int], ...]:
    """Bead shapes searched: nulls and k-t with k, t <= *max_bead* and k + t <= max_bead + 1."""
    if not 1 <= max_bead <= MAX_BEAD:
        raise UsageError(f"max_bead must be between 1 and {MAX_BEAD}, got {max_bead}")
    shapes = [(0, 1), (1, 0)]
    for k in range(1, max_bead + 1):
        for t in range(1, max_bead + 1):
            if k + t <= max(max_bead + 1, 2):
                shapes.append((k, t))
    return tuple(shapes)


@dataclass
class _Scorer:
    """Bead costs over one level's items, from prefix sums (O(k) per bead)."""

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

    def __post_init__(self) -> None:
        self.len_a = _prefix([it.length for it in self.a])
        self.len_b = _prefix([it.length for it in self.b])
        self.mass_a = _prefix([it.mass for it in self.a])
        self.mass_b = _prefix([it.mass for it in self.b])
        self.ends_a = _prefix([float(it.ends_paragraph) for it in self.a])
        self.ends_b = _prefix([float(it.ends_paragraph) for it in self.b])
        self.first, self.sums = self._windows()
        p = self.params
        #: The lowest evidence cost a bead can have (for pruning the DP).
        self.floor = min(p.null * self.scale, p.sim_weight * (p.sim_threshold - 1.0))

    def _windows(self) -> tuple[list[int], list[list[float]]]:
        """Per source item r: prefix sums of its matches with the target items it may meet."""
        n = len(self.a)
        firsts: list[int] = []
        sums_all: list[list[float]] = []
        b = self.b
        for r, item in enumerate(self.a):
            first = self.rows[max(0, r + 1 - self.max_k)][0]
            last = self.rows[min(n, r + self.max_k)][1]
            keys = item.keys
            sums = [0.0]
            total = 0.0
            if keys:
                for other in b[first:last]:
                    total += len(keys & other.keys)
                    sums.append(total)
            else:
                sums *= last - first + 1
            firsts.append(first)
            sums_all.append(sums)
        return firsts, sums_all

    def similarity_of(self, pi: int, i: int, pj: int, j: int) -> tuple[float, float]:
        """(similarity in [0, 1], reliability in [0, 1]) of bead src[pi:i] x tgt[pj:j]."""
        if self.similarity is not None:
            sim = float(self.similarity(self.src_texts[pi:i], self.tgt_texts[pj:j]))
            return min(1.0, max(0.0, sim)), 1.0
        match = 0.0
        firsts, sums = self.first, self.sums
        for r in range(pi, i):
            row, first = sums[r], firsts[r]
            match += row[j - first] - row[pj - first]
        mass = self.mass_a[i] - self.mass_a[pi] + self.mass_b[j] - self.mass_b[pj]
        if mass <= 0:
            return 0.0, 0.0
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
        """Gale-Church length cost of bead src[pi:i] x tgt[pj:j]."""
        return length_cost((self.len_a[i] - self.len_a[pi]) / self.scale,
                           (self.len_b[j] - self.len_b[pj]) / self.scale, self.params.variance)

    def evidence(self, pi: int, i: int, pj: int, j: int) -> float:
        """Cost of bead src[pi:i] x tgt[pj:j] without its shape prior.

        The DP's inner loop: length_of and similarity_of are inlined here.
        """
        p = self.params
        if pi == i or pj == j:
            return p.null * self.scale
        a = (self.len_a[i] - self.len_a[pi]) / self.scale
        b = (self.len_b[j] - self.len_b[pj]) / self.scale
        mean = (a + b) * 0.5
        if mean > 0:
            step = int(abs(b - a) / math.sqrt(p.variance * mean) / _LOG_TABLE_STEP)
            cost = _LOG_TABLE[step] if step < len(_LOG_TABLE) else _LOG_TABLE[-1] + step * 0.01
        else:
            cost = 0.0
        cost *= p.length_weight
        if self.similarity is not None:
            sim, reliability = self.similarity_of(pi, i, pj, j)
        else:
            match = 0.0
            firsts, sums = self.first, self.sums
            for r in range(pi, i):
                row, first = sums[r], firsts[r]
                match += row[j - first] - row[pj - first]
            mass = self.mass_a[i] - self.mass_a[pi] + self.mass_b[j] - self.mass_b[pj]
            if mass > 0:
                sim = 2.0 * match / mass
                if sim > 1.0:
                    sim = 1.0
                reliability = mass / (mass + p.evidence_half)
            else:
                sim = reliability = 0.0
        cost += p.sim_weight * reliability * (p.sim_threshold - sim)
        if self.use_paragraphs:
            cost += self.paragraph_cost(pi, i, pj, j)
        return cost

    def scores(self, path: Sequence[tuple[int, int]]) -> list[float]:
        """Confidence of each bead of *path* (see :func:`tm.alignment._scoring.confidence`)."""
        features: list[tuple[float, float, float, float]] = []
        i = j = 0
        for k, t in path:
            if k and t:
                sim, rel = self.similarity_of(i, i + k, j, j + t)
                features.append((sim * rel, rel, self.length_of(i, i + k, j, j + t),
                                 self.paragraph_cost(i, i + k, j, j + t)))
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


def _prefix(values: Sequence[float]) -> list[float]:
    out = [0.0]
    total = 0.0
    for v in values:
        total += v
        out.append(total)
    return out


def _dp(scorer: _Scorer, shapes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Best path through the banded grid; returns the (k, t) shapes in order."""
    rows = scorer.rows
    n, m = len(scorer.a), len(scorer.b)
    priors = [scorer.params.prior(k, t) if k and t else 0.0 for k, t in shapes]
    evidence = scorer.evidence
    floor = scorer.floor
    table: list[list[float]] = []
    back: list[list[int]] = []
    for i in range(n + 1):
        lo, hi = rows[i]
        drow = [_INF] * (hi - lo + 1)
        brow = [-1] * (hi - lo + 1)
        for j in range(lo, hi + 1):
            best = 0.0 if i == 0 and j == 0 else _INF
            arg = -1
            for s, (k, t) in enumerate(shapes):
                pi, pj = i - k, j - t
                if pi < 0 or pj < 0:
                    continue
                plo, phi = rows[pi]
                if pj < plo or pj > phi:
                    continue
                prev = table[pi][pj - plo] if pi < i else drow[pj - lo]
                cost = prev + priors[s]
                if cost + floor >= best:
                    continue
                cost += evidence(pi, i, pj, j)
                if cost < best:
                    best, arg = cost, s
            drow[j - lo] = best
            brow[j - lo] = arg
        table.append(drow)
        back.append(brow)
    return _trace(back, rows, shapes, n, m)


def _trace(back: list[list[int]], rows: Rows, shapes: Sequence[tuple[int, int]],
           n: int, m: int) -> list[tuple[int, int]]:
    """Follow the back-pointers from (n, m) to (0, 0); return the shapes in order."""
    path: list[tuple[int, int]] = []
    i, j = n, m
    while i or j:
        s = back[i][j - rows[i][0]]
        if s < 0:   # cannot happen: every band row overlaps the next one
            raise AssertionError("alignment band does not connect the corners")
        k, t = shapes[s]
        path.append((k, t))
        i, j = i - k, j - t
    path.reverse()
    return path


def _group(items: list[Item], size: int) -> list[Item]:
    """Merge every *size* consecutive items into one block (the last may be shorter)."""
    if size == 1:
        return items
    blocks: list[Item] = []
    for start in range(0, len(items), size):
        group = items[start:start + size]
        blocks.append(Item(sum(it.length for it in group),
                           frozenset().union(*(it.keys for it in group)),
                           sum(it.mass for it in group),
                           group[0].starts_paragraph, group[-1].ends_paragraph))
    return blocks


def _blocks(count: int, size: int) -> int:
    return -(-count // size)


def _depth(n: int, m: int) -> int:
    """How many halvings make the n x m grid small enough to align in full."""
    depth = 0
    while True:
        rows, cols = _blocks(n, 2 ** depth), _blocks(m, 2 ** depth)
        if rows * cols <= _BASE_CELLS or (rows <= 1 and cols <= 1):
            return depth
        depth += 1


def _project(path: list[tuple[int, int]], bounds_a: list[int], bounds_b: list[int],
             band: int) -> Rows:
    """Fine-level row ranges: the cells under the coarse path, widened by *band*."""
    n, m = bounds_a[-1], bounds_b[-1]
    jmin = [m] * (n + 1)
    jmax = [0] * (n + 1)
    ci = cj = 0
    for k, t in path:
        ni, nj = ci + k, cj + t
        for i in range(bounds_a[ci], bounds_a[ni] + 1):
            jmin[i] = min(jmin[i], bounds_b[cj])
            jmax[i] = max(jmax[i], bounds_b[nj])
        ci, cj = ni, nj
    lo = [0] * (n + 1)
    hi = [0] * (n + 1)
    for i in range(n + 1):
        lo[i] = max(0, jmin[i] - band)
        hi[i] = min(m, jmax[i] + band)
    for i in range(n - 1, -1, -1):
        lo[i] = min(lo[i], lo[i + 1])
    for i in range(1, n + 1):
        hi[i] = max(hi[i], hi[i - 1])
    lo[0], hi[n] = 0, m
    return list(zip(lo, hi, strict=True))


def _search(a: list[Item], b: list[Item], params: Params, band: int,
            use_paragraphs: bool) -> Rows:
    """Row ranges for the finest level, found coarse to fine.

    Each level's blocks are built from the sentences directly and dropped after
    its pass, so only one coarse level is in memory at a time.
    """
    depth = _depth(len(a), len(b))
    rows: Rows = [(0, _blocks(len(b), 2 ** depth))] * (_blocks(len(a), 2 ** depth) + 1)
    for level in range(depth, 0, -1):
        size, finer = 2 ** level, 2 ** (level - 1)
        blocks_a, blocks_b = _group(a, size), _group(b, size)
        scorer = _Scorer(blocks_a, blocks_b, params, rows, 2, use_paragraphs, scale=size)
        path = _dp(scorer, _COARSE_SHAPES)
        bounds_a = [_blocks(min(k * size, len(a)), finer) for k in range(len(blocks_a) + 1)]
        bounds_b = [_blocks(min(k * size, len(b)), finer) for k in range(len(blocks_b) + 1)]
        # The coarse path is exact to a block or two, so the finest level needs half the band.
        rows = _project(path, bounds_a, bounds_b, band if level > 1 else max(2, band // 2))
    return rows


def _texts(side: Sequence[str] | Sequence[Segment]) -> tuple[list[str], list[int] | None]:
    texts: list[str] = []
    paragraphs: list[int] = []
    for s in side:
        if isinstance(s, Segment):
            texts.append(s.text)
            paragraphs.append(s.paragraph)
        elif isinstance(s, str):
            texts.append(s)
        else:
            raise ValueError(f"align() takes strings or Segments, not {type(s).__name__}")
    if len(paragraphs) != len(texts) or len(set(paragraphs)) < 2:
        return texts, None
    return texts, paragraphs


def _zh_per_en(src: Sequence[str], tgt: Sequence[str], src_lang: str, tgt_lang: str) -> float:
    """Chinese characters per English one: the document's own ratio blended with the prior."""
    if _is_zh(src_lang) == _is_zh(tgt_lang):
        return ZH_PER_EN
    zh, en = (src, tgt) if _is_zh(src_lang) else (tgt, src)
    zh_len, en_len = sum(map(len, zh)), sum(map(len, en))
    if not zh_len or not en_len:
        return ZH_PER_EN
    ratio = math.sqrt(zh_len / en_len * ZH_PER_EN)
    return min(max(ratio, ZH_PER_EN / 1.6), ZH_PER_EN * 1.6)


@renamed_keywords(src_lang="source_lang", tgt_lang="target_lang")
def align(src: Sequence[str] | Sequence[Segment], tgt: Sequence[str] | Sequence[Segment],
          source_lang: str = "en", target_lang: str = "zh", glossary: Glossary | None = None, *,
          max_bead: int = 4, similarity: Similarity | None = None, band: int = 8,
          params: Params | None = None) -> list[Bead]:
    """Align the sentences of a text with those of its translation.

    *src* and *tgt* are sequences of sentences (str or :class:`~tm.Segment`;
    with Segments on both sides their ``paragraph`` numbers are used as
    evidence), in *source_lang* and *target_lang*.  Either language may be
    the source.  Returns beads in text
    order that cover every index of both sides exactly once; each bead has a
    confidence ``score`` in [0, 1] (null beads, a sentence with no
    counterpart, score 0.3; with one side empty, 0).

    *glossary* (a :class:`tm.Glossary`) adds its terms as evidence;
    *max_bead* is the largest number of sentences on one side of a bead;
    *similarity* replaces the built-in lexical similarity with a callable
    ``(src_sentences, tgt_sentences) -> float in [0, 1]`` (e.g. cosine of
    sentence embeddings); *band* is the half-width of the search band (in
    sentences) around the path found at the coarser level.

    >>> [b.kind for b in align(["It rained.", "We stayed home."], ["下雨了，我们待在家里。"])]
    ['2-1']
    """
    if band < 1:
        raise UsageError(f"band must be at least 1, got {band}")
    shapes = bead_shapes(max_bead)
    params = params or Params()
    src_texts, src_par = _texts(src)
    tgt_texts, tgt_par = _texts(tgt)
    if not src_texts or not tgt_texts:
        return ([Bead((i,), (), 0.0) for i in range(len(src_texts))]
                + [Bead((), (j,), 0.0) for j in range(len(tgt_texts))])
    use_par = src_par is not None and tgt_par is not None
    ratio = _zh_per_en(src_texts, tgt_texts, source_lang, target_lang)
    a = make_items(src_texts, source_lang, target_lang, zh_per_en=ratio, glossary=glossary,
                   paragraphs=src_par if use_par else None)
    b = make_items(tgt_texts, target_lang, source_lang, zh_per_en=ratio, glossary=glossary,
                   paragraphs=tgt_par if use_par else None)
    rows = _search(a, b, params, band, use_par)
    max_k = max(k for k, _ in shapes)
    scorer = _Scorer(a, b, params, rows, max_k, use_par, similarity, src_texts, tgt_texts)
    path = _dp(scorer, shapes)
    beads: list[Bead] = []
    i = j = 0
    for (k, t), score in zip(path, scorer.scores(path), strict=True):
        beads.append(Bead(tuple(range(i, i + k)), tuple(range(j, j + t)), score))
        i, j = i + k, j + t
    return beads

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
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from tm._shared.compat import renamed_keywords
from tm.alignment import _clauses as clause_points
from tm.alignment import _crossed as crossed
from tm.alignment import _glue as glue
from tm.alignment import _learn as learn
from tm.alignment import _lexicon as lexicon
from tm.alignment import _quotes as quotes
from tm.alignment import _unrelated as unrelated
from tm.alignment._beadcost import BeadCost, Rows, prefix
from tm.alignment._confidence import bead_scores
from tm.alignment._lexicon import LEXICON_VERSION
from tm.alignment._scoring import (
    SCORING_VERSION,
    ZH_PER_EN,
    Item,
    Params,
    Similarity,
    _is_zh,
    make_items,
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
#: A progress report: called with the share of the work done, from 0 to 1.
Progress = Callable[[float], None]
#: Rows of the dynamic programme between two progress reports.
_TICK_ROWS = 128
#: Where each phase of an alignment ends, as a share of its CPU time (measured on
#: 5,000 x 5,922 Bible sentences): evidence keys, coarse-to-fine search, final
#: search, second pass, glued sentences and confidence.
_PHASES = {"items": 0.32, "search": 0.56, "final": 0.76, "realign": 0.95}


class _Stages:
    """Turns the progress of one phase into the share of the whole alignment."""

    def __init__(self, report: Progress | None) -> None:
        self.report = report
        self.start = 0.0

    def phase(self, name: str) -> Progress | None:
        """The progress callback of phase *name* (None when nobody listens)."""
        if self.report is None:
            return None
        lo, hi, report = self.start, _PHASES.get(name, 1.0), self.report
        self.start = hi
        report(lo)
        return lambda share: report(lo + (hi - lo) * min(1.0, max(0.0, share)))

    def done(self) -> None:
        if self.report is not None:
            self.report(1.0)



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


def _dp(scorer: BeadCost, shapes: Sequence[tuple[int, int]],
        tick: Progress | None = None) -> list[tuple[int, int]]:
    """Best path through the banded grid; returns the (k, t) shapes in order.

    *tick*, if given, hears the share of rows done every :data:`_TICK_ROWS` rows.
    """
    rows = scorer.rows
    n, m = len(scorer.a), len(scorer.b)
    # A coarse bead stands for *scale* sentence beads: its prior counts that many times,
    # as its evidence and its null cost do.
    priors = [scorer.params.prior(k, t) * scorer.scale if k and t else 0.0 for k, t in shapes]
    evidence = scorer.evidence
    floor = scorer.floor
    table: list[list[float]] = []
    back: list[list[int]] = []
    for i in range(n + 1):
        if tick is not None and not i % _TICK_ROWS:
            tick(i / (n + 1))
        lo, hi = rows[i]
        drow = [_INF] * (hi - lo + 1)
        brow = [-1] * (hi - lo + 1)
        # Per shape, what this row needs of the row it starts from (hoisted out of the cells).
        steps = []
        for s, (k, t) in enumerate(shapes):
            if k > i:
                continue
            plo, phi = rows[i - k]
            steps.append((s, t, priors[s], table[i - k] if k else drow, plo, phi, i - k))
        for j in range(lo, hi + 1):
            best = 0.0 if i == 0 and j == 0 else _INF
            arg = -1
            for s, t, prior, prev_row, plo, phi, pi in steps:
                pj = j - t
                if pj < plo or pj > phi:
                    continue
                cost = prev_row[pj - plo] + prior
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
    """Fine-level row ranges: the cells under the coarse path, widened by *band*.

    Where the coarse path leaves blocks out (a stretch one side does not have), the
    edges of that gap are the least sure part of the path, so the band around those
    blocks is widened by twice *band* more (Bible 3,000 verses with 100 or 300
    Chinese verses left out: as many right beads as the full search, or 12 fewer
    instead of 98; docs/benchmarks.md "Long omissions").
    """
    n, m = bounds_a[-1], bounds_b[-1]
    jmin = [m] * (n + 1)
    jmax = [0] * (n + 1)
    ci = cj = 0
    for k, t in path:
        ni, nj = ci + k, cj + t
        wide = 2 * band if (k == 0 or t == 0) else 0   # blocks left out: see above
        for i in range(max(0, bounds_a[ci] - wide), min(n, bounds_a[ni] + wide) + 1):
            jmin[i] = min(jmin[i], max(0, bounds_b[cj] - wide))
            jmax[i] = max(jmax[i], min(m, bounds_b[nj] + wide))
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
            use_paragraphs: bool, tick: Progress | None = None) -> Rows:
    """Row ranges for the finest level, found coarse to fine.

    Each level's blocks are built from the sentences directly and dropped after
    its pass, so only one coarse level is in memory at a time.
    """
    depth = _depth(len(a), len(b))
    rows: Rows = [(0, _blocks(len(b), 2 ** depth))] * (_blocks(len(a), 2 ** depth) + 1)
    for level in range(depth, 0, -1):
        size, finer = 2 ** level, 2 ** (level - 1)
        blocks_a, blocks_b = _group(a, size), _group(b, size)
        scorer = BeadCost(blocks_a, blocks_b, params, rows, 2, use_paragraphs, scale=size)
        path = _dp(scorer, _COARSE_SHAPES)
        bounds_a = [_blocks(min(k * size, len(a)), finer) for k in range(len(blocks_a) + 1)]
        bounds_b = [_blocks(min(k * size, len(b)), finer) for k in range(len(blocks_b) + 1)]
        # The coarse path is exact to a block or two, so the finest level needs half the band.
        rows = _project(path, bounds_a, bounds_b, band if level > 1 else max(2, band // 2))
        if tick is not None:   # a level has twice the rows of the coarser one
            work = [2.0 ** -lv for lv in range(1, depth + 1)]
            tick(sum(work[level - 1:]) / sum(work))
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
          params: Params | None = None, on_progress: Progress | None = None) -> list[Bead]:
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
    sentences) around the path found at the coarser level; *on_progress*, if
    given, is called now and then with the share of the work done (0 to 1, never
    decreasing; 1 at the end), for a progress bar on long texts.

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
    _, path, scores = _solve(src_texts, tgt_texts, src_par, tgt_par, source_lang, target_lang,
                             glossary, shapes, similarity, band, params, _Stages(on_progress))
    beads: list[Bead] = []
    i = j = 0
    for (k, t), score in zip(path, scores, strict=True):
        beads.append(Bead(tuple(range(i, i + k)), tuple(range(j, j + t)), score))
        i, j = i + k, j + t
    return beads


def _solve(src_texts: Sequence[str], tgt_texts: Sequence[str], src_par: list[int] | None,
           tgt_par: list[int] | None, source_lang: str, target_lang: str, glossary: Glossary | None,
           shapes: Sequence[tuple[int, int]], similarity: Similarity | None, band: int,
           params: Params, stages: _Stages | None = None,
           ) -> tuple[BeadCost, list[tuple[int, int]], list[float]]:
    """The final bead cost, path (bead shapes) and confidences of a non-empty alignment.

    After the search (and the second pass), sentences glued onto a neighbour
    are cut off into null beads (:mod:`tm.alignment._glue`).
    """
    stages = stages or _Stages(None)
    scorer, path = searched_path(src_texts, tgt_texts, src_par, tgt_par, source_lang,
                                 target_lang, glossary, shapes, similarity, band, params, stages)
    stages.phase("confidence")
    shares = glue.coverage(scorer, path)
    if similarity is None and _is_zh(source_lang) != _is_zh(target_lang):
        ratio = _zh_per_en(src_texts, tgt_texts, source_lang, target_lang)
        scorer.clauses = (
            clause_points.ClausePieces(scorer.a, src_texts, source_lang, target_lang, ratio),
            clause_points.ClausePieces(scorer.b, tgt_texts, target_lang, source_lang, ratio))
        path = unrelated.split_unrelated(scorer, glue.reattach_shifted(scorer, path, shares),
                                         shares)
        path = glue.attach_by_figures(scorer, glue.split_glued(scorer, path, shares))
        path = glue.pair_across_nulls(scorer, path, shares)
        path = crossed.split_one_sided(scorer, crossed.merge_swapped(scorer, path, shares),
                                       shares)
        path = clause_points.merge_crossed(
            scorer, path, (src_texts, tgt_texts), (source_lang, target_lang),
            _zh_per_en(src_texts, tgt_texts, source_lang, target_lang), shapes)
    scores = bead_scores(scorer, path, shares)
    stages.done()
    return scorer, path, scores


def searched_path(src_texts: Sequence[str], tgt_texts: Sequence[str],
                  src_par: list[int] | None, tgt_par: list[int] | None, source_lang: str,
                  target_lang: str, glossary: Glossary | None,
                  shapes: Sequence[tuple[int, int]], similarity: Similarity | None, band: int,
                  params: Params, stages: _Stages | None = None,
                  ) -> tuple[BeadCost, list[tuple[int, int]]]:
    """The bead cost and the path of the search and second pass (before glued sentences are cut)."""
    stages = stages or _Stages(None)
    use_par = src_par is not None and tgt_par is not None
    ratio = _zh_per_en(src_texts, tgt_texts, source_lang, target_lang)
    tick = stages.phase("items")
    split = len(src_texts) / (len(src_texts) + len(tgt_texts))
    a = make_items(src_texts, source_lang, target_lang, zh_per_en=ratio, glossary=glossary,
                   paragraphs=src_par if use_par else None,
                   tick=None if tick is None else lambda share: tick(share * split))
    b = make_items(tgt_texts, target_lang, source_lang, zh_per_en=ratio, glossary=glossary,
                   paragraphs=tgt_par if use_par else None,
                   tick=None if tick is None else lambda share: tick(split + share * (1 - split)))
    rows = _search(a, b, params, band, use_par, stages.phase("search"))
    max_k = max(k for k, _ in shapes)
    scorer = BeadCost(a, b, params, rows, max_k, use_par, similarity, src_texts, tgt_texts)
    path = _dp(scorer, shapes, stages.phase("final"))
    stages.phase("realign")
    if params.realign and similarity is None and _is_zh(source_lang) != _is_zh(target_lang):
        again = _realign(_is_zh(source_lang), path, bead_scores(scorer, path), scorer, shapes,
                         replace(params, quote_alone=quotes.boundary_weights(a, b, path)))
        if again is not None:
            scorer, path = again
    return scorer, path


def _realign(src_is_zh: bool, path: list[tuple[int, int]], scores: list[float],
             scorer: BeadCost, shapes: Sequence[tuple[int, int]], params: Params,
             ) -> tuple[BeadCost, list[tuple[int, int]]] | None:
    """Second pass: learn word pairs from the sure beads of *path*, align the rest again.

    Only the neighbourhood of beads below ``realign_below`` is searched again
    (within the first pass's band); elsewhere the grid is pinned to the first
    path, so the pass costs little when the first one was mostly sure.
    Returns the new cost and path, or None when nothing was learned or nothing
    is unsure.
    """
    sure: list[tuple[range, range]] = []
    unsure_rows: list[tuple[int, int]] = []
    i = j = 0
    for (k, t), score in zip(path, scores, strict=True):
        if k and t and score >= params.learn_above:
            sure.append((range(i, i + k), range(j, j + t)))
        if not (k and t) or score < params.realign_below:
            unsure_rows.append((i, i + k))
        i, j = i + k, j + t
    if not unsure_rows:
        return None
    src_words = [item.words for item in scorer.a]
    tgt_words = [item.words for item in scorer.b]
    if src_is_zh:
        pairs = learn.learn_pairs(tgt_words, src_words, [(t, s) for s, t in sure], lexicon.load())
    else:
        pairs = learn.learn_pairs(src_words, tgt_words, sure, lexicon.load())
    quoted = any(params.quote_alone)
    if not pairs and not quoted:
        return None
    a = learn.add_pair_keys(scorer.a, pairs, src_is_zh)
    b = learn.add_pair_keys(scorer.b, pairs, not src_is_zh)
    if not quoted:   # only a region whose sentences gained evidence can change
        gained_a = [new is not old for new, old in zip(a, scorer.a, strict=True)]
        gained_b = prefix([float(new is not old) for new, old in zip(b, scorer.b, strict=True)])
        unsure_rows = [(start, end) for start, end in unsure_rows
                       if _gained(start, end, gained_a, gained_b, scorer.rows)]
    if not unsure_rows:
        return None
    rows = _pinned_rows(path, scorer.rows, unsure_rows, _REALIGN_MARGIN)
    again = BeadCost(a, b, params, rows, scorer.max_k, scorer.use_paragraphs)
    return again, _dp(again, shapes)


_REALIGN_MARGIN = 2   # sentences around an unsure bead searched again


def _gained(start: int, end: int, gained_a: list[bool], gained_b: list[float],
            band: Rows) -> bool:
    """True if a sentence near source rows start..end (either side) gained learned keys."""
    lo, hi = max(0, start - _REALIGN_MARGIN), min(len(gained_a), end + _REALIGN_MARGIN)
    if any(gained_a[lo:hi]):
        return True
    return gained_b[band[hi][1]] - gained_b[band[lo][0]] > 0


def _pinned_rows(path: list[tuple[int, int]], band: Rows, unsure: list[tuple[int, int]],
                 margin: int) -> Rows:
    """Row ranges that follow *path* exactly, except within *margin* rows of *unsure* spans."""
    n = len(band) - 1
    lo = [0] * (n + 1)
    hi = [0] * (n + 1)
    i = j = 0
    lo[0] = hi[0] = 0
    for k, t in path:
        if k:
            for r in range(i + 1, i + k + 1):
                lo[r] = hi[r] = j + t
        else:
            hi[i] = j + t
        i, j = i + k, j + t
    free = [False] * (n + 1)
    for start, end in unsure:
        for r in range(max(0, start - margin), min(n, end + margin) + 1):
            free[r] = True
    rows = [band[r] if free[r] else (lo[r], hi[r]) for r in range(n + 1)]
    # Keep both ends non-decreasing, as the windows of BeadCost assume.
    for r in range(n - 1, -1, -1):
        rows[r] = (min(rows[r][0], rows[r + 1][0]), rows[r][1])
    for r in range(1, n + 1):
        rows[r] = (rows[r][0], max(rows[r][1], rows[r - 1][1]))
    return rows

"""tm.align's coarse-to-fine search: each level's path and costs, not only the final beads.

The final DP recovers from a coarse path that is a few sentences off (its band is
8 wide), so a test of the final beads alone passes while the coarse levels are
broken (a projection band of 0, costs not scaled to the level's block size).
These tests look at the search itself, on a few hundred sentences pushed through
five coarse levels by lowering the full-grid threshold ``_BASE_CELLS``.
"""

from __future__ import annotations

from typing import Any

import pytest

from tm.alignment import _align
from tm.alignment._align import _depth, _search
from tm.alignment._beadcost import BeadCost
from tm.alignment._scoring import Item, Params

BAND = 8


def split_document(n: int) -> tuple[list[Item], list[Item], list[tuple[int, int]]]:
    """*n* English sentences and their Chinese, every fifth split in two; the true path.

    Each English sentence carries two numbers (evidence keys); its Chinese has the
    same two, in one sentence or one per half.  Returns the items of both sides and
    the corners (i, j) the true path passes through.
    """
    en: list[Item] = []
    zh: list[Item] = []
    corners = [(0, 0)]
    for i in range(n):
        first, second = f"{i}a", f"{i}b"
        length = float(30 + (i * 7) % 11 * 5)
        en.append(Item(length, frozenset({first, second}), 2.0))
        if i % 5 == 0:
            zh.append(Item(length / 2, frozenset({first}), 1.0))
            zh.append(Item(length / 2, frozenset({second}), 1.0))
        else:
            zh.append(Item(length, frozenset({first, second}), 2.0))
        corners.append((i + 1, len(zh)))
    return en, zh, corners


@pytest.fixture
def small_base(monkeypatch: pytest.MonkeyPatch) -> None:
    """Align in full only below 200 cells: 300 x 360 sentences take five coarse levels."""
    monkeypatch.setattr(_align, "_BASE_CELLS", 200)


def test_coarse_path_keeps_the_true_path_half_a_band_inside(small_base: None) -> None:
    """The finest band is the cells under the level-1 path widened by band // 2.

    On a document whose evidence is unambiguous every coarse path lies on the true
    path (to a block), so each true corner is at least band // 2 sentences inside
    the band, wherever the band is not cut by the edge of the grid.  A band shifted
    off the coarse path, or projected with no margin, breaks this.
    """
    en, zh, corners = split_document(300)
    assert _depth(len(en), len(zh)) == 5
    rows = _search(en, zh, Params(), BAND, use_paragraphs=False)
    m = len(zh)
    too_close = [(i, j, rows[i]) for i, j in corners
                 if (rows[i][0] > 0 and j - rows[i][0] < BAND // 2)
                 or (rows[i][1] < m and rows[i][1] - j < BAND // 2)]
    assert not too_close


def test_coarse_levels_price_blocks_in_sentences(small_base: None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Every coarse level's bead costs are in the units of the sentences it stands for.

    A block of s sentences left out costs s null beads, as leaving its sentences out
    costs at the finest level, and a block pair costs what its s sentence pairs cost
    (lengths compared per sentence, the cost counted s times), so blocks of identical
    sentence pairs cost s times one such pair.  Costs at scale 1 (a whole block priced
    as one sentence) let long documents drift: the coarse path then leaves blocks out
    for the price of one sentence; pairs priced as one sentence while nulls count s
    (before stop 18) spread a long omission over the blocks around it.
    """
    built: list[BeadCost] = []

    def recording(*args: Any, **kwargs: Any) -> BeadCost:
        scorer = BeadCost(*args, **kwargs)
        built.append(scorer)
        return scorer

    monkeypatch.setattr(_align, "BeadCost", recording)
    params = Params()
    n = 320   # a power of two times 10: every block of every level is full
    en = [Item(40.0, frozenset(), 0.0)] * n
    zh = [Item(70.0, frozenset(), 0.0)] * n
    depth = _depth(n, n)
    assert depth >= 4
    _search(en, zh, params, BAND, use_paragraphs=False)
    assert len(built) == depth
    pair = BeadCost(en[:1], zh[:1], params, [(0, 1), (0, 1)], 1, False).evidence(0, 1, 0, 1)
    assert pair > 0.5   # the lengths differ: there is a length cost to keep per sentence
    for level, scorer in zip(range(depth, 0, -1), built, strict=True):
        size = 2 ** level
        assert len(scorer.a) == n // size
        assert scorer.evidence(0, 1, 0, 0) == pytest.approx(size * params.null)
        assert scorer.evidence(0, 0, 0, 1) == pytest.approx(size * params.null)
        assert scorer.evidence(0, 1, 0, 1) == pytest.approx(size * pair)


@pytest.mark.parametrize("left_out", [range(100, 160), range(60, 200)])
def test_a_long_omission_stays_inside_the_band(small_base: None, left_out: range) -> None:
    """A stretch the translator left out is a run of null blocks on the coarse path.

    A coarse bead stands for as many sentence beads as its blocks hold sentences: its
    pair cost and its shape prior count that many times, as its null cost does.  Priced
    as one sentence pair instead, pairing blocks that do not belong together is cheaper
    than leaving a block out, the coarse path spreads the gap over the blocks around it
    as 2-1 beads, and the finer levels' bands lose the true path.
    """
    en, zh, corners = split_document(300)
    kept_zh: list[Item] = []
    kept_corners = [(0, 0)]
    for i in range(300):
        start, end = corners[i][1], corners[i + 1][1]
        if i not in left_out:
            kept_zh.extend(zh[start:end])
        kept_corners.append((i + 1, len(kept_zh)))
    rows = _search(en, kept_zh, Params(), BAND, use_paragraphs=False)
    outside = [(i, j, rows[i]) for i, j in kept_corners if not rows[i][0] <= j <= rows[i][1]]
    assert not outside


def test_the_band_is_wider_around_blocks_left_out() -> None:
    """Where the coarse path leaves blocks out, the finer band reaches further.

    The edges of a long omission are the least sure part of a coarse path: on Bible
    chapters with 100-300 verses left out, a band of 8 lost up to a hundred right
    beads that the full search finds (docs/benchmarks.md, "Long omissions").
    """
    from tm.alignment._align import _project

    band = 4
    # Ten coarse blocks of 10 sentences a side; the Chinese has two more blocks (a gap).
    bounds_a = list(range(0, 101, 10))
    bounds_b = list(range(0, 121, 10))
    path = [(1, 1)] * 5 + [(0, 1), (0, 1)] + [(1, 1)] * 5
    rows = _project(path, bounds_a, bounds_b, band)
    straight = _project([(1, 1)] * 10, bounds_a, bounds_a, band)
    at_gap = 50   # the row where the path crosses the Chinese blocks 50-70 left out
    wide = 2 * band
    # Rows up to 2 x band before the gap reach across it to its far edge (and beyond) ...
    assert rows[at_gap - wide][1] == 70 + wide + band
    # ... and rows up to 2 x band after it reach back to its near edge.
    assert rows[at_gap + wide][0] == 50 - wide - band
    assert rows[20] == straight[20]   # far from the gap, the band is as before
    assert rows[at_gap - wide - 1][1] < 70   # and the widening stops there

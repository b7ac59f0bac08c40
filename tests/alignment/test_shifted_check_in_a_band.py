"""The shifted-bead check asks only for pairs the search scored (a crash found by the
property test test_coarse_to_fine_search_always_connects at seed 2742…9269).

A coarse-to-fine search scores each sentence against a band of the other side only;
:func:`looks_shifted` compared a 1-1 bead with its neighbours' pairs and read a
neighbour outside the band, past the end of its row: IndexError inside tm.align on
long documents.
"""

from __future__ import annotations

from tm.alignment._beadcost import BeadCost
from tm.alignment._confidence import looks_shifted
from tm.alignment._scoring import Params, make_items

EN = ["The port handled 3 million containers.", "Exports rose 5 percent.",
      "The new terminal opens in May.", "Cranes arrived from Shanghai."]
ZH = ["港口处理了300万个集装箱。", "出口增长5%。", "新码头将于5月启用。", "起重机从上海运抵。"]


def test_a_neighbour_outside_the_band_is_not_read() -> None:
    a = make_items(EN, "en", "zh-CN", zh_per_en=1.0)
    b = make_items(ZH, "zh-CN", "en", zh_per_en=1.0)
    diagonal = [(r, r) for r in range(len(EN))] + [(len(EN), len(EN))]
    cost = BeadCost(a, b, Params(), diagonal, 1, False)   # each sentence meets its partner
    assert [cost.in_window(r, r) for r in range(4)] == [True] * 4
    assert not cost.in_window(0, 1) and not cost.in_window(1, 0)
    assert [looks_shifted(cost, r, r) for r in range(4)] == [False] * 4

"""The length model: Gale-Church, its variance growing faster than the length (issue 11 item 5)."""

from __future__ import annotations

import pytest

from tm.alignment import length_cost
from tm.alignment._beadcost import BeadCost
from tm.alignment._scoring import Item, Params


def _cost(en: float, zh: float, params: Params) -> float:
    items = ([Item(en, frozenset(), 0.0)], [Item(zh, frozenset(), 0.0)])
    return BeadCost(*items, params, [(0, 1), (0, 1)], 1, False).length_of(0, 1, 0, 1)


def test_without_growth_the_cost_is_gale_and_church() -> None:
    flat = Params(variance_growth=0.0)
    assert _cost(400, 300, flat) == pytest.approx(length_cost(400, 300, flat.variance), abs=0.05)


def test_a_long_bead_strays_further_than_the_linear_model_allows() -> None:
    flat, grown = Params(variance_growth=0.0), Params()
    # The same relative difference (25%) costs less in a long bead than Gale-Church says...
    assert _cost(400, 300, grown) < 0.6 * _cost(400, 300, flat)
    # ...while a short one is judged nearly as before.
    assert _cost(40, 30, grown) > 0.85 * _cost(40, 30, flat)
    # A long bead still pays for a difference no loose translation explains.
    assert _cost(400, 150, grown) > 3.0

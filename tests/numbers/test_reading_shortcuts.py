"""The shortcuts of :func:`tm.numbers.extract_numbers` read exactly what the full path reads
(issue 10, speed): a text with no character the width folding changes is not translated,
and the recognizers a text's features allow are listed once per set of features."""

from __future__ import annotations

from itertools import chain, combinations

import pytest

from tm.numbers import _en, _extract, _zh


def test_the_full_width_test_matches_exactly_the_characters_the_folding_changes() -> None:
    changed = {cp for cp in range(0x10000) if chr(cp).translate(_extract._NUMBER_FOLD) != chr(cp)}
    tested = {cp for cp in range(0x10000) if _extract._FULL_WIDTH.search(chr(cp))}
    assert changed == tested == set(_extract._NUMBER_FOLD)


def _every_subset(names: set[str]) -> list[frozenset[str]]:
    items = sorted(names)
    return [frozenset(c) for c in chain.from_iterable(combinations(items, n)
                                                      for n in range(len(items) + 1))]


@pytest.mark.parametrize(("code", "module"), [("en", _en), ("zh", _zh)])
def test_the_recognizers_listed_for_a_set_of_features_are_those_it_allows(code: str,
                                                                         module: object) -> None:
    recognizers = module.RECOGNIZERS  # type: ignore[attr-defined]
    features = set().union(*(needs for _, _, needs in recognizers))
    for present in _every_subset(features):
        expected = tuple((p, h) for p, h, needs in recognizers if needs <= present)
        assert _extract._recognizers(code, present) == expected

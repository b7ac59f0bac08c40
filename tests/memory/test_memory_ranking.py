"""Ranking cost follows the answer, not the number of equally similar units (issue 9 item 10).

A memory of templated sentences ("Sentence number N about factories.") gives
every lookup thousands of hits at one score; the old ranking re-sorted its
candidates for every hit (18 s per lookup at 20,000 units).  These tests
count the work (hits verified, hits scored) instead of timing it, so they
fail on quadratic or linear-in-hits ranking whatever the machine's load.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from tm import TranslationMemory, Unit
from tm.memory import _index, _lookup


def _templated(count: int) -> list[Unit]:
    return [Unit(f"Sentence number {i} about factories.", f"关于工厂的第{i}句话。",
                 origin=f"manual.po:{i}") for i in range(count)]


@contextmanager
def _counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    counts = {"verified": 0, "scored": 0}

    def counted(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counts[name] += 1
            return real(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(_index, "score_tokens", counted("verified", _index.score_tokens))
    monkeypatch.setattr(_lookup, "_score_one", counted("scored", _lookup._score_one))
    yield counts


@pytest.mark.parametrize("size", [3000, 12000])
def test_templated_lookup_work_is_bounded_not_per_hit(location: str, size: int,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add(_templated(size))
        with _counting(monkeypatch) as counts:
            found = memory.lookup("Sentence number 1234 about factories.", limit=5)
    # the exact unit, then the newest units at the same score (80: one word of five)
    assert [(m.score, m.unit.source) for m in found] == [
        (100, "Sentence number 1234 about factories."),
        *[(80, f"Sentence number {i} about factories.") for i in range(size - 1, size - 5, -1)]]
    assert counts["scored"] <= 24, counts     # was: every one of the `size` hits
    assert counts["verified"] <= 1100, counts  # was: every one of the `size` candidates


def test_ties_rank_trusted_then_newest_and_limit_is_a_prefix(location: str) -> None:
    units = _templated(3000)
    with TranslationMemory.open(location) as memory:
        memory.add(units[:2000])
        memory.add(units[2000:2990], trusted=False)
        memory.add(units[2990:])
        everything = memory.lookup("Sentence number 7 about factories.", limit=10**6)
        assert len(everything) == 3000
        for limit in (1, 3, 12):
            assert memory.lookup("Sentence number 7 about factories.", limit=limit) == \
                everything[:limit]
    ranked = [(m.score, m.trusted, m.unit.source) for m in everything[:13]]
    newest_trusted = [f"Sentence number {i} about factories." for i in range(2999, 2989, -1)]
    assert ranked[0] == (100, True, "Sentence number 7 about factories.")
    assert [source for _, _, source in ranked[1:11]] == newest_trusted
    assert ranked[11][2] == "Sentence number 1999 about factories."  # trusted before untrusted

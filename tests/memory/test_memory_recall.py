"""The index never misses: lookup returns exactly the units a full scan scores >= min_score."""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples
from tm import TranslationMemory, Unit
from tm.memory import _index as _memory_index
from tm.memory._matching import score

WORDS = ["the", "The", "store", "opens", "at", "9", "10", "am", "pm", "closes", "shop", "a"]
HAN = list("商店上午下午点开关门的一")
PUNCT = ["", ".", ",", "!", "。", "，"]


def _sentence(draw: st.DrawFn, alphabet: list[str], sep: str) -> str:
    words = draw(st.lists(st.sampled_from(alphabet), min_size=1, max_size=12))
    return sep.join(words) + draw(st.sampled_from(PUNCT))


@st.composite
def english(draw: st.DrawFn) -> str:
    return _sentence(draw, WORDS, " ")


@st.composite
def chinese(draw: st.DrawFn) -> str:
    return _sentence(draw, HAN, "")


# The side a lookup does not search only has to be there (and may repeat): drawing
# it whole from a few fixed sentences keeps data generation cheap.
OTHER_ZH = st.sampled_from(["商店上午九点开门。", "商店下午关门", "一点", "商店", "门开了！"])
OTHER_EN = st.sampled_from(["The store opens at 9 am.", "the shop", "Closes at 10 pm!", "a"])


def _units(sources: list[str], targets: list[str]) -> list[Unit]:
    # distinct origin files, so no unit replaces another
    return [Unit(s, t, origin=f"f{i}.po")
            for i, (s, t) in enumerate(zip(sources, targets, strict=False))]


@contextlib.contextmanager
def _budget(entries: int) -> Iterator[None]:
    """Check every term (0), a few, or only the prefix: recall must not depend on it."""
    saved = _memory_index._FEW_CANDIDATES
    _memory_index._FEW_CANDIDATES = entries
    try:
        yield
    finally:
        _memory_index._FEW_CANDIDATES = saved


def _brute(units: list[Unit], query: str, min_score: int, reverse: bool) -> set[tuple[str, str]]:
    found = set()
    for unit in units:
        if not unit.source.strip() or not unit.target.strip():
            continue
        text, other = (unit.target, unit.source) if reverse else (unit.source, unit.target)
        if score(query, text).value >= min_score:
            found.add((text, other))
    return found


@settings(max_examples=examples(40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    sources=st.lists(english(), min_size=1, max_size=40),
    targets=st.lists(OTHER_ZH, min_size=40, max_size=40),
    query=english(),
    min_score=st.integers(min_value=0, max_value=100),
    budget=st.sampled_from([0, 3, 10**9]),
)
def test_recall_equals_brute_force_en(sources: list[str], targets: list[str], query: str,
                                      min_score: int, budget: int,
                                      new_location: Callable[[], str]) -> None:
    units = _units(sources, targets)
    with _budget(budget), TranslationMemory.open(new_location()) as memory:
        memory.add(units)
        everything = memory.lookup(query, min_score=min_score, limit=10_000)
        assert memory.lookup(query, min_score=min_score, limit=3) == everything[:3]
    got = {(m.unit.source, m.unit.target) for m in everything}
    assert got == _brute(units, query, min_score, reverse=False)


@settings(max_examples=examples(40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    sources=st.lists(OTHER_EN, min_size=40, max_size=40),
    targets=st.lists(chinese(), min_size=1, max_size=40),
    query=chinese(),
    min_score=st.integers(min_value=0, max_value=100),
    budget=st.sampled_from([0, 3, 10**9]),
)
def test_recall_equals_brute_force_zh_to_en(sources: list[str], targets: list[str], query: str,
                                            min_score: int, budget: int,
                                            new_location: Callable[[], str]) -> None:
    units = _units(sources, targets)
    with _budget(budget), TranslationMemory.open(new_location()) as memory:
        memory.add(units)
        got = {(m.unit.source, m.unit.target)
               for m in memory.lookup(query, source_lang="zh-CN", target_lang="en",
                                      min_score=min_score, limit=10_000)}
    assert got == _brute(units, query, min_score, reverse=True)


@settings(max_examples=40, deadline=None)
@given(query=english(), other=english())
def test_score_is_symmetric_bounded_and_exact_only_when_equal(query: str, other: str) -> None:
    value = score(query, other).value
    assert value == score(other, query).value
    assert 0 <= value <= 100
    assert (value == 100) == (query == other or (query.split() == other.split()))


@pytest.fixture(scope="module")
def larger_memory() -> tuple[list[Unit], list[tuple[str, int, set[tuple[str, str]]]]]:
    """800 units with many near neighbours, and 12 queries with their brute-force answers."""
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(60)] + ["the"] * 20 + ["of"] * 10
    base = [[rng.choice(vocab) for _ in range(rng.randint(3, 14))] for _ in range(150)]
    units = []
    for i in range(800):
        words = list(base[i % len(base)])
        for _ in range(rng.randint(0, 4)):
            words[rng.randrange(len(words))] = rng.choice(vocab)
        units.append(Unit(" ".join(words) + ".", f"译文{i}", origin=f"u{i}.po"))
    queries = [" ".join(rng.choice(base)) for _ in range(12)]
    return units, [(query, min_score, _brute(units, query, min_score, reverse=False))
                   for query, min_score in zip(queries, [50, 70, 90, 100, 30, 60] * 2,
                                               strict=True)]


@pytest.mark.parametrize("few", [0, 8, 10**9])
def test_recall_on_a_larger_memory_added_in_batches(
        few: int, larger_memory: tuple[list[Unit], list[tuple[str, int, set[tuple[str, str]]]]],
        location: str) -> None:
    """Many near neighbours, postings split over several batches, long and short lists."""
    units, expected = larger_memory
    with _budget(few), TranslationMemory.open(location) as memory:
        for start in range(0, len(units), 250):
            memory.add(units[start:start + 250])
        for query, min_score, brute in expected:
            got = {(m.unit.source, m.unit.target)
                   for m in memory.lookup(query, min_score=min_score, limit=10**6)}
            assert got == brute, (query, min_score)

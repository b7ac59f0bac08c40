"""The writer's vocabulary: a bounded cache over the ``vocab`` table, the same ids as unbounded."""

from __future__ import annotations

import pytest

from tm import TranslationMemory, Unit
from tm.errors import StoreError
from tm.memory import _vocab
from tm.memory._vocab import Vocabulary


def _units(start: int, count: int) -> list[Unit]:
    """Units with a new word each (as identifiers do) and shared words."""
    return [Unit(f"Press key{i} to open the door {i % 7}", f"按键{i}打开第{i % 7}扇门",
                 origin=f"ui{i % 3}.po:{i}") for i in range(start, start + count)]


def _stored_vocab(memory: TranslationMemory) -> dict[str, int]:
    with memory._snapshot() as conn:
        return dict(conn.execute("SELECT token, id FROM vocab"))


def _answers(memory: TranslationMemory) -> list[list[tuple[str, int]]]:
    queries = ["Press key5 to open the door 5", "press KEY17 to open a door", "按键3打开第3扇门"]
    return [[(m.unit.source, m.score) for m in memory.lookup(q, min_score=50, limit=20)]
            for q in queries]


def test_a_tiny_cache_gives_the_same_ids_units_and_lookups(
        location: str, tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tokens evicted from the cache are found in the table again, never given a new id."""
    with TranslationMemory.open() as reference:  # the default cache holds every token here
        for start in (0, 40, 80):
            reference.add(_units(start, 40))
        expected_vocab, expected = _stored_vocab(reference), _answers(reference)
    monkeypatch.setattr(_vocab, "_BATCH", 3)  # several IN (...) queries per batch
    monkeypatch.setattr("tm.memory._writer._ROW_BATCH", 7)  # ids resolved 7 units at a time
    with TranslationMemory.open(location) as memory:
        memory._vocab = Vocabulary(limit=5)
        for start in (0, 40, 80):
            memory.add(_units(start, 40))
            assert len(memory._vocab) <= 2 * 5 + 7 * 30  # two generations, plus one batch
        assert _stored_vocab(memory) == expected_vocab
        assert sorted(expected_vocab.values()) == list(range(1, len(expected_vocab) + 1))
        assert _answers(memory) == expected
        assert len(memory) == 120


def test_ids_of_a_rolled_back_import_are_forgotten(location: str) -> None:
    """A failed add hands out ids that were never committed: the next add must not reuse them."""
    with TranslationMemory.open(location) as memory:
        memory.add(_units(0, 5))

        def failing() -> object:
            yield from _units(5, 5)
            raise StoreError("the reader failed")

        with pytest.raises(StoreError):
            memory.add(failing())  # type: ignore[arg-type]
        assert len(memory._vocab) == 0
        memory.add(_units(5, 5))
        vocab = _stored_vocab(memory)
        assert sorted(vocab.values()) == list(range(1, len(vocab) + 1))
        assert [m.unit.source for m in memory.lookup("Press key7 to open the door 0",
                                                     limit=1)] == [_units(7, 1)[0].source]


def test_an_import_failing_after_several_batches_stores_nothing(
        location: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches written (and their new tokens stored) before a failure are all rolled back."""
    monkeypatch.setattr("tm.memory._writer._ROW_BATCH", 4)
    with TranslationMemory.open(location) as memory:
        memory.add(_units(0, 3))

        def failing() -> object:
            yield from _units(3, 30)  # several batches written first
            raise StoreError("the reader failed")

        with pytest.raises(StoreError):
            memory.add(failing())  # type: ignore[arg-type]
        assert len(memory) == 3
        assert memory.add(_units(3, 30)) == 30
        assert len(memory) == 33
        vocab = _stored_vocab(memory)
        assert sorted(vocab.values()) == list(range(1, len(vocab) + 1))

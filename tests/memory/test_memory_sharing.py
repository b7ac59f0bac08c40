"""One memory, many clients: processes and threads writing and reading at once, on each backend."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from forked import run_forked
from tm import StoreError, TranslationMemory, Unit


def _writer(location: str, n: int) -> None:
    """One writer process: 60 pairs every writer has (in its own file), 60 of its own."""
    units = [Unit(f"Shared sentence {i}.", f"共同的句子{i}。", origin=f"w{n}.po:{i}")
             for i in range(60)]
    units += [Unit(f"Writer {n} sentence {i}.", f"写入者{n}的句子{i}。",
                   origin=f"w{n}.po:{100 + i}") for i in range(60)]
    with TranslationMemory.open(location, timeout=120) as memory:
        for start in range(0, len(units), 40):  # in three imports
            memory.add(units[start:start + 40])


def test_concurrent_writers_lose_and_duplicate_nothing(location: str) -> None:
    TranslationMemory.open(location).close()
    errors = run_forked(_writer, [(location, n) for n in range(3)])
    assert errors == ["", "", ""], errors
    with TranslationMemory.open(location, readonly=True) as memory:
        pairs = [(u.source, u.target) for u in memory.units()]
        assert len(pairs) == len(set(pairs)) == 60 + 3 * 60
        for text in ("Shared sentence 7.", "Writer 2 sentence 59."):
            assert memory.lookup(text)[0].score == 100


def test_a_unit_added_by_one_client_is_found_by_anothers_next_lookup(location: str) -> None:
    with TranslationMemory.open(location) as writer, \
            TranslationMemory.open(location, readonly=True) as reader:
        assert reader.lookup("The door is open.") == []
        writer.add([Unit("The door is open.", "门开着。")])
        assert [m.unit.target for m in reader.lookup("The door is open.")] == ["门开着。"]
        assert reader.concordance("door")[0].unit.target == "门开着。"


def test_a_writer_kept_waiting_too_long_gets_a_clear_error(location: str) -> None:
    with TranslationMemory.open(location) as first, \
            TranslationMemory.open(location, timeout=0.2) as second:
        failures: list[str] = []

        def units_then_compete() -> Iterator[Unit]:
            yield Unit("One.", "一。")
            with pytest.raises(StoreError, match="locked") as err:
                second.add([Unit("Two.", "二。")])
            failures.append(str(err.value))

        first.add(units_then_compete())
        assert len(failures) == 1 and failures[0].count("\n") == 0
        assert [u.source for u in first.units()] == ["One."]
        assert second.add([Unit("Two.", "二。")]) == 1  # and once the first is done, it works


def test_one_memory_object_serves_many_threads(location: str) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add([Unit(f"Line {i} of the manual.", f"手册第{i}行。") for i in range(50)])
        problems: list[BaseException] = []

        def reader(n: int) -> None:
            try:
                for i in range(20):
                    found = memory.lookup(f"Line {(n * 7 + i) % 50} of the manual.")
                    assert found and found[0].score == 100
            except BaseException as exc:
                problems.append(exc)

        def writer() -> None:
            try:
                for i in range(5):
                    memory.add([Unit(f"New line {i}.", f"新行{i}。")])
            except BaseException as exc:
                problems.append(exc)

        threads = [threading.Thread(target=reader, args=(n,)) for n in range(6)]
        threads.append(threading.Thread(target=writer))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert problems == []
        assert len(memory) == 55

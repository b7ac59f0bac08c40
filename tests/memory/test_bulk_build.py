"""The bulk build (issue 14 item 5): a helper process prepares chunks; nothing else changes.

Every test shrinks the chunks and batches so that a few hundred units span
many of them, and compares what a memory holds (its tables, or what lookups,
concordance and ``units()`` return) built three ways: in one process, with
the helper process, and one unit per ``add()``.
"""

from __future__ import annotations

import gc
import os
import random
import signal
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from forked import Child, start_forked
from tm import TranslationMemory, Unit
from tm.memory import _helper, _postings, _runs, _writer
from tm.memory._helper import Helper

WORDS = ("Open", "the", "file", "save", "Settings", "print", "window", "Close", "menu",
         "report", "2017", "53.96", "don't", "naïve", "Ｆｕｌｌ", "STRASSE", "straße")
CHARS = "打开文件保存设置打印窗口关闭菜单报告的了是"
TABLES = ("meta", "langs", "vocab", "units", "postings", "term_lengths", "markup", "listed")


def sample_units(count: int, seed: int = 7) -> list[Unit]:
    """Units with repeated words, case, punctuation, both directions, and, on purpose,
    duplicates from other files, replacements from the same file and fuzzy units."""
    rng = random.Random(seed)
    out: list[Unit] = []
    for i in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 9))]
        source = " ".join(words) + rng.choice((".", "", "!", ", ok?"))
        target = "".join(rng.choice(CHARS) for _ in range(rng.randint(1, 12))) + "。"
        kind = rng.random()
        if out and kind < 0.08:  # the same pair from another file
            earlier = rng.choice(out)
            out.append(Unit(earlier.source, earlier.target, origin=f"other{i % 3}.po:{i}"))
            continue
        if out and kind < 0.14:  # the same source and file, a new target: a replacement
            earlier = rng.choice(out)
            out.append(Unit(earlier.source, target, context=earlier.context,
                            origin=earlier.origin, note=earlier.note))
            continue
        if kind < 0.2:  # stored the other way round
            out.append(Unit(target, source, source_lang="zh-CN", target_lang="en",
                            origin=f"rev.po:{i}"))
            continue
        out.append(Unit(source, target, context=str(i % 5), origin=f"f{i % 4}.po:{i}",
                        note="n" if kind > 0.9 else "", fuzzy=kind > 0.95))
    return out

#: Builds whose tables are compared store their units at one time (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("one_clock")



@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], None]:
    """Chunks of 40 units, batches of 100 (3 chunks); call with True to use the helper at once."""
    monkeypatch.setattr(_writer, "CHUNK_UNITS", 40)
    monkeypatch.setattr(_writer, "_ROW_BATCH", 100)

    def helper(on: bool) -> None:
        monkeypatch.setattr(_helper, "LOCAL_UNITS", 0 if on else 10**9)
    return helper


def table_rows(location: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in key order (SQLite or PostgreSQL)."""
    with TranslationMemory.open(location, readonly=True) as memory, \
            memory._pool.connection() as conn:
        return {table: [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")]
                for table in TABLES}


def answers(memory: TranslationMemory, queries: list[str]) -> list[object]:
    """What lookups (both directions) and concordance return, and every unit."""
    out: list[object] = [list(memory.units())]
    for query in queries:
        out.append(memory.lookup(query, min_score=50, limit=50))
        out.append(memory.lookup(query, source_lang="zh-CN", target_lang="en", min_score=50))
        out.append(memory.concordance(query.split()[0] if query.split() else query))
    return out


def queries_of(units: list[Unit]) -> list[str]:
    rng = random.Random(3)
    chosen = rng.sample(units, 25)
    return [u.source for u in chosen] + [u.target for u in chosen[:10]] + \
        [" ".join(rng.choice(WORDS) for _ in range(5)) for _ in range(10)]


def build(location: str, units: list[Unit], imports: int = 2) -> None:
    with TranslationMemory.open(location) as memory:
        step = -(-len(units) // imports)
        for start in range(0, len(units), step):
            memory.add(units[start:start + step])


def test_helper_builds_the_same_tables_as_one_process(
        new_location: Callable[[], str], small_batches: Callable[[bool], None]) -> None:
    units = sample_units(900)
    small_batches(False)
    alone = new_location()
    build(alone, units)
    expected = table_rows(alone)
    small_batches(True)
    helped = new_location()
    build(helped, units)
    assert table_rows(helped) == expected
    assert len(expected["units"]) > 600 and expected["postings"]


def _once_per_file_key(units: list[Unit]) -> list[Unit]:
    """*units* without a later unit of a source, context and file already given."""
    seen: set[tuple[str, str, str]] = set()
    out: list[Unit] = []
    for unit in units:
        key = (unit.source, unit.context, unit.origin.path)
        if key not in seen:
            seen.add(key)
            out.append(unit)
    return out


def test_bulk_build_answers_as_unit_by_unit_adds(
        new_location: Callable[[], str], small_batches: Callable[[bool], None]) -> None:
    # A file's replacement within one add is a further translation it keeps (red team
    # M-2), one add at a time an edit: each file key once, the same in both builds.
    units = _once_per_file_key(sample_units(400, seed=11))
    queries = queries_of(units)
    small_batches(True)
    bulk = new_location()
    build(bulk, units, imports=1)
    with TranslationMemory.open(bulk, readonly=True) as memory:
        expected = answers(memory, queries)
    small_batches(False)  # one unit per add() never needs the helper
    single = new_location()
    with TranslationMemory.open(single) as memory:
        for unit in units:
            memory.add([unit])
        assert answers(memory, queries) == expected
    assert any(expected[1:])


def test_spilled_postings_build_the_tables_of_one_flush(
        new_location: Callable[[], str], small_batches: Callable[[bool], None],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An import whose postings are spilled as runs many times and merged at its end
    stores exactly what one flush at its end stores: one row per key."""
    units = sample_units(900, seed=13)
    # Prepared in the process: the writer spills and merges, whichever process prepared
    # the chunks (the helper's results are the process's, tested above).
    small_batches(False)
    monkeypatch.setattr(_postings, "NUMPY_FROM", 0)
    once = new_location()
    build(once, units, imports=1)
    expected = table_rows(once)
    monkeypatch.setattr(_writer, "FLUSH_ENTRIES", 150)  # a spill every batch or so
    monkeypatch.setattr(_runs, "ROUND_ENTRIES", 64)  # and many rounds to merge them
    spilled = new_location()
    build(spilled, units, imports=1)
    assert table_rows(spilled) == expected
    keys = [row[0] for row in expected["postings"]]
    assert len(keys) == len(set(keys)) > 200


def test_a_helper_killed_mid_import_changes_nothing(
        tmp_path: Path, small_batches: Callable[[bool], None],
        monkeypatch: pytest.MonkeyPatch) -> None:
    units = sample_units(900, seed=5)
    small_batches(False)
    build(str(tmp_path / "alone.db"), units, imports=1)
    small_batches(True)
    started: list[Helper] = []
    start = Helper.start

    def recorded() -> Helper | None:
        helper = start()
        assert helper is not None
        started.append(helper)
        return helper

    def killing(source: list[Unit]) -> Iterator[Unit]:
        for i, unit in enumerate(source):
            if i == 500:  # mid-batch, the helper working one chunk ahead
                started[0].proc.kill()
                started[0].proc.wait()
            yield unit

    monkeypatch.setattr(Helper, "start", staticmethod(recorded))
    with TranslationMemory.open(str(tmp_path / "killed.db")) as memory:
        memory.add(killing(units))
    assert started and started[0].proc.returncode is not None
    assert table_rows(str(tmp_path / "killed.db")) == table_rows(str(tmp_path / "alone.db"))


def _import_until_killed(location: str, said: int, spill: bool, marker: str,
                         spills: str) -> None:
    """In a forked child: import units into *location* until killed — small chunks, a
    helper from the first unit, "importing" written to *said* at unit 3,000; with *spill*,
    postings are spilled as runs to temporary files (in *spills*, when given) along the way.
    *marker* goes first on ``sys.path``, which the helper's command line carries."""
    import tempfile

    if marker:
        sys.path.insert(0, marker)
    if spills:
        os.environ["TMPDIR"] = tempfile.tempdir = spills
    _writer.CHUNK_UNITS, _writer._ROW_BATCH, _helper.LOCAL_UNITS = 50, 100, 0
    if spill:
        _writer.FLUSH_ENTRIES = 1000

    def units() -> Iterator[Unit]:
        for i in range(10**7):
            if i == 3000:
                os.write(said, b"importing\n")
            yield Unit(f"Sentence {i} of the killed import.", f"第{i}句。", origin="k.po")

    with TranslationMemory.open(location) as memory:
        memory.add(units())


def start_killed_import(location: str, *, spill: bool, marker: str = "",
                        spills: str = "") -> Child:
    """A process importing into *location* until it is killed (:func:`_import_until_killed`),
    once it is mid-import.  Forked from the test's process (tests/forked.py), so it starts
    with tm imported: a new interpreter spent about 0.3 CPU s importing tm and numpy."""
    said_read, said = os.pipe()
    child = start_forked(_import_until_killed, location, said, spill, marker, spills)
    os.close(said)
    with os.fdopen(said_read, "rb") as told:
        assert told.readline() == b"importing\n"
    return child


def helpers_of(marker: str) -> list[int]:
    """Pids of helper processes whose command line carries *marker* (their sys.path)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"tm.memory._helper" in cmdline and marker.encode() in cmdline:
            found.append(int(pid))
    return found


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc (Linux)")
def test_a_killed_import_stores_nothing_and_leaves_no_helper(tmp_path: Path) -> None:
    location = str(tmp_path / "tm.db")
    with TranslationMemory.open(location) as memory:
        memory.add([Unit("Committed before.", "之前提交的。")])
    spills = tmp_path / "tmp"
    spills.mkdir()
    proc = start_killed_import(location, spill=True, marker=str(tmp_path), spills=str(spills))
    assert helpers_of(str(tmp_path)), "the import runs a helper"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while helpers_of(str(tmp_path)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not helpers_of(str(tmp_path)), "the helper ends with its writer"
    assert not list(spills.iterdir()), "spilled postings leave no file behind"
    with TranslationMemory.open(location) as memory:
        assert [u.source for u in memory.units()] == ["Committed before."]
        memory.check()
        memory.add([Unit("Added after.", "之后添加的。")])
        assert len(memory) == 2
    assert sqlite3.connect(location).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_temporary_directory_that_cannot_take_the_spill_stores_nothing(
        location: str, small_batches: Callable[[bool], None],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Spilled postings need the temporary directory: when it is full, add() raises a
    StoreError naming it and the import is rolled back, as any failed write."""
    import errno
    import tempfile

    from tm import StoreError

    small_batches(False)
    monkeypatch.setattr(_postings, "NUMPY_FROM", 0)
    monkeypatch.setattr(_writer, "FLUSH_ENTRIES", 150)

    def full(*args: object, **kwargs: object) -> object:
        raise OSError(errno.ENOSPC, "No space left on device")

    with TranslationMemory.open(location) as memory:
        memory.add([Unit("Before.", "之前。")])
        monkeypatch.setattr(tempfile, "TemporaryFile", full)
        with pytest.raises(StoreError, match=r"No space left on device.*TMPDIR"):
            memory.add(sample_units(400, seed=17))
        assert [u.source for u in memory.units()] == ["Before."]


def prepared_chunks(units: list[Unit]) -> list[tuple[list[tuple[object, ...]], bool]]:
    """The chunks (rows, new_batch) a writer sends to be prepared for *units*."""
    from tm.memory import _store

    return [(chunk.rows, chunk.new_batch)
            for chunk in _writer._chunks(_store.with_neighbours(units, None))]


def through_pipeline(chunks: list[tuple[list[tuple[object, ...]], bool]],
                     helper: bool | None, kill_at: int | None = None) -> list[object]:
    """Every chunk's result from a Pipeline driven as the writer drives it (at most
    ``ahead`` outstanding); the helper killed before submitting chunk *kill_at*."""
    pipeline = _helper.Pipeline(helper)
    out: list[object] = []
    outstanding = 0
    try:
        for i, (rows, new_batch) in enumerate(chunks):
            if i == kill_at and pipeline.process is not None:
                pipeline.process.proc.kill()
                pipeline.process.proc.wait()
            pipeline.submit(rows, new_batch)  # type: ignore[arg-type]
            outstanding += 1
            while outstanding > pipeline.ahead:
                out.append(tuple(pipeline.receive()))
                outstanding -= 1
        out.extend(tuple(pipeline.receive()) for _ in range(outstanding))
    finally:
        pipeline.close()
    return out


@pytest.mark.parametrize("ahead", [2, 5, 24])
def test_a_helper_killed_with_chunks_outstanding_gives_every_result(
        small_batches: Callable[[bool], None], monkeypatch: pytest.MonkeyPatch,
        ahead: int) -> None:
    """The helper killed while several chunks (of this batch and the next) are
    outstanding: the writer prepares them again from the start of the oldest
    one's batch, and gets exactly the results of one process."""
    small_batches(False)
    monkeypatch.setattr(_helper, "AHEAD", ahead)
    chunks = prepared_chunks(sample_units(600, seed=21))
    expected = through_pipeline(chunks, helper=False)
    assert len(chunks) > 12 and sum(new for _, new in chunks) > 4
    for kill_at in (1, 2, 4, 7, 11):
        assert through_pipeline(chunks, helper=True, kill_at=kill_at) == expected, kill_at


@pytest.mark.parametrize("local_units", [40, 60, 140])
def test_a_helper_started_mid_batch_gives_the_results_of_one_process(
        small_batches: Callable[[bool], None], monkeypatch: pytest.MonkeyPatch,
        local_units: int) -> None:
    """A helper that starts after the first chunks of a batch first takes that batch's
    earlier chunks, so its token numbering is the writer's."""
    small_batches(False)
    chunks = prepared_chunks(sample_units(500, seed=23))
    expected = through_pipeline(chunks, helper=False)
    monkeypatch.setattr(_helper, "LOCAL_UNITS", local_units)
    started: list[bool] = []
    start = Helper.start

    def recorded() -> Helper | None:
        started.append(True)
        return start()

    monkeypatch.setattr(Helper, "start", staticmethod(recorded))
    assert through_pipeline(chunks, helper=None) == expected
    assert started == [True]


def test_a_helper_started_mid_batch_builds_the_same_tables(
        new_location: Callable[[], str], small_batches: Callable[[bool], None],
        monkeypatch: pytest.MonkeyPatch) -> None:
    units = sample_units(700, seed=29)
    small_batches(False)
    alone = new_location()
    build(alone, units, imports=1)
    monkeypatch.setattr(_helper, "LOCAL_UNITS", 60)  # the second chunk of the first batch
    helped = new_location()
    build(helped, units, imports=1)
    assert table_rows(helped) == table_rows(alone)


def test_pseudo_terms_counted_with_numpy_give_the_tables_of_the_python_count(
        new_location: Callable[[], str], small_batches: Callable[[bool], None],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch's punctuation and case pseudo-terms counted as numpy arrays (when the
    buffer is emptied) give the same length histograms as one count per text."""
    units = sample_units(700, seed=31)
    # Prepared in the process: the counting happens in the writer, whichever process
    # prepared the chunks (the helper's results are the process's, tested above), and
    # four helper starts were most of this test's CPU.
    small_batches(False)
    monkeypatch.setattr(_writer, "FLUSH_ENTRIES", 400)  # spills as well as the last flush
    monkeypatch.setattr(_postings, "_COLUMNS_FROM", 10**9)
    counted = new_location()
    build(counted, units)
    monkeypatch.setattr(_postings, "_COLUMNS_FROM", 0)
    vectorized = new_location()
    build(vectorized, units)
    expected = table_rows(counted)
    assert table_rows(vectorized) == expected
    assert len({term for term, _ in expected["term_lengths"]}) > 50


@pytest.mark.parametrize("enabled", [True, False])
def test_an_import_pauses_the_cycle_collector_and_restores_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, enabled: bool) -> None:
    """The collector is off while units are added (it walked every unit of a batch
    again and again) and as it was afterwards, also when the import fails."""
    seen: list[bool] = []
    real = _writer.Writer.write_rows

    def write_rows(self: _writer.Writer) -> None:
        seen.append(gc.isenabled())
        real(self)
    monkeypatch.setattr(_writer.Writer, "write_rows", write_rows)
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with TranslationMemory.open(str(tmp_path / "tm.db")) as memory:
            memory.add([Unit("Open the file.", "打开文件。")])
            assert gc.isenabled() == enabled
            with pytest.raises(ValueError, match="bad unit"):
                memory.add(_failing([Unit("Close the file.", "关闭文件。")]))
            assert gc.isenabled() == enabled
            assert len(memory) == 1
    finally:
        (gc.enable if was else gc.disable)()
    assert seen and not any(seen)


def _failing(units: list[Unit]) -> Iterator[Unit]:
    yield from units
    raise ValueError("bad unit")

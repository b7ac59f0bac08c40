"""The bulk posting builder: both groupings (numpy, Python) give the index's exact rows."""

from __future__ import annotations

import itertools
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from rows import every_row
from tm import TranslationMemory, Unit
from tm.memory import _postings
from tm.memory._index import ITEM, MAX_LEN, MAX_OCC, _counted, term_of
from tm.memory._postings import PostingBuffer, numpy_or_none
from tm.memory._runs import PostingRuns

LEN_BITS = MAX_LEN.bit_length()

#: A long text of ids 1 and 2 (520-600 tokens), so one id at least passes MAX_OCC (255):
#: a short drawn pattern repeated, since drawing 520 tokens one by one made data
#: generation most of these tests' cost.
LONG_TEXT = st.builds(lambda pattern, size: (pattern * size)[:size],
                      st.lists(st.sampled_from([1, 2]), min_size=1, max_size=6),
                      st.integers(520, 600))
#: Texts: (token ids, language); ids repeat often, and past MAX_OCC.
TEXTS = st.lists(st.tuples(st.lists(st.integers(1, 40), max_size=30) | LONG_TEXT,
                           st.integers(0, 3)),
                 max_size=40)
#: Short texts of few tokens: most keys recur in many texts, so in many runs.
SHARING_TEXTS = st.lists(st.tuples(st.lists(st.integers(1, 4), min_size=1, max_size=3),
                                   st.integers(0, 1)),
                         max_size=40)


def _reference(texts: list[tuple[list[int], int]]) -> dict[int, list[int]]:
    """The postings the index expects, built the obvious way: key -> ascending entries."""
    out: dict[int, list[int]] = {}
    for entry, (tokens, lang) in enumerate(texts):
        seen: dict[int, int] = {}
        for token in tokens:
            seen[token] = seen.get(token, 0) + 1
            if seen[token] <= MAX_OCC:
                key = term_of(token, lang, seen[token]) << LEN_BITS | min(len(tokens), MAX_LEN)
                out.setdefault(key, []).append(entry * 2)
    return out


def _rows(buffer: PostingBuffer) -> list[tuple[int, list[int]]]:
    """The rows the buffer writes, checked for consistency, as ``(key, entries)``."""
    rows, lengths = buffer.grouped()
    out = []
    for key, seq, n, blob in rows:
        packed = array(ITEM)
        packed.frombytes(blob)
        assert (seq, n) == (packed[0], len(packed))
        assert lengths[key >> LEN_BITS][key & MAX_LEN] == n
        out.append((key, packed.tolist()))
    assert sum(len(by_len) for by_len in lengths.values()) == len(out)
    return out


def _filled(texts: list[tuple[list[int], int]], numpy: bool,
            part_entries: int = _postings.PART_ENTRIES) -> PostingBuffer:
    buffer = PostingBuffer(numpy=numpy, part_entries=part_entries)
    for entry, (tokens, lang) in enumerate(texts):
        buffer.add(entry * 2, array(ITEM, tokens), lang)
    return buffer


@settings(max_examples=examples(200), deadline=None)
@given(TEXTS)
def test_python_grouping_gives_reference_rows_in_key_order(
        texts: list[tuple[list[int], int]]) -> None:
    assert _rows(_filled(texts, numpy=False)) == sorted(_reference(texts).items())


@pytest.mark.skipif(numpy_or_none() is None, reason="numpy (the `fast` extra) not installed")
@settings(max_examples=examples(200), deadline=None)
@given(TEXTS, st.sampled_from([1, 7, 100, 1 << 20]))
def test_numpy_grouping_gives_reference_rows_in_key_order(
        texts: list[tuple[list[int], int]], part_entries: int) -> None:
    """Whatever the parts numpy groups at a time, the same rows as Python, in key order."""
    buffer = _filled(texts, numpy=True, part_entries=part_entries)
    assert _rows(buffer) == sorted(_reference(texts).items())


@pytest.mark.skipif(numpy_or_none() is None, reason="numpy (the `fast` extra) not installed")
@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.tuples(st.lists(st.integers(1, 3000), max_size=40), st.integers(0, 3)),
                max_size=60),
       st.sampled_from([1, 16, 200]))
def test_numpy_groups_a_bounded_part_of_the_buffer_at_a_time(
        texts: list[tuple[list[int], int]], part_entries: int) -> None:
    """The working set of a flush is one part: at most *part_entries* postings plus
    those of one token (a token's postings are never split)."""
    buffer = _filled(texts, numpy=True, part_entries=part_entries)
    per_token: dict[int, int] = {}
    for tokens, _ in texts:
        for token in tokens:
            per_token[token] = per_token.get(token, 0) + 1
    largest = max(per_token.values(), default=0)
    total = 0
    for rows, _ in buffer.parts():
        size = sum(n for _, _, n, _ in rows)
        total += size
        assert size <= part_entries + largest
    assert total == sum(len(entries) for entries in _reference(texts).values())


#: Histogram counts: mostly 0, and every byte of a 4-byte count nonzero alone or together.
COUNTS = st.lists(st.sampled_from([0, 0, 0, 0, 1, 255, 256, 1 << 16, 1 << 24, (1 << 32) - 1])
                  | st.integers(0, (1 << 32) - 1), max_size=300)


@settings(max_examples=examples(200), deadline=None)
@given(COUNTS, st.integers(0, 320), st.integers(0, 320))
def test_a_length_window_reads_every_nonzero_count_in_length_order(
        counts: list[int], lo: int, hi: int) -> None:
    expected = [(n, count) for n, count in enumerate(counts) if lo <= n <= hi and count]
    assert list(_counted(array(ITEM, counts), lo, hi).items()) == expected


@pytest.mark.parametrize("numpy_from", [0, 10**12])
def test_lookup_finds_the_same_units_whichever_grouping_built_the_index(
        numpy_from: int, location: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A memory built through either grouping (and flushed in several parts) finds every unit."""
    if numpy_from == 0 and numpy_or_none() is None:
        pytest.skip("numpy (the `fast` extra) not installed")
    monkeypatch.setattr(_postings, "NUMPY_FROM", numpy_from)
    monkeypatch.setattr("tm.memory._writer.FLUSH_ENTRIES", 300)
    units = [Unit(f"the cat sat on mat number {i} the end", f"猫坐在第{i}号垫子上",
                  origin=f"{i}.po") for i in range(120)]
    with TranslationMemory.open(location) as memory:
        memory.add(units)
        for i in (0, 57, 119):
            best = memory.lookup(f"the cat sat on mat number {i} the end", limit=1)
            assert [(m.unit.source, m.score) for m in best] == [(units[i].source, 100)]
            hits = memory.lookup(f"the cat sat on mat number {i}", min_score=60, limit=500)
            assert len(hits) == len(units)


@pytest.mark.skipif(numpy_or_none() is None, reason="numpy (the `fast` extra) not installed")
@settings(max_examples=examples(150), deadline=None)
@given(TEXTS | SHARING_TEXTS, st.lists(st.integers(0, 40), max_size=4),
       st.sampled_from([1, 3, 50, 10**6]), st.sampled_from([1, 2, 7, 10**6]))
def test_spilled_runs_merge_into_one_row_per_key(
        texts: list[tuple[list[int], int]], cuts: list[int], round_rows: int,
        round_entries: int) -> None:
    """Buffers spilled as runs and merged give the reference rows: one per key, its
    entries of every run ascending, rounds in key order and bounded in entries."""
    np = numpy_or_none()
    runs = PostingRuns(np, round_rows=round_rows, round_entries=round_entries)
    bounds = sorted({0, len(texts), *(c for c in cuts if c < len(texts))})
    for lo, hi in itertools.pairwise(bounds):
        buffer = PostingBuffer(numpy=True, part_entries=7)
        for entry, (tokens, lang) in enumerate(texts[lo:hi], start=lo):
            buffer.add(entry * 2, array(ITEM, tokens), lang)
        runs.add_run(_postings._parts_numpy(np, buffer))
    merged: list[tuple[int, list[int]]] = []
    largest = max((len(entries) for entries in _reference(texts).values()), default=0)
    try:
        for keys, counts, entries in runs.merged():
            assert len(entries) <= max(round_entries, 1) + len(runs) * largest
            assert int(counts.sum()) == len(entries)
            ends = np.cumsum(counts)
            merged.extend((int(key), entries[end - n:end].tolist())
                          for key, n, end in zip(keys, counts, ends, strict=True))
    finally:
        runs.close()
    assert merged == sorted(_reference(texts).items())


def _slow_parts(np: object, buffer: PostingBuffer, delay: float) -> object:
    """The buffer's grouped parts, the first one late (a thread still writing its run)."""
    import time

    for i, part in enumerate(_postings._parts_numpy(np, buffer)):
        if i == 0:
            time.sleep(delay)
        yield part


@pytest.mark.skipif(numpy_or_none() is None, reason="numpy (the `fast` extra) not installed")
def test_runs_written_by_a_thread_are_all_merged() -> None:
    """A run still being written by its thread when the merge starts (the last spill of
    an import) is waited for: the merge gives every run's rows, as runs written at once."""
    np = numpy_or_none()
    texts = [([1, 2, 3, 2][: 1 + i % 4], i % 2) for i in range(300)]
    runs = PostingRuns(np, round_rows=5, round_entries=20)
    for lo in range(0, 300, 100):
        buffer = _filled(texts[lo:lo + 100], numpy=True)
        buffer.text_entries = array(ITEM, [2 * e for e in range(lo, lo + 100)])
        runs.add_run_later(_slow_parts(np, buffer, 0.2))  # type: ignore[arg-type]
    merged: list[tuple[int, list[int]]] = []
    try:
        for keys, counts, entries in runs.merged():
            ends = np.cumsum(counts)
            merged.extend((int(key), entries[end - n:end].tolist())
                          for key, n, end in zip(keys, counts, ends, strict=True))
    finally:
        runs.close()
    assert len(runs.runs) == 3
    assert merged == sorted(_reference(texts).items())


@pytest.mark.skipif(numpy_or_none() is None, reason="numpy (the `fast` extra) not installed")
@every_row("then", ["merge", "spill", "close"])
def test_a_run_that_fails_in_its_thread_fails_the_write(then: str) -> None:
    """A full temporary directory met by the thread writing a run is the writer's
    StoreError at its next step (another spill, or the merge); closing after a
    failed write waits for the thread and raises nothing."""
    import errno

    from tm import StoreError

    np = numpy_or_none()
    runs = PostingRuns(np)

    def failing() -> object:
        raise OSError(errno.ENOSPC, "No space left on device")
        yield  # a generator, like the grouped parts

    runs.add_run_later(failing())  # type: ignore[arg-type]
    if then == "close":
        runs.close()
    else:
        with pytest.raises(StoreError, match="No space left on device"):
            if then == "merge":
                list(runs.merged())
            else:
                runs.add_run_later(iter(()))
        runs.close()
    assert runs.worker is None and runs.failure is None and runs.files == []


def test_prefetched_gives_every_item_in_order_and_raises_what_its_thread_raised() -> None:
    from tm.memory._runs import prefetched

    assert list(prefetched(iter(range(50)))) == list(range(50))

    def failing() -> object:
        yield 1
        yield 2
        raise ValueError("round 3")

    got: list[object] = []
    with pytest.raises(ValueError, match="round 3"):
        got.extend(prefetched(failing()))  # type: ignore[arg-type]
    assert got == [1, 2]


def test_prefetched_stops_its_thread_when_the_caller_stops_early() -> None:
    """An insert that fails mid-merge closes the rounds: the thread merging ahead
    stops (it is blocked handing over the next round) and is waited for."""
    import threading

    from tm.memory._runs import prefetched

    produced: list[int] = []

    def endless() -> object:
        i = 0
        while True:
            produced.append(i)
            yield i
            i += 1

    before = threading.active_count()
    rounds = prefetched(endless())  # type: ignore[arg-type]
    assert next(rounds) == 0
    rounds.close()
    assert threading.active_count() == before
    assert len(produced) <= 4

"""Posting runs spilled to disk during a large write, merged once at its end (private).

A write buffers the postings of the texts it adds (:mod:`tm.memory._postings`)
and must empty the buffer now and then to keep its memory flat.  Writing each
buffer's rows to the clustered ``postings`` table gave every key one row per
buffer, inserted in the middle of the rows already written: a million-unit
import wrote 3.3 million rows for 660,000 keys, most of its SQLite time.

So a large write *spills* each buffer, grouped and sorted by key, as one
**run** to unlinked temporary files (nothing is left behind, even if the
process is killed), and its last flush **merges** the runs: every key gets
one row holding its entries of every run, and rows are inserted in key order,
so the table is filled front to back.  Entries stay ascending in a row,
because each run's entries come after the previous run's (unit ids grow).

A run is grouped and written by a thread (:meth:`PostingRuns.add_run_later`)
while the writer goes on with the next units: the grouping is numpy sorts
that release the GIL, so it runs on whatever core the writer's helper process
leaves idle, instead of stopping the writer for about 1.5 s per run (about
10 s of a million-unit import, issue 14 item 5).  One run is written at a
time; an error in the thread (a full temporary directory) is raised in the
writer at the next spill, at the merge, or when the runs are closed, so the
write fails and is rolled back as before.

The merge reads the runs front to back in rounds: each round takes from every
run the rows below one bound, chosen so that it holds about :data:`ROUND_ROWS`
rows and :data:`ROUND_ENTRIES` entries, whatever the size of the write (the
most frequent words have the smallest ids, so their rows come first and are
the longest).
"""

from __future__ import annotations

import contextlib
import os
import queue
import tempfile
import threading
from collections.abc import Generator, Iterable, Iterator
from typing import IO, Any, TypeVar

from tm.errors import StoreError

__all__ = ["ROUND_ENTRIES", "ROUND_ROWS", "PostingRuns", "prefetched"]

#: Rows the merge reads from all runs in one round (about 12 bytes each, plus their
#: entries: 4 bytes each, ~17 per row on the Bible memory).
ROUND_ROWS = 1 << 18
#: Entries the merge takes from all runs in one round (about, see :meth:`_Cursor.bound`):
#: 4 bytes each, plus 8 while they are put in order.
ROUND_ENTRIES = 1 << 21
#: Fewest rows read from one run at a time (a round takes all but the last of one run's).
_MIN_BLOCK = 2
#: Grouped postings: ``(keys, counts, entries)`` numpy arrays (uint64, int64, uint32).
Grouped = tuple[Any, Any, Any]
_T = TypeVar("_T")
_END = object()


class PostingRuns:
    """Sorted runs of grouped postings in three unlinked temporary files.

    Each run holds rows ``(key, count)`` in ascending key order (each key at
    most once) and, in the same order, the entries of every row.
    """

    def __init__(self, np: Any, round_rows: int | None = None,
                 round_entries: int | None = None) -> None:
        self.np = np
        self.round_rows = ROUND_ROWS if round_rows is None else round_rows
        self.round_entries = ROUND_ENTRIES if round_entries is None else round_entries
        self.files: list[IO[bytes]] = []  # keys (uint64), counts (uint32), entries (uint32)
        self.runs: list[tuple[int, int, int]] = []  # first row, rows, first entry
        self.rows = self.entries = 0
        self.worker: threading.Thread | None = None  # the run being written (add_run_later)
        self.failure: BaseException | None = None  # what the worker raised

    def __len__(self) -> int:
        """How many runs were added."""
        return len(self.runs)

    def add_run(self, parts: Iterable[Grouped]) -> None:
        """Add one run: *parts* follow each other in key order (:func:`_group_arrays`).

        StoreError (the write is then rolled back) when the temporary directory
        cannot take it.
        """
        try:
            self._add_run(parts)
        except OSError as exc:
            raise _no_room(exc) from None

    def add_run_later(self, parts: Iterable[Grouped]) -> None:
        """:meth:`add_run` in a thread (*parts* is computed there, lazily); waits for
        the previous run first, so at most one is being written."""
        self.wait()
        self.worker = threading.Thread(target=self._add_run_caught, args=(parts,),
                                       name="tm-posting-run", daemon=True)
        self.worker.start()

    def _add_run_caught(self, parts: Iterable[Grouped]) -> None:
        try:
            self.add_run(parts)
        except BaseException as exc:  # raised again in the writer by wait()
            self.failure = exc

    def wait(self) -> None:
        """Wait for the run being written; raise what writing it raised."""
        if self.worker is not None:
            self.worker.join()
            self.worker = None
        if self.failure is not None:
            failure, self.failure = self.failure, None
            raise failure

    def _add_run(self, parts: Iterable[Grouped]) -> None:
        np = self.np
        if not self.files:
            self.files = [tempfile.TemporaryFile() for _ in range(3)]  # noqa: SIM115 (close())
        first_row, first_entry = self.rows, self.entries
        for keys, counts, entries in parts:
            keys_file, counts_file, entries_file = self.files
            keys_file.write(np.ascontiguousarray(keys, dtype=np.uint64).tobytes())
            counts_file.write(np.ascontiguousarray(counts, dtype=np.uint32).tobytes())
            entries_file.write(np.ascontiguousarray(entries, dtype=np.uint32).tobytes())
            self.rows += len(keys)
            self.entries += len(entries)
        self.runs.append((first_row, self.rows - first_row, first_entry))

    def merged(self) -> Iterator[Grouped]:
        """Every run merged, in rounds: ``(keys, counts, entries)``, keys ascending
        across rounds, each key once, its entries those of each run in turn
        (after the run being written)."""
        self.wait()
        if not self.runs:
            return
        try:
            for f in self.files:
                f.flush()
        except OSError as exc:
            raise _no_room(exc) from None
        block = max(_MIN_BLOCK, self.round_rows // len(self.runs))
        share = max(1, self.round_entries // len(self.runs))
        cursors = [_Cursor(self, *run) for run in self.runs if run[1]]
        while cursors:
            for cursor in cursors:
                cursor.fill(block)
            bound = min((b for b in (c.bound(share) for c in cursors) if b is not None),
                        default=None)
            taken = [cursor.take(bound) for cursor in cursors]
            cursors = [cursor for cursor in cursors if not cursor.done]
            yield _combine(self.np, taken)

    def close(self) -> None:
        """Remove the files (they were never linked: closing frees them), after the run
        being written (what it raised is dropped: the write has failed already)."""
        with contextlib.suppress(BaseException):
            self.wait()
        for f in self.files:
            with contextlib.suppress(OSError):
                f.close()
        self.files = []


class _Cursor:
    """Where the merge is in one run: a block of its rows read, and what follows."""

    def __init__(self, runs: PostingRuns, first_row: int, rows: int, first_entry: int) -> None:
        np = runs.np
        self.np = np
        self.files = runs.files
        self.row = first_row  # the next row not read yet
        self.unread = rows
        self.entry = first_entry  # the first entry of the block's first row
        self.keys = np.zeros(0, dtype=np.uint64)
        self.counts = np.zeros(0, dtype=np.uint32)

    @property
    def at_end(self) -> bool:
        """The block holds the run's last row."""
        return not self.unread

    @property
    def done(self) -> bool:
        return not self.unread and not len(self.keys)

    def bound(self, share: int) -> int | None:
        """A key below which this run's block holds at most *share* entries (or one
        row: the first), and no row past the block; None: the block's rows all fit
        and are the run's last.

        The merge takes the rows below the smallest bound of all runs: at least
        one row (the first row of the run with the smallest bound), and about
        *share* entries of each run at most.
        """
        over = int(self.np.searchsorted(self.np.cumsum(self.counts), share, side="right"))
        over = max(over, 1)
        if over < len(self.keys):
            return int(self.keys[over])
        return None if self.at_end else int(self.keys[-1])

    def fill(self, block: int) -> None:
        """Read rows until the block holds *block* of them (or the run's end)."""
        more = min(block - len(self.keys), self.unread)
        if more <= 0:
            return
        np = self.np
        keys = np.frombuffer(_read(self.files[0], 8 * self.row, 8 * more), dtype=np.uint64)
        counts = np.frombuffer(_read(self.files[1], 4 * self.row, 4 * more), dtype=np.uint32)
        self.keys = np.concatenate((self.keys, keys))
        self.counts = np.concatenate((self.counts, counts))
        self.row += more
        self.unread -= more

    def take(self, bound: int | None) -> Grouped:
        """The block's rows whose key is below *bound* (all: None), with their entries."""
        np = self.np
        n = len(self.keys) if bound is None else int(
            np.searchsorted(self.keys, np.uint64(bound), side="left"))
        keys, counts = self.keys[:n], self.counts[:n].astype(np.int64)
        self.keys, self.counts = self.keys[n:], self.counts[n:]
        size = int(counts.sum())
        entries = np.frombuffer(_read(self.files[2], 4 * self.entry, 4 * size), dtype=np.uint32)
        self.entry += size
        return keys, counts, entries


def _read(f: IO[bytes], offset: int, size: int) -> bytes:
    """*size* bytes of *f* at *offset*."""
    data = os.pread(f.fileno(), size, offset)
    while len(data) < size:  # pread may return less than asked
        part = os.pread(f.fileno(), size - len(data), offset + len(data))
        if not part:
            raise OSError(f"posting run cut short at byte {offset + len(data)}")
        data += part
    return data


def _combine(np: Any, taken: list[Grouped]) -> Grouped:
    """One grouping of the rows *taken* from each run (runs in order): equal keys
    become one row whose entries are theirs in run order."""
    if len(taken) == 1:
        return taken[0]
    keys = np.concatenate([t[0] for t in taken])
    counts = np.concatenate([t[1] for t in taken])
    entries = np.concatenate([t[2] for t in taken])
    order = np.argsort(keys, kind="stable")  # equal keys keep their runs' order
    starts = (np.cumsum(counts) - counts)[order]
    keys, counts = keys[order], counts[order]
    del order
    placed = np.cumsum(counts) - counts  # where each row's entries go
    gather = np.repeat(starts - placed, counts) + np.arange(len(entries), dtype=np.int64)
    entries = entries[gather]
    del gather
    first = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    return keys[first], np.add.reduceat(counts, first) if len(first) else counts, entries


def _no_room(exc: OSError) -> StoreError:
    """The one-line error of a temporary directory that cannot hold the runs (full, gone)."""
    return StoreError(f"{tempfile.gettempdir()}: cannot hold this import's postings "
                      f"({exc.strerror or exc}); free space there or set TMPDIR to another "
                      "directory")


def prefetched(items: Iterator[_T]) -> Generator[_T, None, None]:
    """*items*, each computed by a thread while the caller uses the previous one.

    The merge's rounds are numpy work and file reads (they release the GIL)
    and the caller inserts each round's rows: at the end of an import, when
    the helper process has stopped, the two then use both cores.  What the
    thread raises is raised here; if the caller stops early, the thread is
    stopped and waited for.
    """
    handoff: queue.Queue[Any] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                if stop.is_set():
                    return
                handoff.put(item)
            handoff.put(_END)
        except BaseException as exc:  # raised again in the caller
            handoff.put(exc)

    thread = threading.Thread(target=produce, name="tm-posting-merge", daemon=True)
    thread.start()
    try:
        while (item := handoff.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # let a blocked put() finish
            with contextlib.suppress(queue.Empty):
                handoff.get(timeout=0.05)
        thread.join()

"""One open memory per worker process and thread.

A database connection must not cross a ``fork`` (the server starts workers by
forking) nor, for SQLite, a thread.  :class:`Memories` opens the memory the
first time a worker needs it and keeps it for that worker's life, so a
request pays for a lookup and not for opening the file.  A connection that
failed (the database went away) is dropped and reopened on the next request.

A SQLite memory is one file, and the server must keep serving that file.  A
worker's connection follows the file it opened, not its name: once the file
is deleted, or renamed away and another put in its place (a restored backup,
a new ``tm import``), writes would be answered "added" and go to a file
nobody will read again, and workers opened before and after the swap would
serve different memories.  So the file's identity (device and inode) is taken
when the server starts, and every request checks that the name still holds
that file; if not, the request is refused with 503 (:class:`MemoryReplaced`)
until the server is restarted: it never reopens (or, having been deleted,
creates) a file behind the operator's back.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from tm.errors import StoreError
from tm.memory import TranslationMemory

__all__ = ["Memories", "MemoryReplaced"]


class MemoryReplaced(StoreError):
    """The memory file the server started with is no longer at its path."""


def _identity(path: str) -> tuple[int, int] | None:
    """The (device, inode) of the file at *path*, or None when there is none."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return found.st_dev, found.st_ino


class Memories:
    """Hands out this process's and thread's connection to the memory at *db*."""

    def __init__(self, db: str, *, readonly: bool, timeout: float) -> None:
        self.db = db
        self.readonly = readonly
        self.timeout = timeout
        self._local = threading.local()
        # A URL names a server, not a file; "" and ":memory:" name no file either.
        self._file = db not in ("", ":memory:") and "://" not in db
        self._path = os.path.abspath(db) if self._file else db
        self._started_with = _identity(self._path) if self._file else None

    @contextmanager
    def use(self) -> Iterator[TranslationMemory]:
        """Yield the open memory; on a store error close it so the next call reopens."""
        memory = self._current()
        try:
            yield memory
        except StoreError:
            self._drop()
            raise

    def _current(self) -> TranslationMemory:
        if self._file and self._started_with is not None \
                and _identity(self._path) != self._started_with:
            raise MemoryReplaced(f"{self.db}: the memory file was removed or replaced "
                                 "while the server ran; restart tm serve to serve the file "
                                 "now at that path")
        local = self._local
        if getattr(local, "pid", None) != os.getpid() or local.memory is None:
            # A forked child inherits the parent's object but must not use its connection.
            local.pid = os.getpid()
            local.memory = TranslationMemory.open(self.db, readonly=self.readonly,
                                                  timeout=self.timeout)
            if self._file and self._started_with is None:  # a memory this process created
                self._started_with = _identity(self._path)
        memory: TranslationMemory = local.memory
        return memory

    def _drop(self) -> None:
        memory = getattr(self._local, "memory", None)
        self._local.memory = None
        if memory is not None:
            with contextlib.suppress(Exception):  # closing a broken connection may fail too
                memory.close()

    def close(self) -> None:
        """Close this thread's connection, if any."""
        if getattr(self._local, "pid", None) == os.getpid():
            self._drop()

    def tidy(self) -> None:
        """Once every worker has stopped: open and close the memory file, so that SQLite's
        ``-wal``/``-shm`` beside it go (review Z-10).

        Each worker closes its connection as it stops, and the last connection to
        close removes the two files; but workers stopping at the same moment may
        each see another still open (or one killed at the graceful timeout never
        closes), and the files stayed beside a memory the server only read.  Only
        the file the server started with, and only when a log is there: nothing is
        created or reopened behind the operator's back.
        """
        if not self._file or self._started_with is None \
                or _identity(self._path) != self._started_with \
                or not os.path.exists(self._path + "-wal"):
            return
        with contextlib.suppress(StoreError):  # in use by another process: it tidies up
            TranslationMemory.open(self.db, readonly=self.readonly, timeout=self.timeout).close()

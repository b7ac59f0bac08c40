"""One open memory per worker process and thread.

A database connection must not cross a ``fork`` (the server starts workers by
forking) nor, for SQLite, a thread.  :class:`Memories` opens the memory the
first time a worker needs it and keeps it for that worker's life, so a
request pays for a lookup and not for opening the file.  A connection that
failed (the database went away) is dropped and reopened on the next request.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from tm.errors import StoreError
from tm.memory import TranslationMemory

__all__ = ["Memories"]


class Memories:
    """Hands out this process's and thread's connection to the memory at *db*."""

    def __init__(self, db: str, *, readonly: bool, timeout: float) -> None:
        self.db = db
        self.readonly = readonly
        self.timeout = timeout
        self._local = threading.local()

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
        local = self._local
        if getattr(local, "pid", None) != os.getpid() or local.memory is None:
            # A forked child inherits the parent's object but must not use its connection.
            local.pid = os.getpid()
            local.memory = TranslationMemory.open(self.db, readonly=self.readonly,
                                                  timeout=self.timeout)
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

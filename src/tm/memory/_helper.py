"""The writer's helper process: :class:`tm.memory._prepare.Preparer` on the other core (private).

A bulk import spends about half of its CPU analysing texts and hashing keys,
work that never reads the database (:mod:`tm.memory._prepare`).  One Python
thread cannot overlap it with the SQLite and numpy work (the earlier attempt
with a writer thread lost to the GIL), so :class:`Pipeline` runs it in a
helper process, one chunk ahead: while the helper prepares chunk *k+1*, the
writer stores chunk *k*.  The exchange is strictly alternating (send one
chunk, receive its result before sending the next), so neither side can
block the other on a full pipe.

* **Same results.**  The helper runs the same pure function on the same
  chunks in the same order; :class:`Pipeline` gives the writer the result of
  each chunk whichever process computed it.
* **Small writes stay in the process.**  The first :data:`LOCAL_UNITS` units
  are prepared in the process; the helper starts with the first batch after
  them, so only an import that goes on past them pays for starting Python
  (about 0.2 s of CPU).
* **Nothing is lost if the helper fails.**  If it cannot start or stops
  (killed, out of memory), the writer prepares the current batch's chunks
  again in its own process (the numbering restarts with each batch and is
  deterministic, so the replayed results are the ones the helper gave) and
  goes on without it.
* **No orphan.**  The helper reads chunks from its stdin and exits at end of
  file, so it ends with the writer, however the writer ends; the writer also
  waits for it (and kills it after a grace period) when the write finishes.

The helper is started with this interpreter (``sys.executable``) and this
process's ``sys.path``, so it runs the same code; messages are ``marshal``
frames between two processes of one interpreter.
"""

from __future__ import annotations

import contextlib
import json
import marshal
import subprocess
import sys
from typing import IO, Any

from tm.memory._prepare import Prepared, Preparer, Row

__all__ = ["LOCAL_UNITS", "Pipeline", "serve"]

#: Units prepared in the process before the helper starts (small writes never start it).
LOCAL_UNITS = 20_000
_CODE = ("import json, sys; sys.path[:0] = json.loads(sys.argv[1]); "
         "from tm.memory._helper import serve; serve()")
_HEADER = 8
#: Seconds the writer waits for the helper to exit before killing it.
_GRACE = 5.0


class Pipeline:
    """Prepares chunks one ahead, in a helper process once the import is large.

    Call :meth:`submit` and :meth:`receive` alternately, in chunk order.
    *helper* ``False`` never starts the process, ``True`` starts it at the
    first batch, ``None`` at the first batch after :data:`LOCAL_UNITS` units.
    """

    def __init__(self, helper: bool | None = None) -> None:
        self.helper = helper
        self.local = Preparer()
        self.process: Helper | None = None
        self.units = 0
        self.batch_rows: list[list[Row]] = []  # the current batch's chunks (for a replay)
        self.ready: Prepared | None = None

    def submit(self, rows: list[Row], new_batch: bool) -> None:
        """Start preparing the next chunk (the previous one must have been received)."""
        if new_batch:
            self.batch_rows = []
            if self.process is None and self._wanted():
                self.process = Helper.start()
                self.helper = False  # started once at most
        self.batch_rows.append(rows)
        self.units += len(rows)
        if self.process is not None and self.process.send((rows, new_batch)):
            return
        self.ready = self._local(rows, new_batch)

    def receive(self) -> Prepared:
        """The result of the chunk submitted last."""
        if self.ready is not None:
            ready, self.ready = self.ready, None
            return ready
        assert self.process is not None
        result = self.process.receive()
        if result is not None:
            return Prepared(*result)
        return self._replay()

    def close(self) -> None:
        """Stop the helper (if it runs) and wait for it."""
        if self.process is not None:
            self.process.close()
            self.process = None

    def _wanted(self) -> bool:
        if self.helper is None:
            return self.units >= LOCAL_UNITS
        return self.helper

    def _local(self, rows: list[Row], new_batch: bool) -> Prepared:
        if self.process is not None:  # it failed: go on without it
            self.process.close()
            self.process = None
            return self._replay()
        return self.local.prepare(rows, new_batch)

    def _replay(self) -> Prepared:
        """Prepare the current batch's chunks again here (the helper failed)."""
        self.close()
        self.local = Preparer()
        result: Prepared | None = None
        for i, rows in enumerate(self.batch_rows):
            result = self.local.prepare(rows, i == 0)
        assert result is not None
        return result


class Helper:
    """One helper process and its two pipes."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        self.proc = proc

    @classmethod
    def start(cls) -> Helper | None:
        """A running helper, or None when no interpreter can be started."""
        if not sys.executable or getattr(sys, "frozen", False):
            return None
        try:
            proc = subprocess.Popen(
                [sys.executable, "-c", _CODE, json.dumps(sys.path)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError:
            return None
        return cls(proc)

    def send(self, message: Any) -> bool:
        """Send one message; False if the helper is gone."""
        assert self.proc.stdin is not None
        try:
            write_frame(self.proc.stdin, message)
        except (OSError, ValueError):
            return False
        return True

    def receive(self) -> Any:
        """The helper's next message, or None if it is gone."""
        assert self.proc.stdout is not None
        try:
            return read_frame(self.proc.stdout)
        except (OSError, EOFError, ValueError):
            return None

    def close(self) -> None:
        """Close its stdin (it exits at end of file) and reap it."""
        with contextlib.suppress(OSError):
            assert self.proc.stdin is not None
            self.proc.stdin.close()
        try:
            self.proc.wait(_GRACE)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        assert self.proc.stdout is not None
        self.proc.stdout.close()


def write_frame(stream: IO[bytes], message: Any) -> None:
    """Write one length-prefixed ``marshal`` frame and flush it."""
    data = marshal.dumps(message)
    stream.write(len(data).to_bytes(_HEADER, "little"))
    stream.write(data)
    stream.flush()


def read_frame(stream: IO[bytes]) -> Any:
    """Read one frame; None at a clean end of file, EOFError at a cut one."""
    header = stream.read(_HEADER)
    if not header:
        return None
    if len(header) < _HEADER:
        raise EOFError("cut frame")
    size = int.from_bytes(header, "little")
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("cut frame")
    return marshal.loads(data)


def serve() -> None:
    """The helper's loop: prepare each chunk read from stdin, write its result to stdout."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    preparer = Preparer()
    while True:
        message = read_frame(stdin)
        if message is None:
            return
        rows, new_batch = message
        write_frame(stdout, tuple(preparer.prepare(rows, new_batch)))

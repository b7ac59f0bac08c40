"""The writer's helper process: :class:`tm.memory._prepare.Preparer` on the other core (private).

A bulk import spends about half of its CPU analysing texts and hashing keys,
work that never reads the database (:mod:`tm.memory._prepare`).  One Python
thread cannot overlap it with the SQLite and numpy work (the earlier attempt
with a writer thread lost to the GIL), so :class:`Pipeline` runs it in a
helper process, up to :data:`AHEAD` chunks ahead of the writer: while the
writer stores a batch, inserts its rows or spills postings (work that comes
in steps of a second or two), the helper goes on preparing the next chunks
instead of waiting for the writer to ask for one (issue 14 item 5: with one
chunk ahead the helper was idle for most of each such step).

* **Same results.**  The helper runs the same pure function on the same
  chunks in the same order; :class:`Pipeline` gives the writer the result of
  each chunk whichever process computed it.
* **Small writes stay in the process.**  The first :data:`LOCAL_UNITS` units
  (one chunk) are prepared in the process; only an import that goes on past
  them pays for starting Python (about 0.2 s of CPU, on the other core).  A
  helper started in the middle of a batch first prepares that batch's
  earlier chunks without answering, so its token numbering is the writer's.
* **Nothing is lost if the helper fails.**  If it cannot start or stops
  (killed, out of memory), the writer prepares again in its own process
  every chunk from the start of the batch of the oldest chunk not received
  (the numbering restarts with each batch and is deterministic, so the
  replayed results are the ones the helper gave) and goes on without it.
* **No deadlock.**  The helper reads its stdin and writes its stdout in two
  threads of its own, so it always takes the writer's next chunk, and the
  writer, which never has more than :data:`AHEAD` chunks outstanding, reads
  the results when it needs them.
* **No orphan.**  The helper exits as soon as its stdin ends, so it ends with
  the writer, however the writer ends; the writer also waits for it (and
  kills it after a grace period) when the write finishes.

The helper is started with this interpreter (``sys.executable``) and this
process's ``sys.path``, so it runs the same code; messages are ``marshal``
frames between two processes of one interpreter.
"""

from __future__ import annotations

import contextlib
import json
import marshal
import os
import queue
import subprocess
import sys
import threading
from collections import deque
from typing import IO, Any

try:
    import fcntl
except ImportError:  # Windows: pipes keep their size
    fcntl = None  # type: ignore[assignment]

from tm.memory._prepare import Prepared, Preparer, Row

__all__ = ["AHEAD", "LOCAL_UNITS", "Pipeline", "serve"]

#: Units prepared in the process before the helper starts (small writes never start it).
LOCAL_UNITS = 2_000
#: Chunks the writer may have outstanding with the helper (~0.1 s of the helper's CPU each:
#: enough to cover a batch's row inserts, ~0.7 s).  More cost the writer CPU: 200k Bible
#: units took ~13.9 s CPU with 24, ~13.2 with 10 (chunks waiting are more objects for
#: the garbage collector to trace); each costs about 2 MiB until received.
AHEAD = 10
_CODE = ("import json, sys; sys.path[:0] = json.loads(sys.argv[1]); "
         "from tm.memory._helper import serve; serve()")
_HEADER = 8
#: Seconds the writer waits for the helper to exit before killing it.
_GRACE = 5.0
#: Bytes a pipe to or from the helper holds: a whole frame (Linux's default limit
#: for a process that is not privileged, /proc/sys/fs/pipe-max-size).
_PIPE_BYTES = 1 << 20


class Pipeline:
    """Prepares chunks ahead of the writer, in a helper process once the import is large.

    :meth:`submit` chunks in order and :meth:`receive` their results in the
    same order, with at most :attr:`ahead` chunks submitted and not received.
    *helper* ``False`` never starts the process, ``True`` starts it at once,
    ``None`` once :data:`LOCAL_UNITS` units were submitted.
    """

    def __init__(self, helper: bool | None = None) -> None:
        self.helper = helper
        self.local = Preparer()
        self.process: Helper | None = None
        self.units = 0
        # The chunks from the start of the batch of the oldest chunk not received
        # (what a replay needs), and how many of them were received.
        self.history: list[tuple[list[Row], bool]] = []
        self.received = 0
        self.ready: deque[Prepared] = deque()  # prepared here, not received yet

    @property
    def ahead(self) -> int:
        """Chunks the writer may have submitted and not received."""
        return AHEAD if self.process is not None else 1

    def submit(self, rows: list[Row], new_batch: bool) -> None:
        """Start preparing the next chunk."""
        if self.process is None and self._wanted():
            self._start()
        self.history.append((rows, new_batch))
        self.units += len(rows)
        if self.process is None:
            self.ready.append(self.local.prepare(rows, new_batch))
        elif not self.process.send((rows, new_batch, True)):
            self._fail()

    def receive(self) -> Prepared:
        """The result of the oldest chunk submitted and not received."""
        if not self.ready and self.process is not None:
            result = self.process.receive()
            if result is not None:
                self._received()
                return Prepared(*result)
            self._fail()
        prepared = self.ready.popleft()
        self._received()
        return prepared

    def close(self) -> None:
        """Stop the helper (if it runs) and wait for it."""
        if self.process is not None:
            self.process.close()
            self.process = None

    def _wanted(self) -> bool:
        if self.helper is None:
            return self.units >= LOCAL_UNITS
        return self.helper

    def _start(self) -> None:
        """Start the helper, bringing it to the writer's numbering (chunks already prepared
        here are prepared there again, without an answer)."""
        self.process = Helper.start()
        self.helper = False  # started once at most
        if self.process is None:
            return
        for rows, new_batch in self.history:
            if not self.process.send((rows, new_batch, False)):
                self._fail()
                return

    def _received(self) -> None:
        """Count one chunk received; forget the chunks no replay can need."""
        self.received += 1
        last = min(self.received, len(self.history) - 1)
        start = next((i for i in range(last, 0, -1) if self.history[i][1]), 0)
        if start:
            del self.history[:start]
            self.received -= start

    def _fail(self) -> None:
        """The helper failed: prepare here, again, every chunk it owed (and go on here)."""
        self.close()
        self.local = Preparer()
        owed_from = self.received + len(self.ready)  # the older ones were prepared here
        for i, (rows, new_batch) in enumerate(self.history):
            prepared = self.local.prepare(rows, new_batch)
            if i >= owed_from:
                self.ready.append(prepared)


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
        for pipe in (proc.stdin, proc.stdout):
            _widen(pipe)
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


def _widen(pipe: IO[bytes] | None) -> None:
    """Let *pipe* hold a whole frame (Linux; elsewhere, or if refused, it stays as it is).

    A chunk's frame is about 0.6-0.8 MB and a pipe holds 64 KiB by default, so
    a frame crossed in a dozen pieces, each waiting for the other process's
    I/O thread to get its interpreter lock back from the thread that prepares
    or writes (up to the 5 ms switch interval): the writer sat blocked in
    ``write`` for much of each chunk (100k Bible units at load 15: 13.8 s of
    wall time sending frames with 64 KiB pipes, 6.3 s with 1 MiB ones).
    """
    size = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if pipe is None or size is None:
        return
    with contextlib.suppress(OSError):
        fcntl.fcntl(pipe.fileno(), size, _PIPE_BYTES)


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
    """The helper's loop: prepare each chunk read from stdin, write the results asked for.

    Two threads move the frames, so reading the next chunk and writing a
    result never wait for each other or for the work.  At the end of stdin
    (the writer closed it or died) the process exits at once: nothing it
    still holds can be needed.
    """
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    outbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    threading.Thread(target=_read_all, args=(sys.stdin.buffer, inbox), daemon=True).start()
    threading.Thread(target=_write_all, args=(sys.stdout.buffer, outbox), daemon=True).start()
    preparer = Preparer()
    while True:
        rows, new_batch, answer = inbox.get()
        prepared = preparer.prepare(rows, new_batch)
        if answer:
            outbox.put(tuple(prepared))


def _read_all(stream: IO[bytes], inbox: queue.SimpleQueue[Any]) -> None:
    """Put every frame of *stream* in *inbox*; end the process at its end."""
    with contextlib.suppress(OSError, EOFError, ValueError):
        while (message := read_frame(stream)) is not None:
            inbox.put(message)
    os._exit(0)


def _write_all(stream: IO[bytes], outbox: queue.SimpleQueue[Any]) -> None:
    """Write every result put in *outbox*; end the process if the writer is gone."""
    try:
        while True:
            write_frame(stream, outbox.get())
    except (OSError, ValueError):
        os._exit(0)

"""Run a test's function in several real processes at once, forked from the test's own process.

Tests of concurrent writers need separate processes (each with its own
connection, its own locks, a pid of its own), not separate interpreters: a
``python -c SCRIPT`` child spent most of its CPU starting Python and importing
tm (about 0.3 CPU s each, eight of them in one test) before its first write.
A forked child starts with tm already imported and everything else the test
process holds, so the children also reach the memory together, which is the
race the tests are about.

Each child runs one call and leaves with :func:`os._exit` (no pytest clean-up,
no ``atexit``, no flushing of buffers it inherited); a failure comes back as the
child's traceback text.  tm closes the PostgreSQL connections it keeps before
any fork (``os.register_at_fork`` in tm.memory), so no connection is shared.
"""

from __future__ import annotations

import os
import select
import signal
import time
import traceback
from collections.abc import Callable, Sequence

#: Seconds all the children together may take before they are killed and the test fails.
TIMEOUT = 120.0


def run_forked(function: Callable[..., object], calls: Sequence[tuple[object, ...]],
               timeout: float = TIMEOUT) -> list[str]:
    """Call ``function(*args)`` for each *args* of *calls*, each in its own child, all at once.

    Returns one entry per call: ``""`` when the call returned, else what went
    wrong (the child's traceback, an exit by signal, or a timeout).
    """
    children: list[tuple[int, int]] = []
    started = time.monotonic()
    for args in calls:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: one call, its traceback down the pipe, then leave at once
            os.close(read_end)
            code = 0
            try:
                function(*args)
            except BaseException:
                os.write(write_end, traceback.format_exc().encode("utf-8", "replace"))
                code = 1
            finally:
                os._exit(code)
        os.close(write_end)
        children.append((pid, read_end))
    deadline = started + timeout
    return [_outcome(pid, read_end, deadline) for pid, read_end in children]


def _outcome(pid: int, read_end: int, deadline: float) -> str:
    """What child *pid* reported on *read_end*, once it has exited (killed at *deadline*)."""
    chunks: list[bytes] = []
    with os.fdopen(read_end, "rb", buffering=0) as pipe:
        while True:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([pipe], [], [], max(left, 0.0))
            if not ready:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return f"child {pid} still running after the timeout: killed"
            chunk = pipe.read(65536)
            if not chunk:
                break
            chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    text = b"".join(chunks).decode("utf-8", "replace")
    if os.WIFSIGNALED(status):
        return f"child {pid} killed by signal {os.WTERMSIG(status)}\n{text}"
    if os.WEXITSTATUS(status):
        return text or f"child {pid} exited with status {os.WEXITSTATUS(status)}"
    return text

"""Real child processes forked from the test's own process: function calls, and ``tm`` commands.

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

:func:`start_tm` starts a ``tm`` command (``tm serve`` for the server tests)
the same way: a new process in a new session, with its own output file,
working directory and environment, set up as a new ``python -m tm`` would be
(default signal handlers and warning filters, no logging handlers, new
``sys.std*`` streams), without starting Python and importing tm again (about
0.3 CPU s and as much wall time each).  The few tests of what only a new
interpreter shows (the entry point, its exit status) start one instead.
"""

from __future__ import annotations

import atexit
import faulthandler
import gc
import io
import locale
import logging
import os
import select
import signal
import subprocess
import sys
import threading
import time
import traceback
import warnings
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import NoReturn

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


class Child:
    """A process forked from this one (:func:`start_forked`, :func:`start_tm`), used as a
    :class:`subprocess.Popen` is.

    ``returncode`` follows Popen: the exit status, or minus the signal that ended it.
    """

    def __init__(self, pid: int, args: list[str]) -> None:
        self.pid = pid
        self.args = args   # what it runs: for a tm command, the command line a user types
        self.returncode: int | None = None

    def poll(self) -> int | None:
        """The return code if the child has ended (it is reaped then), else None."""
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the child to end; :class:`subprocess.TimeoutExpired` after *timeout* s."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while (code := self.poll()) is None:
            if deadline is not None and time.monotonic() >= deadline:
                raise subprocess.TimeoutExpired(self.args, timeout or 0.0)
            time.sleep(0.005)
        return code

    def send_signal(self, sig: int) -> None:
        """Send *sig* to the child, unless it has already been reaped."""
        if self.poll() is None:
            os.kill(self.pid, sig)

    def kill(self) -> None:
        """End the child with SIGKILL."""
        self.send_signal(signal.SIGKILL)


def start_forked(function: Callable[..., object], *args: object) -> Child:
    """Call ``function(*args)`` in a child forked from this process; it exits when that returns.

    Status 0 when the call returned, else 1 after its traceback on stderr.
    """
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            gc.freeze()   # the parent's objects: never collected, so never finalized, here
            function(*args)
            code = 0
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(code)
    return Child(pid, [getattr(function, "__name__", repr(function)), *map(repr, args)])


def run_tm_child(args: Sequence[str], *, cwd: Path | str, env: Mapping[str, str],
                 stdin: bytes | int | None = None, timeout: float = TIMEOUT,
                 preexec: Callable[[], object] | None = None) -> tuple[int, str, str]:
    """Run ``tm ARGS`` in a forked child (:func:`start_tm`): its status, stdout and stderr.

    Its stdout and stderr are pipes; its stdin a pipe fed with *stdin* when
    that is bytes (as ``printf … | tm``), the open file descriptor *stdin*
    when that is one (``tm … < file``), else this process's.  A child still
    running after *timeout* seconds is killed (its status is then minus
    SIGKILL's number).  *preexec* runs in the child before tm (``ulimit``).
    """
    out_read, out_write = os.pipe()
    err_read, err_write = os.pipe()
    in_read, in_write = os.pipe() if isinstance(stdin, bytes) else (stdin, None)
    child = start_tm(args, stdout=out_write, stderr=err_write, stdin=in_read, cwd=cwd, env=env,
                     close=[fd for fd in (out_read, err_read, in_write) if fd is not None],
                     preexec=preexec)
    for fd in (out_write, err_write, None if in_write is None else in_read):
        if fd is not None:
            os.close(fd)
    chunks: dict[int, list[bytes]] = {out_read: [], err_read: []}
    feeder = None
    if in_write is not None:
        feeder = threading.Thread(target=_feed, args=(in_write, stdin), daemon=True)
        feeder.start()
    deadline = time.monotonic() + timeout
    open_ends = [out_read, err_read]
    while open_ends and (left := deadline - time.monotonic()) > 0:
        for fd in select.select(open_ends, [], [], left)[0]:
            chunk = os.read(fd, 65536)
            if chunk:
                chunks[fd].append(chunk)
            else:
                open_ends.remove(fd)
                os.close(fd)
    for fd in open_ends:   # timed out
        os.close(fd)
    try:
        code = child.wait(max(deadline - time.monotonic(), 0.0))
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        code = child.wait()
    if feeder is not None:
        feeder.join(10)
    out, err = (b"".join(chunks[fd]).decode("utf-8", "replace") for fd in (out_read, err_read))
    return code, out, err


def _feed(fd: int, data: object) -> None:
    """Write *data* to the pipe *fd*, then close it (a reader that went away ends the write)."""
    try:
        with os.fdopen(fd, "wb") as pipe:
            pipe.write(bytes(data))  # type: ignore[call-overload]
    except BrokenPipeError:
        pass


def start_tm(args: Sequence[str], *, stdout: int, cwd: Path | str, env: Mapping[str, str],
             stderr: int | None = None, stdin: int | None = None,
             close: Sequence[int] = (), preexec: Callable[[], object] | None = None) -> Child:
    """Start ``tm ARGS`` in a child forked from this process, in a new session.

    The child's stdout is the open file descriptor *stdout*, its stderr
    *stderr* (default: *stdout* too), its stdin *stdin* (default: this
    process's); it closes the descriptors *close* (the other ends of its
    pipes) and those three originals; *env* is its whole environment;
    *preexec* runs in it last, as :class:`subprocess.Popen`'s does.  It runs
    :func:`tm.cli.main` and leaves with its exit status as ``python -m tm``
    would (the handlers :mod:`atexit` got while it ran, then the status; a
    traceback and 1 for an exception), and so do the processes it forks
    (gunicorn's workers) when their run ends.
    """
    argv = [str(arg) for arg in args]
    streams = (stdin, stdout, stdout if stderr is None else stderr)
    pid = os.fork()
    if pid == 0:
        _run_as_new_tm_process(argv, streams, close, cwd, env, preexec)
    return Child(pid, [sys.executable, "-m", "tm", *argv])


def _run_as_new_tm_process(argv: list[str], streams: tuple[int | None, int, int],
                           close: Sequence[int], cwd: Path | str, env: Mapping[str, str],
                           preexec: Callable[[], object] | None = None) -> NoReturn:
    """In the forked child: become what ``python -m tm ARGV`` starts as, run it, and exit.

    *streams* are the descriptors that become its stdin (None: keep it), stdout
    and stderr; *close* those it must not hold open.
    """
    status: int | None = 1
    try:
        os.setsid()
        for fd in close:
            os.close(fd)
        for target, fd in enumerate(streams):
            if fd is not None and fd != target:
                os.dup2(fd, target)
        for fd in {fd for fd in streams if fd is not None and fd > 2}:
            os.close(fd)
        os.chdir(cwd)
        os.environ.clear()
        os.environ.update(env)
        _interpreter_state_as_new()
        if preexec is not None:
            preexec()
        from tm.cli import main

        sys.argv = [str(Path(sys.modules["tm"].__file__ or "tm").with_name("__main__.py")),
                    *argv]
        status = _exit_status(main, argv)
    except BaseException:   # the set-up failed: say why on the child's stderr
        traceback.print_exc()
    finally:
        if status is None:   # an uncaught KeyboardInterrupt: Python ends by SIGINT
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGINT)
        os._exit(1 if status is None else status)


def _interpreter_state_as_new() -> None:
    """Undo what pytest and the test process changed in the state a new interpreter starts with.

    The objects inherited from the test process are frozen (never collected
    here, so nothing of the parent's is finalized, closing a descriptor this
    process reuses); exit handlers, signal handlers, fault handler, warning
    filters, logging handlers and the ``sys.std*`` streams are what Python
    sets up at start.
    """
    gc.freeze()
    atexit._clear()
    faulthandler.disable()
    for sig in signal.valid_signals():
        if sig not in (signal.SIGKILL, signal.SIGSTOP) and signal.getsignal(sig) not in (
                signal.SIG_DFL, None):
            signal.signal(sig, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    for ignored in (signal.SIGPIPE, signal.SIGXFSZ):   # as Python's start-up sets them
        signal.signal(ignored, signal.SIG_IGN)
    warnings.resetwarnings()
    warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
    for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning,
                     ResourceWarning):
        warnings.simplefilter("ignore", category, append=True)
    warnings.showwarning = _show_warning
    root = logging.getLogger()
    root.handlers.clear()
    root.setLevel(logging.WARNING)
    logging.disable(logging.NOTSET)
    encoding, _, errors = (os.environ.get("PYTHONIOENCODING") or "").partition(":")
    encoding = encoding or locale.getpreferredencoding(False)
    sys.stdin = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)),
                                 encoding=encoding, errors=errors or "strict")
    sys.stdout = io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, "w", closefd=False)),
                                  encoding=encoding, errors=errors or "strict")
    sys.stderr = io.TextIOWrapper(io.BufferedWriter(io.FileIO(2, "w", closefd=False)),
                                  encoding=encoding, errors="backslashreplace",
                                  line_buffering=True)


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: object = None, line: str | None = None) -> None:
    sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def _exit_status(main: Callable[[list[str]], int], argv: list[str]) -> int | None:
    """Run ``main(argv)`` and what Python does at exit; the status (None: ended by Ctrl-C)."""
    status: int | None
    try:
        status = main(argv)
    except SystemExit as stop:
        if stop.code is None or isinstance(stop.code, int):
            status = stop.code or 0
        else:
            print(stop.code, file=sys.stderr)
            status = 1
    except KeyboardInterrupt:
        traceback.print_exc()
        status = None
    except BaseException:
        traceback.print_exc()
        status = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            if status == 0:
                status = 120   # Python's status when flushing stdout fails at exit
    return None if status is None else status & 0xFF

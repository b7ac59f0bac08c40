"""Run the application under gunicorn: pre-forked worker processes, bounded requests.

Why gunicorn's ``sync`` workers (docs/dependencies.md has the comparison):
a lookup is CPU work in Python over a synchronous database driver, so the
way to use several cores is several processes, each with its own
connection, each handling one request at a time.  The arbiter restarts a
worker that dies, and kills one whose request runs past ``timeout`` (a slow
client or a pathological query), which no in-process timer can do to a
running SQLite statement.  gunicorn also parses HTTP and bounds the request
line and headers.

A sync worker serves one connection at a time, so a client that sends its
request slowly (slow loris: a header line now and then) held a worker for
the whole ``timeout``, and as many such clients as workers kept everyone else
waiting.  :class:`_ReadDeadlineWorker` gives each connection a deadline for
receiving its whole request, head and body (``read_timeout``, 10 s): past it
the client reads as disconnected and the worker moves on.  An attacker can
still occupy a worker per connection for that long, as with any server that
reads requests in its workers; a buffering proxy in front removes even that.
"""

from __future__ import annotations

import json
import logging
import math
import os
import signal
import socket
import sys
import time
from typing import Any

from gunicorn.app.base import BaseApplication
from gunicorn.workers.sync import SyncWorker

from tm.memory import redact
from tm.server._app import Application, behind_proxies
from tm.server._config import MAX_REQUEST_LINE, ServerConfig

__all__ = ["QuietStop", "serve"]


class _Gunicorn(BaseApplication):  # type: ignore[misc]  # gunicorn ships no type hints
    """gunicorn's process manager around one WSGI application and fixed settings."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.served = Application(config)
        self.application = behind_proxies(self.served, config)
        super().__init__()

    def load_config(self) -> None:
        settings = _settings(self.config)
        settings["worker_exit"] = self._close_memory
        settings["on_exit"] = self._tidy_memory
        for name, value in settings.items():
            if name in self.cfg.settings:  # settings newer gunicorns added
                self.cfg.set(name, value)

    def _close_memory(self, _server: Any, _worker: Any) -> None:
        """gunicorn's ``worker_exit`` hook, run in the worker as it stops (SIGTERM, Ctrl-C).

        A worker's connection was never closed: the process just ended, so
        SQLite never saw its last connection go and the ``-wal``/``-shm`` files
        stayed beside the memory after a server that only read (R4-10).  Closed
        here, the last worker to stop removes them, as ``tm lookup`` does.
        """
        self.served.memories.close()

    def _tidy_memory(self, _server: Any) -> None:
        """gunicorn's ``on_exit`` hook, run in the arbiter once every worker has exited:
        the memory's side files go even when no worker's close removed them (review Z-10)."""
        self.served.memories.tidy()

    def load(self) -> Any:
        return self.application


log = logging.getLogger("tm.server")


class _DeadlineSocket:
    """A client socket whose reads end at *deadline* (``time.monotonic()``): then it reads EOF.

    Every read (the request head, then the body as the application reads it,
    then gunicorn's drain before closing) waits at most until the deadline, so
    no sequence of slow bytes keeps the worker longer.  Anything else goes to
    the real socket.
    """

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self._sock = sock
        self._deadline = deadline
        self._late = False

    def recv(self, size: int, *flags: int) -> bytes:
        left = self._deadline - time.monotonic()
        if left > 0 and not self._late:
            self._sock.settimeout(left)
            try:
                return self._sock.recv(size, *flags)
            except TimeoutError:
                pass
            finally:
                self._sock.settimeout(None)     # writing the answer is bounded by --timeout
        if not self._late:
            self._late = True
            log.warning("a client did not send its request in time; disconnected")
        return b""

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


class _JsonErrorSocket:
    """A client socket onto which gunicorn's own error answer is written as tm's JSON.

    Requests gunicorn refuses before the application sees them (a request line
    over 8190 bytes: 414; headers too large: 431; a malformed request: 400) got
    an HTML page, although every refusal of ``tm serve`` is ``{"error": "..."}``.
    The status line is kept; the body becomes one JSON line.
    """

    def __init__(self, sock: Any, error: BaseException) -> None:
        self._sock = sock
        self._error = error

    def sendall(self, data: bytes, *flags: int) -> None:
        status_line = data.partition(b"\r\n")[0].decode("latin-1")
        _, status, reason = [*status_line.split(" ", 2), "", ""][:3]
        detail = " ".join(str(self._error).split())[:200] if status.startswith("4") else ""
        body = json.dumps({"error": f"{reason.lower()}: {detail}" if detail else reason.lower()},
                          ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        head = (f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n"
                "Content-Type: application/json; charset=utf-8\r\n"
                f"Content-Length: {len(body)}\r\n\r\n")
        self._sock.sendall(head.encode("latin-1") + body, *flags)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


class _ReadDeadlineWorker(SyncWorker):  # type: ignore[misc]  # gunicorn ships no type hints
    """gunicorn's sync worker, with a deadline for receiving each request (see the module),
    and its own error answers in JSON like every other answer."""

    read_seconds = 10.0

    def handle(self, listener: Any, client: socket.socket, addr: Any) -> None:
        deadline = time.monotonic() + self.read_seconds
        super().handle(listener, _DeadlineSocket(client, deadline), addr)

    def handle_error(self, req: Any, client: Any, addr: Any, exc: BaseException) -> None:
        super().handle_error(req, _JsonErrorSocket(client, exc), addr, exc)


def _worker_class(config: ServerConfig) -> type:
    """The worker class for *config*: the deadline worker with its read timeout."""
    return type("TmWorker", (_ReadDeadlineWorker,),
                {"read_seconds": config.request_read_seconds})


def _settings(config: ServerConfig) -> dict[str, Any]:
    host = f"[{config.host}]" if ":" in config.host else config.host
    mode = "read-only" if config.readonly else (
        "writes with a token" if config.writable else "no writes: no token")

    def when_ready(server: Any) -> None:
        where = ", ".join(str(listener) for listener in server.LISTENERS)
        workers = f"{config.workers} worker" + ("" if config.workers == 1 else "s")
        print(f"tm serve: listening on {where} ({workers}, {mode}) "
              f"serving {redact(config.db)}", file=sys.stderr, flush=True)

    return {
        "post_fork": _end_on_sigterm_while_booting,
        "bind": [f"{host}:{config.port}"],
        "workers": config.workers,
        "worker_class": _worker_class(config),
        "timeout": math.ceil(config.timeout),  # gunicorn counts whole seconds
        "graceful_timeout": math.ceil(config.timeout),
        "limit_request_line": MAX_REQUEST_LINE,
        "limit_request_fields": 50,
        "limit_request_field_size": 8190,
        "accesslog": config.access_log,
        "errorlog": "-",
        "loglevel": "warning",
        "proc_name": "tm-serve",
        "when_ready": when_ready,
        "control_socket_disable": True,  # one shared ~/.gunicorn socket would clash
    }


def _end_on_sigterm_while_booting(server: Any, worker: Any) -> None:
    """In a new worker, let SIGTERM end it until gunicorn installs the worker's own handler.

    A forked worker inherits the arbiter's handler, which only queues the
    signal for an arbiter loop the worker never runs: a stop arriving while
    the worker boots would be ignored until the graceful timeout (30 s by
    default).  A booting worker has no request in flight, so ending it at
    once loses nothing.  :func:`_guard_forks` closes the gap between the fork
    and this hook.
    """
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _guard_forks() -> None:
    """Hold SIGTERM across each fork of this process; the child ends on it from its first step.

    gunicorn's arbiter answers a stop by sending SIGTERM to every worker at
    once, possibly a worker it forked a moment before that has not reached
    ``post_fork`` yet (a loaded machine need not run a new child for many
    milliseconds): that child still has the arbiter's queueing handler and
    ignored the signal, so the stop took the whole graceful timeout.  Blocked
    in the parent across the fork, the signal waits in the child until its
    handler is the default one, then ends it; the parent gets it right after.
    """
    term = {signal.SIGTERM}

    def child() -> None:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, term)

    os.register_at_fork(before=lambda: signal.pthread_sigmask(signal.SIG_BLOCK, term),
                        after_in_parent=lambda: signal.pthread_sigmask(signal.SIG_UNBLOCK, term),
                        after_in_child=child)


class QuietStop(logging.Filter):
    """A request cut short by Ctrl-C is logged in one line, not as a crash.

    Ctrl-C stops the server at once (docs/team.md): gunicorn ends each worker with
    ``SystemExit(0)``, and a worker writing a response at that moment logged "Error
    handling request" with a traceback ending in ``SystemExit: 0`` (red team R11-11),
    which reads as a failure.  The stop was asked for; the log says what happened.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info
        if exc and exc[0] is SystemExit:
            record.msg, record.args = "a request in flight was cut short by the stop", ()
            record.exc_info, record.exc_text = None, None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


def serve(config: ServerConfig) -> None:
    """Serve *config*'s memory until SIGTERM or SIGINT (gunicorn exits the process)."""
    _guard_forks()
    logging.getLogger("gunicorn.error").addFilter(QuietStop())  # the workers inherit it
    _Gunicorn(config).run()

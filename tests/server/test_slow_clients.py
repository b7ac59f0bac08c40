"""Red-team finding 7 (2026-12-06): a slow client may hold a worker for the read timeout only.

A sync worker reads one request at a time; a client sending its head a line at a
time (slow loris), or a byte now and then, held its worker until ``--timeout``,
and as many such clients as workers kept every other client waiting that long.
Each connection now has a deadline for sending its whole request.  Raw sockets,
every wait bounded.  The test is named for the class of defect it guards against
and fails on the code before its fix.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from serverproc import make_served_db, running_server

#: Short: the test waits for two rounds of it.  The server's deadline is a monotonic-clock
#: check after each read (tm.server._runner), as exact at 0.25 s as at 10 s; the drip below
#: sends a byte every fifth of it, so it is cut off mid-request whatever the timeout.
READ_TIMEOUT = 0.25
DRIP_EVERY = READ_TIMEOUT / 5
TIMEOUT = 20.0          # what a slow client held a worker for before the fix


@pytest.fixture
def served_db(tmp_path: Path) -> str:
    return make_served_db(tmp_path / "served.db")


@contextlib.contextmanager
def _dripping(address: tuple[str, int]) -> Iterator[list[float]]:
    """A client sending its request head one byte every :data:`DRIP_EVERY` s, never finishing.

    Yields a list that receives the seconds after which the server hung up.
    """
    closed: list[float] = []
    stop = threading.Event()

    def drip() -> None:
        started = time.monotonic()
        with socket.create_connection(address, timeout=5) as sock:
            for byte in b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 10_000:
                if stop.is_set():
                    return
                try:
                    sock.sendall(bytes([byte]))
                except OSError:
                    break
                time.sleep(DRIP_EVERY)
                sock.setblocking(False)
                try:
                    if sock.recv(100) == b"":
                        break
                except BlockingIOError:
                    pass
                except OSError:
                    break
                finally:
                    sock.setblocking(True)
        closed.append(time.monotonic() - started)

    thread = threading.Thread(target=drip, daemon=True)
    thread.start()
    try:
        yield closed
    finally:
        stop.set()
        thread.join(timeout=10)


def _ask(address: tuple[str, int]) -> tuple[float, bytes]:
    started = time.monotonic()
    with socket.create_connection(address, timeout=TIMEOUT * 2) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        answer = sock.recv(100)
    return time.monotonic() - started, answer


def test_slow_clients_hold_a_worker_for_the_read_timeout_only(served_db: str,
                                                              tmp_path: Path) -> None:
    with running_server(served_db, "--workers", "2", "--timeout", str(TIMEOUT),
                        "--read-timeout", str(READ_TIMEOUT), log=tmp_path / "log") as server:
        where = urlsplit(server.url)
        address = (where.hostname or "", where.port or 0)
        with contextlib.ExitStack() as stack:
            lorises = []
            for _ in range(3):   # more idle connections than workers
                sock = stack.enter_context(socket.create_connection(address, timeout=5))
                sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")    # and nothing more
                lorises.append(sock)
            dripped = stack.enter_context(_dripping(address))
            time.sleep(READ_TIMEOUT / 2)   # every slow client connected, none cut off yet
            waited, answer = _ask(address)
            assert answer.startswith(b"HTTP/1.1 200"), answer
            # 4 slow clients on 2 workers: two rounds of the read timeout, not --timeout.
            assert waited < 3 * READ_TIMEOUT + 2, waited
            for sock in lorises:     # each was hung up on, without an answer
                sock.settimeout(10)
                assert sock.recv(100) == b""
            deadline = time.monotonic() + 10
            while not dripped and time.monotonic() < deadline:
                time.sleep(0.1)
            assert dripped and dripped[0] < 3 * READ_TIMEOUT + 2, dripped
        assert "did not send its request in time" in server.log_text()
        assert "Traceback" not in server.log_text()
        assert "SIGKILL" not in server.log_text()

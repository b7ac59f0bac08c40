"""``tm serve`` as a process: where it listens, how it stops, what it logs, its HTTP limits."""

from __future__ import annotations

import os
import signal
import socket
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from serverproc import UNITS, make_served_db, running_server

from forked import start_forked


@pytest.fixture
def served_db(tmp_path: Path) -> str:
    return make_served_db(tmp_path / "served.db")


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["sigterm", "ctrl-c"])
def test_listens_on_loopback_by_default_and_a_stop_signal_exits_0(
        served_db: str, tmp_path: Path, stop: signal.Signals) -> None:
    """docs/team.md: a server stopped on purpose, by SIGTERM or Ctrl-C, exits 0; having
    only read, it leaves the memory one file, as it found it (R4-10: each worker's
    connection was never closed, so SQLite's -wal and -shm files stayed).

    In ``python -m tm serve`` itself: the status is the new interpreter's.
    """
    with running_server(served_db, "--workers", "2", log=tmp_path / "log",
                        new_interpreter=True) as server:
        assert urlsplit(server.url).hostname == "127.0.0.1"
        assert requests.get(server.url + "/healthz", timeout=10).json()["status"] == "ok"
        for _ in range(4):  # enough for both workers, whichever the kernel wakes
            found = requests.get(server.url + "/api/lookup", params={"q": UNITS[0].source},
                                 timeout=10).json()["matches"]
            assert found[0]["target"] == UNITS[0].target
        server.process.send_signal(stop)
        assert server.process.wait(timeout=60) == 0
    assert "Traceback" not in server.log_text()
    assert sorted(p.name for p in Path(served_db).parent.glob("served.db*")) == ["served.db"]


def test_the_write_token_comes_from_the_environment(served_db: str, tmp_path: Path) -> None:
    token = "environment-token-0123456789"
    with running_server(served_db, env={"TM_SERVE_TOKEN": token},
                        log=tmp_path / "log") as server:
        unit = {"source": "Close the door.", "target": "关门。"}
        denied = requests.post(server.url + "/api/units", json={"units": [unit]}, timeout=10)
        assert denied.status_code == 401
        allowed = requests.post(server.url + "/api/units", json={"units": [unit]}, timeout=10,
                                headers={"Authorization": f"Bearer {token}"})
        assert allowed.json()["added"] == 1
        assert "writes with a token" in server.log_text()
        assert token not in " ".join(map(str, server.process.args))  # never on the command line


def test_read_only_opens_the_memory_read_only(served_db: str, tmp_path: Path) -> None:
    os.chmod(served_db, 0o444)
    try:
        with running_server(served_db, "--read-only", env={"TM_SERVE_TOKEN": "x" * 20},
                            log=tmp_path / "log") as server:
            assert requests.get(server.url + "/healthz", timeout=10).json()["read_only"]
            response = requests.post(server.url + "/api/units", json={"units": []}, timeout=10,
                                     headers={"Authorization": "Bearer " + "x" * 20})
            assert response.status_code == 403
    finally:
        os.chmod(served_db, 0o644)


def test_forwarded_client_address_is_logged_only_from_trusted_proxies(
        served_db: str, tmp_path: Path) -> None:
    headers = {"X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https"}
    for hops, expected in (("1", "203.0.113.7 "), ("0", "127.0.0.1 ")):
        access = tmp_path / f"access-{hops}.log"
        with running_server(served_db, "--proxy-hops", hops, "--access-log", str(access),
                            log=tmp_path / f"log-{hops}") as server:
            requests.get(server.url + "/healthz", headers=headers, timeout=10)
        assert access.read_text().startswith(expected)


def test_an_over_long_request_line_is_refused_by_the_http_layer(served_db: str,
                                                               tmp_path: Path) -> None:
    with running_server(served_db, log=tmp_path / "log") as server:
        response = requests.get(server.url + "/tmserver/en/zh_hans/unit/" + "a" * 9000,
                                timeout=10)
        assert response.status_code in (400, 414)
        # The longest text Weblate sends (500 characters, 4-byte UTF-8) still fits.
        longest = requests.get(server.url + "/tmserver/en/zh_hans/unit/" + "😀" * 500,
                               timeout=10)
        assert longest.status_code == 200 and longest.json() == []


#: The request timeout of the test below: gunicorn's shortest (it counts whole seconds).
REQUEST_TIMEOUT = 1


def test_a_request_running_past_the_timeout_loses_its_worker_not_the_server(
        served_db: str, tmp_path: Path) -> None:
    with running_server(served_db, "--workers", "1", "--timeout", str(REQUEST_TIMEOUT),
                        log=tmp_path / "log") as server:
        where = urlsplit(server.url)
        with socket.create_connection((where.hostname or "", where.port or 0)) as slow:
            slow.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # and never finishes
            slow.settimeout(40)
            started = time.monotonic()
            answer = slow.recv(100)  # the worker is aborted: a 500, then the connection closes
            assert answer == b"" or answer.startswith(b"HTTP/1.1 500")
            assert 0.75 * REQUEST_TIMEOUT < time.monotonic() - started < 30
        assert requests.get(server.url + "/healthz", timeout=30).status_code == 200


def _stop_a_slow_booting_worker(said: int) -> None:
    """In a child process: a parent with gunicorn's kind of SIGTERM handler (it only queues
    the signal), tm serve's fork guard, and a child that is slow to boot; the parent stops
    the child at once, as the arbiter stops its workers, and says on *said* how it ended."""
    from tm.server._runner import _guard_forks

    signal.signal(signal.SIGTERM, lambda signum, frame: None)
    _guard_forks()
    pid = os.fork()
    if pid == 0:
        time.sleep(20)   # booting: the arbiter's handler would swallow SIGTERM here
        os._exit(3)
    os.kill(pid, signal.SIGTERM)
    _, status = os.waitpid(pid, 0)
    ended = os.WTERMSIG(status) if os.WIFSIGNALED(status) else -os.WEXITSTATUS(status)
    os.write(said, str(ended).encode("ascii"))


def test_a_worker_stopped_while_it_boots_ends_at_once() -> None:
    """A SIGTERM reaching a just-forked worker ends it; it is never ignored until a timeout.

    The parent is a process of its own, forked from the test's (tests/forked.py).
    """
    started = time.monotonic()
    said_read, said = os.pipe()
    parent = start_forked(_stop_a_slow_booting_worker, said)
    os.close(said)
    with os.fdopen(said_read, "rb") as told:
        ended = told.read()
    assert parent.wait(60) == 0
    assert int(ended) == signal.SIGTERM
    assert time.monotonic() - started < 15

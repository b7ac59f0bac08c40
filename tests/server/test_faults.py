"""Faults around a running ``tm serve``: killed clients, killed writers, concurrent writers.

After each fault the memory must be consistent: the units counted equal the
units of the imports that were committed (every import adds units no other
import has, so the sum is exact), nothing half-written is visible, the
database engine finds nothing damaged (``TranslationMemory.check``), and the
server goes on answering.  Each runs on SQLite and on PostgreSQL, one server
per backend for the module (the tests count from what they find, so their
order does not matter).  Everything runs on 127.0.0.1 with bounded waits.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
import requests
from serverproc import Server, make_served_db, running_server

from forked import Child, start_forked
from tm import TranslationMemory, Unit

TOKEN = "fault-test-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
WAIT = 60.0


@pytest.fixture(scope="module")
def server(module_location: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("faults") / "server.log"
    with running_server(make_served_db(module_location), "--workers", "2",
                        "--max-body", str(64 * 2**20), env={"TM_SERVE_TOKEN": TOKEN},
                        log=log) as running:
        yield running


def batch(tag: str, count: int) -> list[dict[str, str]]:
    """*count* units no other batch has (the tag is in every source)."""
    return [{"source": f"Import {tag} sentence number {i} about the harbour.",
             "target": f"导入{tag}的第{i}句，关于港口。"} for i in range(count)]


def counted(db: str) -> int:
    with TranslationMemory.open(db, readonly=True) as memory:
        return len(memory)


def assert_intact(db: str) -> None:
    with TranslationMemory.open(db, readonly=True) as memory:
        memory.check()  # SQLite's integrity check, or PostgreSQL's reading of every table


def write_locked(db: str) -> bool:
    """True while another client holds the memory's write lock (an import is running)."""
    if db.startswith("postgresql:"):
        return _postgres_write_locked(db)
    conn = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as err:
        if "locked" in str(err) or "busy" in str(err):
            return True
        raise
    else:
        conn.execute("ROLLBACK")
        return False
    finally:
        conn.close()


def _postgres_write_locked(url: str) -> bool:
    """True while another transaction holds the row every PostgreSQL import locks first."""
    import psycopg

    with psycopg.connect(url) as conn:
        try:
            conn.execute("SELECT value FROM meta WHERE key = 'next_id' FOR UPDATE NOWAIT")
        except psycopg.errors.LockNotAvailable:
            return True
        conn.rollback()
        return False


def wait_until(condition: object, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what}")


def post_units(server: Server, units: list[dict[str, str]]) -> int:
    response = requests.post(server.url + "/api/units", json={"units": units}, headers=AUTH,
                             timeout=WAIT)
    assert response.status_code == 200, response.text
    added: int = response.json()["added"]
    return added


def serves_every_worker(server: Server) -> None:
    """Enough lookups to reach every worker all answer, and the log holds no traceback."""
    for _ in range(10):
        response = requests.get(server.url + "/api/lookup",
                                params={"q": "The store opens at 10 am."}, timeout=WAIT)
        assert response.status_code == 200
        assert response.json()["matches"][0]["source"] == "The store opens at 9 am."
    assert "Traceback" not in server.log_text()


# A client that sends a request, says so on stdout, and waits to be killed.
CLIENT = """
import socket, sys
host, port, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
body = sys.stdin.buffer.read()
sock = socket.create_connection((host, port))
path = "/api/units" if mode == "upload" else "/api/lookup"
head = (f"POST {path} HTTP/1.1\\r\\nHost: {host}\\r\\nContent-Type: application/json\\r\\n"
        f"Authorization: Bearer {sys.argv[4]}\\r\\nContent-Length: {len(body)}\\r\\n\\r\\n")
sock.sendall(head.encode())
sock.sendall(body[: len(body) // 2] if mode == "upload" else body)
print("sent", flush=True)
sys.stdin.close()
import time; time.sleep(120)
"""


def start_client(server: Server, mode: str, body: bytes) -> subprocess.Popen[bytes]:
    where = urlsplit(server.url)
    process = subprocess.Popen(
        [sys.executable, "-c", CLIENT, str(where.hostname), str(where.port), mode, TOKEN],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(body)
    process.stdin.close()
    assert process.stdout.readline() == b"sent\n"
    return process


def kill(process: subprocess.Popen[bytes] | Child) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=WAIT)


def test_a_client_killed_mid_upload_stores_nothing(server: Server) -> None:
    before = counted(server.db)
    body = json.dumps({"units": batch("killed-upload", 2000)}).encode()
    client = start_client(server, "upload", body)
    time.sleep(0.3)  # the worker is now blocked reading the rest of the body
    kill(client)
    time.sleep(0.3)
    assert counted(server.db) == before
    serves_every_worker(server)
    assert post_units(server, batch("after-upload", 50)) == 50
    assert counted(server.db) == before + 50
    assert_intact(server.db)


def test_a_client_killed_before_reading_its_answer_does_not_hurt_the_server(
        server: Server) -> None:
    queries = [f"The store opens at {h} am." for h in range(1, 100)]
    for _ in range(4):  # more clients than workers
        kill(start_client(server, "lookup", json.dumps({"queries": queries}).encode()))
    serves_every_worker(server)


#: Unit rows the killed writer buffers before writing them (the writer's default is
#: 20,000): small, so a few hundred units put rows in its open transaction.
WRITER_ROW_BATCH = 500


def killed_writer(db: str, total: int, inside: int, row_batch: int, said: int,
                  held: int) -> None:
    """In a child process: add *total* units, say "inside" on *said* once rows are written.

    The import then waits on *held*, its transaction open, until the process is killed.
    """
    from tm.memory import _writer

    assert isinstance(_writer._ROW_BATCH, int)   # the writer's batch size, set small here
    _writer._ROW_BATCH = row_batch

    def units() -> Iterator[Unit]:
        for i in range(total):
            if i == inside:
                os.write(said, b"inside\n")   # rows are written, the transaction is open
                os.read(held, 1)                # and it stays open until the process is killed
            yield Unit(f"Killed import sentence {i} about the lighthouse.",
                       f"被终止的导入第{i}句。")

    with TranslationMemory.open(db) as memory:
        memory.add(units())
    os.write(said, b"committed\n")


def test_a_writer_killed_mid_import_leaves_only_committed_units(server: Server) -> None:
    committed = counted(server.db) + post_units(server, batch("first", 300))
    inside = WRITER_ROW_BATCH + WRITER_ROW_BATCH // 2
    said_read, said = os.pipe()
    held, held_write = os.pipe()
    writer = start_forked(killed_writer, server.db, 2 * WRITER_ROW_BATCH, inside,
                          WRITER_ROW_BATCH, said, held)   # its own process, connection, locks
    os.close(said)
    os.close(held)
    try:
        with os.fdopen(said_read, "rb") as told:
            assert told.readline() == b"inside\n"
        assert write_locked(server.db)  # really mid-import: a batch of rows is in its transaction
        serves_every_worker(server)  # readers are not blocked by the open import
        kill(writer)
    finally:
        os.close(held_write)
        if writer.poll() is None:   # the test failed before the kill: end the writer too
            kill(writer)
    assert counted(server.db) == committed
    found = requests.get(server.url + "/api/lookup", params={
        "q": "Killed import sentence 7 about the lighthouse."}, timeout=WAIT).json()
    assert found["matches"] == []
    assert_intact(server.db)
    committed += post_units(server, batch("second", 300))  # the lock was released
    assert counted(server.db) == committed


def test_a_worker_killed_mid_import_rolls_it_back(server: Server) -> None:
    committed = counted(server.db)
    outcome: list[object] = []

    def upload() -> None:
        try:
            outcome.append(requests.post(server.url + "/api/units", headers=AUTH, timeout=WAIT,
                                         json={"units": batch("worker-killed", 40000)}))
        except requests.RequestException as err:
            outcome.append(err)

    wait_until(lambda: len(server.worker_pids()) == 2, "both workers to start")
    thread = threading.Thread(target=upload)
    thread.start()
    wait_until(lambda: write_locked(server.db), "the import to start")
    workers = server.worker_pids()
    for pid in workers:
        os.kill(pid, signal.SIGKILL)
    thread.join(WAIT)
    assert len(outcome) == 1 and isinstance(outcome[0], requests.RequestException)
    assert counted(server.db) == committed
    wait_until(lambda: len(server.worker_pids()) == 2 and not set(server.worker_pids())
               & set(workers), "gunicorn to replace the killed workers")
    assert_intact(server.db)
    committed += post_units(server, batch("after-kill", 100))
    assert counted(server.db) == committed
    serves_every_worker(server)


def test_concurrent_writers_and_readers_lose_and_duplicate_nothing(server: Server) -> None:
    committed = counted(server.db)
    added: list[int] = []
    errors: list[BaseException] = []

    def writer(tag: str) -> None:
        try:
            for round_ in range(3):
                added.append(post_units(server, batch(f"{tag}-{round_}", 150)))
        except BaseException as err:  # reported below, not lost in the thread
            errors.append(err)

    def reader() -> None:
        try:
            for _ in range(15):
                requests.get(server.url + "/api/lookup", params={"q": "Import w1-0 sentence "
                             "number 3 about the harbour."}, timeout=WAIT).raise_for_status()
        except BaseException as err:
            errors.append(err)

    threads = [threading.Thread(target=writer, args=(f"w{i}",)) for i in range(4)]
    threads += [threading.Thread(target=reader) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT)
    assert errors == []
    assert added == [150] * 12
    assert counted(server.db) == committed + 1800
    assert_intact(server.db)


def test_units_added_by_one_client_are_found_by_anothers_next_lookup(server: Server) -> None:
    post_units(server, [{"source": "The ferry leaves at 7 am.", "target": "渡轮早上7点出发。"}])
    with requests.Session() as other_client:
        found = other_client.get(server.url + "/api/lookup",
                                 params={"q": "The ferry leaves at 8 am."}, timeout=WAIT)
    assert found.json()["matches"][0]["adapted"] == "渡轮早上8点出发。"

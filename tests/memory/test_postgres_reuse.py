"""A closed PostgreSQL memory's connection is kept for the next open of the same URL (issue 13).

What reuse must never change: the next memory opened on a kept connection
behaves as on a new one (its mode, its session settings, a server that ended
the session meanwhile, a forked child), and the kept connections are bounded.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from tm import StoreError, TranslationMemory, Unit
from tm.memory import _postgres

UNIT = Unit("The store opens at 9 am.", "商店上午9点开门。")


@pytest.fixture
def url(postgres_cluster: object) -> Iterator[str]:
    """A new memory's URL; nothing kept from an earlier test, nothing left to the next."""
    _postgres._PARKING.close_all()
    location = postgres_cluster.new_schema()  # type: ignore[attr-defined]
    with TranslationMemory.open(location) as memory:
        memory.add([UNIT])
    yield location
    _postgres._PARKING.close_all()


def _session(memory: TranslationMemory, sql: str = "SELECT pg_backend_pid()") -> object:
    """One value from the server session of *memory*'s connection (None for a command)."""
    with memory._pool.connection() as conn:
        cursor = conn.execute(sql)
        return cursor.fetchone()[0] if sql.startswith(("SELECT", "SHOW")) else None


def test_reopening_a_url_reuses_the_closed_memorys_session(url: str) -> None:
    with TranslationMemory.open(url) as memory:
        first = _session(memory)
    with TranslationMemory.open(url) as memory:
        assert _session(memory) == first
        assert memory.lookup(UNIT.source)[0].score == 100


def test_a_kept_session_keeps_none_of_its_settings(url: str) -> None:
    with TranslationMemory.open(url) as memory:
        _session(memory, "SET statement_timeout = 1234")
        first = _session(memory)
    with TranslationMemory.open(url) as memory:
        assert _session(memory) == first
        assert _session(memory, "SHOW statement_timeout") == "0"


def test_a_kept_session_keeps_its_mode(url: str) -> None:
    for _ in range(2):  # the second time on the first one's kept session
        with TranslationMemory.open(url, readonly=True) as memory:
            with pytest.raises(StoreError, match="read-only"):
                memory.add([Unit("Closed on Sundays.", "周日休息。")])
            assert _session(memory, "SHOW default_transaction_read_only") == "on"
    with TranslationMemory.open(url) as memory:  # writable: never a read-only session
        assert _session(memory, "SHOW default_transaction_read_only") == "off"
        memory.add([Unit("The store closes at 6 pm.", "商店下午6点关门。")])
    with TranslationMemory.open(url) as memory:
        assert len(list(memory.units())) == 2


def test_a_session_the_server_ended_is_not_reused(url: str, postgres_cluster: object) -> None:
    with TranslationMemory.open(url) as memory:
        ended = _session(memory)
    admin = postgres_cluster._connection()  # type: ignore[attr-defined]
    admin.execute("SELECT pg_terminate_backend(%s, 5000)", (ended,))
    with TranslationMemory.open(url) as memory:
        assert _session(memory) != ended
        assert memory.lookup(UNIT.source)[0].score == 100


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
def test_kept_sessions_are_closed_before_a_fork(url: str) -> None:
    with TranslationMemory.open(url) as memory:
        before = _session(memory)
    pid = os.fork()
    if pid == 0:  # the child: exit at once, without Python's clean-up
        os._exit(0)
    os.waitpid(pid, 0)
    with TranslationMemory.open(url) as memory:  # a session a child shares is never reused
        assert _session(memory) != before


def test_kept_sessions_are_bounded(postgres_cluster: object) -> None:
    _postgres._PARKING.close_all()
    urls = [postgres_cluster.new_schema() for _ in range(_postgres._Parking.LIMIT + 3)]  # type: ignore[attr-defined]
    try:
        for location in urls:
            TranslationMemory.open(location).close()
        assert len(_postgres._PARKING._parked) == _postgres._Parking.LIMIT
    finally:
        _postgres._PARKING.close_all()
    assert _postgres._PARKING._parked == []


def test_kept_sessions_expire(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with TranslationMemory.open(url) as memory:
        before = _session(memory)
    now = _postgres.time.monotonic()
    monkeypatch.setattr(_postgres.time, "monotonic", lambda: now + _postgres._Parking.SECONDS + 1)
    with TranslationMemory.open(url) as memory:
        assert _session(memory) != before


def test_a_released_schema_comes_back_empty_at_the_same_url(postgres_cluster: object) -> None:
    """tests/pg_cluster.py: the next test's fresh memory may reuse a finished test's schema."""
    cluster: Any = postgres_cluster
    location = cluster.new_schema()
    with TranslationMemory.open(location) as memory:
        memory.add([UNIT])
    cluster.release(location)
    assert cluster.new_schema() == location
    tables = cluster._connection().execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = %s",
        (cluster._schema_of[location],)).fetchone()[0]
    assert tables == 0
    with TranslationMemory.open(location) as memory:
        assert list(memory.units()) == []
    cluster.release(location)

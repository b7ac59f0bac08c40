"""Databases that are not ours or are damaged, creation races and faults, read-only places.

Issue 9 items 5 and 8: nothing is written to a database before it is known to
be a sound memory of ours, a new memory appears whole or not at all, a failed
command creates nothing, and a memory that cannot be written still answers.
"""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import sqlite3
from pathlib import Path

import pytest

from conftest import ROOT, run_tm
from forked import run_forked, start_forked
from tm import StoreError, TranslationMemory, Unit

DATA = ROOT / "tests" / "data" / "memory"
UNITS = [Unit(f"Sentence number {i} about factories.", f"关于工厂的第{i}句。",
              origin=f"f.po:{i}") for i in range(40)]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _memory_file(tmp_path: Path) -> Path:
    path = tmp_path / "tm.db"
    with TranslationMemory.open(path) as memory:
        memory.add(UNITS)
    return path


def test_foreign_sqlite_database_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers(name TEXT)")
        conn.execute("INSERT INTO customers VALUES ('Ada')")
    conn.close()
    before = _digest(path)
    result = run_tm("import", str(DATA / "news.csv"), "--db", str(path))
    assert result.code == 2 and "not a tm translation memory" in result.err
    with pytest.raises(StoreError, match="not a tm translation memory"):
        TranslationMemory.open(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.db"]  # no WAL switch, no tables
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_damaged_memory_is_refused_before_any_write(tmp_path: Path) -> None:
    path = _memory_file(tmp_path)
    with sqlite3.connect(path) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'units'").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:  # scribble over the units table's root page
        handle.seek((root - 1) * page)
        handle.write(b"\x0d" + os.urandom(page - 1))
    before = _digest(path)
    result = run_tm("import", str(DATA / "news.csv"), "--db", str(path))
    assert result.code == 2
    assert str(path) in result.err and ("damaged" in result.err or "corrupt" in result.err)
    assert _digest(path) == before


def test_failed_import_creates_no_memory(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    result = run_tm("import", str(tmp_path / "missing.po"), "--db", str(path))
    assert result.code == 2 and "missing.po" in result.err
    assert list(tmp_path.iterdir()) == []


def _create_and_add(path: Path, n: int) -> None:
    """One of the racing creator processes: open (create) the memory and add one pair."""
    with TranslationMemory.open(path, timeout=60) as memory:
        memory.add([Unit(f"Writer {n} was here.", f"写入者{n}来过。", origin=f"w{n}.po")])


def test_racing_creators_of_one_new_memory_all_succeed(tmp_path: Path) -> None:
    path = tmp_path / "tm.db"
    errors = run_forked(_create_and_add, [(path, n) for n in range(8)])
    assert errors == [""] * 8, errors
    with TranslationMemory.open(path, readonly=True) as memory:
        assert len(memory) == 8
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("tm.db")] == []


def _create_under_a_file_size_limit(path: Path, said: int) -> None:
    """In a child process: create the memory with files limited to 12 KB; say why it failed."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # a write past the limit fails (EFBIG)
    resource.setrlimit(resource.RLIMIT_FSIZE, (12288, 12288))
    try:
        TranslationMemory.open(path).close()
    except StoreError as err:
        os.write(said, str(err).encode("utf-8"))
        return
    raise AssertionError("the memory was created under a 12 KB file-size limit")


def test_disk_full_while_creating_leaves_nothing_behind(tmp_path: Path) -> None:
    # The limit is a process's: a child forked from this one (tests/forked.py).
    path = tmp_path / "tm.db"
    said_read, said = os.pipe()
    child = start_forked(_create_under_a_file_size_limit, path, said)
    os.close(said)
    with os.fdopen(said_read, "rb") as told:
        message = told.read().decode("utf-8")
    assert child.wait(120) == 0   # StoreError, not another exception, not a success
    assert str(path) in message
    assert list(tmp_path.iterdir()) == []
    with TranslationMemory.open(path) as memory:  # and the next try works
        assert memory.add(UNITS[:2]) == 2


def test_memory_in_read_only_directory_answers_without_side_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _memory_file(tmp_path)
    real_access = os.access

    def no_write_here(target: str | os.PathLike[str], mode: int, **kw: object) -> bool:
        if Path(target) == tmp_path and mode & os.W_OK:
            return False
        return real_access(target, mode)

    monkeypatch.setattr(os, "access", no_write_here)
    with TranslationMemory.open(path, readonly=True) as memory:
        assert memory.lookup("Sentence number 7 about factories.")[0].score == 100
        assert memory.stats()["units"] == len(UNITS)
        assert len(memory.concordance("factories", limit=3)) == 3
        assert len(list(memory.units())) == len(UNITS)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["tm.db"]


@pytest.mark.parametrize("db", ["", ":memory:"])
def test_db_option_refuses_locations_that_vanish(tmp_path: Path, db: str) -> None:
    result = run_tm("import", str(DATA / "news.csv"), "--db", db, cwd=tmp_path)
    assert result.code == 2 and "not a memory location" in result.err
    assert "give a file name or a postgresql:// URL" in result.err  # R4-9: a shell user's words
    assert result.err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_read_only_commands_leave_no_side_files_and_never_write_the_memory(
        tmp_path: Path) -> None:
    """A user copies the .db alone: after tm lookup, stats, export or concordance it is
    the only file, unchanged; a reader in another connection keeps the side files it
    needs, and the last one to close removes them."""
    path = _memory_file(tmp_path)
    before = _digest(path)
    for args in (["lookup", "Sentence number 7 about factories."], ["stats"],
                 ["concordance", "factories"], ["export", "-o", str(tmp_path / "out.tmx")]):
        assert run_tm(*args, "--db", str(path)).code == 0, args
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("tm.db")) \
            == ["tm.db"], args
    assert _digest(path) == before
    other = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert other.execute("SELECT count(*) FROM units").fetchone() == (len(UNITS),)
    with TranslationMemory.open(path, readonly=True) as memory:
        assert memory.lookup("Sentence number 7 about factories.")[0].score == 100
    assert (tmp_path / "tm.db-shm").exists()  # the other reader still has the database open
    assert other.execute("SELECT count(*) FROM units").fetchone() == (len(UNITS),)
    other.close()
    with TranslationMemory.open(path, readonly=True) as memory:
        assert len(memory) == len(UNITS)
    assert not (tmp_path / "tm.db-shm").exists() and not (tmp_path / "tm.db-wal").exists()
    assert _digest(path) == before


def test_a_read_only_memory_closing_beside_a_writer_leaves_the_writers_log(
        tmp_path: Path) -> None:
    """A WAL that holds a writer's committed pages is the writer's to copy back: the read-only
    memory closing meanwhile touches neither it nor the .db."""
    path = _memory_file(tmp_path)
    before = _digest(path)
    with TranslationMemory.open(path) as writer:
        writer.add([Unit("Written meanwhile.", "同时写入的。")])
        with TranslationMemory.open(path, readonly=True) as reader:
            assert len(reader) == len(UNITS) + 1
        assert (tmp_path / "tm.db-wal").stat().st_size > 0
        assert _digest(path) == before
    with TranslationMemory.open(path, readonly=True) as reader:
        assert len(reader) == len(UNITS) + 1

"""Red-team findings on the memory (REDTEAM.md of 2026-12-06): untrusted databases, long texts.

Each test is named for the class of defect it guards against and fails on the
code before its fix.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from conftest import run_tm
from tm import StoreError, TranslationMemory, Unit

FOREIGN_OBJECTS = {
    # Before the fix: every unit a translator added was deleted again, silently.
    "trigger": "CREATE TRIGGER eat AFTER INSERT ON units BEGIN "
               "DELETE FROM units WHERE id = new.id; END",
    "view": "CREATE VIEW peek AS SELECT source FROM units",
}


def _memory(path: Path) -> None:
    with TranslationMemory.open(str(path)) as memory:
        memory.add([Unit("Hello world.", "你好世界。")])


@pytest.mark.parametrize("kind", sorted(FOREIGN_OBJECTS))
def test_a_memory_holding_schema_objects_tm_never_creates_is_refused(
        tmp_path: Path, kind: str) -> None:
    path = tmp_path / "evil.db"
    _memory(path)
    with sqlite3.connect(path) as raw:
        raw.execute(FOREIGN_OBJECTS[kind])
    raw.close()
    with pytest.raises(StoreError, match=kind):
        TranslationMemory.open(str(path))
    with pytest.raises(StoreError, match=kind):
        TranslationMemory.open(str(path), readonly=True)
    po = tmp_path / "more.po"
    po.write_text('msgid "Good night."\nmsgstr "晚安。"\n', encoding="utf-8")
    result = run_tm("import", str(po), "--db", str(path))
    assert result.code == 2 and kind in result.err and "Traceback" not in result.err


def test_the_match_diff_of_long_sentences_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # difflib over a 5,000-word sentence against its variant ran for minutes in
    # `tm lookup` (every space a token, autojunk off); now the detailed comparison
    # never exceeds MAX_DIFF_CELLS and the runs still rebuild both texts.
    import difflib

    from tm.memory import _placeables, diff_tokens

    compared: list[int] = []
    real = difflib.SequenceMatcher

    def spy(junk: object, a: list[str], b: list[str], autojunk: bool = True) -> object:
        compared.append(len(a) * len(b))
        if len(a) * len(b) > getattr(_placeables, "MAX_DIFF_CELLS", 250_000):
            raise AssertionError(f"compared {len(a)} x {len(b)} tokens")
        return real(junk, a, b, autojunk=autojunk)  # type: ignore[arg-type]

    monkeypatch.setattr(difflib, "SequenceMatcher", spy)
    words = [f"w{i % 500}" for i in range(5_000)]
    source = " ".join(words) + "."
    query = " ".join("zz" if i % 7 == 0 else w for i, w in enumerate(words)) + "."
    for a, b in ((query, source), ("Intro. " + source, source + " Outro."), (source, source)):
        runs = diff_tokens(a, b)
        assert "".join(t for op, t in runs if op in "=-") == b
        assert "".join(t for op, t in runs if op in "=+") == a
    short = diff_tokens("In 2017 sales grew", "In 2016 sales grew")
    assert short == [("=", "In "), ("-", "2016"), ("+", "2017"), ("=", " sales grew")]


def test_a_new_memory_whose_log_never_reached_its_file_is_not_published(tmp_path: Path) -> None:
    # REDTEAM4 R6-1: on a nearly full disk SQLite commits into the write-ahead log, then
    # cannot copy it into the file when the memory closes; the staging log was removed
    # and the file without it put in place: a damaged memory ("disk image is malformed").
    # A reader holding an old snapshot stops that copy the same way, deterministically.
    db = tmp_path / "new.db"
    units = [Unit(f"Sentence {i} about the log.", f"关于日志的第{i}句。") for i in range(50)]
    with pytest.raises(StoreError, match="could not be completed"), \
            TranslationMemory.writing(str(db)) as memory:
        memory.add(units[:1])
        (staging,) = tmp_path.glob("new.db.*.new")
        reader = sqlite3.connect(staging)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM units").fetchone()
        memory.add(units[1:])
    reader.close()
    assert not db.exists() and not list(tmp_path.glob("new.db*"))
    with TranslationMemory.writing(str(db)) as memory:  # the next import builds it whole
        memory.add(units)
    with TranslationMemory.open(str(db), readonly=True) as memory:
        assert len(memory) == 50


def test_a_postgresql_role_without_select_is_told_permission_denied(
        postgres_cluster: Any) -> None:
    # REDTEAM4 R6-5: the memory's tables were looked for in information_schema, which
    # lists only the tables a role holds a privilege on: a role without SELECT was told
    # "no translation memory in this database" (and a writer would have created one).
    url = postgres_cluster.new_schema()
    try:
        with TranslationMemory.open(url) as memory:
            memory.add([Unit("Hello world.", "你好世界。")])
        schema = url.rsplit("search_path%3D", 1)[1]
        admin = postgres_cluster._connection()
        admin.execute("DROP ROLE IF EXISTS tm_nosel")
        admin.execute("CREATE ROLE tm_nosel LOGIN")
        admin.execute(f"GRANT USAGE ON SCHEMA {schema} TO tm_nosel")
        other = url.replace("postgresql://tm_test@", "postgresql://tm_nosel@")
        for readonly in (True, False):
            with pytest.raises(StoreError, match="permission denied for table"):
                TranslationMemory.open(other, readonly=readonly)
        admin.execute(f"REVOKE USAGE ON SCHEMA {schema} FROM tm_nosel")
        for readonly in (True, False):  # no schema it may use: not "no memory", not a CREATE
            with pytest.raises(StoreError, match="permission denied: grant USAGE"):
                TranslationMemory.open(other, readonly=readonly)
    finally:
        postgres_cluster.release(url)


@pytest.mark.parametrize(("damage", "command"), [
    ("UPDATE units SET src_toks = x'ffffffffffff'", ("lookup", "Hello world", "--min-score", "10")),
    ("UPDATE meta SET value = '-5' WHERE key = 'next_id'", ("import",)),
    ("UPDATE meta SET value = 'abc' WHERE key = 'next_id'", ("import",)),
    ("DELETE FROM meta WHERE key = 'next_id'", ("import",)),  # review X-9: a traceback
    # R9-3: a postings list of the wrong size, a hash that is no number, a BLOB where
    # text belongs (printed and exported as "b'...'") each gave a traceback or wrong text.
    ("UPDATE postings SET ids = x'ffffffffffffffffffff'", ("lookup", "Hello world.")),
    ("UPDATE units SET prev_hash = 'zz'", ("lookup", "Hello world.")),
    ("UPDATE units SET target = x'00ff41'", ("lookup", "Hello world.")),
    ("UPDATE units SET source_lang = x'00ff41'", ("export", "-o", "-")),
])
def test_a_damaged_memory_is_a_one_line_error_not_a_traceback(
        tmp_path: Path, damage: str, command: tuple[str, ...]) -> None:
    # REDTEAM4 R6-11: a token list of the wrong size gave "ValueError: bytes length not a
    # multiple of item size", a bad next_id "OverflowError: can't convert negative value".
    path = tmp_path / "damaged.db"
    _memory(path)
    with sqlite3.connect(path) as raw:
        raw.execute(damage)
    raw.close()
    po = tmp_path / "more.po"
    po.write_text('msgid "Good night."\nmsgstr "晚安。"\n', encoding="utf-8")
    args = [*command, str(po)] if command == ("import",) else list(command)
    result = run_tm(*args, "--db", str(path))
    assert result.code == 2 and "the memory is damaged" in result.err, result.err
    assert "Traceback" not in result.err and result.err.count("\n") == 1

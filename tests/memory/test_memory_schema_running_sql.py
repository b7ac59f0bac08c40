"""A memory whose schema runs SQL on a write is refused, whatever object holds the SQL (R9-2).

Triggers and views were refused; an index on an expression or with a WHERE,
a CHECK constraint, a generated column and a DEFAULT expression on a table
tm writes were not, and each evaluated its author's expression for every
unit imported (``printf('%.*c', 300000000, source)``: 1.5 s and 300 MB a
unit).  Now all are refused on every open, before anything runs; an index on
plain columns (it runs nothing) is still accepted.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conftest import run_tm
from tm import StoreError, TranslationMemory, Unit

#: (what the message names, SQL that adds the object to a memory); the expression is
#: cheap here: the tests show it is refused, not that it is slow.
RUNNING_SQL: dict[str, str | tuple[str, str]] = {
    "on an expression": "CREATE INDEX costly ON units(length(upper(source)))",
    "WHERE clause": "CREATE INDEX some ON vocab(token) WHERE length(token) > 2",
    "generated column": "ALTER TABLE markup ADD COLUMN shout TEXT AS (upper(source_markup))",
    "in table 'listed'": "ALTER TABLE listed ADD COLUMN shout TEXT AS (upper(origin))",
    # Written into the CREATE TABLE of units, as a hand-edited file can hold them:
    "DEFAULT expression": ("note TEXT NOT NULL", "note TEXT NOT NULL DEFAULT (hex(randomblob(8)))"),
    "CHECK constraint": ("also TEXT NOT NULL", "also TEXT NOT NULL CHECK(length(hex(source)) > 0)"),
}


def _memory(path: Path) -> None:
    with TranslationMemory.open(str(path)) as memory:
        memory.add([Unit("Hello world.", "你好世界。")])


def _rewrite_units(raw: sqlite3.Connection, old: str, new: str) -> None:
    """Replace *old* by *new* in the stored CREATE TABLE of units."""
    raw.execute("PRAGMA writable_schema=ON")
    raw.execute("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = 'units'",
                (old, new))


@pytest.mark.parametrize("kind", sorted(RUNNING_SQL))
def test_every_schema_object_that_runs_sql_on_a_write_is_refused(
        tmp_path: Path, kind: str) -> None:
    path = tmp_path / "sent.db"
    _memory(path)
    raw = sqlite3.connect(path)
    statement = RUNNING_SQL[kind]
    if isinstance(statement, tuple):
        _rewrite_units(raw, *statement)
    else:
        raw.execute(statement)
    raw.commit()
    raw.close()
    for readonly in (False, True):
        with pytest.raises(StoreError, match=kind):
            TranslationMemory.open(str(path), readonly=readonly)
    po = tmp_path / "more.po"
    po.write_text('msgid "Good night."\nmsgstr "晚安。"\n', encoding="utf-8")
    result = run_tm("import", str(po), "--db", str(path))
    assert result.code == 2 and kind in result.err and result.err.count("\n") == 1, result.err


def test_an_index_on_plain_columns_and_a_quoted_check_word_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "mine.db"
    _memory(path)
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE INDEX by_origin ON units(origin, context)")
        raw.execute("CREATE TABLE notes(\"check\" TEXT CHECK(length(\"check\") < 9))")  # not tm's
    raw.close()
    with TranslationMemory.open(str(path)) as memory:
        memory.add([Unit("Good night.", "晚安。")])
        assert memory.lookup("Good night.")[0].unit.target == "晚安。"

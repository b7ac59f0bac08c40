"""Refusing a SQLite memory whose schema would run SQL on tm's writes (private).

A memory is a file anyone can send.  tm creates plain tables and indexes on
plain columns; every schema object that evaluates an expression when a row
is written runs its author's SQL, at its author's cost, inside tm's import
(``printf('%.*c', 300000000, source)`` costs 1.5 s and 300 MB a unit): a
trigger, and a view (its INSTEAD OF triggers), but also an index on an
expression or with a ``WHERE``, a ``CHECK`` constraint, a generated column
and a ``DEFAULT`` expression on a table tm writes.  :func:`sql_running_object`
names the first such object, so the memory is refused before anything runs.
"""

from __future__ import annotations

import re

from tm.memory._backend import Connection
from tm.memory._schema import TABLES

__all__ = ["sql_running_object"]

#: What a ``CREATE TABLE`` may hold that is not SQL text: string literals, quoted
#: names and comments (a column named "check" says nothing).
_NOT_CODE = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]|--[^\n]*|/\*.*?\*/",
                       re.S)
_CHECK = re.compile(r"\bCHECK\b", re.IGNORECASE)
#: PRAGMA table_xinfo's ``hidden``: 2 a virtual, 3 a stored generated column.
_GENERATED = (2, 3)
#: PRAGMA index_xinfo's ``cid`` of a key that is an expression.
_EXPRESSION = -2


def sql_running_object(conn: Connection) -> str | None:
    """``"a trigger 'x'"``, ``"an index 'y' on an expression"``...: the first object of the
    schema that would run SQL on a write; ``None`` when there is none."""
    foreign = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') "
        "ORDER BY type, name LIMIT 1").fetchone()
    if foreign is not None:
        return f"a {foreign[0]} {_shown(foreign[1])}"
    written = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") if r[0] in TABLES]
    for table in written:
        found = _in_table(conn, table) or _in_indexes(conn, table)
        if found:
            return found
    return None


def _in_table(conn: Connection, table: str) -> str | None:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (table,)).fetchone()[0] or ""
    if _CHECK.search(_NOT_CODE.sub(" ", sql)):
        return f"a CHECK constraint on table {_shown(table)}"
    for name, default, hidden in conn.execute(
            "SELECT name, dflt_value, hidden FROM pragma_table_xinfo(?)", (table,)):
        if hidden in _GENERATED:
            return f"a generated column {_shown(name)} in table {_shown(table)}"
        if default is not None:
            return f"a DEFAULT expression on column {_shown(name)} of table {_shown(table)}"
    return None


def _in_indexes(conn: Connection, table: str) -> str | None:
    for _, index, _, _, partial in conn.execute("SELECT * FROM pragma_index_list(?)", (table,)):
        if partial:
            return f"an index {_shown(index)} with a WHERE clause"
        keys = conn.execute("SELECT cid FROM pragma_index_xinfo(?) WHERE key = 1",
                            (index,)).fetchall()
        if any(cid == _EXPRESSION for (cid,) in keys):
            return f"an index {_shown(index)} on an expression"
    return None


def _shown(name: object) -> str:
    """A schema name as a message shows it: quoted, at most 60 characters."""
    return repr(str(name)[:60])

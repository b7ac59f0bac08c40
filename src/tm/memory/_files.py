"""Which file a unit came from, as an identity two projects cannot share (private).

A unit shows where it came from as its display origin (``po/zh_CN.po:12``,
the path as the importer typed it).  That string cannot tell files apart:
two projects both import ``po/zh_CN.po``, and a re-import of one must
neither replace nor withdraw what the other said.  So a memory keys each
unit (its ``ukey``: :func:`tm.memory._prepare.unit_key`) on its file's
**identity**, stored once in the ``files`` table (schema 10) and referenced
by ``units.file`` and ``listed.file``:

* a file the caller names (``add(..., source_ids={path: id})``: ``tm import``
  gives the resolved path, or ``--source-id`` and the path within the
  folder it names) is known by that id, written ``"\\x1d" + id``.  The
  separator is a control character :meth:`tm.TranslationMemory.add` refuses
  in an origin, so a named identity is never a path;
* any other file is known by its path as typed, as every memory before
  schema 10 knew it (so their ``ukey`` values stay valid, and the upgrade
  only records each unit's path: :func:`fill`).

Only a named file is known well enough to be superseded whole: a re-import
of it withdraws what it no longer says (tm.memory._listed.leave_unsent).  A
file known by its path alone is never withdrawn beyond the sentences it sends.
"""

from __future__ import annotations

from collections.abc import Mapping

from tm._shared.files import one_line
from tm.errors import UsageError
from tm.memory._backend import Connection
from tm.model import Origin

__all__ = ["NAMED", "FileIds", "file_token", "fill", "named_paths"]

#: What starts a named identity's key (a control character no origin path holds).
NAMED = "\x1d"


def file_token(path: str, source_ids: Mapping[str, str] | None) -> str:
    """The identity key of the file whose display path is *path*: its named id if
    *source_ids* names it, else the path itself."""
    if source_ids:
        named = source_ids.get(path)
        if named is not None:
            return NAMED + named
    return path


def checked_ids(source_ids: Mapping[str, str] | None) -> dict[str, str] | None:
    """*source_ids* as a dict of one-line strings (``UsageError`` for an empty one),
    keyed by the path as an origin stores it (tm.memory._memory._storable)."""
    if source_ids is None:
        return None
    out: dict[str, str] = {}
    for path, named in source_ids.items():
        if not isinstance(path, str) or not isinstance(named, str):
            raise TypeError(f"source_ids must map str to str, got {path!r}: {named!r}")
        if not named.strip():
            raise UsageError(f"the source id of {path!r} is empty")
        # (a file name's undecodable bytes and line breaks as U+FFFD, as in an origin)
        out[one_line(path)] = one_line(named).replace(NAMED, "\ufffd")
    return out


class FileIds:
    """The ``files`` rows one write transaction reads and adds: identity key -> id."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.ids: dict[str, int] = {}

    def get(self, key: str) -> int:
        """The id of identity *key*, created on first use: one statement a file a
        transaction (a round trip to a PostgreSQL server; the no-op update makes the
        statement return a stored id too)."""
        found = self.ids.get(key)
        if found is None:
            (found,), = self.conn.execute(
                "INSERT INTO files(id, key) SELECT coalesce(max(id), 0) + 1, ? FROM files "
                "WHERE true ON CONFLICT(key) DO UPDATE SET key = excluded.key RETURNING id",
                (key,)).fetchall()
            found = self.ids[key] = int(found)
        return found


def fill(conn: Connection) -> None:
    """Schema 9 and older -> 10: every unit and listing is of the file its origin names,
    known by its path (the identity its ``ukey`` was made with)."""
    ids: dict[str, int] = {}

    def of(origin: object) -> int:
        path = Origin.split(str(origin))[0]
        return ids.setdefault(path, len(ids) + 1)

    units = [(of(origin), uid) for uid, origin in
             conn.execute("SELECT id, origin FROM units").fetchall()]
    listed = [(of(origin), bytes(key)) for key, origin in
              conn.execute("SELECT ukey, origin FROM listed").fetchall()]
    conn.insert_many("files", ("id", "key"), ((i, key) for key, i in ids.items()))
    conn.executemany("UPDATE units SET file = ? WHERE id = ?", units)
    conn.executemany("UPDATE listed SET file = ? WHERE ukey = ?", listed)


def named_paths(conn: Connection) -> dict[str, str]:
    """``{display path: source id}`` of the named files of the memory on *conn* (to add its
    units to another memory under the same identities: tm.memory._replay)."""
    out: dict[str, str] = {}
    for table in ("units", "listed"):
        for origin, key in conn.execute(
                f"SELECT DISTINCT {table}.origin, files.key FROM {table} "
                f"JOIN files ON files.id = {table}.file").fetchall():
            if str(key).startswith(NAMED):
                out.setdefault(Origin.split(str(origin))[0], str(key)[len(NAMED):])
    return out

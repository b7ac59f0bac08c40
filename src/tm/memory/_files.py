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

import re
import shlex
from collections.abc import Collection, Iterator, Mapping

from tm._shared.files import one_line
from tm.errors import UsageError
from tm.memory._backend import Connection
from tm.model import Origin

__all__ = ["NAMED", "FileIds", "checkout_of", "disagreements", "file_token", "fill",
           "former_tokens", "holds", "named_paths", "record_checkouts"]

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


def former_tokens(named: Mapping[str, str] | None,
                  former_ids: Mapping[str, Collection[str]] | None) -> dict[str, list[str]]:
    """``{identity key: [identity keys it was known by]}`` of ``add(former_ids=...)``
    (``{path: [ids]}``): only for a file *named* names, without its own key."""
    out: dict[str, list[str]] = {}
    if not named or not former_ids:
        return out
    for path, olds in former_ids.items():
        if isinstance(olds, str):
            raise TypeError(f"former_ids must map a path to a list of ids, got {olds!r}")
        own = named.get(one_line(path))
        if own is None:
            raise UsageError(f"former_ids names {path!r}, which source_ids does not name")
        tokens = [NAMED + one_line(old).replace(NAMED, "\ufffd") for old in olds]
        out[NAMED + own] = [token for token in tokens if token != NAMED + own]
    return out


class FileIds:
    """The ``files`` rows one write transaction reads and adds: identity key -> id."""

    def __init__(self, conn: Connection, cache: dict[str, int] | None = None) -> None:
        self.conn = conn
        # (a row is never deleted nor renumbered: an id known from a committed transaction
        # stays right, and the memory forgets them all on a rollback: Vocabulary.clear)
        self.ids: dict[str, int] = {} if cache is None else cache

    def get(self, key: str) -> int:
        """The id of identity *key*, created on first use: one statement a file the memory
        has not seen since it was opened (a round trip to a PostgreSQL server; the no-op
        update makes the statement return a stored id too)."""
        found = self.ids.get(key)
        if found is None:
            (found,), = self.conn.execute(
                "INSERT INTO files(id, key) SELECT coalesce(max(id), 0) + 1, ? FROM files "
                "WHERE true ON CONFLICT(key) DO UPDATE SET key = excluded.key RETURNING id",
                (key,)).fetchall()
            found = self.ids[key] = int(found)
        return found


#: What starts the ``meta`` key of a named file's last checkout (review R-1/R-2): the
#: commit its work tree had checked out and the resolved path it was imported from, as
#: ``COMMIT PATH``.  A row of ``meta``: no table or column changes, so schema 10 stays (a
#: memory without the row is one whose identity's last checkout is unknown).
CHECKOUT = "checkout "


def checkout_of(conn: Connection, named: str) -> tuple[str, str] | None:
    """``(commit, resolved path)`` of the last import of the named file *named* that
    came with a checkout (:func:`record_checkouts`), or None."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?",
                       (CHECKOUT + NAMED + named,)).fetchone()
    if row is None:
        return None
    commit, _, path = str(row[0]).partition(" ")
    return commit, path


def holds(conn: Connection, named: str) -> bool:
    """Whether the named file *named* owns or is listed on any unit."""
    row = conn.execute("SELECT id FROM files WHERE key = ?", (NAMED + named,)).fetchone()
    if row is None:
        return False
    return any(conn.execute(f"SELECT 1 FROM {table} WHERE file = ? LIMIT 1", (row[0],))
               .fetchone() for table in ("units", "listed"))


def record_checkouts(conn: Connection, named: Mapping[str, str],
                     checkouts: Mapping[str, tuple[str, str]]) -> None:
    """Remember, for each file of *checkouts* (path -> ``(commit, resolved path)``)
    that *named* names, the checkout of this import (:func:`checkout_of`)."""
    for path, (commit, real) in checkouts.items():
        own = named.get(one_line(path))
        if own is None:
            raise UsageError(f"checkouts names {path!r}, which source_ids does not name")
        key = CHECKOUT + NAMED + own
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)",
                     (key, f"{one_line(commit)} {one_line(real)}"))


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


#: What splits an identity or a path into the parts a relative path is compared by.
_PARTS = re.compile(r"[/\\:]")


def _parts(text: str) -> list[str]:
    return [part for part in _PARTS.split(text) if part and part != "."]


def relative_parts(token: str, path: str) -> list[str]:
    """The relative path (as parts) of the file of identity key *token* shown as *path*:
    what follows the project key of ``KEY:po/zh_CN.po`` (``tm import``'s identities),
    else the parts its identity and display path end with alike."""
    text = token[len(NAMED):] if token.startswith(NAMED) else token
    head, sep, tail = text.rpartition(":")
    if sep and head and tail and not tail.startswith(("/", "\\")):
        return _parts(tail)
    ours, shown = _parts(text), _parts(path)
    same = 0
    while same < min(len(ours), len(shown)) and ours[-1 - same] == shown[-1 - same]:
        same += 1
    return ours[len(ours) - same:] or ours[-1:]


def identity_of(token: str) -> str:
    """What :attr:`tm.model.Match.source_id` says of the file of identity key *token*:
    the id of a named file, "" for one known by its path alone (its origin says it)."""
    return token[len(NAMED):] if token.startswith(NAMED) else ""


def shown(token: str) -> str:
    """An identity key as a person reads it: the id of a named file, a path-only file's
    path with what it is."""
    if token.startswith(NAMED):
        return token[len(NAMED):]
    return f"{token} (known by the path typed, by a tm before schema 10)"


def disagreements(conn: Connection, files: Mapping[str, str]) -> Iterator[str]:
    """One line for each pair of a named file of *files* (identity key -> display path)
    and another file of the same relative path (:func:`relative_parts`: another
    checkout of the project known otherwise, an identity an older tm gave, another
    project) that holds trusted a translation of a sentence (source, context,
    languages) the named file gives otherwise (review R-6: both would be served as
    100 matches, one of them stale).  Reads ``files`` once, and the units of the
    files concerned only when some other file has the same relative path."""
    from tm.memory._further import sentence_context

    named = {token: path for token, path in files.items() if token.startswith(NAMED)}
    if not named:
        return
    stored = [(int(i), str(key)) for i, key in conn.execute("SELECT id, key FROM files")]
    ids = {key: i for i, key in stored}
    for token, path in sorted(named.items()):
        own = ids.get(token)
        rel = relative_parts(token, path)
        others = [(i, key) for i, key in stored if key != token
                  and _parts(key[len(NAMED):] if key.startswith(NAMED) else key)[-len(rel):]
                  == rel]
        if own is None or not others:
            continue
        said: dict[tuple[str, str, str, str], set[str]] = {}
        for source, context, src, tgt, target, _ in _said(conn, own, trusted_only=False):
            said.setdefault((source, sentence_context(context), src, tgt), set()).add(target)
        for other, key in others:
            differ: dict[tuple[str, str, str, str], str] = {}
            for source, context, src, tgt, target, _ in _said(conn, other, trusted_only=True):
                sentence = (source, sentence_context(context), src, tgt)
                targets = said.get(sentence)
                if targets and target not in targets:
                    differ.setdefault(sentence, target)
            if not differ:
                continue
            first = min(differ)
            count = "1 sentence" if len(differ) == 1 else f"{len(differ)} sentences"
            hint = (f" (if that is an earlier copy of this file, importing it with --replaces "
                    f"{shlex.quote(key[len(NAMED):])} takes it over)"
                    if key.startswith(NAMED) else "")
            yield (f"{path} ({shown(token)}) translates {count} otherwise than {shown(key)}, "
                   f"which holds {'it' if len(differ) == 1 else 'them'} trusted: {first[0]!r} "
                   f"-> {min(said[first])!r} here, {differ[first]!r} there{hint}")


def _said(conn: Connection, file: int, trusted_only: bool
          ) -> list[tuple[str, str, str, str, str, int]]:
    """``(source, context, source lang, target lang, target, trusted)`` of each
    translation file *file* owns or is listed on (its listing's trust)."""
    where = " AND units.trusted = 1" if trusted_only else ""
    listed_where = " AND listed.trusted = 1" if trusted_only else ""
    rows = [*conn.execute("SELECT source, context, source_lang, target_lang, target, trusted "
                          f"FROM units WHERE file = ?{where.replace('units.', '')}", (file,)),
            *conn.execute("SELECT source, context, source_lang, target_lang, target, "
                          "listed.trusted FROM listed JOIN units ON units.id = listed.unit "
                          f"WHERE listed.file = ?{listed_where}", (file,))]
    return [(str(a), str(b), str(c), str(d), str(e), int(f)) for a, b, c, d, e, f in rows]

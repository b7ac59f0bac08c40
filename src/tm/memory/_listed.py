"""Which unit lists a file in its ``also``: the ``listed`` table of schema 7 and later (private).

A translation pair that several files say is stored once: the unit keeps its
own file's key (``ukey``) and lists the other files in ``also``
(tm.memory._writer).  Each entry of an ``also`` list is also a row of
``listed``, keyed by the ``ukey`` the listed file's unit brought, with the
unit that lists it (indexed) and the origin as the list holds it.  So:

* when a listed file later says another translation of the source, the
  writer finds the unit that lists it by the key the new unit brings (in the
  chunk's stored-rows query, or one lookup by primary key) and takes the file
  off it.  Without the table it could not (``also`` is text), the file stayed
  listed by the unit of its older translation, and when that unit's own file
  moved on, the unit passed to a file that no longer said it;
* when a unit's own file moves on, the unit passes to a listed file under
  that file's exact key, not one guessed from the unit's languages.

A file's key is therefore in one place: a unit's ``ukey`` (the file owns the
unit) or one row of ``listed`` (its primary key refuses a second).
:class:`Listings` is the writer's view of the table during one ``add``;
:func:`upgrade` brings an older memory to schema 7, :func:`remove_file` takes
a file out of every list (``remove_origin``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

from tm.memory import _schema as schema
from tm.memory._backend import IN_LIST_VALUES, Connection
from tm.memory._prepare import unit_key
from tm.model import Origin

__all__ = ["COLUMNS", "NOT_A_FILE", "Fate", "Listed", "Listing", "Listings", "leave_keys",
           "leave_unsent", "origin_file", "passing", "remove_file", "said_trust", "upgrade"]

COLUMNS = ("ukey", "unit", "origin", "trusted", "file")
#: A listing: the id of the unit that lists a file's key, the origin as its ``also`` holds
#: it, whether that file's import was trusted (1) or not (0), and the file's id
#: (tm.memory._files; None only while an upgrade fills it).
Listing = tuple[int, str, int, "int | None"]
#: A listing as :func:`passing` reads it: the listed file's key, origin, trust and file id.
Listed = tuple[bytes, str, int, "int | None"]
#: Keys per ``IN`` query of :func:`upgrade`.
_KEYS_PER_QUERY = IN_LIST_VALUES
#: Origin files that name no file a call could have sent whole: none, and standard input
#: (``tm import -``: each piped file is ``-``, and one must not withdraw another's units).
NOT_A_FILE = frozenset({"", "-"})


def origin_file(origin: str) -> str:
    """The file part of an origin as stored (``a.po:12`` -> ``a.po``), as
    :meth:`tm.model.Origin.split` reads it."""
    return Origin.split(origin)[0]


def said_trust(owner: int, listed: Iterable[int]) -> int:
    """A unit's trust from the files that say its pair now (review Y-19): 1 if its owning
    file's latest import is trusted (*owner*) or any listed file's (*listed*), else 0.
    The one formula of the writer, :func:`remove_file` and :func:`leave_keys`."""
    return max([int(owner), *(int(trust) for trust in listed)])


class Listings:
    """The ``listed`` rows one write transaction reads and changes.

    New rows are inserted with the batch (:meth:`flush`); a change to a row
    already in the table is a statement at once, so the table answers every
    query the writer sends.  The chunk's listings, read with its stored rows
    (:meth:`start_chunk`), are kept as the table changes, like
    tm.memory._writer._StoredRows.
    """

    def __init__(self, conn: Connection, stored: bool) -> None:
        self.conn = conn
        self.stored = stored  # the table may hold rows (else no query finds any)
        self.new: dict[bytes, Listing] = {}  # the rows to insert, by ukey
        self.new_of: dict[int, set[bytes]] = {}  # unit id -> its keys in self.new
        self.asked: set[bytes] = set()  # the chunk's keys, answered by self.chunk
        self.chunk: dict[bytes, Listing] = {}

    def start_chunk(self, asked: Iterable[bytes], found: dict[bytes, Listing]) -> None:
        """The listings of a chunk's keys, as the table holds them when it starts."""
        self.asked, self.chunk = set(asked), found

    def get(self, ukey: bytes, maybe: bool = True) -> Listing | None:
        """The unit listing the file whose key is *ukey*, if any.

        *maybe* False says the key was never written in this call (and the
        table held no row when it started): nothing to ask the table.
        """
        listing = self.new.get(ukey)
        if listing is not None:
            return listing
        if not self.stored:
            return None
        if ukey in self.asked:
            return self.chunk.get(ukey)
        if not maybe:
            return None
        found = self.conn.execute("SELECT unit, origin, trusted, file FROM listed "
                                  "WHERE ukey = ?", (ukey,)).fetchone()
        return None if found is None else (int(found[0]), str(found[1]), int(found[2]),
                                           _file_id(found[3]))

    def add(self, ukey: bytes, listing: Listing) -> None:
        """List the file of *ukey* (which owns no unit and is listed nowhere)."""
        self.new[ukey] = listing
        self.new_of.setdefault(listing[0], set()).add(ukey)
        self.chunk.pop(ukey, None)

    def trust(self, ukey: bytes, listing: Listing, trusted: int) -> bool:
        """The file of *ukey*, listed as *listing*, says its pair again as *trusted*: the
        listing takes the trust of the file's latest import, as a unit its owner's
        (tm.memory._writer.Writer.add replaces a unit its file says with another trust).
        True if it changed (the unit's trust is then recomputed: Writer.retrust)."""
        if trusted == listing[2]:
            return False
        changed = (listing[0], listing[1], trusted, listing[3])
        if ukey in self.new:
            self.new[ukey] = changed
            return True
        self.conn.execute("UPDATE listed SET trusted = ? WHERE ukey = ?", (trusted, ukey))
        if ukey in self.chunk:
            self.chunk[ukey] = changed
        return True

    def drop(self, ukey: bytes) -> None:
        """The file of *ukey* is listed no more (it says another pair, or owns the unit)."""
        listing = self.new.pop(ukey, None)
        if listing is not None:
            self.new_of[listing[0]].discard(ukey)
            return
        self.conn.execute("DELETE FROM listed WHERE ukey = ?", (ukey,))
        self.chunk.pop(ukey, None)

    def of_unit(self, unit: int, stored: bool) -> list[Listed]:
        """``(ukey, origin, trusted, file)`` of each file key *unit* lists; *stored*: some
        may be in the table.  One origin may come twice (a file's keys in two languages of
        a class)."""
        out: list[Listed] = [(key, *self.new[key][1:]) for key in self.new_of.get(unit, ())]
        if stored:
            out += [(bytes(key), str(origin), int(trusted), _file_id(file))
                    for key, origin, trusted, file in self.conn.execute(
                        "SELECT ukey, origin, trusted, file FROM listed WHERE unit = ?",
                        (unit,))]
        return out

    def move(self, unit: int, to: int, stored: bool) -> None:
        """Unit *unit* is replaced by unit *to* (same pair): its listings go with it."""
        keys = self.new_of.pop(unit, set())
        for key in keys:
            self.new[key] = (to, *self.new[key][1:])
        self.new_of.setdefault(to, set()).update(keys)
        if stored:
            self.conn.execute("UPDATE listed SET unit = ? WHERE unit = ?", (to, unit))
        for key, listing in list(self.chunk.items()):
            if listing[0] == unit:
                self.chunk[key] = (to, *listing[1:])

    def drop_unit(self, unit: int, stored: bool) -> None:
        """Unit *unit* is deleted: the files it lists are listed nowhere."""
        for key in self.new_of.pop(unit, set()):
            del self.new[key]
        if stored:
            self.conn.execute("DELETE FROM listed WHERE unit = ?", (unit,))
        for key in [k for k, (lister, *_) in self.chunk.items() if lister == unit]:
            del self.chunk[key]

    def flush(self) -> list[tuple[bytes, int]]:
        """Insert the new rows; return their ``(ukey, unit)`` (keys written in this call)."""
        rows = [(key, listing[0]) for key, listing in self.new.items()]
        if rows:
            self.conn.insert_many("listed", COLUMNS, ((key, *listing) for key, listing
                                                      in self.new.items()))
            self.stored = True
        self.new, self.new_of = {}, {}
        return rows


def _file_id(value: object) -> int | None:
    """A ``file`` column's value as an id (None: not filled yet, during an upgrade)."""
    return None if value is None else int(str(value))


def file_key(source: str, context: str, file: str, langs: Sequence[str]) -> bytes:
    """The ``ukey`` of a unit of *source* and *context* from *file* in languages *langs*
    (source, target): :func:`tm.memory._prepare.unit_key`."""
    src, tgt = langs
    return unit_key(source, context, file, src, tgt)


def upgrade(conn: Connection) -> None:
    """Schema 4 to 9 -> 10 in the open write transaction: the tables the memory lacks,
    ``listed`` filled from the ``also`` lists (:func:`fill`), or given its trust column;
    ``files`` filled from the origins (tm.memory._files.fill)."""
    from tm.memory._files import fill as fill_files

    version = str(conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0])
    for statement in schema.upgrade_sql(conn.dialect, version):
        conn.execute(statement)
    if version in schema.BEFORE_LISTED:
        fill(conn)
    # No older tm recorded an owner's trust.  A unit no trusted file lists got its trust
    # from its owner (NULL: schema.OWNER_TRUSTED); a trusted unit a trusted file lists may
    # owe its trust to that file alone, so its owner is taken as untrusted (review Z-2):
    # when the listing leaves, the unit is a 99 a translator confirms, never a trusted 100
    # from an unreviewed file.  The owner's next import records its real trust.
    conn.execute("UPDATE units SET owner_trusted = 0 WHERE owner_trusted IS NULL "
                 "AND trusted = 1 AND id IN (SELECT unit FROM listed WHERE trusted = 1)")
    fill_files(conn)


def fill(conn: Connection) -> None:
    """One ``listed`` row per entry of the ``also`` lists, and the lists settled.

    An older tm stored an entry's file only as text, so its key is the one the
    file would have with the listing unit's languages (they are of the same
    classes: the pair is the same).  An older tm could also leave a file in two
    places; one place is kept per key, the unit changed last: no record says
    which translation the file gave last, and that is the one most likely to
    be it.  Between units that list the file, the one changed last (then the
    newest) keeps it.  Between the unit the file owns and one that lists it,
    the owned unit wins unless the listing unit changed after it (review Y-11:
    the old writer could pass the file an outdated unit after the file had
    moved on to another pair); a unit owned that way is stale and passes to
    the next file it lists, or goes.  An entry naming the unit's own file goes
    too.  No trust was recorded per file either: a listed file takes its
    unit's (what the unit kept when it passed to the file before).
    """
    units = conn.execute("SELECT id, source, context, origin, source_lang, target_lang, "
                         "changed, also, trusted FROM units WHERE also <> ''").fetchall()
    best = _latest_listings(units)
    owners = _owners(conn, list(best))
    kept: dict[bytes, tuple[int, str]] = {}
    stale: set[int] = set()
    for key, ((changed, uid), entry) in best.items():
        owner = owners.get(key)
        if owner is None or changed > owner[1]:
            kept[key] = (uid, entry)
            if owner is not None:
                stale.add(owner[0])
    settled: list[tuple[str, object]] = []
    passed: list[tuple[bytes, str, str, object]] = []
    for uid, source, context, _, src, tgt, _, also, _ in units:
        langs = (str(src), str(tgt))
        entries = _kept_entries(kept, int(uid), str(source), str(context), langs,
                                str(also).split("\n"))
        if int(uid) in stale and entries:  # the first file it lists owns it now
            taker = file_key(str(source), str(context), origin_file(entries[0]), langs)
            del kept[taker]
            passed.append((taker, entries[0], "\n".join(entries[1:]), uid))
            stale.discard(int(uid))
        elif "\n".join(entries) != also:
            settled.append(("\n".join(entries), uid))
    _settle(conn, settled, passed, sorted(stale))
    trust = {int(uid): int(trusted) for uid, *_, trusted in units}
    conn.insert_many("listed", COLUMNS, ([key, uid, entry, trust[uid], None]
                                         for key, (uid, entry) in kept.items()))


def _latest_listings(units: list[Sequence[object]]) -> dict[bytes, tuple[tuple[str, int], str]]:
    """``{key: ((changed, unit id), origin)}``: for each file key the ``also`` lists of
    *units* hold, the entry of the unit changed last (then the newest)."""
    best: dict[bytes, tuple[tuple[str, int], str]] = {}
    for uid, source, context, origin, src, tgt, changed, also, _ in units:
        for entry in str(also).split("\n"):
            file = origin_file(entry)
            if file != origin_file(str(origin)):
                key = file_key(str(source), str(context), file, (str(src), str(tgt)))
                rank = (str(changed), int(str(uid)))
                if key not in best or best[key][0] < rank:
                    best[key] = (rank, entry)
    return best


def _settle(conn: Connection, settled: list[tuple[str, object]],
            passed: list[tuple[bytes, str, str, object]], deleted: list[int]) -> None:
    """Write :func:`fill`'s changes: *settled* ``also`` lists, units *passed* to a file
    (a stale owned unit: its key is the listing's now) and the stale units *deleted*."""
    # keys change hands among the passed units: each first takes its own pkey (unique,
    # and never a ukey), so no two units hold one ukey between two statements
    conn.executemany("UPDATE units SET ukey = pkey WHERE id = ?", [(p[3],) for p in passed])
    conn.executemany("DELETE FROM units WHERE id = ?", [(uid,) for uid in deleted])
    conn.executemany("DELETE FROM markup WHERE unit = ?", [(uid,) for uid in deleted])
    conn.executemany("UPDATE units SET also = ? WHERE id = ?", settled)
    conn.executemany("UPDATE units SET ukey = ?, origin = ?, also = ? WHERE id = ?", passed)


def _kept_entries(kept: dict[bytes, tuple[int, str]], uid: int, source: str, context: str,
                  langs: tuple[str, str], entries: list[str]) -> list[str]:
    """The entries of unit *uid*'s ``also`` that :func:`fill` keeps (each key once)."""
    out: list[str] = []
    seen: set[bytes] = set()
    for entry in entries:
        key = file_key(source, context, origin_file(entry), langs)
        if kept.get(key) == (uid, entry) and key not in seen:
            seen.add(key)
            out.append(entry)
    return out


def _owners(conn: Connection, keys: list[bytes]) -> dict[bytes, tuple[int, str]]:
    """``{key: (unit id, changed)}`` of those of *keys* that are some unit's ``ukey``."""
    owners: dict[bytes, tuple[int, str]] = {}
    for start in range(0, len(keys), _KEYS_PER_QUERY):
        where, params = conn.in_list("ukey", keys[start:start + _KEYS_PER_QUERY])
        owners.update((bytes(key), (int(uid), str(changed))) for key, uid, changed in
                      conn.execute(f"SELECT ukey, id, changed FROM units WHERE {where}", params))
    return owners


def remove_file(conn: Connection, file: str) -> int:
    """Take *file* (a display path: every file of that name) out of the memory
    (``remove_origin``); return how many units are deleted: :func:`leave_keys` of every
    key it owns or is listed under.  One scan of each table (the origin has no index)."""
    keys = [bytes(key) for table in ("units", "listed") for key, origin in conn.execute(
        f"SELECT ukey, origin FROM {table} WHERE origin = ? OR substr(origin, 1, ?) = ?",
        (file, len(file) + 1, f"{file}:")).fetchall() if origin_file(str(origin)) == file]
    return leave_keys(conn, keys)


class Fate(NamedTuple):
    """What becomes of a unit that files leave (:func:`passing`)."""

    gone: bool  #: no file says it any more: the unit is deleted
    also: list[str]  #: the files it lists after
    trusted: int  #: its trust: that of the files that still say it (review Y-19)
    taker: Listed | None  #: the listing it passes to when its owner left (it then owns it)


def passing(also: Sequence[str], staying: Sequence[Listed], gone: Iterable[str],
            owner_trusted: int | None) -> Fate:
    """The one rule for a unit some of whose files leave it (a file withdrawn, moved on to
    another translation, re-imported without it): *also* is its list of other files,
    *staying* the listings that stay, *gone* the origins of those that go (each taken
    off *also* once), *owner_trusted* its owning file's trust, None if that file leaves.

    A unit whose owner leaves passes to the first file of its list that has a listing
    (under that file's key, which no unit holds), with that file's trust as its owner's;
    with none it is deleted.  Either way it is as trusted as the files still saying it.
    The writer (:meth:`tm.memory._writer.Writer.release`, ``leave``) and
    :func:`leave_keys` (``remove_origin``, ``remove_units``, a re-imported file) apply it.
    """
    entries = [entry for entry in also if entry]
    for origin in gone:
        if origin in entries:
            entries.remove(origin)
    trusts = [listing[2] for listing in staying]
    if owner_trusted is not None:
        return Fate(False, entries, said_trust(owner_trusted, trusts), None)
    taker = next((listing for entry in entries for listing in staying
                  if listing[1] == entry), None)
    if taker is None:
        return Fate(True, entries, 0, None)
    entries.remove(taker[1])
    return Fate(False, entries, said_trust(taker[2], trusts), taker)


def leave_keys(conn: Connection, keys: Iterable[bytes]) -> int:
    """The file of each key of *keys* no longer says the translation it owns or is listed
    on; return how many units went.  Each unit concerned gets its :func:`passing` fate:
    a unit a key owns passes to the first file it lists, as trusted as the files left
    saying it, or goes; a listing goes, and its unit is as trusted as its owner and the
    files left (review Z-22).  A few queries per :data:`_KEYS_PER_QUERY` keys."""
    leaving = set(keys)
    owned: dict[int, bytes] = {}
    for some in _slices(sorted(leaving)):
        where, params = conn.in_list("ukey", some)
        owned.update((int(uid), bytes(key)) for uid, key in
                     conn.execute(f"SELECT id, ukey FROM units WHERE {where}", params))
        owned.update((int(uid), b"") for (uid,) in
                     conn.execute(f"SELECT unit FROM listed WHERE {where}", params)
                     if int(uid) not in owned)
    units: dict[int, tuple[str, int]] = {}
    listings: dict[int, list[Listed]] = {}
    for some in _slices(sorted(owned)):
        where, params = conn.in_list("id", some)
        units.update((int(uid), (str(also), int(trust))) for uid, also, trust in conn.execute(
            f"SELECT id, also, {schema.OWNER_TRUSTED} FROM units WHERE {where}", params))
        where, params = conn.in_list("unit", some)
        for key, uid, origin, trusted, file in conn.execute(
                f"SELECT ukey, unit, origin, trusted, file FROM listed WHERE {where}", params):
            listings.setdefault(int(uid), []).append(
                (bytes(key), str(origin), int(trusted), None if file is None else int(file)))
    dropped = [key for rows in listings.values() for key, *_ in rows if key in leaving]
    kept: list[tuple[str, int, int]] = []
    passed: list[tuple[object, ...]] = []
    deleted: list[int] = []
    for uid, (also, owner_trusted) in units.items():
        rows = listings.get(uid, [])
        fate = passing(also.split("\n"), [row for row in rows if row[0] not in leaving],
                       [row[1] for row in rows if row[0] in leaving],
                       None if owned[uid] else owner_trusted)
        if fate.gone:
            deleted.append(uid)
        elif fate.taker is None:
            kept.append(("\n".join(fate.also), fate.trusted, uid))
        else:
            key, origin, trust, file = fate.taker
            dropped.append(key)
            passed.append((key, origin, "\n".join(fate.also), fate.trusted, trust, file, uid))
    conn.executemany("DELETE FROM listed WHERE ukey = ?", [(key,) for key in dropped])
    conn.executemany("UPDATE units SET also = ?, trusted = ? WHERE id = ?", kept)
    conn.executemany("UPDATE units SET ukey = ?, origin = ?, also = ?, trusted = ?, "
                     "owner_trusted = ?, file = ? WHERE id = ?", passed)
    for table, column in (("listed", "unit"), ("markup", "unit"), ("units", "id")):
        conn.executemany(f"DELETE FROM {table} WHERE {column} = ?", [(i,) for i in deleted])
    return len(deleted)


def _slices(values: Sequence[object]) -> Iterator[Sequence[object]]:
    """*values* in slices of :data:`_KEYS_PER_QUERY` (one ``IN`` list each)."""
    for start in range(0, len(values), _KEYS_PER_QUERY):
        yield values[start:start + _KEYS_PER_QUERY]


def leave_unsent(conn: Connection, files: Mapping[str, str], sent: set[bytes] | None,
                 sentences: set[tuple[str, str, str]],
                 untranslated: Mapping[str, Collection[tuple[str, str]]] | None = None,
                 former: Mapping[str, Collection[str]] | None = None) -> int:
    """What the files of this ``add`` no longer say goes (:func:`leave_keys`); return how
    many units went.  *files* maps each file's identity key (tm.memory._files) to its
    display path, *sentences* holds the ``(source, context, identity)`` sentences they
    sent (a further translation's context read back to its sentence's:
    :func:`tm.memory._further.sentence_context`), *sent* the keys they sent when they
    were sent whole (``whole_files``), else None.

    * Sent whole, a **named** file (``add(source_ids=...)``, ``tm import``) is taken
      off every key of its identity it did not send: the entry the translator dropped
      or gave another context (red team M-7).  Another project's file of the same
      name is another identity and loses nothing.
    * Sent whole, a file known by its path alone is taken off only the keys of the
      sentences it sent, the further translations it no longer gives (review Z-14):
      another project's ``app.po`` typed alike must not take this one's entries
      (reviews R-21, R-25).
    * A named file supersedes, for each sentence it sends, what the memory holds from
      a file known by its display path alone: the same file as an older tm (or a
      caller without an identity) stored it.  Its other sentences stay theirs.

    * A named file takes over what its *former* identities (identity -> identities it
      was known by before: tm.memory._files.former_tokens) said: sent whole, everything
      of theirs (it sends its translations under its own identity now); else what they
      said of the sentences it sends.

    A sentence a file holds untranslated (*untranslated*: display path -> ``(source,
    context)``) is not taken off it: an empty msgstr withdraws no translation (R-8).
    A file of :data:`NOT_A_FILE` is never taken off anything.
    """
    from tm.memory._files import NAMED
    from tm.memory._further import sentence_context

    stale: list[bytes] = []
    for token, path in files.items():
        if path in NOT_A_FILE:
            continue
        named = token.startswith(NAMED)
        kept = set((untranslated or {}).get(path, ()))
        if sent is not None:
            for key, source, context in _keys_of(conn, token, texts=not named or bool(kept)):
                if key in sent or (source, sentence_context(context)) in kept:
                    continue
                if named or (source, sentence_context(context), token) in sentences:
                    stale.append(key)
        if not named:
            continue
        stale += [key for key, source, context in _keys_of(conn, path)
                  if (source, sentence_context(context), token) in sentences]
        for old in (former or {}).get(token, ()):
            stale += [key for key, source, context in _keys_of(conn, old)
                      if (source, sentence_context(context)) not in kept and (
                          sent is not None
                          or (source, sentence_context(context), token) in sentences)]
    return leave_keys(conn, stale)


def _keys_of(conn: Connection, token: str, texts: bool = True
             ) -> list[tuple[bytes, str, str]]:
    """``(key, source, context)`` of every unit and listing of the file of identity
    *token* (by the indexes on ``file``); without their *texts* (``""``), only keys."""
    found = conn.execute("SELECT id FROM files WHERE key = ?", (token,)).fetchone()
    if found is None:
        return []
    columns = "source, context" if texts else "'', ''"
    return [(bytes(key), str(source), str(context)) for key, source, context in [
        *conn.execute(f"SELECT ukey, {columns} FROM units WHERE file = ?", (found[0],)),
        *conn.execute(f"SELECT listed.ukey, {columns} FROM listed JOIN units "
                      "ON units.id = listed.unit WHERE listed.file = ?", (found[0],))]]

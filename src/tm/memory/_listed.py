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

from collections.abc import Iterable, Sequence

from tm.memory import _schema as schema
from tm.memory._backend import IN_LIST_VALUES, Connection
from tm.memory._prepare import unit_key
from tm.model import Origin

__all__ = ["COLUMNS", "NOT_A_FILE", "Listing", "Listings", "leave_keys", "leave_unsent",
           "origin_file", "remove_file", "said_trust", "upgrade"]

COLUMNS = ("ukey", "unit", "origin", "trusted")
#: A listing: the id of the unit that lists a file's key, the origin as its ``also`` holds
#: it, and whether that file's import was trusted (1) or not (0).
Listing = tuple[int, str, int]
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
        found = self.conn.execute("SELECT unit, origin, trusted FROM listed WHERE ukey = ?",
                                  (ukey,)).fetchone()
        return None if found is None else (int(found[0]), str(found[1]), int(found[2]))

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
        changed = (listing[0], listing[1], trusted)
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

    def of_unit(self, unit: int, stored: bool) -> list[tuple[bytes, str, int]]:
        """``(ukey, origin, trusted)`` of each file key *unit* lists; *stored*: some may be
        in the table.  One origin may come twice (a file's keys in two languages of a class)."""
        out = [(key, *self.new[key][1:]) for key in self.new_of.get(unit, ())]
        if stored:
            out += [(bytes(key), str(origin), int(trusted)) for key, origin, trusted in
                    self.conn.execute("SELECT ukey, origin, trusted FROM listed WHERE unit = ?",
                                      (unit,))]
        return out

    def move(self, unit: int, to: int, stored: bool) -> None:
        """Unit *unit* is replaced by unit *to* (same pair): its listings go with it."""
        keys = self.new_of.pop(unit, set())
        for key in keys:
            _, origin, trusted = self.new[key]
            self.new[key] = (to, origin, trusted)
        self.new_of.setdefault(to, set()).update(keys)
        if stored:
            self.conn.execute("UPDATE listed SET unit = ? WHERE unit = ?", (to, unit))
        for key, (lister, origin, trusted) in list(self.chunk.items()):
            if lister == unit:
                self.chunk[key] = (to, origin, trusted)

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


def file_key(source: str, context: str, file: str, langs: Sequence[str]) -> bytes:
    """The ``ukey`` of a unit of *source* and *context* from *file* in languages *langs*
    (source, target): :func:`tm.memory._prepare.unit_key`."""
    src, tgt = langs
    return unit_key(source, context, file, src, tgt)


def upgrade(conn: Connection) -> None:
    """Schema 4 to 8 -> 9 in the open write transaction: the tables the memory lacks,
    ``listed`` filled from the ``also`` lists (:func:`fill`), or given its trust column."""
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
    conn.insert_many("listed", COLUMNS, ([key, uid, entry, trust[uid]]
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
    """Take *file* out of the memory (``remove_origin``); return how many units are deleted.

    A unit the file owns passes to the first file it lists, under that file's
    key, as when its file moves on to another translation (tm.memory._writer),
    so no other file's translation goes with it; a unit that lists no other
    file is deleted.  The file is taken off every list, and each unit it
    leaves is as trusted as the files that still say it (review Y-19).
    """
    listings: dict[object, list[tuple[bytes, str, int]]] = {}  # unit -> (ukey, origin, trust)
    for key, unit, origin, trusted in conn.execute(
            "SELECT ukey, unit, origin, trusted FROM listed").fetchall():
        listings.setdefault(unit, []).append((bytes(key), str(origin), int(trusted)))
    # ukey, origin, also, trust, owner's trust, id
    passed: list[tuple[bytes, str, str, int, int, object]] = []
    left: list[tuple[str, int, object]] = []  # (also, trust, id) of a unit the file leaves
    deleted: list[int] = []
    for uid, origin, also, owner_trusted in conn.execute(
            f"SELECT id, origin, also, {schema.OWNER_TRUSTED} FROM units").fetchall():
        before = [entry for entry in str(also).split("\n") if entry]
        entries = [entry for entry in before if origin_file(entry) != file]
        staying = [t for _, listed, t in listings.get(uid, []) if origin_file(listed) != file]
        if origin_file(str(origin)) == file:
            taker = _first_listed(entries, listings.get(uid, []))
            if taker is not None:  # the unit is as trusted as the files left saying it
                entries.remove(taker[1])
                passed.append((*taker[:2], "\n".join(entries), said_trust(taker[2], staying),
                               taker[2], uid))
            else:
                deleted.append(int(uid))
        elif len(entries) < len(before):  # as trusted as its owner and the files left
            left.append(("\n".join(entries), said_trust(int(owner_trusted), staying), uid))
    taken = {key for key, *_ in passed}
    conn.executemany("DELETE FROM listed WHERE ukey = ?", [
        (key,) for rows in listings.values() for key, origin, _ in rows
        if origin_file(origin) == file or key in taken])
    conn.executemany("UPDATE units SET also = ?, trusted = ? WHERE id = ?", left)
    conn.executemany("UPDATE units SET ukey = ?, origin = ?, also = ?, trusted = ?, "
                     "owner_trusted = ? WHERE id = ?", passed)
    conn.executemany("DELETE FROM units WHERE id = ?", ((i,) for i in deleted))
    conn.executemany("DELETE FROM markup WHERE unit = ?", ((i,) for i in deleted))
    return len(deleted)


def leave_keys(conn: Connection, keys: Iterable[bytes]) -> int:
    """The file of each key of *keys* no longer says the translation it owns or is listed
    on; return how many units went.  What :func:`remove_file` does for a whole file,
    for single keys (review Z-22: a re-imported file's withdrawn further translation
    kept the file's trust when another file said it too): a unit the key owns passes
    to the first file it lists, as trusted as the files left saying it, or goes; a
    listing goes, and its unit is as trusted as its owner and the files left.
    """
    deleted = 0
    for key in keys:
        owned = conn.execute("SELECT id, also FROM units WHERE ukey = ?", (key,)).fetchone()
        if owned is not None:
            deleted += _pass_or_delete(conn, owned[0],
                                       [e for e in str(owned[1]).split("\n") if e])
            continue
        listing = conn.execute("SELECT unit, origin FROM listed WHERE ukey = ?", (key,)).fetchone()
        if listing is not None:
            conn.execute("DELETE FROM listed WHERE ukey = ?", (key,))
            _unlist(conn, listing[0], str(listing[1]))
    return deleted


def leave_unsent(conn: Connection, files: Iterable[str], sent: set[bytes],
                 sentences: set[tuple[str, str, str]]) -> int:
    """Each of *files* was sent whole and said exactly the keys of *sent* it holds, for
    the ``(source, context, file)`` sentences of *sentences*: take it off the other keys
    it owns or is listed under for one of those sentences — the further translations
    of a sentence it no longer gives (review Z-14; :func:`tm.memory._further.sentence_context`
    reads a stored context back to its sentence's) — as :func:`leave_keys` does; return
    how many units went.  Nothing else: the memory knows a file by its name as typed,
    and another project's file of the same name (two ``app.po``, every Django
    project's ``django.po``) must not take this one's entries (reviews R-21, R-25).  A
    file of :data:`NOT_A_FILE` is never taken off anything.

    One pass over the units (and listings) whose origin starts with the file's name
    (the origin column has no index: one scan a file, as :func:`remove_file`).
    """
    from tm.memory._further import sentence_context

    stale: list[bytes] = []
    for file in set(files) - NOT_A_FILE:
        for table in ("units", "listed"):
            for key, origin, source, context in conn.execute(
                    f"SELECT {table}.ukey, {table}.origin, units.source, units.context "
                    f"FROM {table}"
                    f"{' JOIN units ON units.id = listed.unit' if table == 'listed' else ''}"
                    f" WHERE {table}.origin = ? OR substr({table}.origin, 1, ?) = ?",
                    (file, len(file) + 1, f"{file}:")).fetchall():
                if origin_file(str(origin)) == file and bytes(key) not in sent and (
                        str(source), sentence_context(str(context)), file) in sentences:
                    stale.append(bytes(key))
    return leave_keys(conn, stale)


def _pass_or_delete(conn: Connection, uid: object, entries: list[str]) -> int:
    """Unit *uid* loses its owning file: it passes to the first of its listed *entries*
    that has a listing (with that file's trust as the owner's), or is deleted (1)."""
    listings = [(bytes(k), str(o), int(t)) for k, o, t in conn.execute(
        "SELECT ukey, origin, trusted FROM listed WHERE unit = ?", (uid,)).fetchall()]
    taker = _first_listed(entries, listings)
    if taker is None:
        for table, column in (("listed", "unit"), ("markup", "unit"), ("units", "id")):
            conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (uid,))
        return 1
    entries.remove(taker[1])
    conn.execute("DELETE FROM listed WHERE ukey = ?", (taker[0],))
    conn.execute("UPDATE units SET ukey = ?, origin = ?, also = ?, trusted = ?, owner_trusted = ? "
                 "WHERE id = ?", (taker[0], taker[1], "\n".join(entries),
                                  said_trust(taker[2], (t for *_, t in listings)), taker[2],
                                  uid))
    return 0


def _first_listed(entries: list[str], listings: Sequence[tuple[bytes, str, int]]
                  ) -> tuple[bytes, str, int] | None:
    """The ``(ukey, origin, trust)`` of the first of a unit's ``also`` *entries* that has a
    listing among *listings*: the file a unit passes to when its owner leaves it."""
    return next(((key, entry, trust) for entry in entries
                 for key, listed, trust in listings if listed == entry), None)


def _unlist(conn: Connection, uid: object, origin: str) -> None:
    """*origin*'s listing on unit *uid* went: take it off ``also`` and retrust the unit."""
    row = conn.execute(f"SELECT also, {schema.OWNER_TRUSTED} FROM units WHERE id = ?",
                       (uid,)).fetchone()
    if row is None:
        return
    entries = [entry for entry in str(row[0]).split("\n") if entry]
    if origin in entries:
        entries.remove(origin)
    staying = [int(t) for (t,) in conn.execute("SELECT trusted FROM listed WHERE unit = ?",
                                                (uid,)).fetchall()]
    conn.execute("UPDATE units SET also = ?, trusted = ? WHERE id = ?",
                 ("\n".join(entries), said_trust(int(row[1]), staying), uid))


"""Adding units to a memory (private): de-duplication, batching, indexing.

One :class:`Writer` runs inside the write transaction of
:meth:`tm.TranslationMemory.add` (the only one at a time, whatever the
backend).  Units are taken in chunks of :data:`CHUNK_UNITS`: what can be
computed of a unit without the database (keys, neighbour hashes, the
analysis of its texts: :mod:`tm.memory._prepare`) is prepared ahead, in a
helper process once an import is large (:mod:`tm.memory._helper`: up to
``AHEAD`` chunks ahead), while the writer de-duplicates and stores the oldest
chunk.  Rows are
inserted a batch (``_ROW_BATCH`` units, a few chunks) at a time (``COPY`` on
PostgreSQL); a batch's token ids are resolved when it is written
(:mod:`tm.memory._batch`, :mod:`tm.memory._vocab`: a bounded cache over the
``vocab`` table), and only then are its postings buffered
(:mod:`tm.memory._postings`: spilled to a temporary file when the buffer is
full, and merged at the end into one row per key, :mod:`tm.memory._runs`).
So what an import holds is bounded by the batch and the posting buffer, not
by the size of the memory.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from tm._shared.collector import no_cycle_collection
from tm._shared.lang import lang_key, normalize_lang
from tm._shared.signature import unit_date
from tm.memory import _store as store
from tm.memory._backend import Connection
from tm.memory._batch import BatchTexts
from tm.memory._deferred import DeferredKeys
from tm.memory._files import FileIds, file_token
from tm.memory._further import FurtherTranslations
from tm.memory._helper import Pipeline
from tm.memory._keyset import KeySet
from tm.memory._listed import Listed, Listing, Listings, passing
from tm.memory._markup import Markup, MarkupWriter
from tm.memory._postings import FLUSH_ENTRIES, PostingBuffer
from tm.memory._prepare import KEY_BYTES, RECORD_BYTES, Prepared, Row, digest, pair_key
from tm.memory._schema import OWNER_TRUSTED
from tm.memory._vocab import Vocabulary
from tm.model import Origin, Unit

#: Units whose rows are inserted at once (a batch), and units prepared at a time (a chunk).
_ROW_BATCH = 20_000
CHUNK_UNITS = 2_000
# Position of each column in a row of store.INSERT_UNIT.
_POSITION = {name: i for i, name in enumerate(store.INSERT_COLUMNS)}
_TOKEN_COLUMNS = _POSITION["src_toks"], _POSITION["tgt_toks"]
_PKEY_END = 2 * KEY_BYTES
_norm = functools.lru_cache(maxsize=256)(normalize_lang)
_key = functools.lru_cache(maxsize=256)(lang_key)


class _Row:
    """What the writer knows of one unit stored (or pending) in this transaction."""

    __slots__ = ("also", "changed", "digest", "file", "listed", "markup", "owner_trusted",
                 "pkey", "trusted", "uid", "ukey")

    def __init__(self, uid: int, keys: tuple[bytes, bytes], digest: bytes,
                 trust: tuple[int, int], changed: str, origins: tuple[str, str],
                 markup: Markup, file: int | None) -> None:
        self.uid = uid
        self.markup = markup  # as stored or added (what this call changes: MarkupWriter.pending)
        self.ukey, self.pkey = keys
        self.digest, self.changed = digest, changed
        # The unit's trust (its owner's or a listed file's) and its owning file's alone.
        self.trusted, self.owner_trusted = trust
        self.file = file  # the id of its owning file's identity (tm.memory._files)
        self.also = origins[1].split("\n") if origins[1] else []
        # Whether rows of the listed table may hold its listings (else Listings.new has all).
        self.listed = bool(self.also)

    @classmethod
    def stored(cls, found: Sequence[Any]) -> _Row:
        """The row of a unit as :data:`_SELECT_STORED` read it."""
        return cls(found[0], (found[1], found[2]), digest(found[3], found[4]),
                   (found[5], found[11]), found[6], (found[7], found[8]),
                   (str(found[9]), str(found[10])), found[12])


class Writer:
    """Adds units to the open transaction of *conn*; :meth:`run` returns the count.

    Two unique keys identify a unit: ``ukey`` (source, context, origin file,
    languages: where it came from) and ``pkey`` (source, target, context and
    language classes, so ``en`` and ``en-US`` are one: the translation pair).
    A unit whose ``ukey`` is stored with another target or note replaces that
    unit; a unit whose pair is stored already (from another file) is not
    stored again: the stored unit keeps its origin, takes the newer
    ``changed`` time, becomes trusted if either is, and lists the other file
    in ``also`` (and in the ``listed`` table, under that file's key:
    tm.memory._listed).  When its own file replaces it, the unit passes to a
    file in ``also`` instead of being deleted, so no file's translation is
    lost; when a listed file says another translation, it is taken off the
    list, so a unit never passes to a file that no longer says it.
    """

    def __init__(self, conn: Connection, vocab: Vocabulary, trusted: bool,
                 helper: bool | None = None, whole_files: bool = False,
                 source_ids: Mapping[str, str] | None = None) -> None:
        self.conn = conn
        self.vocab = vocab
        self.trusted = int(trusted)
        self.helper = helper  # see tm.memory._helper.Pipeline
        self.langs = vocab.langs   # (cached across transactions: ids never change)
        if not self.langs:
            self.langs.update(store.lang_ids(conn))
        self.buffer = PostingBuffer()
        self.next_id, stored, listed = store.next_unit_id(conn)
        self.check_db = self.next_id > 1 and stored
        # each file's further translations of a sentence in this call, kept apart
        self.told = FurtherTranslations()
        # whole files: the keys this call sent (what their files say now)
        self.sent: set[bytes] | None = set() if whole_files else None
        # display path -> (identity key, file id) (tm.memory._files)
        self.source_ids = source_ids
        self.file_ids = FileIds(conn, vocab.files)
        self.identities: dict[str, tuple[str, int]] = {}
        # the files (identity -> path) whose sentences are recorded: sent whole, or named
        self.files: dict[str, str] = {}
        self.sentences: set[tuple[str, str, str]] = set()  # (source, context, identity) sent
        # ukey and pkey -> row, for the units of the batch not yet written (and rows looked up)
        self.known: dict[bytes, _Row] = {}
        self.rows: dict[int, _Row] = {}  # the same rows by unit id
        self.listings = Listings(conn, listed)
        self.written = KeySet()
        # An empty memory: its unique indexes may be built at the end (tm.memory._deferred).
        self.deferred: DeferredKeys | None = None
        self.may_defer = not self.check_db
        self.pending: dict[int, list[object]] = {}
        self.batch = BatchTexts()  # the batch's prepared texts, indexed by write_rows
        self.changed = 0
        self.markup = MarkupWriter(conn)  # inline codes, in their side table
        self.stored: _StoredRows | None = None  # the stored rows of the chunk's keys
        #: When this call stores its units: the date of a unit that brings none (see insert).
        self.stamp = unit_date()

    def run(self, units: Iterable[Unit], origin: Origin | str | None) -> int:
        """Add every unit (with its neighbours in the same file); return how many changed.

        Chunks are prepared ahead (:meth:`add_chunks`) while earlier ones are stored.
        """
        try:
            with no_cycle_collection():
                self.add_chunks(units, origin)
                self.write_rows()
                self.end_deferral()
                self.buffer.flush(self.conn)  # every spilled run merged: one row per key
        finally:
            self.buffer.close()
        store.save_next_unit_id(self.conn, self.next_id)
        return self.changed

    def add_chunks(self, units: Iterable[Unit], origin: Origin | str | None) -> None:
        """Prepare and add every chunk; up to ``pipeline.ahead`` chunks are being prepared
        (by the helper) while the writer adds the oldest."""
        pipeline = Pipeline(self.helper)
        waiting: deque[_Chunk] = deque()
        try:
            for chunk in _chunks(store.with_neighbours(units, origin), self.told,
                                 self.token):
                pipeline.submit(chunk.rows, chunk.new_batch)
                waiting.append(chunk)
                while len(waiting) > pipeline.ahead:
                    self.apply(waiting.popleft(), pipeline.receive())
            while waiting:
                self.apply(waiting.popleft(), pipeline.receive())
        finally:
            pipeline.close()

    def apply(self, chunk: _Chunk, prepared: Prepared) -> None:
        """Add the units of *chunk* (writing the previous batch first if it starts one)."""
        if chunk.new_batch:
            if self.may_defer and self.pending:  # a second batch: the import is a large one
                self.deferred = DeferredKeys.start(self.conn)
            self.may_defer = self.may_defer and not self.pending
            self.write_rows()
        number = self.batch.add_chunk(prepared)
        keys, hashes = prepared.keys, prepared.hashes
        # Units stored before this call: the chunk's keys looked up at once (not per unit).
        self.stored = _StoredRows(self.conn, keys, len(chunk.units), self.listings) \
            if self.check_db else None
        written = self.written if self.deferred is None else self.deferred
        maybe = None if self.check_db else \
            written.contains_many(keys, RECORD_BYTES, (0, KEY_BYTES))
        for i, (unit, langs) in enumerate(chunk.units):
            at = i * RECORD_BYTES
            self.add(unit, langs, (keys[at:at + KEY_BYTES], keys[at + KEY_BYTES:at + _PKEY_END]),
                     keys[at + _PKEY_END:at + RECORD_BYTES],
                     (hashes[2 * i], hashes[2 * i + 1]), (number, 2 * i),
                     maybe[2 * i:2 * i + 2] if maybe is not None else (True, True))

    def write_rows(self) -> None:
        """Index and insert the pending unit rows; from now on their keys are looked up
        in the database."""
        self.batch.index(self.conn, self.vocab, self.pending, _TOKEN_COLUMNS, self.buffer)
        if self.pending:
            self.conn.insert_many("units", store.INSERT_COLUMNS, self.pending.values())
        self.markup.flush()
        listed = self.listings.flush()
        self.pending = {}
        self.written.add_many([*self.known, *(key for key, _ in listed)])
        if self.deferred is not None:
            self.deferred.add_many([*((key, row.uid) for key, row in self.known.items()),
                                    *listed])
            if self.deferred.full:
                self.end_deferral()
        self.known, self.rows = {}, {}
        if self.buffer.entries > FLUSH_ENTRIES:
            self.buffer.spill(self.conn)  # merged into one row per key by the last flush

    def end_deferral(self) -> None:
        """Build the unique indexes dropped for this import, if any; look keys up by them."""
        if self.deferred is not None:
            self.deferred.finish(self.conn)
            self.deferred = None

    def add(self, unit: Unit, langs: tuple[str, str], keys: tuple[bytes, bytes],
            target_digest: bytes, hashes: tuple[int, int], texts: tuple[int, int],
            maybe: Sequence[bool] = (True, True)) -> None:
        """Add one unit unless its pair is stored; replace an outdated one from its file.

        *keys* (ukey, pkey), *target_digest* and the neighbour *hashes* were prepared;
        *texts* says where its prepared texts are in the batch; *maybe* whether each
        key may have been written earlier in this call (:meth:`KeySet.contains_many`).
        """
        own = self.told.own_context(unit)
        if own is not None:  # a file's further translation of a sentence: as the file says it
            unit, keys, maybe = self.as_said(unit, langs, own, keys, maybe)
        ukey, pkey = keys
        token, file = self.identity(unit.origin.path)
        if self.sent is not None or token != unit.origin.path:
            if self.sent is not None:
                self.sent.add(ukey)
            self.files[token] = unit.origin.path
            self.sentences.add((unit.source, unit.context if own is None else own, token))
        same_file, pair = self.find(ukey, "ukey", maybe[0]), self.find(pkey, "pkey", maybe[1])
        trusted = self.trust(unit)
        replaced, listed = None, False
        if same_file is None:  # the file may be listed by the unit of another pair
            listed = self.leave(ukey, pair, maybe[0], trusted)
        elif same_file is pair and same_file.digest == target_digest \
                and same_file.owner_trusted == trusted:
            self.changed += self.markup.keep(same_file.uid, same_file.markup, unit,
                                             same_file=True)
            return
        elif same_file is pair:  # a new note or trust: replace, keep the other files
            replaced, pair = same_file, None
            self.delete(same_file)
        else:  # a new target: the old pair passes to another file that has it
            self.release(same_file)
        if pair is not None:  # the pair is stored (from another file): keep that unit
            marked = self.markup.keep(pair.uid, pair.markup, unit, same_file=False)
            self.changed += int(self.refresh(pair, unit, None if listed else ukey, file)
                                or same_file is not None or marked)
            return
        also = "\n".join(replaced.also) if replaced is not None else ""
        row = _Row(self.next_id, keys, target_digest, (trusted, trusted), unit.changed,
                   (str(unit.origin), also), (unit.source_markup, unit.target_markup), file)
        if replaced is not None and replaced.also:  # its listings go to the new unit
            row.listed = replaced.listed
            self.listings.move(replaced.uid, row.uid, replaced.listed)
            row.trusted = self.trust_of(row)  # as trusted as the files that say it
        self.insert(unit, langs, row, hashes, texts)

    def as_said(self, unit: Unit, langs: tuple[str, str], context: str,
                keys: tuple[bytes, bytes], maybe: Sequence[bool]
                ) -> tuple[Unit, tuple[bytes, bytes], Sequence[bool]]:
        """A further translation (told apart under a made-up context of its own,
        tm.memory._further) whose pair in its sentence's own *context* is stored, and
        not its told-apart pair: that pair, under the further translation's file key
        (the unit lists the file, or the file owns it); else *unit*, *keys* and *maybe*
        unchanged (so adding the same units again changes nothing)."""
        if self.find(keys[1], "pkey", maybe[1]) is not None:
            return unit, keys, maybe
        stored = pair_key(unit.source, unit.target, context, _key(langs[0]), _key(langs[1]))
        if self.find(stored, "pkey") is None:
            return unit, keys, maybe
        return dataclasses.replace(unit, context=context), (keys[0], stored), (maybe[0], True)

    def identity(self, path: str) -> tuple[str, int]:
        """The identity key (tm.memory._files) of the file whose display path is *path*,
        and its id (created on first use).  The key is *path* itself when no source id
        names the file."""
        found = self.identities.get(path)
        if found is None:
            token = file_token(path, self.source_ids)
            found = self.identities[path] = (token, self.file_ids.get(token))
        return found

    def token(self, path: str) -> str:
        """The identity key of *path*'s file, which its units' ``ukey`` is made with."""
        return self.identity(path)[0]

    def trust(self, unit: Unit) -> int:
        """1 if *unit* is stored trusted: the import is, and the unit is not fuzzy.

        A fuzzy unit (a fuzzy PO entry, a TMX unit marked ``x-tm-fuzzy``: e.g. a
        low-confidence bead of ``tm align``) is a translation someone still has
        to check, so it is never stored as one that may come back as a 100 match.
        """
        return int(self.trusted and not unit.fuzzy)

    def insert(self, unit: Unit, langs: tuple[str, str], row: _Row, hashes: tuple[int, int],
               texts: tuple[int, int]) -> None:
        """Queue the row of a new unit (its texts are indexed by :meth:`write_rows`)."""
        src_lang, tgt_lang = langs
        src_cls = store.lang_id(self.conn, self.langs, _key(src_lang))
        tgt_cls = store.lang_id(self.conn, self.langs, _key(tgt_lang))
        uid = row.uid
        self.next_id += 1
        # A unit keeps the dates its file gave it (a TMX's); one without (PO, CSV, a
        # server POST) is dated when stored, so an export of the memory writes the same
        # dates every time instead of the time of export (R4-8).
        created = unit.created or unit.changed or self.stamp
        row.changed = unit.changed or created
        self.pending[uid] = [
            uid, row.ukey, row.pkey, unit.source, unit.target, unit.context, str(unit.origin),
            unit.note, src_lang, tgt_lang, created, row.changed, int(unit.fuzzy),
            row.trusted, hashes[0], hashes[1],
            src_cls, tgt_cls, b"", b"", "\n".join(row.also),  # token ids: write_rows
            row.owner_trusted, row.file]
        self.batch.add(uid, texts, src_cls, tgt_cls)
        self.known[row.ukey] = self.known[row.pkey] = self.rows[uid] = row
        self.markup.add(uid, unit)
        self.changed += 1

    def find(self, key: bytes, column: str, maybe: bool = True) -> _Row | None:
        """The unit stored under *key* in *column* (``ukey`` or ``pkey``), if any.

        Its markup is read in the same query (a unit added again needs it:
        :meth:`MarkupWriter.keep`), not one more query per unit.
        """
        row = self.known.get(key)
        if row is not None or not maybe:
            return row
        if self.stored is not None and self.stored.asked(key, column):
            found = self.stored.get(key, column)
        elif self.deferred is not None:  # no index on *column*: the ids it was written with
            ids = self.deferred.candidates(key)
            if not ids:
                return None
            by_id, params = self.conn.in_list("id", ids)
            found = self.conn.execute(f"{_SELECT_STORED} WHERE {by_id} AND {column} = ?",
                                      [*params, key]).fetchone()
        elif not self.check_db and key not in self.written:
            return None
        else:
            found = self.conn.execute(f"{_SELECT_STORED} WHERE {column} = ?", (key,)).fetchone()
        return None if found is None else self.taken(found)

    def taken(self, found: Sequence[Any]) -> _Row:
        """The writer's row of a stored unit it has just read (*found*): from now on this
        call may change or delete it, so it is known here, not in the chunk's stored rows."""
        row = _Row.stored(found)
        if self.stored is not None:
            self.stored.forget(found)
        self.known[row.ukey] = self.known[row.pkey] = self.rows[row.uid] = row
        return row

    def unread(self, row: _Row) -> None:
        """*row* is deleted or leaves its ``ukey``: what the chunk's stored rows read of it
        (if the writer had it from an earlier chunk, the chunk read it too) is stale."""
        if self.stored is not None:
            self.stored.forget((row.uid, row.ukey, row.pkey))

    def lister(self, listing: Listing) -> _Row | None:
        """The row of the unit that *listing* names (None if it is gone)."""
        uid = listing[0]
        row = self.rows.get(uid)
        if row is not None:
            return row
        found = self.stored.lister(uid) if self.stored is not None else None
        if found is None:
            found = self.conn.execute(f"{_SELECT_STORED} WHERE id = ?", (uid,)).fetchone()
        return None if found is None else self.taken(found)

    def leave(self, ukey: bytes, pair: _Row | None, maybe: bool, trusted: int) -> bool:
        """The file of *ukey* owns no unit of its source and says *pair* now (*trusted*
        or not): if another unit lists it (the file said that unit's translation
        before), take it off.  True if *pair*'s unit lists it already."""
        listing = self.listings.get(ukey, maybe)
        if listing is None:
            return False
        lister = self.lister(listing)
        if lister is pair:
            if self.listings.trust(ukey, listing, trusted) and lister is not None:
                self.changed += self.retrust(lister)  # the unit changed (review Z-9)
            return True
        self.listings.drop(ukey)
        if lister is not None and listing[1] in lister.also:
            fate = passing(lister.also, self.listed_on(lister), [listing[1]],
                           lister.owner_trusted)
            lister.also = fate.also
            self.update(lister, also="\n".join(lister.also))
            self.retrust(lister, fate.trusted)
        return False

    def listed_on(self, row: _Row) -> list[Listed]:
        """The listings of the files *row* lists (none if its ``also`` is empty)."""
        return self.listings.of_unit(row.uid, row.listed) if row.also else []

    def trust_of(self, row: _Row) -> int:
        """*row*'s trust from the files that say its pair now: its owner's, or any listed
        file's (a listing that says it as a trusted import)."""
        return passing(row.also, self.listed_on(row), (), row.owner_trusted).trusted

    def retrust(self, row: _Row, trusted: int | None = None) -> bool:
        """A file that lists *row* left it or changed its trust: the unit is as trusted as
        the files that still say it (review Y-19: never the trust of a file gone; *trusted*
        if known).  True if its trust changed."""
        trusted = self.trust_of(row) if trusted is None else trusted
        if trusted == row.trusted:
            return False
        row.trusted = trusted
        self.update(row, trusted=trusted)
        return True

    def delete(self, row: _Row) -> None:
        """Remove a unit that is being replaced."""
        for key in (row.ukey, row.pkey):
            if self.known.get(key) is row:
                del self.known[key]
        self.rows.pop(row.uid, None)
        self.unread(row)
        stored = self.pending.pop(row.uid, None) is None
        if stored:
            self.conn.execute("DELETE FROM units WHERE id = ?", (row.uid,))
        self.markup.drop(row.uid, stored=stored)

    def release(self, row: _Row) -> None:
        """*row*'s file has a new target: give the unit to the first file it lists (under
        that file's key, which no unit holds: each file key is in one place), or delete it."""
        fate = passing(row.also, self.listed_on(row), (), None)
        if fate.taker is None:
            if row.also:
                self.listings.drop_unit(row.uid, row.listed)
            self.delete(row)
            return
        ukey, origin, owner_trusted, file = fate.taker
        if self.known.get(row.ukey) is row:
            del self.known[row.ukey]
        self.unread(row)
        self.known[ukey] = row
        row.ukey, row.file, row.also = ukey, file, fate.also
        # as trusted as the files that say it now (never the owner's trust alone)
        row.owner_trusted, row.trusted = owner_trusted, fate.trusted
        self.update(row, ukey=ukey, origin=origin, also="\n".join(row.also),
                    trusted=row.trusted, owner_trusted=row.owner_trusted, file=file)
        self.listings.drop(ukey)

    def refresh(self, row: _Row, unit: Unit, ukey: bytes | None, file: int) -> bool:
        """Keep a stored pair with the newer time and higher trust; True if trust rose.
        *ukey*, the key of *unit*'s file, is listed unless it is None (listed already).

        A key, not a file: the same file may send the source in two languages of
        one class (``en`` and ``en-US``), two keys that say a pair each.
        """
        trusted = self.trust(unit)
        upgrade = trusted > row.trusted
        if not upgrade and ukey is None and unit.changed <= row.changed:
            return False
        row.changed = max(row.changed, unit.changed)
        row.trusted = max(row.trusted, trusted)
        if ukey is not None:
            row.also.append(str(unit.origin))
            self.listings.add(ukey, (row.uid, str(unit.origin), trusted, file))
        self.update(row, changed=row.changed, trusted=row.trusted, also="\n".join(row.also))
        return upgrade

    def update(self, row: _Row, **columns: object) -> None:
        """Change columns of a pending or stored unit."""
        pending = self.pending.get(row.uid)
        if pending is not None:
            for name, value in columns.items():
                pending[_POSITION[name]] = value
        else:
            sets = ", ".join(f"{name} = ?" for name in columns)
            self.conn.execute(f"UPDATE units SET {sets} WHERE id = ?", (*columns.values(), row.uid))



#: A stored unit as :meth:`Writer.find` reads it: its row and its markup.
_SELECT_STORED = ("SELECT id, ukey, pkey, target, note, trusted, changed, origin, also, "
                  f"coalesce(source_markup, ''), coalesce(target_markup, ''), {OWNER_TRUSTED}, "
                  "file FROM units LEFT JOIN markup ON unit = id")
#: The listings of some file keys (:class:`_StoredRows`), each with its unit as
#: _SELECT_STORED reads it, then the key, origin, trust and unit id listed.  A LEFT JOIN:
#: a listing may name a unit this call has not inserted yet (it replaced the unit that
#: listed the file, Writer.add): its columns are then NULL, and the writer has the row.
_SELECT_LISTERS = ("SELECT units.id, units.ukey, units.pkey, target, note, units.trusted, changed, "
                   "units.origin, also, coalesce(source_markup, ''), "
                   f"coalesce(target_markup, ''), {OWNER_TRUSTED}, units.file, "
                   "listed.ukey, listed.origin, listed.trusted, "
                   "listed.unit, listed.file FROM listed "
                   "LEFT JOIN units ON units.id = listed.unit "
                   "LEFT JOIN markup ON markup.unit = units.id")
#: Where the listed key is in a row of _SELECT_LISTERS (after the columns of _SELECT_STORED).
_LISTED_KEY = 13
#: Keys of each kind per query of :class:`_StoredRows`: two lists of this many, under
#: tm.memory._backend.MAX_PARAMETERS.
_KEYS_PER_QUERY = 400


class _StoredRows:
    """The units stored before a chunk is added under any of its ``ukey``/``pkey`` keys,
    read in one query per :data:`_KEYS_PER_QUERY` units instead of two queries per unit
    (an import into a memory that holds units, or a one-unit add: round trips to a
    PostgreSQL server).

    What :meth:`Writer.find` gets from here is what its own query would return:
    the writer changes or deletes a stored unit only after finding it, and
    :meth:`forget` drops a unit as soon as it is found, so a key asked again
    after the writer moved or deleted its unit is answered None, as the table
    would answer.  Rows the writer inserts are not in the table before the
    next batch is written (:meth:`Writer.write_rows`), which starts a new chunk.

    When the ``listed`` table may hold rows, a second query (per
    :data:`_KEYS_PER_QUERY` units) reads the units that list a file under one
    of the chunk's ``ukey`` keys: their listings go to *listings*, which keeps
    them as the writer changes the table, and the rows to :meth:`lister`.  It
    is a statement of its own, not a ``UNION`` with the first: PostgreSQL
    planned the union's first half as a scan of ``units`` where it plans the
    query alone with its two unique indexes (adding 2,000 units to a
    50,000-unit memory: 250 ms of the server instead of 30), while the
    second statement costs it about 1 ms.  A memory that lists no file (no
    duplicate pair from another file) is not asked.
    """

    def __init__(self, conn: Connection, keys: bytes, count: int, listings: Listings) -> None:
        ukeys = [keys[at:at + KEY_BYTES] for at in range(0, count * RECORD_BYTES, RECORD_BYTES)]
        pkeys = [keys[at:at + KEY_BYTES]
                 for at in range(KEY_BYTES, count * RECORD_BYTES, RECORD_BYTES)]
        self._asked = {"ukey": set(ukeys), "pkey": set(pkeys)}
        self._rows: dict[str, dict[bytes, Sequence[Any]]] = {"ukey": {}, "pkey": {}}
        self._listers: dict[int, Sequence[Any]] = {}
        listed: dict[bytes, Listing] = {}
        for start in range(0, count, _KEYS_PER_QUERY):
            some = ukeys[start:start + _KEYS_PER_QUERY]
            by_ukey, ukey_params = conn.in_list("ukey", some)
            by_pkey, pkey_params = conn.in_list("pkey", pkeys[start:start + _KEYS_PER_QUERY])
            for found in conn.execute(f"{_SELECT_STORED} WHERE {by_ukey} OR {by_pkey}",
                                      [*ukey_params, *pkey_params]):
                for i, column in ((1, "ukey"), (2, "pkey")):
                    if found[i] in self._asked[column]:
                        self._rows[column][found[i]] = found
            if listings.stored:
                by_listed, listed_params = conn.in_list("listed.ukey", some)
                for found in conn.execute(f"{_SELECT_LISTERS} WHERE {by_listed}", listed_params):
                    file = found[_LISTED_KEY + 4]
                    listed[bytes(found[_LISTED_KEY])] = (
                        int(found[_LISTED_KEY + 3]), str(found[_LISTED_KEY + 1]),
                        int(found[_LISTED_KEY + 2]), None if file is None else int(file))
                    if found[0] is not None:
                        self._listers[found[0]] = found[:_LISTED_KEY]
        listings.start_chunk(ukeys, listed)

    def lister(self, uid: int) -> Sequence[Any] | None:
        """The stored row of unit *uid*, if it lists one of the chunk's keys (and is not
        the writer's yet)."""
        return self._listers.get(uid)

    def asked(self, key: bytes, column: str) -> bool:
        """True if *key* of *column* was looked up (then :meth:`get` answers for it)."""
        return key in self._asked[column]

    def get(self, key: bytes, column: str) -> Sequence[Any] | None:
        """The stored row under *key* in *column*, None if there is none (or no longer)."""
        return self._rows[column].get(key)

    def forget(self, found: Sequence[Any]) -> None:
        """*found* is now the writer's to change: its keys no longer answer from here."""
        for i, column in ((1, "ukey"), (2, "pkey")):
            rows = self._rows[column]
            if found[i] in rows and rows[found[i]][0] == found[0]:
                del rows[found[i]]
        self._listers.pop(found[0], None)


class _Chunk:
    """Units to add, as the writer keeps them and as they are sent to be prepared."""

    __slots__ = ("new_batch", "rows", "units")

    def __init__(self, new_batch: bool) -> None:
        self.new_batch = new_batch
        self.units: list[tuple[Unit, tuple[str, str]]] = []
        self.rows: list[Row] = []


def skip_reason(unit: Unit) -> str | None:
    """Why :meth:`TranslationMemory.add` skips *unit* ("the target is empty"), None if it stores it.

    A pair with no text on one side translates nothing (an untranslated PO entry,
    a sheet's empty cell); the server names the reason to a client that sent one.
    """
    for side, text in (("source", unit.source), ("target", unit.target)):
        if not text.strip():
            return f"the {side} is empty"
    return None


def _chunks(units: Iterable[tuple[Unit, str | None, str | None]],
            told: FurtherTranslations | None = None,
            token: Callable[[str], str] = str) -> Iterator[_Chunk]:
    """The units with a source and a target, in chunks, each further translation of a
    sentence in one file *told* apart; a batch starts every ``_ROW_BATCH`` units (with a
    chunk)."""
    in_batch = 0
    chunk = _Chunk(True)
    for unit, prev_src, next_src in units:
        if skip_reason(unit) is not None:
            continue
        src, tgt = _norm(unit.source_lang), _norm(unit.target_lang)
        if told is not None:
            unit = told.apart(unit, (src, tgt))
        chunk.units.append((unit, (src, tgt)))
        chunk.rows.append((unit.source, unit.target, unit.context, token(unit.origin.path),
                           src, tgt,
                           _key(src), _key(tgt), unit.note, prev_src, next_src))
        in_batch += 1
        if in_batch >= _ROW_BATCH or len(chunk.rows) >= CHUNK_UNITS:
            yield chunk
            chunk = _Chunk(in_batch >= _ROW_BATCH)
            if chunk.new_batch:
                in_batch = 0
    if chunk.rows:
        yield chunk

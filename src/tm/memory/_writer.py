"""Adding units to a memory (private): de-duplication, batching, indexing.

One :class:`Writer` runs inside the write transaction of
:meth:`tm.TranslationMemory.add` (the only one at a time, whatever the
backend).  Rows are inserted in batches (``COPY`` on PostgreSQL).  A unit's
texts are tokenized when it is added; their token ids are resolved a batch at
a time, when the batch is written (:mod:`tm.memory._vocab`: a bounded cache
over the ``vocab`` table), and only then are their postings buffered
(:mod:`tm.memory._postings`, written when the buffer is full and at the end).
So what an import holds is bounded by the batch and the posting buffer, not
by the size of the memory.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
from array import array
from collections.abc import Iterable

from tm._shared.lang import lang_key, normalize_lang
from tm._shared.text import sentence_key
from tm.memory import _store as store
from tm.memory._backend import Connection
from tm.memory._index import ITEM
from tm.memory._markup import Markup, MarkupWriter
from tm.memory._matching import analyse
from tm.memory._postings import FLUSH_ENTRIES, PostingBuffer
from tm.memory._shapes import shape_terms
from tm.memory._vocab import Vocabulary
from tm.model import Origin, Unit

#: Unit rows buffered before one ``executemany``.
_ROW_BATCH = 20_000
#: Bits of each filter of a :class:`KeySet` (1 MiB) and keys it takes before the next.
_FILTER_BITS = 1 << 23
_FILTER_KEYS = _FILTER_BITS // 12
_MASK = _FILTER_BITS - 1
#: Neighbour hashes remembered (a source is the next, then the previous, of a unit).
_RECENT_HASHES = 8
# Position of each column in a row of store.INSERT_UNIT.
_POSITION = {name: i for i, name in enumerate(store.INSERT_COLUMNS)}
#: What :func:`tm.memory._matching.analyse` gives of a text: tokens, never lower, punctuation.
_Analysis = tuple[list[str], set[str], str]
_SRC_TOKS, _TGT_TOKS = _POSITION["src_toks"], _POSITION["tgt_toks"]
_norm = functools.lru_cache(maxsize=256)(normalize_lang)
_key = functools.lru_cache(maxsize=256)(lang_key)


def text_hash(text: str) -> int:
    """A 56-bit hash of the sentence key of *text* (neighbour sentences)."""
    folded = sentence_key(text)
    return int.from_bytes(hashlib.blake2b(folded.encode(), digest_size=7).digest(), "big")


def origin_file(origin: str) -> str:
    """The file part of an origin as stored (``a.po:12`` -> ``a.po``)."""
    return Origin.parse(origin).path


class KeySet:
    """Keys written earlier in this call, as Bloom filters: no false negatives, ~1.5 bytes a key.

    The writer keeps whole rows only for the batch it has not written yet; a
    later unit whose key may have been written before ("maybe" here) is looked
    up in the database.  So importing a million units holds a few MiB of keys,
    not a dictionary of every row (the import's memory stays flat).
    """

    def __init__(self) -> None:
        self.filters: list[bytearray] = []
        self.count = _FILTER_KEYS

    def add(self, key: bytes) -> None:
        """Remember *key*."""
        if self.count >= _FILTER_KEYS:
            self.filters.append(bytearray(_FILTER_BITS >> 3))
            self.count = 0
        bits, self.count = self.filters[-1], self.count + 1
        h = int.from_bytes(key[:12], "little")  # keys are blake2b digests: uniform bits
        for p in (h & _MASK, h >> 32 & _MASK, h >> 64 & _MASK):
            bits[p >> 3] |= 1 << (p & 7)

    def __contains__(self, key: bytes) -> bool:
        h = int.from_bytes(key[:12], "little")
        a, b, c = h & _MASK, h >> 32 & _MASK, h >> 64 & _MASK
        for bits in self.filters:
            if bits[a >> 3] >> (a & 7) & bits[b >> 3] >> (b & 7) & bits[c >> 3] >> (c & 7) & 1:
                return True
        return False


class _Row:
    """What the writer knows of one unit stored (or pending) in this transaction."""

    __slots__ = ("also", "changed", "digest", "file", "markup", "pkey", "trusted", "uid", "ukey")

    def __init__(self, uid: int, keys: tuple[bytes, bytes], digest: bytes, trusted: int,
                 changed: str, origins: tuple[str, str], markup: Markup) -> None:
        self.uid = uid
        self.markup = markup  # as stored or added (what this call changes: MarkupWriter.pending)
        self.ukey, self.pkey = keys
        self.digest, self.trusted, self.changed = digest, trusted, changed
        self.file = origin_file(origins[0])
        self.also = origins[1].split("\n") if origins[1] else []


class Writer:
    """Adds units to the open transaction of *conn*; :meth:`run` returns the count.

    Two unique keys identify a unit: ``ukey`` (source, context, origin file,
    languages: where it came from) and ``pkey`` (source, target, context and
    language classes, so ``en`` and ``en-US`` are one: the translation pair).
    A unit whose ``ukey`` is stored with another target or note replaces that
    unit; a unit whose pair is stored already (from another file) is not
    stored again: the stored unit keeps its origin, takes the newer
    ``changed`` time, becomes trusted if either is, and lists the other file
    in ``also``.  When its own file replaces it, the unit passes to a file in
    ``also`` instead of being deleted, so no file's translation is lost.
    """

    def __init__(self, conn: Connection, vocab: Vocabulary, trusted: bool) -> None:
        self.conn = conn
        self.vocab = vocab
        self.trusted = int(trusted)
        self.langs = store.lang_ids(conn)
        self.buffer = PostingBuffer()
        self.next_id = store.next_unit_id(conn)
        self.check_db = self.next_id > 1 and store.has_units(conn)
        # ukey and pkey -> row, for the units of the batch not yet written (and rows looked up)
        self.known: dict[bytes, _Row] = {}
        self.written = KeySet()
        self.pending: dict[int, list[object]] = {}
        # what the pending units' postings need: (uid, source, target) analysed, classes
        self.texts: list[tuple[int, _Analysis, int, _Analysis, int]] = []
        self.hashes: dict[str, int] = {}  # text_hash of the last few sources
        self.changed = 0
        self.markup = MarkupWriter(conn)  # inline codes, in their side table

    def run(self, units: Iterable[Unit], origin: Origin | str | None) -> int:
        """Add every unit (with its neighbours in the same file); return how many changed."""
        for unit, prev_src, next_src in store.with_neighbours(units, origin):
            self.add(unit, prev_src, next_src)
            if len(self.pending) >= _ROW_BATCH:
                self.write_rows()
        self.write_rows()
        self.buffer.flush(self.conn)
        store.save_next_unit_id(self.conn, self.next_id)
        return self.changed

    def write_rows(self) -> None:
        """Index and insert the pending unit rows; from now on their keys are looked up
        in the database."""
        self.index_pending()
        self.conn.insert_many("units", store.INSERT_COLUMNS, self.pending.values())
        self.markup.flush()
        self.pending = {}
        for key in self.known:
            self.written.add(key)
        self.known = {}
        if self.buffer.entries > FLUSH_ENTRIES:
            self.buffer.flush(self.conn)

    def index_pending(self) -> None:
        """Give the pending units their token ids and buffer their postings (in id order)."""
        texts = [t for t in self.texts if t[0] in self.pending]  # not replaced meanwhile
        self.texts = []
        every = itertools.chain.from_iterable(
            itertools.chain(src[0], tgt[0]) for _, src, _, tgt, _ in texts)
        get = self.vocab.resolve(self.conn, every).__getitem__
        buffer, pending = self.buffer, self.pending
        for uid, src, src_cls, tgt, tgt_cls in texts:
            row = pending[uid]
            for side, (tokens, upper, skeleton), cls, column in ((0, src, src_cls, _SRC_TOKS),
                                                                 (1, tgt, tgt_cls, _TGT_TOKS)):
                ids = array(ITEM, map(get, tokens))
                row[column] = ids.tobytes()
                buffer.add(uid << 1 | side, ids, cls, shape_terms(skeleton, upper, tokens, ids))

    def add(self, unit: Unit, prev_src: str | None, next_src: str | None) -> None:
        """Add one unit unless its pair is stored; replace an outdated one from its file."""
        if not unit.source.strip() or not unit.target.strip():
            return
        langs = _norm(unit.source_lang), _norm(unit.target_lang)
        ukey = self.file_key(unit, unit.origin.path, langs)
        pkey = _hash("p", unit.source, unit.target, unit.context, _key(langs[0]), _key(langs[1]))
        digest = _digest(unit.target, unit.note)
        same_file, pair = self.find(ukey, "ukey"), self.find(pkey, "pkey")
        trusted = self.trust(unit)
        also = ""
        if same_file is not None:
            if same_file is pair and same_file.digest == digest \
                    and same_file.trusted == trusted:
                self.changed += self.markup.keep(same_file.uid, same_file.markup, unit,
                                                 same_file=True)
                return
            if same_file is pair:  # a new note or trust: replace, keep the other files
                also, pair = "\n".join(same_file.also), None
                self.delete(same_file)
            else:  # a new target: the old pair passes to another file that has it
                self.release(same_file, unit, langs)
        if pair is not None:  # the pair is stored (from another file): keep that unit
            marked = self.markup.keep(pair.uid, pair.markup, unit, same_file=False)
            self.changed += int(self.refresh(pair, unit) or same_file is not None or marked)
            return
        row = _Row(self.next_id, (ukey, pkey), digest, trusted, unit.changed,
                   (str(unit.origin), also), (unit.source_markup, unit.target_markup))
        self.insert(unit, langs, row, (prev_src, next_src))

    def trust(self, unit: Unit) -> int:
        """1 if *unit* is stored trusted: the import is, and the unit is not fuzzy.

        A fuzzy unit (a fuzzy PO entry, a TMX unit marked ``x-tm-fuzzy``: e.g. a
        low-confidence bead of ``tm align``) is a translation someone still has
        to check, so it is never stored as one that may come back as a 100 match.
        """
        return int(self.trusted and not unit.fuzzy)

    def file_key(self, unit: Unit, file: str, langs: tuple[str, str]) -> bytes:
        """The ``ukey`` of *unit* as it would come from *file*."""
        return _hash("u", unit.source, unit.context, file, *langs)

    def insert(self, unit: Unit, langs: tuple[str, str], row: _Row,
               neighbours: tuple[str | None, str | None]) -> None:
        """Queue the row of a new unit and tokenize its texts (indexed by :meth:`write_rows`)."""
        src_lang, tgt_lang = langs
        src_cls = store.lang_id(self.conn, self.langs, _key(src_lang))
        tgt_cls = store.lang_id(self.conn, self.langs, _key(tgt_lang))
        uid = row.uid
        self.next_id += 1
        prev_src, next_src = neighbours
        self.pending[uid] = [
            uid, row.ukey, row.pkey, unit.source, unit.target, unit.context, str(unit.origin),
            unit.note, src_lang, tgt_lang, unit.created, unit.changed, int(unit.fuzzy),
            row.trusted, self.neighbour_hash(prev_src), self.neighbour_hash(next_src),
            src_cls, tgt_cls, b"", b"", "\n".join(row.also)]  # token ids: index_pending
        self.texts.append((uid, analyse(unit.source), src_cls, analyse(unit.target), tgt_cls))
        self.known[row.ukey] = self.known[row.pkey] = row
        self.markup.add(uid, unit)
        self.changed += 1

    def neighbour_hash(self, text: str | None) -> int:
        """:func:`text_hash` of a neighbour (0: none); each source is a neighbour twice."""
        if text is None:
            return 0
        found = self.hashes.get(text)
        if found is None:
            if len(self.hashes) >= _RECENT_HASHES:
                self.hashes.clear()
            found = self.hashes[text] = text_hash(text)
        return found

    def find(self, key: bytes, column: str) -> _Row | None:
        """The unit stored under *key* in *column* (``ukey`` or ``pkey``), if any.

        Its markup is read in the same query (a unit added again needs it:
        :meth:`MarkupWriter.keep`), not one more query per unit.
        """
        row = self.known.get(key)
        if row is None and (self.check_db or key in self.written):
            found = self.conn.execute(
                f"SELECT id, ukey, pkey, target, note, trusted, changed, origin, also, "
                f"coalesce(source_markup, ''), coalesce(target_markup, '') "
                f"FROM units LEFT JOIN markup ON unit = id WHERE {column} = ?",
                (key,)).fetchone()
            if found is not None:
                row = _Row(found[0], (found[1], found[2]), _digest(found[3], found[4]),
                           found[5], found[6], (found[7], found[8]),
                           (str(found[9]), str(found[10])))
                self.known[row.ukey] = self.known[row.pkey] = row
        return row

    def delete(self, row: _Row) -> None:
        """Remove a unit that is being replaced."""
        for key in (row.ukey, row.pkey):
            if self.known.get(key) is row:
                del self.known[key]
        stored = self.pending.pop(row.uid, None) is None
        if stored:
            self.conn.execute("DELETE FROM units WHERE id = ?", (row.uid,))
        self.markup.drop(row.uid, stored=stored)

    def release(self, row: _Row, unit: Unit, langs: tuple[str, str]) -> None:
        """*row*'s file has a new target: give the unit to another file that has it, or delete."""
        for i, origin in enumerate(row.also):
            ukey = self.file_key(unit, origin_file(origin), langs)
            if self.find(ukey, "ukey") is None:
                del self.known[row.ukey]
                self.known[ukey] = row
                row.ukey, row.file = ukey, origin_file(origin)
                row.also = row.also[:i] + row.also[i + 1:]
                self.update(row, ukey=ukey, origin=origin, also="\n".join(row.also))
                return
        self.delete(row)

    def refresh(self, row: _Row, unit: Unit) -> bool:
        """Keep a stored pair with the newer time and higher trust; True if trust rose."""
        file = unit.origin.path
        new_file = file != row.file and all(origin_file(o) != file for o in row.also)
        trusted = self.trust(unit)
        upgrade = trusted > row.trusted
        if not upgrade and not new_file and unit.changed <= row.changed:
            return False
        row.changed = max(row.changed, unit.changed)
        row.trusted = max(row.trusted, trusted)
        if new_file:
            row.also.append(str(unit.origin))
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


def _hash(*fields: str) -> bytes:
    return hashlib.blake2b("\x1f".join(fields).encode(), digest_size=16).digest()


def _digest(target: str, note: str) -> bytes:
    return hashlib.blake2b(f"{target}\x1f{note}".encode(), digest_size=12).digest()

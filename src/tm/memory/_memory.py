"""A translation memory in SQLite or PostgreSQL: store units, look up exact and fuzzy matches.

>>> from tm import TranslationMemory, Unit
>>> with TranslationMemory.open() as memory:
...     memory.add([Unit("The store opens at 9 am.", "商店上午9点开门。")])
...     [(m.score, m.unit.target) for m in memory.lookup("The store opens at 9 pm.")]
1
[(83.0, '商店上午9点开门。')]

The memory lives in one SQLite file (WAL mode: several readers and one
writer share it), in the process, or in a PostgreSQL database
(``postgresql://`` URL) that a team shares; :mod:`tm.memory._backend` is the
boundary, and everything here is written once for both.  The score and the
index that finds every unit at or above ``min_score`` without scanning the
memory are described in :mod:`tm.memory._matching` and :mod:`tm.memory._index`.

One :class:`TranslationMemory` may be shared by the threads of a process:
each call borrows its own connection, writes take turns.
"""

from __future__ import annotations

import contextlib
import dataclasses
import operator
import os
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import TracebackType

from tm._shared.files import one_line, owned_temporary_prefix, remove_stale_temporaries
from tm._shared.lang import lang_key, normalize_lang, query_languages
from tm._shared.markup import MarkupError, read_markup
from tm._shared.xml import non_xml_char
from tm.errors import ParseError, StoreError, UsageError
from tm.memory import _store as store
from tm.memory._backend import Backend, Connection, Pool, is_postgres_url, refuse_conninfo
from tm.memory._concordance import concordance
from tm.memory._files import (
    checked_ids,
    checkout_of,
    disagreements,
    file_token,
    former_tokens,
    holds,
    named_paths,
    record_checkouts,
)
from tm.memory._listed import leave_keys, leave_unsent, origin_file, remove_file
from tm.memory._lookup import Query, run_lookup
from tm.memory._markup import remove_orphans
from tm.memory._prepare import pair_key, unit_key
from tm.memory._replay import replayed
from tm.memory._rivals import with_rivals
from tm.memory._vocab import Vocabulary
from tm.memory._writer import Writer
from tm.model import Match, Origin, Unit, require_units

__all__ = ["ConcordanceHit", "TranslationMemory"]



@dataclass(frozen=True, slots=True)
class ConcordanceHit:
    """A unit containing a searched phrase.

    ``side`` is ``"source"`` or ``"target"`` (the text the phrase was found in),
    ``spans`` the ``(start, end)`` offsets of every occurrence in that text.
    """

    unit: Unit
    side: str
    spans: tuple[tuple[int, int], ...]


def _backend(location: str | os.PathLike[str] | None, readonly: bool, timeout: float) -> Backend:
    """The backend for *location*: a ``postgresql://`` URL, a file path, or None (in memory)."""
    where = os.fspath(location) if location is not None else None
    if where is not None:
        refuse_conninfo(where)
    if where is not None and is_postgres_url(where):
        from tm.memory._postgres import PostgresBackend

        return PostgresBackend(where, readonly=readonly, timeout=timeout)
    if where in ("", ":memory:"):
        # Said for both audiences: a shell user's --db "" and a caller's open("").
        raise StoreError(f"{where!r}: not a memory location: an import there would vanish "
                         "when the process ends; give a file name or a postgresql:// URL "
                         "(from Python, TranslationMemory.open() with no argument is a "
                         "memory that lives only in this process)")
    from tm.memory._sqlite import SQLiteBackend

    return SQLiteBackend(where, readonly=readonly, timeout=timeout)


class TranslationMemory:
    """Translation units in SQLite or PostgreSQL, searchable in both directions.

    Open with :meth:`open`; use as a context manager or call :meth:`close`.
    Safe to share between threads.
    """

    def __init__(self, backend: Backend, timeout: float = 10.0,
                 first: Connection | None = None) -> None:
        if isinstance(backend, str | os.PathLike):
            raise TypeError("open a memory with TranslationMemory.open(path_or_url); "
                            "the constructor takes an opened backend")
        self._backend = backend
        self._pool = Pool(backend, first)
        self.path = backend.location
        self.readonly = backend.readonly
        self.timeout = timeout
        self._vocab = Vocabulary()
        self._write_lock = threading.Lock()
        self._langs: dict[str, int] = {}

    # -- opening and closing ------------------------------------------------

    @classmethod
    def open(cls, location: str | os.PathLike[str] | None = None, *, readonly: bool = False,
             timeout: float = 10.0) -> TranslationMemory:
        """Open (or create) the memory at *location*; ``None`` keeps it in this process.

        *location* is a SQLite file path or a ``postgresql://user@host/db``
        URL (needs the ``postgres`` extra).  ``readonly=True`` never writes
        and fails if there is no memory there.  *timeout* is how long a write
        waits for another writer before giving up.  A database that is not a
        memory (another application's), a damaged or locked one, or an
        unreachable server raises :class:`StoreError`, having changed nothing.
        """
        backend = _backend(location, readonly, timeout)
        with backend.errors():
            first = backend.prepare()
        return cls(backend, timeout, first)

    @classmethod
    @contextlib.contextmanager
    def writing(cls, location: str | os.PathLike[str], *,
                timeout: float = 10.0) -> Iterator[TranslationMemory]:
        """Open *location* for a write that leaves no new memory behind if it fails.

        When no SQLite file exists at *location*, the memory is built in a
        new file beside it and put in place only when the ``with`` block
        ends without an exception (if another process created the memory
        meanwhile, what was written is added to that one).  An existing
        memory, or a PostgreSQL one, is simply opened; its writes are
        transactions.  This is what ``tm import`` uses: a failed import
        creates nothing.
        """
        where = os.fspath(location)
        refuse_conninfo(where)
        if is_postgres_url(where) or os.path.lexists(where) or where in ("", ":memory:"):
            with cls.open(where, timeout=timeout) as memory:
                yield memory
            return
        folder, name = os.path.split(os.path.abspath(where))
        remove_stale_temporaries(folder, f"{name}.", ".new")
        staging = f"{owned_temporary_prefix(where + '.')}{threading.get_ident()}.new"
        try:
            with cls.open(staging, timeout=timeout) as memory:
                memory.path = where
                yield memory
            _check_complete(staging, where)
            _publish_staged(staging, where, timeout)
        except StoreError as err:   # a full disk while building: name the memory, not the file
            raise StoreError(str(err).replace(staging, where)) from None
        finally:
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    os.unlink(staging + suffix)

    def close(self) -> None:
        """Close every connection (further calls raise StoreError)."""
        self._pool.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __len__(self) -> int:
        with self._snapshot() as conn:
            (count,), = conn.stream("SELECT count(*) FROM units")  # a scan: see stream()
            return int(count)

    def check(self) -> None:
        """Raise :class:`StoreError` if the engine finds the memory damaged (before a write)."""
        with self._pool.connection() as conn, self._backend.errors():
            self._backend.integrity(conn)

    # -- adding ---------------------------------------------------------------

    def add(self, units: Iterable[Unit], *, trusted: bool = True,
            origin: Origin | str | None = None, whole_files: bool = False,
            source_ids: Mapping[str, str] | None = None,
            untranslated: Mapping[str, Collection[tuple[str, str]]] | None = None,
            counts: dict[str, int] | None = None,
            former_ids: Mapping[str, Collection[str]] | None = None,
            on_warning: Callable[[str], None] | None = None,
            checkouts: Mapping[str, tuple[str, str]] | None = None) -> int:
        """Store *units* in one transaction; return how many were added or changed.

        A unit from the same origin file (``a.po:12`` and ``a.po:40`` are both
        ``a.po``) with the same source, context and languages replaces the
        stored one when its target or note changed, and is a no-op otherwise.
        A translation pair (source, target, context, languages) already stored
        from another file is not stored twice: the stored unit keeps its
        origin, takes the newer ``changed`` time, and passes to that other
        file if its own file later changes it; it is as trusted as the files
        that say its pair now (trusted if any of their latest imports is), so
        a file withdrawn, moved on or sent again untrusted takes its trust
        with it.  Units
        with an empty source or target are skipped.  ``trusted=False`` marks them as
        coming from a memory whose exact matches must still be reviewed; a
        ``fuzzy`` unit (a translation still to be checked, such as a
        low-confidence alignment) is always stored untrusted, so it never comes
        back as a 100 match.
        *origin* overrides each unit's ``origin``.  On any error nothing is
        stored.  A unit's inline codes (``source_markup``/``target_markup``,
        from TMX or XLIFF) are stored beside it and come back from
        :meth:`units`, :meth:`lookup` and :meth:`concordance`; markup whose text
        is no longer the unit's text is dropped, unsound markup refused
        (ParseError naming the file and line).  A unit added again with the
        same text takes its file's latest markup; one from another file
        replaces the codes only if it carries some (see tm.memory._markup).
        Consecutive units of one origin file are remembered as neighbours,
        for in-context matches (``lookup(prev=..., next=...)``).

        A file that gives one sentence (source, context, languages) several
        translations in one call keeps each: the first under its context, each
        other under the key of a made-up one (``translation 2``, ``translation
        2-2`` …, which lookups read as no context), stored with it unless the
        pair with the sentence's own context is stored already (another file
        says it: the file is then listed there; tm.memory._further).
        *source_ids* names the identity of each file (by its path as in
        ``Unit.origin.path``; ``tm import`` gives the resolved path, or
        ``--source-id`` and the path in the folder it names): a unit is keyed on
        its file's identity, so another project's file of the same name is
        another file, whose translation of a sentence neither replaces this one's
        nor withdraws it.  A file it does not name is known by its path as typed
        (as by every tm before; tm.memory._files).  A named file supersedes, for
        each sentence it sends, what a file known only by that path said.
        ``whole_files=True`` says the units are every entry of their files
        (``tm import``), and that every file *source_ids* names is one of them:
        a named file is then taken off everything of its identity it no longer
        sends (an entry dropped, or given a context: red team M-7), and a file
        known by its path only off the further translations it no longer gives
        of the sentences it sends, as
        :meth:`remove_units` takes a file off (counted).  A unit another file
        also says passes to it, as trusted as the files left.  No origin, or
        ``-`` (standard input), is never a file.  A named file that sends no unit
        at all withdraws nothing (an emptied or truncated file is no
        retraction: review R-8), and *untranslated* maps a file's path to the
        ``(source, context)`` sentences it holds untranslated: an empty msgstr
        is no withdrawal of the sentence's translation.  *counts*, if given,
        receives ``changed`` (new or changed units) and ``withdrawn`` (units
        taken off, counted in the result too).
        *former_ids* maps a named file's path to identities it was known by before
        (``tm import``: its resolved path, the identity stop 31 gave every file): the
        file takes over what they said, as if it had said it under its own identity
        (sent whole, everything of theirs it no longer sends is withdrawn; else what
        they said of the sentences it sends).  *on_warning*, if given, receives one
        line for each other file of the same relative path (review R-6: another
        checkout known otherwise, or another project) that holds, trusted, another
        translation of a sentence a named file sends (tm.memory._files.disagreements).
        *checkouts* maps a named file's path to ``(commit, resolved path)``, the
        checkout it was imported from (``tm import``: its work tree's ``HEAD``),
        remembered for its identity in the same transaction (:meth:`last_checkout`).
        """
        named = checked_ids(source_ids)
        former = former_tokens(named, former_ids)
        with self._transaction() as conn:
            writer = Writer(conn, self._vocab, trusted, whole_files=whole_files,
                            source_ids=named)
            changed = writer.run(_storable(units), origin)
            withdrawn = 0
            # (a named file that sent nothing is not in writer.files: it withdraws nothing)
            if writer.files and writer.check_db:  # what whole or named files no longer
                # say goes (nothing to look for in a memory that held no unit before)
                withdrawn = leave_unsent(conn, writer.files, writer.sent, writer.sentences,
                                         untranslated or {}, former)
                if on_warning is not None:
                    for line in disagreements(conn, writer.files):
                        on_warning(line)
            if checkouts:
                record_checkouts(conn, named or {}, checkouts)
            if counts is not None:
                counts.update(changed=changed, withdrawn=withdrawn)
            return changed + withdrawn

    def last_checkout(self, source_id: str) -> tuple[str, str] | None:
        """``(commit, resolved path)`` of the checkout the file known as *source_id* was
        last imported from (``add(checkouts=...)``), or None if no import of it said
        one (tm.cli.import_ lets another checkout replace it only when that checkout's
        ``HEAD`` descends from the commit: review R-1/R-2)."""
        with self._snapshot() as conn:
            return checkout_of(conn, source_id)

    def holds_file(self, source_id: str) -> bool:
        """Whether the file known as *source_id* says any unit of the memory."""
        with self._snapshot() as conn:
            return holds(conn, source_id)

    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[Connection]:
        """A read transaction: every read of one call sees the same committed state."""
        with self._pool.connection() as conn, self._backend.errors():
            if conn.in_transaction:  # nested in this thread's own read (one connection)
                yield conn
                return
            conn.begin_read()
            try:
                yield conn
            finally:
                conn.rollback()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """The write transaction: committed on success, rolled back on any error.

        Writers of one process queue on a lock (the vocabulary cache is
        shared); writers of several processes queue in the database.
        """
        if self.readonly:
            raise StoreError(f"{self.path}: the memory was opened read-only")
        with self._write_lock, self._pool.connection() as conn, self._backend.errors():
            if conn.in_transaction:
                raise StoreError(f"{self.path}: cannot write while reading the same memory "
                                 f"in this thread (finish the loop over units() first)")
            conn.begin_write(self.timeout)
            try:
                yield conn
                conn.commit()
            except BaseException:
                conn.rollback()
                self._vocab.clear()  # ids handed out in this transaction are void
                raise

    def remove_origin(self, origin: str) -> int:
        """Remove the translations of file *origin*; return how many units were deleted.

        A unit only that file says is deleted; one another file says too (stored
        once, :meth:`add`) stays, and passes to that file.
        """
        with self._transaction() as conn:
            return remove_file(conn, origin_file(origin))

    def remove_units(self, units: Iterable[Unit], *,
                     source_ids: Mapping[str, str] | None = None) -> int:
        """These units' files no longer say them: take each file off the unit of its
        identity (source, context, origin file and languages: what :meth:`add` keys a
        unit on), as :meth:`remove_origin` does for a whole file; return how many units
        went.  A unit another file also says passes to that file, as
        trusted as the files left saying it (review Z-22); one the file was only listed
        on keeps its owner, and the file's trust goes with it.  *source_ids* names the
        files' identities, as for :meth:`add`.
        """
        named = checked_ids(source_ids)
        keys = [unit_key(u.source, u.context, file_token(u.origin.path, named),
                         normalize_lang(u.source_lang), normalize_lang(u.target_lang))
                for u in units]
        with self._transaction() as conn:
            return leave_keys(conn, keys)

    def optimize(self) -> None:
        """Rebuild the index from the stored units: drops entries of replaced units."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM postings")
            conn.execute("DELETE FROM term_lengths")
            store.reindex(conn)
            remove_orphans(conn)
        if self._backend.location != ":memory:" and not is_postgres_url(self.path):
            with self._pool.connection() as conn, self._backend.errors():
                conn.execute("VACUUM")

    # -- reading ---------------------------------------------------------------

    def units(self) -> Iterator[Unit]:
        """Yield every stored unit, in the order they were added (one consistent snapshot).

        An untrusted unit (imported fuzzy, or with ``trusted=False``) comes out
        with ``fuzzy=True``: it is a translation someone still has to check, so
        an export marks it (TMX ``x-tm-fuzzy``, PO ``#, fuzzy``, XLIFF
        needs-review) and importing that export does not make it trusted.  A
        trusted unit comes out with ``fuzzy=False``, also one whose own file sent
        it fuzzy while a trusted file says it too (red team M-8: exported as
        fuzzy, it went into the next memory untrusted): ``fuzzy`` is the trust.
        """
        with self._snapshot() as conn:
            for row in conn.stream(f"{store.unit_select(conn, ', trusted')} ORDER BY id"):
                unit = store.unit_from_row(row[1:store.UNIT_END])
                fuzzy = not row[store.UNIT_END]
                yield unit if unit.fuzzy == fuzzy else dataclasses.replace(unit, fuzzy=fuzzy)

    def holds(self, unit: Unit) -> bool:
        """Whether the memory stores *unit*'s translation pair: its source, target, context
        and languages (``en`` and ``en-US`` count as one), from whichever file."""
        src, tgt = normalize_lang(unit.source_lang), normalize_lang(unit.target_lang)
        key = pair_key(unit.source, unit.target, unit.context, lang_key(src), lang_key(tgt))
        with self._snapshot() as conn:
            return any(True for _ in conn.execute("SELECT 1 FROM units WHERE pkey = ?", (key,)))

    def stats(self) -> dict[str, object]:
        """Counts for ``tm stats``: units, language pairs, origins, trusted, bytes on disk."""
        with self._snapshot() as conn:
            out = store.stats(conn)
            out["size"] = self._backend.size(conn)
            return out

    def languages(self) -> list[str]:
        """The languages the memory holds units in, one key each as lookups match them.

        Keys follow :func:`tm.normalize_lang`'s policy for matching: ``en`` for
        ``en``, ``en-US`` and ``en-GB``; ``zh`` for Simplified Chinese;
        ``zh-Hant`` for Traditional.  Sorted.  Cheap at any size (read from the
        memory's small table of language classes, not from its units), which is
        why ``tm serve`` can answer Weblate's language list from it; a language
        whose units were all removed may still be listed.
        """
        with self._snapshot() as conn:
            return sorted(store.lang_ids(conn))

    def lookup(self, query: str, *, source_lang: str | None = None,
               target_lang: str | None = None, min_score: float = 70, limit: int = 5,
               context: str = "", prev: str = "", next: str = "",
               strict_regions: bool = False) -> list[Match]:
        """Return up to *limit* matches scoring ``>= min_score`` for *query*, best first.

        The query is in *source_lang*; a language not given is guessed from the
        query as ``tm lookup`` and the JSON API guess it
        (:func:`tm.text.query_languages`): Chinese text asks ``zh-CN`` -> ``en``
        (``zh-TW`` when written in Traditional characters),
        other text ``en`` -> ``zh-CN`` (a Chinese query with the defaults found
        nothing, silently).  Units stored the other way round
        (``zh-CN -> en`` for an ``en -> zh-CN`` query) are found too, and come
        back with source and target swapped so ``match.unit.target`` is always
        the translation.  An exact match (100) whose ``context`` equals
        *context*, or whose neighbours equal *prev*/*next*, is ``in_context``
        and ranks first.  Exact matches of untrusted units score 99.  When
        trusted exact matches translate the query differently and none is in
        context, each names the others in ``alternatives`` and is not ``final``
        (tm.memory._rivals).
        """
        if limit <= 0:
            return []
        if not 0 <= min_score <= 100:
            raise UsageError(f"min_score must be in 0..100, got {min_score}")
        source_lang, target_lang = query_languages(query, source_lang, target_lang)
        with self._snapshot() as conn:
            q_cls = self._lang_id(conn, source_lang)
            o_cls = self._lang_id(conn, target_lang)
            if q_cls is None or o_cls is None or not query.strip():
                return []
            asked = Query(query, source_lang, target_lang, min_score, limit, context, prev,
                          next, strict_regions)
            return with_rivals(
                run_lookup(conn, asked, (q_cls, o_cls)), limit,
                lambda n: run_lookup(conn, dataclasses.replace(asked, min_score=100, limit=n),
                                     (q_cls, o_cls)))

    def _lang_id(self, conn: Connection, lang: str) -> int | None:
        """The id of *lang*'s class (cached; reloaded when another client added a language)."""
        key = lang_key(lang)
        if key not in self._langs:
            self._langs = store.lang_ids(conn)
        return self._langs.get(key)

    def concordance(self, phrase: str, *, limit: int = 50) -> list[ConcordanceHit]:
        """Return units whose source or target contains *phrase* (case-insensitive).

        English matches whole words (``Inno Way`` does not match ``Inno Wayne``),
        the last word also in its plural and possessive forms (``Inno Way's``,
        ``maker teams``, ``boxes``); Chinese matches any substring.  Hits come
        in the order units were added; when more than *limit* units match,
        those with the shortest texts are chosen (the easiest examples to read,
        and the quickest to find).
        """
        with self._snapshot() as conn:
            return [ConcordanceHit(unit, side, spans)
                    for unit, side, spans in concordance(conn, phrase, limit)]


def _check_complete(staging: str, where: str) -> None:
    """StoreError unless the closed memory *staging* holds everything written to it.

    SQLite commits into a write-ahead log and copies it into the file when the
    last connection closes; a copy that fails (a full disk) leaves the log
    beside the file, silently.  The file alone is then a damaged memory, and the
    log is one of the staging files removed: such a memory is never published.
    """
    with contextlib.suppress(FileNotFoundError):
        if os.path.getsize(staging + "-wal"):
            raise StoreError(f"{where}: the memory could not be completed (its log could not "
                             "be copied into the file: is the disk full?); nothing written")


def _publish_staged(staging: str, where: str, timeout: float) -> None:
    """Link the finished memory *staging* to *where*; if one appeared there, add to it."""
    try:
        os.link(staging, where)
        return
    except FileExistsError:
        pass
    except OSError:  # no hard links on this file system
        if not os.path.exists(where):
            os.rename(staging, where)
            return
    with TranslationMemory.open(staging, readonly=True) as done, \
            TranslationMemory.open(where, timeout=timeout) as target, done._snapshot() as conn:
        named = named_paths(conn)  # and under its own identity
        for trusted in (True, False):  # each file's saying with its own trust (review Z-6)
            target.add(replayed(conn, trusted), trusted=trusted, source_ids=named)


#: The text fields of a unit that every export format must be able to carry (and origin).
_TEXT_FIELDS = ("source", "target", "context", "note", "source_lang", "target_lang", "created",
                "changed")

_text_fields = operator.attrgetter(*_TEXT_FIELDS)


def _storable(units: Iterable[Unit]) -> Iterator[Unit]:
    """*units*, or ParseError (naming the unit's file and line) at the first one no export holds.

    A control character such as U+0001 or ESC, or a lone surrogate, once stored,
    made every TMX and XLIFF export of the whole memory fail, crashed the PO
    export (NUL), and reached translators' terminals raw (ESC sequences).
    """
    for unit in require_units(units, "add"):
        if unit.origin and one_line(unit.origin.path) != unit.origin.path:
            # A file name with undecodable bytes (or a line break): stored readable.
            unit = dataclasses.replace(
                unit, origin=Origin(one_line(unit.origin.path), unit.origin.line))
        try:  # one search for all the fields (join refuses a field that is no text)
            sound = non_xml_char("\n".join((*_text_fields(unit), unit.origin.path))) is None
        except TypeError:
            sound = False
        if not sound:
            _refuse_unexportable(unit)
        if unit.source_markup or unit.target_markup:
            unit = _sound_markup(unit)
        yield unit


def _refuse_unexportable(unit: Unit) -> None:
    """ParseError naming the first field of *unit* that holds a character no export holds."""
    for name in (*_TEXT_FIELDS, "origin"):
        value = getattr(unit, name)
        value = value.path if name == "origin" else value
        bad = non_xml_char(value) if isinstance(value, str) else None
        if bad is not None:
            raise _refused(unit, f"the {name} {value[:40]!r} holds U+{ord(bad):04X}, which "
                                 "TMX and XLIFF cannot carry (the memory could no longer be "
                                 "exported); remove it")


def _refused(unit: Unit, why: str) -> ParseError:
    """The error that refuses *unit*, naming its file and line."""
    return ParseError(unit.origin.path if unit.origin else "unit",
                      unit.origin.line if unit.origin else 0, why)


def _sound_markup(unit: Unit) -> Unit:
    """*unit* with markup that is sound and still its text's; ParseError for unsound markup.

    Markup is checked as the text is (tm._shared.markup: control characters,
    well-formed TMX inline content), so a hostile file or caller can store
    nothing an export would then write invalid or choke on.  Markup whose
    text differs from the unit's (the text was edited after reading) is
    stale, not hostile: it is dropped, as the TMX writer would ignore it.
    """
    source = _side_markup(unit, "source", unit.source, unit.source_markup)
    target = _side_markup(unit, "target", unit.target, unit.target_markup)
    if (source, target) == (unit.source_markup, unit.target_markup):
        return unit
    return dataclasses.replace(unit, source_markup=source, target_markup=target)


def _side_markup(unit: Unit, side: str, text: str, markup: object) -> str:
    """The markup of one side to store ("" if stale); ParseError when unsound."""
    if not markup:
        return ""
    if not isinstance(markup, str):
        raise _refused(unit, f"the {side} markup is a {type(markup).__name__}, not text")
    try:
        plain = read_markup(markup)
    except MarkupError as exc:
        raise _refused(unit, f"the {side} markup {markup[:40]!r} {exc}; not TMX inline "
                             "markup, refused") from None
    return markup if plain == text else ""


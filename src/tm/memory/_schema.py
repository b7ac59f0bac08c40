"""The tables of a memory, for SQLite and PostgreSQL, and how a memory proves it is one (private).

The layout (units, vocabulary, postings keyed by term and text length, term
length histograms) is described in :mod:`tm.memory._index`.  Both engines get
the same tables and columns; only the type names differ (``BLOB`` and
``BYTEA``, 64-bit integers).  ``meta`` holds ``application = tm`` (what
makes a database ours), the schema version and ``next_id``, the id of the
next unit (ids are never reused, so stale postings of a removed unit can
never point at a newer one), and a row ``checkout`` + identity per named file
imported from a git checkout (tm.memory._files.CHECKOUT: the commit and path of its
last import; a row, so no schema change).  ``shapes = 1`` says the length histograms also
count every text's punctuation and case (:mod:`tm.memory._shapes`) since the
memory was created or last rebuilt; schema 5 added it, so a tm that does not
write those counts refuses the memory rather than leave them incomplete.  A
schema 4 memory is read and written as it is (without ``shapes``, so its
lookups do not use them) until ``optimize()`` rebuilds its index.

Schema 6 added ``markup``, a side table holding the inline codes
(tm._shared.markup) of the units that carry any, keyed by unit id; the
units table and the writer's hot path are as in schema 5.  A memory of
schema 4 or 5 is upgraded to 6 in place, in one transaction, the first time
it is opened for writing (the table is created, nothing else moves); opened
read-only it is read as it is, its units without markup.

Schema 7 added ``listed``, a side table indexing the ``also`` lists of
``units``: one row per entry, keyed by the ``ukey`` the listed file's unit
had when the writer listed it (so it is found by the key a later unit of that
file brings), with the unit that lists it (indexed: every listing of a unit
is found when the unit passes to another file or goes), the origin as the
list holds it and whether that file's import was trusted (a unit that passes
to the file is as trusted as the files that still say it).  A file's key is
in one place: a unit's ``ukey`` (the file owns the unit) or one row of
``listed`` (tm.memory._listed).  A memory of
schema 4, 5 or 6 is upgraded in place, in one transaction, the first
time it is opened for writing: the table is filled from the ``also`` lists
(:func:`tm.memory._listed.fill`); opened read-only it is read as it is (no
read uses the table).  Schema 8 is schema 7 with the ``trusted`` column of
``listed`` (review Y-21: main wrote schema 7 without it for half an hour);
a schema 7 memory gets it the same way, each listing with its unit's trust.

Schema 9 adds ``owner_trusted`` to ``units``: whether the import of the file
that owns the unit was trusted, beside ``trusted``, the unit's own trust
(trusted if the owner or any file it lists is).  Without it a unit could not
be brought back to what the files still saying it give when a trusted
listed file leaves it (review Y-19: an untrusted vendor memory's unit kept
the trust of a reviewed catalog after the catalog was withdrawn, and came
back as a trusted 100 match).  No older schema recorded an owner's trust:
the upgrade adds the column in place by ``ALTER TABLE`` (nullable, without
a ``DEFAULT``, which tm.memory._schema_guard refuses), NULL where the unit's
trust is its owner's (:data:`OWNER_TRUSTED`: no trusted file lists it), and
0 on a trusted unit that a trusted file lists (review Z-2: it may owe its
trust to that file alone; the safe side is a 99 when the file leaves, and
the owner's next import records its real trust).  Only those rows are
rewritten.

On SQLite the two unique keys of ``units`` are named indexes
(:data:`UNIQUE_INDEXES`), not ``UNIQUE`` column constraints, so that an import
into an empty memory can build them once at its end (tm.memory._deferred); the
tables and what they enforce are the same, so the schema version did not
change.  A memory made before keeps its constraints (every tm reads and
writes both); the first import into it while it holds no unit, if it goes
on past its first batch, moves its empty ``units`` table to the named
indexes, in that import's transaction.

A memory of schema 3 (before postings were clustered by key and ``meta``
knew the application) is upgraded in place, in one transaction, the first
time it is opened for writing.
"""

from __future__ import annotations

import functools
import re

from tm.errors import StoreError

__all__ = ["APPLICATION", "BEFORE_LISTED", "BEFORE_MARKUP", "OLDER", "OWNER_TRUSTED",
           "SCHEMA_VERSION", "TABLES", "UNIQUE_INDEXES", "UNITS_FILE_INDEX", "classify",
           "column_types", "initial_meta", "schema_sql", "unique_index_sql", "units_table_sql",
           "upgrade_sql"]

SCHEMA_VERSION = "10"
#: Older schemas without the markup table: upgraded on a write, read as they are.
BEFORE_MARKUP = ("4", "5")
#: Older schemas without the listed table (so also without markup before 6): likewise.
BEFORE_LISTED = (*BEFORE_MARKUP, "6")
#: Older schemas that are upgraded on a write and read as they are: schema 7's ``listed``
#: had no ``trusted`` column (main wrote it from 15:09 to 15:41 UTC on 2026-12-07, no release),
#: schema 8's ``units`` no ``owner_trusted``, schema 9 no ``files`` table.
OLDER = (*BEFORE_LISTED, "7", "8", "9")
APPLICATION = "tm"
#: Every table of a memory (checked on open, measured by ``stats()``).
TABLES = ("meta", "langs", "vocab", "units", "postings", "term_lengths", "markup", "listed",
          "files")

_TEMPLATE = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE langs(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
CREATE TABLE vocab(id {int64} PRIMARY KEY, token TEXT NOT NULL UNIQUE);
CREATE TABLE units(
    id {int64} PRIMARY KEY,
    ukey {blob} NOT NULL{unique}, pkey {blob} NOT NULL{unique},
    source TEXT NOT NULL, target TEXT NOT NULL,
    context TEXT NOT NULL, origin TEXT NOT NULL, note TEXT NOT NULL,
    source_lang TEXT NOT NULL, target_lang TEXT NOT NULL,
    created TEXT NOT NULL, changed TEXT NOT NULL,
    fuzzy INTEGER NOT NULL, trusted INTEGER NOT NULL,
    prev_hash {int64} NOT NULL, next_hash {int64} NOT NULL,
    src_cls INTEGER NOT NULL, tgt_cls INTEGER NOT NULL,
    src_toks {blob} NOT NULL, tgt_toks {blob} NOT NULL,
    also TEXT NOT NULL, owner_trusted INTEGER, file {int64});
CREATE TABLE postings(
    key {int64} NOT NULL, seq {int64} NOT NULL, n INTEGER NOT NULL, ids {blob} NOT NULL,
    PRIMARY KEY (key, seq)){clustered};
CREATE TABLE term_lengths(term {int64} PRIMARY KEY, counts {blob} NOT NULL);
{markup};
{listed};
{files};
"""
#: Schema 6: the inline codes of the units that carry any (tm.memory._markup).
_MARKUP = ("CREATE TABLE markup(unit {int64} PRIMARY KEY, source_markup TEXT NOT NULL, "
           "target_markup TEXT NOT NULL)")

#: Schema 7: which unit lists a file's key in its ``also`` (tm.memory._listed).
_LISTED = ("CREATE TABLE listed(ukey {blob} PRIMARY KEY, unit {int64} NOT NULL, "
           "origin TEXT NOT NULL, trusted INTEGER NOT NULL, file {int64}){clustered};\n"
           "CREATE INDEX listed_unit ON listed(unit)")

#: Schema 10: each file's identity (tm.memory._files), and the file of each unit and listing.
#: The index of ``units`` by file (made again with the table: tm.memory._deferred).
UNITS_FILE_INDEX = "CREATE INDEX units_file ON units(file)"
_FILES = ("CREATE TABLE files(id {int64} PRIMARY KEY, key TEXT NOT NULL UNIQUE);\n"
          f"{UNITS_FILE_INDEX};\n"
          "CREATE INDEX listed_file ON listed(file)")

_TYPES = {
    "sqlite": {"int64": "INTEGER", "blob": "BLOB", "clustered": " WITHOUT ROWID", "unique": ""},
    "postgresql": {"int64": "BIGINT", "blob": "BYTEA", "clustered": "", "unique": " UNIQUE"},
}
#: SQLite: the unique indexes of ``units`` by name (index, column), so that an import
#: into an empty memory can drop them and build them once at its end
#: (tm.memory._deferred).  An inline ``UNIQUE`` makes an index SQLite cannot drop.
UNIQUE_INDEXES = (("units_ukey", "ukey"), ("units_pkey", "pkey"))


def schema_sql(dialect: str) -> list[str]:
    """The ``CREATE TABLE`` (and SQLite's ``CREATE UNIQUE INDEX``) statements of a new
    memory, one per list item."""
    types = _TYPES[dialect]
    text = _TEMPLATE.format(markup=_MARKUP.format(**types), listed=_LISTED.format(**types),
                            files=_FILES.format(**types), **types)
    statements = [stmt.strip() for stmt in text.split(";") if stmt.strip()]
    return statements + unique_index_sql() if dialect == "sqlite" else statements


def unique_index_sql() -> list[str]:
    """SQLite: the statements that build the unique indexes of ``units``."""
    return [f"CREATE UNIQUE INDEX {name} ON units({column})" for name, column in UNIQUE_INDEXES]


#: One column of a ``CREATE TABLE``: its name and type (table constraints do not match).
_COLUMN = re.compile(r"^\s*(?!PRIMARY\b|UNIQUE\b)(\w+) ([A-Z]+)", re.MULTILINE)


@functools.lru_cache(maxsize=4)
def column_types(dialect: str) -> dict[str, dict[str, str]]:
    """``{table: {column: type name}}`` of every table of a new memory, read from its
    ``CREATE TABLE`` statements (PostgreSQL's binary ``COPY`` names each column's type).

    Schemas 4 and 5 have the same columns, only fewer tables.
    """
    types: dict[str, dict[str, str]] = {}
    for statement in schema_sql(dialect):
        head, _, body = statement.partition("(")
        if head.startswith("CREATE TABLE "):
            columns = body.replace(",", "\n")  # one column (or constraint part) a line
            types[head.split()[2]] = {name: kind.lower() for name, kind in
                                      _COLUMN.findall(columns)}
    return types


#: The trust of a unit's owning file, as a query reads it: NULL (a memory upgraded from
#: schema 8 or older, which did not record it) is the unit's own trust.
OWNER_TRUSTED = "coalesce(units.owner_trusted, units.trusted)"


def units_table_sql(dialect: str) -> str:
    """The ``CREATE TABLE units`` statement of a new memory."""
    return next(s for s in schema_sql(dialect) if s.startswith("CREATE TABLE units("))


def initial_meta(next_id: int = 1, *, new: bool = True) -> list[tuple[str, str]]:
    """The ``meta`` rows of a *new* (or else upgraded, whose index lacks the shapes) memory."""
    rows = [("application", APPLICATION), ("schema", SCHEMA_VERSION), ("next_id", str(next_id))]
    return [*rows, ("shapes", "1")] if new else rows


def upgrade_sql(dialect: str, version: str) -> list[str]:
    """Schema 4 to 9 -> 10: the statements that add the tables it lacks (one transaction;
    the caller then fills a new ``listed``, tm.memory._listed.fill, and ``files``,
    tm.memory._files.fill) or, from schema 7, that make ``listed`` again with each
    listing's trust (its unit's: schema 7 kept none); that add ``units.owner_trusted``
    (NULL: :data:`OWNER_TRUSTED`) before schema 9, the ``file`` columns before schema 10,
    and set the version."""
    types = _TYPES[dialect]
    tables = [_MARKUP.format(**types)] if version in BEFORE_MARKUP else []
    listed = [s.strip() for s in _LISTED.format(**types).split(";")]
    if version in BEFORE_LISTED:
        tables += listed
    elif version == "7":
        tables += [listed[0].replace("CREATE TABLE listed(", "CREATE TABLE listed_v8(", 1),
                   "INSERT INTO listed_v8(ukey, unit, origin, trusted) SELECT listed.ukey, "
                   "listed.unit, listed.origin, coalesce(units.trusted, 0) FROM listed "
                   "LEFT JOIN units ON units.id = listed.unit",
                   "DROP TABLE listed", "ALTER TABLE listed_v8 RENAME TO listed", listed[1]]
    else:  # schema 8 and 9: listed as it is, without the file column
        tables.append(f"ALTER TABLE listed ADD COLUMN file {types['int64']}")
    if version != "9":
        tables.append("ALTER TABLE units ADD COLUMN owner_trusted INTEGER")
    return [*tables, f"ALTER TABLE units ADD COLUMN file {types['int64']}",
            *(s.strip() for s in _FILES.format(**types).split(";")),
            f"UPDATE meta SET value = '{SCHEMA_VERSION}' WHERE key = 'schema'"]


#: Schema 3 -> 4 on SQLite: postings clustered by (key, seq), meta rows added.
UPGRADE_3_SQLITE = [
    "CREATE TABLE postings_v4(key INTEGER NOT NULL, seq INTEGER NOT NULL, n INTEGER NOT NULL,"
    " ids BLOB NOT NULL, PRIMARY KEY (key, seq)) WITHOUT ROWID",
    "INSERT INTO postings_v4 SELECT key, rowid, n, ids FROM postings",
    "DROP TABLE postings",
    "ALTER TABLE postings_v4 RENAME TO postings",
]


def classify(location: str, tables: set[str], meta: dict[str, str] | None) -> str:
    """What a database holds: ``"new"`` (nothing), ``"current"``, ``"older"`` (schema 4
    to 9: add what it lacks to write, read as it is), ``"upgrade"`` (schema 3).

    Anything else raises :class:`StoreError`: a database of another
    application (tables, but no ``meta`` of ours) is never written to.
    """
    if not tables:
        return "new"
    if meta is None or "units" not in tables:
        return _refuse(location, "not a tm translation memory (it holds other tables)")
    version = meta.get("schema")
    if meta.get("application", APPLICATION) != APPLICATION:
        return _refuse(location, f"not a tm translation memory (application "
                                 f"{meta.get('application')!r})")
    if (version == SCHEMA_VERSION or version in OLDER) \
            and meta.get("application") == APPLICATION:
        later = _later_tables(str(version))
        missing = [t for t in TABLES if t not in tables and t not in later]
        if missing:
            return _refuse(location, f"damaged translation memory (no {missing[0]} table)")
        extra = [t for t in later if t in tables]
        if extra:  # the upgrade makes it in the same transaction
            return _refuse(location, f"damaged translation memory (schema {version} with a "
                                     f"{extra[0]} table that no tm of that schema creates)")
        return "current" if version == SCHEMA_VERSION else "older"
    if version == "3":
        return "upgrade"
    return _refuse(location, f"memory schema {version or 'none'} is not supported "
                             f"(expected {SCHEMA_VERSION})")


def _later_tables(version: str) -> list[str]:
    """The tables a memory of schema *version* (4 to 10) does not have yet."""
    later = ["markup"] if version in BEFORE_MARKUP else []
    later += ["listed"] if version in BEFORE_LISTED else []
    return later if version == SCHEMA_VERSION else [*later, "files"]


def _refuse(location: str, why: str) -> str:
    raise StoreError(f"{location}: {why}")

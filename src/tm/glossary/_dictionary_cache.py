"""Tables read from CC-CEDICT, built once and cached on disk as checked JSON.

Parsing the whole dictionary costs about 2 CPU seconds, so every reader of it
(the term checks' senses, the aligner's stem index and pinyin readings) builds
its tables once and keeps them in the user cache folder
(``platformdirs.user_cache_dir("tm")``: ``$XDG_CACHE_HOME/tm`` or
``~/.cache/tm`` on Linux).  This module alone owns how:

- a cache file is named for its reader, the reader's table version and the
  dictionary's *content*, so every installation of the same CC-CEDICT shares
  one file and a new dictionary or a new table layout never reads an old one;
- it holds data, never code: JSON of strings, checked for shape on load (a
  pickle there would run whatever anyone able to write the folder put in it);
  a damaged or foreign file is ignored and rebuilt;
- each table is stored as columns (:func:`_columns`): its keys as one string,
  its values as another, so loading a table is a few C-level splits rather than
  a Python step per key (a JSON object of 115,000 joined values took about
  0.19 CPU s to load, the columns about 0.13; every process that aligns or
  checks terms loads two tables);
- it is written atomically, and a folder that cannot be written only costs
  speed on the next run.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable, Iterable
from operator import methodcaller
from pathlib import Path

import platformdirs

from tm._shared.files import atomic_writer
from tm.errors import TMError

__all__ = ["DictionaryTables", "cached_dictionary_tables"]

#: Named tables read from the dictionary: ``{table name: {key: strings}}``.
DictionaryTables = dict[str, dict[str, tuple[str, ...]]]

#: The layout of the cache files themselves (part of their name).  3: one table is
#: ``[key count, keys, values]`` (:func:`_columns`); 2 was ``{key: joined values}``.
_CACHE_LAYOUT = "3"

#: Joins a key's strings in a cache file; no gloss, stem or reading holds it.
_JOIN = "\t"

#: Joins a table's keys, and its keys' joined values, in a cache file: the dictionary is
#: read line by line, so no key or string read from it holds a line break.
_ROW = "\n"

#: Splits one key's joined values.
_split_values = methodcaller("split", _JOIN)


def cached_dictionary_tables(
        name: str, version: str, source: Path | None,
        build: Callable[[Iterable[str]], DictionaryTables]) -> DictionaryTables:
    """The tables *build* makes from the lines of the CC-CEDICT file *source*, cached.

    *name* and *version* name the reader's tables (bump *version* whenever
    *build* would give other tables).  Returns ``{}`` when *source* is None
    (the ``dict`` extra is absent) or cannot be read: callers work without
    the dictionary then.
    """
    if source is None:
        return {}
    try:
        cache = _cache_file(name, version, source)
    except OSError:                                   # a damaged install: no dictionary
        return {}
    cached = _read(cache, version)
    if cached is not None:
        return cached
    try:
        with gzip.open(source, "rt", encoding="utf-8") as lines:
            tables = build(lines)
    except (OSError, EOFError, UnicodeDecodeError):   # a damaged install: no dictionary
        return {}
    _write(cache, name, version, tables)
    return tables


def _cache_file(name: str, version: str, source: Path) -> Path:
    """Where *name*'s tables for the dictionary *source* are cached (keyed by its bytes)."""
    base = Path(platformdirs.user_cache_dir("tm", appauthor=False))
    digest = hashlib.blake2b(source.read_bytes(), digest_size=8)
    digest.update(f"{_CACHE_LAYOUT}.{version}".encode())
    return base / f"{name}-{digest.hexdigest()}.json"


def _read(cache: Path, version: str) -> DictionaryTables | None:
    try:
        return _decode(cache.read_text(encoding="utf-8"), version)
    except (OSError, UnicodeDecodeError):
        return None


def _decode(text: str, version: str) -> DictionaryTables | None:
    """The tables held in a cache file's *text*, or None when it is not one of ours."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("version") != version:
        return None
    tables = data.get("tables")
    if not isinstance(tables, dict):
        return None
    decoded: DictionaryTables = {}
    for table_name, columns in tables.items():
        table = _table(columns)
        if table is None:
            return None
        decoded[table_name] = table
    return decoded


def _encode(version: str, tables: DictionaryTables) -> str | None:
    """A cache file's text holding *tables*, or None when one cannot be held exactly."""
    encoded = {table_name: _columns(table) for table_name, table in tables.items()}
    if any(columns is None for columns in encoded.values()):
        return None
    return json.dumps({"version": version, "tables": encoded},
                      ensure_ascii=False, separators=(",", ":"))


def _columns(table: dict[str, tuple[str, ...]]) -> list[object] | None:
    """*table* as ``[key count, keys, values]``: the keys joined by :data:`_ROW`, each key's
    strings joined by :data:`_JOIN` and those joined by :data:`_ROW` in the same order.

    None when the columns could not give *table* back: a key or a string holding
    a separator, or a key's only string empty (written as an empty tuple is).
    No table read from CC-CEDICT has one (see :data:`_ROW`); such a table is not
    cached.
    """
    keys = _ROW.join(table)
    values = _ROW.join(_JOIN.join(strings) for strings in table.values())
    if (keys.count(_ROW) != max(len(table) - 1, 0)
            or values.count(_ROW) != max(len(table) - 1, 0)
            or ("",) in table.values()
            or any(_JOIN in string for strings in table.values() for string in strings)):
        return None
    return [len(table), keys, values]


def _table(columns: object) -> dict[str, tuple[str, ...]] | None:
    """The table :func:`_columns` wrote, or None when *columns* is not such a table.

    An empty value line is an empty tuple, as it was written; the splits run in
    C unless a table has one (none read from CC-CEDICT has).
    """
    if not (isinstance(columns, list) and len(columns) == 3
            and type(columns[0]) is int and isinstance(columns[1], str)
            and isinstance(columns[2], str)):
        return None
    count, joined_keys, joined_values = columns
    if count == 0:
        return {} if joined_keys == joined_values == "" else None
    keys, values = joined_keys.split(_ROW), joined_values.split(_ROW)
    if not count == len(keys) == len(values):
        return None
    if "" in values:
        table = {key: tuple(value.split(_JOIN)) if value else ()
                 for key, value in zip(keys, values, strict=True)}
    else:
        table = dict(zip(keys, map(tuple, map(_split_values, values)), strict=True))
    return table if len(table) == count else None


def _write(cache: Path, name: str, version: str, tables: DictionaryTables) -> None:
    """Store *tables* atomically and drop the pickles of old releases; failures cost only speed.

    Tables the columns cannot hold exactly (:func:`_columns`) are not stored.
    """
    text = _encode(version, tables)
    if text is None:
        return
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with atomic_writer(cache) as out:
            out.write(text)
        for stale in cache.parent.glob(f"{name}-*.pickle"):
            stale.unlink(missing_ok=True)
    except (OSError, TMError):
        pass

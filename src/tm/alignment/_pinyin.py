"""Transliteration evidence: a Latin-script name and the Chinese characters it spells.

No dictionary lists every person, village or company, but a translator
writes 陈清扬 as "Chen Qingyang".  :func:`name_keys` splits the capitalized
names of an English sentence into pinyin syllables and returns keys for each
pair of neighbouring syllables (``$chen_qing``, ``$qing_yang``);
:func:`han_pair_keys` returns the same kind of key for every pair of
neighbouring Han characters of a Chinese sentence, under every reading of each
character.  A shared key is evidence that the two sentences name the same
thing.

The readings come from pypinyin (the ``dict`` extra), which knows every
reading of 41,000 characters (单 reads dān, chán and shàn — the surname is
Shan), merged with the readings CC-CEDICT lists; with neither installed there
are no keys and names count only through Latin tokens.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from tm.alignment import _lexicon as lexicon

__all__ = ["han_pair_keys", "name_keys", "readings"]

_NAME_RUN = re.compile(r"[A-Z][a-z]+(?:['-][a-z]+)*(?:\s+[A-Z][a-z]+(?:['-][a-z]+)*)*")
_PINYIN = re.compile(r"(?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?[aeiouv][a-z]*")
_MAX_READINGS = 4     # readings kept per character (the pairs of a run grow with its square)


@lru_cache(maxsize=4096)   # 41,000 characters spell about 1,500 distinct syllables
def _toneless(syllable: str) -> str:
    """``lǜ`` -> ``lv``, ``Zhāng`` -> ``zhang``."""
    plain = unicodedata.normalize("NFD", syllable.lower().replace("ü", "v"))
    return "".join(ch for ch in plain if "a" <= ch <= "z")


def _pypinyin_characters() -> dict[int, str]:
    """pypinyin's ``{code point: "reading,reading"}`` table of single characters ({} without it).

    ``import pypinyin`` also loads its 2.5 MB table of phrases, which tm never
    uses, and copies both tables: about half the aligner's start-up.  The
    character table is the package's ``pinyin_dict.json``, read here as
    pypinyin reads it, without importing the package; a process that has
    imported pypinyin already gets its live table, and a pypinyin without
    that file is imported as before.
    """
    loaded = sys.modules.get("pypinyin.constants")
    spec = None if loaded else importlib.util.find_spec("pypinyin")
    if spec is not None and spec.origin:
        source = Path(spec.origin).with_name("pinyin_dict.json")
        if source.is_file():
            return {int(code): spelled
                    for code, spelled in json.loads(source.read_text(encoding="utf-8")).items()}
    try:
        from pypinyin.constants import PINYIN_DICT
    except ImportError:
        return {}
    return dict(PINYIN_DICT)


@lru_cache(maxsize=1)
def readings() -> dict[str, tuple[str, ...]]:
    """``{character: toneless readings}`` from pypinyin and CC-CEDICT (either may be absent)."""
    table: dict[str, list[str]] = {}
    for code, spelled in _pypinyin_characters().items():
        found: list[str] = []
        for syllable in str(spelled).split(","):
            plain = _toneless(syllable)
            if plain and plain not in found:
                found.append(plain)
        table[chr(code)] = found
    for char, listed in lexicon.readings().items():
        known = table.setdefault(char, [])
        known.extend(s for s in listed if s not in known)
    return {char: tuple(found[:_MAX_READINGS]) for char, found in table.items() if found}


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    return frozenset(s for found in readings().values() for s in found
                     if _PINYIN.fullmatch(s) and (len(s) > 1 or s in "aeo"))


@lru_cache(maxsize=65536)
def _split_pinyin(word: str) -> tuple[str, ...] | None:
    """Split a lowercase word into pinyin syllables (longest first), or None."""
    if not word:
        return ()
    for size in range(min(6, len(word)), 0, -1):
        head = word[:size]
        if head in _syllables():
            rest = _split_pinyin(word[size:])
            if rest is not None:
                return (head, *rest)
    return None


def name_keys(text: str) -> list[str]:
    """Pinyin syllable pairs of the capitalized names of an English sentence.

    ``Chen Qingyang`` -> ``$chen_qing``, ``$qing_yang``: the keys
    :func:`han_pair_keys` gives the characters 陈清扬, so a transliterated name
    counts as evidence although no dictionary lists it.
    """
    keys: list[str] = []
    for run in _NAME_RUN.findall(text):
        syllables: list[str] = []
        for word in re.split(r"[\s'-]+", run.lower()):
            split = None if word in lexicon.STOP else _split_pinyin(word)
            if split is None:
                syllables = []
                break
            syllables.extend(split)
        keys.extend(f"${a}_{b}" for a, b in pairwise(syllables))
    return keys


def han_pair_keys(text: str) -> set[str]:
    """Pinyin pairs of neighbouring Han characters (every reading), for :func:`name_keys`."""
    table = readings()
    keys: set[str] = set()
    for run in lexicon.HAN_RUN.findall(text):
        for first, second in pairwise(run):
            for a in table.get(first, ()):
                for b in table.get(second, ()):
                    keys.add(f"${a}_{b}")
    return keys

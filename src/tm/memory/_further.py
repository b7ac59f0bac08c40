"""A file that translates one sentence in several ways keeps each translation (private).

The memory keeps one unit per *file key*: source, context, origin file and
languages (tm.memory._writer), so that a re-import of an edited file replaces
the translation it changed.  A file may still translate one sentence twice,
and rightly: an OmegaT project memory holds a default and an alternative
translation, a memoQ or Trados TMX the same sentence from two documents, a CSV
glossary ``Bank`` -> 银行 and ``Bank`` -> 河岸, tm's own export of a memory two
files fed both of theirs.  Within one :meth:`tm.TranslationMemory.add` call
(``tm import``, the server, a script) the last translation replaced the
others, lost without a word (red team M-2), and was served as the only,
final, 100 % match.

Now every ``add`` keeps the *n*-th different translation a file gives a
sentence in the call under the file key of the sentence's *n*-th
translation: the first under its own context, the second under
:func:`tm.formats.further_translation_context` (``translation 2``, then
``translation 2-2`` …; ``menu-2`` for a sentence in context ``menu``), the
made-up context a PO export gives such an entry, which a lookup reads as no
context (the translations are rivals, as two files' are).  So a re-import
finds each translation where it was: an edit replaces only its own.

A further translation whose pair *with the sentence's own context* the memory
holds already (another file says it: a memory's own export read back, trial
R3-12) is not stored again: that unit lists the file under the further
translation's key, as it lists any file that says its pair.  Nothing grows,
and nothing is lost: before, such a translation went in under the sentence's
own key and took it from the file's first translation, which was deleted
when no other file owned it (seen on 28015ad2's ``tm import``).

A call that sends whole files (``whole_files=True``: ``tm import``) also
withdraws the further translations of a sentence the file now gives in fewer
ways (:func:`withdraw_stale`, review Z-14).  A sentence the call does not
send keeps its units, as any unit of a file the file no longer has.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from functools import cache

from tm.memory._backend import IN_LIST_VALUES, Connection
from tm.memory._listed import leave_keys
from tm.memory._prepare import unit_key
from tm.model import Unit

__all__ = ["FurtherTranslations", "withdraw_stale"]

#: A sentence as a file key names it: source, context, origin file, normalized languages.
Sentence = tuple[str, str, str, str, str]


@cache
def _spelling() -> tuple[Callable[[str, int], str], re.Pattern[str]]:
    """The made-up contexts' owner (the PO export writes them as msgctxt):
    tm.formats.further_translation_context and the pattern of what it makes.

    Imported on first use, as tm.memory._contexts does: tm.formats (every file
    format) is not needed to open a memory, and weighs on ``tm lookup``'s start.
    """
    from tm.formats import FURTHER_TRANSLATION, further_translation_context

    return further_translation_context, FURTHER_TRANSLATION


def nth_key(sentence: Sentence, nth: int) -> bytes:
    """The file key of the *nth* (1, 2, …) different translation of *sentence* in its file."""
    source, context, file, src, tgt = sentence
    if nth > 1:
        context = _spelling()[0](context, nth)
    return unit_key(source, context, file, src, tgt)


class FurtherTranslations:
    """The translations the units of one ``add`` call give each sentence, told apart.

    Per sentence, a hash of each different target (the first one's hash, then a
    list when there are more); with *whole_files*, also the sentence itself (for
    :func:`withdraw_stale`).  A told-apart unit remembers its sentence's own
    context until the writer takes it (:meth:`own_context`).
    """

    def __init__(self, whole_files: bool = False) -> None:
        self.first: dict[int, int] = {}          # sentence -> hash of its first target
        self.others: dict[int, list[int]] = {}   # sentence -> hashes of its further ones
        self.sentences: dict[int, Sentence] | None = {} if whole_files else None
        self.told: dict[int, tuple[Unit, str]] = {}  # id(unit) -> (unit, its own context)

    def apart(self, unit: Unit, langs: tuple[str, str]) -> Unit:
        """*unit* (languages *langs* normalized) as it is if it gives its sentence's first
        translation in this call (or that one again), else under the context of the
        sentence's *n*-th translation."""
        sentence = (unit.source, unit.context, unit.origin.path, *langs)
        key = hash(sentence)
        target = hash(unit.target)
        known = self.first.setdefault(key, target)
        if self.sentences is not None:
            self.sentences.setdefault(key, sentence)
        if known == target:
            return unit
        further = self.others.setdefault(key, [])
        if target not in further:
            further.append(target)
        made_up = _spelling()[0](unit.context, further.index(target) + 2)
        told = dataclasses.replace(unit, context=made_up)
        self.told[id(told)] = (told, unit.context)
        return told

    def own_context(self, unit: Unit) -> str | None:
        """The context of the sentence *unit* is a further translation of (told apart by
        :meth:`apart`), None for any other unit; asked once per unit."""
        told = self.told.pop(id(unit), None)
        return None if told is None or told[0] is not unit else told[1]

    def counts(self) -> Iterator[tuple[Sentence, int]]:
        """Each sentence of the call (*whole_files* only) and how many ways it was translated."""
        for key, sentence in (self.sentences or {}).items():
            yield sentence, 1 + len(self.others.get(key, ()))


def withdraw_stale(conn: Connection, told: FurtherTranslations) -> int:
    """Take each file of the call off the further translations of a sentence it now
    gave in fewer ways than before (review Z-14), in the open write transaction, as
    :meth:`tm.TranslationMemory.remove_units` does; return how many units went.

    A sentence translated *k* ways holds the keys of its 1st to *k*-th translations;
    the keys after them are asked for (owned or listed: a further translation
    another file says is a listing), a batch at a time, until none is held.
    """
    asked = [(sentence, count + 1) for sentence, count in told.counts()]
    stale: list[bytes] = []
    while asked:
        keys = {nth_key(sentence, nth): (sentence, nth) for sentence, nth in asked}
        held = _held(conn, list(keys))
        stale += held
        asked = [(keys[k][0], keys[k][1] + 1) for k in held]
    return leave_keys(conn, stale)


def _held(conn: Connection, keys: list[bytes]) -> list[bytes]:
    """Those of *keys* that own a unit or are listed on one."""
    out: list[bytes] = []
    for start in range(0, len(keys), IN_LIST_VALUES):
        some = keys[start:start + IN_LIST_VALUES]
        for table in ("units", "listed"):
            where, params = conn.in_list("ukey", some)
            out += [bytes(key) for (key,) in
                    conn.execute(f"SELECT ukey FROM {table} WHERE {where}", params)]
    return out

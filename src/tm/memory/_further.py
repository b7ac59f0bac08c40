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

A call that sends whole files (``whole_files=True``: ``tm import``) takes
each file off the keys it did not send (tm.memory._listed.leave_unsent): so
a further translation of a sentence the file now gives in fewer ways goes
(review Z-14), as any entry the file dropped (red team M-7).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import cache

from tm.model import Unit

__all__ = ["FurtherTranslations", "sentence_context"]

#: A made-up context of a sentence with a context of its own: ``menu-2``, ``menu-3`` ….
_NUMBERED = re.compile(r"(.*)-[0-9]+", re.DOTALL)


@cache
def _made_up() -> Callable[[str, int], str]:
    """The made-up contexts' owner (the PO export writes them as msgctxt):
    tm.formats.further_translation_context.

    Imported on first use, as tm.memory._contexts does: tm.formats (every file
    format) is not needed to open a memory, and weighs on ``tm lookup``'s start.
    """
    from tm.formats import further_translation_context

    return further_translation_context


def sentence_context(context: str) -> str:
    """The context of the sentence a stored *context* belongs to: *context* without the
    made-up part a further translation was given (``translation 2`` -> "", ``menu-3`` ->
    ``menu``).  A real context of that shape reads as its stem too (``menu-2``)."""
    from tm.formats import FURTHER_TRANSLATION

    if FURTHER_TRANSLATION.fullmatch(context):
        return ""
    numbered = _NUMBERED.fullmatch(context)
    return numbered.group(1) if numbered else context


class FurtherTranslations:
    """The translations the units of one ``add`` call give each sentence, told apart.

    Per sentence (a hash of source, context, file and languages), a hash of its
    first target: the file key it claims.  A further translation claims the key
    of the first made-up context no sentence of the call has claimed for another
    target (review R-19: a file that also sends a real context ``menu-2``, or
    ``translation 2``, kept one of the two translations), and keeps it for the
    rest of the call.  A told-apart unit remembers its sentence's own context
    until the writer takes it (:meth:`own_context`).
    """

    def __init__(self) -> None:
        self.first: dict[int, int] = {}     # sentence -> hash of the target it says first
        self.given: dict[tuple[int, int], str] = {}  # (sentence, target) -> made-up context
        self.last: dict[int, int] = {}      # sentence -> the last n its made-up contexts took
        self.told: dict[int, tuple[Unit, str]] = {}  # id(unit) -> (unit, its own context)

    def apart(self, unit: Unit, langs: tuple[str, str]) -> Unit:
        """*unit* (languages *langs* normalized) as it is if it gives its sentence's first
        translation in this call (or that one again), else under the made-up context of
        its sentence's next translation (or the one it took before)."""
        sentence = (unit.source, unit.context, unit.origin.path, *langs)
        key, target = hash(sentence), hash(unit.target)
        if self.first.setdefault(key, target) == target:
            return unit
        made_up = self.given.get((key, target))
        if made_up is None:
            made_up = self.claim(key, target, unit, langs)
        told = dataclasses.replace(unit, context=made_up)
        self.told[id(told)] = (told, unit.context)
        return told

    def claim(self, key: int, target: int, unit: Unit, langs: tuple[str, str]) -> str:
        """The made-up context of the next translation of *unit*'s sentence (*key*) that
        no sentence of the call holds with another target, claimed for *target*."""
        nth = self.last.get(key, 1)
        while True:
            nth += 1
            made_up = _made_up()(unit.context, nth)
            taken = hash((unit.source, made_up, unit.origin.path, *langs))
            if self.first.setdefault(taken, target) == target:
                break
        self.last[key] = nth
        self.given[(key, target)] = made_up
        return made_up

    def own_context(self, unit: Unit) -> str | None:
        """The context of the sentence *unit* is a further translation of (told apart by
        :meth:`apart`), None for any other unit; asked once per unit."""
        told = self.told.pop(id(unit), None)
        return None if told is None or told[0] is not unit else told[1]

"""A sentence a file translates in several ways: each translation a unit of its own.

A memory keeps one unit per sentence, context, origin file and language pair
(a re-import of an edited file replaces the translation; within one
``TranslationMemory.add`` call the later unit wins).  A file may still
translate one sentence twice, and rightly: an OmegaT project memory holds a
default and an alternative (context-bound) translation, a memoQ or Trados TMX
the same sentence from two documents, tm's own export of a memory two files
fed both of theirs (a PO export tells them apart by the msgctxt
``translation 2``, which reads back as no context).  ``tm import`` stored them
as they came: the last replaced the others, lost without a word.  Now the first
translation keeps its context (a re-import finds its unit again) and the others
get :func:`tm.formats._pobuild.further_translation_context` (``translation 2``,
which a lookup reads as no context: the translations are rivals, as two
files' are, and neighbours a CAT tool recorded still pick one in context).

One exception keeps a memory's export → import round from adding a copy of
each further translation: when the memory already holds a further translation
*and* the sentence's first one, just as the file says them (the file is what
the memory holds, read back), nothing is lost, and the unit goes in as it is.

A re-import of a file that now translates a sentence in fewer ways withdraws
the further translations it no longer says (:meth:`FurtherTranslations.stale`,
review Z-14): before, its one translation replaced the sentence's unit, and a
made-up ``translation 2`` left behind would be served beside it as a 100 %.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator

from tm.formats._pobuild import further_translation_context
from tm.model import Unit

__all__ = ["FurtherTranslations", "further_translations_apart"]


def further_translations_apart(units: Iterable[Unit],
                               held: Callable[[Unit], bool] | None = None) -> Iterator[Unit]:
    """*units*, each further translation of a sentence within one file with its own context.

    A sentence is its source, context, origin file and languages, as the memory
    keys a unit.  *held* tells whether the memory already stores a unit's pair
    (:meth:`tm.memory.TranslationMemory.holds`); without it every further
    translation is told apart.  Only hashes are remembered, and the first
    translation's text when *held* is given, not the units.
    """
    return FurtherTranslations(held).apart(units)


def _sentence(unit: Unit, context: str) -> int:
    return hash((unit.source, context, unit.origin.path, unit.source_lang, unit.target_lang))


def _nth(context: str) -> int:
    """Which translation of its sentence a made-up context names: ``translation 2`` the
    second, ``translation 2-2`` the third (:func:`further_translation_context`)."""
    _, _, suffix = context.partition("-")
    return int(suffix) + 1 if suffix.isdigit() else 2


class FurtherTranslations:
    """:func:`further_translations_apart` over one import, and what its re-import withdraws.

    *stored* are the units the memory holds under a made-up further-translation
    context for the files being imported (:meth:`TranslationMemory.further_translations`).
    """

    def __init__(self, held: Callable[[Unit], bool] | None = None,
                 stored: Iterable[Unit] = ()) -> None:
        self.held = held
        self.first: dict[int, str | int] = {}    # sentence -> its first translation (or hash)
        self.others: dict[int, list[int]] = {}   # sentence -> hashes of its further ones
        self.stored: dict[int, list[Unit]] = {}
        for unit in stored:
            self.stored.setdefault(_sentence(unit, ""), []).append(unit)

    def apart(self, units: Iterable[Unit]) -> Iterator[Unit]:
        """*units*, each further translation of a sentence in one file with its own context."""
        first, others, held = self.first, self.others, self.held
        for unit in units:
            key = _sentence(unit, unit.context)
            target = hash(unit.target)
            known = first.setdefault(key, unit.target if held is not None else target)
            if (known if isinstance(known, int) else hash(known)) == target:
                yield unit
                continue
            further = others.setdefault(key, [])
            if target not in further:
                further.append(target)
            if held is not None and isinstance(known, str) and held(unit) \
                    and held(dataclasses.replace(unit, target=known)):
                yield unit      # the memory holds both as the file says them: nothing to lose
                continue
            yield dataclasses.replace(unit, context=further_translation_context(
                unit.context, further.index(target) + 2))

    def stale(self) -> list[Unit]:
        """The stored further translations of sentences the import sent in fewer ways.

        A sentence the file no longer has keeps its units, as every other unit of a
        file stays in the memory when the file drops its sentence.
        """
        out = []
        for key, units in self.stored.items():
            if key in self.first:
                count = 1 + len(self.others.get(key, ()))
                out += [u for u in units if _nth(u.context) > count]
        return out

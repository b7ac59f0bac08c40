"""Which subject field is a sentence about?  The glossary's fields as vocabularies.  (private)

A termbase files each concept under a subject field (TBX ``subjectField``:
Railways, Banking, Video conferencing) and usually says what it is (a
definition).  Together the concepts of one field name that field's things:
the Railways terms of a termbase name trains, stations and tickets; its
Energy storage terms lithium, cells and cathodes.  A reviewer who sees a
glossary word in a sentence that speaks of another field's things, and of
nothing of the word's own field, reads the word in that other field's sense:
"The tutoring platform raised $120 million" (tutoring: an Education term)
is no railway platform, "the world's largest lithium deposits" (lithium:
Energy storage) no hotel deposit.

:class:`FieldVocabulary` is built once per glossary:

* a field's **names** are the stems of the field's own name and of the English
  terms of its common-noun concepts (a name such as *Tsinghua University* or
  an acronym is named in sentences of any field, so it is left out), less the
  stems two fields share, which tell neither apart;
* a field's **description** is its names and every word of its concepts'
  definitions, shared or not: any of them in the sentence may be the word's
  own field speaking, so it keeps the finding.

:func:`another_fields_sentence` applies the rule; :meth:`FieldVocabulary.speaks_of`
says whether a sentence names anything of a field at all (the support a reviewer
needs before calling a missing approved term of that field an error).  What the sentence says is
read from its words less the names it holds (a glossary term that is not in
lower case), its measures (a unit or currency after a figure or after *per*:
"3,480 yuan a tonne" says nothing of steel) and number words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from tm._shared.script import HAN
from tm.glossary import TermHit, english_keys
from tm.model import Term

__all__ = ["FieldVocabulary", "another_fields_sentence"]

_HAN_RUN = re.compile(f"[{HAN}]+")
#: Number words say nothing of a field ("billion", stemmed "bill", is no bill).
_NUMBER_WORDS = re.compile(
    r"(?i)\b(?:hundred|thousand|million|billion|trillion|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|twenty|thirty|fifty|first|second|third|dozen)s?\b")
#: A measure: a word right after a figure ("3,480 yuan", "250 millimetres"), after *per*
#: ("per tonne") or after a rate's article ("yuan a tonne").
_MEASURES = re.compile(r"(?i)(?:\d[\d,.]*\s*|\bper\s+|\d\S*\s+[A-Za-z$€£¥]+\s+an?\s+)"
                       r"[A-Za-z$€£¥]+")
#: Words of time, size and rank that any field's sentences use; they name no field.
_GENERAL = english_keys("""
    new old year month week day today time quarter half average total overall whole world
    global annual high low big small large full last next early late top main latest
    """)
#: A word that names a field weighs this many words of a definition.
_NAME_WEIGHT = 2
#: Stems shorter than this are too often a fragment ("ha", "tv") to name a field.
_SHORTEST = 3


def _words(text: str) -> frozenset[str]:
    """Content-word stems of English *text* (Han runs and number words left out)."""
    return english_keys(_NUMBER_WORDS.sub(" ", _HAN_RUN.sub(" ", text))) - _GENERAL


class FieldVocabulary:
    """The words that name each subject field of a glossary (see the module doc)."""

    def __init__(self, terms: Iterable[Term]) -> None:
        names: dict[str, set[str]] = {}
        defined: dict[str, set[str]] = {}
        for term in terms:
            field = term.subject.strip().lower()
            if not field:
                continue
            defined.setdefault(field, set()).update(_words(term.description))
            named = names.setdefault(field, set())
            named |= _words(term.subject)
            if term.source.islower():
                named |= _words(term.source)
        shared = Counter(word for words in names.values() for word in words)

        #: field -> the stems that name it and no other field
        self.names: dict[str, frozenset[str]] = {
            field: frozenset(w for w in words if shared[w] == 1 and len(w) >= _SHORTEST)
            for field, words in names.items()}
        #: field -> every stem of its name and its common-noun terms, shared or not
        self.named: dict[str, frozenset[str]] = {f: frozenset(w) for f, w in names.items()}
        #: field -> every stem of its concepts' definitions
        self.defined: dict[str, frozenset[str]] = {f: frozenset(w) for f, w in defined.items()}

    def topic(self, source: str, hits: Sequence[TermHit]) -> frozenset[str]:
        """The stems *source* speaks with: less its names (glossary terms not in lower
        case), its measures and its number words."""
        kept = list(source)
        for hit in hits:
            if not hit.term.source.islower():
                kept[hit.start:hit.end] = " " * (hit.end - hit.start)
        return _words(_MEASURES.sub(" ", "".join(kept)))

    def other_fields(self, field: str, words: frozenset[str]) -> list[str]:
        """The fields other than *field* that *words* say more of than of *field*.

        A word that names a field (:attr:`names`) weighs two, a word of its definitions
        one: "The tutoring platform raised $120 million" names Education (tutoring) and
        shares only *raised* with the railway platform's definition ("the raised area
        beside a track")."""
        named = self.named.get(field, frozenset())
        own = _NAME_WEIGHT * len(words & named) + len((words - named) &
                                                       self.defined.get(field, frozenset()))
        return sorted(other for other, names in self.names.items()
                      if other != field and _NAME_WEIGHT * len(names & words) > own)


    def speaks_of(self, field: str, source: str, hits: Sequence[TermHit],
                  leave_out: frozenset[str]) -> bool:
        """True when *source* (less the words in *leave_out*: the term's own) holds a word
        of *field*'s terms or definitions, shared with other fields or not."""
        words = self.topic(source, hits) - leave_out
        return bool(words & (self.named.get(field, frozenset())
                             | self.defined.get(field, frozenset())))


def another_fields_sentence(vocabulary: FieldVocabulary, hit: TermHit, source: str,
                            hits: Sequence[TermHit]) -> list[str]:
    """The other fields *source* speaks of when it says nothing of *hit*'s own field, or
    [] (no subject field, or the sentence may be in the concept's field).  The caller
    decides which entries may be read this way (see :func:`tm.checks.terms`)."""
    field = hit.term.subject.strip().lower()
    if not field:
        return []
    words = vocabulary.topic(source, hits) - english_keys(hit.term.source)
    return vocabulary.other_fields(field, words)

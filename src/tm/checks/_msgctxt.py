"""A glossary word that msgctxt gives two senses.  (private)

gettext's msgctxt exists to tell apart messages whose msgid is the same but
whose meaning differs: a food-delivery app's ``msgctxt "checkout"`` *Tip* is
the gratuity (小费), its ``msgctxt "help-hint"`` *Tip* a hint (提示).  When the
whole message is one glossary word, nothing in the sentence can say which sense
it is; the catalog itself says it:

* another entry with the same msgid and a *different* msgctxt holds an approved
  rendering of the term (the glossary's sense is translated there), and
* this entry's target holds a word the dictionary gives for the English term
  (:func:`tm.checks._target_sense.target_evidence` finds one: 提示 "tip"),
  not an arbitrary word, and that word shares no other gloss nor a character
  with the approved renderings (:func:`~tm.checks._target_sense.only_a_homonym`:
  提示 "suggestion, reminder" against 小费 "gratuity"; a *Settings* toolbar
  → 设定 "to set up, setting" beside a menu → 设置 "to set up" is the same sense
  in another word, still reported),

then this entry renders the term's other sense on purpose: no ``term-missing``,
and the two are no ``segment-inconsistent`` pair.  Two msgctxts that name different
word classes ("verb" / "noun", GNOME's *Print* and *Open*) are never a
``segment-inconsistent`` pair, glossary or not; nor are two msgctxts whose targets
render two concepts the glossary holds for the message's one word (*premium* →
保费 and *Premium* → 高级版: the termbase names both senses).  A message longer than the
term ("Redeem miles"), an entry without msgctxt, or a target with no
dictionary word for the term is checked as before.
"""

from __future__ import annotations

import re

from tm.checks._base import Context
from tm.checks._target_sense import Evidence, only_a_homonym, target_evidence
from tm.glossary import TermHit
from tm.model import Unit

__all__ = ["sense_by_msgctxt", "senses_told_apart"]

_EDGE = " \t.:!?…"
_WORD = re.compile(r"[a-z]+")
#: Word classes a msgctxt may name (GNOME's msgctxt "verb" / "noun" for *Print*, *Open*),
#: and the TBX partOfSpeech values that are each.
_LABEL_CLASSES = {"verb": "verb", "noun": "noun", "adjective": "adjective", "adverb": "adverb"}
_POS_CLASSES = {**_LABEL_CLASSES, "propernoun": "noun", "n": "noun", "v": "verb",
                "adj": "adjective", "adv": "adverb"}


def _whole_message(unit: Unit, hit: TermHit) -> bool:
    return unit.source.strip(_EDGE).casefold() == hit.text.casefold()


def sense_by_msgctxt(ctx: Context, unit: Unit, hit: TermHit) -> bool:
    """True when *hit* is the whole message of *unit*, and another msgctxt of the same
    msgid renders the glossary's sense while this target holds a dictionary word for
    another sense of it (see the module doc)."""
    label = ctx.msgctxts.get(id(unit), "")
    if not label or not _whole_message(unit, hit):
        return False
    term = hit.term
    said = {_LABEL_CLASSES[w] for w in _WORD.findall(label.lower()) if w in _LABEL_CLASSES}
    entry = _POS_CLASSES.get(term.pos.lower().split()[0], "") if term.pos.strip() else ""
    if said and entry and entry not in said:
        return True  # msgctxt "verb, reading button" for a noun entry: another word class
    others = [u for u in ctx.same_msgid(unit) if ctx.msgctxts.get(id(u), "") != label]
    if not any(any(t in u.target for t in term.targets) for u in others):
        return False
    evidence, word = target_evidence(term, unit.source, unit.target)
    return evidence == Evidence.OTHER or (
        evidence != Evidence.NONE and only_a_homonym(term, word))


def _word_classes(label: str) -> frozenset[str]:
    """The word classes a msgctxt names ("verb", "noun, menu" → noun)."""
    return frozenset(_LABEL_CLASSES[w] for w in _WORD.findall(label.lower())
                     if w in _LABEL_CLASSES)


def senses_told_apart(ctx: Context, unit: Unit, other: Unit) -> bool:
    """True when *unit* and *other* (same msgid, translated differently) are told apart by
    their msgctxt: the two name different word classes (msgctxt "verb" / "noun" *Print*,
    with or without a glossary: two words spelled alike), or they give two senses of a
    glossary word: one of them is :func:`sense_by_msgctxt` against the other.  A msgctxt
    that names a place in the interface ("menu", "toolbar") tells nothing apart: the
    same message there should read the same."""
    mine, theirs = ctx.msgctxts.get(id(unit), ""), ctx.msgctxts.get(id(other), "")
    if mine == theirs:
        return False
    if _word_classes(mine) and _word_classes(theirs) and \
            _word_classes(mine) != _word_classes(theirs):
        return True  # msgctxt "verb" Print → 打印, msgctxt "noun" Print → 版画: two words
    if _glossary_homonyms_rendered(ctx, unit, other):
        return True
    return any(sense_by_msgctxt(ctx, u, hit)
               for u in (unit, other) for hit in ctx.term_hits(u)
               if not any(t in u.target for t in hit.term.targets))


def _glossary_homonyms_rendered(ctx: Context, unit: Unit, other: Unit) -> bool:
    """True when the whole message is a word the glossary holds as two concepts (its
    homonyms: *premium* → 保费, *Premium* → 高级版) and each target renders a different one
    of them, not the other's: the termbase itself says the word has these two senses."""
    if ctx.glossary is None:
        return False
    for hit in ctx.term_hits(unit):
        if not _whole_message(unit, hit):
            continue
        concepts = ctx.glossary.homonyms(hit.term)
        mine = {i for i, c in enumerate(concepts) if any(t in unit.target for t in c.targets)}
        theirs = {i for i, c in enumerate(concepts) if any(t in other.target for t in c.targets)}
        if mine and theirs and not mine & theirs:
            return True
    return False

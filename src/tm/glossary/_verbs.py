"""The forms of an English verb: subscribe → subscribes, subscribed, subscribing.  (private)

One owner for the spelling rules both the term lookup (a glossary entry whose
``partOfSpeech`` is a verb is found in any of its forms) and the term checks
(a forbidden variant settles the sense of any form, :mod:`tm.checks._inflections`)
use: -s, -es, -ed, -ing with the usual changes (a final e dropped before -ing, y
to i, a final consonant after one vowel doubled: stop → stopped).
"""

from __future__ import annotations

__all__ = ["a_verb_entry", "verb_word_forms"]

_VOWELS = "aeiou"
#: TBX partOfSpeech values of a verb.
_VERB_CLASSES = ("verb", "v", "phrasal verb")


def a_verb_entry(pos: str) -> bool:
    """True when a termbase's partOfSpeech says the entry is a verb."""
    return pos.strip().lower() in _VERB_CLASSES


def verb_word_forms(word: str) -> set[str]:
    """*word* with the endings -s, -ed and -ing (lower case), spelled as English does.

    >>> {"subscribes", "subscribed", "subscribing"} <= verb_word_forms("subscribe")
    True
    """
    w = word.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "ing"}
    if w.endswith("e"):
        forms |= {w + "d", w[:-1] + "ing"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) >= 3 and w[-1] not in _VOWELS + "wxy" and w[-2] in _VOWELS and w[-3] not in _VOWELS:
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}  # stop → stopped, sign-up stays
    return forms

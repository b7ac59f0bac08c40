"""The verb forms of a glossary term's English word: premiere → premiered, sign in → signing in.

The term lookup (:meth:`tm.Glossary.find`) matches a term with its plural and
possessive only, which fits the nouns most glossary entries are.  A word that
is also a verb ("premiere", "stage", "sign in", "log out") then goes unseen in
its other forms: "La Traviata premiered in 1853", "Signing in…", "You are
signed in.".  :func:`verb_forms` gives a pattern for the term with the first
word in any of its forms (base, -s, -ed, -ing, with the usual spelling changes:
e dropped, y to i, a final consonant doubled); the other words stay as they
are.  The term checks use it where the concept is already settled by the
target: a forbidden variant of the term there (see ``terms.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["verb_forms"]

_VOWELS = "aeiou"


def _forms(word: str) -> set[str]:
    """*word* with the endings -s, -ed and -ing (lower case), spelled as English does."""
    w = word.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "ing"}
    if w.endswith("e"):
        forms |= {w + "d", w[:-1] + "ing"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) >= 3 and w[-1] not in _VOWELS + "wxy" and w[-2] in _VOWELS and w[-3] not in _VOWELS:
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}  # stop → stopped, sign-up stays
    return forms


@lru_cache(maxsize=4096)
def verb_forms(term: str) -> re.Pattern[str]:
    """A case-insensitive pattern for *term* with its first word in any verb form.

    >>> bool(verb_forms("sign in").search("Signing in…"))
    True
    >>> bool(verb_forms("premiere").search("It premiered in Venice."))
    True
    >>> bool(verb_forms("stage").search("The stagecoach left."))
    False
    """
    words = term.split()
    first = "|".join(sorted(map(re.escape, _forms(words[0])), key=len, reverse=True))
    rest = "".join(r"[\s\-‐]+" + re.escape(w) for w in words[1:])
    return re.compile(rf"(?i)(?<![\w-])(?:{first}){rest}(?![\w-])")

"""The verb forms of a glossary term's English word: premiere → premiered, sign in → signing in.

The term lookup (:meth:`tm.Glossary.find`) matches a term with its plural and
possessive only, which fits the nouns most glossary entries are (an entry whose
partOfSpeech is a verb is found in its verb forms too).  A noun entry that
is also a verb ("premiere", "stage", "sign in", "log out") then goes unseen in
its other forms: "La Traviata premiered in 1853", "Signing in…", "You are
signed in.".  :func:`verb_forms` gives a pattern for the term with the first
word in any of its forms (:func:`tm.glossary.verb_word_forms`); the other
words stay as they are.  The term checks use it where the concept is already settled by the
target: a forbidden variant of the term there (see ``terms.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tm.glossary import verb_word_forms

__all__ = ["verb_forms"]


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
    first = "|".join(sorted(map(re.escape, verb_word_forms(words[0])), key=len, reverse=True))
    rest = "".join(r"[\s\-‐]+" + re.escape(w) for w in words[1:])
    return re.compile(rf"(?i)(?<![\w-])(?:{first}){rest}(?![\w-])")

"""Word lists a rule may test a word against: a group named ``notin_<list>`` in its pattern.

A closed list of abbreviations cannot know every abbreviation a text will use
(``ref.``, ``Prov.``, ``conc.``, ``Det.``); a list of English words can tell
them apart from a sentence that ends in a word (``sat.``, ``tea.``).  A rule
whose pattern holds a named group ``(?P<notin_en_words>...)`` applies only
where the text that group captured, lower-cased, is *not* in the list
``en_words``: the common English words of two to six letters in
``rules/en_words.txt`` (SCOWL's size-35 American and British lists; licence
in ``rules/en_words.COPYRIGHT``).  The test is a set look-up made after the
regular expression matched (:class:`tm.segmentation.CompiledRules`): the
``regex`` module's own named lists (``\\L<name>``) try their words one by one,
which costs a millisecond a position for a list this size.

The group is valid regular-expression syntax, so the rule is still SRX; a tool
that knows nothing of the convention applies the rule wherever its pattern
matches.  A list is read from disk the first time a rule names it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import regex

__all__ = ["LISTS", "NOT_IN", "unknown_lists", "word_list"]

_RULES_DIR = Path(__file__).resolve().parent / "rules"

#: List name usable in ``(?P<notin_NAME>...)`` -> the file (in ``rules/``) that holds its words.
LISTS = {"en_words": "en_words.txt"}

#: A group whose capture must not be a word of a list: ``(?P<notin_en_words>``.
NOT_IN = regex.compile(r"\(\?P<notin_(\w+)>")


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of list *name*: one per line, ``#`` comment lines skipped."""
    lines = (_RULES_DIR / LISTS[name]).read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in (line.strip() for line in lines) if w and not w.startswith("#"))


def unknown_lists(pattern: str) -> list[str]:
    """The names *pattern* tests against (``notin_NAME`` groups) that are no known list."""
    return [name for name in NOT_IN.findall(pattern) if name not in LISTS]

"""What files say, as the memory's property tests model it (tm.memory._further).

Within one ``add`` call a file's *n*-th different translation of a sentence
(source, context, file, languages) is what the sentence's *n*-th file key
says; a later call's translations replace the keys it sends again, and a key
it no longer sends keeps saying what it said (a call is not a whole file).
A further translation is stored under a made-up context (``translation 2``,
``c-2`` …) or listed on its pair with the sentence's own context: the tests
compare pairs with the context a file gave them (:func:`own_context`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from tm.formats import FURTHER_TRANSLATION
from tm.model import Unit

T = TypeVar("T")

#: A made-up context of a sentence with a context of its own: ``menu-2``, ``menu-3`` ….
_NUMBERED = re.compile(r"(.*)-[0-9]+")


def own_context(context: str) -> str:
    """*context* without the made-up part a further translation was given (the tests'
    own contexts never end in ``-N``)."""
    if FURTHER_TRANSLATION.fullmatch(context):
        return ""
    numbered = _NUMBERED.fullmatch(context)
    return numbered.group(1) if numbered else context


def says(units: Iterable[Unit], key: Callable[[Unit], Hashable],
         value: Callable[[Unit], T]) -> dict[tuple[Hashable, int], T]:
    """``{(file key, n): value}`` for one call of *units*: the *n*-th different target
    each file key (*key*) gives in the call says *value* of the last unit that gives it
    (the same translation again with another note or trust replaces it)."""
    targets: dict[Hashable, list[str]] = {}
    out: dict[tuple[Hashable, int], T] = {}
    for unit in units:
        given = targets.setdefault(key(unit), [])
        if unit.target not in given:
            given.append(unit.target)
        out[(key(unit), given.index(unit.target) + 1)] = value(unit)
    return out

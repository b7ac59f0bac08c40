"""Exact matches that disagree: one source, several different trusted translations (private).

A memory may hold one source with two translations, each right in its own
place: "Open" is 打开 on a menu and 正常 as an account status.  When the
query's context (msgctxt, or its neighbouring sentences) picks one of them,
that in-context match ranks first and is the translation.  When nothing
picks one, taking the first would fill a translation at random as final, so
every exact match of such a query carries the other translations as
:attr:`tm.model.Match.alternatives` and is no longer
:attr:`~tm.model.Match.final`: ``tm pretranslate`` and ``tm update --db``
fill it as ``fuzzy`` with a note naming the alternatives, and ``tm analyze``
counts it in the 95-99 % band, as CAT tools flag "multiple 100 % matches"
for a translator's decision instead of confirming one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from tm._shared.text import sentence_key
from tm.model import EXACT_SCORE, Match

__all__ = ["RIVAL_LIMIT", "with_rivals"]

#: Most exact matches read to find the other translations of one source: a
#: source with more different translations than this is rare, and a note
#: naming a handful of them is what a translator can still read.
RIVAL_LIMIT = 8


def with_rivals(matches: list[Match], limit: int,
                exact_matches: Callable[[int], list[Match]]) -> list[Match]:
    """*matches* (one lookup's, best first), each exact one told of its rivals.

    *limit* is the limit the lookup ran with; *exact_matches(n)* runs the same
    lookup for up to *n* exact matches, and is called only when *matches* may
    not hold every exact match.  Nothing changes when the best match is not a
    trusted exact one, when it is in context, or when every exact match
    translates the source the same way.
    """
    if not matches or not _contested(matches[0]):
        return matches
    complete = len(matches) < limit or matches[-1].score < EXACT_SCORE or limit >= RIVAL_LIMIT
    pool = matches if complete else exact_matches(RIVAL_LIMIT)
    targets: dict[str, str] = {}
    for match in pool:
        if match.score >= EXACT_SCORE and match.trusted:
            targets.setdefault(sentence_key(match.unit.target), match.unit.target)
    if len(targets) < 2:
        return matches
    return [dataclasses.replace(m, alternatives=_others(m, targets)) if _contested(m) else m
            for m in matches]


def _contested(match: Match) -> bool:
    """A trusted exact match whose context did not pick it."""
    return match.score >= EXACT_SCORE and match.trusted and not match.in_context


def _others(match: Match, targets: dict[str, str]) -> tuple[str, ...]:
    own = sentence_key(match.unit.target)
    return tuple(text for key, text in targets.items() if key != own)

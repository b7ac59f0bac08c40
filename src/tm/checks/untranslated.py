"""Entries that are not translated: empty targets, targets equal to the source, fuzzy."""

from __future__ import annotations

import re

from tm.checks._base import CheckInfo, Context, unit_check
from tm.checks._text import collapse, has_han
from tm.model import Unit

__all__ = ["check_fuzzy", "check_untranslated"]

# A source with a lower-case letter in a word is text to translate; all-capital
# codes, acronyms and numbers (GDP, 5G, 2017) may stay as they are.
_PROSE_WORD = re.compile(r"[A-Za-z]*[a-z][A-Za-z]*")


@unit_check(CheckInfo("untranslated", "error",
                      "the target is empty or a copy of the source", "untranslated"))
def check_untranslated(unit: Unit, ctx: Context) -> None:
    """Report an empty target, or a target identical to a prose source."""
    if not unit.source.strip():
        return
    if not unit.target.strip():
        if not unit.fuzzy:
            ctx.report("untranslated", unit, "the target is empty")
        return
    if not has_han(unit.target) and collapse(unit.target) == collapse(unit.source) \
            and _PROSE_WORD.search(unit.source):
        ctx.report("untranslated", unit, "the target is a copy of the source",
                   [(0, len(unit.target))])


@unit_check(CheckInfo("fuzzy", "warning",
                      "the entry is still marked fuzzy (needs review)", "untranslated"))
def check_fuzzy(unit: Unit, ctx: Context) -> None:
    """Report an entry left marked fuzzy: it is not used until a translator confirms it."""
    if unit.fuzzy:
        ctx.report("fuzzy", unit, "the entry is marked fuzzy; review it and remove the flag")

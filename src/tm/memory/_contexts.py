"""When a memory's exact match may fill an entry as its translation: the contexts must agree.

gettext keys a message on msgctxt and msgid together: ``msgctxt "status"
msgid "Open"`` (未结) is another message than ``msgctxt "menu" msgid "Open"``
(打开), and ``msgmerge --compendium`` never matches across them.  A unit stored
with one context and an entry with another (or a unit with a context and an
entry without one, or the reverse) therefore get the unit's translation as a
suggestion at most, ``fuzzy``, with a note saying which contexts differ; a
context tells only when it says something the text does not:

* tm's sentence ids (``s1a2b3c4d``, a hash of the text) are no context, nor
  an id that is only a number (``1``, ``14[1]``): a position, as many tools
  number their TMX tuids and XLIFF trans-units, nor another id a tool makes up
  (a GUID, Okapi's ``NFDBB2FA9-tu1``; :data:`tm.formats.xliff.GENERATED_ID`);
* an id that is the source text itself (Weblate's XLIFF ids), or the source
  followed by a plural form's index (``%d file[1]``, Translate Toolkit's
  po2xliff), is none either;
* gettext's joined key of msgctxt and msgid (``menu`` EOT ``Open`` in a .mo
  file), as Weblate's XLIFF ids spell it, ``menu\\u0004Open``, is context
  ``menu`` (a memory holds no EOT character itself: TMX and XLIFF cannot).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from re import Pattern

    from tm.model import Match

__all__ = ["context_conflict", "fills_as_translation", "gettext_context", "same_context",
           "telling_context"]

#: gettext's join of msgctxt and msgid (EOT, U+0004) as Weblate spells it in an XLIFF id.
_KEY_JOIN = "\\u0004"
#: A plural form's index after the source in an XLIFF id (po2xliff: ``%d file[1]``).
_FORM_INDEX = regex.compile(r"\[\d+\]")


def gettext_context(context: str, *texts: str) -> str:
    """*context* with gettext's joined key read: ``menu\\u0004Open`` (for text Open) is ``menu``.

    The one reader of that spelling (Weblate's XLIFF ids), so that lookup,
    analyze, the server and pretranslate agree on what a unit's context is.
    *texts* are the unit's texts (its source, and its target when the unit
    may have been turned round): the key ends with one of them.  Any other
    context is returned as it is.
    """
    for text in texts:
        if text and context.endswith(_KEY_JOIN + text):   # msgctxt EOT msgid
            return context[:-len(_KEY_JOIN + text)]
    return context


def same_context(stored: str, asked: str, *texts: str) -> bool:
    """Whether a unit's *stored* context is the context *asked* for (both read by
    :func:`gettext_context` over the unit's *texts*)."""
    return stored == asked or gettext_context(stored, *texts) == gettext_context(asked, *texts)


@cache
def _generated_ids() -> tuple[Pattern[str], Pattern[str]]:
    """The ids tools generate as a context: tm segment's sentence ids, XLIFF positions.

    Imported on first use: tm.formats (every file format) is not needed to open
    a memory, and was a third of the start-up of ``tm serve`` and ``tm lookup``.
    """
    from tm.formats import SENTENCE_ID
    from tm.formats.xliff import GENERATED_ID

    return SENTENCE_ID, GENERATED_ID


def telling_context(context: str, source: str) -> str:
    """What *context* says about *source*'s meaning: "" for none, else the context."""
    sentence_id, position_id = _generated_ids()
    if not context or sentence_id.fullmatch(context) or position_id.fullmatch(context) \
            or context == source or (
            context.startswith(source) and _FORM_INDEX.fullmatch(context[len(source):])):
        return ""
    return gettext_context(context, source)


def context_conflict(match: Match, context: str) -> str:
    """Why *match*, final otherwise, is not for an entry of context *context*; "" if it is.

    The note names both contexts: ``the memory's translation is for context
    'menu', the entry's is 'status'``.  Only contexts that tell something count
    (see the module doc).  A match that is no translation anyway (fuzzy,
    untrusted, contested) says so elsewhere: "".
    """
    source = match.unit.source
    theirs = telling_context(match.unit.context, source)
    ours = telling_context(context, source)
    if not match.final or theirs == ours:
        return ""
    said_theirs = f"context {theirs!r}" if theirs else "no context"
    said_ours = f"is {ours!r}" if ours else "has none"
    return f"the memory's translation is for {said_theirs}, the entry's {said_ours}"


def fills_as_translation(match: Match, context: str) -> bool:
    """Whether *match* is the translation of an entry of context *context*, not fuzzy.

    :attr:`tm.model.Match.final` (exact, trusted, uncontested), and made for
    the entry's context (:func:`context_conflict`).
    """
    return match.final and not context_conflict(match, context)

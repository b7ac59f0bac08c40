"""Entries that are not translated: empty targets, targets equal to the source, fuzzy.

A target equal to its source is untranslated when the source is text to
translate.  It is correct when the source holds nothing but placeholders and
links (``%s: %s``, ``{name}``, ``https://example.com/help``: code a translation
keeps as it is), or only names and codes, which Chinese keeps in Latin script:
every word is a code (a digit, an inner capital or an acronym: iPhone 8,
OpenAI, GDP, 5G, Ctrl+F, Wi-Fi 7, Model Y) or a capitalized word beside such a
code (Tesla Model 3); or when the glossary approves the source form itself (a
do-not-translate or same-form entry: GitHub -> GitHub), those terms counting as
codes.  A capitalized word alone (Export, Settings) or any lower-case word (Sign
in) is text to translate.  Placeholders and links are blanked before the words
are read, so they license no word beside them: "Hello {name}" or "Visit
https://example.com" copied is still untranslated.

In a catalog whose target language is not written with Han characters (zh -> en;
not Japanese), Chinese copied into the target is untranslated too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tm._shared.lang import written_with_han
from tm._shared.placeholders import LINK
from tm._shared.script import has_han
from tm._shared.text import sentence_key
from tm.checks._base import CheckInfo, Context, unit_check
from tm.checks.placeholders import parse_placeholders
from tm.model import Unit

__all__ = ["check_fuzzy", "check_untranslated", "name_or_code_only"]

_TOKEN = re.compile(r"[^\s,;:!?()\[\]\"“”]+")
_WORDISH = re.compile(r"[A-Za-z0-9]")
# A code: a digit, a capital after the first character (iPhone, OpenAI, GDP), one
# capital letter (Model Y), or an inner symbol (Ctrl+F, C++, file.txt, a@b.c).
_CODE = re.compile(r"\d|^.+[A-Z]|^[A-Z]$|\w[+#@./\\_&]|[+#]$")
_CAPITALIZED = re.compile(r"^[A-Z][a-z'’-]*$")
_LINK = re.compile(LINK)


def _without_code(text: str) -> str:
    """*text* with its placeholders and links blanked out (offsets kept)."""
    spans = [(p.start, p.end) for p in parse_placeholders(text)]
    spans += [m.span() for m in _LINK.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def name_or_code_only(text: str, approved: Sequence[tuple[int, int]] = ()) -> bool:
    """True when *text* holds only names and codes (spans in *approved* count as codes).

    ``name_or_code_only("Tesla Model 3")`` is True; ``"Export"`` and
    ``"Sign in"`` are False.
    """
    for start, end in sorted(approved, reverse=True):
        text = text[:start] + " \x00 " + text[end:]
    tokens = [t.strip(".'’") for t in _TOKEN.findall(text)]
    words = [t for t in tokens if t == "\x00" or _WORDISH.search(t)]
    if not words:
        return False
    codes = [t == "\x00" or bool(_CODE.search(t)) for t in words]
    return any(codes) and all(c or _CAPITALIZED.match(w) for w, c in zip(words, codes,
                                                                          strict=True))


def _approved_source_forms(unit: Unit, ctx: Context) -> list[tuple[int, int]]:
    """Spans of glossary terms in the source whose approved rendering is the term itself."""
    spans = []
    for hit in ctx.term_hits(unit):
        forms = {sentence_key(t).casefold() for t in hit.term.targets}
        if {sentence_key(hit.text).casefold(), sentence_key(hit.term.source).casefold()} & forms:
            spans.append((hit.start, hit.end))
    return spans


@unit_check(CheckInfo("untranslated", "error",
                      "the target is empty or a copy of the source", "untranslated"))
def check_untranslated(unit: Unit, ctx: Context) -> None:
    """Report an empty target, or a target identical to a source that is text to translate."""
    if not unit.source.strip():
        return
    if not unit.target.strip():
        if not unit.fuzzy:
            ctx.report("untranslated", unit, "the target is empty")
        return
    if sentence_key(unit.target) != sentence_key(unit.source):
        return
    if has_han(unit.target):
        # Chinese copied into a Chinese (or Japanese) target may be its translation;
        # copied into an English one (a zh -> en catalog), it is not translated
        if unit.target_lang and not written_with_han(unit.target_lang):
            ctx.report("untranslated", unit, "the target is a copy of the source",
                       [(0, len(unit.target))])
        return
    text = _without_code(unit.source)
    if not _WORDISH.search(text) or name_or_code_only(text, _approved_source_forms(unit, ctx)):
        return
    ctx.report("untranslated", unit, "the target is a copy of the source",
               [(0, len(unit.target))])


@unit_check(CheckInfo("fuzzy", "warning",
                      "the entry is still marked fuzzy (needs review)", "untranslated"))
def check_fuzzy(unit: Unit, ctx: Context) -> None:
    """Report an entry left marked fuzzy: it is not used until a translator confirms it."""
    if unit.fuzzy:
        ctx.report("fuzzy", unit, "the entry is marked fuzzy; review it and remove the flag")

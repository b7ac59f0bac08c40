"""Consistency across the catalog: one source, one translation; one translation, one source.

Segments are compared by their sentence key (NFC, whitespace collapsed) and
(for sources in reverse-inconsistent) with case and final punctuation folded, so trivial variants
do not count.  The most frequent translation of a group is taken as the
reference (the first one on a tie); every unit that differs is reported with
the origin of the reference.

Sources that differ only by glossary synonyms are one source for
reverse-inconsistent: with a glossary, each term found in a source stands for
its concept (the TBX concept id, or its approved renderings when it has none),
so "PRC" and "People's Republic of China", or "AI" and "artificial
intelligence", may share 中华人民共和国 / 人工智能.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from tm._shared.lang import lang_key
from tm._shared.text import sentence_key
from tm.checks._base import CheckInfo, Context, catalog_check
from tm.checks._msgctxt import senses_told_apart
from tm.model import Term, Unit

__all__ = ["check_reverse_inconsistent", "check_segment_inconsistent"]

_DIGIT = re.compile(r"\d")
_TRAILING = re.compile(r"[\s.。!！?？:：;；,，\"'”’」』)）]+$")


def _source_key(text: str) -> str:
    return sentence_key(text)


def _loose(text: str) -> str:
    return _TRAILING.sub("", sentence_key(text).casefold())


def _concept_key(term: Term) -> str:
    """What one glossary concept's synonyms share: its id, else its approved renderings."""
    return "\x00" + (term.id or "\x01".join(term.targets)) + "\x00"


def _source_by_concept(unit: Unit, ctx: Context) -> str:
    """The loose source of *unit* with every glossary term replaced by its concept."""
    text = unit.source
    for hit in sorted(ctx.term_hits(unit), key=lambda h: h.start, reverse=True):
        text = text[:hit.start] + _concept_key(hit.term) + text[hit.end:]
    return _loose(text)


def _odd_ones(units: Sequence[Unit], key: Callable[[Unit], str], other: Callable[[Unit], str]
              ) -> list[tuple[Unit, Unit]]:
    """(unit, reference) for units whose *other* differs from their group's majority."""
    groups: dict[tuple[str, str], list[Unit]] = defaultdict(list)
    for unit in units:  # within one target language: a TMX may hold de-DE beside zh-CN
        if unit.target.strip() and not unit.fuzzy and unit.source.strip():
            groups[lang_key(unit.target_lang), key(unit)].append(unit)
    out: list[tuple[Unit, Unit]] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        values = [other(u) for u in members]
        counts = Counter(values)
        if len(counts) < 2:
            continue
        best = max(counts.values())
        majority = next(v for v in values if counts[v] == best)
        reference = members[values.index(majority)]
        out.extend((u, reference) for u, v in zip(members, values, strict=True) if v != majority)
    return out


def _one_form_per_entry(units: Sequence[Unit]) -> list[Unit]:
    """*units* with the plural forms of a PO entry after its first left out.

    A plural entry gives one unit per form, at the entry's own line; in a language with
    several forms (Arabic has six) the forms of ``msgid_plural`` are translated
    differently on purpose, and ``msgid`` and ``msgid_plural`` may share a form's
    text: neither is an inconsistency between entries.
    """
    seen: set[tuple[str, int, str]] = set()
    out: list[Unit] = []
    for unit in units:
        if unit.origin.line:
            key = (unit.origin.path, unit.origin.line, unit.context)
            if key in seen:
                continue
            seen.add(key)
        out.append(unit)
    return out


def _where(unit: Unit) -> str:
    return str(unit.origin) or "another entry"


@catalog_check(CheckInfo("segment-inconsistent", "error",
                         "the same source is translated differently elsewhere", "consistency"))
def check_segment_inconsistent(units: Sequence[Unit], ctx: Context) -> None:
    """Report units whose identical source has another translation elsewhere.

    Within one msgctxt (or none on both sides) a different translation is an error.
    Across two msgctxts it is a warning: msgctxt is how a developer says two strings
    are different messages ("Open" in *settings* → 打开, an account's status → 正常),
    yet most pairs name two places of one interface (*menu* / *toolbar*, *headline* /
    *ticker*) where the same words should read the same, so it is still shown.
    """
    entries = _one_form_per_entry(units)
    labels: dict[int, str] | None = None
    by_context: dict[tuple[str, str, str], list[Unit]] = {}
    for unit, ref in _odd_ones(entries, lambda u: _source_key(u.source),
                               lambda u: sentence_key(u.target)):
        if senses_told_apart(ctx, unit, ref):
            continue  # msgctxt "checkout" Tip → 小费, "help-hint" Tip → 提示
        if labels is None:
            labels = _context_labels(entries, ctx)
            by_context = _by_source_and_context(entries, labels)
        mine = labels.get(id(unit), "")
        twin = ref if labels.get(id(ref), "") == mine else next(
            (u for u in by_context.get(_context_key(unit, mine), ())
             if sentence_key(u.target) != sentence_key(unit.target)), ref)
        theirs = labels.get(id(twin), "")
        where = "" if mine == theirs else (
            f" (another msgctxt: {theirs!r} there, {mine!r} here)" if mine and theirs
            else f" (msgctxt {mine or theirs!r} on one of them only)")
        ctx.report("segment-inconsistent", unit,
                   f"same source as {_where(twin)}{where} but translated differently "
                   f"(there: {_short(twin.target)})", [(0, len(unit.target))],
                   advisory=mine != theirs)


def _context_key(unit: Unit, msgctxt: str) -> tuple[str, str, str]:
    return lang_key(unit.target_lang), _source_key(unit.source), msgctxt


def _by_source_and_context(entries: Sequence[Unit], labels: dict[int, str]
                           ) -> dict[tuple[str, str, str], list[Unit]]:
    """The translated units by (target language, source, msgctxt)."""
    out: defaultdict[tuple[str, str, str], list[Unit]] = defaultdict(list)
    for unit in entries:
        if unit.target.strip() and not unit.fuzzy and unit.source.strip():
            out[_context_key(unit, labels.get(id(unit), ""))].append(unit)
    return out


def _context_labels(entries: Sequence[Unit], ctx: Context) -> dict[int, str]:
    """id(unit) -> the msgctxt that labels the message, for the files whose msgctxts do.

    A file in which every entry has a msgctxt holding a digit and no two share one uses
    msgctxt as an entry id (tm's own ``--msgctxt`` output, a memory export, verse
    references such as "Lev.8.1", "u128"): those say nothing about the message, and
    count as no msgctxt.  Labels ("settings", "account status") name no number.
    """
    per_file: defaultdict[str, list[Unit]] = defaultdict(list)
    for unit in entries:
        per_file[unit.origin.path].append(unit)
    out: dict[int, str] = {}
    for members in per_file.values():
        found = [ctx.msgctxts.get(id(u), "") for u in members]
        if (len(members) > 1 and all(found) and len(set(found)) == len(found)
                and all(_DIGIT.search(label) for label in found)):
            continue  # entry ids
        out.update((id(u), label) for u, label in zip(members, found, strict=True) if label)
    return out


@catalog_check(CheckInfo("reverse-inconsistent", "warning",
                         "the same translation is used for different sources", "consistency"))
def check_reverse_inconsistent(units: Sequence[Unit], ctx: Context) -> None:
    """Report units whose translation is identical to that of a different source."""
    for unit, ref in _odd_ones(_one_form_per_entry(units), lambda u: sentence_key(u.target),
                               lambda u: _source_by_concept(u, ctx)):
        ctx.report("reverse-inconsistent", unit,
                   f"same translation as {_where(ref)} whose source differs "
                   f"(there: {_short(ref.source)})", [(0, len(unit.target))])


def _short(text: str, limit: int = 40) -> str:
    text = sentence_key(text)
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")

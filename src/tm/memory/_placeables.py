"""Placeables: the parts of a match a tool may swap in without a translator.

When a query and a memory source differ only in numbers or Latin-script names
(``In 2017, ...`` against ``In 2016, ...``), the memory's target can be adapted
by replacing the old value with the new one.  :func:`adapt` does that, and only
when it is sure: both texts must be equal once every placeable is masked, and
every changed placeable must be found in the target (the same digits or name,
or, through :mod:`tm.numbers` when available, a number of the same value
written the Chinese way: ``53.96 billion`` <-> ``539.6亿``).

:func:`diff_tokens` shows what changed between a query and a match source, for
the CLI to colour.
"""

from __future__ import annotations

import difflib
import importlib
from decimal import Decimal
from itertools import pairwise
from typing import Any

import regex

from tm._shared.po_header import ADAPTED_NOTE
from tm._shared.script import HAN, KANA

__all__ = ["ADAPTED_NOTE", "adapt", "adapt_counted", "diff_tokens", "placeable_spans"]

# ADAPTED_NOTE (how a suggestion whose numbers and names adapt() put in says so) is the
# PO vocabulary's, in tm._shared.po_header: the PO reader tells such a msgstr by it.

# Numbers (with an optional scale word) and runs of capitalized Latin words.
_NUMBER = r"\d+(?:[.,]\d+)*(?:\s*(?:percent|per cent|%|million|billion|trillion|thousand|亿|万))?"
_NAME = r"\p{Lu}[\p{Latin}\p{M}\d'’-]*(?:\s+\p{Lu}[\p{Latin}\p{M}\d'’-]*)*"
_PLACEABLE = regex.compile(rf"(?P<num>{_NUMBER})|(?<![\p{{Latin}}\d])(?P<name>{_NAME})", regex.V1)
#: A character a stand-alone placeable may not touch (see _standalone).
_GLUED = regex.compile(r"[\p{Latin}\d]", regex.V1)
_UNGLUED_GAP = regex.compile(r"(?<![\p{Latin}\d])(?![\p{Latin}\d])", regex.V1)
_DIFF_TOKEN = regex.compile(
    rf"\s+|[{HAN}{KANA}]|[^\W{HAN}{KANA}]+|[^\w\s]",
    regex.V1)
#: Largest (source tokens x query tokens) compared word by word by :func:`diff_tokens`,
#: after their common start and end are set aside (about 250 words against 250).
MAX_DIFF_CELLS = 250_000
# Scale words a target may write after its digits, longest first.
_SCALES = (("万亿", Decimal(10) ** 12), ("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4),
           ("trillion", Decimal(10) ** 12), ("billion", Decimal(10) ** 9),
           ("million", Decimal(10) ** 6), ("thousand", Decimal(10) ** 3))


def diff_tokens(query: str, source: str) -> list[tuple[str, str]]:
    """Return how *source* (a memory match) differs from *query*, as ``(op, text)`` runs.

    ``op`` is ``"="`` (in both), ``"-"`` (only in the match source) or ``"+"``
    (only in the query).  Joining the ``=`` and ``-`` texts gives *source* back,
    joining ``=`` and ``+`` gives *query*.  Words and CJK characters are the
    units of change.

    >>> diff_tokens("In 2017 sales grew", "In 2016 sales grew")
    [('=', 'In '), ('-', '2016'), ('+', '2017'), ('=', ' sales grew')]
    """
    q = _DIFF_TOKEN.findall(query)
    s = _DIFF_TOKEN.findall(source)
    out: list[tuple[str, str]] = []

    def emit(op: str, text: str) -> None:
        if not text:
            return
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))

    head = _common_length(s, q)
    tail = _common_length(s[head:][::-1], q[head:][::-1])
    s_mid, q_mid = s[head:len(s) - tail], q[head:len(q) - tail]
    emit("=", "".join(s[:head]))
    if len(s_mid) * len(q_mid) > MAX_DIFF_CELLS:
        # difflib is worse than quadratic on long token lists (a 5,000-word
        # sentence ran for minutes): past the bound the middle is one change.
        emit("-", "".join(s_mid))
        emit("+", "".join(q_mid))
    else:
        matcher = difflib.SequenceMatcher(None, s_mid, q_mid, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                emit("=", "".join(s_mid[i1:i2]))
            else:
                emit("-", "".join(s_mid[i1:i2]))
                emit("+", "".join(q_mid[j1:j2]))
    emit("=", "".join(s[len(s) - tail:]))
    return out


def _common_length(a: list[str], b: list[str]) -> int:
    """How many leading tokens *a* and *b* share."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def placeable_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of every number and capitalized Latin name in *text*.

    >>> placeable_spans("Export as GIF")
    [(0, 6, 'Export'), (10, 13, 'GIF')]
    """
    return [(m.start(), m.end(), m.group()) for m in _PLACEABLE.finditer(text)]


def _mask(text: str, spans: list[tuple[int, int, str]]) -> str:
    parts, last = [], 0
    for start, end, _ in spans:
        parts.append(text[last:start])
        parts.append("\x00")
        last = end
    parts.append(text[last:])
    return " ".join("".join(parts).split()).casefold()


def adapt(query: str, source: str, target: str, *, source_lang: str = "en",
          target_lang: str = "zh-CN") -> str | None:
    """Return *target* with the query's numbers and names put in, or ``None``.

    ``None`` means "not adaptable": the texts differ in more than placeables,
    nothing differs, or a changed placeable cannot be found in *target*.

    >>> adapt("In 2017, revenue rose.", "In 2016, revenue rose.", "2016年，收入增长。")
    '2017年，收入增长。'
    """
    found = adapt_counted(query, source, target, source_lang=source_lang,
                          target_lang=target_lang)
    return None if found is None else found[0]


def adapt_counted(query: str, source: str, target: str, *, source_lang: str = "en",
                  target_lang: str = "zh-CN") -> tuple[str, int] | None:
    """:func:`adapt`, with how many placeables it changed (at least one).

    >>> adapt_counted("Export as GIF", "Export as PNG", "导出为PNG")
    ('导出为GIF', 1)
    """
    q_spans, s_spans = placeable_spans(query), placeable_spans(source)
    if len(q_spans) != len(s_spans) or _mask(query, q_spans) != _mask(source, s_spans):
        return None
    changes = [(s, *_trim(s[2], q[2]))
               for q, s in zip(q_spans, s_spans, strict=True) if q[2] != s[2]]
    if not changes:
        return None
    # Every old value is found in the stored target first and all are replaced at
    # once: one at a time, a swap (10 to 20 -> 20 to 10) or a new value that the
    # target already holds elsewhere found the value just put in (R4-11).
    if _ambiguous(source, changes):
        return None
    places = []
    for span, old, new in changes:
        place = _locate(target, old, new, (source_lang, target_lang),
                        _occurrence(source, span, old))
        if place is None:
            return None
        places.append(place)
    places.sort()
    if any(a[1] > b[0] for a, b in pairwise(places)):
        return None  # two changes at one place of the target: not sure which is which
    out = target
    for start, end, text in reversed(places):
        out = out[:start] + text + out[end:]
    return out, len(changes)


def _ambiguous(source: str, changes: list[tuple[tuple[int, int, str], str, str]]) -> bool:
    """True when a value written more than once in *source* does not change everywhere alike.

    Copies of one value changing alike (``3 of 3`` -> ``5 of 5``) map to the target
    whatever its order; copies changing differently (``Gate 2, Terminal 2`` -> ``Gate 7,
    Terminal 2``) would have to be told apart in the target by position, and Chinese
    often puts the larger unit first (2号航站楼7号登机口): no sure mapping, so the match
    is not adapted (review V-18).
    """
    for _span, old, new in changes:
        alike = sum(1 for _s, o, n in changes if o == old and n == new)
        if alike != len(_standalone(source, old)):
            return True
    return False


def _trim(old: str, new: str) -> tuple[str, str]:
    """Drop the words two placeable runs share at either end (``Contact Bob`` -> ``Bob``)."""
    a, b = old.split(), new.split()
    if old[:1].isdigit() or new[:1].isdigit():
        return old, new
    while len(a) > 1 and len(b) > 1 and a[0] == b[0]:
        a, b = a[1:], b[1:]
    while len(a) > 1 and len(b) > 1 and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    return " ".join(a), " ".join(b)


def _standalone(target: str, old: str) -> list[int]:
    r"""Where *old* stands alone in *target*: no Latin letter or digit just before or after it.

    The starts a scan for ``(?<![\p{Latin}\d])OLD(?![\p{Latin}\d])`` finds, left to
    right and not overlapping, without compiling that pattern for every *old* (a
    lookup adapting thousands of hits compiled thousands of patterns).
    """
    if not old:  # (a placeable never is) every position between two unglued characters
        return [m.start() for m in _UNGLUED_GAP.finditer(target)]
    starts: list[int] = []
    pos = target.find(old)
    while pos != -1:
        end = pos + len(old)
        if (pos == 0 or _GLUED.match(target, pos - 1) is None) and \
                _GLUED.match(target, end) is None:
            starts.append(pos)
            pos = target.find(old, end)
        else:
            pos = target.find(old, pos + 1)
    return starts


def _occurrence(source: str, span: tuple[int, int, str], old: str) -> tuple[int, int]:
    """``(n, copies)``: *old* (the changed part of placeable *span*) is the n-th of the
    *copies* stand-alone copies of *old* in *source* (``Page 3 of 3``: the first of two)."""
    copies = _standalone(source, old)
    at = span[0] + max(span[2].find(old), 0)
    return (copies.index(at) if at in copies else -1), len(copies)


def _locate(target: str, old: str, new: str, langs: tuple[str, str],
            occurrence: tuple[int, int]) -> tuple[int, int, str] | None:
    """``(start, end, replacement)``: where placeable *old* is in *target* and what
    *new* is written there; ``None`` when *old* has no sure place there.

    *old* is the n-th of k copies in the source (*occurrence*): the target must
    hold it k times too, and the n-th is it; only copies that all change alike get
    here (:func:`_ambiguous`), so the order matters only between equal
    replacements.  A target writing the value more often or less often than the
    source (``Wait 3 days.`` -> 等3天（3天后重试）) gives no sure mapping: not
    adapted, rather than adapted at a guess.  A value not written as such is
    looked for by its value (53.96 billion -> 539.6亿), which must then be the
    target's only number of that value.
    """
    nth, copies = occurrence
    found = _standalone(target, old)
    if found:
        if len(found) != copies or nth < 0:
            return None
        return found[nth], found[nth] + len(old), new
    old_value, new_value = _value(old, langs[0]), _value(new, langs[0])
    if old_value is None or new_value is None or copies != 1:
        return None
    same = [n for n in _numbers(target, langs[1])
            if n.value == old_value[0] and n.kind == old_value[1]]
    if len(same) != 1:
        return None
    rendered = _render(new_value[0], same[0].text)
    return None if rendered is None else (same[0].start, same[0].end, rendered)


def _numbers(text: str, lang: str) -> list[Any]:
    try:
        numbers = importlib.import_module("tm.numbers")
    except ImportError:  # pragma: no cover - tm.numbers is optional here
        return []
    return list(numbers.extract_numbers(text, lang))


def _value(text: str, lang: str) -> tuple[Decimal, str] | None:
    found = _numbers(text, lang)
    if len(found) != 1:
        return None
    return found[0].value, found[0].kind


def _render(value: Decimal, like: str) -> str | None:
    """Write *value* the way the target wrote its number *like* (its scale word, unit, %)."""
    digits = regex.search(r"\d[\d.,]*", like)
    if digits is None:
        return None
    rest = like[digits.end():].lower()
    scale = next((s for word, s in _SCALES if rest.lstrip().startswith(word)), Decimal(1))
    text = _plain(value / scale, grouped="," in digits.group())
    return like[:digits.start()] + text + like[digits.end():]


def _plain(value: Decimal, *, grouped: bool = False) -> str:
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if grouped:
        head, _, tail = text.partition(".")
        head = f"{int(head):,}"
        text = head + ("." + tail if tail else "")
    return text

"""Inline codes written as plain characters: markup tags, entities and format placeholders.

A PO message, or a TMX segment whose tool kept its codes as text (memoQ's
``<bpt>`` holding an escaped ``<kbd>``, OmegaT's ``<b0>``), carries them in the very text
a translator reads.  They are placeables, not words: Trados, memoQ and Okapi
neither count them in a quote nor translate them.  :func:`code_spans` finds
them, for :func:`tm.memory._analysis.count_words`.

Recognised (each a single code):

* an HTML/XML tag: ``<b>``, ``</b>``, ``<br/>``, ``<a href="%s">``, ``<b0>``;
* an entity or a numeric character reference: ``&nbsp;``, ``&copy;``, ``&#`` and
  digits, ``;``;
* a printf conversion (C, Python, positional, Objective-C): ``%s``, ``%1$s``,
  ``%(name)s``, ``%.2f``, ``%@``; Qt's ``%1``; not ``%%`` nor the ``%`` of
  ``50 %``;
* a brace field (Python, .NET, ICU argument, template): ``{count}``, ``{0}``,
  ``{user.name}``, ``{0:N2}``, ``{{ name }}``.

The patterns are linear (no nested repetition over the same characters), so
any text is scanned in time proportional to its length.  What is a
placeholder is :mod:`tm._shared.placeholders`'s one pattern, the checks'
too (``20%discount`` holds none); their *semantics* (types, arguments) belong
to tm.checks.placeholders; this module only says where codes are.
"""

from __future__ import annotations

import regex

from tm._shared.placeholders import PLACEHOLDER

__all__ = ["code_spans", "without_codes"]

_TAG = (r"</?[A-Za-z][\w.:-]*"
        r"(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>=]+))?)*"
        r"\s*/?>")
_ENTITY = r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
_CODE = regex.compile(f"{_TAG}|{_ENTITY}", regex.V1)


def code_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every inline code in *text*, in order.

    >>> text = 'Read <a href="%s">the terms</a> by {date}.'
    >>> [text[s:e] for s, e in code_spans(text)]
    ['<a href="%s">', '</a>', '{date}']
    """
    if "<" not in text and "%" not in text and "{" not in text and "&" not in text:
        return []
    spans = [m.span() for m in _CODE.finditer(text)]
    spans += [m.span() for m in PLACEHOLDER.finditer(text) if m.group() != "%%"]
    return _outermost(spans)


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """*spans* in order, without those inside another (a placeholder in a tag's attribute)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if out and start < out[-1][1]:
            continue
        out.append((start, end))
    return out


def without_codes(text: str) -> str:
    """*text* with every inline code replaced by a space (a code separates words).

    >>> without_codes("Transfer %1$s to <b>%2$s</b>?")
    'Transfer   to    ?'
    """
    spans = code_spans(text)
    if not spans:
        return text
    out, at = [], 0
    for start, end in spans:
        out.append(text[at:start])
        out.append(" ")
        at = end
    out.append(text[at:])
    return "".join(out)

"""The placeholders of a message: one pattern for every format tm reads (private).

printf (``%s``, ``%2$d``, ``%(name)s``, Objective-C's ``%@``), Qt's ``%1``,
Python's and .NET's braces (``{0}``, ``{name:>8}``), ICU MessageFormat heads
(``{count, plural, ...}``) and double-brace templates (``{{ user.name }}``).
The checks parse them (:mod:`tm.checks.placeholders` reads the groups); the
memory leaves them out of word counts (:mod:`tm.memory._codes`): one pattern, so
the two never disagree on what is a placeholder (``20%discount`` is none).
"""

from __future__ import annotations

import re

__all__ = ["LINK", "PLACEHOLDER", "PLACEHOLDER_GLUED", "singular_differs"]

_PRINTF = (r"%(?:(?P<pos>[1-9]\d*)\$|\((?P<name>[A-Za-z_]\w*)\))?[-+#0']*(?:\d+|\*)?"
           r"(?:\.(?:\d+|\*))?(?P<len>hh|h|ll|l|L|q|j|z|t)?(?P<conv>[diouxXeEfFgGaAcsprn@])")
_BRACE = (r"\{(?P<field>(?:[A-Za-z_]\w*|\d+)(?:\.\w+|\[\w+\])*)?(?:![rsa])?"
          r"(?::(?P<spec>[^{}\s]*))?\}")
#: Qt's QString::arg markers: %1 … %99, %L1 (the argument in the locale's digits).
_QT = r"%(?P<qtl>L)?(?P<qt>[1-9]\d?)(?![\d$])"
#: The head of an ICU MessageFormat argument: {count, plural, …}, {n, number}.
_ICU = (r"\{\s*(?P<icu>[A-Za-z_]\w*|\d+)\s*,\s*(?:plural|select|selectordinal|number|date|"
        r"time|duration|ordinal|spellout)\s*[,}]")
#: A double-brace interpolation of Vue i18n, i18next, Angular, Handlebars, Jinja and
#: Django templates: {{ user.name }}, {{count}}, {{ total | currency }} (a filter after |).
_TEMPLATE = (r"\{\{\s*(?P<tpl>[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*|\[[^\[\]{}]*\])*)"
             r"\s*(?:\|[^{}]*)?\}\}")


def _pattern(after_printf: str) -> re.Pattern[str]:
    """Every placeholder, a printf conversion followed by *after_printf* (a lookahead)."""
    return re.compile(
        rf"%%|(?<![%0-9A-Za-z_]){_PRINTF}{after_printf}|(?<![%0-9A-Za-z_]){_QT}|{_ICU}"
        rf"|{_TEMPLATE}|(?<!\{{)(?P<brace>{_BRACE})(?!\}})")


#: Every placeholder (groups: pos, name, len, conv, qtl, qt, icu, tpl, brace, field, spec;
#: ``%%`` matches with none of them).  A printf conversion glued to a following letter
#: (``5 %of``, ``%discount``) is taken for prose.
PLACEHOLDER = _pattern(r"(?![A-Za-z])")
#: The same with printf's own reading of a conversion glued to a letter: ``%ds`` is ``%d``
#: and an ``s`` (a C-format "Resend in %ds"), for a text whose two sides agree only so.
PLACEHOLDER_GLUED = _pattern("")


#: A web address or an e-mail address: code a translation keeps as it is, like a
#: placeholder (the segmenter does not end a sentence inside one; a copy of one is no
#: untranslated text).  A pattern string, for callers that build larger patterns.
LINK = r"(?:(?:https?|ftp)://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"


def _codes(text: str) -> list[str]:
    """The placeholders of *text*, sorted (``%%`` is a percent sign, none)."""
    return sorted(m.group() for m in PLACEHOLDER.finditer(text) if m.group() != "%%")


def singular_differs(msgid: str, msgid_plural: str) -> bool:
    """Whether a plural message's msgid holds other placeholders than its msgid_plural.

    "One file was deleted." / "%d files were deleted.": the singular words the
    number.  In a language with one plural form (Chinese) ``msgstr[0]`` serves
    every n, so it translates the msgid_plural ("已删除 %d 个文件。"), not such a
    msgid; the msgid's own translation ("一个文件已删除。") does not fit it.
    """
    return _codes(msgid) != _codes(msgid_plural)

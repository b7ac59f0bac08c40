"""Placeholders compared by argument and type, the way ``msgfmt -c`` compares format strings.

Two families are read, whatever the entry's flags (extractors often leave
strings unflagged):

* printf, as gettext's ``c-format`` and ``python-format``: ``%s %d %.2f``
  (arguments in order), ``%2$s`` (argument 2, so ``%d … %s`` may become
  ``%2$s … %1$d``), ``%(name)s`` (argument ``name``);
* braces, as ``python-brace-format``: ``{name}``, ``{0}``, ``{}`` (numbered
  in order, so ``{}`` is ``{0}``), ``{user.name}``, ``{n:d}``;
* double braces, the interpolation of Vue i18n, i18next, Angular, Handlebars,
  Jinja and Django templates: ``{{ user.name }}``, ``{{count}}``, compared by
  expression (a filter after ``|`` may differ).  ``{{0}}``, Python's escape for
  a literal ``{0}``, names no variable and is left alone.

Source and target must use the same arguments (an argument may be used twice
on one side and once on the other) and each argument with the same type:
``%d``/``%i`` are one type, ``%u``/``%x`` another, ``%ld`` a third (C), while
in Python (``%(name)d`` or ``%r`` present) every integer conversion is one
type, ``%s``/``%r`` another.  A brace field's type is its presentation type
(``{n:d}`` vs ``{n}``); ``!r`` and width or alignment may differ (``msgfmt``
is stricter there).  Only conversions that cannot be prose count: ``% d``
(space flag), ``72.5%的`` and ``50% discount`` are not placeholders.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from tm._shared.placeholders import PLACEHOLDER, PLACEHOLDER_GLUED
from tm.checks._base import CheckInfo, Context, unit_check
from tm.checks._roles import swapped_roles
from tm.model import Unit

__all__ = ["Placeholder", "check_placeholders", "mask_placeholders", "parse_placeholders",
           "placeholders"]

# Conversion letter -> type, as gettext's format-c.c / format-python.c class them.
_C_TYPES = {**dict.fromkeys("di", "int"), **dict.fromkeys("ouxX", "unsigned int"),
            **dict.fromkeys("eEfFgGaA", "double"), "c": "char", "s": "string",
            "p": "pointer", "n": "count", "r": "string", "@": "object"}
_PY_TYPES = {**dict.fromkeys("diouxX", "integer"), **dict.fromkeys("eEfFgG", "float"),
             "c": "character", **dict.fromkeys("sra", "string"), "p": "pointer", "n": "count",
             "@": "object"}
_C_LENGTH = {"hh": "char ", "h": "short ", "l": "long ", "ll": "long long ", "q": "long long ",
             "L": "long ", "j": "intmax ", "z": "size ", "t": "ptrdiff "}
_BRACE_TYPES = "bcdeEfFgGnosxX%"


@dataclass(frozen=True, slots=True)
class Placeholder:
    """One placeholder: ``text[start:end]``, its family, argument and type.

    ``family`` is ``printf`` or ``brace``; ``arg`` the argument it stands for
    (``"1"`` for the first ``%s`` or for ``%1$s``, ``"name"`` for
    ``%(name)s``, ``"0"`` for ``{}`` or ``{0}``); ``kind`` its type.
    """

    text: str
    start: int
    end: int
    family: str
    arg: str
    kind: str


def _python_style(text: str) -> bool:
    """True when *text* uses Python printf forms (``%(name)s``, ``%r``)."""
    return any(m.group("name") or m.group("conv") in "ra"
               for m in PLACEHOLDER.finditer(text) if m.group("conv"))


def parse_placeholders(text: str, *, python: bool | None = None,
                       pattern: re.Pattern[str] = PLACEHOLDER) -> list[Placeholder]:
    """The placeholders of *text*, ``%%`` left out.

    *python* chooses the type classes of printf conversions (Python's, where
    every integer conversion is one type, or C's); by default Python's when
    *text* itself has ``%(name)s`` or ``%r``.  *pattern* is :data:`PLACEHOLDER`,
    or :data:`PLACEHOLDER_GLUED` to read ``%ds`` as printf does.
    """
    if "%" not in text and "{" not in text:
        return []
    if python is None:
        python = _python_style(text)
    out: list[Placeholder] = []
    printf_seq = brace_seq = 0
    for m in pattern.finditer(text):
        if m.group() == "%%":
            continue
        if m.group("tpl"):
            # A template's expression is its argument; a filter may be translated or
            # localized ({{ price | currency }} -> {{ price | currency:'CNY' }}).
            out.append(Placeholder(m.group(), m.start(), m.end(), "template",
                                   m.group("tpl").replace("?.", "."), "untyped"))
            continue
        if m.group("qt") or m.group("icu"):
            # Qt and ICU arguments are compared by argument only: %L1 is %1 in local
            # digits, and {count, plural, …} may become a plain {count} in Chinese.
            family = "qt" if m.group("qt") else "brace"
            arg = m.group("qt") or m.group("icu")
            out.append(Placeholder(m.group(), m.start(), m.end(), family, arg, "untyped"))
            continue
        if m.group("brace"):
            field = m.group("field")
            if field is None:
                field, brace_seq = str(brace_seq), brace_seq + 1
            spec = m.group("spec") or ""
            kind = spec[-1] if spec[-1:] and spec[-1] in _BRACE_TYPES else "untyped"
            out.append(Placeholder(m.group(), m.start(), m.end(), "brace", field, kind))
            continue
        printf_seq = _add_printf(out, m, python, printf_seq)
    return out


def _add_printf(out: list[Placeholder], m: re.Match[str], python: bool, seq: int) -> int:
    """Append the arguments printf conversion *m* takes to *out*; return the count of
    unnumbered arguments taken so far (*seq* before it)."""
    arg = m.group("pos") or m.group("name")
    if arg is None:
        # A * width or precision takes an int argument of its own, before the value
        # (printf("%*d", width, n)): %*d and %d do not take the same arguments.
        for _ in range(m.group().count("*")):
            seq += 1
            out.append(Placeholder(m.group(), m.start(), m.end(), "printf", str(seq),
                                   "integer" if python else "int"))
        seq += 1
        arg = str(seq)
    conv = m.group("conv")
    kind = (_PY_TYPES[conv] if python
            else _C_LENGTH.get(m.group("len") or "", "") + _C_TYPES[conv])
    out.append(Placeholder(m.group(), m.start(), m.end(), "printf", arg, kind))
    return seq


def placeholders(text: str) -> list[tuple[str, int, int]]:
    """The placeholders in *text* as (text, start, end), ``%%`` left out."""
    return [(p.text, p.start, p.end) for p in parse_placeholders(text)]


#: What a placeholder is replaced with by :func:`mask_placeholders`: not a letter,
#: digit or space, so no word, term or number is read across or inside it.
MASK = "\ufffc"


def mask_placeholders(text: str) -> str:
    """*text* with each placeholder's characters replaced by :data:`MASK` (offsets kept).

    Placeholders are code, not words: the ``account`` of ``%(account)s`` or
    ``{account}`` is no occurrence of a glossary term, in the source or the target.

    >>> mask_placeholders("%(user)s paid {0}").count(MASK), len("%(user)s paid {0}")
    (11, 17)
    """
    found = parse_placeholders(text)
    if not found:
        return text
    chars = list(text)
    for p in found:
        chars[p.start:p.end] = MASK * (p.end - p.start)
    return "".join(chars)


def _arguments(found: list[Placeholder]) -> dict[tuple[str, str], list[Placeholder]]:
    """Placeholders by (family, argument)."""
    out: dict[tuple[str, str], list[Placeholder]] = defaultdict(list)
    for p in found:
        out[(p.family, p.arg)].append(p)
    return out


def _lone_percents(text: str, pattern: re.Pattern[str]) -> list[int]:
    """Offsets of '%' signs in *text* that are neither ``%%`` nor part of a placeholder
    read by *pattern* (``%d%`` ends with one: msgfmt refuses it in a format string)."""
    taken = [m.span() for m in pattern.finditer(text)]
    return [i for i, ch in enumerate(text)
            if ch == "%" and not any(s <= i < e for s, e in taken)]


def _dropped_in_order(src: list[Placeholder], tgt: list[Placeholder]) -> list[Placeholder] | None:
    """The source's unnumbered printf placeholders the target left out, when the target's
    are the source's in order with some dropped (``%@ … %d`` -> ``%d``); else None.

    Unnumbered arguments are counted in order, so without this a dropped first ``%@``
    would read as "``%d`` is argument 1 and of the wrong type" rather than "``%@`` is
    missing"; msgfmt only says the number of directives differs.
    """
    src_seq = [p for p in src if p.family == "printf"]
    tgt_seq = [p for p in tgt if p.family == "printf"]
    if not tgt_seq or len(tgt_seq) >= len(src_seq) or not all(
            p.arg.isdigit() and p.text[1:2] != "(" and "$" not in p.text
            for p in src_seq + tgt_seq):
        return None
    dropped, at = [], 0
    for want in src_seq:
        if at < len(tgt_seq) and tgt_seq[at].kind == want.kind:
            at += 1
        else:
            dropped.append(want)
    return dropped if at == len(tgt_seq) else None


def compare_placeholders(source: str, target: str, *, single_form: bool = False
                         ) -> tuple[list[str], list[Placeholder]]:
    """(problems, target placeholders at fault) of *target* against *source*.

    A *single_form* (a plural form used for one number only) may leave arguments out.
    A printf conversion glued to a letter is prose (``5 %of``), but printf's
    reading (``%ds`` is ``%d`` and a literal ``s``, as ``msgfmt -c`` and C read
    it) is taken where the source is a format string (it has another printf
    placeholder, so a literal ``%`` in it would be written ``%%``) or where the
    two sides agree only so ("Resend in %ds" → "%d秒后重新发送").
    """
    if "%" in source and any(m.group("conv") for m in PLACEHOLDER.finditer(source)):
        return _compared(source, target, single_form, PLACEHOLDER_GLUED)
    problems, at_fault = _compared(source, target, single_form, PLACEHOLDER)
    if problems and "%" in source and "%" in target and not _compared(
            source, target, single_form, PLACEHOLDER_GLUED)[0]:
        return [], []
    return problems, at_fault


def _compared(source: str, target: str, single_form: bool,
              pattern: re.Pattern[str]) -> tuple[list[str], list[Placeholder]]:
    """:func:`compare_placeholders` with placeholders read by *pattern*."""
    python = _python_style(source) or _python_style(target)
    src_found = parse_placeholders(source, python=python, pattern=pattern)
    tgt_found = parse_placeholders(target, python=python, pattern=pattern)
    dropped = _dropped_in_order(src_found, tgt_found)
    if dropped is not None:  # compare the rest by argument as usual
        src_found = [p for p in src_found if p.family != "printf"]
        tgt_found = [p for p in tgt_found if p.family != "printf"]
    src, tgt = _arguments(src_found), _arguments(tgt_found)
    missing = [] if single_form else list(dict.fromkeys(
        [p.text for p in dropped or []]
        + [ps[0].text for key, ps in src.items() if key not in tgt]))
    extra = [p for key, ps in tgt.items() if key not in src for p in ps]
    retyped: list[Placeholder] = []
    for key, ps in tgt.items():
        if key in src:
            want = {p.kind for p in src[key]}
            retyped.extend(p for p in ps if p.kind not in want)
    problems = []
    lone = _lone_percents(target, pattern) if "%%" in source and src_found else []
    if lone:
        problems.append("a literal % is written %% in this format string (as the source "
                        "does): " + " ".join(f"'%' at {i}" for i in lone))
    if missing:
        problems.append("missing from the target: " + " ".join(missing))
    if extra:
        problems.append("not in the source: " + " ".join(p.text for p in extra))
    for p in retyped:
        was = next(s.text for s in src[(p.family, p.arg)])
        problems.append(f"{p.text} is not of the type of {was} in the source "
                        f"(argument {p.arg})")
    if problems or len(src) < 2:
        return problems, extra + retyped
    swapped = [found for family in ("printf", "brace", "qt", "template")
               for found in swapped_roles(source, target,
                                          [p for p in src_found if p.family == family],
                                          [p for p in tgt_found if p.family == family])]
    problems.extend(why for _, why in swapped)
    return problems, [p for p, _ in swapped]


@unit_check(CheckInfo("placeholders", "error",
                      "printf or {brace} placeholders missing, added or of another type",
                      "format"))
def check_placeholders(unit: Unit, ctx: Context) -> None:
    """Compare the placeholders of source and target by argument and type."""
    if not unit.target or ("%" not in unit.source + unit.target
                           and "{" not in unit.source + unit.target):
        return
    problems, at_fault = compare_placeholders(unit.source, unit.target,
                                              single_form=id(unit) in ctx.single_forms)
    if problems:
        ctx.report("placeholders", unit, "placeholder(s) " + "; ".join(problems),
                   [(p.start, p.end) for p in at_fault])

"""numbers: every number of the source is in the target and vice versa, across languages.

Numbers are read by :func:`tm.numbers.extract_numbers` into normalized values,
so 53.96 billion = 539.6亿, 79,000 = 7.9万, 72.5 percent = 72.5%, May 7, 2015 =
2015年5月7日, over 600 = 600多, seven = 七, two = 两.  Comparison is by distinct
value (a number repeated in one language and said once in the other is fine),
and tolerant where translators legitimately differ:

* a year is the same whether it is read as a number (in 2016) or a date (2016年);
* a percentage may be written as a plain number (72.5 percent / 72.5个百分点);
* measurements may be converted (50 miles = 80公里) within 3 % after rounding;
* spelled-out numbers (one, 一, first, 两) are often idiom (one of, 之一, 首次):
  they are reported only when the other side has a different number instead.

Numbers inside a glossary term (2025 in Made in China 2025) are set aside on both
sides: the term check covers them.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from tm.checks._base import CheckInfo, Context, unit_check
from tm.checks.terms import target_spans
from tm.model import Unit

if TYPE_CHECKING:
    from tm.numbers import Number

__all__ = ["check_numbers", "same_number"]

_TOLERANCE = Decimal("0.03")


def _unit_factor(unit: str) -> tuple[str, Decimal] | None:
    from tm import _numerals

    return _numerals.UNITS.get(unit)


def _converted(a: Number, b: Number) -> bool:
    """True when *a* and *b* are the same measurement in different units."""
    fa, fb = _unit_factor(a.unit), _unit_factor(b.unit)
    if not fa or not fb or fa[0] != fb[0] or fa[0] == "temperature":
        if {a.unit, b.unit} == {"C", "F"}:
            c, f = (a, b) if a.unit == "C" else (b, a)
            return abs(c.value * Decimal("1.8") + 32 - f.value) <= 1
        return False
    x, y = a.value * fa[1], b.value * fb[1]
    return bool(y) and abs(x - y) <= _TOLERANCE * abs(y)


def same_number(a: Number, b: Number) -> bool:
    """True when source number *a* and target number *b* say the same thing."""
    if a.value == b.value and (a.kind == b.kind or {a.kind, b.kind} <= {"number", "percent"}
                               or {a.kind, b.kind} <= {"number", "ordinal"}):
        return not (a.unit and b.unit and a.unit != b.unit)
    kinds = {a.kind, b.kind}
    if kinds == {"number", "date"}:
        year, date = (a, b) if a.kind == "number" else (b, a)
        return year.value == year.value.to_integral_value() and date.value == year.value * 10000
    if a.unit and b.unit and a.unit != b.unit:
        return _converted(a, b)
    return False


def _outside(numbers: list[Number], spans: Sequence[tuple[int, int]]) -> list[Number]:
    return [n for n in numbers if not any(s <= n.start and n.end <= e for s, e in spans)]


def _unmatched(mine: list[Number], theirs: list[Number], source_side: bool) -> list[Number]:
    if source_side:
        return [a for a in mine if not any(same_number(a, b) for b in theirs)]
    return [b for b in mine if not any(same_number(a, b) for a in theirs)]


def _glossary_spans(unit: Unit, ctx: Context) -> tuple[list[tuple[int, int]],
                                                        list[tuple[int, int]]]:
    hits = ctx.term_hits(unit)
    source = [(h.start, h.end) for h in hits]
    renderings = tuple(t for h in hits for t in h.term.targets)
    return source, target_spans(unit.target, renderings) if renderings else []


def _lang(code: str, default: str) -> str:
    code = (code or default).lower()
    return "zh" if code.startswith(("zh", "cmn")) else "en"


def _show(numbers: list[Number]) -> str:
    return ", ".join(dict.fromkeys(n.text for n in numbers))


@unit_check(CheckInfo("numbers", "error",
                      "a number in the source is missing from the target, or the reverse",
                      "numbers"))
def check_numbers(unit: Unit, ctx: Context) -> None:
    """Compare the normalized numbers of source and target."""
    from tm.numbers import extract_numbers

    if not unit.target.strip() or unit.target == unit.source:
        return
    src = extract_numbers(unit.source, _lang(unit.source_lang, "en"))
    tgt = extract_numbers(unit.target, _lang(unit.target_lang, "zh"))
    if not src and not tgt:
        return
    if ctx.glossary is not None:
        s_spans, t_spans = _glossary_spans(unit, ctx)
        src, tgt = _outside(src, s_spans), _outside(tgt, t_spans)
    missing = _unmatched(src, tgt, True)
    extra = _unmatched(tgt, src, False)
    if missing and extra:
        pass  # a substitution: report even spelled-out numbers
    else:
        missing = [n for n in missing if not n.spelled]
        extra = [n for n in extra if not n.spelled]
    parts = []
    if missing:
        parts.append(f"{_show(missing)} in the source not found in the target")
    if extra:
        parts.append(f"{_show(extra)} in the target not in the source")
    if parts:
        ctx.report("numbers", unit, "number mismatch: " + "; ".join(parts),
                   [(n.start, n.end) for n in extra])

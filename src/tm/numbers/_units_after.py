"""The unit written right after a figure that is not in the text: a placeholder's (private).

"The passenger is %d km away." → 乘客距您 %d 英里。 changes the unit and no figure: the
value is the program's, the unit is the text's.  :func:`unit_written_after` reads the unit written
after a position as if a figure ended there, with the readers of tm.numbers (one table of
units): a stand-in figure is put in the placeholder's place and read with what follows
it.  "%d km", "%.2f miles", "{n} mph" (a speed's distance, as 10 mph is read), "%d min", "%d
GB", "%d yuan"; in Chinese the space a translator leaves after a placeholder is no gap
("%d 英里", "%d 小时"), and a rate's slash is skipped ("%s /km", "%s /英里": per unit).
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from tm.numbers._base import Number
from tm.numbers._extract import compare_numbers, extract_numbers
from tm.numbers._lazy import lazy_re
from tm.numbers._numerals import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS_EN,
    PERCENT,
    PERCENTAGE_POINT,
    UNITS,
)

__all__ = ["another_unit", "unit_written_after"]

#: The figure put in the placeholder's place: a plain one, read with any unit.
_STAND_IN = "2"
#: The longest unit name read after a placeholder, with room ("square kilometres",
#: 平方公里, "British thermal units"): only that much text is read.
_REACH = 28
#: A rate's slash before a unit name ("%s /km"): per that unit.
_PER = lazy_re(r" ?/ ?(?=[^\W\d_])")


def unit_written_after(text: str, start: int, lang: str) -> str:
    """The canonical unit (tm.numbers' ``Number.unit``: ``km``, ``mile``, ``min``, ``GB``,
    ``CNY`` …) written right after text[:start] as if a figure ended there, or ""."""
    return _unit_of(text[start:start + _REACH], lang)


@lru_cache(maxsize=4096)
def _unit_of(rest: str, lang: str) -> str:
    """The unit at the start of *rest* (see unit_written_after; cached: catalogs repeat
    their strings)."""
    per = _PER.match(rest)
    rest = rest[per.end():] if per else rest
    if lang == "zh":
        rest = rest.lstrip(" \u00a0")
    elif per:
        rest = " " + rest
    if not rest.strip() or rest.lstrip()[0].isdigit():
        return ""
    first = _first(extract_numbers(_STAND_IN + rest, lang))
    return first.unit if first is not None else ""


def _first(numbers: list[Number]) -> Number | None:
    """The stand-in figure as read (the number at offset 0), or None."""
    return numbers[0] if numbers and numbers[0].start == 0 and numbers[0].kind in (
        "number", "percent") else None


#: The currencies a figure may be read in (CNY, USD, HKD, and "$" or "¥" of either).
_CURRENCIES = frozenset(CURRENCY_WORDS_EN.values()) | frozenset(CURRENCY_PREFIXES.values())
#: A figure to weigh two units with: with decimals, so its rounding step lets no unit pass
#: for another (1 km and 1 mile are one figure rounded to the unit).
_ANY_FIGURE = Decimal("1.001")


def another_unit(a: str, b: str) -> bool:
    """True when one figure in unit *a* and in unit *b* says two quantities of one kind:
    units of one dimension of different sizes (km and mile, min and hour, GB and MB),
    two currencies, a percent and percentage points.  Units of different kinds are not
    weighed (water billed in cubic metres or in 吨, a tonne of it being one)."""
    if a == b or not a or not b:
        return False
    kind = {a, b} <= {PERCENT, PERCENTAGE_POINT} or {a, b} <= _CURRENCIES or (
        a in UNITS and b in UNITS and UNITS[a][0] == UNITS[b][0])
    if not kind:
        return False
    one = [Number(_ANY_FIGURE, "percent" if u in (PERCENT, PERCENTAGE_POINT) else "number",
                  0, 1, "", unit=u) for u in (a, b)]
    return compare_numbers(one[:1], one[1:], lenient=False) != ([], [])

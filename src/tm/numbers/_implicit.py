"""The explicit "one" of a Chinese rate: 1美元兑161日元 for "161 yen per dollar" (private).

English leaves the one of a rate or a distribution unsaid: "161 yen per US
dollar", "3 doctors for every patient", "20 yuan a kilogram".  Chinese often
writes it: 1美元兑161日元, 每1名患者, 每1公斤20元.  Such a target-only 1 is not a
mismatch, but only in a narrow case, so that no wrong number is ever hidden:

* the unmatched target number is exactly 1 (a plain number, not a percentage,
  date or ordinal), and the source has no unmatched number of its own;
* and either the 1 carries a unit or currency (1美元, 1公斤) that the source
  names right after *per*, *a*, *an*, *each*, *every*, *to the* or *against
  the* ("per US dollar", "a kilogram", "7.18 yuan to the US dollar", "0.59 US dollars
  per New Zealand dollar": a dollar may take its country's name), or
  the 1 follows 每 (每1人) and the source says *per*, *each* or *every*.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tm.numbers._base import Number
from tm.numbers._lazy import lazy_re
from tm.numbers._numerals import CURRENCY_WORDS_EN, UNIT_FORMS_EN

__all__ = ["without_explicit_ones"]

_UNIT_WORDS = {**{k: v for k, v in UNIT_FORMS_EN.items() if len(k) > 2},
               **CURRENCY_WORDS_EN, "us dollar": "USD", "hong kong dollar": "HKD"}
_WORDS = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                  for w in sorted(_UNIT_WORDS, key=len, reverse=True))
#: A unit after a word of "each"; a currency may take its country's name (per US dollar, per
#: New Zealand dollar, to the Australian dollar: capitalized words).
_PER_UNIT = lazy_re(rf"(?i)\b(?:per|an?|each|every|(?:to|against)\s+the)\s+"
                       rf"(?:(?:US|U\.S\.)\s+|(?-i:[A-Z][a-z]+\s+){{1,2}})?({_WORDS})\b")
_PER = lazy_re(r"(?i)\b(?:per|each|every)\b")


def without_explicit_ones(source_text: str, missing: Sequence[Number], extra: Sequence[Number],
                          target_text: str) -> list[Number]:
    """*extra* (target numbers unmatched in the English source) less its explicit ones."""
    if missing or not extra:
        return list(extra)
    units: set[str] | None = None
    out = []
    for n in extra:
        if n.value == 1 and n.kind == "number":
            if n.start > 0 and target_text[n.start - 1] == "每" and _PER.search(source_text):
                continue
            if n.unit:
                if units is None:
                    units = _units_after_determiners(source_text)
                if any(_same(n.unit, u) for u in units):
                    continue
        out.append(n)
    return out


def _units_after_determiners(text: str) -> set[str]:
    return {_UNIT_WORDS[re.sub(r"\s+", " ", m.group(1).lower())]
            for m in _PER_UNIT.finditer(text)}


def _same(a: str, b: str) -> bool:
    from tm.numbers._extract import same_unit

    return same_unit(a, b)

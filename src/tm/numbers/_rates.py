"""Rates per thousand, per ten thousand ... read as their base (private).

"4.5 per 1,000 live births" is written 4.5‰ in Chinese, and "per 10,000
residents" 每万名居民: the base of the rate is a number the sign or the bare
magnitude after 每 stands for.  So ‰ (per mille) is read as 1000 and ‱ (per
ten thousand) as 10000 beside the figure before it, in either language, and in
Chinese 每 + a bare magnitude (每千人, 每万名, 每十万人, 每百万) as that magnitude.
A figure written out (每1000人, 每10万人) is read by the recognizers already.
"""

from __future__ import annotations

from decimal import Decimal

from tm.numbers._base import Number
from tm.numbers._lazy import lazy_re
from tm.numbers._numerals import UNIT_FORMS_ZH

__all__ = ["read_rates"]

_RATE_SIGNS = lazy_re(r"(?<=\d)\s?([‰‱])")
_SIGN_VALUES = {"‰": 1000, "‱": 10000}
#: 每 + a bare magnitude (每万名; not 每三万 nor 每10万, read as numbers), unless the
#: magnitude character begins a unit's name (每千米, 每千克 are per kilometre, per kilogram).
_UNIT_NAMES = "|".join(sorted((u for u in UNIT_FORMS_ZH if u[0] in "十百千万亿"), key=len,
                              reverse=True))
_PER_MAGNITUDE = lazy_re(rf"每(?!{_UNIT_NAMES})(十万|百万|千万|千|万|亿)"
                            r"(?![〇零一二两三四五六七八九十百千万亿\d])")
_MAGNITUDES = {"千": 1000, "万": 10**4, "十万": 10**5, "百万": 10**6, "千万": 10**7, "亿": 10**8}


def read_rates(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* (found in *text*) plus the bases of rates written with ‰, ‱ or 每 + 万."""
    if "‰" not in text and "‱" not in text and (lang != "zh" or "每" not in text):
        return numbers
    added = [Number(Decimal(_SIGN_VALUES[m.group(1)]), "number", m.start(1), m.end(1),
                    m.group(1), False, "") for m in _RATE_SIGNS.finditer(text)]
    if lang == "zh":
        added += [Number(Decimal(_MAGNITUDES[m.group(1)]), "number", m.start(1), m.end(1),
                         m.group(1), False, "") for m in _PER_MAGNITUDE.finditer(text)]
    kept = [a for a in added if not any(n.start < a.end and a.start < n.end for n in numbers)]
    return [*numbers, *kept] if kept else numbers

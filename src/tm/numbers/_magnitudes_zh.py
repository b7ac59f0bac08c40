"""Chinese magnitudes written with no numeral before them, read as values (private).

Chinese writes a round figure with its magnitude alone, no 一 before it: 百年 ("a
hundred years", "a century"), 千年, 万人, 百万用户 ("a million users"), 万架无人机.  A
hedge says the figure is approximate and makes it a number beyond doubt: 逾百年 / 百余年 /
上百年 / 超过百年 ("more than 100 years"), 近百年 / 将近百年 ("nearly 100 years"), 近万人,
千余人, 过百万.  The value is the magnitude's (百 100, 千 1,000, 万 10,000, 亿 10^8, and the
compounds 百万, 千万, 百亿, 千亿, 万亿), as English keeps "over 600" at 600; a unit of time,
a counter or a unit of measure after it is read with it (百年 is 100 years).

A bare magnitude is read when a hedge stands before it (:data:`_HEDGE`) or 余 / 多 after
it, or a counter or unit follows it (:data:`_COUNTED`, a unit of time, a unit of
:data:`UNIT_FORMS_ZH`); a compound magnitude (百万, 百亿) before any Han word too
(百万富翁).  Never:

* after a numeral, a digit, 数, 几 or 成 (三百年 is read whole by the recognizers; 数百年
  "centuries", 几千人 "thousands" name an order, no figure: tm.numbers._orders; 成千上万
  is a set phrase), nor before
  another magnitude that does not compound with it (千百年 "for ages", 亿万 "countless");
* inside a longer set phrase (data/set_phrases_zh.txt: 百年大计, 万人空巷, 百年好合, 万年青):
  a phrase whose figure is only a manner of speaking has no number; a magnitude that
  is itself a listed word (千万 "by all means") is a number only when hedged or counted
  (逾千万, 千万元);
* at the start of a unit's own name (千米 the kilometre, 千克, 百万英热单位).

Each is spelled.  A single magnitude before a classifier (万架, 近千名) is a count, as a
numeral before it would be; every other reading is a ``round_figure`` (:class:`Number`): a
round figure the English may say with no number at all (百年老店 "a long-established
shop", 上万人 "tens of thousands") or with a number word the reading cannot weigh ("a
thousand years twice told" → 千年，再活千年) is reported only beside a figure in digits it
fails to meet, and it meets the figure the English does write ("a 100-year-old shop",
"more than 10,000 people").  Ages (百岁) and rankings (百强) are read by
tm.numbers._idioms_zh; a table's unit line (单位：万元) by :func:`bare_units`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tm._shared.script import is_han
from tm.numbers._base import Number
from tm.numbers._durations import read_time_units
from tm.numbers._hedges import HEDGES, bound_of, hedge_pattern, meaning
from tm.numbers._lazy import lazy_re
from tm.numbers._numerals import UNIT_FORMS_ZH, UNIT_WORD_STARTS_ZH, ZH_CLASSIFIERS
from tm.numbers._zh import IDIOMS, set_phrases_over

__all__ = ["COUNTER", "bare_magnitudes", "bare_units", "unit_after"]

_VALUES = {"百": Decimal(100), "千": Decimal(1_000), "万": Decimal(10_000),
           "亿": Decimal(100_000_000)}
#: A magnitude alone or compounded (万亿 before 万 and 亿: longest first).
_MAGNITUDE = "万亿|[百千][万亿]|[百千万亿]"
#: Words before a magnitude that say its figure is approximate or a bound: every hedge of
#: tm.numbers._hedges (过, 破, 上, 达 too), each after no word it ends (the 近 of 附近 / 最近
#: "near", "recently": 附近万达广场; the 上 of 地上 / 网上 / 以上: review W-5).
_HEDGE = hedge_pattern("zh", bare=True)
#: The hedges that are also common words of place or of a verb (地上万国 "all nations on
#: earth", 胜过万人 "better than all men", 到达千..., 远超万神 "far above all gods"): a hedge
#: only before a counter or a unit (上百年, 过万人, 上万元) or at the end of a clause (销量破万。).
_WEAK_HEDGES = frozenset(h.word for h in HEDGES["zh"] if h.weak)
#: What may follow a figure at the end of a clause.
_CLAUSE_END = lazy_re(r"[，。；！？、,.;!?）)]|$")
#: Classifiers after which a bare magnitude counts things (万架无人机, 千名, 百米 and 万米,
#: which name races and lengths): a count like any numeral, not a round figure.
_CLASSIFIERS = ZH_CLASSIFIERS
#: Words after which a bare magnitude is a round figure: people and homes said as a crowd
#: (万人, 百家, 千户) as well as the classifiers.
_COUNTED = _CLASSIFIERS + "人家户"
#: Units of time after a magnitude (百年, 百日, 千天, 万小时); 年 not in a word that
#: names a decade or a grade (年代, 年级).
_TIME = r"年(?![代级])|天|日|周|个?月|个?小时|分钟|秒"
_BARE = lazy_re(
    r"(?<![〇零一二两三四五六七八九十百千万亿\d.数几])"
    rf"(?P<magnitude>{_MAGNITUDE})(?P<approx>[余多](?![少数]))?(?![十百千万亿分岁强佳])")
#: A hedge right before a magnitude, looked for only where a magnitude is (not tried at
#: every character of a text as part of _BARE: the hedges are many).
_HEDGE_BEFORE = lazy_re(f"(?:{_HEDGE})$")
#: The longest hedge, with room: only that much text before a magnitude is searched.
_HEDGE_REACH = 8
#: Unit names that begin with a magnitude character (千米, 千克, 百万英热单位): not a count.
_MAGNITUDE_UNITS = tuple(u for u in UNIT_FORMS_ZH if u[:1] in "十百千万亿")
#: A counter, a unit of time or an age after a figure (万人, 百年, 12岁, 3个月).
COUNTER = rf"[{_COUNTED}岁]|{_TIME}"
_COUNTER = lazy_re(COUNTER)
#: The listed words that are a magnitude alone (千万 "by all means", 万万 "absolutely").
_MAGNITUDE_WORDS = frozenset(w for w in IDIOMS if re.fullmatch(_MAGNITUDE, w))


def bare_magnitudes(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* of Chinese *text* with the bare magnitudes no number covers read (see the
    module docs), each with the unit after it."""
    if not any(m in text for m in _VALUES):
        return numbers
    covered = bytearray(len(text))  # 1 where a number was read (one pass, not one per pair)
    for n in numbers:
        covered[n.start:n.end] = b"\x01" * (n.end - n.start)
    found = [n for m in _BARE.finditer(text)
             if covered.find(1, m.start("magnitude"), m.end()) < 0
             for n in _bare(text, m)]
    return numbers + read_time_units(text, found, "zh") if found else numbers


def _bare(text: str, m: re.Match[str]) -> list[Number]:
    """The value of the bare magnitude *m* matched, or nothing (see the module docs)."""
    start, end = m.start("magnitude"), m.end()
    before = _HEDGE_BEFORE.search(text, max(0, start - _HEDGE_REACH), start)
    hedge = before.group() if before is not None else ""
    magnitude = m.group("magnitude")
    if text.startswith(_MAGNITUDE_UNITS, start) or _in_a_longer_phrase(text, start, end):
        return []
    unit = unit_after(text, end)
    counted = bool(unit) or _COUNTER.match(text, end) is not None
    hedged = bool(m.group("approx")) or (bool(hedge) and (
        hedge not in _WEAK_HEDGES or counted or _CLAUSE_END.match(text, end) is not None))
    compound = len(magnitude) > 1 and magnitude not in _MAGNITUDE_WORDS \
        and is_han(text[end:end + 1] or "a")
    if not (hedged or counted or compound):
        return []
    value = Decimal(1)
    for char in magnitude:
        value *= _VALUES[char]
    # a single magnitude before a classifier counts things, as a numeral would (review W-5)
    count = len(magnitude) == 1 and not m.group("approx") and text[end:end + 1] != "" \
        and text[end] in _CLASSIFIERS
    # the bound its own hedge says (过万, 破万 "over"; 近百 "under"), weak hedges included
    bound = "over" if m.group("approx") else bound_of(meaning("zh", hedge))
    return [Number(value, "number", start, end, text[start:end], True,
                   UNIT_FORMS_ZH.get(unit, ""), round_figure=not count, bound=bound)]


def _in_a_longer_phrase(text: str, start: int, end: int) -> bool:
    """True when a set phrase covers text[start:end] and more (万人空巷, 百年大计, 万一), not
    when the phrase is the magnitude itself (千万: read when hedged or counted)."""
    return any(s < start or end < e for s, e in set_phrases_over(text, start, end))


#: A bare 万 or 亿 that opens an amount's unit, as a table's unit line writes it: 单位：万元
#: ("Unit: RMB 10,000"), 人民币亿元, （万吨）.  Only at the start of a field (after a
#: colon, a bracket, a space, 人民币 or the start): 数万元 and 千万元 are not it.
_UNIT_LINE = lazy_re(
    r"(?:(?<=^)|(?<=[\s：:（(/、，,])|(?<=人民币))([万亿])(?=" + "|".join(
        sorted((u for u in UNIT_FORMS_ZH if u and is_han(u[0])), key=len, reverse=True)) + ")")


def bare_units(text: str) -> list[Number]:
    """The bare 万 and 亿 of *text* that open a unit at the start of a field (单位：万元),
    spelled, with that unit."""
    if "万" not in text and "亿" not in text:
        return []
    return [Number(_VALUES[m.group(1)], "number", m.start(1), m.end(1), m.group(1), True,
                   UNIT_FORMS_ZH.get(unit_after(text, m.end(1)), ""))
            for m in _UNIT_LINE.finditer(text)]


def unit_after(text: str, start: int) -> str:
    """The longest unit name of UNIT_FORMS_ZH at text[start:] ("" if none; not the 升 of
    升级: UNIT_WORD_STARTS_ZH)."""
    return max((u for u in UNIT_FORMS_ZH if text.startswith(u, start)
                and not _begins_a_word(u, text[start + len(u):start + len(u) + 1])),
               key=len, default="")


def _begins_a_word(unit: str, after: str) -> bool:
    """True when *unit* followed by the character *after* is a word (升级), not the unit."""
    return bool(after) and after in UNIT_WORD_STARTS_ZH.get(unit, "")

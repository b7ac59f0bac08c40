"""Numbers in English and Chinese text, normalized so they can be compared.

A translation must keep its numbers, but English and Chinese write them
differently: 53.96 billion is 539.6亿, 79,000 is 7.9万, 72.5 percent is 72.5%,
May 7, 2015 is 2015年5月7日, over 600 is 600多, seven is 七.
:func:`extract_numbers` finds the numbers of a text with their spans and a
value on a common scale; :func:`same_numbers` compares the numbers of a
source and its translation as multisets and says what is missing or extra.
The aligner uses the overlap as evidence, the ``numbers`` check reports the
differences.

Decisions (see docs/glossary.md, "Numbers"):

* Digits glued to Latin letters are codes, not numbers: 5D Robotics, 3W Cafe,
  G20, COVID-19, 4G.  Known units and suffixes are the exception: 10km, 1990s,
  3rd, $7.8bn.
* Words (seven, first, 七, 两) are numbers with ``spelled=True``; since "one of
  them" or 一直 are not quantities a translator must keep, :func:`same_numbers`
  forgives unmatched spelled numbers unless the other side has an unmatched
  number too (seven vs 八 is still reported).
* Approximations keep their value: over 600, 600多, 600余, 近600 are all 600.
* Ranges are two numbers: 10-20 gives 10 and 20.
* Measurement units are recorded (``unit``), so 6.2 miles matches 10公里.
* Idioms are read with their neighbours (tm.numbers._idioms): 四成 = 40
  percent, 20世纪90年代 = 1990, 十三五 = 13th + 5, one in five = 五分之一 = 0.2,
  twice = 2, and "the first three quarters" (前三季度) = 3; multiples too
  (tm.numbers._multiples): tenfold = 10, doubled = 2, 翻两番 = 4.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable, Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import TYPE_CHECKING

from tm._shared.compat import renamed_keywords
from tm._shared.lang import is_chinese, lang_key
from tm.errors import UsageError
from tm.numbers import _en as _numbers_en
from tm.numbers import _zh as _numbers_zh
from tm.numbers._approximate import opposite_bounds
from tm.numbers._base import Handler, Number, canonical, clock_duration
from tm.numbers._counts import counts_a_thing, unwritten
from tm.numbers._en import fraction_value
from tm.numbers._idioms import read_idioms
from tm.numbers._idioms_zh import FIRST_PLACE, NUMBERLESS_ZH
from tm.numbers._implicit import without_explicit_ones
from tm.numbers._lazy import compiled, lazy_re
from tm.numbers._numerals import (
    CLOCK_24,
    COIN_WHOLES,
    COINS_IN_A_WHOLE,
    GENERIC_CURRENCY,
    OTHER_FACTORS,
    OUNCES,
    PERCENTAGE_POINT,
    POINT,
    TRADITIONAL_NUMBER_CHARACTERS,
    UNITS,
    VULGAR_FRACTIONS,
)
from tm.numbers._orders import orders_agree
from tm.numbers._roman import may_hold_roman

if TYPE_CHECKING:
    import regex

__all__ = ["Number", "compare_numbers", "dropped_counts", "extract_numbers", "outside_terms",
           "same_numbers", "same_unit", "without_explicit_ones"]

Number.__module__ = __name__

# Width folding for number scanning: full-width digits, letters, % . : - + ~
# but not the full-width comma, which is Chinese punctuation, not a separator
# (1，2 is a list).  One character for one, so offsets carry over.
_NUMBER_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if cp != 0xFF0C}
# Traditional Chinese (zh-TW, zh-HK) writes numbers and their units with other characters:
# 5萬, 35億, 兩千, 三點五, 個百分點, 下午3時, 英鎊.  Each is read as its Simplified form
# (one character for one, so offsets carry over): TRADITIONAL_NUMBER_CHARACTERS.
_NUMBER_FOLD.update({ord(t): ord(s) for t, s in TRADITIONAL_NUMBER_CHARACTERS.items()})
#: The four non-ASCII letters a case-insensitive pattern matches for an ASCII one (Python's
#: re and the regex module: "THRİCE", "twıce", "ſeven", "4 Km"): read as that letter, so
#: every word a pattern matches is a key of the word tables it is looked up in (İ as a
#: lower-case i: "Aprİl" is April, which a month's title case must match).
_CASELESS_ALIKES = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "K"}
_NUMBER_FOLD.update({ord(a): ord(b) for a, b in _CASELESS_ALIKES.items()})
#: The ratio sign ∶ (U+2236), which mainland typesetting (GB/T 15834) writes in scores and
#: ratios (以31∶28获胜, 16∶10): read as the colon it stands for (review Z-24).
_RATIO_SIGN = "\u2236"
_NUMBER_FOLD[ord(_RATIO_SIGN)] = ord(":")


#: The vulgar fraction characters (½, ¾), read in either language (tm.numbers._idioms).
_VULGAR = lazy_re("[" + "".join(VULGAR_FRACTIONS) + "]")
#: Idioms that hold no digit nor numeral the recognizers need.  The lookahead on their
#: first letters lets the scan skip most positions at once (most texts hold none).
_WORDS_ONLY_IDIOM = {
    "en": lazy_re(r"(?i)(?=[tafdqcmnohswbg])(?:twice|batter|cells?\b|once\b|thrice\b|ties\b"
                     r"|(?:goal|score)less\b"
                     r"|aughts\b|fold\b"
                     r"|(?:dozens|hundreds|thousands|millions|billions|trillions)\b"
                     r"|(?:tens|scores)\s+of\b"
                     r"|hour\s+mark\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                     r"|doubl|tripl|quadrupl|halv|single[\s-]digit"
                     r"|decade|century|fortnight|midnight|noon|midday|dozen\b|the[\s-]+clock\b"
                     r"|nil\b)"),
    "zh": lazy_re("(?=[半番百千对世每零中正晌日午夜本上下万亿双首全足周星礼头榜状魁冠免无無"
                     "仅只次亚])"
                     "(?:半|番"
                     f"|{FIRST_PLACE.pattern}"
                     f"|[百千][强佳]|百岁|{NUMBERLESS_ZH}|周[日天]|星期|礼拜|对折|世纪初|[万亿]|千|百|双|[仅只]次于|次[高低大小多少新优好]|亚军"
                     "|[本上下]个?世纪"
                     "|每[十百千万亿]|零点|[中正晌日]午|午[夜正]|夜半)")}


def _language(lang: str) -> str:
    """``zh`` for every Chinese code (tm._shared.lang.is_chinese: zh-TW, yue, lzh ...), ``en``."""
    if is_chinese(lang):
        return "zh"
    if not lang.strip() or lang_key(lang) == "en":
        return "en"
    raise UsageError(f"unsupported language {lang!r} for numbers; use English or Chinese")


def extract_numbers(text: str, lang: str = "en", *, latent: bool = False) -> list[Number]:
    """The numbers in *text* (language *lang*: English, or any Chinese code), in order.

    Spans index the original *text*; values are normalized (see :class:`Number`).  With
    *latent*, the readings a word may have and need not (Number.latent: 双 in 双早) are
    among them, as the comparison wants them; without, only what the text says is a number.

    >>> [str(n.value) for n in extract_numbers("53.96 billion yuan ($7.83 billion)")]
    ['53960000000', '7830000000']
    >>> [(str(n.value), n.kind) for n in extract_numbers("2015年5月7日，增长72.5%", "zh")]
    [('20150507', 'date'), ('72.5', 'percent')]
    """
    if not text:
        return []
    code = _language(lang)
    module = _numbers_zh if code == "zh" else _numbers_en
    # Most texts hold no full-width character: one scan for one spares the per-character
    # translation (the result is the same text either way).
    folded = text.translate(_NUMBER_FOLD) if _FULL_WIDTH.search(text) else text
    folded = _with_times_signs(folded)
    if code == "zh":
        folded = _numbers_zh.with_plain_numerals(folded)
    present = module.features(folded)
    if not present:  # idioms without digits or numerals: twice, the nineties, 过半, phase III
        if _WORDS_ONLY_IDIOM[code].search(folded) or may_hold_roman(folded, code) \
                or _VULGAR.search(folded):
            return _stated(_as_written(read_idioms(folded, [], code), text, folded), latent)
        return []
    found = _recognized(text, folded, _recognizers(code, present))
    # The idioms are read on the folded text too (增長了兩倍).
    return _stated(_as_written(read_idioms(folded, found, code), text, folded), latent)


def _recognized(text: str, folded: str,
                recognizers: tuple[tuple[regex.Pattern[str], Handler], ...]) -> list[Number]:
    """The numbers *recognizers* find in *folded* (the folded *text*), first come first
    served: a span one of them took is no other's; in text order."""
    taken = bytearray(len(text))  # 1 where a number was found
    found: list[Number] = []
    for pattern, handler in recognizers:
        for match in pattern.finditer(folded):
            if taken[match.start()]:
                continue
            try:
                numbers = handler(match, folded)
            except InvalidOperation:
                # a digit newer than Python's Unicode tables (the regex module's \d knows
                # more scripts): it cannot be read, so it is no number
                continue
            for number in numbers:
                start, end = number.start, number.end
                if taken.find(1, start, end) >= 0:
                    continue
                taken[start:end] = b"\x01" * (end - start)
                found.append(Number(canonical(number.value), number.kind, start, end,
                                    text[start:end], number.spelled, number.unit,
                                    alternatives=number.alternatives,
                                    readings=number.readings))
    found.sort(key=_start)
    return found


def _stated(numbers: list[Number], latent: bool) -> list[Number]:
    """*numbers* less the latent readings unless *latent* (see :func:`extract_numbers`)."""
    if latent or not any(n.latent for n in numbers):
        return numbers
    return [n for n in numbers if not n.latent]


#: A letter x glued between two figures, the first no code's (not after a letter, a digit or a
#: point; not the 0 of a hexadecimal 0x1F): the multiplication sign of a dimension or a
#: relay, 4x100m, 3x3, 1920x1080, which Chinese writes 4×100米, 3×3, 1920×1080.
_GLUED_TIMES = lazy_re(r"(?<![A-Za-z\d.,_])([1-9]\d*(?:\.\d+)?)[xX](?=\d)")


def _with_times_signs(text: str) -> str:
    """*text* with each x of _GLUED_TIMES written ×, one character for one (offsets carry
    over), so 4x100m is read as 4 and 100 m, as 4×100m is, and not as a code."""
    if "x" not in text and "X" not in text:
        return text
    return _GLUED_TIMES.sub(r"\1×", text) if _GLUED_TIMES.search(text) else text


def _as_written(numbers: list[Number], text: str, folded: str) -> list[Number]:
    """*numbers* read in *folded*, each showing what the writer wrote in *text*."""
    if folded is text:
        return numbers
    return [n if n.text == text[n.start:n.end] else dataclasses.replace(
        n, text=text[n.start:n.end]) for n in numbers]


#: What _NUMBER_FOLD changes: full-width forms, the Traditional characters, the four
#: letters a caseless pattern takes for ASCII ones, the ratio sign.
_FULL_WIDTH = lazy_re("[\uff01-\uff0b\uff0d-\uff5e"
                         + "".join(sorted(TRADITIONAL_NUMBER_CHARACTERS))
                         + "".join(sorted(_CASELESS_ALIKES)) + _RATIO_SIGN + "]")


@lru_cache(maxsize=256)
def _recognizers(code: str, present: frozenset[str]
                 ) -> tuple[tuple[regex.Pattern[str], Handler], ...]:
    """The recognizers of language *code* a text with features *present* can match, in
    order (the same for every text with those features: computed once)."""
    module = _numbers_zh if code == "zh" else _numbers_en
    return tuple((compiled(pattern), handler) for pattern, handler, needs in module.RECOGNIZERS
                 if needs <= present)


def _start(number: Number) -> int:
    return number.start


@renamed_keywords(src_text="source_text", src_lang="source_lang", tgt_text="target_text",
                  tgt_lang="target_lang", ignore_src="ignore_source", ignore_tgt="ignore_target")
def same_numbers(source_text: str, source_lang: str, target_text: str, target_lang: str, *,
                 lenient: bool = True,
                 ignore_source: Sequence[tuple[int, int]] = (),
                 ignore_target: Sequence[tuple[int, int]] = (),
                 ) -> tuple[list[Number], list[Number]]:
    """Compare the numbers of a source and its translation as multisets.

    Returns ``(missing_in_target, extra_in_target)``: source numbers with no
    counterpart in the target, and target numbers with none in the source.
    ``ignore_source``/``ignore_target`` are the spans of glossary terms in each
    text; a number is set aside by one only as :func:`outside_terms` says (the
    2025 of "Made in China 2025", never the 3 billion of "3 billion yuan").
    With ``lenient`` (the default),
    unmatched spelled numbers are forgiven as described in the module docs.
    From English to Chinese, the explicit one of a rate (1美元兑161日元 for "161
    yen per dollar") is not extra: :func:`without_explicit_ones`.

    >>> same_numbers("In 2016, 79,000 properties", "en", "2016年，共7.9万项", "zh")
    ([], [])
    >>> missing, extra = same_numbers("seven years", "en", "八年", "zh")
    >>> [n.text for n in missing], [n.text for n in extra]
    (['seven'], ['八'])
    """
    src = outside_terms(extract_numbers(source_text, source_lang, latent=True), source_text,
                        ignore_source, source_lang)
    tgt = outside_terms(extract_numbers(target_text, target_lang, latent=True), target_text,
                        ignore_target, target_lang)
    missing, extra = compare_numbers(src, tgt, lenient=lenient)
    if _language(source_lang) == "en" and _language(target_lang) == "zh":
        extra = without_explicit_ones(source_text, missing, extra, target_text)
        if lenient and not missing and not extra:
            missing = dropped_counts(source_text, src, target_text, tgt)
    return missing, extra


def dropped_counts(source_text: str, source: Sequence[Number], target_text: str,
                   target: Sequence[Number]) -> list[Number]:
    """English counts of things the Chinese *target_text* leaves out ("nine crew members").

    *source* and *target* are the numbers read in each text.  The lenient
    comparison forgives spelled numbers with no counterpart; a spelled count of
    two or more things (not anaphoric: *the two sides*) is an exception when the
    target writes its value nowhere, not even in a set phrase (一举两得), and
    keeps other numbers or the count is of time (*for two days*).  See
    ``tm.numbers._counts``.

    >>> en = "Trapped for two days, nine crew members died."
    >>> [n.text for n in dropped_counts(en, extract_numbers(en), "被困后，机组人员遇难。", [])]
    ['two']
    """
    if not any(counts_a_thing(source_text, n) or n.text.lower() == "twice" for n in source):
        return []
    missing, _ = compare_numbers(source, target, lenient=False)
    # a round figure (百年老店) is no other number the target keeps: it may be an idiom
    return unwritten(source_text, missing, target_text,
                     any(not n.round_figure for n in target))


def outside_terms(numbers: Sequence[Number], text: str, spans: Sequence[tuple[int, int]],
                  lang: str = "en") -> list[Number]:
    """*numbers* (found in *text*) less those a glossary term sets aside.

    The one rule, for every caller: a number is set aside only when it lies
    inside the span of a term (``spans``, offsets into *text*) whose own text
    contains that number, read alone: the 2025 of "Made in China 2025" /
    中国制造2025, the 9000 of a "Kirin 9000" term.  A number that merely touches
    a term is kept, so a unit or currency term (yuan / 元, kilometre / 公里)
    never hides one: "3 billion yuan" and 4.5亿美元 are compared in full.

    >>> text = "3 billion yuan for Made in China 2025"
    >>> [n.text for n in outside_terms(extract_numbers(text), text, [(10, 14), (19, 37)])]
    ['3 billion yuan']
    """
    if not spans:
        return list(numbers)
    return [n for n in numbers
            if not any(s <= n.start and n.end <= e and _term_holds(text[s:e], n, lang)
                       for s, e in spans)]


def _term_holds(term_text: str, number: Number, lang: str) -> bool:
    """True when *term_text*, read on its own, contains a number of *number*'s value."""
    return any(n.value == number.value for n in _term_numbers(term_text, lang))


@lru_cache(maxsize=4096)
def _term_numbers(term_text: str, lang: str) -> tuple[Number, ...]:
    return tuple(extract_numbers(term_text, lang))


def compare_numbers(src: Sequence[Number], tgt: Sequence[Number], *,
                    lenient: bool = True) -> tuple[list[Number], list[Number]]:
    """Match two lists of numbers; return the unmatched ones of each side.

    Matching runs in passes, strictest first: same kind and value; compatible
    partial dates (5月7日 vs May 7, 2015); a number against an ordinal or a day
    of the same value; a date against numbers or ordinals giving its parts
    (七月十五日 vs "the seventh month, the fifteenth day"); a fraction against
    a percentage of its value (eight out of ten vs 八成), or a ratio against
    its two parts (每三家中有两家 vs "two of the three"); measurement units
    after conversion (6.2 miles vs 10
    km, also against a number already matched, since a conversion in brackets
    adds a number the other side need not repeat).
    """
    left, right = list(src), list(tgt)
    for same, keys in _PASSES:
        _pair(left, right, same, keys)
    _pair_date_parts(left, right)
    _pair_date_parts(right, left)
    _pair_ratio_parts(left, right)
    _pair_ratio_parts(right, left)
    # only numbers in a unit of measure can convert (currencies cannot)
    all_src = [n for n in src if n.unit in UNITS]
    all_tgt = [n for n in tgt if n.unit in UNITS]
    left = [n for n in left if not any(_converts(n, other) for other in all_tgt)]
    right = [n for n in right if not any(_converts(n, other) for other in all_src)]
    left, right = _scores_on_clocks(left, right)
    right, left = _scores_on_clocks(right, left)
    left, right = _swapped_faces(left, right)
    # a latent reading (双 in 双早) meets a number of its value, and is no leftover
    left, right = [n for n in left if not n.latent], [n for n in right if not n.latent]
    if lenient:
        left, right = _forgive(left, right), _forgive(right, left)
    return left, right


_Keys = Callable[[Number], tuple[Hashable, ...]]


def _pair(left: list[Number], right: list[Number], same: Callable[[Number, Number], bool],
          keys: _Keys) -> None:
    """Remove matched pairs from *left* and *right* in place: each number of *left* in order
    takes the first number of *right* it is *same* as.

    *keys* gives the buckets a number can match in: two numbers that are *same* share
    one, so only a bucket's members are compared (one long entry of thousands of numbers
    was compared pair by pair, in time quadratic in its length).
    """
    if not left or not right:
        return
    buckets: dict[Hashable, list[int]] = {}
    for index, b in enumerate(right):
        for key in keys(b):
            buckets.setdefault(key, []).append(index)
    taken = [False] * len(right)
    kept: list[Number] = []
    for a in left:
        candidates = sorted({i for key in keys(a) for i in buckets.get(key, ())})
        match = next((i for i in candidates if not taken[i] and same(a, right[i])
                      and not opposite_bounds(a, right[i])), None)
        if match is None:
            kept.append(a)
        else:
            taken[match] = True
    left[:] = kept
    right[:] = [b for index, b in enumerate(right) if not taken[index]]


def _value_keys(n: Number) -> tuple[Hashable, ...]:
    return ((n.kind, n.value),)


def _date_keys(n: Number) -> tuple[Hashable, ...]:
    return ("date",) if n.kind == "date" else ()


def _cross_kind_keys(n: Number) -> tuple[Hashable, ...]:
    """Same value, or an ordinal and a fraction, or a fraction and a percentage."""
    keys: tuple[Hashable, ...] = (("value", n.value),)
    if n.kind in ("ordinal", "fraction"):
        keys += ("ordinal-fraction",)
    if n.kind in ("fraction", "percent"):
        keys += ("fraction-percent",)
    return keys


def _alternative_keys(n: Number) -> tuple[Hashable, ...]:
    return tuple((n.kind, value) for value in (n.value, *n.alternatives)) + tuple(
        (kind, value) for kind, value, _ in n.readings)


def _century_keys(n: Number) -> tuple[Hashable, ...]:
    if n.unit == "century":
        return (("years", (n.value - 1) * 100),)
    return (("years", n.value),) if n.kind == "number" and not n.unit else ()


def _clock_keys(n: Number) -> tuple[Hashable, ...]:
    return ("clock",) if n.kind == "time" or (n.kind == "number" and n.unit == "s") else ()


def _pair_date_parts(dates: list[Number], parts: list[Number]) -> None:
    """Remove a date of *dates* with the numbers of *parts* giving each of its parts."""
    for date in [n for n in dates if n.kind == "date"]:
        wanted = [v for v in _date_parts(date) if v]
        pool = [n for n in parts if n.kind in ("number", "ordinal")]
        used = []
        for value in wanted:
            match = next((n for n in pool if n.value == value and n not in used), None)
            if match is None:
                break
            used.append(match)
        else:
            dates.remove(date)
            for n in used:
                parts.remove(n)


def _pair_ratio_parts(ratios: list[Number], parts: list[Number]) -> None:
    """Remove a ratio of *ratios* with the two numbers of *parts* giving its part and whole."""
    for found in [n for n in ratios if n.parts]:
        assert found.parts is not None
        pool = [n for n in parts if n.kind in ("number", "ordinal")]
        part = next((n for n in pool if n.value == found.parts[0]), None)
        whole = next((n for n in pool if n.value == found.parts[1] and n is not part), None)
        if part is not None and whole is not None:
            ratios.remove(found)
            parts.remove(part)
            parts.remove(whole)


def _same_value(a: Number, b: Number) -> bool:
    return a.kind == b.kind and a.value == b.value and same_unit(a.unit, b.unit) \
        and orders_agree(a, b)


def same_unit(a: str, b: str) -> bool:
    """True unless both units are known and differ ("$" is any dollar, "¥" yuan or yen).

    10 km is not 10 miles, and $7.83 billion is not 78.3亿元 (yuan), but a number
    whose unit one side leaves implicit matches.  Pounds are weight or money.  A
    percent is no percentage point (18% is not 18个百分点); "points" names no unit.
    """
    if not a or not b or a == b or POINT in (a, b):
        return True
    pair = {a, b}
    for sign, members in GENERIC_CURRENCY.items():
        if sign in pair and (pair - {sign}) <= members:
            return True
    return pair == {"lb", "GBP"}


def _date_parts(n: Number) -> tuple[int, int, int]:
    v = int(n.value)
    return v // 10000, v // 100 % 100, v % 100


def _same_date(a: Number, b: Number) -> bool:
    if a.kind != "date" or b.kind != "date":
        return False
    shared = 0
    for x, y in zip(_date_parts(a), _date_parts(b), strict=True):
        if x and y:
            if x != y:
                return False
            shared += 1
    return shared > 0


def _same_cross_kind(a: Number, b: Number) -> bool:
    kinds = {a.kind, b.kind}
    if kinds == {"ordinal", "fraction"}:  # "the tenth (part)" / 十分之一
        ordinal, fraction = (a, b) if a.kind == "ordinal" else (b, a)
        return ordinal.value > 1 and fraction.value == fraction_value(1, ordinal.value)
    if kinds == {"fraction", "percent"}:  # eight out of ten / 八成 / 80%
        fraction, percent = (a, b) if a.kind == "fraction" else (b, a)
        gap = abs(fraction.value * 100 - percent.value)
        if (a.approximate or b.approximate) and gap <= _written_precision(percent) / 2:
            return True  # nearly a third / 近三成: rounded to the tenths 成 counts in
        # within a point, and within a tenth of a small rate (1 in 1,000 is not 千分之二)
        return gap < min(Decimal(1), abs(percent.value) / 10)
    if a.value != b.value:
        return False
    if kinds == {"number", "ordinal"}:
        return True
    if kinds == {"number", "weekday"}:  # every Friday / 每周五 (read 五: 每周五次 is 5 a week)
        return (a if a.kind == "number" else b).spelled
    if kinds == {"number", "percent"}:  # rose 0.3 points / 上升0.3个百分点
        number, percent = (a, b) if a.kind == "number" else (b, a)
        return number.unit == POINT and percent.unit == PERCENTAGE_POINT
    return "date" in kinds and len(kinds) == 2 and kinds <= {"date", "number", "ordinal"} \
        and 1 <= a.value <= 31


#: The precision of a percentage written in tenths (三成) or as a round figure (30%, 35%).
_TENTH = Decimal(10)
_HALF_TENTH = Decimal(5)


def _written_precision(percent: Number) -> Decimal:
    """The step a percentage is rounded to as written: 10 for 三成 (Chinese counts shares in
    tenths), 5 for a figure in digits that is a multiple of 5 (30%, 35%), else its last
    digit's (1 for 7%, 0.1 for 千分之三, a rate of 0.3%).  A round figure in digits is not
    taken to tenths: "nearly 20%" is not 近四分之一 (review V-4)."""
    if percent.value and percent.text.endswith("成"):
        return _TENTH
    if percent.value and percent.value % _HALF_TENTH == 0:
        return _HALF_TENTH
    return _last_digit_step(percent.value)


def _same_alternative(a: Number, b: Number) -> bool:
    """True when one side's other reading is the other's value (增长了两倍 vs tripled, and vs
    "rose 200%"): an ambiguous figure keeps every reading, and meets by any of them."""
    if a.kind == b.kind and same_unit(a.unit, b.unit) and (
            a.value in b.alternatives or b.value in a.alternatives):
        return True
    return any(_reads_as(reading, b) for reading in a.readings) \
        or any(_reads_as(reading, a) for reading in b.readings)


def _reads_as(reading: tuple[str, Decimal, str], n: Number) -> bool:
    """True when *n* (as read) is the (kind, value, unit) *reading* of another figure; a
    reading in a unit meets only a figure that says a unit (25 cents meets 25美分, not 25)."""
    kind, value, unit = reading
    return n.kind == kind and n.value == value and same_unit(unit, n.unit) \
        and (not unit or bool(n.unit))


_BARE_CLOCK = lazy_re(r"(\d{1,2}):(\d{2})")


def _clock_face_duration(a: Number, b: Number) -> bool:
    """True for a bare clock face read as a time and a length of time in seconds:
    1:05 (m:ss) vs 1分05秒 = 65 s, 2:15 (h:mm) vs 2小时15分 = 8100 s."""
    clock, length = (a, b) if a.kind == "time" else (b, a)
    m = _BARE_CLOCK.fullmatch(clock.text.strip())
    if m is None or length.kind != "number" or length.unit != "s":
        return False
    first, second = m.groups()
    return length.value in (clock_duration(None, first, second, None),   # m:ss
                            clock_duration(first, second, None, None))   # h:mm


#: A clock face with no time of day, as Chinese also writes a score (21:15, 3：1 is no
#: time); minutes with a leading zero (6:04) are a time's, never a score's (review W-4), and
#: so is a zero-padded hour (05:42: review Z-1).
_CLOCK_FACE = lazy_re(r"(?!0\d)(\d{1,2})[:：]([1-9]\d|00)")


def _scores_on_clocks(scores: list[Number], clocks: list[Number]
                      ) -> tuple[list[Number], list[Number]]:
    """*scores* and *clocks* (the unmatched of each side) less each bare clock face of
    *clocks* that is the pair of figures of one score of *scores* ("won 21-15" → 以21:15
    获胜), in either order, and that score's figures.  Each score meets one clock face:
    its figures (Number.score) are counted in pairs, and only as many are taken as the
    clock faces met (review W-4: a wrong second game, 15:18 for 21-18, is reported)."""
    figures: dict[tuple[Decimal, Decimal], int] = {}
    for n in scores:
        if n.score is not None:
            figures[n.score] = figures.get(n.score, 0) + 1
    if not figures:
        return scores, clocks
    games = {pair: -(-count // 2) for pair, count in figures.items()}  # two figures a score
    taken: dict[tuple[Decimal, Decimal], int] = {}
    kept_clocks = []
    for clock in clocks:
        pair = _clock_pair(clock)
        met = next((p for p in (pair, (pair[1], pair[0]))
                    if taken.get(p, 0) < games.get(p, 0)), None) if pair else None
        if met is None:
            kept_clocks.append(clock)
        else:
            taken[met] = taken.get(met, 0) + 1
    dropped = {pair: 2 * games for pair, games in taken.items()}  # two figures a clock face
    kept_scores = []
    for n in scores:
        if n.score is not None and dropped.get(n.score, 0) > 0:
            dropped[n.score] -= 1
            continue
        kept_scores.append(n)
    return kept_scores, kept_clocks


def _clock_pair(clock: Number) -> tuple[Decimal, Decimal] | None:
    """The two figures of a bare clock face (21:15 → (21, 15); 27:14, read as a length of
    time, → (27, 14)), or None."""
    m = _CLOCK_FACE.fullmatch(clock.text.strip()) if clock.kind == "time" or (
        clock.kind == "number" and clock.unit == "s") else None
    return (Decimal(m[1]), Decimal(m[2])) if m else None


def _swapped_faces(left: list[Number], right: list[Number]
                   ) -> tuple[list[Number], list[Number]]:
    """*left* and *right* (the unmatched of each side) less each pair of bare clock faces
    with the same two figures in the other order, one of them no time of day (above 24: a
    score or a vote, which Chinese gives winner first: "Kiel lost 27:30" → 30:27战胜基尔,
    review Z-4).  Two faces that may both be times (10:12 and 12:10) are other times."""
    faces = {id(n): pair for n in right if (pair := _clock_pair(n)) is not None}
    if not faces:
        return left, right
    taken: set[int] = set()
    kept = []
    for n in left:
        pair = _clock_pair(n)
        met = next((o for o in right if id(o) not in taken and pair is not None
                    and faces.get(id(o)) == (pair[1], pair[0]) and pair[0] != pair[1]
                    and max(pair) > _DAY_HOURS), None)
        if met is None:
            kept.append(n)
        else:
            taken.add(id(met))
    return kept, [o for o in right if id(o) not in taken]


#: The hours of a day: a face above it is no time of day.
_DAY_HOURS = 24


#: A round figure of two digits in the plural, "the low 90s", "his late 60s", "the high
#: 80s": any figure of its ten, as a rate (90%出头 "just over 90%"), an age or a
#: temperature (华氏85度).  Not a decade: that reading (1990) has the year's value.
_PLURAL_TEN = lazy_re(r"[1-9]0s")


def _plural_ten(n: Number) -> bool:
    """True for a figure read from "the 90s" as its round figure (value 90, no unit)."""
    return n.kind == "number" and not n.unit and 10 <= n.value <= 90 \
        and _PLURAL_TEN.fullmatch(n.text) is not None


def _within_the_ten(a: Number, b: Number) -> bool:
    """True for "the low 90s" and a figure of its ten: 93, 90%, 97% (not 90 itself, which
    the value pass meets, nor a percentage point or a date)."""
    ten, other = (a, b) if _plural_ten(a) else (b, a)
    if not _plural_ten(ten) or other.kind not in ("number", "percent") \
            or other.unit == PERCENTAGE_POINT or not same_unit("", other.unit):
        return False
    return ten.value <= other.value < ten.value + 10


def _ten_keys(n: Number) -> tuple[Hashable, ...]:
    if _plural_ten(n):
        return (("ten", n.value),)
    if n.kind in ("number", "percent") and 10 <= n.value < 100:
        return (("ten", n.value // 10 * 10),)
    return ()


#: A clock time written with no time of day: its figure first (2:30, 两点半, 3点), no letter
#: after it (2:30 p.m.) and no word before it (下午两点半).
_BARE_TIME = lazy_re(r"(?!0\d)[\d〇零一二两三四五六七八九十][^A-Za-z]*")
#: The hours of a half day: 1:00 to 12:59 may be either, a.m. or p.m.
_HALF_DAY = Decimal(1200)
_FIRST_HOUR, _AFTER_NOON = Decimal(100), Decimal(1300)


def _either_half_of_the_day(a: Number, b: Number) -> bool:
    """True for two clock times of one hour and minute on a twelve-hour clock, one written
    with no time of day (2:30 against 下午两点半, 3 p.m. against 三点): a translation may
    add the a.m. or p.m. the context gives, or leave it out; two times of day that differ
    (2:30 a.m., 下午两点半) are not met."""
    return a.kind == b.kind == "time" and a.value % _HALF_DAY == b.value % _HALF_DAY \
        and (_half_day_clock(a) or _half_day_clock(b))


def _half_day_clock(n: Number) -> bool:
    """True for a clock time of either half of the day: 1:00 to 12:59 written with no time of
    day, and not a Chinese time in digits, which is a 24-hour one (CLOCK_24)."""
    return _FIRST_HOUR <= n.value < _AFTER_NOON and n.unit != CLOCK_24 \
        and _BARE_TIME.fullmatch(n.text) is not None


def _half_day_keys(n: Number) -> tuple[Hashable, ...]:
    return (("half day", n.value % _HALF_DAY),) if n.kind == "time" else ()


#: The hours of a clock face.
_CLOCK_HOURS = 12


def _hour_said_alone(a: Number, b: Number) -> bool:
    """True for a time on the hour and a bare figure of that hour on a twelve-hour clock:
    "seven o'clock" against 七点, which Chinese reads as no time (七点 may be seven points)."""
    time, figure = (a, b) if a.kind == "time" else (b, a)
    return time.kind == "time" and figure.kind == "number" and not figure.unit \
        and time.value % 100 == 0 and _hour_keys(time) == _hour_keys(figure)


def _hour_keys(n: Number) -> tuple[Hashable, ...]:
    if n.kind == "time" and n.value % 100 == 0:
        return (("hour", n.value // 100 % _CLOCK_HOURS),)
    if n.kind == "number" and not n.unit and n.value == n.value.to_integral_value() \
            and 0 < n.value <= _CLOCK_HOURS:
        return (("hour", n.value % _CLOCK_HOURS),)
    return ()


def _century_decade(a: Number, b: Number) -> bool:
    """True for a century and the hundred years that name it: 19世纪 vs "the 1800s"."""
    century, years = (a, b) if a.unit == "century" else (b, a)
    return century.unit == "century" and years.kind == "number" and not years.unit \
        and years.text.endswith("s") and years.value == (century.value - 1) * 100


def _converts(a: Number, b: Number) -> bool:
    """True if *a* and *b* are the same quantity in different units (±5% or rounding)."""
    if a.unit not in UNITS or b.unit not in UNITS or a.unit == b.unit or \
            a.kind != "number" != b.kind:
        return False
    (dim_a, fa), (dim_b, fb) = UNITS[a.unit], UNITS[b.unit]
    if dim_a != dim_b:
        return False
    if dim_a == "temperature":
        return _same_temperature(a, b)
    if dim_a == "time" and "s" in (a.unit, b.unit):
        return _same_length(a.value * fa, a.value, b.value * fb, b.value, fa, fb)
    if a.unit in OUNCES and b.unit in OUNCES:  # counts of ounces: 240 koz = 24万盎司
        return _close(a.value, OUNCES[a.unit], b.value, OUNCES[b.unit])
    return any(_close(a.value, fa_, b.value, fb_)
               for fa_ in (fa, *OTHER_FACTORS.get(a.unit, ()))
               for fb_ in (fb, *OTHER_FACTORS.get(b.unit, ())))


def _same_length(x: Decimal, a: Decimal, y: Decimal, b: Decimal, fa: Decimal,
                 fb: Decimal) -> bool:
    """True for two lengths of time, one given to the second (*x*, *y* in seconds; *a*, *b*
    as written in units of *fa*, *fb* seconds), that are one: equal, or the one in the coarser
    unit a whole count of it that the finer one rounds to (27:14 is 27分钟; 19分52秒 is 20
    minutes, not 19).  A race time or a clock face is exact, and units of time convert
    exactly, so the ±5 % of distances and weights is no rounding here: 27:14 against 26分钟
    is another time (review Z-3).  (Everyday lengths keep that tolerance: "two weeks" is
    often 半个月.)"""
    if x == y:
        return True
    coarse, coarse_unit, fine = (b, fb, x) if fb > fa else (a, fa, y)
    if coarse != coarse.to_integral_value():
        return False
    return (fine / coarse_unit).quantize(Decimal(1), rounding=ROUND_HALF_UP) == coarse


#: A temperature converted between °F and °C meets within a degree at least.
_DEGREE = Decimal(1)
#: The size of a degree Fahrenheit in degrees Celsius.
_FAHRENHEIT_DEGREE = Decimal(5) / Decimal(9)


def _same_temperature(a: Number, b: Number) -> bool:
    """True if *a* and *b* are one temperature in °C and °F, as a translator rounds the
    converted figure: within a degree, or within half the rounding step either figure shows
    (:func:`_round_step` of the Celsius figure, the last digit's of the Fahrenheit one: 350°F
    is 176.7℃, which a recipe writes 175℃ or 180℃; 170℃ is another temperature)."""
    def celsius(n: Number) -> Decimal:
        return n.value if n.unit == "C" else (n.value - 32) * _FAHRENHEIT_DEGREE

    def step(n: Number) -> Decimal:  # the Celsius figure is the converted one
        if n.unit == "C":
            return _round_step(n.value)
        return _last_digit_step(n.value) * _FAHRENHEIT_DEGREE

    gap = abs(celsius(a) - celsius(b))
    return gap <= _DEGREE or gap < max(step(a), step(b)) / 2


#: The rounding steps of a figure that ends in 0 or 5.
_ROUND_STEPS = (Decimal(10), Decimal(5))


#: Only a figure of three digits or more is taken as rounded to 10 or 5 (oven and boiling
#: temperatures: 175, 180, 220); a body or weather temperature (37, 40) is given to the degree.
_ROUNDED_FROM = Decimal(100)


def _round_step(value: Decimal) -> Decimal:
    """The step a figure is rounded to as written: for three digits or more, 10 for one that
    ends in 0 (180), 5 for one that ends in 5 (175); else its last digit's (1 for 24 and 40,
    0.1 for 38.5; review Y-3: 40℃ for 98.6°F is another temperature)."""
    if abs(value) >= _ROUNDED_FROM:
        for step in _ROUND_STEPS:
            if value % step == 0:
                return step
    return _last_digit_step(value)


def _close(a: Decimal, fa: Decimal, b: Decimal, fb: Decimal) -> bool:
    """True if *a* and *b* in units of factors *fa* and *fb* are one quantity (±5%, or
    within the rounding of the digits either shows)."""
    x, y = a * fa, b * fb
    if not x or not y:
        return x == y
    step = max(_last_digit_step(a) * fa, _last_digit_step(b) * fb)
    return abs(x - y) <= max(abs(y) * Decimal("0.05"), step / 2)


def _last_digit_step(value: Decimal) -> Decimal:
    """1 for 16, 0.1 for 9.7: the rounding step of the digits a writer showed."""
    exponent = value.normalize().as_tuple().exponent
    return Decimal(1).scaleb(min(int(exponent), 0))


def _forgive(side: list[Number], other: list[Number]) -> list[Number]:
    """Drop unmatched spelled numbers (and any spelled 1) unless *other* has leftovers.

    A spelled number with a unit (a one-year contract, half an hour, the first quarter)
    is a quantity, not an article: it is kept, 1 or not, when *other* has an unmatched
    number in a unit of its kind (续约两年, 一小时, 二季度).  A round figure
    (Number.round_figure: 百年, 上万人) is kept only beside an unmatched figure in digits,
    and is no leftover that keeps a spelled number of *side*: a bare magnitude the English
    may leave unsaid or say in words never makes a finding that was not there without it.
    Neither is forgiven when *other* has a leftover of its value said to be a bound the
    opposite way ("more than a hundred years" against 近百年, "nearly a thousand" against
    千余): both sides say the figure, and disagree on its direction; nor is a count said by
    its order (Number.indefinite: "dozens", 数百) when *other* has one left over too: both
    sides say an order, and they differ.
    """
    opposed = [n for n in side if n.bound and any(
        o.value == n.value and o.kind == n.kind and opposite_bounds(n, o) for o in other)]
    other_order = any(o.indefinite for o in other)
    figures = [o for o in other if not o.spelled]
    other = [o for o in other if not o.round_figure]
    measures = [o for o in other if o.unit]
    other = [o for o in other if not (o.spelled and _may_be_one(o))]
    keep = []
    for n in side:
        if n in opposed or (n.indefinite and other_order):
            keep.append(n)
            continue
        if n.round_figure and not figures:
            continue
        if n.spelled and (_may_be_one(n) or not other) and not (
                n.unit and any(_same_kind_of_unit(n.unit, o.unit) for o in measures)):
            continue
        keep.append(n)
    return keep


def _may_be_one(n: Number) -> bool:
    """True for a 1, or a figure one of whose readings is the count 1 (一成为 "once it
    becomes", which is also the share 一成): a spelled one may be an article."""
    return n.value == 1 or any(kind == "number" and value == 1 for kind, value, _ in n.readings)


def _same_kind_of_unit(a: str, b: str) -> bool:
    """True for one unit, or two that measure one dimension (a year and a month)."""
    return a == b or (a in UNITS and b in UNITS and UNITS[a][0] == UNITS[b][0])


def _coin_and_whole(a: Number, b: Number) -> bool:
    """True for an amount in hundredth coins and the same amount in the whole currency:
    "18 cents per share" against 每股0.18新西兰元, "$0.18" against 18美分."""
    coin, whole = (a, b) if a.unit in COIN_WHOLES else (b, a)
    return coin.kind == whole.kind == "number" and whole.unit in COIN_WHOLES.get(
        coin.unit, frozenset()) and canonical(coin.value / COINS_IN_A_WHOLE) == canonical(
        whole.value)


def _coin_keys(n: Number) -> tuple[Hashable, ...]:
    if n.kind != "number":
        return ()
    if n.unit in COIN_WHOLES:
        return (("coins", canonical(n.value / COINS_IN_A_WHOLE)),)
    if any(n.unit in wholes for wholes in COIN_WHOLES.values()):
        return (("coins", canonical(n.value)),)
    return ()


#: The matching passes of :func:`compare_numbers`, strictest first, each with the buckets
#: two numbers it pairs share.
_PASSES: tuple[tuple[Callable[[Number, Number], bool], _Keys], ...] = (
    (_same_value, _value_keys), (_same_date, _date_keys), (_same_cross_kind, _cross_kind_keys),
    (_same_alternative, _alternative_keys), (_century_decade, _century_keys),
    (_clock_face_duration, _clock_keys), (_within_the_ten, _ten_keys),
    (_either_half_of_the_day, _half_day_keys), (_hour_said_alone, _hour_keys),
    (_coin_and_whole, _coin_keys))

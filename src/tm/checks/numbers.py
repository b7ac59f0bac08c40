"""numbers: every number of the source is in the target and vice versa, across languages.

Numbers are read and compared by :mod:`tm.numbers`, so 53.96 billion = 539.6亿,
79,000 = 7.9万, 72.5 percent = 72.5%, May 7, 2015 = 2015年5月7日, over 600 =
600多, seven = 七, two = 两, 50 miles = 80公里.  On top of that the check:

* compares *distinct* values: a number the source repeats and the target says
  once (or the reverse) is a style choice, not an error;
* forgives unmatched spelled-out numbers (one of / 之一, first / 首次) unless the
  other side has a different number instead (seven / 八 is reported), or the
  number is a count of things the Chinese writes nowhere ("nine crew members" →
  机组人员): :func:`tm.numbers.dropped_counts`;
* relies on tm.numbers for idioms too: 四成 = 40 percent (成 is a tenth),
  20世纪80年代 / 80年代 = the 1980s, “十三五” = the 13th Five-Year Plan,
  "one in five" / "eight out of ten" = 五分之一 / 十分之八, twice = 两倍, and
  "the first three quarters" = 前三季度 (three quarters *of* something stays 3/4);
* sets aside a number inside a glossary term whose own text contains it, on
  both sides (2025 in Made in China 2025 / 中国制造2025), when the target
  renders the term: the term checks cover those.  The rule is
  :func:`tm.numbers.outside_terms`; a unit or currency term (yuan / 元) never
  hides a number.  When the term's rendering is missing, its number is
  compared like any other, and the number of the approved rendering is
  expected too: "Chang'e-6" (→ 嫦娥六号) against 嫦娥五号 is a numbers finding
  (6 against 五; term-missing leaves the figure to this check), while 嫦娥6号 is only
  term-missing, and so is a term left out whole with its number (no other number in
  its place);
* forgives the 0 of a standing start ("0 to 100 km/h in 6.8 seconds" → 百公里加速6.8秒) when
  the target says an acceleration and has no figure left over;
* reports a code of the source (2G, A380) that the target gives with the same
  letters and other digits (3G, A350): no number to the readers, still a figure;
* compares nothing in a unit whose source or target is in a language other than
  English and Chinese (a German catalog writes 5,5 % and 50.000, which the English
  rules would read as other numbers);
* forgives the explicit one of a Chinese rate (1美元兑161日元 for "161 per US
  dollar", 每1名 for "every"), narrowly: :func:`tm.numbers.without_explicit_ones`;
* reports a score Chinese gives the other way round where its order can be read
  (:func:`tm.numbers.reversed_scores`: 以1比3击败 for "beat … 3-1") and another unit
  after a placeholder of the same argument ("%d km" → "%d 英里": the figure is the
  program's, the unit the text's; :func:`tm.numbers.unit_written_after`);
* reports a list of named figures whose figures the translation gives to other items
  ("Sharks 98, Eagles 95" → 鲨鱼95，雄鹰98: :func:`tm.numbers.reordered_lists`), and a
  figure given to the other noun of two, as the dictionary names the nouns ("Five engineers
  fixed 23 bugs" → 23名工程师修复了5个缺陷: tm.checks._counted);
* reports a figure whose change the translation says the other way, where a word of change
  stands right beside it on both sides ("fell 15%" → 上涨了15%:
  :func:`tm.numbers.opposite_directions`);
* reports, when every figure is there, a rate said per another period or a frequency said
  another number of times ("$399 per month" → 每周399美元, "once daily" → 每日两次, "every
  other day" → 每天), or a rate of a figure whose period the target leaves out ("5,000 trees a
  year" → 在10年内种植5000棵树): :func:`tm.numbers.other_rates`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from tm._shared.lang import is_chinese, lang_key
from tm._shared.script import has_han
from tm._shared.text import fold_for_matching
from tm.checks._base import CheckInfo, Context, unit_check
from tm.checks._counted import swapped_nouns
from tm.checks._readings import numbers_in
from tm.checks.placeholders import Placeholder, parse_placeholders, placeholders
from tm.checks.terms import target_spans
from tm.glossary import TermHit
from tm.model import Term, Unit
from tm.numbers import (
    VULGAR_FRACTIONS,
    ZH_NUMERAL_CHARACTERS,
    Number,
    another_unit,
    compare_numbers,
    drivetrain_spans,
    dropped_counts,
    has_times_pair,
    may_hold_bound,
    may_hold_direction,
    may_hold_numberless_value,
    may_hold_rate,
    may_hold_roman,
    may_hold_weekday,
    opposite_bounds,
    opposite_directions,
    orders_agree,
    other_rates,
    outside_terms,
    reordered_lists,
    reversed_scores,
    same_unit,
    unit_written_after,
    without_explicit_ones,
)

__all__ = ["check_numbers", "number_mismatch"]


def _distinct(numbers: list[Number]) -> list[Number]:
    """*numbers* less repeats: same kind and value in units that may be the same
    ("forty days and forty nights" holds one 40, whether or not a unit was read)."""
    seen: dict[tuple[str, object], list[str]] = {}
    out: list[Number] = []
    for n in numbers:
        units = seen.get((n.kind, n.value))
        if units is None:
            seen[(n.kind, n.value)] = [n.unit]
        elif n.unit in units or any(same_unit(n.unit, u) for u in units):
            if not n.spelled:  # a figure outranks a spelled repeat ("One" beside 一号's 1)
                out = [n if m.spelled and m.kind == n.kind and m.value == n.value
                       and same_unit(m.unit, n.unit) else m for m in out]
            continue
        else:
            units.append(n.unit)
        out.append(n)
    return out


def _lang(code: str, default: str) -> str:
    """``zh`` for any Chinese code (zh-TW, yue, lzh: see is_chinese), else ``en``."""
    return "zh" if is_chinese(code or default) else "en"


def _english_to_chinese(unit: Unit) -> bool:
    """True for an English source and a Chinese target (the readers of word order need it)."""
    return _lang(unit.source_lang, "en") == "en" and _lang(unit.target_lang, "zh") == "zh"


def _read(code: str, default: str) -> bool:
    """True when numbers are read in language *code* (or *default* when it is empty):
    English or any Chinese.  German writes 5,5 % and 50.000: read with the English rules
    they would be other numbers, so a catalog in another language is not compared."""
    code = code or default
    return is_chinese(code) or lang_key(code) == "en"


#: The vulgar fraction characters (½, ¾), numbers without a digit.
_VULGAR = "".join(VULGAR_FRACTIONS)
# Digits (ASCII or full-width), Chinese numerals or vulgar fractions: without any on either side,
# a unit can only hold spelled-out English numbers, which are never reported
# unless the other side has an unmatched number too.
_MAY_HOLD_NUMBER = re.compile(f"[0-9\uff10-\uff19{ZH_NUMERAL_CHARACTERS}{_VULGAR}]")


# An English cardinal word from two up (dropped_counts reads only those), or a spelled rank
# before a superlative ("the second-hottest": a figure the translation keeps).
_COUNT_WORD = re.compile(
    r"(?i)\b(?=[tfsend])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|dozen|twice"
    r"|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[\s-]+"
    r"(?:most|least|best|worst|[a-z]+est))\b")

_DIGITS = re.compile(r"\d+(?:[.,:/]\d+)*")
# Anything that can make equal digit strings mean different numbers: scale and
# number words, months, percent, units (after a space or a hyphen: a 65-inch screen),
# ordinals, decades, Chinese numerals, 成.
# (Three patterns, each scanned fast: a class of characters, words after a boundary,
# what follows a digit; one alternation of all three was tried at every position.)
_NOT_PLAIN_CHARS = re.compile(
    f"[%％\uff10-\uff19{ZH_NUMERAL_CHARACTERS}{_VULGAR}成]|年代|世纪|世紀")
_NOT_PLAIN_WORDS = re.compile(
    r"(?i)\b(?=[htmbdqpfjasond])(?:hundred|thousand|million|billion|trillion|bn|mn|dozens?|half"
    r"|quarters?|percent|per\s*cent|twice|thrice|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct"
    r"|nov|dec)")
_NOT_PLAIN_AFTER_DIGIT = re.compile(r"(?i)\d(?:st|nd|rd|th|s)\b|\d[\s‐-]*[a-z°℃]")
# A currency: a sign anywhere, a code glued before the figure (RM150, US$5, Rp35), or a
# Chinese currency word after it (5欧元, 150美元, 20英镑): equal digits in another currency
# are a mismatch (T47: "$5." against 5欧元 passed the fast path).
_NOT_PLAIN_CURRENCY = re.compile(
    r"[$€£¥₩₹₽¢]|[A-Za-z]\d|\d\s*(?:[元圆块镑]|[美欧日韩港澳加新台泰英]|卢比|卢布|林吉特|比索|法郎)")


#: Two figures joined as a score or a vote's tally may be (3-1, 3:1, 3比1, 2-nil, 51 to 47,
#: 51票对47票): the same digits, maybe turned round.
_SCORE_PAIR = re.compile(r"(?i)\d ?[-–—:：比对] ?(?:\d|nil\b)|\d票 ?[对比] ?\d"
                         r"|\d (?:votes? )?to \d")


def _not_plain(text: str) -> bool:
    """True when *text* holds something that may reinterpret its digits."""
    return bool(_NOT_PLAIN_CHARS.search(text) or _NOT_PLAIN_AFTER_DIGIT.search(text)
                or _NOT_PLAIN_CURRENCY.search(text) or _NOT_PLAIN_WORDS.search(text))


def _same_plain_digits(source: str, target: str) -> bool:
    """True when both sides hold the same digit strings and nothing that reinterprets them.

    A fast path (most units copy their numbers as digits): when it holds, the
    full reading could not find a difference either.  The target is looked at
    first: a Chinese one most often holds a numeral.
    """
    if _not_plain(target) or _not_plain(source):
        return False
    plain = sorted(d.replace(",", "") for d in _DIGITS.findall(source))
    return plain == sorted(d.replace(",", "") for d in _DIGITS.findall(target))


def number_mismatch(unit: Unit, ignore_src: list[tuple[int, int]] | None = None,
                    ignore_tgt: list[tuple[int, int]] | None = None
                    ) -> tuple[list[Number], list[Number]]:
    """(missing from the target, extra in the target) for *unit*, after normalization.

    *ignore_src* / *ignore_tgt* are glossary term spans (see
    :func:`tm.numbers.outside_terms`).
    """
    if _settled(unit):
        return [], []
    return _mismatch(unit, ignore_src or [], ignore_tgt or [])


def _settled(unit: Unit) -> bool:
    """True when *unit* cannot hold a number mismatch, without reading its numbers.

    Either side holds no digit nor Chinese numeral (only English number words,
    if any, which are forgiven unless one counts things), or both hold the same
    plain digits and not both a word of a bound next to a digit (18+ and 18岁以下 are
    the same digits, not the same number).
    """
    # Digits or numerals that are not the same plain digits on both sides: the full reading
    # (tested first: the commonest answer, and it needs neither test below).
    src_lang, tgt_lang = _lang(unit.source_lang, "en"), _lang(unit.target_lang, "zh")
    if _MAY_HOLD_NUMBER.search(unit.source) or _MAY_HOLD_NUMBER.search(unit.target):
        if not _same_plain_digits(unit.source, unit.target):
            return False
        # the same digits, said to be bounds on both sides ("Users 18+" → 18岁以下), or
        # a score on both sides, which may be turned round (3-1 → 以1比3击败)
        if may_hold_bound(unit.target, tgt_lang) and may_hold_bound(unit.source, src_lang):
            return False
        if _SCORE_PAIR.search(unit.target) and _SCORE_PAIR.search(unit.source):
            return False
        # a change on both sides, which may go the other way (fell 15% → 上涨了15%)
        if _english_to_chinese(unit) and may_hold_direction(unit.source, "en") \
                and may_hold_direction(unit.target, "zh"):
            return False
    # Else no digit nor numeral (only English number words, which are forgiven) or the
    # same plain digits: settled, unless something read without a digit is there.
    if may_hold_roman(unit.source, src_lang) or may_hold_roman(unit.target, tgt_lang):
        return False  # phase III / III期: figures without a digit
    if may_hold_weekday(unit.source, src_lang) and may_hold_weekday(unit.target, tgt_lang):
        return False  # Saturday / 周日: days of the week, compared as values
    if any(is_chinese(lang) and may_hold_numberless_value(text)
           for text, lang in ((unit.source, src_lang), (unit.target, tgt_lang))):
        return False  # 首季度 (Q1), 全额 (100%): values written without a numeral
    # a count of things the target may leave out (dropped_counts), or a rank
    return not (src_lang == "en" and tgt_lang == "zh" and _COUNT_WORD.search(unit.source))


def _mismatch(unit: Unit, ignore_src: list[tuple[int, int]],
              ignore_tgt: list[tuple[int, int]],
              expected: Sequence[Number] = ()) -> tuple[list[Number], list[Number]]:
    """number_mismatch past its fast paths; *ignore_src*/*ignore_tgt* are the terms' spans.

    *expected* are source numbers found elsewhere than in the source text: those
    of an unrendered term's approved rendering.
    """
    src_lang, tgt_lang = _lang(unit.source_lang, "en"), _lang(unit.target_lang, "zh")
    src = outside_terms(numbers_in(unit.source, src_lang), unit.source, ignore_src, src_lang)
    src = [*src, *expected]
    tgt = numbers_in(unit.target, tgt_lang)
    if tgt:
        tgt = outside_terms(tgt, unit.target, ignore_tgt, tgt_lang)
    # Digits of placeholders (%1$d) are not numbers of the text.
    src = _outside_placeholders(src, unit.source)
    tgt = _outside_placeholders(tgt, unit.target)
    if not src and not tgt:
        if src_lang == "en" and tgt_lang == "zh":  # "a dozen" is read by dropped_counts only
            return dropped_counts(unit.source, [], unit.target, []), []
        return [], []
    missing, extra = compare_numbers(_distinct(src), _distinct(tgt))
    if missing and not extra:  # a 4x4 the translation names with no figure (越野车)
        missing = _outside_drivetrains(missing, unit.source, unit.target)
        missing = _outside_standing_starts(missing, unit.source, unit.target)
    # A value matched once is matched: drop leftovers equal to a matched value.
    missing = _not_matched(missing, tgt)
    extra = _not_matched(extra, src)
    if src_lang == "en" and tgt_lang == "zh":
        extra = without_explicit_ones(unit.source, missing, extra, unit.target)
        if not missing and not extra:
            missing = dropped_counts(unit.source, _distinct(src), unit.target, _distinct(tgt))
    return missing, extra


#: What follows the 0 of a standing start: "0 to 100 km/h", "0-60 mph"; and how Chinese says
#: the run (百公里加速, 零百加速).
_STANDING_START = re.compile(r"\s*(?:to|-|–)\s*\d+\s*(?:km/h|kph|mph|km per hour"
                             r"|kilomet(?:re|er)s per hour|miles per hour)", re.I)
_ACCELERATION_ZH = re.compile("加速|零百|破百")


def _outside_placeholders(numbers: list[Number], text: str) -> list[Number]:
    """*numbers* less those touching a placeholder of *text* (the 1 of ``%1$d``)."""
    if not numbers:
        return numbers
    spans = [(s, e) for _, s, e in placeholders(text)]
    if not spans:
        return numbers
    return [n for n in numbers if not any(s < n.end and n.start < e for s, e in spans)]


def _outside_drivetrains(numbers: list[Number], source: str, target: str) -> list[Number]:
    """*numbers* (the source's left over, the target having none) less the figures of the
    source's drivetrains (4x4, 6x6: a vehicle, which Chinese names with no figure, 四驱车)
    when *target* joins no two figures by a multiplication sign: a 6x4 against 6×6 stays
    reported, and a 4x4 matrix → 4阶矩阵 or 4乘4 is matched before (review Y-13;
    :func:`tm.numbers.drivetrain_spans`)."""
    spans = drivetrain_spans(source) if numbers else []
    if not spans or has_times_pair(target):
        return numbers
    return [n for n in numbers if not any(s <= n.start and n.end <= e for s, e in spans)]


def _outside_standing_starts(numbers: list[Number], source: str, target: str) -> list[Number]:
    """*numbers* (the source's left over, the target having none) less the 0 of an
    acceleration's standing start ("0 to 100 km/h in 6.8 seconds"), which Chinese leaves
    unsaid (百公里加速6.8秒); no other 0 (a phone number, 0-4°C: review R-7)."""
    if not numbers or not _ACCELERATION_ZH.search(target):
        return numbers
    return [n for n in numbers if not (n.value == 0 and n.kind == "number"
                                       and _STANDING_START.match(source, n.end))]


def _not_matched(numbers: list[Number], others: list[Number]) -> list[Number]:
    """*numbers* less those equal (:func:`_equal`) to one of *others*; compared by kind and
    value first, so a long entry's numbers are not compared pair by pair."""
    if not numbers:
        return numbers
    by_value: dict[tuple[str, object], list[Number]] = {}
    for other in others:
        by_value.setdefault((_counted(other.kind), other.value), []).append(other)
    return [n for n in numbers
            if not any(_equal(n, o) for o in by_value.get((_counted(n.kind), n.value), ()))]


def _counted(kind: str) -> str:
    """A number and an ordinal of one value are one value here: "Page 2 of 2" → 第2页，共2页
    says 2 as an ordinal and as a number, the source twice as a number (trial R4-4)."""
    return "number" if kind == "ordinal" else kind


def _equal(a: Number, b: Number) -> bool:
    """Same value and kind (a number and an ordinal alike), in units that may be the same
    (18.4 GB is not 18.4MB), not said to be bounds the opposite way (over 100, 近百)."""
    return a.value == b.value and _counted(a.kind) == _counted(b.kind) \
        and same_unit(a.unit, b.unit) and not opposite_bounds(a, b) and orders_agree(a, b)


@lru_cache(maxsize=4096)
def _holds_number(term: Term) -> bool:
    """True when *term*'s source or a rendering may hold a number (Kirin 9000, 天问一号)."""
    return any(_MAY_HOLD_NUMBER.search(text) for text in (term.source, *term.targets))


def _rendering_numbers(hit: TermHit) -> list[Number]:
    """The numbers of *hit*'s first approved rendering, placed on the source term.

    "Chang'e-6" → 嫦娥六号 expects a 6 in the target; the English "6" is not read
    (a code after a hyphen), the rendering's 六 is.  A spelled number (六) counts
    as a figure, not as a word the lenient comparison forgives, when the source
    term shows a digit (Tianwen-1 → 天问一号 against 天问二号).
    """
    # A digit in the source, or any number of a name (Hualong One, Tianwen-1): a figure
    # to keep, an identifier no comparison may forgive.
    figure = any(c.isdigit() for c in hit.text) or not hit.term.source.islower()
    for rendering in hit.term.targets:
        found = numbers_in(rendering, "zh" if has_han(rendering) else "en")
        if found:
            return [dataclasses.replace(n, start=hit.start, end=hit.end, text=hit.text,
                                        spelled=n.spelled and not figure) for n in found]
    return []


#: A code of digits and capitals glued together (2G, 5G, A380, 4K): not a number to the
#: readers, yet a changed digit in it (2G → 3G) changes what is said.
_CODE = re.compile(r"(?<![A-Za-z0-9])(?:(\d+)([A-Z]{1,3})|([A-Z]{1,3})-?(\d+))(?![A-Za-z0-9])")


def _changed_codes(source: str, target: str) -> list[tuple[str, re.Match[str]]]:
    """(source code, target match) for each code of *source* missing from *target* where
    the target has a code of the same letters and other digits (2G → 3G)."""
    wanted = {m.group(): m for m in _CODE.finditer(source)}
    if not wanted:
        return []
    found = {m.group(): m for m in _CODE.finditer(target)}
    out = []
    for code, m in wanted.items():
        if code in found:
            continue
        letters = m.group(2) or m.group(3)
        for other, t in found.items():
            if (t.group(2) or t.group(3)) == letters and other not in wanted:
                out.append((code, t))
    return out


def _show(numbers: list[Number], others: list[Number]) -> str:
    """The texts of *numbers*, each said to be a bound the other way from a figure of one
    value among *others* named with its bound (80% (more than) … 80% (less than))."""
    return ", ".join(dict.fromkeys(
        f"{n.text} ({_BOUND_WORDS[n.bound]})"
        if n.bound and any(o.value == n.value and opposite_bounds(n, o) for o in others)
        else n.text for n in numbers))


#: How a bound is named in a message.
_BOUND_WORDS = {"over": "more than", "under": "less than"}


#: A part of a numbers finding: its message and the target spans it points at.
_Part = tuple[str, list[tuple[int, int]]]


@unit_check(CheckInfo("numbers", "error",
                      "a number in the source is missing from the target, or the reverse",
                      "numbers"))
def check_numbers(unit: Unit, ctx: Context) -> None:
    """Compare the normalized numbers of source and target: one finding per unit, whose
    parts are the numbers read (unless the unit is settled without reading them), the
    units after placeholders and the order of a tally."""
    if not unit.target.strip() or unit.target == unit.source or not (
            _read(unit.source_lang, "en") and _read(unit.target_lang, "zh")):
        return
    parts = [(m, [span]) for m, span in (*_placeholder_units(unit), *_reordered_list(unit))]
    settled = _settled(unit)
    if not settled:
        parts = _read_parts(unit, ctx) + parts
    if not parts:  # every figure is there: is each said per the same period, as often?
        parts = [(m, [span]) for m, span in _other_rates(unit)]
    if not parts:  # ... and given to the same noun?
        parts = [(m, [span]) for m, span in _swapped_nouns(unit, settled)]
    if parts:
        ctx.report("numbers", unit, "number mismatch: " + "; ".join(m for m, _ in parts),
                   [span for _, spans in parts for span in spans])


def _read_parts(unit: Unit, ctx: Context) -> list[_Part]:
    """The parts of *unit*'s finding its numbers give: the numbers missing from the target
    and extra in it, the codes with other digits and the scores turned round."""
    # Only a term holding a number can set one aside (tm.numbers.outside_terms).
    hits = [h for h in ctx.term_hits(unit) if _holds_number(h.term)]
    # A term sets its numbers aside only where the target renders it (or keeps the
    # English); an unrendered term's number is compared, its rendering's expected.
    # Each term's spans in the target (its rendering, or the English term left there) are
    # searched once: they say whether it is rendered and are what the target sets aside.
    folded = fold_for_matching(unit.target) if hits else None
    found = [(h, target_spans(unit.target, (*h.term.targets, h.text), folded)) for h in hits]
    rendered = [h for h, spans in found if spans]
    ignore_tgt = [span for _, spans in found for span in spans]
    expected = [n for h in hits if h not in rendered for n in _rendering_numbers(h)]
    missing, extra = _mismatch(unit, [(h.start, h.end) for h in rendered], ignore_tgt, expected)
    if not extra:  # the term left out whole, its number with it: term-missing's finding
        unrendered = [(h.start, h.end) for h in hits if h not in rendered]
        missing = [n for n in missing
                   if not any(s <= n.start and n.end <= e for s, e in unrendered)]
    parts: list[_Part] = []
    if missing:
        parts.append((f"{_show(missing, extra)} in the source not found in the target", []))
    if extra:
        parts.append((f"{_show(extra, missing)} in the target not in the source",
                      [(n.start, n.end) for n in extra]))
    codes = _changed_codes(unit.source, unit.target) if _CODE.search(unit.target) else []
    # A code read as a number (Q3, 18K) is reported once, as that number.
    parts.extend((f"{code} in the source is {t.group()} in the target", [t.span()])
                 for code, t in codes
                 if not any(n.start <= t.start() and t.end() <= n.end for n in extra))
    parts.extend((f"the score {a}-{b} in the source is the other way round in the target "
                  f"({t.group()})", [t.span()]) for (a, b), t in _reversed_scores(unit))
    parts.extend((f"{s.text} in the source is a change the other way in the target", [
        (t.start, t.end)]) for s, t in _opposite_directions(unit))
    return parts


def _opposite_directions(unit: Unit) -> list[tuple[Number, Number]]:
    """The figures of an English source whose Chinese target says the opposite change
    (:func:`tm.numbers.opposite_directions`)."""
    if not _english_to_chinese(unit) or not may_hold_direction(unit.source, "en") \
            or not may_hold_direction(unit.target, "zh"):
        return []
    return opposite_directions(unit.source, numbers_in(unit.source, "en"), unit.target,
                               numbers_in(unit.target, "zh"))


def _placeholder_units(unit: Unit) -> list[tuple[str, tuple[int, int]]]:
    """(message, target span) for each placeholder of the source with a unit after it
    ("%d km") whose target placeholders of the same argument have only other units after
    them ("%d 英里", "%d 小时"): the figure is the program's, the unit the text's, so no
    number is there to carry the change (CLEANTRIAL4).  Only a unit of the same kind of
    another size is another unit (:func:`tm.numbers.another_unit`); a target that writes
    the unit elsewhere ("距离（公里）：%d") or none is not judged."""
    if "%" not in unit.source and "{" not in unit.source:
        return []
    source = parse_placeholders(unit.source)
    target = parse_placeholders(unit.target) if source else []
    if not target:
        return []
    src_lang, tgt_lang = _lang(unit.source_lang, "en"), _lang(unit.target_lang, "zh")
    by_arg: dict[str, list[Placeholder]] = {}  # one pass: a long entry is not quadratic
    for q in target:
        by_arg.setdefault(q.arg, []).append(q)
    out: list[tuple[str, tuple[int, int]]] = []
    seen: set[str] = set()
    for p in source:
        if p.arg in seen:
            continue
        seen.add(p.arg)
        wanted = unit_written_after(unit.source, p.end, src_lang)
        if not wanted:
            continue
        found = [(u, q) for u, q in ((unit_written_after(unit.target, q.end, tgt_lang), q)
                                     for q in by_arg.get(p.arg, ())) if u]
        if found and all(another_unit(wanted, u) for u, _ in found):
            written, q = found[0]
            out.append((f"the unit after {p.text} is {wanted} in the source, {written} in the "
                        "target", (q.start, q.end)))
    return out


def _reordered_list(unit: Unit) -> list[tuple[str, tuple[int, int]]]:
    """(message, target span) when an English list of named figures is a Chinese one with
    its figures in another order (:func:`tm.numbers.reordered_lists`: "Sharks 98, Eagles
    95" → 鲨鱼95，雄鹰98)."""
    if not _english_to_chinese(unit):
        return []
    listed = reordered_lists(unit.source, unit.target)
    if not listed:
        return []
    start = unit.target.find(listed)
    return [(f"the figures of the list are given to other items in the target ({listed})",
             (start, start + len(listed)))]


def _other_rates(unit: Unit) -> list[tuple[str, tuple[int, int]]]:
    """(message, target span) for each rate or frequency of an English source its Chinese
    target says with another period or count, or leaves out (:func:`tm.numbers.other_rates`:
    "$399 per month" → 每周399美元, "once daily" → 每日两次)."""
    if not _english_to_chinese(unit) or not may_hold_rate(unit.source):
        return []
    found = other_rates(unit.source, numbers_in(unit.source, "en"), unit.target,
                        numbers_in(unit.target, "zh"))
    return [(f"{ours} in the source is {theirs} in the target" if theirs else
             f"{ours} in the source is not said with its figure in the target", span)
            for ours, theirs, span in found]


def _swapped_nouns(unit: Unit, settled: bool) -> list[tuple[str, tuple[int, int]]]:
    """(message, target span) for each figure of an English source its Chinese target gives
    to another noun of two (tm.checks._counted: "Five engineers fixed 23 bugs" →
    23名工程师修复了5个缺陷).  A *settled* unit holds the same plain digits on both sides
    and nothing else (_settled): its figures are its digits, not read again."""
    if _DIGITS.search(unit.source) is None or not _TWO_FIGURES.search(unit.target) \
            or not _english_to_chinese(unit):
        return []
    if settled:
        ours, theirs = _plain_figures(unit.source), _plain_figures(unit.target)
    else:
        ours, theirs = numbers_in(unit.source, "en"), numbers_in(unit.target, "zh")
    if len(ours) < 2 or len(theirs) < 2:
        return []
    return [(f"{a.text} in the source counts another noun in the target ({b.text})",
             (b.start, b.end)) for a, b in swapped_nouns(unit.source, ours, unit.target, theirs)]


def _plain_figures(text: str) -> list[Number]:
    """The figures of *text* that holds only plain digits (a settled unit's): its digits."""
    return [Number(Decimal(m.group().replace(",", "")), "number", m.start(), m.end(), m.group())
            for m in _PLAIN_FIGURE.finditer(text)]


_PLAIN_FIGURE = re.compile(r"(?<![\d.,])(?<!\d[.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![.,]?\d)")
#: Two figures in a text (digits or numerals): the least a swap needs.
_TWO_FIGURES = re.compile(f"[\\d{ZH_NUMERAL_CHARACTERS}].*[\\d{ZH_NUMERAL_CHARACTERS}]", re.S)


def _reversed_scores(unit: Unit) -> list[tuple[tuple[Decimal, Decimal], re.Match[str]]]:
    """The scores of an English source its Chinese target gives the other way round
    (:func:`tm.numbers.reversed_scores`)."""
    if not _english_to_chinese(unit) or not _SCORE_PAIR.search(unit.source):
        return []
    return reversed_scores(unit.source, numbers_in(unit.source, "en"), unit.target)

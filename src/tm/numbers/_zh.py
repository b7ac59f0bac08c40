"""Chinese number recognizers for :mod:`tm.numbers._extract` (private).

Arabic digits with 万/亿 scales (539.6亿, 7.9万, 600多万), Chinese numerals
(七, 两万, 一百零五, 七十二点五), percentages (72.5%, 百分之七十二点五, 3个百分点),
dates (2015年5月7日, 二〇一五年五月), times (下午3点, 7时29分), ordinals (第一),
fractions (三分之一).  Numeral characters inside lexicalized words (一直, 十分,
统一, 四川) are not numbers.
"""

from __future__ import annotations

import dataclasses
import itertools
from decimal import Decimal
from importlib import resources

import regex

from tm._shared.script import HAN, is_han
from tm.numbers import _numerals as N
from tm.numbers._base import (
    LEFT_GUARD,
    NUM,
    Handler,
    Number,
    Recognizer,
    clock_duration,
    clock_face,
    currency_before,
    date_value,
    make,
    minus_before_currency,
    parse_digits,
    trie_pattern,
)
from tm.numbers._en import _karat, _period_of_year, expiry_month, fraction_value
from tm.numbers._lazy import lazy_regex

_CN = (r"(?:[廿卅卌][一二三四五六七八九]?(?![〇零一二两三四五六七八九十百千万亿])"
       r"|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*"
       r"(?:点[零〇一二三四五六七八九]+[万亿]*)?)")
_N = rf"(?:{LEFT_GUARD}{NUM}|{_CN})"
_YEAR = r"(?P<y>(?<!\d)\d{4}|[〇零一二三四五六七八九]{4})"
_MONTH = r"(?P<m>(?<!\d)\d{1,2}|十[一二]?|[一二三四五六七八九])"
#: A day of the month: digits, a numeral (十五, 二十一), or 廿 / 卅 and a digit (廿一, 卅).
_DAY_FORMS = (r"\d{1,2}|[一二三]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?"
              r"|[一二三四五六七八九]")
_DAY = f"(?P<d>{_DAY_FORMS})"
_DAY_BARE = f"(?:{_DAY_FORMS})"
_UNIT_ZH = "|".join(
    regex.escape(u) + (f"(?![{N.UNIT_WORD_STARTS_ZH[u]}])" if u in N.UNIT_WORD_STARTS_ZH else "")
    for u in sorted(N.UNIT_FORMS_ZH, key=len, reverse=True))
_SUFFIX = lazy_regex(
    # A magnitude character that begins a unit's name (千卡, 千瓦时, 千米) is the unit's.
    # (百分点 is the percentage point, not a hundred: 3百分点)
    rf"(?P<approx>[多余])?(?P<scale>(?:(?!{_UNIT_ZH}|百分点)[十百千万亿])+)?(?P<approx2>[多余])?"
    rf"(?:(?P<pct>%|(?P<pp>个?百分点)|(?P<bp>个?基点))|(?:\s(?=[A-Za-z]{{2}}))?(?P<unit>{_UNIT_ZH})"
    r"(?![A-Za-z]))?"
)
#: The characters a match of _SUFFIX can begin with besides white space before a Latin
#: unit (keep in step with it; the pattern is case-sensitive, so this is exact): after any
#: other, the match is skipped (:func:`_may_begin_suffix`).
_SUFFIX_FIRST = frozenset("多余十百千万亿%个" + "".join(u[0] for u in N.UNIT_FORMS_ZH))


def _may_begin_suffix(char: str) -> bool:
    """True when a match of _SUFFIX may begin with *char* ("" at the end of the text: no).
    (str.isspace holds for every character the pattern's \\s matches, and a few more.)"""
    return char in _SUFFIX_FIRST or char.isspace()


#: Units glued to digits in Chinese text too, the same list as English (10km, 18.4GB, 45W).
_GLUED = "|".join(sorted(N.GLUED_UNITS, key=len, reverse=True))
#: The times of day written as a word of two characters (上午, 下午, 凌晨, 晚上 ...): a
#: numeral with 时 or 点 after one is an hour, whatever word the two would make alone
#: (下午一时 is 1 p.m., although 一时 alone is "for a while").
_PERIOD_WORDS = ("上午", "早上", "凌晨", "下午", "晚上", "傍晚", "中午", "今晚", "明晚", "当晚",
                 "深夜", "午夜", "半夜")
#: A time of day before the hour; a bare 早 / 晚 too (早8点至晚8点), but not 最晚 / 较早
#: ("at the latest", "earlier").
_PERIOD = rf"(?P<p>{'|'.join(_PERIOD_WORDS)}|(?<![最较更太过])[早晚])?"
_PERIODS = {"下午": 12, "晚上": 12, "傍晚": 12, "晚": 12, "今晚": 12, "明晚": 12, "当晚": 12,
            "深夜": 12}
#: 中午 (midday) runs from 11 a.m. to about 2 p.m.: one and two said with it are p.m., any
#: other hour is as written (中午十点 is 10:00, review Y-1).
_NOON, _NOON_LAST_HOUR = "中午", 2
#: Midnight, 午夜 / 半夜: twelve said with it is 0:00, one to five the small hours.
_MIDNIGHT = ("午夜", "半夜")
#: The minutes in 一刻, a quarter of an hour (三点一刻 is 3:15).
_QUARTER_HOUR = 15


def _set_phrases() -> tuple[str, ...]:
    """The words and set phrases whose numerals are not numbers (data/set_phrases_zh.txt)."""
    text = resources.files("tm.numbers").joinpath("data/set_phrases_zh.txt").read_text(
        encoding="utf-8")
    words = [w for line in text.splitlines() for w in line.split("#", 1)[0].split()]
    return tuple(dict.fromkeys(words))


#: Words, chengyu and names whose numeral characters are not numbers (一直, 一成不变, 四川).
IDIOMS: tuple[str, ...] = _set_phrases()
#: A day of the week (周二 Tuesday, 星期天, 礼拜六, 每周二 every Tuesday), whose numeral is no
#: number: not after a numeral or 几 (两周三天 "two weeks and three days", 几周) nor before a
#: counter or a unit of time, alone or ending a range (每周一次 "once a week", 周三天, 每周一
#: 到两次 "once or twice a week"; 每周一至周五 is Monday to Friday).
WEEKDAY = (r"(?<![〇零一二两三四五六七八九十百千万\d几])(?:周|星期|礼拜)[一二三四五六日天]"
           r"(?![天次个年月号小时周分秒]|[到至或~～-][〇零一二两三四五六七八九十\d]+[天次个])")
_LONGEST_IDIOM = max(*map(len, IDIOMS), len("礼拜天"))
#: The weekday, else the longest idiom starting at a place.  The idioms are plain Han words,
#: so a trie of them (one branch per next character) finds the same longest one as their
#: alternation, longest first, did, without trying each word at every place.
_IDIOM_RE = lazy_regex("|".join([WEEKDAY, trie_pattern(set(IDIOMS))]))
_IDIOM_SET = frozenset(IDIOMS)
_NUMERAL_CHARACTERS = frozenset(N.ZH_NUMERAL_CHARACTERS)
#: The set phrases a word after them may cut (_ends_inside_a_word): those that end in no
#: numeral, before a Han character.
_MAY_BE_CUT = lazy_regex(trie_pattern({p for p in IDIOMS if p[-1] not in _NUMERAL_CHARACTERS})
                         + f"(?=[{HAN}])")
#: The words that cut a set phrase (_ends_inside_a_word): a unit of two characters or more,
#: a unit of time or a noun that orders (N.ZH_COUNTED_WORDS) — what a numeral makes a
#: figure with, not any word of the dictionary (十分开心 is "very happy", not 10).
_CUTTING_WORD = lazy_regex(trie_pattern(
    {w for w in (*N.UNIT_FORMS_ZH, *N.ZH_COUNTED_WORDS) if len(w) > 1 and is_han(w[0])}))


_CAPITALS = "".join(N.ZH_CAPITAL_NUMERALS)
_CAPITAL_CHARACTER = lazy_regex(f"[{_CAPITALS}]")
#: A run of capital numerals (壹万贰仟, 叁仟伍佰伍拾), with the zeros and magnitudes they share
#: with ordinary numerals, and the 元 or 圆 after it.
_CAPITAL_RUN = lazy_regex(f"[{_CAPITALS}][{_CAPITALS}零〇万亿]*(?P<yuan>[元圆])?")
_PLAIN_CAPITALS = str.maketrans(N.ZH_CAPITAL_NUMERALS)
#: Where capital numerals write an amount or a date: a unit of money or of the calendar
#: after the run (元, 圆, 角, 整, 年, 月, 日, 号), or a word of an amount before it (人民币,
#: 大写, 金额, 合计, 总计, 计, 共) with at most a colon or a space between.
_AMOUNT_AFTER = frozenset("元圆角整年月日号")
#: A lone capital between them is a date's month or day (贰零贰叁年壹月, 壹月伍日).
_DATE_FIELD_BEFORE, _DATE_FIELD_AFTER = "年月", "月日号"
_AMOUNT_BEFORE = lazy_regex(r"(?:人民币|大写|金额|合计|总计|共计|计|共)[：:\s]?$")
#: A magnitude written twice in a row (拾拾, 佰佰) is no numeral (收拾拾遗).
_REPEATED_MAGNITUDE = lazy_regex(r"([十百千万亿])\1")


def _writes_an_amount(text: str, m: regex.Match[str], digits: str) -> bool:
    """True when the capital numerals *digits* that *m* begins with write an amount or a
    date: after 人民币 / 大写 / 金额 …; or, two capitals or more, before a unit of money or
    of the calendar; or, a lone capital, before 元 / 圆 or as a date's month or day — and
    never a capital that ends a word with the character before it (大陆, 队伍, 收拾:
    data/set_phrases_zh.txt; review Y-12: 大陆月饼 is no June, 队伍年轻化 no five)."""
    if _AMOUNT_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None:
        return True
    if any(s < m.start() for s, _ in set_phrases_over(text, m.start(), m.start() + 1)):
        return False
    if sum(c in _CAPITALS for c in digits) >= 2:
        return text[m.start() + len(digits):][:1] in _AMOUNT_AFTER
    # a lone capital: before 元 / 圆, or the month or day of a date (贰零贰叁年壹月)
    date_field = m.start() > 0 and text[m.start() - 1] in _DATE_FIELD_BEFORE \
        and text[m.end():m.end() + 1] in _DATE_FIELD_AFTER
    return bool(m.group("yuan")) or date_field


def with_plain_numerals(text: str) -> str:
    """*text* with each run of capital numerals that writes an amount or a date
    (:func:`_writes_an_amount`) written in ordinary numerals, one character for one so
    offsets carry over (壹万贰仟圆整 → 一万二千元整).  A capital elsewhere is a word's or a
    name's (队伍, 收拾, 大陆万达, the singer 伍佰: review Y-2).  A text with none is returned
    as it is."""
    if _CAPITAL_CHARACTER.search(text) is None:
        return text
    chars = list(text)
    for m in _CAPITAL_RUN.finditer(text):
        digits = m.group()[:-1] if m.group("yuan") else m.group()
        plain = digits.translate(_PLAIN_CAPITALS)
        if not _writes_an_amount(text, m, digits) or _REPEATED_MAGNITUDE.search(plain) \
                or N.parse_chinese(plain) is None:
            continue
        chars[m.start():m.start() + len(plain)] = plain
        if m.group("yuan"):
            chars[m.end() - 1] = "元"
    return "".join(chars)


def number_value(text: str) -> Decimal | None:
    """Value of an Arabic (``7.9``) or Chinese (``七点九``) number string."""
    if text[:1].isdigit():
        return parse_digits(text)
    return N.parse_chinese(text)


def _small(text: str) -> int:
    value = number_value(text)
    return int(value) if value is not None and value == int(value) else -1


def _date(m: regex.Match[str], _: str) -> list[Number]:
    g = m.groupdict()
    first = next(name for name in ("y", "m", "d") if g.get(name) and m.start(name) == m.start())
    if ends_a_word(m.string, m.start(first), m.end(first)):  # 同一月份 is "the same month"
        return []
    year = _small(g["y"]) if g.get("y") else 0
    month = _small(g["m"]) if g.get("m") else 0
    day = _small(g["d"]) if g.get("d") else 0
    value = date_value(year, month, day) if min(year, month, day) >= 0 else None
    if value is None or (g.get("d") and not 1 <= day <= 31):
        return []
    return [make(m, value, "date", spelled=not m.group()[:1].isdigit())]


#: A day of a lunar month: 初一 … 初十, 十一 … 十九, 二十 / 廿, 廿一 … 廿九, 三十 / 卅, or a digit.
_LUNAR_DAY = (r"初[一二三四五六七八九十]|廿[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十|卅"
              r"|十[一二三四五六七八九]?|[一二三四五六七八九]")
#: A date of the lunar calendar, which writes no 日: 农历五月十五, 正月初八, 腊月二十三, and a
#: range whose second day shares the month (正月初一至初五; 腊月二十八至正月初八 is two dates).  A
#: month and a day with no 日 are a lunar date only when it says so: 农历 / 阴历 before them, a
#: month of its own name (正月, 冬月, 腊月, which may take 日: 正月十四日) or a day of its own form
#: (初五, 廿三); and no counter after.
_LUNAR = lazy_regex(
    rf"(?P<lunar>农历|阴历|旧历|夏历)?(?P<m>正|冬|腊|十[一二]?|[一二三四五六七八九])月"
    rf"(?P<d>{_LUNAR_DAY})(?:(?<=[正冬腊]月[^月]{{1,3}})[日号])?"
    r"(?![日号〇零一二两三四五六七八九十百千万\d个人名位岁天次年点时分])"
    rf"(?:(?P<to>至|到|~|～|-|—)(?P<d2>{_LUNAR_DAY})"
    r"(?![日号〇零一二两三四五六七八九十百千万\d个人名位岁天次年点时分月]))?")
_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}


def _lunar_day(day: str) -> int:
    """The day of a lunar month: 初五 = 5, 廿三 = 23, 卅 = 30, 十五 = 15."""
    if day[0] == "初":
        return _small(day[1:])
    if day[0] in "廿卅":
        return (20 if day[0] == "廿" else 30) + (N.ZH_DIGITS[day[1]] if len(day) > 1 else 0)
    return _small(day)


def _lunar_date(m: regex.Match[str], _: str) -> list[Number]:
    """农历五月十五, 正月初八, 腊月二十三 as dates (``MMDD``, no year), and the second day of a
    range that shares the month (正月初一至初五): see _LUNAR."""
    month_word, day = m.group("m"), m.group("d")
    if not (m.group("lunar") or month_word in _LUNAR_MONTHS or day[0] in "初廿卅"):
        return []
    month = _LUNAR_MONTHS.get(month_word) or _small(month_word)
    value = date_value(0, month, _lunar_day(day))
    if value is None or not 1 <= month <= 12:
        return []
    first = Number(value, "date", m.start(), m.end("d"), m.string[m.start():m.end("d")], True)
    second = date_value(0, month, _lunar_day(m.group("d2"))) if m.group("d2") else None
    if second is None or second <= value:
        return [first]
    return [first, Number(second, "date", m.start("d2"), m.end("d2"), m.group("d2"), True)]


def _time(m: regex.Match[str], _: str) -> list[Number]:
    hour = _small(m.group("h"))
    minute = _small(m.group("min")) if m.group("min") else (30 if m.group("half") else 0)
    quarters = m.groupdict().get("quarters")
    if quarters:  # 三点一刻 is 3:15, 三点三刻 3:45
        minute = _QUARTER_HOUR * _small(quarters)
    period = m.group("p") or _shared_period(m.string, m.start())
    marked = period or m.group("sep") in ("时", ":", "：") or m.group("min") or m.group("half") \
        or quarters
    if m.group("h")[0] in N.ZH_DIGITS and _numeral_of_a_word(m):
        return []
    if not marked or not 0 <= minute <= 59:
        return []
    if m.group("sep") in (":", "：") and not period:
        ap = _AM_PM.match(m.string, m.end())
        if ap is not None and 1 <= hour <= 12:  # 2:30 PM, kept in English by a UI string
            hour = hour % 12 + (12 if ap.group(1) in "Pp" else 0)
            return [Number(Decimal(hour * 100 + minute), "time", m.start(), ap.end(),
                           m.string[m.start():ap.end()])]
        # a time, a race time, a score; as a time, a 24-hour one (2:00 is 2 a.m.)
        face = clock_face(m, m.group("h"), m.group("min"))
        return [dataclasses.replace(face, unit=N.CLOCK_24) if face.kind == "time" else face]
    if not 0 <= hour <= 24:
        return []
    if hour < 12:
        hour += _PERIODS.get(period, 0)
        if period == _NOON and hour <= _NOON_LAST_HOUR:
            hour += 12  # 中午一点 is 1 p.m.; 中午十一点 11 a.m., 中午十点 stays 10
    elif hour == 12 and period in _MIDNIGHT:
        hour = 0  # 午夜12点 is 0:00
    return [make(m, Decimal(hour % 24 * 100 + minute), "time")]  # 24点 is midnight, 0:00


#: a.m. or p.m. after a clock time in digits (2:30 PM, 9:00am), as an English UI string keeps it.
_AM_PM = lazy_regex(r"\s?([AaPp])(?:\.[Mm]\.|[Mm](?![A-Za-z]))")


#: A bare 早 / 晚 before 一点 is "a little earlier / later" (早一点到, 晚一点再说), not one
#: o'clock, which Chinese writes with the time of day in full (凌晨一点, 下午一点).
_A_LITTLE = "一点"


def _longer_phrase_from(text: str, start: int, end: int) -> bool:
    """True when a set phrase that begins at *start* runs past *end*: 下午一时兴起 is "on a
    whim in the afternoon" (一时兴起), not 1 p.m."""
    return any(s == start and e > end for s, e in set_phrases_over(text, start, end))


def _numeral_of_a_word(m: regex.Match[str]) -> bool:
    """True when the hour of the clock time *m* (a Chinese numeral) is part of a word: a set
    phrase (一时 "for a while", 十分 "very") or a word it ends (同一时间 "at the same time"),
    unless a time of day of two characters stands before it (下午一时) and no longer set phrase
    begins at the numeral (下午一时兴起, 当晚一时想不起); or 一点 after a bare 早 / 晚 ("a
    little earlier / later")."""
    period = m.group("p") or ""
    if period in _PERIOD_WORDS and not _longer_phrase_from(m.string, m.start("h"), m.end("sep")):
        return False
    if period and m.string.startswith(_A_LITTLE, m.start("h")):
        return True
    return _in_idiom(m.string, m.start("h"), m.end("sep")) or ends_a_word(
        m.string, m.start("h"), m.end("h"))


#: A time of day said once for two clock times joined by 至 / 到 / 和 …: 由上午8点推迟至9点,
#: 下午2点到4点, 下午2:00-5:00 (the second hour is in the afternoon too, not a 24-hour 5:00).
_SHARED_PERIOD = lazy_regex(
    r"(上午|早上|凌晨|下午|晚上|傍晚|中午|深夜|(?<![最较更太过])[早晚])(?:(?:\d{1,2}"
    r"|[一二两三四五六七八九十]+)[点时](?:\d{1,2}分|半)?|\d{1,2}[:：]\d{2})"
    r"[^，。；,;!?！？\d]{0,5}?(?:至|到|~|～|-|—|–|和|或)$")


def _shared_period(text: str, start: int) -> str:
    """The time of day of the clock time just before *start*, when the two are joined."""
    m = _SHARED_PERIOD.search(text, max(0, start - 16), start)
    return m.group(1) if m else ""


#: A length of time with its units: 2小时18分45秒, 2时18分45秒 (a race time), 2小时18分钟; also
#: 2:18:45 (its clock face).  时 with no seconds after it is a clock time (9时30分), and a
#: time of day before it (下午3时15分30秒) makes it one too.
_DURATION = lazy_regex(
    r"(?<![\d.:：])(?<!(?:午|晨|晚|夜|上|早))(?:(?P<h>\d{1,3})(?:(?:个)?小时(?P<min>\d{1,2})分钟?"
    r"(?:(?P<s>\d{1,2})秒(?P<f>\d{1,3})?)?|时(?P<min2>\d{1,2})分(?P<s2>\d{1,2})秒(?P<f2>\d{1,3})?)"
    r"|(?P<ch>\d{1,2})[:：](?P<cm>\d{2}):(?P<cs>\d{2})(?:\.(?P<cf>\d{1,3}))?)(?![\d.])")
#: Minutes and seconds: 1分05秒, 3分02秒15 (a race time, hundredths after 秒); not the minutes of
#: a clock time (9时30分15秒 is read above), but after a word that ends in 时 (用时, 历时, 耗时).
_DURATION_MS = lazy_regex(r"(?<![\d.:：])(?<![\d〇零一二两三四五六七八九十][时点])"
                             r"(?P<min>\d{1,3})分(?P<s>\d{1,2})秒(?P<f>\d{1,3})?(?![\d.])")


def _duration(m: regex.Match[str], _: str) -> list[Number]:
    """The seconds of 2小时18分45秒, 3分02秒15, 2:18:45 (see clock_duration)."""
    g = m.groupdict()
    hours = g.get("h") or g.get("ch")
    minutes = g.get("min") or g.get("min2") or g.get("cm") or "0"
    seconds = g.get("s") or g.get("s2") or g.get("cs")
    fraction = g.get("f") or g.get("f2") or g.get("cf")
    if (int(minutes) > 59 and hours) or int(seconds or 0) > 59:
        return []
    return [make(m, clock_duration(hours, minutes, seconds, fraction), "number", unit="s")]


def _prefixed(kind: str) -> Handler:
    def handle(m: regex.Match[str], _: str) -> list[Number]:
        value = number_value(m.group("n"))
        if value is None or _in_idiom(m.string, m.start(), m.end()):
            return []
        for char in m.groupdict().get("scale") or "":  # 第200万 (the two millionth)
            value *= N.ZH_SCALES[char]
        return [make(m, value, kind, spelled=not m.group("n")[:1].isdigit(),
                     unit=N.PERCENT if kind == "percent" else "")]  # 百分之五 is 5%
    return handle


def _star_rating(m: regex.Match[str], _: str) -> list[Number]:
    """三星级 = three-star, 三星半 = 3.5 stars: read although 三星 alone is a set phrase (the name
    Samsung); not in a set phrase (一星半点 "a tiny bit")."""
    if _in_idiom(m.string, m.start(), m.end() + len("星半")):
        return []
    return [make(m, Decimal(N.ZH_DIGITS[m.group()]), "number", spelled=True)]


def _fraction(m: regex.Match[str], _: str) -> list[Number]:
    den, num = number_value(m.group("den")), number_value(m.group("n"))
    if not den or num is None:
        return []
    whole = den == den.to_integral_value() and num == num.to_integral_value()
    return [dataclasses.replace(make(m, fraction_value(num, den), "fraction", spelled=True),
                                parts=(num, den) if whole else None)]


def _per_scale(m: regex.Match[str], _: str) -> list[Number]:
    """千分之三 (3 per thousand) and 万分之五 (5 per ten thousand) as the percentages
    they are (0.3 % and 0.05 %), exactly, so they meet "0.05 percent" in English."""
    value = number_value(m.group("n"))
    if value is None:
        return []
    return [make(m, value / _PER_SCALE_DIVISOR[m.group("scale")], "percent", spelled=True)]


#: How many of a per-thousand or per-ten-thousand rate make one per cent.
_PER_SCALE_DIVISOR = {"千": Decimal(10), "万": Decimal(100)}


def _half(m: regex.Match[str], _: str) -> list[Number]:
    return [make(m, Decimal("0.5"), "fraction", spelled=True)]


def _number(m: regex.Match[str], text: str) -> list[Number]:
    raw = m.group("num")
    spelled = not raw[:1].isdigit()
    if spelled and len(raw) > 1 and raw[-1] == "两" and _TAEL_AFTER.match(text, m.end("num")):
        # 五十两银子, 三两黄金: 两 is the tael, a measure (fifty taels of silver), not two
        return _number_of(m, text, raw[:-1], m.end("num") - 1)
    return _number_of(m, text, raw, m.end())


def _number_of(m: regex.Match[str], text: str, raw: str, end: int) -> list[Number]:
    """The numbers of the numeral or digits *raw* that *m* found, which end at *end*."""
    spelled = not raw[:1].isdigit()
    if spelled and (_in_idiom(text, m.start("num"), end)
                    or ends_a_word(text, m.start("num"), end)):
        return []
    value = number_value(raw)
    if value is None:
        if not spelled:
            return []
        # 两三 (two or three), 十五两日 (the 15th, both days): several numbers in a row;
        # a numeral that ends a word is the word's (唯一一次: the first 一 is 唯一's)
        pieces = [(a, b, v) for a, b, v in _approximate_pair(raw, _split_chinese(raw))
                  if not ends_a_word(text, m.start("num") + a, m.start("num") + b)]
        if not pieces:
            return []
        a, _, value = pieces[-1]
        last = _with_suffix(text, m.start("num") + a, end, value, spelled, False)
        # the first of a pair of neighbours (三四天, 两三千元, 十五六岁) is a count of the
        # same measure as the second: a range said once
        paired = len(pieces) == 2 and _neighbours(raw, pieces[0], pieces[1])
        found = [Number(v, last.kind if paired else "number", m.start("num") + a,
                        m.start("num") + b, text[m.start("num") + a:m.start("num") + b], True,
                        last.unit if paired else "")
                 for a, b, v in pieces[:-1]]
        return [*found, last]
    number = _with_suffix(text, m.start(), end, value, spelled, bool(m.group("neg")))
    if spelled and len(raw) >= 2 and raw[-2] in _PLACES and raw[-1] in _DIGITS_ONE_TO_NINE \
            and _COUNT_AFTER.match(text, end):
        # 一百一排 is 110, or 100 and "one row" (a hundred a row): both kept; 三万五名 is 35,000
        head = N.parse_chinese(raw[:-1])
        if head is not None:
            number = dataclasses.replace(number, alternatives=(head,))
    return [number]


#: The places after which a last digit counts in the next smaller place (tm.numbers.
#: _numerals: 一千五 = 1,500), and the digits that do.
_PLACES = "百千万亿"
_DIGITS_ONE_TO_NINE = "一二三四五六七八九"
#: A word of a formation after such a digit may make it a count of its own (一百一排 "a
#: hundred, one row", beside 110); a classifier does not (三万五名 is 35,000 people).
_COUNT_AFTER = lazy_regex("[排列行队组]")


def _with_suffix(text: str, start: int, end: int, value: Decimal, spelled: bool,
                 negative: bool) -> Number:
    """Extend a number over 多/余, a 万/亿 scale, a percent mark or a unit after it."""
    kind, unit = "number", ""
    s = _SUFFIX.match(text, end) if _may_begin_suffix(text[end:end + 1]) else None
    if s and s.end() > end:
        for char in s.group("scale") or "":
            value *= N.ZH_SCALES[char]
        if s.group("pct"):
            kind = "percent"
            unit = N.PERCENTAGE_POINT if s.group("pp") or s.group("bp") else N.PERCENT
        if s.group("bp"):  # 25个基点: a basis point is a hundredth of a percentage point
            value /= 100
        unit = unit or N.UNIT_FORMS_ZH.get(s.group("unit") or "", "")
        end = s.end()
    if unit in ("", "CNY"):
        before = currency_before(text, start)
        negative = negative or (bool(before) and minus_before_currency(text, start))  # -$245.10
        unit = before or unit
    return Number(-value if negative else value, kind, start, end, text[start:end], spelled,
                  unit)


#: No well-formed numeral is longer (九千九百九十九万…亿… is 33 characters): a piece is
#: looked for within this many characters, so a long run costs linear time, not cubic.
_LONGEST_NUMERAL = 64


def _split_chinese(raw: str) -> list[tuple[int, int, Decimal]]:
    """Split a run of numerals into the longest well-formed numbers, left to right."""
    pieces = []
    start = 0
    while start < len(raw):
        for end in range(min(len(raw), start + _LONGEST_NUMERAL), start, -1):
            value = N.parse_chinese(raw[start:end])
            if value is not None:
                pieces.append((start, end, value))
                start = end
                break
        else:
            start += 1
    return pieces or [(0, len(raw), Decimal(0))]


def _approximate_pair(raw: str, pieces: list[tuple[int, int, Decimal]]
                      ) -> list[tuple[int, int, Decimal]]:
    """Two neighbouring numbers said as one (an approximate range, "three or four"):

    * a lone digit before the next digit and its magnitude, which is written once for both:
      二三十 (twenty or thirty), 两三百, 七八万 are 20 and 30, 200 and 300, 70,000 and 80,000
      ("in their 20s and 30s" = 二三十岁);
    * a number that ends in its units digit and the next digit alone, whose tens are
      written once for both: 十五六岁 (15 or 16), 三十七八 (37 or 38);
    * two lone digits (三四天, 七八个: 3 or 4, 7 or 8) are read as written.
    """
    out = list(pieces)
    for i, ((a, b, first), (c, d, _)) in enumerate(itertools.pairwise(pieces)):
        if b != c or raw[c] not in N.ZH_DIGITS:
            continue
        if b - a == 1 and d - c >= 2:
            magnitude = N.parse_chinese("一" + raw[c + 1:d]) \
                if raw[c + 1] not in N.ZH_DIGITS else None
            if magnitude and first and N.ZH_DIGITS[raw[c]] == first + 1:
                out[i] = (a, b, first * magnitude)
        elif d - c == 1 and b - a >= 2 and raw[b - 2] == "十" and raw[b - 1] in N.ZH_DIGITS \
                and N.ZH_DIGITS[raw[c]] == N.ZH_DIGITS[raw[b - 1]] + 1:
            out[i + 1] = (c, d, first + 1)
    return out


def _neighbours(raw: str, first: tuple[int, int, Decimal],
                second: tuple[int, int, Decimal]) -> bool:
    """True when the pieces *first* and *second* of the numeral run *raw* (as
    :func:`_approximate_pair` reads them) are a range said once: side by side, the second one
    more than the first in its last digit (三四, 两三百, 十五六)."""
    (a, b, x), (c, _, y) = first, second
    if b != c or raw[c] not in N.ZH_DIGITS or not x or y <= x:
        return False
    step = y - x
    return (raw[b - 1] in N.ZH_DIGITS or b - a == 1) and str(step).strip("0") == "1" \
        and step <= x


#: What follows a numeral whose 两 is the tael, a weight (五十两银子, 三两黄金, 一两重, 二两酒),
#: not two.
_TAEL_AFTER = lazy_regex("银子|金子|黄金|白银|纹银|碎银|银两|白酒|酒|肉|茶叶|重(?![要大点新复])")


def in_set_phrase(text: str, start: int, end: int) -> bool:
    """True if text[start:end] overlaps a set phrase of data/set_phrases_zh.txt (一年半载)."""
    return bool(set_phrases_over(text, start, end))


def set_phrases_over(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the set phrases of data/set_phrases_zh.txt that overlap text[start:end]."""
    lo = max(0, start - _LONGEST_IDIOM)
    return [i.span() for i in _IDIOM_RE.finditer(text, lo, min(len(text), end + _LONGEST_IDIOM))
            if i.start() < end and start < i.end() and not _ends_inside_a_word(i)]


def cut_phrases(text: str) -> list[tuple[int, int]]:
    """The spans of the set phrases of *text* that a word after them cuts
    (_ends_inside_a_word): the numbers read there may be the phrase's, and are latent."""
    return [i.span() for i in _MAY_BE_CUT.finditer(text) if _ends_inside_a_word(i)]


def _ends_inside_a_word(m: regex.Match[str]) -> bool:
    """True when a numeral of the set phrase *m* (no weekday) makes a figure with a word that
    goes on past the phrase: a unit, a unit of time or a noun that orders (_CUTTING_WORD):
    十年八年级 is 十年 + 八年级 "8th grade" or the phrase 十年八年 "many years" + 级, 十分钟
    十 + 分钟 or 十分 "very" + 钟.  The boundary is ambiguous: the numbers are read as if the
    phrase were not there, and they are latent (cut_phrases): they meet the other side's
    figure, and are never reported.  Any other word after the phrase (十分开心: 分开,
    一起来: 起来) leaves it standing, its numerals no numbers (review R-4).  A word that ends
    in a numeral (同一, 统一) keeps its boundary: ends_a_word reads it (同一时间)."""
    start, end, text = m.start(), m.end(), m.string
    if end >= len(text) or not is_han(text[end]) or text[end - 1] in _NUMERAL_CHARACTERS \
            or m.group() not in _IDIOM_SET:
        return False
    for at in range(start + 1, end):
        if text[at - 1] in _NUMERAL_CHARACTERS and text[at] not in _NUMERAL_CHARACTERS:
            word = _CUTTING_WORD.match(text, at)
            if word and word.end() > end:
                return True
    return False


def ends_a_word(text: str, start: int, end: int) -> bool:
    """True if the numeral text[start:end] is the end of a word that begins before it
    (同一 "same", 统一 "unified", 唯一 "only", 单一 "single", 逐一 "one by one", 万一 "in
    case"): a counter, a unit of time or 时 after it (同一时间 "at the same time", 单一年份
    "a single year", 唯一一次) belongs to the next word, so no number, count, date or time
    of day begins there.  A numeral that begins a set phrase (一时, 十分) is left to
    :func:`_in_idiom`, which also reads what follows it (十分钟 is ten minutes)."""
    return any(s < start and end <= e for s, e in set_phrases_over(text, start, end))


def _in_idiom(text: str, start: int, end: int) -> bool:
    """True if text[start:end] lies inside a lexicalized word such as 一直 or 十分 (not a set
    phrase a word after it cuts: _ends_inside_a_word)."""
    return any(s <= start and end <= e for s, e in set_phrases_over(text, start, end))


D, C, A = frozenset({"digit"}), frozenset({"cn"}), frozenset({"any"})


#: Feature -> characters of which one must be in the text for the recognizers that need it.
_MARKERS = {"年": "年", "月": "月", "日": "日号", "sep": "-/.", "clock": ":：时点", "百分之": "百",
            "分之": "之", "一半": "半", "第": "第", "秒": "秒", "karat": "Kk开", "period": "QH",
            "expiry": "期"}
#: Every character that gives a feature -> the feature: digits (any Unicode decimal digit,
#: as ``\d``), numerals, and the marker characters above.
_FEATURE_OF = {**{c: name for name, chars in _MARKERS.items() for c in chars},
               **dict.fromkeys("一二两三四五六七八九十〇" + "".join(N.ZH_OLD_TENS), "cn")}
_FEATURE_KEYS = frozenset(_FEATURE_OF)
_DIGIT = lazy_regex(r"\d")


def features(text: str) -> frozenset[str]:
    """What *text* contains that recognizers need: digits, numerals, 年 月 日, 第 ...

    A recognizer is only tried on a text that has all it needs, so most
    patterns never scan a text they cannot match.  The marker characters are those the
    text's set of characters shares with _FEATURE_OF (none is a digit); a digit is looked
    for with the recognizers' own digit pattern (one search, which stops at the first).
    """
    found = {_FEATURE_OF[c] for c in _FEATURE_KEYS.intersection(text)}
    if _DIGIT.search(text):
        found.add("digit")
    if "digit" not in found and "cn" not in found:
        # 百分之百 holds no numeral but 百 itself
        return frozenset({"百分之"}) if "百分之" in found else frozenset()
    found.add("any")
    return frozenset(found)


YMD, YM, MD = A | {"年", "月", "日"}, A | {"年", "月"}, A | {"月", "日"}
RECOGNIZERS: list[Recognizer] = [
    (lazy_regex(rf"{_YEAR}年{_MONTH}月{_DAY}[日号]"), _date, YMD),
    (_LUNAR, _lunar_date, A | {"月"}),
    (lazy_regex(r"\b(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?!\d)"), _date,
     D | {"sep"}),
    (lazy_regex(rf"{_YEAR}年{_MONTH}月(?:份)?"), _date, YM),
    (lazy_regex(rf"{_MONTH}月{_DAY}[日号]"), _date, MD),
    # 6月7、8日 / 6月7至8日: the first day of a pair or range writes no 日 of its own
    (lazy_regex(rf"{_MONTH}月{_DAY}(?=\s*[、和及与或至到~～-]\s*{_DAY_BARE}[日号])"), _date,
     MD),
    (lazy_regex(r"(?<![\d月])(?P<d>\d{1,2})日(?![元本语报文])"), _date, D | {"日"}),
    (lazy_regex(rf"(?<![\d年]){_MONTH}月份?(?![\d])"), _date, A | {"月"}),
    (_DURATION, _duration, D | {"clock"}),
    (_DURATION_MS, _duration, D | {"秒"}),
    (lazy_regex(rf"{_PERIOD}(?P<h>(?<!\d)\d{{1,2}})(?P<sep>[:：])(?P<min>\d{{2}})(?!\d)"),
     _time, D | {"clock"}),
    (lazy_regex(rf"{_PERIOD}(?P<h>(?<!\d)\d{{1,2}}|[一二两三四五六七八九十]+)(?P<sep>时|点)"
                   r"(?:(?P<min>\d{1,2}|[零一二三四五六七八九十]+)分|(?P<half>半)"
                   r"|(?P<quarters>[一三])刻)?"), _time,
     A | {"clock"}),
    # the purity of gold, 18K金 / 18开金 (18K gold), and a quarter or half of a year written
    # as in English (Q3, H1): read as English reads them (tm.numbers._en)
    (lazy_regex(r"(?<![\p{Latin}\d.,])(?P<n>\d{1,2})\s?(?:[Kk]|开)(?=[白黄玫瑰纯足]{0,2}金)"),
     _karat, D | {"karat"}),
    (lazy_regex(r"(?<![\p{Latin}\d])(?:(?P<p>Q)(?P<n>[1-4])|(?P<p>H)(?P<n>[12]))(?![\p{Latin}\d])"),
     _period_of_year, D | {"period"}),
    (lazy_regex(r"(?:有效期|到期)[^\d\n]{0,6}?(?<![\d/])(?P<m>0[1-9]|1[0-2])/(?P<y>\d{2})(?![\d/])"),
     expiry_month, D | {"sep", "expiry"}),
    # a star rating, 三星级 (three-star), although 三星 alone is a name (Samsung)
    (lazy_regex(r"[一二三四五六七](?=星级|星半)"), _star_rating, C),
    (lazy_regex(rf"百分之(?P<n>{_N})"), _prefixed("percent"), A | {"百分之"}),
    # 百分之百 (a hundred per cent): the bare 百 is 100 here, and nowhere else on its own
    (lazy_regex(r"百分之(?P<n>百)(?![分千万亿])"), _prefixed("percent"),
     frozenset({"百分之"})),
    (lazy_regex(rf"(?P<den>{_N})分之(?P<n>{_N})"), _fraction, A | {"分之"}),
    # 千分之三, 万分之五: a rate per thousand or per ten thousand with no numeral before it
    (lazy_regex(rf"(?<![\d〇零一二两三四五六七八九十百千万])(?P<scale>[千万])分之(?P<n>{_N})"),
     _per_scale, A | {"分之"}),
    (lazy_regex(r"一半"), _half, C | {"一半"}),
    (lazy_regex(rf"第(?P<n>{_N})(?P<scale>(?<=\d)[万亿]+)?"), _prefixed("ordinal"),
     A | {"第"}),
    # a minus sign after a Han character is a sign (降至-30℃), after a Latin letter a hyphen,
    # and a dash right after a number and its measure word a range (2020年-2021年, 3个-5个)
    # 正负3 is "plus or minus 3" (±3): a tolerance, no negative figure
    # and one right after a range's mark begins the second figure (-70~-90, -5至-10℃)
    (lazy_regex(LEFT_GUARD + r"(?P<neg>(?<!正)负|零下|(?<=[~～至到])[-−]|(?<![\p{Latin}\p{N}])"
                   r"(?<![\d〇零一二两三四五六七八九十百千万亿][^\s\d]{0,2})[-−])?(?P<num>" + NUM
                   + ")" + r"(?:(?![\p{Latin}\d])|(?=(?:" + _GLUED + r")(?![A-Za-z])))"),
     _number, D),
    (lazy_regex(r"(?P<neg>(?<!正)负|零下)?(?P<num>" + _CN + ")"), _number, C),
]

"""Rates per period and frequencies, compared across English and Chinese (private).

"$399 per month" and 每周399美元 hold the same figure and say different things, as do "once
daily" and 每日两次 (one and 两 are forgiven as spelled numbers), "every other day" and 每天,
"an annual fee" and 月费.  A rate is read where a word of a period says one:

* English: *every* / *each* and a period, with a count before it ("every two weeks", "every
  other month", "every 4 to 6 hours", "every quarter of an hour"); *per*, *a* / *an* after a
  figure or a frequency ("$15 an hour", "twice a week"; not "in a week", "a year ago", "half
  a year"); *p.a.*, *per annum*, "/month"; *daily*, *weekly*, *monthly*, *annual* …;
* Chinese: 每 and a period (每周, 每两周, 每隔一周, 每4-6小时, 每一刻钟), 一天三次, a word that
  begins with its period (月费, 年薪, 时薪, 日均, 年化, 年利率, 年旅客吞吐量, 年度), 按月, /月.

A frequency's count is read with it: *once*, *twice*, *three times* before the English
period, N次 after the Chinese one in the same clause; *every* alone is once.  Each rate is a
period of one or more lengths (every 4 to 6 hours; 每隔两天 is every two or three days) and a
count, if said.  The rates of the two sides are paired when a length is the same (±5 %) and
the counts, if both are said, are equal, or their frequencies are (twice a month, 每半个月
一次).  A rate of each side left over is reported as a pair (:func:`other_rates`), and so is a
rate of a figure ("5,000 trees a year") whose figure the target gives in a clause that says
no period at all (在10年内种植5000棵树).  "24 hours a day", "7 days a week" are no rates: the
figure fills the period.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from tm._shared.script import HAN
from tm.numbers._base import Number, trie_pattern
from tm.numbers._lazy import lazy_re, lazy_regex
from tm.numbers._numerals import EN_WORD_VALUES, ZH_DIGITS, parse_chinese

__all__ = ["may_hold_rate", "other_rates"]

_DAY = Decimal(1)
#: The length of each period, in days.
_LENGTHS = {
    "second": _DAY / 86400, "minute": _DAY / 1440, "hour": _DAY / 24, "day": _DAY,
    "night": _DAY, "week": Decimal(7), "fortnight": Decimal(14), "month": Decimal("30.44"),
    "quarter": Decimal("91.31"), "year": Decimal("365.25"), "decade": Decimal("3652.5"),
    "century": Decimal(36525), "half year": Decimal("182.6"), "half month": Decimal("15.22"),
    "quarter hour": _DAY / 96, "half hour": _DAY / 48,
}
_EN_PERIODS = {"sec": "second", "second": "second", "min": "minute", "minute": "minute",
               "hour": "hour", "hr": "hour", "h": "hour", "day": "day", "d": "day",
               "night": "night", "week": "week", "wk": "week", "fortnight": "fortnight",
               "month": "month", "mo": "month", "quarter": "quarter", "year": "year",
               "yr": "year", "annum": "year", "decade": "decade", "century": "century"}
_EN_ADVERBS = {"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week",
               "fortnightly": "fortnight", "monthly": "month", "quarterly": "quarter",
               "yearly": "year", "annually": "year", "annual": "year", "annualized": "year",
               "annualised": "year", "semiannual": "half year", "semi-annual": "half year",
               "semiannually": "half year", "semi-annually": "half year"}
_EN_COUNT_WORD = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven" \
    r"|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)"
_EN_PERIOD = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?" \
    r"|months?|quarters?|years?|decades?|centur(?:y|ies))"
#: every / each and a period, with its count: "every two weeks", "every other month", "every
#: 4 to 6 hours", "every half hour", "every quarter of an hour".
_EN_EVERY = lazy_re(
    rf"(?i)\b(?:every|each)\s+(?:(?P<qh>quarter\s+of\s+an\s+hour|quarter[\s-]hour)|(?:(?P<half>"
    rf"half[\s-]?)(?=hour|day|month|year)|(?P<other>other)\s+|(?P<n>{_EN_COUNT_WORD})(?:\s*(?:to"
    rf"|-|–|or)\s*(?P<n2>{_EN_COUNT_WORD}))?\s+)?(?P<p>{_EN_PERIOD}))\b")
#: per / a / an and a period: "per month", "$15 an hour", "twice a week", "p.a.", "/mo".
_EN_PER = lazy_regex(
    r"(?i)(?:\b(?:per|an?)\s+(?P<p>second|minute|hour|day|night|week|fortnight|month|quarter"
    r"|year|decade|annum)\b(?!['’]s|\s+(?:ago|earlier|later|before|after|old|long|or|of|and"
    r"\s+a\s+half)\b|[-‐])|(?<=\d\s?%?\s?)(?P<pa>p\.\s?a\.?|pa\b)|(?<=[\d%]\s?)/\s?(?P<slash>"
    r"day|d|night|week|wk|month|mo|year|yr|hour|hr|h)\b)")
#: Words before "a" / "an" that make "a month" a length, not a rate: "in a week", "for a year".
_EN_NOT_A_RATE = lazy_re(
    r"(?i)\b(?:in|within|for|over|than|after|before|about|around|nearly|almost|half|past"
    r"|last|next|of|by|under|take|takes|took|spend|spent|such|what|quite|only|just|whole"
    r"|entire|all|from|to|until|once\s+in)\s+$")
_EN_ADVERB = lazy_re(r"(?i)\b(?P<p>" + "|".join(sorted(_EN_ADVERBS, key=len, reverse=True))
                     + r")\b")
#: The count of a frequency right before its period: once, twice, three times, 3x.
_EN_TIMES = lazy_re(
    rf"(?i)\b(?:(?P<w>once|twice|thrice)|(?P<n>{_EN_COUNT_WORD})\s*(?:times|x|×))\s+(?:a\s+|an"
    r"\s+|per\s+|every\s+|each\s+)?$")
_EN_CLAUSE_END = lazy_re(r"[,;:.!?()]|\b(?:and|but|while|then)\b")
_ZH_NUMERAL = "〇零一二两三四五六七八九十百"
_ZH_COUNT = rf"(?:\d+(?:\.\d+)?|[{_ZH_NUMERAL}]+)"
_ZH_PERIODS = {"秒": "second", "秒钟": "second", "分钟": "minute", "小时": "hour",
               "钟头": "hour", "刻钟": "quarter hour", "天": "day", "日": "day", "晚": "night",
               "夜": "night", "周": "week", "星期": "week", "礼拜": "week", "月": "month",
               "季": "quarter", "季度": "quarter", "年": "year", "世纪": "century",
               "时": "hour"}
_ZH_PERIOD = "秒钟?|分钟|小时|钟头|刻钟|天|日|晚|夜|周|星期|礼拜|个?月|季度?|年|世纪"
#: 每 and a period, with the count of periods: 每周, 每两周, 每隔一周, 每4-6小时, 每半年, 每一刻钟;
#: not a day of the week (每周一 is every Monday; 每周一次 is once a week).
_ZH_EVERY = lazy_re(
    rf"每(?P<gap>隔)?(?:(?P<n>{_ZH_COUNT}|半)(?:\s*(?:-|~|～|至|到)\s*(?P<n2>{_ZH_COUNT}))?)?个?"
    rf"(?P<p>{_ZH_PERIOD})(?!(?<=[周期拜])[一二三四五六日天](?![次天个年月号小时周分秒]))")
#: 一天三次, 一日两次, 一周一次: a count in the period.
_ZH_ONE = lazy_re(
    rf"(?<![{_ZH_NUMERAL}\d])一个?(?P<p>天|日|周|星期|月|年|小时)(?P<c>{_ZH_COUNT})次")
#: A word that begins with its period: 月费, 年薪, 时薪, 日均, 年化, 年利率, 年度, 年旅客吞吐量.
_ZH_PREFIX = lazy_re(
    r"(?<![〇零一二两三四五六七八九十百千\d今去明前后本上下当同该全整近历每逐首末次隔这那某])"
    r"(?P<p>[年月日周时])(?:费|薪|租金?|息|利率|化|均|度(?![报])|收益率?|供|付|产量|产值|销量"
    rf"|销售额|营收|收入|[{HAN}]{{0,2}}?(?:吞吐量|耗电量|用电量|降[雨水]量|销量|销售额|营收))"
    r"|按(?P<p2>[年月周日天])|包(?P<p3>[年月])|(?<=[\d元次])\s?/\s?(?P<p4>天|日|晚|夜|周|月|年|小时)")
#: The count of a frequency after its Chinese period, in the same clause: 每周清洗一次.
_ZH_TIMES = lazy_re(
    rf"[^，,。；;：:！？!?（）()]{{0,10}}?(?<![第每])(?P<c>{_ZH_COUNT})次(?![数方日])")
_ZH_CLAUSE = lazy_re(r"[^，,。；;：:！？!?（）()]*")
#: Anything of a period in a Chinese clause (a rate; "in a year", 一年, 全年; a word that begins
#: with a period, 年产能, 日处理能力): the figure of an English rate given there is not left
#: without its period.
_ZH_ANY_PERIOD = lazy_re(
    rf"(?<![{_ZH_NUMERAL}千万\d])[年月日周时天](?=[{HAN}])|[一全整]个?(?:天|日|周|月|年|小时)"
    r"|/\s?[秒分时天日周月年]")
#: A unit of length before "per" makes a speed, a unit, not a rate per period: "160 kilometres
#: per hour" (时速160公里), "48 metres per second" (48米/秒).
_SPEED = lazy_re(r"(?i)(?<!square\s)(?<!sq\s)(?<!cubic\s)\b(?:kilomet(?:re|er)s?|km|miles?"
                 r"|met(?:re|er)s?|m|feet|ft|knots?|yards?|inch(?:es)?|centimet(?:re|er)s?|cm"
                 r"|millimet(?:re|er)s?|mm)\s+$")
_TOLERANCE = Decimal("0.05")


@dataclass(frozen=True, slots=True)
class _Rate:
    """A rate or frequency: its period's lengths (days), its count if said, where it is and
    the figure it is said of (a value, or None)."""

    lengths: tuple[Decimal, ...]
    count: Decimal | None
    start: int
    end: int
    text: str
    figure: Number | None = None


def may_hold_rate(text: str) -> bool:
    """True when English *text* may say a rate or a frequency."""
    return _MAY_HOLD.search(text) is not None


#: The words of a rate or a frequency, and the periods after "a" / "an" ("twice a week").
_RATE_WORDS = ("every", "each", "per", "annu", "daily", "weekly", "monthly", "quarterly",
               "yearly", "hourly", "nightly", "fortnightly")
_A_PERIODS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month",
              "quarter", "year", "decade")
#: The words as tries (tm.numbers._base.trie_pattern) after a look at the first letter: ``re``
#: tries one branch at a word's start instead of a dozen alternatives.
_MAY_HOLD = lazy_re(
    r"(?i)\b(?=[" + "".join(sorted({w[0] for w in _RATE_WORDS} | {"a", "p", "s"})) + "])(?:"
    + trie_pattern(_RATE_WORDS) + r"|p\.?a|semi-?annu|an?\s+(?:" + trie_pattern(_A_PERIODS)
    + r")\b)|/\s?(?:day|d|night|week|wk|month|mo|year|yr|hour|hr|h)\b")


def _en_count(word: str | None) -> Decimal | None:
    if word is None:
        return None
    if word[0].isdigit():
        return Decimal(word)
    value = EN_WORD_VALUES.get(word.lower())
    return Decimal(value) if value is not None else None


def _zh_count(word: str | None) -> Decimal | None:
    if not word:
        return None
    if word[0].isdigit():
        return Decimal(word)
    if word == "半":
        return Decimal("0.5")
    return parse_chinese(word) if len(word) > 1 else (Decimal(ZH_DIGITS[word])
                                                      if word in ZH_DIGITS else None)


def _en_times_before(text: str, start: int) -> tuple[Decimal | None, int]:
    """once / twice / three times right before *start*: the frequency's count, and where it
    begins (*start* when there is none)."""
    m = _EN_TIMES.search(text, max(0, start - 24), start)
    if m is None:
        return None, start
    if m.group("w"):  # a caseless look-alike (twİce) is no key: no count
        count = {"once": 1, "twice": 2, "thrice": 3}.get(m.group("w").lower())
        return (Decimal(count) if count else None), m.start()
    return _en_count(m.group("n")), m.start()


def _figure_before(text: str, start: int, numbers: Sequence[Number]) -> Number | None:
    """The figure in digits a rate at *start* is said of: the last number before it in its
    clause, at most 40 characters before."""
    for n in reversed(numbers):
        if n.end <= start and start - n.end <= 40 and not n.spelled and n.kind in (
                "number", "percent") and not _EN_CLAUSE_END.search(text, n.end, start):
            return n
    return None


def _fills_the_period(figure: Number | None, length: Decimal) -> bool:
    """True for "24 hours a day", "7 days a week": a length of time as long as the period."""
    if figure is None or figure.unit not in _EN_PERIODS.values():
        return False
    return abs(figure.value * _LENGTHS[figure.unit] - length) <= length * _TOLERANCE


def _en_rates(text: str, numbers: Sequence[Number]) -> list[_Rate]:
    out: list[_Rate] = []
    for m in _EN_EVERY.finditer(text):
        word = (m.group("p") or "hour").lower().rstrip("s").replace("centurie", "century")
        period = _EN_PERIODS.get(word)
        if period is None:  # a caseless look-alike (mİnutes) is read by no table
            continue
        base = _LENGTHS[period]
        if m.group("qh"):
            lengths: tuple[Decimal, ...] = (_LENGTHS["quarter hour"],)
        elif m.group("half"):
            lengths = (base / 2,)
        elif m.group("other"):
            lengths = (base * 2,)
        else:
            counts = [c for c in (_en_count(m.group("n")), _en_count(m.group("n2"))) if c]
            if m.group("n") and not counts:
                continue
            lengths = tuple(base * c for c in counts) or (base,)
        count, begin = _en_times_before(text, m.start())
        out.append(_Rate(lengths, count or Decimal(1), begin, m.end(), text[begin:m.end()]))
    for per in _EN_PER.finditer(text):
        period = _EN_PERIODS.get((per.group("p") or per.group("slash") or "year").lower())
        if period is None:
            continue
        length = _LENGTHS[period]
        if per.group("p") and per.group().lower().startswith("a") \
                and _EN_NOT_A_RATE.search(text, max(0, per.start() - 12), per.start()):
            continue
        if period in ("second", "minute", "hour") \
                and _SPEED.search(text, max(0, per.start() - 16), per.start()):
            continue
        if any(r.start <= per.start() < r.end for r in out):
            continue
        count, begin = _en_times_before(text, per.start())
        figure = None if count is not None else _figure_before(text, per.start(), numbers)
        if _fills_the_period(figure, length):
            continue
        if per.group("p") and per.group().lower().startswith("a") and count is None \
                and figure is None:
            continue  # "a month" after no figure nor frequency: a length, not a rate
        out.append(_Rate((length,), count, begin, per.end(), text[begin:per.end()].strip(), figure))
    for m in _EN_ADVERB.finditer(text):
        period = _EN_ADVERBS.get(m.group("p").lower())
        if period is None:
            continue
        count, begin = _en_times_before(text, m.start())
        out.append(_Rate((_LENGTHS[period],), count, begin, m.end(), text[begin:m.end()]))
    return sorted(out, key=lambda r: r.start)


def _zh_period(word: str) -> Decimal:
    return _LENGTHS[_ZH_PERIODS[word.lstrip("个")]]


def _zh_rates(text: str) -> list[_Rate]:
    out: list[_Rate] = []
    for m in _ZH_EVERY.finditer(text):
        base = _zh_period(m.group("p"))
        counts = [c for c in (_zh_count(m.group("n")), _zh_count(m.group("n2"))) if c]
        if m.group("n") and not counts:
            continue
        if m.group("gap"):  # 每隔一周 is every other week; 每隔两天 every two or three days
            counts = [Decimal(2)] if counts in ([], [Decimal(1)]) else [
                v for c in counts for v in (c, c + 1)]
        lengths = tuple(base * c for c in counts) or (base,)
        times = _ZH_TIMES.match(text, m.end())
        out.append(_Rate(lengths, _zh_count(times.group("c")) if times else None, m.start(),
                         times.end() if times else m.end(),
                         text[m.start():times.end() if times else m.end()]))
    for m in _ZH_ONE.finditer(text):
        if not any(r.start <= m.start() < r.end for r in out):
            out.append(_Rate((_zh_period(m.group("p")),), _zh_count(m.group("c")), m.start(),
                             m.end(), m.group()))
    for m in _ZH_PREFIX.finditer(text):
        word = m.group("p") or m.group("p2") or m.group("p3") or m.group("p4")
        if any(r.start <= m.start() < r.end for r in out):
            continue
        times = _ZH_TIMES.match(text, m.end()) if m.group("p2") else None
        out.append(_Rate((_zh_period(word),), _zh_count(times.group("c")) if times else None,
                         m.start(), m.end(), m.group()))
    return sorted(out, key=lambda r: r.start)


def _close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= max(a, b) * _TOLERANCE


def _same_rate(a: _Rate, b: _Rate) -> bool:
    if a.count is not None and b.count is not None and a.count != b.count:
        # twice a month, 每半个月一次: the same frequency
        return any(_close(a.count / x, b.count / y) for x in a.lengths for y in b.lengths)
    return any(_close(x, y) for x in a.lengths for y in b.lengths)


def other_rates(source: str, source_numbers: Sequence[Number], target: str,
                target_numbers: Sequence[Number]) -> list[tuple[str, str, tuple[int, int]]]:
    """(source rate, target rate or "", target span) for each rate or frequency of English
    *source* that Chinese *target* says with another period or count, or leaves out with its
    figure in a clause that says no period (see the module docs)."""
    english = _en_rates(source, source_numbers)
    if not english:
        return []
    chinese = _zh_rates(target)
    left = []
    for rate in english:
        match = next((c for c in chinese if _same_rate(rate, c)), None)
        if match is None:
            left.append(rate)
        else:
            chinese.remove(match)
    out = [(e.text, c.text, (c.start, c.end)) for e, c in zip(left, chinese, strict=False)]
    for rate in left[len(chinese):]:
        if rate.figure is None:
            continue
        given = [n for n in target_numbers if n.kind == rate.figure.kind
                 and n.value == rate.figure.value]
        if given and not any(_says_a_period(target, n) for n in given):
            out.append((rate.text, "", (given[0].start, given[0].end)))
    return out


def _says_a_period(text: str, n: Number) -> bool:
    """True when the clause of *text* holding the number *n* says a period or a rate."""
    start = n.start
    while start > 0 and _ZH_CLAUSE.fullmatch(text[start - 1]):
        start -= 1
    end = _ZH_CLAUSE.match(text, n.end)
    clause = text[start:end.end() if end else n.end]
    return _ZH_ANY_PERIOD.search(clause) is not None or bool(_zh_rates(clause))

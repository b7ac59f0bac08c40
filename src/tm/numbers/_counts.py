"""A spelled-out count left out of a Chinese translation: "nine crew members" → 机组人员 (private).

The lenient comparison forgives an English number word with no counterpart
when nothing else disagrees: "one of them", "the two sides" (双方), "a thousand
thanks" are rarely numbers the translation must repeat.  A count of things or
time is different: "132 passengers and nine crew members" → 132名乘客和机组人员
loses the crew's number, "trapped for two days" → 被困 the duration.  Such a
number is reported, but narrowly, so that no set phrase and no anaphora raises
an alarm:

* the number is spelled (*two* … *ninety-nine*, *two hundred*; not *a
  thousand*, *tenfold*), a plain count of at least 2, or *a dozen*
  (about twelve: 12, 十二, 十几, 十多 write it), and the next word is a word it
  counts, past *more*, *further*, *straight* … (*two more rate cuts*): not a
  function word (*two of*, *three and*, *four to*, *seven times*);
* no determiner or possessive makes it anaphoric (*the two sides* → 双方,
  *his four faces*, *both*, *all three*), since Chinese then often drops it;
* the target writes its value nowhere, not even inside a set phrase or as part
  of a larger numeral: "kill two birds with one stone" → 一举两得 has its 两,
  "ten thousands of saints" → 万万圣者 its 万, two → 双 / 俩 (双角 "two horns");
* and either the target keeps other numbers (the translator rendered the
  sentence's figures and lost this one), or it puts a vague quantity in the
  count's place (多家, 几名, 若干, 进一步: "a dozen carmakers" → 多家车企, "two
  more rate cuts" → 进一步降息), or the count is a length of time (*for two
  days*, *six years*), which no rewording absorbs.  A count of things in a
  target without any number may have become a collective word ("two disciples"
  → 门徒, "two burdens" → 羊圈 in a freer rendering) and is left alone.

*twice* (a multiple or a frequency: "twice that of", "twice a day") is reported
when the target has none of 倍 再 双 两 二 番 又, whatever else it holds; *think
twice* (三思) is a set phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from tm.numbers._base import Number
from tm.numbers._lazy import lazy_re, lazy_regex
from tm.numbers._numerals import EN_SCALES, EN_WORD_VALUES, ZH_DIGITS, ZH_SCALES, parse_chinese
from tm.numbers._zh import WEEKDAY

__all__ = ["counts_a_thing", "unwritten"]

#: Words after a number that show it counts no noun of its own.
_NOT_COUNTED = frozenset("""
    of and or to nor but than times more less fewer most at in on by for with from as into
    that which who whom whose were was are is be been am had has have do does did shall should
    will would can could may might must percent per cent out hundred thousand million billion
    trillion dozen score apiece each a an the this these those it its or other others
    hundreds thousands millions billions dozens scores
    """.split())
#: Lengths of time: a count of them is never absorbed by a rewording.
_TIME = frozenset("""
    second seconds minute minutes hour hours day days night nights week weeks fortnight
    fortnights month months year years decade decades century centuries
    """.split())
#: Words before a number that make it anaphoric (the two sides, their four faces, all three).
_ANAPHORIC = frozenset("""
    the these those this that his her hers its their theirs our ours your yours my mine thy
    thine both all other same they we ye you them us these whose which
    """.split())
#: Adjectives between a count and what it counts: two more rate cuts, three straight days.
_BETWEEN = frozenset("more further additional extra new straight consecutive successive".split())
_NEXT_WORD = lazy_re(r"[\s-]+([A-Za-z]+)")
#: "a dozen" is about twelve: 12, 十二, 十几, 十多, 十余 all write it.
_DOZEN = lazy_re(r"\b(?:an?|one)\s+dozen\b", re.I)
_TWICE = lazy_re(r"(?i)twice")
_THINK = lazy_re(r"(?i)\bthink\s+$")
#: What renders *twice* in Chinese: 两倍, 加倍, 翻番, 再, 两次, 双, 死而又死.
_MULTIPLE_ZH = lazy_re("[倍再双两二番又]")
#: Vague quantities a translation may put in place of a count: 多家, 几名, 若干, 进一步.
_VAGUE = lazy_re("若干|一些|进一步|更多|[几数多][个家名位项次只台辆所种批轮]")
_PREVIOUS_WORD = lazy_re(r"([A-Za-z]+)[\s,]*$")
_ZH_RUN = lazy_re("[0-9〇零一二两兩三四五六七八九十百千万亿双俩]+")
_TWO = frozenset("两兩双俩二")
_WEEKDAY = lazy_regex(WEEKDAY)


def unwritten(source: str, unmatched: Sequence[Number], target: str,
              target_has_numbers: bool) -> list[Number]:
    """The numbers of *unmatched* (source numbers no target number matched) that count
    a thing in *source* and whose value *target* does not write anywhere."""
    counts = [n for n in unmatched if counts_a_thing(source, n)]
    if not target_has_numbers and not _VAGUE.search(target):
        counts = [n for n in counts if _counts_time(source, n)]
    twice = [n for n in unmatched if _TWICE.fullmatch(n.text)
             and not _THINK.search(source, max(0, n.start - 8), n.start)]
    if twice and not _MULTIPLE_ZH.search(target):
        counts.extend(twice)  # twice as much, twice a day: a multiple or a frequency
    if not counts:
        return []
    written = _values_written(target)
    return [n for n in counts if n.value not in written
            and not any(a in written for a in n.alternatives)]


def _counts_time(source: str, n: Number) -> bool:
    """True when the word after *n* is a length of time (two days, six years)."""
    after = _NEXT_WORD.match(source, n.end)
    return after is not None and after.group(1).lower() in _TIME


def counts_a_thing(source: str, n: Number) -> bool:
    """True when *n* is a spelled count of two or more things that the source names after it."""
    if not (n.spelled and n.kind == "number" and n.value >= 2 and n.value == int(n.value)):
        return False
    words = n.text.lower().replace("-", " ").split()
    if not words or ((words[0] in ("a", "an") or not all(
            w in EN_WORD_VALUES or w in EN_SCALES or w == "and" for w in words)) and not (
            _DOZEN.fullmatch(n.text))):
        return False  # a thousand; twice and tenfold are not plain counts
    after = _NEXT_WORD.match(source, n.end)
    if after is not None and after.group(1).lower() in _BETWEEN:
        after = _NEXT_WORD.match(source, after.end())  # two more rate cuts
    if after is None or after.group(1).lower() in _NOT_COUNTED:
        return False
    if source.startswith("-", n.end):
        # a length of time as a measure (the eight-day holiday) is never anaphoric;
        # other hyphenated measures name a thing (twenty-foot equivalent units: 标准箱)
        return after.group(1).lower() in _TIME
    before = _PREVIOUS_WORD.search(source, max(0, n.start - 40), n.start)
    return before is None or before.group(1).lower() not in _ANAPHORIC


def _values_written(target: str) -> set[Decimal]:
    """Every value *target* writes, whole or in part: each numeral run, each of its characters
    (not the numeral of a day of the week: 周六 is Saturday, no six)."""
    values: set[Decimal] = set()
    if "周" in target or "星期" in target or "礼拜" in target:
        target = _WEEKDAY.sub(" ", target)
    for m in _ZH_RUN.finditer(target):
        run = m.group()
        values.update(Decimal(int(d)) for d in re.findall(r"[0-9]+", run))
        whole = parse_chinese(run)
        if whole is not None:
            values.add(whole)
        for char in run:
            if char in _TWO:
                values.add(Decimal(2))
            elif char in ZH_DIGITS:
                values.add(Decimal(ZH_DIGITS[char]))
            elif char in ZH_SCALES:
                values.add(Decimal(ZH_SCALES[char]))
    return values

"""The direction of a change said right beside its figure, in English and Chinese (private).

"Prices fell 15%" and 价格上涨了15% hold the same figure and say opposite things.  A figure
has a direction here only where a word of change stands right beside it:

* English, before it: a verb or adverb of rising (rose, grew, increased, gained, climbed,
  jumped, improved, up …) or of falling (fell, dropped, declined, decreased, lost, shrank, slid,
  cut, reduced, down …),
  maybe with *by*, *to* or a hedge between ("fell by 15%", "dropped to 45%", "up 12%"); or
  after it, a comparative of the difference ("6% lower", "2.3°C above average", "12% up").
  *up to* and *down to* are bounds, not changes: no direction.
* Chinese, before it: 上涨, 上升, 增长, 增加, 提高, 升, 涨, 增, 高 … or 下降, 下跌, 减少, 降低,
  跌, 降, 减, 低 …, maybe with 了, 至/到 and a hedge between (上涨了15%, 升至45%, 低2.3摄氏度).
  高达 and 低至 ("as high as", "as low as") are bounds: no direction.

A figure is judged only when it is the one figure of its value on each side and both sides
give it a direction: then opposite directions are reported (fell 15% → 上涨了15%).  A figure
with no word of change beside it on either side is never judged.
"""

from __future__ import annotations

from collections.abc import Sequence

from tm.numbers._base import Number, trie_pattern
from tm.numbers._lazy import lazy_re

__all__ = ["change_in", "may_hold_direction", "opposite_directions"]

_UP, _DOWN = "up", "down"
#: What may stand between an English word of change and its figure.
_EN_BETWEEN = r"(?:\s+(?:by|to|about|around|nearly|almost|some|roughly|just|over|another))*\s+$"
#: English words of rising and of falling (verbs and adverbs of change).
_EN_UP = (r"rose|rise[sn]?|rising|up|increased?|increases|increasing|grew"
          r"|grow(?:s|n|ing)?|gained?|gains|gaining|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?"
          r"|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|rais(?:e|es|ed|ing)|higher"
          r"|improv(?:e|es|ed|ing)|boost(?:s|ed|ing)?")
_EN_DOWN = (r"fell|fall(?:s|en|ing)?|down|drop(?:s|ped|ping)?|declin(?:e|es|ed"
            r"|ing)|decreas(?:e|es|ed|ing)|shr(?:ank|unk|inks?|inking)|slid|slid(?:e|es"
            r"|ing)|slip(?:s|ped|ping)?|lost|los(?:e|es|ing)|plung(?:e|es|ed|ing)"
            r"|plummet(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|sank|sinks?|slump(?:s|ed|ing)?"
            r"|dip(?:s|ped|ping)?|lower(?:ed)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)"
            r"|slash(?:es|ed|ing)?")
_EN_BEFORE = {
    _UP: lazy_re(rf"(?i)\b(?:{_EN_UP})" + _EN_BETWEEN),
    _DOWN: lazy_re(rf"(?i)\b(?:{_EN_DOWN})" + _EN_BETWEEN),
}
#: "up to 12%", "down to 3": a bound or a limit, no change.
_EN_BOUND = lazy_re(r"(?i)\b(?:up|down)\s+to\s+$")
#: A comparative of the difference right after the figure: "6% lower", "2.3°C above average".
_EN_AFTER = {_UP: lazy_re(r"(?i)\s+(?:higher|above|up)\b"),
             _DOWN: lazy_re(r"(?i)\s+(?:lower|below|down)\b")}
#: What may stand between a Chinese word of change and its figure.
_ZH_BETWEEN = "了?(?:至|到|为)?(?:约|近|逾|超过?)?$"
#: Chinese words of rising and of falling.
_ZH_UP = "上涨|上升|增长|增加|提高|提升|上调|升高|攀升|高出|涨|升|增|(?<![最提身])高"
_ZH_DOWN = "下降|下跌|减少|降低|下调|下滑|回落|缩减|缩小|萎缩|跌|降|减|(?<![最降])低"
_ZH_BEFORE = {
    _UP: lazy_re(f"(?:{_ZH_UP})" + _ZH_BETWEEN),
    _DOWN: lazy_re(f"(?:{_ZH_DOWN})" + _ZH_BETWEEN),
}
#: A word of change anywhere, by direction: an English one as a whole word, a Chinese one of
#: two characters or 涨 / 跌 (增, 高, 低 alone begin names: 增值税, 高收入组).
_CHANGE_WORD = {
    "en": {_UP: lazy_re(rf"(?i)\b(?:{_EN_UP})\b"), _DOWN: lazy_re(rf"(?i)\b(?:{_EN_DOWN})\b")},
    "zh": {d: lazy_re("|".join(w for w in words.split("|")
                               if w.isalpha() and (len(w) == 2 or w in "涨跌")))
           for d, words in ((_UP, _ZH_UP), (_DOWN, _ZH_DOWN))}}
#: How far before a figure its word of change is looked for.
_REACH = 16
#: The beginnings of the English words of change (and of the comparatives after a figure).
_EN_CHANGE_STEMS = ("ris", "rose", "increas", "grew", "grow", "gain", "jump", "climb", "surg",
                    "soar", "rais", "higher", "fell", "fall", "drop", "declin", "decreas", "shr",
                    "slid", "slip", "lost", "los", "plung", "plummet", "tumbl", "sank", "sink",
                    "slump", "dip", "lower", "above", "below", "improv", "boost", "cut", "reduc",
                    "slash")
#: Quick tests: a text with none of these holds no direction.  The English one is a trie of
#: the stems (tm.numbers._base.trie_pattern) after a look at the first letter: ``re`` tries
#: one branch at a word's start instead of forty alternatives, in a third of the time.
_MAY_HOLD = {"en": lazy_re(r"(?i)\b(?=[" + "".join(sorted({w[0] for w in _EN_CHANGE_STEMS}))
                           + r"ud])(?:" + trie_pattern(_EN_CHANGE_STEMS) + r"|up\b|down\b)"),
             "zh": lazy_re("[涨升增高跌降减低落缩调滑]")}


def may_hold_direction(text: str, lang: str) -> bool:
    """True when *text* (``en`` or ``zh``) may hold a word of change beside a figure."""
    return _MAY_HOLD[lang].search(text) is not None


def change_in(text: str, lang: str) -> str:
    """``up``, ``down`` or ``""``: the one direction the words of change anywhere in *text*
    (``en`` or ``zh``) say (dropped, climbed, up; 增长, 下滑, 涨)."""
    found = {d for d, p in _CHANGE_WORD[lang].items() if p.search(text)}
    return found.pop() if len(found) == 1 else ""


def _direction(text: str, n: Number, lang: str) -> str:
    """``up``, ``down`` or ``""``: the change the word right beside figure *n* says."""
    before = text[max(0, n.start - _REACH):n.start]
    if lang == "en":
        if _EN_BOUND.search(before):
            return ""
        found = {d for d, p in _EN_BEFORE.items() if p.search(before)}
        found |= {d for d, p in _EN_AFTER.items() if p.match(text, n.end)}
    else:
        found = {d for d, p in _ZH_BEFORE.items() if p.search(before)}
    return found.pop() if len(found) == 1 else ""


def opposite_directions(source: str, source_numbers: Sequence[Number], target: str,
                        target_numbers: Sequence[Number]) -> list[tuple[Number, Number]]:
    """(source figure, target figure) for each figure of English *source* whose Chinese
    *target* says the opposite change: one figure of its kind and value on each side, each
    with a word of change right beside it, the two opposite."""
    out = []
    for n in source_numbers:
        if n.kind not in ("number", "percent"):
            continue
        same = [t for t in target_numbers if t.kind == n.kind and t.value == n.value]
        if len(same) != 1 or sum(s.kind == n.kind and s.value == n.value
                                 for s in source_numbers) != 1:
            continue
        theirs = _direction(target, same[0], "zh")
        ours = _direction(source, n, "en") if theirs else ""
        if ours and theirs and ours != theirs:
            out.append((n, same[0]))
    return out

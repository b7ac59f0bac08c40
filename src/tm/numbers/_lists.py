"""Figures given to other items of a list of named figures (private).

A box score, a result line or a tally lists items each named and given a figure:
"Final score: Sharks 98, Eagles 95", "Gold 3, silver 5, bronze 2".  Chinese lists them
the same way, in the same order (最终比分：鲨鱼98，雄鹰95; 金牌3枚，银牌5枚，铜牌2枚), so the
same figures in another order give them to other items (鲨鱼95，雄鹰98), although every
figure is there.  The names cannot be matched across the languages, but a translation keeps
the order of a tally: :func:`reordered_lists` reports a Chinese list of as many named
figures whose figures, all different, come in another order, where the list is a tally (a
label of a score, result, votes, medals or points; or one measure after every Chinese
figure) and no item is a position (第2季) or a name kept in Latin letters (review Y-7).

A list is the whole sentence after an optional label ("Final score:", 最终比分：): two or
more items joined by commas or semicolons, each a name of one to four words and a figure
(a whole number, a decimal or a percentage), in Chinese a name with no figure, a figure and
at most two characters of a measure (分, 枚, 票).
A sentence that says more ("Sharks beat Eagles 98-95", 鲨鱼队以98比95击败雄鹰队) is no list:
its order is the scores' business (tm.numbers._scores).  Nor are clauses that each give their
own subject a figure ("Profit dropped 12%, while revenue climbed 5%" → 收入增长5%，利润却下滑12%),
where the turn-round is witnessed: every item says a change (tm.numbers._directions), not all
the same way, and each figure keeps its change across the languages.  Clauses that change the
same way or state a value are judged as a list still (review R-1).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from tm._shared.script import HAN
from tm.numbers._directions import change_in
from tm.numbers._lazy import lazy_re

__all__ = ["reordered_lists"]

#: A figure of a list item: digits with a decimal part or a percent sign.
_FIGURE = r"(?P<figure>\d+(?:\.\d+)?)\s?(?P<percent>%)?"
_EN_ITEM = lazy_re(rf"(?:and\s+)?(?P<name>[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){{0,3}})"
                  rf"\s+{_FIGURE}")
_ZH_ITEM = lazy_re(
    rf"(?P<name>[^\d\s，,、；;：:。]{{1,12}}?)\s?{_FIGURE}\s?(?P<measure>[{HAN}]{{0,2}})")
#: What joins the items, and the end and label of the sentence.
_EN_JOIN = lazy_re(r"\s*[,;]\s*")
_ZH_JOIN = lazy_re(r"\s*[，,、；;]\s*")
_LABEL = lazy_re(r"^[^:：\d]{1,30}[:：]\s*")
_END = lazy_re(r"\s*[.!。！]?\s*$")
#: A quick look for an English list: a word, a figure and a comma or semicolon after it.
_MAY_LIST = lazy_re(r"[A-Za-z]\s+\d+(?:\.\d+)?\s?%?\s*[,;]\s*\S")
#: Labels of a tally, a list whose items are scored against one another: a score, a result,
#: votes, medals, points (review Y-7: other lists, "Episode 5, Season 2" → 第2季，第5集,
#: "Width 30, height 50" → 长…宽…高, may be reordered).
_TALLY_LABEL = lazy_re(r"(?i)\b(?:score|result|tally|votes?|medals?|standings|points?|count)"
                          r"|比分|结果|得票|票数|奖牌|积分|得分|战绩|比赛")
_LATIN = lazy_re(r"[A-Za-z]")
_ORDINAL_ZH = "第"


class _Item(NamedTuple):
    """An item of a list: its name, figure and the measure written after the figure."""

    name: str
    figure: Decimal
    measure: str


def reordered_lists(source: str, target: str) -> str:
    """The target list when English *source* and Chinese *target* are each a tally of as many
    named figures, all different, the same figures in another order (see the module docs);
    else ""."""
    if ("," not in source and ";" not in source) or _MAY_LIST.search(source) is None:
        return ""
    english_items = _items(source, _EN_JOIN, _EN_ITEM)
    english = [i.figure for i in english_items]
    items = _items(target, _ZH_JOIN, _ZH_ITEM)
    chinese = [i.figure for i in items]
    if len(english) < 2 or len(set(english)) != len(english) or english == chinese \
            or sorted(english) != sorted(chinese) or not _a_tally(source, target, items) \
            or _turned_round(english_items, items):
        return ""
    return _END.sub("", _LABEL.sub("", target.strip()))


def _a_tally(source: str, target: str, items: list[_Item]) -> bool:
    """True when the Chinese list *items* scores its items against one another: a tally's
    label on either side (比分, "Final score"), or one measure after every figure (分, 票, 枚,
    %); and no item is a position (第2季) or a name kept in Latin letters (Office 365), which
    a translation may reorder."""
    if any(i.name.startswith(_ORDINAL_ZH) or _LATIN.search(i.name) for i in items):
        return False
    labels = [m.group() for text in (source, target) if (m := _LABEL.match(text.strip()))]
    if any(_TALLY_LABEL.search(label) for label in labels):
        return True
    return bool(items[0].measure) and all(i.measure == items[0].measure for i in items)


def _turned_round(english: list[_Item], chinese: list[_Item]) -> bool:
    """True when the lists are clauses turned round with their figures, as witnessed by their
    changes: every English item says one (rose, fell), not all the same way, and each figure
    keeps its change in the Chinese item that holds it (review R-1: clauses that change the
    same way, or state a value, may have had their figures swapped)."""
    ours = [(i.figure, change_in(i.name, "en")) for i in english]
    theirs = {i.figure: change_in(i.name, "zh") for i in chinese}
    if any(not d for _, d in ours) or len({d for _, d in ours}) < 2:
        return False
    return all(theirs.get(f) == d for f, d in ours)


def _items(text: str, join: re.Pattern[str], item: re.Pattern[str]) -> list[_Item]:
    """The items of *text* in order, if the whole sentence (less a label) is a list of items
    of the pattern *item* joined by *join*; else []."""
    body = _END.sub("", _LABEL.sub("", text.strip()))
    items = []
    for part in join.split(body):
        m = item.fullmatch(part)
        if m is None:
            return []
        groups = m.groupdict()
        items.append(_Item(groups.get("name") or "", Decimal(m.group("figure")),
                           groups.get("measure") or (m.group("percent") or "")))
    return items

"""Figures given to other items of a list of named figures (private).

A box score, a result line or a tally lists items each named and given a figure:
"Final score: Sharks 98, Eagles 95", "Gold 3, silver 5, bronze 2".  Chinese lists them
the same way, in the same order (最终比分：鲨鱼98，雄鹰98; 金牌3枚，银牌5枚，铜牌2枚), so the
same figures in another order give them to other items (鲨鱼95，雄鹰98), although every
figure is there.  The names cannot be matched across the languages, but a translation keeps
the order of such a list: :func:`reordered_lists` reports a Chinese list of as many named
figures whose figures, all different, come in another order.

A list is the whole sentence after an optional label ("Final score:", 最终比分：): two or
more items joined by commas or semicolons, each a name of one to four words and a figure
(a whole number, a decimal or a percentage), in Chinese a name with no figure, a figure and
at most two characters of a measure (分, 枚, 票).
A sentence that says more ("Sharks beat Eagles 98-95", 鲨鱼队以98比95击败雄鹰队) is no list:
its order is the scores' business (tm.numbers._scores).
"""

from __future__ import annotations

import re
from decimal import Decimal

from tm._shared.script import HAN

__all__ = ["reordered_lists"]

#: A figure of a list item: digits with a decimal part or a percent sign.
_FIGURE = r"(\d+(?:\.\d+)?)\s?%?"
_EN_ITEM = re.compile(rf"(?:and\s+)?[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){{0,3}}\s+{_FIGURE}")
_ZH_ITEM = re.compile(rf"[^\d\s，,、；;：:。]{{1,12}}?\s?{_FIGURE}\s?[{HAN}]{{0,2}}")
#: What joins the items, and the end and label of the sentence.
_EN_JOIN = re.compile(r"\s*[,;]\s*")
_ZH_JOIN = re.compile(r"\s*[，,、；;]\s*")
_LABEL = re.compile(r"^[^:：\d]{1,30}[:：]\s*")
_END = re.compile(r"\s*[.!。！]?\s*$")
#: A quick look for an English list: a word, a figure and a comma or semicolon after it.
_MAY_LIST = re.compile(r"[A-Za-z]\s+\d+(?:\.\d+)?\s?%?\s*[,;]\s*\S")


def reordered_lists(source: str, target: str) -> str:
    """The target list when English *source* and Chinese *target* are each a list of as many
    named figures, all different, the same figures in another order (see the module docs);
    else ""."""
    if _MAY_LIST.search(source) is None:
        return ""
    english = _figures(source, _EN_JOIN, _EN_ITEM)
    chinese = _figures(target, _ZH_JOIN, _ZH_ITEM)
    if len(english) < 2 or len(set(english)) != len(english) or english == chinese \
            or sorted(english) != sorted(chinese):
        return ""
    return _END.sub("", _LABEL.sub("", target.strip()))


def _figures(text: str, join: re.Pattern[str], item: re.Pattern[str]) -> list[Decimal]:
    """The figures of the items of *text* in order, if the whole sentence (less a label)
    is a list of items of the pattern *item* joined by *join*; else []."""
    body = _END.sub("", _LABEL.sub("", text.strip()))
    figures = []
    for part in join.split(body):
        m = item.fullmatch(part)
        if m is None:
            return []
        figures.append(Decimal(m.group(1)))
    return figures

"""Unbalanced brackets and quotes in the target: () （） [] 【】 《》 〈〉 “” ‘’ 「」 『』.

A pair that is open or closed in the target but balanced in the source is an
error, and so is a pair whose two marks are of different forms (（…) for (…)).
News sentences often open a quotation that closes sentences later, so a target
whose imbalance matches the source's (both open a quote) is fine.  So is a
quotation the target alone spreads over two entries in a row of one file — an
open quote at the end of one entry's target closed at the start of the next
one's (“它们很健康。 / 妹妹更大胆一些。”): a Chinese quotation of two
sentences faces two English ones that each close their own quotes, and the
aligned catalog keeps the sentences apart.  English has no 《》: book-title
marks must balance on their own.
"""

from __future__ import annotations

import re

from tm.checks._base import CheckInfo, Context, unit_check
from tm.model import Unit

__all__ = ["check_brackets", "imbalance", "mismatched"]

# family -> (openers, closers); a family compares across languages.
_FAMILIES: dict[str, tuple[str, str]] = {
    "parenthesis": ("(（", ")）"),
    "square bracket": ("[【〔［", "]】〕］"),
    "curly bracket": ("{｛", "}｝"),
    "book-title mark": ("《〈", "》〉"),
    "double quote": ("“「『", "”」』"),
    "single quote": ("‘", "’"),
}
_FAMILY_RE = {name: re.compile("[" + re.escape(o + c + ('"' if name == "double quote" else ""))
                                + "]") for name, (o, c) in _FAMILIES.items()}
_ANY = re.compile("[" + re.escape("".join(o + c for o, c in _FAMILIES.values()) + '"') + "]")
_DISPLAY = {"parenthesis": "（）", "square bracket": "【】", "curly bracket": "{}",
            "book-title mark": "《》", "double quote": "“”", "single quote": "‘’"}


def imbalance(text: str, family: str) -> tuple[int, int, list[int]]:
    """(unmatched closers, unmatched openers, offsets of the unmatched marks) for *family*.

    Straight double quotes count as a pair when their number is even; of an odd
    number, the last one closes a quotation when text comes before it and no
    letter or digit after it (the second sentence of a quotation that spans two,
    ``It is certain."``), else it opens one.  A ``’`` between two Latin letters is
    an apostrophe (China’s), not a quote.
    """
    openers = _FAMILIES[family][0]
    stack: list[int] = []
    stray: list[int] = []
    straight: list[int] = []
    for m in _FAMILY_RE[family].finditer(text):
        i, ch = m.start(), m.group()
        if ch in openers:
            stack.append(i)
        elif ch == '"':
            straight.append(i)
        elif family == "single quote" and _apostrophe(text, i):
            continue
        elif stack:
            stack.pop()
        else:
            stray.append(i)
    if len(straight) % 2:
        last = straight[-1]
        closes = text[:last].strip() and not any(ch.isalnum() for ch in text[last + 1:])
        (stray if closes else stack).append(last)
    return len(stray), len(stack), stray + stack


def mismatched(text: str, family: str) -> list[int]:
    """Offsets of closers that close an opener of another form of *family*: （…) or (…）.

    Each opener has its one partner (（ and ）, 【 and 】, “ and ”): a full-width
    parenthesis closed by a half-width one is balanced by count but not a pair.
    Straight quotes and apostrophes are left to :func:`imbalance`.
    """
    openers, closers = _FAMILIES[family]
    stack: list[str] = []
    out: list[int] = []
    for m in _FAMILY_RE[family].finditer(text):
        ch = m.group()
        if ch in openers:
            stack.append(ch)
        elif ch in closers and stack and not (
                family == "single quote" and _apostrophe(text, m.start())) and (
                openers.index(stack.pop()) != closers.index(ch)):
            out.append(m.start())
    return out


def _apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return before.isascii() and before.isalpha() and (not after or after.isascii())


@unit_check(CheckInfo("brackets", "error",
                      "brackets or quotes unbalanced in the target (“” 《》 （） ...)", "format"))
def check_brackets(unit: Unit, ctx: Context) -> None:
    """Report each family whose target imbalance differs from the source's."""
    if not unit.target or not _ANY.search(unit.target):
        return
    for family, family_re in _FAMILY_RE.items():
        if not family_re.search(unit.target):
            continue
        t_close, t_open, where = imbalance(unit.target, family)
        if not (t_close or t_open):
            crossed = mismatched(unit.target, family)
            if crossed and not mismatched(unit.source, family):
                ctx.report("brackets", unit, f"mismatched {family} {_DISPLAY[family]} in the "
                           f"target: one form opens, another closes",
                           [(i, i + 1) for i in crossed])
            continue
        s_close, s_open, _ = imbalance(unit.source, family)
        if family == "double quote" or family == "single quote":
            # English may use the other quote style; compare the quote families jointly.
            other = "single quote" if family == "double quote" else "double quote"
            o_close, o_open, _ = imbalance(unit.source, other)
            if (t_close, t_open) in ((s_close, s_open), (o_close, o_open)):
                continue
        elif (t_close, t_open) == (s_close, s_open):
            continue
        if not (s_close or s_open) and _spread_over_two_entries(unit, ctx, family,
                                                                 (t_close, t_open, where)):
            continue
        state = "unclosed" if t_open else "unopened"
        ctx.report("brackets", unit, f"{state} {family} {_DISPLAY[family]} in the target",
                   [(i, i + 1) for i in sorted(where)])


def _spread_over_two_entries(unit: Unit, ctx: Context, family: str,
                             own: tuple[int, int, list[int]]) -> bool:
    """True when *unit*'s target (its source balanced; *own* its target's
    :func:`imbalance`) opens what the next entry's target closes, or closes what the
    previous one's opens, that entry's source balanced too: one quotation over two entries.

    The shape is the one Chinese gives a quotation of several sentences: introduced by
    a colon (王磊说：“…。) and closed at the very end of the later entry (…。”).  A quote
    mark merely dropped from one of two neighbouring entries has not that shape."""
    closers, openers, where = own
    if (closers, openers) not in ((0, 1), (1, 0)):
        return False
    other = ctx.neighbour(unit, 1 if openers else -1)
    if other is None or not other.target or any(imbalance(other.source, family)[:2]):
        return False
    theirs = imbalance(other.target, family)
    if theirs[:2] != (openers, closers):
        return False
    mine, their = (unit, where[0]), (other, theirs[2][0])
    (first, opened), (last, closed) = (mine, their) if openers else (their, mine)
    return (first.target[:opened].rstrip().endswith(_INTRODUCING)
            and not last.target[closed + 1:].strip())


#: What introduces a quotation of several sentences in Chinese: a colon.
_INTRODUCING = ("：", ":")

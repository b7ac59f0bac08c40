"""Swapped arguments: the same placeholders, put in each other's place.

``msgfmt -c`` compares placeholders by argument and type, so ``Moved %1$s to
%2$s`` translated as ``已将 %2$s 移至 %1$s`` passes: both arguments are there,
with their types.  Reordering arguments is legal (Chinese puts the time, the
place and the agent first: ``unlocked at %1$s by %2$s`` → ``%2$s 于 %1$s 解锁``),
so the order alone proves nothing.  What proves a swap is a *role* that moves:
the argument the source marks with a preposition (*to*, *from*, *by*, *in* …)
must be the one the target marks with a Chinese counterpart of it (至/到/为,
从/自, 由/被, 在/于 …).  ``移至 %1$s`` says argument 1 is where things go; the
source said ``to %2$s``: the roles were swapped.

The rule, on two arguments of one type (arguments of different types that move
are a type error, reported as such):

* a Chinese role marker stands right before argument X in the target (spaces
  and quotation marks between are allowed);
* in the source, another argument Y stands right after an English preposition
  the marker translates, and X does not; or X opens the source (its subject:
  "%1$s sent %2$s a gift") and the marker is one no subject takes (向 给 至 到
  往 从 自 在 于 入: "%2$s 向 %1$s 赠送了礼物").

*up to* before an argument limits a quantity and gives it no role.

Markers are read only right before a placeholder, and only those that render
one English preposition's role; a marker both arguments' prepositions allow
(*from A by B*: 由) proves nothing, nor does one before X when Y is still
marked for its own role in the target (``must be %d to %d`` → ``为 %d 至 %d``:
至 keeps *to* on argument 2, and 为 is the copula).  The copula itself is a role (*is*,
*be* → 为/是), so 为 before the argument the source puts after *is* is no moved *for* or
*to*.  Nothing is read from words between the
marker and the placeholder, so ``移至文件夹 %2$s`` is not compared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol, TypeVar

__all__ = ["swapped_roles"]

#: English prepositions and the Chinese markers that render their role before an argument.
_MARKERS: dict[str, frozenset[str]] = {
    "to": frozenset("至到为成给向往"),
    "into": frozenset("至到为成入"),
    "onto": frozenset("至到"),
    "as": frozenset("为成"),
    "from": frozenset("从自由"),
    "by": frozenset("由被"),
    "in": frozenset("在于"),
    "at": frozenset("在于"),
    "on": frozenset("在于"),
    "with": frozenset("与和跟同用"),
    "for": frozenset("为给"),
    # The copula is a role too: 为 (or 是) before an argument the source puts after
    # *is*/*be* is "be", not a *for*/*to*/*as* moved to it ("Your bill for {month} is
    # {amount} yuan" → "您{month}的账单为 {amount} 元").
    **dict.fromkeys(("is", "are", "was", "were", "be", "been"), frozenset("为是")),
}
_EN_BEFORE = re.compile(r"(?i)\b([a-z]+)[\s\"'“‘«]*$")
_UP = re.compile(r"(?i)\bup\s+$")
#: Markers of a place, a destination, a source or a recipient: never of the subject
#: (由 and 被 may mark the agent, so they are not here).
_NOT_SUBJECT = frozenset("至到给向往从自在于入")
_ZH_BEFORE = re.compile(r"(\S)[\s\"'“‘「『《]*$")
#: Every Chinese role marker: an argument with none of these before it is named, not marked
#: (收件人：{name}, （{name}）).
_ANY_MARKER = frozenset().union(*_MARKERS.values())
#: The markers of a destination, which also render the *at* of the place a thing arrives at.
_ARRIVAL = frozenset("到至")
#: Words in an argument's name that make it where a thing is delivered (*at {address}*): a
#: place, or an address of any kind (postal, phone, e-mail, host); a positional argument
#: (%1$s, {0}) or any other name says nothing, and keeps the rule.
_PLACE_NAME = re.compile(r"(?i)(?:address|location|place|site|venue|room|station|store|shop|"
                         r"branch|office|counter|desk|gate|door|locker|street|hotel|city|"
                         r"building|floor|point|spot|phone|mobile|mail|host|server)")


class _Placed(Protocol):
    """What a placeholder tells here: its argument, type and place."""

    @property
    def arg(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def text(self) -> str: ...


P = TypeVar("P", bound=_Placed)


def _preposition(text: str, start: int) -> str:
    """The English preposition right before *start* (quotes and spaces between), or "".

    *up to* limits a quantity ("up to %2$s"): it gives no role.
    """
    m = _EN_BEFORE.search(text, max(0, start - 24), start)
    word = m.group(1).lower() if m else ""
    if word == "to" and m is not None and _UP.search(text, max(0, m.start() - 8), m.start()):
        return ""
    return word if word in _MARKERS else ""


def _subject(text: str, placed: Sequence[_Placed]) -> str:
    """The argument that opens *text* (its subject: "%1$s sent %2$s a gift"), or ""."""
    first = min(placed, key=lambda p: p.start, default=None)
    return first.arg if first is not None and not text[:first.start].strip() else ""


def _marker(text: str, start: int) -> str:
    """The character right before *start* in Chinese text (quotes and spaces between)."""
    m = _ZH_BEFORE.search(text, max(0, start - 8), start)
    return m.group(1) if m else ""


#: Messages with more arguments than this are not read for roles: real ones have fewer
#: than ten, and the comparison, argument against argument, must stay bounded on a
#: hostile catalog (red team R9-5: 10,000 positional arguments took 67 CPU s).
MAX_ROLE_ARGUMENTS = 64


def _source_roles(source: str, src: Sequence[_Placed]) -> tuple[dict[str, set[str]],
                                                                 dict[str, str]]:
    """({argument: the prepositions before it}, {argument: its type}) in *source*."""
    roles: dict[str, set[str]] = {}
    kinds: dict[str, str] = {}
    for p in src:
        roles.setdefault(p.arg, set())
        kinds.setdefault(p.arg, p.kind)
        word = _preposition(source, p.start)
        if word:
            roles[p.arg].add(word)
    return roles, kinds


def _claims(roles: dict[str, set[str]]) -> dict[str, list[tuple[str, str]]]:
    """Who a target marker can belong to: (argument, its source word), in source order."""
    claims: dict[str, list[tuple[str, str]]] = {}
    for arg, words in roles.items():
        for word in sorted(words):
            for marker in _MARKERS[word]:
                claims.setdefault(marker, []).append((arg, word))
    return claims


def swapped_roles(source: str, target: str, src: Sequence[_Placed],
                  tgt: Sequence[P]) -> list[tuple[P, str]]:
    """Target placeholders standing in another argument's role, with a reason each.

    *src* and *tgt* are the placeholders of *source* and *target* (one family's
    arguments compared by ``arg``).
    """
    roles, kinds = _source_roles(source, src)
    found: list[tuple[P, str]] = []
    if len(roles) > MAX_ROLE_ARGUMENTS:
        return found
    subject = _subject(source, src)
    #: The markers before each argument in the target: an argument still marked for its
    #: own role there keeps it ("must be %d to %d" → "为 %d 至 %d": 至 marks argument 2's
    #: *to*, so 为 before argument 1 is the copula "be", not a moved *to*).
    marked: dict[str, set[str]] = {}
    for q in tgt:
        marked.setdefault(q.arg, set()).add(_marker(target, q.start))
    claims = _claims(roles)
    for p in tgt:
        if p.arg not in roles:
            continue
        marker = _marker(target, p.start)
        if p.arg == subject and marker in _NOT_SUBJECT and not roles[p.arg] and any(
                a != p.arg and kinds[a] == kinds[p.arg] for a in roles):
            found.append((p, f"arguments swapped: {marker} {p.text} in the target, but "
                             f"argument {p.arg} is the subject of the source"))
            continue
        if not marker or any(marker in _MARKERS[w] for w in roles[p.arg]):
            continue
        if _arrives_at(source, src, p.arg, marker, marked):
            continue
        for other, word in claims.get(marker, ()):
            if (other != p.arg and kinds[other] == kinds[p.arg]
                    and not marked.get(other, set()) & _MARKERS[word]):
                found.append((p, f"arguments swapped: {marker} {p.text} in the target, but "
                                 f"'{word}' goes with argument {other} in the source"))
                break
    return found


def _arrives_at(source: str, src: Sequence[_Placed], arg: str, marker: str,
                marked: dict[str, set[str]]) -> bool:
    """True when 到/至 before *arg* renders the *at* of the place a thing is delivered to.

    "Ship to {recipient} at {address}" → "发货至 {address}（收件人：{recipient}）": the *to*
    argument right before names the person, and Chinese marks the address as the
    destination and names the person apart, with no marker before it.  Read only in that
    shape: *at* right after the *to* argument, an argument named as a place ({address},
    {location}: a time, or a positional %2$s that names nothing, keeps the rule, since 到/至
    never render "at {time}"), and the *to* argument unmarked in the target (在 {friend}
    … 送到 {party} is a swap).
    """
    if marker not in _ARRIVAL or not _PLACE_NAME.search(arg):
        return False
    ordered = sorted(src, key=lambda p: p.start)
    for before, after in pairwise(ordered):
        if after.arg != arg or _preposition(source, after.start) != "at":
            continue
        if _preposition(source, before.start) == "to" and not (
                marked.get(before.arg, set()) & _ANY_MARKER):
            return True
    return False

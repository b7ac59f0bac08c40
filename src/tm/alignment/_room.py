"""A sentence the other side has no room for: a short line left out, glued to its neighbour.

A translator drops short lines more than long ones: a transition ("Competition
is stiff."), a one-liner ("It is also quiet."), a short quote, an audience note
("(Laughter)"), a gloss for foreign readers; an edition adds its own ("您也可以随时
注销账号。").  Glued to a neighbour in a 2-1 or 1-2 bead such a line is nearly
free: it is too short for the length term to object, and with little evidence
of its own its missing matches prove little to the glue model
(:mod:`tm.alignment._glue`).

The evidence is on the other side of the bead.  A sentence that was merged
into a longer one still occupies part of it: a clause ("热闹背后也有隐忧：" for
"But the boom has brought problems.") that its bead-mates do not explain.  A
sentence that was left out has no such place: every clause of the other side
(cut after ，；： or , ; :) shares a word, number or name with the bead-mates.
So an edge sentence of a many-sentence side is taken as glued on when

* it shares no content key (word, number, name, term) with the other side,
  and
* the clauses of the other side that share no content key with its
  bead-mates are together shorter than :data:`ROOM_SHARE` of its own length.

A sentence merged by a free translation whose words the dictionary does not
link keeps a clause the bead-mates do not explain, so it is not cut; one that
restates its neighbour's words ("Now the question is whether anyone can build
them as fast.") shares content with the other side and is left to the glue
model.  A numbered line (a step, a clause, a Q:/A: turn) whose bead-mates are
not numbered, facing a numbered line, is the item of that line, renumbered
where an edition merged steps: its label claims the other side's item.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tm.alignment._scoring import LABEL_KEY, Item, is_form_key

if TYPE_CHECKING:
    from tm.alignment._clauses import ClausePieces

__all__ = ["ROOM_SHARE", "no_room"]

#: Largest share of the edge sentence's length that the unexplained clauses of the
#: other side may have for the sentence to count as having no room there.  A
#: clause of a merged sentence is rarely under half its length in a translation.
ROOM_SHARE = 0.5


def _content(keys: frozenset[str]) -> bool:
    """Whether *keys* hold a key of content (not a quote, bracket or question mark)."""
    return any(not is_form_key(key) for key in keys)


def _labelled(keys: frozenset[str]) -> bool:
    """Whether *keys* hold the key of a list or step number or a Q:/A: label."""
    return any(key.startswith(LABEL_KEY) for key in keys)


def no_room(side: Sequence[Item], other: ClausePieces, span: tuple[int, int, int, int],
            edge: int) -> bool:
    """Whether edge sentence *edge* of side span ``lo..hi`` matches nothing on the other side
    (``olo..ohi``, cut into clauses by *other*) while its bead-mates explain every clause of it
    but a stretch shorter than :data:`ROOM_SHARE` of the sentence."""
    lo, hi, olo, ohi = span
    keys = side[edge].keys
    mates = frozenset().union(*(side[x].keys for x in range(lo, hi) if x != edge))
    if (_labelled(keys) and not _labelled(mates)
            and any(_labelled(other.items[x].keys) for x in range(olo, ohi))):
        return False   # a list item facing a list item: renumbered, not left out
    unexplained = 0.0
    for sentence in range(olo, ohi):
        if _content(keys & other.items[sentence].keys):
            return False
        for length, clause_keys, _ in other.cut(sentence):
            if not _content(clause_keys & mates):
                unexplained += length
    return unexplained < ROOM_SHARE * side[edge].length

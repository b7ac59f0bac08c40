"""1-1 beads whose two sentences share no evidence: two lines, each without a counterpart.

Where a translator leaves a line out on one side and adds one on the other at
the same place (an English byline facing a Chinese editor's credit at the top
of a story, a comment the newsroom dropped facing an explanation it added),
the search pairs them: one 1-1 bead costs little more than its length, two
null beads cost two null penalties.  Nothing in such a bead says the lines
translate each other.  :func:`split_unrelated` cuts a 1-1 bead into a 1-0 and
a 0-1 bead when

* either is page furniture (:mod:`tm.alignment._furniture`) of a class that
  pairs with nothing (``alone``: a byline, as each edition credits its own
  staff, so "By Ann Lee | Updated: May 2, 2025" facing the date alone,
  2025年5月2日, is no translation although both have the date), or both are
  furniture of classes that may not pair with each other, or either is
  furniture and they share no name, number, Latin-script token or term and
  fewer than three dictionary words (the words of a line's form, "editor",
  "related", are one or two: every such line has them; a translated
  "Related:" headline shares more): furniture is expected to stand alone; or
* they share no key of content (a word, number, name, transliteration or
  glossary term; a bracket or question mark does not count), and the
  document is a close enough translation that so much evidence missing
  on both sides cannot be chance: the log-likelihood ratio of *unrelated*
  against *translated* (:func:`tm.alignment._glue.unexplained`, with the
  document's own coverage) of both sentences together is above
  ``Params.unrelated_above``, and their lengths do not fit either (length
  cost above ``Params.unrelated_length``).  In a free literary translation a
  short 1-1 pair often shares no word ("So I became obsessed." /
  我就为这一点钻了牛角尖。); the coverage keeps such a document's ratio low, a
  long sentence missing everything in a news translation drives it high.
  The ratio treats keys as independent, so it overstates: in the King James
  Bible, whose English the dictionary barely knows, right verse pairs that
  share nothing reach 15, but their lengths fit (length cost at most 1.7),
  while the unrelated news lines seen cost 1.8-3.  A figure is the surest
  evidence a translation keeps, so when either line has one (sharing nothing,
  the other has none of them: "This is up from 3% in 2022." facing a line
  about a pilot list) the lengths need not disagree: lines of a similar
  length that share nothing, one of them with figures, are unrelated just
  the same.

An *aside*, a sentence wholly in round brackets, is often a gloss one edition adds
(``（蓝碳是指海洋和滨海生态系统吸收并储存的碳。）``); paired with sentences that are
no asides and that share with it none of what a translation would keep (as for
furniture: a name, a number, a Latin-script token, a term or three dictionary
words), the bead is cut and each of its sentences stands alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from tm.alignment import _furniture as furniture
from tm.alignment._beadcost import BeadCost
from tm.alignment._glue import figures_of, unexplained
from tm.alignment._scoring import NUMBER_KEY, Item, shares_content, translates_furniture

__all__ = ["disagree", "missing_ratio", "split_unrelated", "unrelated_ratio"]


def unrelated_ratio(cost: BeadCost, i: int, j: int, shares: tuple[float, float]) -> float:
    """Log-likelihood ratio that source sentence *i* and target *j*, sharing no
    evidence, are unrelated rather than translations, in a document whose 1-1
    beads match *shares* of their evidence."""
    return (unexplained(0.0, cost.a[i].mass, shares[0])
            + unexplained(0.0, cost.b[j].mass, shares[1]))


#: Length cost from which a paired bead's lengths disagree enough for its missing evidence
#: to count against it (:func:`disagree`).  Lower than ``Params.unrelated_length`` (2),
#: which cuts a bead: this only caps its confidence.  A left-out "Competition is stiff."
#: facing an added sentence about floating solar plants costs 1.73 (trial R4-1); on the
#: development sets and 5,000 Bible verses no right pair is lowered by 1.5 instead of 2.
LENGTHS_DISAGREE = 1.5


def disagree(cost: BeadCost, i: int, j: int, k: int = 1, t: int = 1) -> bool:
    """True when source sentences ``i:i+k`` and target ``j:j+t`` (a paired bead) differ
    in a figure (one side's is missing from the other) or in length (length cost above
    ``LENGTHS_DISAGREE``): only then does their :func:`missing_ratio` count against
    them (the pair's "unrelated" ratio; :func:`unrelated_ratio` counts no shared
    evidence).

    Two short lines that share no word are often a translation the dictionary
    does not link ("He praised their achievements." / 他对他们的成绩给予高度评价。);
    a translation keeps figures and length, so lines that share almost nothing
    *and* differ in one of those are the suspect ones.  A 2-1 bead whose two
    sentences together share nothing with their partner ("The walk takes an
    hour. | Set off early." facing a line about the spring blossom) is just as
    suspect: its sentences' evidence is pooled, as the bead pools them.
    """
    return bool(figures_of(cost.a[i:i + k]) ^ figures_of(cost.b[j:j + t])
                or cost.length_of(i, i + k, j, j + t) > LENGTHS_DISAGREE)


def missing_ratio(cost: BeadCost, i: int, j: int, shares: tuple[float, float],
                  k: int = 1, t: int = 1) -> float:
    """Log-likelihood ratio that source sentences ``i:i+k`` and target ``j:j+t`` are
    unrelated rather than translations, from the evidence they share and miss alone
    (whether or not they :func:`disagree` in a figure or in length)."""
    a, b = cost.a[i:i + k], cost.b[j:j + t]
    matched = cost.matches(i, i + k, j, j + t)
    return (unexplained(matched, sum(item.mass for item in a), shares[0])
            + unexplained(matched, sum(item.mass for item in b), shares[1]))


def _unrelated(cost: BeadCost, i: int, j: int, shares: tuple[float, float]) -> bool:
    a, b = cost.a[i], cost.b[j]
    if a.furniture and b.furniture and not furniture.may_pair(a.furniture, b.furniture):
        return True
    if {a.furniture, b.furniture} & furniture.alone():
        return True   # a credit line pairs with nothing, even a line sharing its date
    if a.furniture or b.furniture:
        return not translates_furniture(a, b)
    if shares_content(a, b):
        return False
    threshold = cost.params.unrelated_above
    return (threshold is not None
            and (_has_figures(a) or _has_figures(b)
                 or cost.length_of(i, i + 1, j, j + 1) > cost.params.unrelated_length)
            and unrelated_ratio(cost, i, j, shares) > threshold)


def _added_aside(cost: BeadCost, i: int, k: int, j: int, t: int) -> bool:
    """Whether bead src[i:i+k] x tgt[j:j+t] pairs one sentence wholly in brackets, an aside
    (a gloss one edition adds: "（蓝碳是指海洋和滨海生态系统吸收并储存的碳。）"), with sentences
    that are no asides and none of which shares with it what a translation would (a name,
    a number, a Latin-script token, a term or three dictionary words: one chance word,
    plant / 植, is not enough)."""
    side, others = (cost.a[i:i + k], cost.b[j:j + t])
    if not (len(side) == 1 and side[0].aside):
        side, others = others, side
    if not (len(side) == 1 and side[0].aside) or any(item.aside for item in others):
        return False
    return not any(translates_furniture(side[0], item) for item in others)


def _has_figures(item: Item) -> bool:
    """Whether a sentence has a number (a figure a translation would keep)."""
    return any(key.startswith(NUMBER_KEY) for key in item.keys)


def split_unrelated(cost: BeadCost, path: Sequence[tuple[int, int]],
                    shares: tuple[float, float]) -> list[tuple[int, int]]:
    """*path* with every 1-1 bead of two unrelated lines cut into a 1-0 and a 0-1 bead."""
    out: list[tuple[int, int]] = []
    i = j = 0
    for k, t in path:
        if (k == 1 and t == 1 and _unrelated(cost, i, j, shares)) \
                or (k and t and _added_aside(cost, i, k, j, t)):
            out += [(1, 0)] * k + [(0, 1)] * t
        else:
            out.append((k, t))
        i, j = i + k, j + t
    return out

"""Sentences glued onto a neighbour: a left-out or added sentence inside a 2-1 or 1-2 bead.

A translator leaves a sentence out (or adds one), and the cheap mistake of an
aligner is to glue it onto its neighbour: "Total output reached 1,150 GWh, with
286 GWh exported." + "The 286 GWh of exports compared with 197 GWh in 2024."
against one Chinese sentence.  Lexically such a bead looks fine, because the
glued sentence restates its neighbour's figures and names.  What gives it away
is how the evidence is spread over the bead's sentences:

* *novel evidence*: what the edge sentence of a many-sentence side matches on
  the other side that its bead-mates do not match already.  A restatement
  matches only what its neighbour matches (*duplicate only*), a left-out
  sentence of its own matches nothing; a sentence the translator merged into
  a longer one brings words of its own.  How telling a miss is depends on the
  document: where the dictionary explains 65% of a news sentence, a sentence
  with nothing new is suspect; in a literary translation that explains 35%,
  much less.  So the evidence enters as a log-likelihood ratio with the
  document's own *coverage* (the share of a sentence's evidence its 1-1
  partner matches, measured on the first pass);
* *unmatched numbers*: figures the other side does not have;
* *length gain*: does the other side's length need the sentence (the length
  cost of the bead with it minus without it)?

:func:`glue_logit` combines them with logistic weights fitted by
``tests/benchmarks/fit_glue.py`` (run first by ``fit_confidence.py``) on
omission variants of development texts (the glued sentences are known there).
:func:`split_glued` cuts every edge sentence whose log-odds of being glued
exceed ``Params.glue_above`` off into a null bead; the confidence models use
the same log-odds, so a bead that keeps a doubtful sentence does not look sure.

The other way a left-out sentence fools an aligner is a *shift*: its
neighbour is paired 1-1 with the next sentence along.  :func:`reattach_shifted`
gives such a sentence to the paired bead next to it when that bead explains it
far better than its own partner, which matches nothing and stands alone.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

from tm.alignment import _room as room
from tm.alignment._beadcost import BeadCost
from tm.alignment._scoring import (
    LABEL_KEY,
    NUMBER_KEY,
    PARTICULAR_KEYS,
    Item,
    is_form_key,
)

__all__ = [
    "GLUE_FEATURES",
    "GLUE_WEIGHTS",
    "adds_nothing",
    "attach_by_figures",
    "bead_glue",
    "bead_starts",
    "chance_only",
    "coverage",
    "edge_features",
    "figures_dropped",
    "figures_of",
    "glue_logit",
    "join_glue",
    "null_glue",
    "pair_across_nulls",
    "reattach_shifted",
    "split_glued",
    "unexplained",
]

#: Names of the features of an edge sentence, in the order of :data:`GLUE_WEIGHTS` (after the bias).
GLUE_FEATURES = ("novel evidence", "duplicate only", "unmatched numbers", "length gain",
                 "length", "reliability", "coverage", "novel share")
#: Logistic weights (log-odds that the sentence is glued): bias, then one per feature.
GLUE_WEIGHTS = (-5.088, 0.581, 0.437, 0.741, 0.698, -0.834, -0.421, 5.69, -0.901)

#: Share of a sentence's evidence that an unrelated nearby sentence matches by chance
#: (measured on MAC-Dev, the Bible and news: 0.04-0.11).
CHANCE_COVERAGE = 0.08
#: Bounds of the document coverage (too few 1-1 beads make a wild estimate).
COVERAGE_BOUNDS = (0.2, 0.85)
_DEFAULT_COVERAGE = 0.5
#: Log-odds reported for a bead with no glued sentence (well below any threshold).
NO_GLUE = -10.0
Path = Sequence[tuple[int, int]]


def coverage(cost: BeadCost, path: Path) -> tuple[float, float]:
    """Share of each side's evidence mass that its partner matches, over the 1-1 beads of *path*."""
    match = mass_a = mass_b = 0.0
    i = j = 0
    for k, t in path:
        if k == 1 and t == 1:
            match += cost.matches(i, i + 1, j, j + 1)
            mass_a += cost.a[i].mass
            mass_b += cost.b[j].mass
        i, j = i + k, j + t
    lo, hi = COVERAGE_BOUNDS

    def bounded(share: float | None) -> float:
        return _DEFAULT_COVERAGE if share is None else min(hi, max(lo, share))
    return (bounded(match / mass_a if mass_a else None),
            bounded(match / mass_b if mass_b else None))


def unexplained(matched: float, mass: float, share: float) -> float:
    """Log-likelihood ratio that a sentence of evidence *mass* with *matched* keys
    on the other side is unrelated to it (positive) rather than translated by it,
    in a document whose translations match a *share* of their evidence."""
    missed = max(0.0, mass - matched)
    return (matched * math.log(CHANCE_COVERAGE / share)
            + missed * math.log((1 - CHANCE_COVERAGE) / (1 - share)))


def _length_gain(cost: BeadCost, source: bool, lo: int, hi: int, olo: int, ohi: int,
                 edge: int) -> float:
    """How much better the lengths of ``lo:hi`` against ``olo:ohi`` fit with the sentence
    *edge* (an end of ``lo:hi``, on the *source* side or the other) than without it."""
    rest_lo, rest_hi = (lo + 1, hi) if edge == lo else (lo, hi - 1)
    if source:
        return cost.length_of(lo, hi, olo, ohi) - cost.length_of(rest_lo, rest_hi, olo, ohi)
    return cost.length_of(olo, ohi, lo, hi) - cost.length_of(olo, ohi, rest_lo, rest_hi)


def _features(cost: BeadCost, source: bool, lo: int, hi: int, olo: int, ohi: int, edge: int,
              share: float) -> list[float]:
    """Features of sentence *edge* of side span lo..hi, against the other side's olo..ohi."""
    side, other = (cost.a, cost.b) if source else (cost.b, cost.a)
    partner = frozenset().union(*(other[x].keys for x in range(olo, ohi)))
    mates = frozenset().union(*(side[x].keys for x in range(lo, hi) if x != edge))
    keys = side[edge].keys
    mass = side[edge].mass
    own = keys & partner
    novel = len(own - mates)
    evidence = unexplained(novel, mass, share)
    numbers = {key[:key.index("\x00")] if "\x00" in key else key
               for key in keys - partner if key.startswith("#")}
    gain = _length_gain(cost, source, lo, hi, olo, ohi, edge)
    return [evidence, float(bool(own) and not novel), float(len(numbers)), gain,
            side[edge].length / 100.0, mass / (mass + cost.params.evidence_half), share,
            novel / mass if mass > 0 else 0.0]


def glue_logit(features: Sequence[float]) -> float:
    """Log-odds that an edge sentence with these *features* (:data:`GLUE_FEATURES`) is glued on."""
    return GLUE_WEIGHTS[0] + sum(w * x for w, x in zip(GLUE_WEIGHTS[1:], features, strict=True))


def edge_features(cost: BeadCost, i: int, k: int, j: int, t: int,
                  shares: tuple[float, float]) -> list[tuple[list[float], bool, int]]:
    """(:data:`GLUE_FEATURES`, source side?, index) of each edge sentence of a
    many-sentence side of bead src[i:i+k] x tgt[j:j+t]."""
    out: list[tuple[list[float], bool, int]] = []
    for source, lo, n, olo, m, share in ((True, i, k, j, t, shares[0]),
                                         (False, j, t, i, k, shares[1])):
        if n < 2 or m < 1:
            continue
        for edge in (lo, lo + n - 1):
            out.append((_features(cost, source, lo, lo + n, olo, olo + m, edge, share),
                        source, edge))
    return out


def _number(key: str) -> str:
    """A number key without its weight and occurrence marks."""
    return key.split("\x01", 1)[0].rstrip("\x00")


def figures_dropped(cost: BeadCost, i: int, k: int, j: int, t: int, source: bool,
                    edge: int) -> bool:
    """Whether edge sentence *edge* of bead src[i:i+k] x tgt[j:j+t] has figures, none of
    them on the other side, and brings nothing of its own that the other side has
    (one word at most, :data:`CHANCE_WORDS`).

    "That is one in eight." after "About 600 of its 4,800 engineers work on it."
    against one Chinese sentence with 600 and 4800: a translator who merges a
    sentence keeps its figures, so one whose figures are all missing while its
    bead-mates explain the other side was left out.
    """
    side, other = (cost.a, cost.b) if source else (cost.b, cost.a)
    lo, hi, olo, ohi = (i, i + k, j, j + t) if source else (j, j + t, i, i + k)
    partner = frozenset().union(*(other[x].keys for x in range(olo, ohi)))
    mates = frozenset().union(*(side[x].keys for x in range(lo, hi) if x != edge))
    keys = side[edge].keys
    numbers = {_number(key) for key in keys if key.startswith("#")}
    if not numbers or numbers & {_number(key) for key in partner if key.startswith("#")}:
        return False
    novel = (keys & partner) - mates
    words = sum(1 for key in novel if not is_form_key(key))
    if not words:
        return bool(mates & partner)
    # With a word shared, the figures must be more than "one": 一家 / "another" is an article.
    return (bool(mates & partner) and words <= CHANCE_WORDS
            and any(number != _ONE for number in numbers))


#: The number key of 1 (:func:`_number` form): as often an article as a quantity.
_ONE = f"{NUMBER_KEY}1"


#: Novel keys of content (words) a sentence whose figures were all dropped may still
#: match on the other side: one shared word is often chance ("Some areas could see
#: more than 500 mm." and 部分地区 of its neighbour's translation share "area").
CHANCE_WORDS = 1


#: Coverage (share of evidence a 1-1 partner matches) from which a document is a
#: close translation, where dropped figures prove a sentence glued on (news
#: 0.55-0.66; MAC-Dev's literary chapters 0.32-0.57, the Bible about 0.5).
CLOSE_COVERAGE = 0.5
#: Log-odds given to an edge sentence whose figures were dropped, in a close translation.
FIGURES_DROPPED = 3.0


def adds_nothing(cost: BeadCost, i: int, k: int, j: int, t: int, source: bool, edge: int,
                 share: float) -> bool:
    """Whether edge sentence *edge* of bead src[i:i+k] x tgt[j:j+t] contributes nothing to
    the match, in a document whose 1-1 beads match a *share* of their evidence on the
    sentence's side (the caller asks it only of a close translation: the larger of the two
    sides' shares at least :data:`CLOSE_COVERAGE`).

    Its bead-mates explain the other side; it brings no name, number, Latin-script
    token or term of its own that the other side has, one dictionary word at most
    (:data:`CHANCE_WORDS`: "Our emissions data are verified each year by an
    independent assurance provider." glued onto "We remain on track to halve
    those emissions by 2030." shares only "year" with 2030年), and that word is
    no name (a capitalised English word inside a sentence, :attr:`Item.names`:
    "... and another with a producer in Denmark." split over two Chinese
    sentences, the second with 丹麦, is a merge); it has enough
    evidence (:data:`NOTHING_MASS` keys) that a translation of it would show, so
    much of it missing is unlikely in this document (log-likelihood ratio of
    *unrelated* above :data:`NOTHING_RATIO`); and the other side's length does not
    need it (keeping it lowers the length cost by less than :data:`NOTHING_LENGTH`).
    A numbered step facing a numbered step is left alone: after a split step the
    numbers differ, and a merged step is often paraphrased ("5. Wait for the cycle
    to finish." + "It takes about 25 minutes." / 4. 除垢过程约需25分钟).
    A sentence a translator merged keeps some of its own words; a short one
    ("Not everyone is convinced.") has too little evidence to tell, and is left alone.
    """
    side, other = (cost.a, cost.b) if source else (cost.b, cost.a)
    lo, hi, olo, ohi = (i, i + k, j, j + t) if source else (j, j + t, i, i + k)
    item = side[edge]
    if item.furniture or item.mass < NOTHING_MASS:
        return False
    partner = frozenset().union(*(other[x].keys for x in range(olo, ohi)))
    mates = frozenset().union(*(side[x].keys for x in range(lo, hi) if x != edge))
    if not mates & partner:
        return False
    if _labelled(item.keys) and _labelled(partner):
        return False
    novel = (item.keys & partner) - mates
    names = frozenset().union(item.names, *(other[x].names for x in range(olo, ohi)))
    if any(key.startswith(PARTICULAR_KEYS) or key in names for key in novel):
        return False
    words = sum(1 for key in novel if not is_form_key(key))
    if words > CHANCE_WORDS or unexplained(words, item.mass, share) < NOTHING_RATIO:
        return False
    gain = _length_gain(cost, source, lo, hi, olo, ohi, edge)
    return gain > -NOTHING_LENGTH


def _labelled(keys: frozenset[str]) -> bool:
    """Whether *keys* hold a list or step number (or a question / answer label)."""
    return any(key.startswith(LABEL_KEY) for key in keys)


#: Fewest evidence keys (mass) a sentence needs before its missing evidence says it
#: contributes nothing: "It is also quiet." has one, too few to tell a merged
#: sentence from a glued one.
NOTHING_MASS = 5.0
#: Log-likelihood ratio of *unrelated* (:func:`unexplained`) from which a sentence's
#: missing evidence is more than a loose translation explains.
NOTHING_RATIO = 2.0
#: Length cost a sentence must save its bead to be needed by the other side's length.
NOTHING_LENGTH = 0.5
#: Log-odds given to an edge sentence that adds nothing (:func:`adds_nothing`).
ADDS_NOTHING = 3.0


#: Log-odds given to an edge sentence that matches nothing its bead-mates do not match
#: already and whose length the other side does not need, in a close translation
#: (:func:`_edges`): below ``Params.glue_above`` (1), so it is not cut off, and a glued
#: probability of 0.62 for the bead's confidence.  On the development sets: 8 fewer
#: wrong beads above 0.5 on the news sets, 4 right beads below it (3 on MAC-Dev).
NOT_NEEDED = 0.5


#: Log-odds given to an edge sentence the other side has no room for (:mod:`._room`).
NO_ROOM = 3.0
#: Coverage from which a document is close enough for the room check.
ROOM_COVERAGE = 0.5


def _edges(cost: BeadCost, i: int, k: int, j: int, t: int,
           shares: tuple[float, float]) -> list[tuple[float, bool, int]]:
    """(log-odds, source side?, index) of each edge sentence of a many-sentence side."""
    out = []
    for features, source, edge in edge_features(cost, i, k, j, t, shares):
        logit = glue_logit(features)
        if logit > KEPT_FIGURES and _keeps_figures(cost, i, k, j, t, source, edge):
            logit = KEPT_FIGURES
        if (shares[0 if source else 1] >= CLOSE_COVERAGE
                and figures_dropped(cost, i, k, j, t, source, edge)):
            logit = max(logit, FIGURES_DROPPED)
        if (logit < ADDS_NOTHING and max(shares) >= CLOSE_COVERAGE
                and adds_nothing(cost, i, k, j, t, source, edge, shares[0 if source else 1])):
            logit = ADDS_NOTHING
        if logit < NOT_NEEDED and max(shares) >= CLOSE_COVERAGE and _not_needed(features):
            logit = NOT_NEEDED
        if (logit < CHANCE_ONLY and max(shares) >= CLOSE_COVERAGE
                and chance_only(cost, i, k, j, t, source, edge)):
            logit = CHANCE_ONLY
        if logit < NO_ROOM and cost.clauses is not None and max(shares) >= ROOM_COVERAGE:
            side, other = (cost.a, cost.clauses[1]) if source else (cost.b, cost.clauses[0])
            span = (i, i + k, j, j + t) if source else (j, j + t, i, i + k)
            if room.no_room(side, other, span, edge):
                logit = NO_ROOM
        out.append((logit, source, edge))
    return out


#: Log-odds given to an edge sentence tied to its bead by chance only (:func:`chance_only`):
#: below ``Params.glue_above`` (1), so it is not cut off, and a glued probability of 0.62
#: for the bead's confidence (at most 0.38).  On the development sets (news align-heldout
#: to -11 with and without paragraphs, MAC-Dev) 16 of the 19 trusted news beads with such
#: a sentence were wrong, 10 of the 23 MAC-Dev beads.
CHANCE_ONLY = 0.5


def chance_only(cost: BeadCost, i: int, k: int, j: int, t: int, source: bool,
                edge: int) -> bool:
    """Whether edge sentence *edge* of bead src[i:i+k] x tgt[j:j+t] is tied to the bead by
    chance only: what it matches on the other side that its bead-mates do not is the
    number one, one dictionary word that many sentences of the other side have, or both,
    and the other side's length does not need it.

    The number one is as often an article as a quantity (这一认定是本案关键。 "This
    finding is the key of the case." matched the "first" of its neighbour's translation,
    :data:`_ONE`).  A word found in at least :data:`CHANCE_COVERAGE` of the other side's
    sentences, one of them outside the bead (说 "say; speak", 年 "year", 去 "go"), is what
    an unrelated sentence matches by chance: "Ostendorf wept as she spoke." glued onto
    "... Ostendorf said on Monday." against 奥斯滕多夫本周一说：……, whose 说 gives both
    "say" and "speak".  Only a short
    sentence (under :data:`NOTHING_MASS` keys) counts for the word: a longer one that
    matches one word only is :func:`adds_nothing`'s.  A name is never chance (as there).
    Such a sentence is as likely left out as merged, so its bead is not shown as sure.
    """
    side, other = (cost.a, cost.b) if source else (cost.b, cost.a)
    lo, hi, olo, ohi = (i, i + k, j, j + t) if source else (j, j + t, i, i + k)
    item = side[edge]
    if item.furniture:
        return False
    partner = frozenset().union(*(other[x].keys for x in range(olo, ohi)))
    mates = frozenset().union(*(side[x].keys for x in range(lo, hi) if x != edge))
    if not mates & partner:
        return False
    novel = {key for key in (item.keys & partner) - mates if not is_form_key(key)}
    if not novel or any(key.startswith(PARTICULAR_KEYS) and _number(key) != _ONE
                        for key in novel):
        return False
    words = [key for key in novel if not key.startswith(PARTICULAR_KEYS)]
    if len(words) > CHANCE_WORDS:
        return False
    if words:
        names = frozenset().union(item.names, *(other[x].names for x in range(olo, ohi)))
        word = words[0]
        share = cost.key_share(word, not source)
        outside = share * len(other) - sum(word in other[x].keys for x in range(olo, ohi))
        if (item.mass >= NOTHING_MASS or word in names or share < CHANCE_COVERAGE
                or outside < 1):
            return False
    gain = _length_gain(cost, source, lo, hi, olo, ohi, edge)
    return gain > -NOTHING_LENGTH


def _not_needed(features: Sequence[float]) -> bool:
    """Whether an edge sentence with these :data:`GLUE_FEATURES` has nothing for it in its
    bead: it matches nothing on the other side that its bead-mates do not match already,
    and the other side's length does not need it (the bead's length cost is no lower
    with it).  "Winters are mild." glued onto "Avoid the Spring Festival week, when the
    old town draws 80,000 visitors a day." against one Chinese sentence with neither."""
    return (not features[_NOVEL_SHARE]) and features[_LENGTH_GAIN] > 0


_NOVEL_SHARE = GLUE_FEATURES.index("novel share")
_LENGTH_GAIN = GLUE_FEATURES.index("length gain")


#: Log-odds (at most) of an edge sentence that keeps figures of the other side
#: (:func:`_keeps_figures`): below ``Params.glue_above`` (1), so it is never cut off,
#: and a glued probability of 0.12 at most for the bead's confidence.
KEPT_FIGURES = -2.0


def _keeps_figures(cost: BeadCost, i: int, k: int, j: int, t: int, source: bool,
                   edge: int) -> bool:
    """Whether edge sentence *edge* of bead src[i:i+k] x tgt[j:j+t] has figures, all of them
    on the other side and none on its bead-mates: the half of a split sentence that
    carries its figure (该机场于2008年启用。| 如今年旅客吞吐量达1200万人次。 against "... opened
    in 2008 and now handles 12 million travellers a year."), which a translator who
    added a sentence of their own would not have."""
    side, other = (cost.a, cost.b) if source else (cost.b, cost.a)
    lo, hi, olo, ohi = (i, i + k, j, j + t) if source else (j, j + t, i, i + k)
    figures = figures_of([side[edge]]) - {_ONE}
    return bool(figures) and figures <= figures_of(other[olo:ohi]) and not (
        figures & figures_of([side[x] for x in range(lo, hi) if x != edge]))


def bead_glue(cost: BeadCost, i: int, k: int, j: int, t: int,
              shares: tuple[float, float]) -> float:
    """The highest log-odds of a sentence of bead src[i:i+k] x tgt[j:j+t] being glued: an
    edge sentence (:func:`_edges`), or a middle one whose figures were dropped
    (:func:`_middle_dropped`)."""
    edges = max((logit for logit, _, _ in _edges(cost, i, k, j, t, shares)), default=NO_GLUE)
    if edges < FIGURES_DROPPED and _middle_dropped(cost, i, k, j, t, shares):
        return FIGURES_DROPPED
    return edges


def _middle_dropped(cost: BeadCost, i: int, k: int, j: int, t: int,
                    shares: tuple[float, float]) -> bool:
    """Whether a middle sentence of a side of three or more has its figures dropped
    (:func:`figures_dropped`), in a close translation.

    "That is enough to power about 90,000 homes." between "Officials said the panels will
    generate 250 gigawatt-hours a year." and "Construction took 14 months." against one
    Chinese sentence with 2.5亿千瓦时 and 14个月 but no 9万 (trial R4-2): a left-out
    sentence in the middle of a 3-1.  It cannot be cut off (the bead's two other
    sentences are not next to each other), so the bead is only not shown as sure.
    """
    for source, lo, n, share in ((True, i, k, shares[0]), (False, j, t, shares[1])):
        if n < 3 or share < CLOSE_COVERAGE:
            continue
        if any(figures_dropped(cost, i, k, j, t, source, middle)
               for middle in range(lo + 1, lo + n - 1)):
            return True
    return False


def null_glue(cost: BeadCost, path: Path, index: int, shares: tuple[float, float],
              starts: Sequence[tuple[int, int]] | None = None) -> float:
    """For null bead number *index* of *path*: log-odds that its sentence is glued on, were
    it joined to the paired bead before or after it (the lower of the two: the likelier
    attachment).  High: the sentence looks left out; low: it fits a neighbour.
    *starts* (:func:`bead_starts` of *path*) saves computing them again."""
    if starts is None:
        starts = bead_starts(path)
    best = [join_glue(cost, path, index, other, shares, starts)
            for other in (index - 1, index + 1)
            if 0 <= other < len(path) and path[other][0] and path[other][1]]
    return min(best, default=NO_GLUE)


def join_glue(cost: BeadCost, path: Path, index: int, other: int,
              shares: tuple[float, float], starts: Sequence[tuple[int, int]]) -> float:
    """Log-odds that the sentence of null bead *index* is glued on, were it joined to the
    paired bead *other* next to it (:func:`glue_logit` of that joined bead's edge)."""
    k, t = path[index]
    si, sj = starts[index]
    oi, oj = starts[other]
    ok, ot = path[other]
    lo_i, lo_j = min(oi, si), min(oj, sj)
    source = bool(k)
    lo, n = (lo_i, ok + k) if source else (lo_j, ot + t)
    olo, m = (lo_j, ot + t) if source else (lo_i, ok + k)
    share = shares[0] if source else shares[1]
    edge = si if source else sj
    return glue_logit(_features(cost, source, lo, lo + n, olo, olo + m, edge, share))


def split_glued(cost: BeadCost, path: Path, shares: tuple[float, float]) -> list[tuple[int, int]]:
    """*path* with every edge sentence glued on (log-odds above ``Params.glue_above``) cut off.

    A cut sentence becomes a null bead before or after what is left of its
    bead, which is checked again while it still has a many-sentence side.
    """
    threshold = cost.params.glue_above
    out: list[tuple[int, int]] = []
    i = j = 0
    for k, t in path:
        tail: list[tuple[int, int]] = []
        ci, cj = i, j
        while k and t and (k > 1 or t > 1):
            edges = _edges(cost, ci, k, cj, t, shares)
            logit, source, edge = max(edges)
            if logit <= threshold:
                break
            if source:
                k -= 1
                if edge == ci:
                    out.append((1, 0))
                    ci += 1
                else:
                    tail.insert(0, (1, 0))
            else:
                t -= 1
                if edge == cj:
                    out.append((0, 1))
                    cj += 1
                else:
                    tail.insert(0, (0, 1))
        out.append((k, t))
        out.extend(tail)
        i, j = ci + k + sum(a for a, _ in tail), cj + t + sum(b for _, b in tail)
    return out


def bead_starts(path: Path) -> list[tuple[int, int]]:
    """(source, target) index where each bead of *path* starts."""
    out = []
    i = j = 0
    for k, t in path:
        out.append((i, j))
        i, j = i + k, j + t
    return out


def _moves_to(cost: BeadCost, beads: list[tuple[int, int]], starts: list[tuple[int, int]],
              p: int, q: int, source: bool, shares: tuple[float, float]) -> bool:
    """Whether the source (or target) sentence of 1-1 bead *p* belongs in paired bead *q*
    next to it, its partner standing alone (see :func:`reattach_shifted`)."""
    (i, j), (qi, qj) = starts[p], starts[q]
    qk, qt = beads[q]
    if (qk + 1 if source else qt + 1) > cost.max_k or qk + qt + 1 > cost.max_k + 1:
        return False
    lo_i, lo_j = min(i, qi), min(j, qj)
    if source:
        span, other, edge, share = (lo_i, lo_i + qk + 1), (qj, qj + qt), i, shares[0]
        moved, left = cost.a[i], cost.b[j]
    else:
        span, other, edge, share = (lo_j, lo_j + qt + 1), (qi, qi + qk), j, shares[1]
        moved, left = cost.b[j], cost.a[i]
    if moved.furniture or left.furniture:
        return False
    own = cost.matches(i, i + 1, j, j + 1)
    # The partner must not be explained by the moved sentence: it shares nothing with it,
    # or too little for its evidence (a short partner sharing nothing cannot reach the
    # margin, and is unexplained all the same).
    if own > 0 and unexplained(own, left.mass,
                               shares[1] if source else shares[0]) <= SHIFT_MARGIN:
        return False
    features = _features(cost, source, *span, *other, edge, share)
    return (features[0] + SHIFT_MARGIN < unexplained(own, moved.mass, share)
            and glue_logit(features) <= cost.params.glue_above
            and features[3] <= SHIFT_LENGTH_GAIN)


#: Log-likelihood margin by which a sentence must be better explained by the
#: neighbouring bead than by its own partner (and its partner be unexplained).
SHIFT_MARGIN = 4.0
#: Largest increase of the neighbouring bead's length cost the move may bring.
SHIFT_LENGTH_GAIN = 1.0


def reattach_shifted(cost: BeadCost, path: Path,
                     shares: tuple[float, float]) -> list[tuple[int, int]]:
    """*path* with shifted 1-1 beads repaired.

    The other way a left-out (or added) sentence fools an aligner: instead of
    being glued on, it is paired 1-1 with the next sentence along, whose own
    partner then shares a bead with *its* next sentence.  The sign is a 1-1
    bead whose source (or target) sentence is explained by the paired bead
    next to it far better than by its own partner, while its partner matches
    nothing: the sentence then joins that bead and its partner stands alone.
    """
    beads = list(path)
    starts = bead_starts(beads)
    p = 0
    while p < len(beads):
        if beads[p] == (1, 1):
            for q in (p + 1, p - 1):
                if not (0 <= q < len(beads) and beads[q][0] and beads[q][1]):
                    continue
                moved = next((src for src in (True, False)
                              if _moves_to(cost, beads, starts, p, q, src, shares)), None)
                if moved is None:
                    continue
                qk, qt = beads[q]
                beads[q] = (qk + 1, qt) if moved else (qk, qt + 1)
                beads[p] = (0, 1) if moved else (1, 0)
                first = min(p, q)   # only the second of the two beads starts elsewhere now
                i, j = starts[first]
                starts[first + 1] = (i + beads[first][0], j + beads[first][1])
                break
        p += 1
    return beads


def _better_across(cost: BeadCost, starts: Sequence[tuple[int, int]], p: int, q: int,
                   source: bool, shares: tuple[float, float]) -> bool:
    """Whether the source (or target) sentence of 1-1 bead *p* belongs with the sentence
    of null bead *q* on the other side, beyond null beads only (see
    :func:`pair_across_nulls`)."""
    (i, j), (qi, qj) = starts[p], starts[q]
    x, y = (i, qj) if source else (qi, j)          # the sentence moved and its new partner
    if not cost.in_window(x, y) or cost.a[x].furniture or cost.b[y].furniture:
        return False
    own = cost.matches(i, i + 1, j, j + 1)
    new = cost.matches(x, x + 1, y, y + 1)
    mass, share = (cost.a[i].mass, shares[0]) if source else (cost.b[j].mass, shares[1])
    left, left_share = (cost.b[j], shares[1]) if source else (cost.a[i], shares[0])
    return (unexplained(new, mass, share) + SHIFT_MARGIN < unexplained(own, mass, share)
            and unexplained(own, left.mass, left_share) > 0
            and cost.length_of(x, x + 1, y, y + 1) <= cost.params.unrelated_length)


def pair_across_nulls(cost: BeadCost, path: Path,
                      shares: tuple[float, float]) -> list[tuple[int, int]]:
    """*path* with each 1-1 bead whose sentence is explained far better by a sentence standing
    alone a few beads along the other side (beyond null beads of that side only) paired
    with that sentence instead; its partner stands alone.

    An edition that moves a paragraph breaks the monotone order, and the search pairs a
    sentence with whatever stands where its translation was: "Officials said the panels
    will generate 250 gigawatt-hours a year." with the first sentence of the moved
    paragraph, the deputy mayor's quote, while 官员表示，…2.5亿千瓦时。 stands alone three
    sentences on (trial R4-13).  Pairing it across the null beads keeps the order: the
    moved sentences stand alone before it.  The margins are those of
    :func:`reattach_shifted` (the new partner explains it by :data:`SHIFT_MARGIN` more in
    log-likelihood), the old partner is likelier unrelated to it than translated, and the
    new pair's lengths must fit.
    """
    beads = list(path)
    starts = bead_starts(beads)
    for p in range(len(beads)):
        if beads[p] == (1, 1) and _pair_across(cost, beads, starts, p, shares):
            starts = bead_starts(beads)
    return beads


def _pair_across(cost: BeadCost, beads: list[tuple[int, int]], starts: Sequence[tuple[int, int]],
                 p: int, shares: tuple[float, float]) -> bool:
    """Re-pair 1-1 bead *p* across the null beads after it (in place), if one of them holds
    its sentence's translation (:func:`_better_across`); whether it did."""
    for source, null in ((True, (0, 1)), (False, (1, 0))):
        q = p + 1
        while q < len(beads) and q - p <= ACROSS_NULLS and beads[q] == null:
            if _better_across(cost, starts, p, q, source, shares):
                beads[p:q + 1] = [null] * (q - p) + [(1, 1)]
                return True
            q += 1
    return False


#: How many null beads along the other side a sentence's translation may stand: a moved
#: paragraph of up to four sentences (news paragraphs are one to four sentences long).
ACROSS_NULLS = 4


def figures_of(items: Sequence[Item]) -> frozenset[str]:
    """The numbers of *items* (without weights and occurrence marks)."""
    if len(items) == 1:
        return _figures_of_keys(items[0].keys)
    return frozenset().union(*(_figures_of_keys(item.keys) for item in items))


#: Key sets whose figures are remembered.  Confidence scoring asks for the figures of the
#: same sentences again and again (each 1-1 bead compares its pair with up to twelve
#: neighbouring pairs): reading them from every key each time was a quarter of
#: ``tm.align``'s CPU on documents full of numbers.  Scoring walks along the path, so the
#: last thousand sentences hold every neighbour it asks for (2,000 x 2,000 sentences: 94%
#: hits); the bound keeps a long-lived process from holding the key sets of every
#: document it aligned.
_FIGURE_CACHE_SIZE = 1024


@functools.lru_cache(maxsize=_FIGURE_CACHE_SIZE)
def _figures_of_keys(keys: frozenset[str]) -> frozenset[str]:
    """The numbers among one item's *keys* (see :func:`figures_of`)."""
    return frozenset(_number(key) for key in keys if key.startswith(NUMBER_KEY))


def _takes_figures(cost: BeadCost, beads: Sequence[tuple[int, int]],
                   starts: Sequence[tuple[int, int]], p: int, q: int) -> bool:
    """Whether the sentence of null bead *p* belongs in paired bead *q* next to it: its
    figures are all on *q*'s other side, and none of them on *q*'s own side."""
    (i, j), (qi, qj) = starts[p], starts[q]
    qk, qt = beads[q]
    source = bool(beads[p][0])
    moved = cost.a[i] if source else cost.b[j]
    if (moved.furniture or (qk + 1 if source else qt + 1) > cost.max_k
            or qk + qt + 1 > cost.max_k + 1):
        return False
    own_side = cost.a[qi:qi + qk] if source else cost.b[qj:qj + qt]
    other_side = cost.b[qj:qj + qt] if source else cost.a[qi:qi + qk]
    figures = figures_of([moved])
    return (len(figures) >= MOVED_FIGURES and figures <= figures_of(other_side)
            and not figures & figures_of(own_side))


#: Fewest figures a left-alone sentence must share with a neighbouring bead's other side
#: (and its own side lack) to join that bead: one figure may be a chance repeat.
MOVED_FIGURES = 2


def attach_by_figures(cost: BeadCost, path: Path) -> list[tuple[int, int]]:
    """*path* with each null bead joined to the paired bead next to it whose other side
    holds all its figures (two or more) while that bead's own side has none of them.

    A translator who merges a sentence into its neighbour keeps its figures, even
    across a paragraph break the other edition does not have ("... 45 million
    passengers in 2024." | "That was 12 percent more than in 2023." against one
    Chinese sentence with 4500万, 2024, 12% and 2023): the figures are the evidence
    that the paragraph penalty kept the sentence out of the bead.
    """
    beads = list(path)
    starts = bead_starts(beads)
    p = 0
    while p < len(beads):
        if bool(beads[p][0]) != bool(beads[p][1]):
            for q in (p - 1, p + 1):
                if (0 <= q < len(beads) and beads[q][0] and beads[q][1]
                        and _takes_figures(cost, beads, starts, p, q)):
                    k, t = beads.pop(p)
                    q = min(p, q)
                    qk, qt = beads[q]
                    beads[q] = (qk + k, qt + t)
                    starts = bead_starts(beads)
                    break
        p += 1
    return beads

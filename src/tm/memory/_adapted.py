"""Matches that differ from the query only in numbers and names (private).

``Export as GIF`` against a memory holding ``Export as PNG`` -> ``导出为PNG``
shares two of three words, a word score of 66, hidden under every usual
minimum; yet :func:`tm.memory._placeables.adapt` writes ``导出为GIF``, the
exact translation.  CAT tools show such an auto-localised match at 95-99 %.
So does tm: a match is **adapted-scored** when

* its source equals the query once every number and capitalized Latin name
  is masked, and its target holds every changed value (``adapt`` succeeds);
* the words outside numbers and names (the *fixed* words) are the same in both,
  written the same way (case included), with the same punctuation, and make up
  at least a third of each text (:data:`FIXED_SHARE`), so a text that is mostly
  figures (``Page 5 of 10``) is still compared word by word;
* the two texts' token counts differ by at most their count of numbers and
  names (each value may gain or lose a word: ``Bob`` for ``Robert Smith``).

Its score is ``100 - ADAPTED_PENALTY`` per changed value when that beats the
word score.

**Recall.**  The index bounds word scores, not these, so adapted matches are
found apart: such a unit holds every fixed word of the query (with its
multiplicity), in the query's runs (:func:`outline`), and its token count is
in :meth:`Adaptable.window`; :meth:`AdaptedSearch.batches` offers every
indexed text with the rarest of those words at those lengths,
:meth:`AdaptedSearch.fits` keeps those with the runs, each batch with the best rank anything later
could reach (score 99, the highest base a non-exact text of that length can
have, newest ids first), so a lookup stops as early as it does for word
scores (20,000 templated sentences differing in a number cost a few hundred
verifications, not 20,000).  Lengths where no text can have the query's
punctuation, or where every text writes one of the query's lower-case fixed
words with a capital, are skipped whole (:meth:`tm.memory._shapes.Shapes.excludes`).
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from tm.memory import _search
from tm.memory import _store as store
from tm.memory._backend import Connection
from tm.memory._index import MAX_LEN, MAX_OCC, Index, term_of
from tm.memory._matching import Scored, inner_tokens, match_tokens, punctuation_skeleton
from tm.memory._placeables import adapt_counted, placeable_spans
from tm.memory._rank import Hit, Rank, better
from tm.memory._shapes import Shapes, has_shapes
from tm.model import Unit

__all__ = ["ADAPTED_PENALTY", "BEST_ADAPTED", "FIXED_SHARE", "Adaptable", "AdaptedSearch", "Batch",
           "adapted_bound", "adapted_key", "outline"]

#: Points an adapted match loses per changed number or name (Trados and memoQ
#: show an auto-localised match one or a few points under 100).
ADAPTED_PENALTY = 1
#: The best score an adapted match gets: adapting changes at least one value
#: (:func:`tm.memory._placeables.adapt_counted`), so a lookup for more finds none.
BEST_ADAPTED = 100 - ADAPTED_PENALTY
#: Fixed words must be at least 1/FIXED_SHARE of both texts' tokens.
FIXED_SHARE = 3
#: Candidates so few that reading them costs less than asking the shapes to prune them.
_FEW = 64
#: Candidates so few that fetching their texts costs less than a second posting list.
_FEW_TO_FETCH = 8
#: Candidate entries of a lookup batch, and the best rank anything later could reach.
Batch = tuple[list[int], Rank | None]


def outline(text: str, *, fold: bool = True) -> tuple[bool, list[list[str]], bool] | None:
    """``(lead, runs, trail)``: the runs of fixed tokens of *text*, in order, and whether
    numbers or names come before the first run and after the last; None without any.

    Between two runs there is always a number or name.  A text that adapts to
    *text* has the same runs, each with at least one token of its own
    numbers and names between them, before them when *lead*, after them when
    *trail*, and none elsewhere.

    Tokens touching a number or name are left out of the runs (they may be
    one token with it in the whole text: 为 of 导出为PNG).

    >>> outline("Export the file as PNG")
    (True, [['the', 'file', 'as']], True)
    >>> outline("导出为PNG")
    (False, [['导', '出']], True)
    """
    pieces = _pieces(text)
    if pieces is None:
        return None
    runs = _runs(pieces, fold=fold)
    return not runs[0], [run for run in runs if run], not runs[-1]


def _pieces(text: str) -> list[str] | None:
    """The text between (and around) the numbers and names of *text*; None without any."""
    spans = placeable_spans(text)
    if not spans:
        return None
    bounds = [0] + [edge for start, end, _ in spans for edge in (start, end)] + [len(text)]
    return [text[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2)]


def _runs(pieces: list[str], *, fold: bool) -> list[list[str]]:
    last = len(pieces) - 1
    return [inner_tokens(piece, open_left=i > 0, open_right=i < last, fold=fold)
            for i, piece in enumerate(pieces)]


def _flat(runs: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """The tokens of *runs*, in order."""
    return tuple(token for run in runs for token in run)


def _fits(tokens: Sequence[object], runs: Sequence[tuple[object, ...]], lead: bool,
          trail: bool) -> bool:
    """Whether *tokens* hold *runs* in order with at least one other token between two
    runs, before the first when *lead* and after the last when *trail*, and none
    elsewhere (see :func:`outline`).

    Leftmost placement of each run is enough: if the runs fit at all, they fit there.
    """
    n = len(tokens)
    position = 1 if lead else 0
    for i, run in enumerate(runs):
        size = len(run)
        last = i == len(runs) - 1
        if last and not trail:  # the text's last tokens
            found = n - size
        elif i == 0 and not lead:  # its first tokens
            found = 0
        else:
            found = _find(tokens, run, position)
        if found < position or tuple(tokens[found:found + size]) != run:
            return False
        position = found + size + 1
        if last and trail and position > n:
            return False
    return True


def _share_ok(fixed: int, tokens: int) -> bool:
    return fixed > 0 and tokens <= FIXED_SHARE * fixed


@dataclass(frozen=True)
class Adaptable:
    """A query that adapted matches may answer (see the module docstring)."""

    text: str
    #: Its fixed words (folded) in runs, whether numbers or names lead and trail them.
    runs: tuple[tuple[str, ...], ...]
    lead: bool
    trail: bool
    #: Its fixed words as written, its punctuation, its token count and its count of
    #: numbers and names.
    written: tuple[str, ...]
    skeleton: str
    tokens: int
    spans: int

    @classmethod
    def of(cls, text: str, tokens: Sequence[str]) -> Adaptable | None:
        """The adaptable view of a query with match *tokens*, or None when it has none."""
        pieces = _pieces(text)
        if pieces is None:
            return None
        runs = _runs(pieces, fold=True)
        fixed = sum(map(len, runs))
        if not _share_ok(fixed, len(tokens)):
            return None
        written = _flat(_runs(pieces, fold=False))
        return cls(text, tuple(tuple(run) for run in runs if run), not runs[0], not runs[-1],
                   written, punctuation_skeleton(text), len(tokens), len(pieces) - 1)

    @cached_property
    def fixed(self) -> tuple[str, ...]:
        """All its fixed words, folded, in order."""
        return _flat(self.runs)

    def value(self, unit: Unit, unit_tokens: Sequence[str], word: Scored) -> int | None:
        """The adapted score of *unit* (whose source has match tokens *unit_tokens*), or None."""
        if (not self.lengths_ok(len(unit_tokens))
                or not _fits(unit_tokens, self.runs, self.lead, self.trail)
                or punctuation_skeleton(unit.source) != self.skeleton):
            return None
        found = adapt_counted(self.text, unit.source, unit.target,
                              source_lang=unit.source_lang, target_lang=unit.target_lang)
        if found is None:
            return None
        pieces = _pieces(unit.source)
        if (pieces is None or _flat(_runs(pieces, fold=True)) != self.fixed
                or _flat(_runs(pieces, fold=False)) != self.written):
            return None
        return max(0, 100 - ADAPTED_PENALTY * found[1] - word.case - word.punct)

    def search(self, conn: Connection, index: Index, lang: int,
               vocabulary: dict[str, int]) -> AdaptedSearch | None:
        """The candidates of this query in language class *lang*; None when there are none.

        *vocabulary* maps the query's match tokens to their ids (-1: unknown).
        """
        ids = [vocabulary.get(token, -1) for token in self.fixed]
        if any(token < 0 for token in ids):
            return None  # a fixed word the memory has never seen
        runs, start = [], 0
        for run in self.runs:
            runs.append(tuple(ids[start:start + len(run)]))
            start += len(run)
        return AdaptedSearch(self, conn, index, lang, (tuple(ids), tuple(runs)))

    def window(self) -> tuple[int, int]:
        """The token counts a text adapted-scored against this query may have."""
        count = len(self.fixed)
        return (max(count + 1, self.tokens - self.spans),
                min(self.tokens + self.spans, FIXED_SHARE * count, MAX_LEN))

    def lengths_ok(self, n: int) -> bool:
        """Whether a text of *n* tokens may be adapted-scored (:meth:`window`, the share)."""
        return _share_ok(len(self.fixed), n) and abs(n - self.tokens) <= self.spans

    def best_base(self, n: int) -> float:
        """The highest word base a non-exact text of *n* tokens can have (one token differs)."""
        longest = max(self.tokens, n)
        return 100.0 * (longest - 1) / longest


class AdaptedSearch:
    """The candidates of one adaptable query: batches of entries, and a test on their tokens."""

    def __init__(self, query: Adaptable, conn: Connection, index: Index, lang: int,
                 ids: tuple[tuple[int, ...], tuple[tuple[int, ...], ...]]) -> None:
        self.query, self.conn, self.index, self.lang = query, conn, index, lang
        self.ids, self.runs = ids

    def fits(self, tokens: Sequence[int]) -> bool:
        """Whether a text of these token ids has the query's runs of fixed words
        (:func:`outline`): a cheap necessary condition of being adapted-scored,
        checked on the token lists :meth:`Index.verify` reads anyway, before any
        unit is fetched."""
        return _fits(tokens, self.runs, self.query.lead, self.query.trail)

    def _lower_case(self) -> list[int]:
        """Ids of the fixed words the query writes in lower case (as their folded form)."""
        query = self.query
        if len(query.written) != len(query.fixed):
            return []
        return sorted({i for i, folded, written in zip(self.ids, query.fixed, query.written,
                                                       strict=True) if folded == written})

    def batches(self) -> Iterator[Batch]:
        """Every indexed text that may be adapted-scored, in batches, best bound first.

        The candidates of a length are the entries of the query's rarest fixed
        word there (:meth:`fits` tests the rest).  Each batch comes with the
        best rank anything after it could reach (None: nothing comes later),
        so ranking stops as soon as its top entries rank before that: lengths
        go best bound first, a long posting list newest ids first (as
        :mod:`tm.memory._search` does for word scores).
        """
        query, index = self.query, self.index
        terms = [term_of(token, self.lang, min(occurrences, MAX_OCC))
                 for token, occurrences in Counter(self.ids).items()]
        window = query.window()
        if window[0] > window[1]:
            return
        sizes = index.lengths(terms, *window)
        if any(term not in sizes for term in terms):
            return
        lengths = set.intersection(*(set(sizes[term]) for term in terms))
        rarest = {n: min(terms, key=lambda term: sizes[term][n]) for n in lengths}
        if sum(sizes[rarest[n]][n] for n in lengths) > _FEW and has_shapes(self.conn):
            # many: leave out lengths where no text has the query's punctuation or case
            folded = match_tokens(query.text)
            shapes = Shapes(index, (query.text, folded, store.query_ids(self.conn, folded)),
                            self.lang, window)
            lower = self._lower_case()
            lengths = {n for n in lengths if not shapes.excludes(n, lower)}
        if sum(sizes[rarest[n]][n] for n in lengths) <= _search.CHUNK:
            if lengths:  # few: every length in one round trip
                yield self._few(sizes, sorted(lengths), terms), None
            return
        plans = sorted(((query.best_base(n), n) for n in lengths), reverse=True)
        for i, (best, n) in enumerate(plans):
            later = adapted_bound(plans[i + 1][0]) if i + 1 < len(plans) else None
            entries = index.postings(rarest[n], n, n)
            if len(entries) <= _search.CHUNK:
                yield list(entries), later
                continue
            for found, low in _newest_first(entries):
                within = adapted_bound(best, low >> 1) if low else None
                yield found, better(within, later)


    def _few(self, sizes: dict[int, dict[int, int]], lengths: list[int],
             terms: list[int]) -> list[int]:
        """The entries of *lengths* holding the two rarest fixed words there (two round
        trips: reading a second posting list costs less than fetching the texts it rules out)."""
        ranked = {n: sorted(terms, key=lambda term: sizes[term][n]) for n in lengths}
        found = self.index.postings_at([(ranked[n][0], n) for n in lengths])
        second = [(ranked[n][1], n) for n in lengths if len(ranked[n]) > 1]
        if len(found) <= _FEW_TO_FETCH or len(second) < len(lengths):
            return list(found)
        also = set(self.index.postings_at(second))
        return [entry for entry in found if entry in also]


def _find(tokens: Sequence[object], run: tuple[object, ...], start: int) -> int:
    """The first position at or after *start* where *run* occurs in *tokens*, or -1."""
    first, size = run[0], len(run)
    for i in range(start, len(tokens) - size + 1):
        if tokens[i] == first and tuple(tokens[i:i + size]) == run:
            return i
    return -1


def adapted_key(hit: Hit) -> Rank:
    """The best rank an adapted candidate can get: 99 (one value changed), its base, trusted."""
    uid, side, base = hit
    return (-(100.0 - ADAPTED_PENALTY), 0.0, -base, -1.0, -uid, side)


def adapted_bound(base: float, uid: float = math.inf) -> Rank:
    """The best rank of any adapted candidate with base at most *base*, unit id at most *uid*."""
    return (-(100.0 - ADAPTED_PENALTY), 0.0, -base, -1.0, -uid, 0)


def _newest_first(entries: array[int]) -> Iterator[tuple[list[int], int]]:
    """A sorted posting list in id ranges, newest first, growing geometrically.

    Yields ``(entries, low)``: the entries at or above ``low`` not yet given;
    ``low`` 0 means nothing is left.
    """
    end, size = len(entries), _search.CHUNK // 4
    while end > 0:
        start = max(0, end - size)
        low = entries[start] if start else 0
        yield list(entries[start:end]), low
        end, size = start, size * 2

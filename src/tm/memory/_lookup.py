"""One lookup: candidates from the index, verified, ranked, adapted (private).

Batches of candidates come best bound first (:mod:`tm.memory._search`); each
is verified with the exact token edit distance (:meth:`Index.verify`) and
offered to a :class:`tm.memory._rank.Ranker`, which scores only the hits that
can still enter the top *limit*.  The lookup stops as soon as the top
*limit* rank before anything the remaining batches could hold, so its cost
follows the answer, not the number of similar units (20,000 templated
sentences at the same score cost about what 20 do).

Matches that differ only in numbers and names score by what adapting them
gives (:mod:`tm.memory._adapted`); the index cannot bound those scores, so
their candidates are found and scored apart, before the word search.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tm._shared.lang import normalize_lang
from tm.memory import _store as store
from tm.memory._adapted import ADAPTED_PENALTY, BEST_ADAPTED, Adaptable, adapted_key
from tm.memory._backend import Connection
from tm.memory._contexts import same_context
from tm.memory._files import identity_of
from tm.memory._index import Index
from tm.memory._matching import QueryParts, finish_parts, match_tokens, query_parts
from tm.memory._placeables import adapt
from tm.memory._prepare import text_hash
from tm.memory._rank import Hit, Ranker, Scored
from tm.memory._search import candidate_batches
from tm.model import Match, Unit

__all__ = ["Query", "run_lookup"]

#: What scoring a hit needs of the query: its match tokens, their unfolded
#: forms and punctuation (:func:`query_parts`), and its adaptable view.
_QueryParts = tuple[list[str], QueryParts, Adaptable | None]


@dataclass(frozen=True)
class Query:
    """What one lookup asks for (the arguments of :meth:`TranslationMemory.lookup`)."""

    text: str
    source_lang: str
    target_lang: str
    min_score: float
    limit: int
    context: str = ""
    prev: str = ""
    next: str = ""
    strict_regions: bool = False


def run_lookup(conn: Connection, query: Query, classes: tuple[int, int]) -> list[Match]:
    """The matches of *query*, whose language classes (query side, other side) are *classes*."""
    folded = match_tokens(query.text)
    ids = store.query_ids(conn, folded)
    index = Index(conn)
    threshold = int(-(-query.min_score // 1))
    parts = query_parts(query.text)
    files: dict[int, str] = {}  # unit id -> its file's identity key, for each unit scored
    ranker = Ranker(query.limit,
                    lambda hits: _score(conn, query, (folded, parts, None), hits, files))
    # Adapted matches score at most BEST_ADAPTED: a lookup asking for more (the exact
    # matches tm.memory._rivals reads, min_score 100) neither searches nor scores them.
    adaptable = Adaptable.of(query.text, folded) if query.min_score <= BEST_ADAPTED else None
    search = (adaptable.search(conn, index, classes[0], dict(zip(folded, ids, strict=True)))
              if adaptable is not None else None)
    if search is not None:
        # First, so their high scores let the word search stop sooner.  Every unit
        # that may be adapted-scored is offered here (or shown unable to enter the
        # top), so the word search below need not score adaptation again.
        def score_adapted(hits: Sequence[Hit]) -> list[Scored | None]:
            return _score(conn, query, (folded, parts, adaptable), hits, files)

        for entries, later in search.batches():
            hits = index.verify(entries, ids, 0, classes, search.fits)
            ranker.offer([hit for hit in hits if hit[2] < 100], key=adapted_key,
                         score=score_adapted)
            if later is None or ranker.beats(later):
                break
    batches = (candidate_batches(index, (query.text, ids), classes[0], threshold, folded)
               if threshold > 0 else None)
    if batches is None:  # min_score 0, or a token repeated > 255 times: scan
        ranker.offer(index.verify(store.all_entries(conn), ids, threshold, classes))
    else:
        seen: set[int] = set()
        for entries, later, cut in batches:
            fresh = [e for e in entries if e not in seen]
            seen.update(fresh)
            ranker.offer(index.verify(fresh, ids, threshold, classes), cut.of)
            if later is None or ranker.beats(later):
                break
    out = []
    for rank, unit, trusted in ranker.results():
        adapted = None
        if -rank[0] < 100:
            adapted = adapt(query.text, unit.source, unit.target,
                            source_lang=unit.source_lang, target_lang=unit.target_lang)
        out.append(Match(unit, -rank[0], bool(-rank[1]), adapted, trusted,
                         source_id=identity_of(files.get(int(-rank[4]), ""))))
    return out


def _score(conn: Connection, query: Query, folded: _QueryParts,
           hits: Sequence[Hit], files: dict[int, str]) -> list[Scored | None]:
    """The rank, unit (turned to the query's direction) and trust of each hit, or None;
    each unit's file identity key goes to *files*."""
    rows = store.fetch_units(conn, [uid for uid, _, _ in hits])
    files.update((uid, row[4]) for uid, row in rows.items())
    out: list[Scored | None] = []
    for uid, side, base in hits:
        row = rows.get(uid)
        out.append(None if row is None else _score_one(query, folded, row, (uid, side, base)))
    return out


def _score_one(query: Query, folded: _QueryParts, row: store.StoredUnit,
               hit: Hit) -> Scored | None:
    uid, side, base = hit
    unit, trusted, prev_hash, next_hash, _ = row
    if side == 1:
        unit = store.swapped(unit)
    if query.strict_regions and (
            normalize_lang(unit.source_lang) != normalize_lang(query.source_lang)
            or normalize_lang(unit.target_lang) != normalize_lang(query.target_lang)):
        return None
    tokens, parts, adaptable = folded
    unit_tokens = match_tokens(unit.source)
    word = finish_parts(parts, unit.source, base, tokens, unit_tokens)
    value = float(word.value)
    if adaptable is not None and value < 100 - ADAPTED_PENALTY:
        adapted = adaptable.value(unit, unit_tokens, word)
        if adapted is not None and adapted > value:
            value = float(adapted)
    if value >= 100 and not trusted:
        value = 99.0
    if value < query.min_score:
        return None
    in_context = value >= 100 and _in_context(unit, prev_hash, next_hash, query)
    return (-value, -float(in_context), -word.base, -float(trusted), -uid, side), unit, trusted


def _in_context(unit: Unit, prev_hash: int, next_hash: int, query: Query) -> bool:
    if query.context:
        return same_context(unit.context, query.context, unit.source, unit.target)
    if not query.prev and not query.next:
        return False
    if query.prev and text_hash(query.prev) != prev_hash:
        return False
    return not (query.next and text_hash(query.next) != next_hash)

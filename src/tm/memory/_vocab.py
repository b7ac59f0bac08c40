"""Token ids for a writer: a bounded cache over the ``vocab`` table (private).

Every match token a memory stores has an integer id (ids are dense from 1 and
never change once committed).  A writer needs the ids of every token of the
texts it adds.  Keeping the whole vocabulary in a dictionary would make an
import's memory grow with the number of distinct words (about 120 MiB per
million: identifiers, numbers, names), so :class:`Vocabulary` keeps only a
bounded cache in two generations: tokens used recently stay, the others are
looked up again in the table when they come back.

Ids are resolved a batch of texts at a time (:meth:`Vocabulary.resolve`): the
distinct tokens missing from the cache are looked up in the table with a few
``IN (...)`` queries, and the ones still unknown get the next ids and are
inserted at once, so a token evicted from the cache is always found in the
table again.  Ids handed out in a transaction that is rolled back are invalid:
the memory then calls :meth:`Vocabulary.clear`.
"""

from __future__ import annotations

from collections.abc import Iterable

from tm.memory._backend import IN_LIST_VALUES, Connection

__all__ = ["CACHE_TOKENS", "Vocabulary"]

#: Tokens per cache generation (two generations: at most twice this many, ~100 bytes each).
CACHE_TOKENS = 1 << 17
#: Tokens per ``IN (...)`` query (tm.memory._backend.IN_LIST_VALUES).
_BATCH = IN_LIST_VALUES


class Vocabulary:
    """Token -> id, cached in at most ``2 * limit`` entries, backed by the ``vocab`` table."""

    def __init__(self, limit: int = CACHE_TOKENS) -> None:
        self.limit = limit
        self.young: dict[str, int] = {}
        self.old: dict[str, int] = {}
        # Two other kinds of ids that never change once committed, and are few: language
        # class -> id (the langs table: tm.memory._store.lang_id) and file identity key ->
        # id (tm.memory._files.FileIds).  Cached whole, so a small add asks neither table
        # (two round trips to a PostgreSQL server); a language not cached reads the table.
        self.langs: dict[str, int] = {}
        self.files: dict[str, int] = {}

    def clear(self) -> None:
        """Forget every cached id (after a rollback, ids handed out may be invalid)."""
        self.young, self.old = {}, {}
        self.langs.clear()
        self.files.clear()

    def __len__(self) -> int:
        """Tokens cached now (bounded by twice the limit)."""
        return len(self.young) + len(self.old)

    def resolve(self, conn: Connection, tokens: Iterable[str]) -> dict[str, int]:
        """``{token: id}`` for every token of *tokens*, new tokens stored with the next ids.

        Runs inside the write transaction of *conn* (no other writer can add
        tokens meanwhile).
        """
        found: dict[str, int] = {}
        missing: list[str] = []
        young, old = self.young, self.old
        for token in dict.fromkeys(tokens):  # new tokens get ids in order of appearance
            known = young.get(token)
            if known is None:
                known = old.get(token)
                if known is None:
                    missing.append(token)
                    continue
                young[token] = known
            found[token] = known
        if missing:
            stored, largest = _stored_ids(conn, missing)
            new = [t for t in missing if t not in stored]
            if new:
                first = largest + 1
                created = dict(zip(new, range(first, first + len(new)), strict=True))
                conn.insert_many("vocab", ("token", "id"),
                                 [(t, i) for t, i in created.items()])
                stored.update(created)
            found.update(stored)
            young.update(stored)
        if len(young) > self.limit:
            self.old, self.young = young, {}
        return found


def _stored_ids(conn: Connection, tokens: list[str]) -> tuple[dict[str, int], int]:
    """``{token: id}`` of those of *tokens* the table holds, and its largest id (ids are
    dense from 1: the next new token's is one more), read with the last slice of tokens
    (a round trip fewer to a PostgreSQL server for an add that brings new words)."""
    out: dict[str, int] = {}
    largest = 0
    starts = range(0, len(tokens), _BATCH)
    for start in starts:
        where, params = conn.in_list("token", tokens[start:start + _BATCH])
        query = f"SELECT token, id FROM vocab WHERE {where}"
        if start == starts[-1]:
            query += " UNION ALL SELECT NULL, coalesce(max(id), 0) FROM vocab"
        for token, found in conn.execute(query, params):
            if token is None:
                largest = int(found)
            else:
                out[str(token)] = int(found)
    return out, largest

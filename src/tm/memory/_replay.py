"""A memory's translations as its files said them, to add them to another memory (private).

A pair several files say is stored once: its own file owns the unit, the
others are listed (tm.memory._listed), and each file has its own trust.  Adding
a memory's units to another by the units' trust alone (what publishing a
staged import did, review Z-6) loses the listed files and gives the owning
file the trust of a listed one: an untrusted vendor TMX's unit, trusted only
because a reviewed catalog said the same pair, became the vendor's own trusted
unit, and withdrawing the catalog left it a trusted 100 match.  So each file's
saying is replayed: every unit as its owning file said it, then every listed
file's copy of its pair, the trusted files' in one ``add`` and the others'
in a second (``trusted=False``).  The pair may then be owned by another of
the files that say it, but it is trusted exactly when one of them is (the
writer's rule, review Y-19), whichever withdraws it later.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from tm.memory import _store as store
from tm.memory._backend import Connection
from tm.memory._schema import OWNER_TRUSTED
from tm.model import Origin, Unit

__all__ = ["replayed"]

#: Listed units fetched per query.
_BATCH = 500


def replayed(conn: Connection, trusted: bool) -> Iterator[Unit]:
    """Each unit of the memory on *conn* whose owning file's trust is *trusted*, as that
    file said it, then each listed file's copy of a pair with that trust (in the order
    the units were added; neighbours stay within each owning file)."""
    for row in conn.stream(f"{store.unit_select(conn)} WHERE {OWNER_TRUSTED} = ? ORDER BY id",
                           (int(trusted),)):
        yield store.unit_from_row(row[1:])
    listings = [(int(uid), str(origin)) for uid, origin in conn.execute(
        "SELECT unit, origin FROM listed WHERE trusted = ? ORDER BY unit, origin",
        (int(trusted),)).fetchall()]
    for start in range(0, len(listings), _BATCH):
        batch = listings[start:start + _BATCH]
        units = store.fetch_units(conn, sorted({uid for uid, _ in batch}))
        for uid, origin in batch:
            if uid in units:
                yield dataclasses.replace(units[uid][0], origin=Origin.parse(origin),
                                          fuzzy=False, prev=None, next=None)

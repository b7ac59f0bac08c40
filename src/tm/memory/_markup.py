"""The inline codes of stored units, in the ``markup`` side table (private; schema 6).

Only units that carry markup (tm._shared.markup: TMX ``<seg>`` content from a
TMX or XLIFF file) have a row, keyed by unit id, so the units table and the
writer's hot path are what they were: a unit without codes costs one
attribute test.  Reads join the table (tm.memory._store.unit_select).

Which markup a unit keeps when it is added again
(:meth:`MarkupWriter.keep`) follows the memory's identity rules
(tm.memory._writer):

* **the same file, the same pair**: latest wins, as a target or note update
  does; markup that changed (codes added, renumbered or removed) replaces
  the stored markup, and the unit counts as changed;
* **another file with the same pair**: its markup replaces the stored one
  when it carries any (latest wins among files that have codes); a file
  without codes (a PO, a CSV, a plain TMX) leaves the codes where they are,
  since its text is the same and it says nothing about them.

Markup is stored only while its text is the unit's text
(``TranslationMemory.add`` drops stale markup and refuses unsound markup),
so any stored markup may be written back as it is.
"""

from __future__ import annotations

from tm.memory._backend import Connection
from tm.model import Unit

__all__ = ["Markup", "MarkupWriter"]

COLUMNS = ("unit", "source_markup", "target_markup")
#: Ids per ``IN (...)`` delete.
_BATCH = 500
Markup = tuple[str, str]
_NONE: Markup = ("", "")


class MarkupWriter:
    """The markup rows of one write transaction, written with the unit rows.

    :meth:`flush` runs when the writer writes its pending unit rows, so a
    unit not yet written has its markup pending here too, and one written
    has it in the table.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.pending: dict[int, Markup] = {}  # unit id -> markup to store (_NONE: none)
        self.replaced: set[int] = set()  # ids whose stored row (if any) goes first

    def add(self, uid: int, unit: Unit) -> None:
        """A new unit row: remember its markup, if it has any."""
        if unit.source_markup or unit.target_markup:
            self.pending[uid] = (unit.source_markup, unit.target_markup)

    def keep(self, uid: int, stored: Markup, unit: Unit, *, same_file: bool) -> bool:
        """*unit* was added again as unit *uid*: take its markup; True if it changed.

        *stored* is the markup the writer read with the unit's row (or added
        it with); a change made earlier in this transaction, still pending
        here, takes precedence over it.  See the module docstring: from the
        unit's own file the markup always wins (even none); from another
        file only markup that exists does.
        """
        new = (unit.source_markup, unit.target_markup)
        if new == _NONE and not same_file:
            return False
        if self.pending.get(uid, stored) == new:
            return False
        self.pending[uid] = new
        self.replaced.add(uid)
        return True

    def drop(self, uid: int, *, stored: bool) -> None:
        """Unit *uid* is deleted; *stored*: its row was written (so may its markup be)."""
        self.pending.pop(uid, None)
        self.replaced.discard(uid)
        if stored:
            self.conn.execute("DELETE FROM markup WHERE unit = ?", (uid,))

    def flush(self) -> None:
        """Write the pending markup (replacing stored rows); called with the unit rows."""
        replaced = sorted(self.replaced)
        for start in range(0, len(replaced), _BATCH):
            where, params = self.conn.in_list("unit", replaced[start:start + _BATCH])
            self.conn.execute(f"DELETE FROM markup WHERE {where}", params)
        rows = [(uid, *markup) for uid, markup in self.pending.items() if markup != _NONE]
        if rows:
            self.conn.insert_many("markup", COLUMNS, rows)
        self.pending, self.replaced = {}, set()


def remove_orphans(conn: Connection) -> None:
    """Delete markup rows whose unit is gone (``optimize()``; ids are never reused)."""
    conn.execute("DELETE FROM markup WHERE unit NOT IN (SELECT id FROM units)")

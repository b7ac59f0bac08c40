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
  since its text is the same and it says nothing about them; so does a file
  whose codes are the stored ones numbered otherwise or with fewer of their
  attributes (tm's own XLIFF export of a memoQ TMX, or an XLIFF from a tool
  that drops ``ctype``), see :func:`says_nothing_new`.

Markup is stored only while its text is the unit's text
(``TranslationMemory.add`` drops stale markup and refuses unsound markup),
so any stored markup may be written back as it is.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from tm._shared.markup import MarkupError, parse_markup
from tm.memory._backend import Connection
from tm.model import Unit

__all__ = ["Markup", "MarkupWriter", "says_nothing_new"]

COLUMNS = ("unit", "source_markup", "target_markup")
#: Ids per ``IN (...)`` delete.
_BATCH = 500
Markup = tuple[str, str]
_NONE: Markup = ("", "")
#: TMX attributes that only number codes (pair a bpt with its ept, link a source code to
#: its target code): each file numbers its codes its own way (XLIFF ids are renumbered).
_NUMBERING = ("i", "x")


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
        current = self.pending.get(uid, stored)
        if current == new or (not same_file and says_nothing_new(new, current)):
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


def says_nothing_new(new: Markup, stored: Markup) -> bool:
    """Whether markup *new* holds the codes of *stored*, only numbered otherwise or with
    fewer of their attributes: the same elements, in the same order, around the same text.

    Such a copy would replace richer codes with poorer ones (memoQ's
    ``type="bold"`` lost) or merely renumber them, and count the unit as
    changed though nothing was edited.
    """
    numbers: dict[tuple[str, str], str] = {}   # (attribute, new number) -> stored number
    return all(_covered(n, s, numbers) for n, s in zip(new, stored, strict=True))


def _covered(new: str, stored: str, numbers: dict[tuple[str, str], str]) -> bool:
    """One side: *new* holds *stored*'s codes (its numbers renamed as on the other side,
    since ``x`` links a source code to its target code)."""
    if not new or not stored:
        return new == stored
    try:
        ours, theirs = list(parse_markup(new).iter()), list(parse_markup(stored).iter())
    except MarkupError:
        return False
    if len(ours) != len(theirs):
        return False
    return all(_same_code(a, b, numbers) for a, b in zip(ours, theirs, strict=True))


def _same_code(new: Element, stored: Element, numbers: dict[tuple[str, str], str]) -> bool:
    """*new* is *stored* with its attributes a subset, its numbers renamed one to one."""
    if (new.tag, new.text or "", new.tail or "") != (stored.tag, stored.text or "",
                                                      stored.tail or ""):
        return False
    for name, value in new.attrib.items():
        if name not in _NUMBERING:
            if stored.get(name) != value:
                return False
        elif name in stored.attrib and not _renamed(numbers, name, value, stored.attrib[name]):
            return False
    return True


def _renamed(numbers: dict[tuple[str, str], str], name: str, new: str, stored: str) -> bool:
    """Record that number *new* of attribute *name* is *stored*; False if that breaks a
    one-to-one renaming (two codes paired in one markup and not in the other)."""
    if (name, new) in numbers:
        return numbers[(name, new)] == stored
    if stored in (old for (attr, _), old in numbers.items() if attr == name):
        return False
    numbers[(name, new)] = stored
    return True


def remove_orphans(conn: Connection) -> None:
    """Delete markup rows whose unit is gone (``optimize()``; ids are never reused)."""
    conn.execute("DELETE FROM markup WHERE unit NOT IN (SELECT id FROM units)")

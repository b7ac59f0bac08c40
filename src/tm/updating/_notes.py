"""What a translator wrote on an entry that has no translation yet: carried, never dropped.

An untranslated entry can still hold words nobody can recreate from the
source: a translator comment (``# left untranslated on purpose``) and, in a
PO made by ``tm align``, the Chinese text no English sentence paired with
(``#. unaligned zh: 本报记者 王丽``, kept there "so that no text is lost").
When that entry's sentence is edited, the matcher offers it nothing (it has
no translation to suggest), and gettext drops a vanished untranslated entry.
Here such an entry's notes go to the new sentence that replaces it (the
closest new entry with no old entry of its own, at least *min_score* similar),
and when there is none the entry is kept obsolete with its notes as
translator comments, the one comment gettext keeps on an obsolete entry.
"""

from __future__ import annotations

from collections.abc import Sequence

import polib
from rapidfuzz import fuzz

from tm.formats import UNALIGNED_NOTE
from tm.updating._match import GLOBAL_BUDGET, Slot, word_codes

__all__ = ["carry_notes", "has_own_notes", "own_extracted", "with_notes_as_comments"]


def own_extracted(entry: polib.POEntry) -> list[str]:
    """The extracted-comment lines of *entry* that hold the translation's own text."""
    return [line for line in (entry.comment or "").split("\n") if line.startswith(UNALIGNED_NOTE)]


def has_own_notes(entry: polib.POEntry) -> bool:
    """Whether *entry* holds words a translator (or the translation) wrote besides its msgstr."""
    return bool(entry.tcomment) or bool(own_extracted(entry))


def carry_notes(slots: Sequence[Slot], texts: Sequence[str], old: Sequence[polib.POEntry],
                untranslated: Sequence[bool], min_score: float) -> dict[int, tuple[int, float]]:
    """Which unused untranslated old entry with notes each new sentence takes over.

    Returns ``{first new index: (old index, score)}``.  Only slots of kind
    ``new`` (no old entry serves them) take notes, each at most one entry's,
    best score first.  The comparisons are bounded by the matcher's budget:
    beyond it nothing is matched and every such entry is kept obsolete.
    """
    used = {o for slot in slots for o in slot.old}
    noted = [o for o in range(len(old)) if untranslated[o] and o not in used
             and not old[o].obsolete and has_own_notes(old[o])]
    fresh = [slot.new[0] for slot in slots if slot.kind == "new"]
    if not noted or not fresh or len(noted) * len(fresh) > GLOBAL_BUDGET:
        return {}
    codes = word_codes([texts[i] for i in fresh] + [old[o].msgid for o in noted])
    scored = sorted(((fuzz.ratio(codes[a], codes[len(fresh) + b]), i, o)
                     for b, o in enumerate(noted) for a, i in enumerate(fresh)),
                    key=lambda c: -c[0])
    taken: dict[int, tuple[int, float]] = {}
    placed: set[int] = set()
    for score, i, o in scored:
        if score >= min_score and i not in taken and o not in placed:
            taken[i] = (o, score)
            placed.add(o)
    return taken


def with_notes_as_comments(entry: polib.POEntry) -> polib.POEntry:
    """*entry* (modified) with its own extracted notes added to its translator comment.

    gettext writes no extracted comment on an obsolete entry; a translator
    comment survives there, so the Chinese text of ``unaligned zh:`` stays.
    """
    lines = [entry.tcomment] if entry.tcomment else []
    entry.tcomment = "\n".join(lines + own_extracted(entry))
    return entry

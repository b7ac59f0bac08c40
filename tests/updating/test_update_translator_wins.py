"""Trial R3-5: with ``--db``, the PO's own translation of an edited sentence wins over the memory.

The memory may still hold the version the translator corrected since (an
aligner's first draft): a 99 % memory match replaced the translator's edited
translation and comment, which went obsolete.  The PO's translation is the
translator's latest word: an edited, split or merged sentence keeps it, and the
memory's differing match is only named beside it; the memory fills only what
the PO has nothing for.
"""

from __future__ import annotations

from datetime import datetime, timezone

import polib

from rows import every_row
from tm.memory import TranslationMemory
from tm.model import Unit
from tm.updating import update

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)
OLD = "The museum welcomed 1,200 visitors on its first weekend, a record for the town."
#: What the memory still holds (the aligner's draft) and what the translator made of it.
DRAFT = "博物馆首个周末接待游客1200人次，创该镇纪录。"
EDITED = "博物馆开馆首个周末迎来1200名游客，人数创下该镇纪录。"
NOTE = "Checked 1,200 against the museum's press release (Li)"


def _po() -> polib.POFile:
    po = polib.POFile()
    po.metadata = {"Language": "zh_CN", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgid=OLD, msgstr=EDITED, tcomment=NOTE))
    po.append(polib.POEntry(msgid="The doors open at ten.", msgstr="十点开门。"))
    return po


@every_row(("new", "trusted", "offered"), [
    (OLD.replace("1,200", "1,300"), True, 1),    # a number edited: the memory adapts, 99 %
    (OLD.replace("1,200", "1,300"), False, 1),   # the same from an untrusted memory
    (OLD.replace("weekend", "weekend in May"), True, 0),  # words added: no better than the PO
])
def test_the_translators_edit_stays_on_the_entry(new: str, trusted: bool, offered: int) -> None:
    with TranslationMemory.open() as memory:
        memory.add([Unit(OLD, DRAFT)], trusted=trusted)
        result = update([new, "The doors open at ten."], _po(), memory=memory, now=NOW)
    entry = result.po[0]
    assert entry.msgid == new and "fuzzy" in entry.flags
    assert entry.msgstr in (EDITED, EDITED.replace("1200", "1300"))  # numbers may be adapted
    assert entry.tcomment == NOTE
    assert entry.previous_msgid == OLD
    assert [c.kind for c in result.changes][:2] == ["edited", "kept"]
    # The translator's own text, where adapted, is kept whole as obsolete too; never the draft.
    assert all(e.msgstr == EDITED for e in result.po if e.obsolete)
    lines = [line for line in entry.comment.split("\n") if "the memory also offers" in line]
    assert len(lines) == offered and all(DRAFT[:8] in line for line in lines), entry.comment


def test_a_trusted_exact_memory_match_does_not_replace_the_pos_translation() -> None:
    new = OLD.replace("1,200", "1,300")
    with TranslationMemory.open() as memory:
        memory.add([Unit(new, DRAFT.replace("1200", "1300"))])
        result = update([new], _po(), memory=memory, now=NOW)
    entry = result.po[0]
    assert (entry.msgstr, entry.tcomment) == (EDITED.replace("1200", "1300"), NOTE)
    assert "fuzzy" in entry.flags and "(100%, exact, trusted)" in entry.comment
    assert result.changes[0].kind == "edited"
    assert all(e.msgstr != DRAFT.replace("1200", "1300") for e in result.po)


def test_the_memory_still_fills_a_new_sentence_and_stays_silent_when_it_agrees() -> None:
    new = OLD.replace("1,200", "1,300")
    with TranslationMemory.open() as memory:
        memory.add([Unit(OLD, EDITED), Unit("The café opens at noon.", "咖啡馆中午开门。")])
        result = update([new, "The café opens at noon."], _po(), memory=memory, now=NOW)
    first, second = result.po[0], result.po[1]
    assert "the memory also offers" not in first.comment  # the same translation, adapted
    assert (second.msgstr, second.flags) == ("咖啡馆中午开门。", [])
    assert [c.kind for c in result.changes][:2] == ["edited", "memory-exact"]

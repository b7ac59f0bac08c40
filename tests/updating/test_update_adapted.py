"""tm update adapts the numbers and names of an edited sentence's suggestion (T56).

An edit that changes only a number ("forcing 600,000" → "forcing 650,000") kept the
old translation's 60万 in the fuzzy suggestion, while the same sentence suggested
from a memory (``--db``) had its numbers adapted: a one-digit diff in the English
and none in the Chinese, the edit a reviewer overlooks.  The PO's own suggestion
is adapted as a memory's is, and says so; one that cannot be adapted stays as it was.
"""

from __future__ import annotations

import polib

from rows import every_row
from tm.formats.po import new_po
from tm.updating import update


def _catalog(pairs: list[tuple[str, str]], language: str = "zh_CN") -> polib.POFile:
    po = new_po({"Language": language})
    po.extend(polib.POEntry(msgid=source, msgstr=target) for source, target in pairs)
    return po


@every_row(("old", "new", "adapted"), [
    (("The orchard sold 600,000 apples.", "果园卖出了60万个苹果。"),
     "The orchard sold 650,000 apples.", "果园卖出了65万个苹果。"),
    (("Frost hit 12 farms in 2023.", "2023年霜冻袭击了12个农场。"),
     "Frost hit 14 farms in 2024.", "2024年霜冻袭击了14个农场。"),
    (("About 1.2 million hives were lost.", "约120万个蜂箱损失。"),
     "About 1.3 million hives were lost.", "约130万个蜂箱损失。"),
])
def test_a_number_only_edit_gets_an_adapted_suggestion(
        old: tuple[str, str], new: str, adapted: str) -> None:
    result = update(f"{new}\n", _catalog([old]))
    entry = next(e for e in result.po if not e.obsolete and e.msgid == new)
    assert "fuzzy" in entry.flags and entry.previous_msgid == old[0]
    assert entry.msgstr == adapted
    assert "numbers/names adapted" in entry.comment


def test_a_suggestion_that_cannot_be_adapted_stays_as_it_was() -> None:
    # a word changed too: the old translation is the suggestion, unchanged and not called adapted
    old = ("The orchard sold 600,000 apples.", "果园卖出了60万个苹果。")
    result = update("The orchard sold 650,000 pears.\n", _catalog([old]))
    entry = next(e for e in result.po if not e.obsolete and e.msgstr)
    assert entry.msgstr == old[1] and "adapted" not in entry.comment

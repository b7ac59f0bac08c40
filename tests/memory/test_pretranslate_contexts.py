"""Trial R3-4: an exact match made for another msgctxt is a suggestion, never the translation.

gettext keys a message on msgctxt and msgid: a unit stored from ``msgctxt
"menu"`` (打开, the verb) filled ``msgctxt "status" msgid "Open"`` (未结) as
final, because with one candidate the context was not looked at.  Contexts
that tell nothing (tm's sentence ids, an XLIFF id that is the source, or the
source and a plural index) do not count; gettext's ``ctx<EOT>msgid`` key is
context ``ctx``.
"""

from __future__ import annotations

import polib

from rows import every_row
from tm.formats import set_entry_id
from tm.formats.po import format_po, new_po
from tm.memory import TranslationMemory
from tm.memory._pretranslate import pretranslate
from tm.model import Unit
from tm.segmentation import stable_ids
from tm.updating import update

HEADER = {"Language": "zh_CN", "Content-Type": "text/plain; charset=UTF-8"}


def _fill(stored: Unit, msgctxt: str | None, msgid: str) -> polib.POEntry:
    po = new_po(dict(HEADER))
    po.append(polib.POEntry(msgctxt=msgctxt, msgid=msgid))
    with TranslationMemory.open() as memory:
        memory.add([stored])
        return pretranslate(po, memory).po[0]  # type: ignore[no-any-return]


@every_row(("context", "msgctxt", "said"), [
    ("chart", "label", "for context 'chart', the entry's is 'label'"),
    ("chart", None, "for context 'chart', the entry's has none"),
    ("", "label", "for no context, the entry's is 'label'"),
    ("chart\\u0004Legend", "label", "for context 'chart', the entry's is 'label'"),
])
def test_an_exact_match_from_another_context_is_fuzzy_and_says_why(
        context: str, msgctxt: str | None, said: str) -> None:
    entry = _fill(Unit("Legend", "图例", context=context), msgctxt, "Legend")
    assert (entry.msgstr, entry.fuzzy) == ("图例", True)
    assert said in entry.comment, entry.comment
    if context:  # the unit's context shown as the previous one, with its msgid (gettext)
        assert '#| msgctxt "chart"\n#| msgid "Legend"\n' in format_po_entry(entry)


@every_row(("context", "msgctxt"), [
    ("chart", "chart"),                     # the same context
    ("chart\\u0004Legend", "chart"),        # gettext's msgctxt EOT msgid, as Weblate's ids
    ("Legend", None),                       # an XLIFF id that is the source itself
    ("Legend[0]", None),                    # po2xliff's id of a plural form
    (stable_ids(["Legend"])[0], None),      # tm's sentence id says nothing
])
def test_an_exact_match_whose_context_agrees_is_the_translation(context: str,
                                                                msgctxt: str | None) -> None:
    entry = _fill(Unit("Legend", "图例", context=context), msgctxt, "Legend")
    assert (entry.msgstr, entry.fuzzy, entry.previous_msgctxt) == ("图例", False, None)


def test_an_entry_with_a_sentence_id_takes_a_unit_with_another_sentence_id() -> None:
    po = new_po(dict(HEADER))
    entry = polib.POEntry(msgid="The river rose overnight.")
    set_entry_id(entry, stable_ids(["The river rose overnight."])[0])
    po.append(entry)
    with TranslationMemory.open() as memory:
        memory.add([Unit("The river rose overnight.", "河水一夜上涨。", context="s0badc0de")])
        filled = pretranslate(po, memory).po[0]
    assert (filled.msgstr, filled.fuzzy) == ("河水一夜上涨。", False)


def test_the_in_context_translation_still_wins_over_the_other() -> None:
    po = new_po(dict(HEADER))
    po.append(polib.POEntry(msgctxt="status", msgid="Pending"))
    with TranslationMemory.open() as memory:
        memory.add([Unit("Pending", "待处理", context="status"),
                    Unit("Pending", "挂起", context="process")])
        filled = pretranslate(po, memory).po[0]
    assert (filled.msgstr, filled.fuzzy) == ("待处理", False)


def test_update_fills_a_new_sentence_from_a_unit_with_a_program_context_as_fuzzy() -> None:
    with TranslationMemory.open() as memory:
        memory.add([Unit("Share the report.", "分享报告。", context="toolbar")])
        result = update(["Share the report."], new_po(dict(HEADER)), memory=memory)
    entry = result.po[0]
    assert (entry.msgstr, entry.fuzzy, result.changes[0].kind) == ("分享报告。", True, "memory")
    assert "for context 'toolbar', the entry's has none" in entry.comment


def format_po_entry(entry: polib.POEntry) -> str:
    po = new_po(dict(HEADER))
    po.append(entry)
    return format_po(po)


@every_row("context", ["1", "27", "14[1]"])
def test_a_context_that_is_only_a_position_tells_nothing(context: str) -> None:
    """Many tools number their TMX tuids and XLIFF trans-units 1, 2, 3 …: such a number
    is a position, not a context (review: every trusted exact match of such a TMX was
    filled fuzzy with '#| msgctxt "1"')."""
    entry = _fill(Unit("Save the file.", "保存文件。", context=context), None, "Save the file.")
    assert entry.msgstr == "保存文件。" and "fuzzy" not in entry.flags

"""A memory built with tm align serves its own text back (trial T55).

tm align stores a 2-1 bead (two English sentences, one Chinese sentence) as one
unit; a POT made by tm segment holds the two sentences as two entries.  Joined
as the aligner joins them they are exactly the stored unit: the first entry
gets its translation as fuzzy with the note tm align --one-sentence writes.
"""

from __future__ import annotations

import polib

from tm.formats import COVERS_NEXT
from tm.formats.po import new_po
from tm.memory import TranslationMemory
from tm.memory._pretranslate import pretranslate
from tm.model import Unit

BEAD = Unit("The bridge reopened on Monday. Traffic is still slow.",
            "大桥周一重新通车，但交通仍然缓慢。")
SINGLE = Unit("Repairs took three weeks.", "维修花了三周。")


def _pot(*msgids: str) -> polib.POFile:
    po = new_po({"Project-Id-Version": "news"})
    for msgid in msgids:
        po.append(polib.POEntry(msgid=msgid))
    return po


def test_sentences_of_a_stored_two_sentence_unit_get_its_translation() -> None:
    with TranslationMemory.open() as memory:
        memory.add([BEAD, SINGLE])
        result = pretranslate(_pot("Repairs took three weeks.", "The bridge reopened on Monday.",
                                   "Traffic is still  slow.", "Nothing else matches here."),
                              memory)
    single, first, second, other = result.po
    assert (single.msgstr, single.flags) == ("维修花了三周。", [])
    assert (first.msgstr, "fuzzy" in first.flags) == (BEAD.target, True)
    assert f"{COVERS_NEXT}1 sentence(s)" in first.comment
    assert first.previous_msgid == BEAD.source
    assert second.msgstr == "" and "translated with the sentence before" in second.comment
    assert other.msgstr == ""
    assert (result.exact, result.fuzzy, result.empty) == (1, 1, 2)


def test_three_sentences_and_chinese_sources_are_joined_too() -> None:
    with TranslationMemory.open() as memory:
        memory.add([Unit("风很大。雨也很大。路上没有人。",
                         "It was windy and wet, and the streets were empty.",
                         source_lang="zh-CN", target_lang="en")])
        result = pretranslate(_pot("风很大。", "雨也很大。", "路上没有人。"), memory,
                              source_lang="zh-CN", target_lang="en")
    assert [e.msgstr for e in result.po] == [
        "It was windy and wet, and the streets were empty.", "", ""]
    assert f"{COVERS_NEXT}2 sentence(s)" in result.po[0].comment


def test_an_entry_with_its_own_exact_match_is_not_joined() -> None:
    with TranslationMemory.open() as memory:
        memory.add([BEAD, Unit("The bridge reopened on Monday.", "大桥周一重新通车。")])
        result = pretranslate(_pot("The bridge reopened on Monday.", "Traffic is still slow."),
                              memory)
    assert [(e.msgstr, e.flags) for e in result.po] == [("大桥周一重新通车。", []), ("", [])]

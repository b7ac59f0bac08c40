"""Class of issue 10 (heldout17's "Choose a time slot" → 选择时段, a development set): the term
and the word beside it make a longer English compound, and the target holds the dictionary
word for that compound (会议室 "meeting room" for "the meeting room"): the translator
rendered the compound, whatever the concept's own definition shares with it (a virtual
room "where a meeting takes place" names meetings too).

A word that is not the compound keeps the finding, and so does a compound the sentence does
not make around the term.
"""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from tm import Glossary, Term

ROOM = Term("room", ("房间",), pos="noun", subject="Video calls", id="room",
            note="A virtual space where a meeting takes place online.")
GLOSSARY = Glossary.from_terms([ROOM])


def test_the_dictionary_word_of_the_compound_renders_the_compound() -> None:
    en, zh = "The meeting room on the third floor is booked.", "三楼的会议室已被预订。"
    assert term_checks_found(en, zh, GLOSSARY) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("Open the room for the meeting.", "为会议开启会议室。"),  # no "meeting room" in the source
    ("Rename the meeting room.", "重命名该会议厅。"),  # 会议厅 is no dictionary "meeting room"
])
def test_without_the_compound_the_finding_stays(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == ["term-missing"]

"""Class of issue 10 (heldout16's station waiting rooms, a development set): a glossary entry
of more than one word with a definition is that one concept too, and the dictionary may
give its English words for another thing, with a bracket saying which: 候诊室 "waiting
room (at clinic, hospital)" against the video call's waiting room 等候室, defined as a
virtual lobby.  When the sentence says nothing of the definition, a target word that
renders the term only for things its bracket lists and the concept's words do not is
another sense, even though it shares characters with the approved rendering (候, 室).

A sentence of the defined concept keeps the finding.
"""

from __future__ import annotations

from check_cases import term_checks_found

from tm import Glossary, Term

WAITING_ROOM = Term("waiting room", ("等候室",), pos="noun", subject="Video calls",
                    id="waiting-room",
                    note="A virtual lobby where participants wait until the organiser admits "
                         "them to the call.")
GLOSSARY = Glossary.from_terms([WAITING_ROOM])


def test_a_longer_term_rendered_for_a_thing_its_dictionary_bracket_names() -> None:
    en, zh = "Patients sat in the waiting room for an hour.", "病人在候诊室里坐了一个小时。"
    assert term_checks_found(en, zh, GLOSSARY) == []


def test_a_sentence_of_the_defined_concept_keeps_the_finding() -> None:
    en = "Participants wait in the waiting room until the organiser admits them."
    zh = "参会者在候诊室等待，直到组织者准许其进入。"
    assert term_checks_found(en, zh, GLOSSARY) == ["term-missing"]


"""Issue 10: in a sentence that says nothing of the concept's field, a character the target
shares with an approved rendering is a near-synonym's only when it may be one: a lone
shared character inside a word the dictionary gives only as a verb, of another thing (队 of
排队 "to line up" against the logistics *fleet* 车队) belongs to that verb; two shared
characters (出勤 of 出勤率) are the concept's stem, and a verb whose glosses meet the
concept's (持股 "to hold shares" beside 股份 "a share") may name it: both keep the
finding."""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from tm import Glossary, Term


def _glossary(word: str, zh: str, field: str) -> Glossary:
    return Glossary.from_terms([Term(word, (zh,), pos="noun", subject=field, id=word)])


def test_a_character_of_a_verb_is_no_near_synonym() -> None:
    assert term_checks_found(
        "The fleet of fishing boats waited at the harbour mouth all morning.",
        "渔船整个上午都在港口排队等候。", _glossary("fleet", "车队", "Logistics")) == []


@pytest.mark.parametrize(("word", "zh", "field", "en", "target"), [
    ("attendance", "出勤率", "Human resources",
     "Attendance at the village fair was lower than in previous years.",
     "村里集市的出勤人数比往年少。"),
])
def test_a_near_synonym_sharing_characters_stays_reported(word: str, zh: str, field: str,
                                                          en: str, target: str) -> None:
    assert term_checks_found(en, target, _glossary(word, zh, field)) == ["term-missing"]

"""Issue 10: a definition may say what the concept is not ("Not a phone or watch battery.");
the term beside a word of that clause is the excluded thing, not the concept."""

from __future__ import annotations

from check_cases import term_checks_found

from tm import Glossary, Term
from tm.checks._senses import note_exclusions
from tm.glossary import english_keys

BATTERY = Term("battery", ("动力电池",), pos="noun", subject="Electric vehicles", id="b",
               note="The traction battery of an electric vehicle. Not a phone or watch battery.")


def test_the_words_a_note_excludes() -> None:
    assert note_exclusions(BATTERY) == english_keys("phone watch")
    assert note_exclusions(Term("battery", ("电池",), note="The pack of a car.")) == frozenset()


def test_the_excluded_thing_is_no_term_missing() -> None:
    glossary = Glossary.from_terms([BATTERY])
    assert term_checks_found("My watch battery died this morning.", "今天早上我的手表电池没电了。",
                             glossary) == []


def test_the_concept_is_still_checked() -> None:
    glossary = Glossary.from_terms([BATTERY])
    assert term_checks_found("The battery of the car is dead.", "汽车的电池没电了。",
                             glossary) == ["term-missing"]

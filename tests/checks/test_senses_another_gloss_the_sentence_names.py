"""Class of issue 10 (heldout23's legislative bill, a development set): the target's word
gives the term as one of its plain senses and has another gloss (法案 "bill, proposed law"),
the approved rendering's dictionary entry says nothing but the term (账单 "bill"), and the
sentence names that other gloss ("law"), while none of it is the defined concept's.
A longer word that merely begins with the gloss ("lawyers", but also "lawn") does not
name it: string prefixes named "air" in airtight and AirPlay (review V-14).  The
sentence speaks of the word's other sense.

"Parliament passed the bill." → 该法案 names nothing of the gloss, and stays term-missing
(:mod:`test_senses_a_definition_tells`): the dictionary alone does not tell.
"""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from tm import Glossary, Term

BILL = Term("bill", ("账单",), pos="noun", subject="Telecoms", id="bill",
            note="A monthly statement of charges for calls and data.")
GLOSSARY = Glossary.from_terms([BILL])


@pytest.mark.parametrize(("en", "zh"), [
    ("The bill would change the law on rent increases.", "该法案将修改有关租金上涨的法律。"),
])
def test_a_sentence_naming_the_word_s_other_gloss_is_that_sense(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("Your bill is ready.", "您的法案已生成。"),
    ("The senate rejected the bill.", "参议院否决了该法案。"),
])
def test_a_sentence_naming_nothing_of_it_keeps_the_finding(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == ["term-missing"]

"""Class of issue 10 (heldout24's "Passwords do not match.", a development set): a noun entry
used as a verb after a modal or *do* and its negation ("do not match", "will not host",
"does not balance") is the verb, as it is after a modal and an adverb ("can now berth").
A noun after the same words keeps the finding ("do not miss the match").
"""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from tm import Glossary, Term

GLOSSARY = Glossary.from_terms([
    Term("match", ("比赛",), pos="noun", subject="Football", id="match"),
    Term("balance", ("余额",), pos="noun", subject="Banking", id="balance"),
])


@pytest.mark.parametrize(("en", "zh"), [
    ("The two colours do not match.", "这两种颜色不搭配。"),
    ("The ledger does not balance this month.", "本月账目不平。"),
])
def test_a_noun_term_after_a_negated_modal_is_the_verb(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == []


def test_a_noun_after_the_negation_keeps_the_finding() -> None:
    en, zh = "Do not miss the match tonight.", "今晚不要错过这场较量。"
    assert term_checks_found(en, zh, GLOSSARY) == ["term-missing"]

"""Class of issue 10 (heldout16's platform, heldout22's room; development sets): a glossary
concept that the dictionary gives only qualified (乘务 "service (on a train, a plane etc)",
defined as the cabin crew's care of passengers) and a target word that is the term's plain,
general word (服务 "to serve, service").  When the sentence says nothing of the definition,
the general word renders the word's general sense, even though it ends in the concept's
head character (务): the head says both are services, not that a bank's is the cabin's.

Where the sentence speaks of the defined concept the general word is a near-synonym and
stays term-missing, and without a definition the head still keeps it a synonym.
"""

from __future__ import annotations

from check_cases import term_checks_found

from tm import Glossary, Term

SERVICE = Term("service", ("乘务",), pos="noun", subject="Airlines", id="service",
               note="Care of passengers on board a flight by the cabin crew.")
GLOSSARY = Glossary.from_terms([SERVICE])


def test_the_general_word_of_a_narrow_concept_is_the_general_sense() -> None:
    en, zh = "The bank's online service is free of fees.", "该银行的在线服务不收取费用。"
    assert term_checks_found(en, zh, GLOSSARY) == []


def test_a_sentence_of_the_concept_keeps_the_near_synonym_an_error() -> None:
    en, zh = "Service on the flight was slow.", "航班上的服务很慢。"
    assert term_checks_found(en, zh, GLOSSARY) == ["term-missing"]


def test_without_a_definition_the_head_keeps_it_a_synonym() -> None:
    bare = Glossary.from_terms([Term("service", ("乘务",), pos="noun", subject="Airlines")])
    en, zh = "The bank's online service is free of fees.", "该银行的在线服务不收取费用。"
    assert term_checks_found(en, zh, bare) == ["term-missing"]

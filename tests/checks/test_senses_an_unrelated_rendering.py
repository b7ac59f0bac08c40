"""Class of issue 10 (blind clean catalogs: "the city council passed a bill" → 法案 against a
utility's *bill* 账单; "the pace of growth" → 步伐 against running's 配速): an ambiguous
English word, in a sentence, rendered by a dictionary word that shares neither a character
nor a gloss with the approved renderings is the word's other sense, not a wrong synonym.

The decision was chosen on a table of every term candidate of the development catalogs
(docs/checks.md, "An unrelated rendering of an ambiguous word"); these cases are new words.
What keeps the finding: a near-synonym sharing a character, a word the dictionary gives few
senses (*crane*: 起重机 and 吊车 are two words for one machine), and a short message.
"""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from tm import Glossary, Term

#: A container terminal's glossary: *seal* is the numbered strip that closes a container.
SEAL = Term("seal", ("封条",), pos="noun", subject="Container shipping", id="seal")
CRANE = Term("crane", ("起重机",), pos="noun", subject="Container shipping", id="crane")
GLOSSARY = Glossary.from_terms([SEAL, CRANE])


@pytest.mark.parametrize(("en", "zh"), [
    # 印章 "seal, signet, chop, stamp": an official's seal
    ("The notary pressed her seal onto both copies of the agreement.",
     "公证员在协议的两份副本上都盖了她的印章。"),
    # 海豹 "seal (zoology)": the animal
    ("Tourists watched a seal sunning itself on the rocks near the pier.",
     "游客们看到一只海豹在码头附近的岩石上晒太阳。"),
])
def test_an_ambiguous_word_rendered_in_an_unrelated_sense_is_another_sense(en: str,
                                                                           zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == []


@pytest.mark.parametrize(("en", "zh"), [
    # a near-synonym sharing a character with 封条: the concept, named another way
    ("Check that the seal on each container is intact before loading.",
     "装货前请检查每个集装箱的封签是否完好。"),
    # crane has few dictionary words (6): 吊车 is a synonym of 起重机, not another sense
    ("The terminal added four new cranes to handle larger ships this year.",
     "今年码头新增四台吊车，以装卸更大的船舶。"),
    # a short message has too few words to mean another sense
    ("Company seal required", "须加盖公司印章"),
])
def test_a_synonym_an_unambiguous_word_or_a_short_message_keeps_the_finding(en: str,
                                                                            zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == ["term-missing"]

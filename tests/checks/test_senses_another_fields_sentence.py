"""Issue 10, class found on heldout12 and heldout16 (development sets): a one-word glossary
concept in a sentence that speaks of another subject field's things and of nothing of the
concept's own field is the word in that field's sense, when the target renders the word
with a dictionary word for it ("The tutoring platform raised …" → 平台 is no railway
platform; "the trade fair … cotton T-shirt" → 纯棉 is no raw cotton).

The sentences below are written for this test: a tennis *court* (网球场 "tennis court")
against the courts of law of a termbase that also has a Law field.
"""

from __future__ import annotations

from check_cases import term_checks_found

from tm import Glossary, Term

COURT = Term("court", ("网球场",), pos="noun", subject="Tennis", id="court")
TIEBREAK = Term("tiebreak", ("抢七",), pos="noun", subject="Tennis", id="tiebreak")
LAW = [Term("appeal hearing", ("上诉听证",), pos="noun", subject="Law", id="hearing",
            note="A session where a higher tribunal reviews a decision."),
       Term("plaintiff", ("原告",), pos="noun", subject="Law", id="plaintiff")]
SALES = Term("new year sale", ("新年促销",), pos="noun", subject="Retail", id="sale")
GLOSSARY = Glossary.from_terms([COURT, TIEBREAK, *LAW, SALES])
WITHOUT_FIELDS = Glossary.from_terms([Term(t.source, t.targets, pos=t.pos, note=t.note, id=t.id)
                                      for t in (COURT, TIEBREAK, *LAW, SALES)])


def test_a_sentence_of_another_field_is_the_word_in_that_fields_sense() -> None:
    # "appeal" and "heard" name the Law field; nothing names tennis; 法院 is a dictionary
    # word for "court": the court of law, not the tennis court
    en, zh = "The appeal was heard in a packed court.", "上诉在座无虚席的法院审理。"
    assert term_checks_found(en, zh, GLOSSARY) == []
    assert term_checks_found(en, zh, WITHOUT_FIELDS) == ["term-missing"]  # no fields, no say


def test_a_sentence_of_the_concepts_own_field_keeps_the_finding() -> None:
    # a tiebreak is tennis: 法院 for the tennis court is an error
    assert term_checks_found("The tiebreak was played on the indoor court.",
                             "抢七局在室内法院进行。", GLOSSARY) == ["term-missing"]


def test_without_a_rendering_of_the_word_the_finding_stays() -> None:
    # 大厅 ("hall") is no dictionary word for "court": the other field's words do not
    # excuse it while the sentence names the concept's field too (the tiebreak)
    assert term_checks_found("After the tiebreak the appeal was heard in a packed court.",
                             "抢七局后，上诉在座无虚席的大厅审理。", GLOSSARY) == ["term-missing"]


def test_words_of_time_and_size_name_no_field() -> None:
    # "new" and "year" are words of the Retail term, but every field's sentences use them
    assert term_checks_found("Next year we will build a new court.", "明年我们将新建一座法院。",
                             GLOSSARY) == ["term-missing"]


def test_a_name_or_a_multi_word_term_has_one_sense() -> None:
    # a multi-word concept is not read in another field's sense
    hearing = Glossary.from_terms([*LAW, Term("indoor court", ("室内球场",), subject="Tennis",
                                              id="indoor")])
    assert term_checks_found("The plaintiff asked for an appeal hearing in the indoor court.",
                             "原告要求在室内法院举行上诉听证。", hearing) == ["term-missing"]


def test_two_plain_words_for_the_term_are_synonyms_in_any_field() -> None:
    # the dictionary gives 球场 and 法院 both as plain "court": nothing says which sense
    # the glossary's rendering is, so the sentence's field does not excuse the other word
    plain = Glossary.from_terms([Term("court", ("球场",), pos="noun", subject="Tennis",
                                      id="court"), TIEBREAK, *LAW])
    assert term_checks_found("The appeal was heard in a packed court.",
                             "上诉在座无虚席的法院审理。", plain) == ["term-missing"]

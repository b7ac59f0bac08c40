"""Issue 10, class found on heldout14-17 (development sets: "Officials said they stand by the
decision" → 坚持 against the forestry *stand* 林分, "Press and hold a word" → 长按 against
the library *hold* 预约, "reasonable terms" → 条款 against the academic *term* 学期, "Submit
a ticket" → 工单 against the train *ticket* 车票): before calling a missing approved term an
error, a reviewer needs something that says the word is the concept.  In a sentence whose
target holds neither a dictionary word for the term nor a character of an approved
rendering, a one-word common noun is term-missing only when the sentence or its msgctxt
names the concept's subject field (a word of that field's terms or definitions); a short
message (six words at most) is checked as before.

The sentences are written for this test: a tennis *court* 网球场.
"""

from __future__ import annotations

from check_cases import term_checks_found

from tm import Glossary, Term

TENNIS = Glossary.from_terms([
    Term("court", ("网球场",), pos="noun", subject="Tennis", id="court",
         note="The surface on which a tennis match is played."),
    Term("tiebreak", ("抢七",), pos="noun", subject="Tennis", id="tiebreak")])


def test_a_sentence_that_names_nothing_of_the_concept_is_no_finding() -> None:
    assert term_checks_found("The case went to court in March.",
                             "此案于三月进入诉讼程序。", TENNIS) == []


def test_a_sentence_that_names_the_concepts_field_keeps_the_finding() -> None:
    # "tiebreak" is a Tennis term, "match" a word of the court's definition
    assert term_checks_found("After the tiebreak the court was closed.",
                             "抢七局后，该场馆被关闭。", TENNIS) == ["term-missing"]
    assert term_checks_found("The match moved to another court.",
                             "比赛移到了另一处位置。", TENNIS) == ["term-missing"]


def test_a_short_message_is_still_checked() -> None:
    assert term_checks_found("Book a court", "预订位置", TENNIS) == ["term-missing"]
    assert term_checks_found("Your court is ready.", "您的位置已准备好。", TENNIS) == [
        "term-missing"]


def test_a_character_of_the_approved_rendering_keeps_the_finding() -> None:
    # 球场 shares two characters with 网球场: a near-synonym, reported wherever it stands
    assert term_checks_found("The case went to court in March.",
                             "此案于三月进入球场程序。", TENNIS) == ["term-missing"]

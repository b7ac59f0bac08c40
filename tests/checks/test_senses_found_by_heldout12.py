"""Sense classes found by heldout12's first run (issue 10; a development set since).

* **the term's own word family is no gloss two words share**: 和解 "to settle (a dispute)"
  and 结算 "to settle a bill" share only *settle*, the verb of *settlement*; 应用 "to apply,
  application" and 申请 "to apply for, application form" only *apply* / *application*;
* **a msgctxt that names another word class**: msgctxt "verb, reading button" *Resume*
  → 继续 is not the noun *resume* (a CV); nor is the pair segment-inconsistent;
* **number words say nothing of the topic**: "1.2 billion yuan" (stemmed *bill*) does not
  make a sentence speak of a *bill*.
"""

from __future__ import annotations

from pathlib import Path

from check_cases import po_with_contexts, term_checks_found

from tm import Glossary, Term, check_files

SETTLEMENT = Term("settlement", ("结算",), pos="noun", subject="Finance", id="settlement",
                  note="Completion of a payment by the transfer of funds between the parties.")
APPLY = Term("apply", ("申请",), pos="verb", subject="Recruitment", id="apply",
             note="To submit a job application.")
RESUME = Term("resume", ("简历",), pos="noun", subject="Recruitment", id="resume",
              note="Document summarising a candidate's education and experience.")
GLOSSARY = Glossary.from_terms([SETTLEMENT, APPLY, RESUME])


def test_the_terms_own_word_family_is_no_gloss_two_words_share() -> None:
    assert term_checks_found("The firms reached a settlement over the patent.",
                             "两家公司就专利达成和解。", GLOSSARY) == []
    assert term_checks_found("Apply the new theme", "应用新主题", GLOSSARY) == []


def test_number_words_say_nothing_of_the_topic() -> None:
    en = "Other costs include a settlement of 1.2 billion yuan in a patent case."
    assert term_checks_found(en, "其他费用包括一起专利案的12亿元和解金。", GLOSSARY) == []


def test_a_sentence_of_the_concept_keeps_the_finding() -> None:
    en = "Settlement of the payment takes two days."  # "payment" is the definition's
    assert term_checks_found(en, "这笔付款的和解需要两天。", GLOSSARY) == ["term-missing"]


def test_a_msgctxt_that_names_another_word_class_is_another_sense(tmp_path: Path) -> None:
    path = po_with_contexts(tmp_path, [("verb, reading button", "Resume", "继续"),
                          ("noun, profile tab", "Resume", "简历")])
    assert [f.check for f in check_files([path], GLOSSARY)] == []


def test_a_msgctxt_of_the_entrys_word_class_keeps_the_finding(tmp_path: Path) -> None:
    path = po_with_contexts(tmp_path, [("noun, job card", "Resume", "履历"),
                          ("noun, profile tab", "Resume", "简历")])
    assert "term-missing" in {f.check for f in check_files([path], GLOSSARY)}

"""Issue 10, trial finding T30: a noun entry's word used as the verb of an interface string
("Filter by date" → 按日期筛选 against the photo filter 滤镜) was term-missing.  Where a
string puts its verb — opening it before a preposition, a determiner or a plural object
and a preposition, or after its first word and *and* — and the target renders the word
with one the dictionary gives only as a verb, the string says the verb.  The strings are
written for this test: the art *print* 版画 against 打印 "to print out (with a printer)".
"""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, Term

PRINT = Glossary.from_terms([Term("print", ("版画",), pos="noun", subject="Art", id="print")])


@every_row(("en", "zh"), [
    ("Print to PDF", "打印为PDF"),
    ("Print photos by size", "按尺寸打印照片"),
    ("Copy and print", "复制和打印"),
])
def test_the_verb_of_an_interface_string_rendered_as_a_verb_is_no_term_missing(
        en: str, zh: str) -> None:
    assert term_checks_found(en, zh, PRINT) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("Print size", "打印尺寸"),   # a label: the noun modifies "size"
    ("Prints", "打印"),           # a plural is a noun
])
def test_the_noun_keeps_the_finding(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, PRINT) == ["term-missing"]


def test_a_noun_entry_without_part_of_speech_reads_the_same() -> None:
    untyped = Glossary.from_terms([Term("print", ("版画",), subject="Art", id="print")])
    assert term_checks_found("Print to PDF", "打印为PDF", untyped) == []

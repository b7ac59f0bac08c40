"""Class of issue 10 (cleantrial3's "Net profit was down a quarter" → 下降四分之一; development
data): a glossary word that the numbers reader takes for part of a fraction ("a quarter",
"by half") is a number there, compared by the numbers check, not the glossary's concept
(*quarter* → 季度, the football *half* → 半场).  "In the quarter" reads no number, and
the quarter stays the term.
"""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, Term

GLOSSARY = Glossary.from_terms([
    Term("quarter", ("季度",), pos="noun", subject="Finance", id="quarter"),
    Term("half", ("半场",), pos="noun", subject="Football", id="half"),
])


@pytest.mark.parametrize(("en", "zh"), [
    ("Exports fell by a quarter from a year earlier.", "出口较上年同期下降四分之一。"),
    ("Exports fell by half.", "出口下降了一半。"),
])
def test_a_term_read_as_a_fraction_is_the_number(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == []


def test_a_quarter_the_reader_does_not_count_is_the_term() -> None:
    en, zh = "Exports fell in the quarter.", "出口在本期下降。"
    assert term_checks_found(en, zh, GLOSSARY) == ["term-missing"]


@every_row(("en", "zh"), [
    ("We report results once a quarter.", "我们每月报告一次业绩。"),
    ("Dividends are paid twice a quarter.", "股息每年支付两次。"),
    ("Exports fell by a quarter.", "出口下降了三分之一。"),
])
def test_a_fraction_the_target_does_not_say_leaves_the_term(en: str, zh: str) -> None:
    """Review V-15: the reader takes the period of "once a quarter" for a share too, and
    the numbers check forgives a spelled fraction: the term is excused only where the
    target says the same share."""
    assert term_checks_found(en, zh, GLOSSARY) == ["term-missing"]

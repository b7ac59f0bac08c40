"""Class of issue 10 (cleantrial3's "scored 47 goals" → 打入47球; development data): Chinese
counts a thing after a figure with the head character of its name, as a measure word:
"120 orders" → 120单 (单 of 订单), "47 goals" → 47球 (球 of 进球).  After a count in the
source, a two-character approved rendering's head right after a figure in the target
renders the concept.

Another character after the figure keeps the finding, and so does a Latin rendering (the
g of *mg* after "100" is the gram, not the milligram).
"""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from tm import Glossary, Term

GLOSSARY = Glossary.from_terms([
    Term("order", ("订单",), pos="noun", subject="Shopping", id="order"),
    Term("mg", ("毫克", "mg"), pos="noun", subject="Units", id="mg"),
])


def test_a_count_by_the_head_character_renders_the_concept() -> None:
    en, zh = "We shipped 120 orders today.", "今天我们发出了120单。"
    assert term_checks_found(en, zh, GLOSSARY) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("We shipped 120 orders today.", "今天我们发出了120件。"),
    ("Each tablet contains 100 mg of iron.", "每片含铁100 g。"),
])
def test_another_unit_after_the_figure_keeps_the_finding(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == ["term-missing"]

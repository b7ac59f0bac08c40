"""Class of issue 10 (heldout17's air routes, a development set): the target's word names a
qualified kind of the term ("air ticket", "air or shipping route"), and the sentence names
that qualifier inside a longer word built on it (an *air*line, an *air*port, a *ship*yard).
The translator rendered that kind of the word, not the glossary's concept, even though the
two renderings share a character (票 of 机票 and 门票).

The qualifier must begin the sentence's word: *app*, the stem of "apply", names no
*app*aratus.
"""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from tm import Glossary, Term

TICKET = Term("ticket", ("门票",), pos="noun", subject="Live events", id="ticket",
              note="A pass that admits the holder to a concert or a show.")
GLOSSARY = Glossary.from_terms([TICKET])


@pytest.mark.parametrize(("en", "zh"), [
    ("The airline sold fewer tickets this spring.", "今年春季该航空公司售出的机票减少。"),
    ("Tickets at the airport desk cost more.", "机场柜台出售的机票更贵。"),
])
def test_a_qualifier_the_sentence_builds_a_word_on_names_the_rendering_s_sense(
        en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("Tickets are sold out.", "机票已售罄。"),  # nothing names air travel: a wrong kind
    ("Apply a discount to tickets.", "对机票应用折扣。"),  # "apply" names no air
])
def test_without_the_qualifier_in_the_sentence_the_kind_is_still_term_missing(
        en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == ["term-missing"]

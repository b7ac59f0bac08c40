"""A class found by heldout12's first run (issue 10; a development set since): a glossary
entry that names the *number of* a unit (步数 "step count") is the label, and a count of
that unit after a figure or a count placeholder writes the unit itself: "Walk 10,000
steps a day" → 每天走一万步, "%d steps" → "%d 步".  Without the figure the label is
still expected."""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, Term

STEPS = Glossary.from_terms([Term("steps", ("步数",), pos="noun", subject="Fitness",
                                  id="steps", note="The number of steps counted by the tracker.")])


@every_row(("en", "zh"), [
    ("Walk 10,000 steps a day", "每天走一万步"),
    ("%d steps", "%d 步"),
    ("You walked {count} steps today.", "您今天走了 {count} 步。"),
])
def test_a_count_of_the_unit_after_a_figure_writes_the_unit(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, STEPS) == []


@pytest.mark.parametrize(("en", "zh"), [
    # no figure: 步数 expected (步行 "to walk" is no word for *steps*; with 脚步 "footstep"
    # the target would render the word's general sense, see test_senses_a_special_concept)
    ("Your steps are synced.", "您的步行已同步。"),
    ("Walk 10,000 steps a day", "每天走一万米"),  # the figure counts another word
])
def test_without_a_count_of_the_unit_the_label_is_expected(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, STEPS) == ["term-missing"]

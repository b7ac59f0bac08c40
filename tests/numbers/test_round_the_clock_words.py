"""Issue 10, class found on heldout16 (development set; heldout10 and heldout11 hold the same
words translated 全天候): "around the clock", "round the clock" and "round-the-clock" say
24 hours, as 24/7 does.  Read as a spelled 24, they match 24小时 and are not reported when
the Chinese says 全天候 ("always") with no figure, while another figure is a mismatch.

The sentences are written for this test.
"""

from __future__ import annotations

from rows import every_row
from tm.checks import check
from tm.model import Unit
from tm.numbers import extract_numbers


@every_row("text", ["The pharmacy is open around the clock.",
                                  "Nurses provide round-the-clock care.",
                                  "Crews worked round the clock to restore power."])
def test_round_the_clock_is_twenty_four_hours(text: str) -> None:
    assert [(str(n.value), n.spelled) for n in extract_numbers(text, "en")] == [("24", True)]


def _numbers_check(en: str, zh: str) -> list[str]:
    return [f.check for f in check([Unit(en, zh)], select=["numbers"])]


def test_twenty_four_hours_in_the_target_is_no_mismatch() -> None:
    assert _numbers_check("The pharmacy is open around the clock.", "这家药店24小时营业。") == []


def test_always_in_the_target_is_no_mismatch() -> None:
    assert _numbers_check("The pharmacy is open around the clock.", "这家药店全天候营业。") == []


def test_another_figure_in_the_target_is_a_mismatch() -> None:
    assert _numbers_check("The pharmacy is open around the clock.", "这家药店12小时营业。") == [
        "numbers"]


def test_a_clock_that_is_not_round_says_nothing() -> None:
    assert extract_numbers("The clock on the tower was repaired.", "en") == []

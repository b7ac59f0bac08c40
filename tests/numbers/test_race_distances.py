"""Issue 10 (precision; CLEANTRIAL4 d3): a race named by its distance in K is kilometres.

"the 5K charity run" → 5公里慈善跑 was reported (5公里 extra): a figure glued to K before a
race word (run, race, walk, course …) is that many kilometres, not 5,000 nor a name like
4K video.  Another distance is still reported.
"""

from __future__ import annotations

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@every_row(("en", "read"), [
    ("Sign up for the 5K fun run.", [("5K", "5", "km")]),
    ("She set a record in the 10k road race.", [("10k", "10", "km")]),
    ("Stream it in 4K.", []),                        # a name: no race after it
    ("Watch the 4K race replay.", []),               # the resolution (review W-12)
    ("The deal was worth $50K.", [("50K", "50000", "$")]),
])
def test_a_figure_in_k_before_a_race_is_kilometres(en: str, read: list[tuple[str, str, str]]
                                                    ) -> None:
    assert [(n.text, str(n.value), n.unit) for n in extract_numbers(en)] == read


def test_the_translation_in_kilometres_is_quiet() -> None:
    assert same_numbers("Sign up for the 5K fun run.", "en", "报名参加5公里欢乐跑。",
                        "zh") == ([], [])


def test_another_distance_is_reported() -> None:
    missing, extra = same_numbers("She set a record in the 10k road race.", "en",
                                  "她在5公里公路赛中创造了纪录。", "zh")
    assert [(n.text, n.unit) for n in missing] == [("10k", "km")]
    assert [(n.text, n.unit) for n in extra] == [("5公里", "km")]

"""Issue 10: a one-character approved rendering (队 for *team*, 课 for *lesson*) renders the
term only outside a longer dictionary word given only as a verb: 队 of 排队 "to line up" is
no team, so "Join a team" → 去排队 is term-missing; 队伍 "ranks" and 厂房 "factory (building)"
(a kind of the thing) keep their character a rendering.  A measure after a figure (元, 吨,
亩) is left alone: its neighbours may make a word by chance (田亩 "fields" in 试验田亩产)."""

from __future__ import annotations

from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, Term

TEAM = Glossary.from_terms([Term("team", ("队",), pos="noun", subject="Sport", id="t")])
PLANT = Glossary.from_terms([Term("plant", ("厂",), pos="noun", subject="Industry", id="p")])
MU = Glossary.from_terms([Term("mu", ("亩",), pos="noun", subject="Agriculture", id="m")])


@every_row(("en", "target", "found"), [
    ("Join a team", "去排队", ["term-missing"]),
    ("Join a team", "加入队伍", []),
    ("Join a team", "入队", []),
])
def test_a_one_character_rendering_inside_another_word(en: str, target: str,
                                                       found: list[str]) -> None:
    assert term_checks_found(en, target, TEAM) == found


def test_a_kind_of_the_thing_keeps_its_character() -> None:
    assert term_checks_found("Property, plant and equipment", "物业、厂房及设备", PLANT) == []


def test_a_measure_keeps_its_character() -> None:
    assert term_checks_found("Yields reached 500 kilograms per mu.", "试验田亩产达到500公斤。",
                             MU) == []

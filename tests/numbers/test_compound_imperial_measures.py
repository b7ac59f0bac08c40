"""A height in feet and inches, a weight in pounds and ounces, is one value (issue 10, numbers3).

"5 ft 9 in" was read as 5 feet and a bare 9, so a translation that converts it (175厘米)
was reported.  Each side now reads such a pair, larger unit first ("6 feet 3 inches",
"6-foot-1", 5'4", 8 lb 2 oz, 6英尺3英寸), as one value in the smaller unit, which meets the
converted figure and nothing else.  The sentences are written for this test.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("text", "lang", "inches"), [
    ("The keeper is 6 feet 3 inches tall.", "en", "75"),
    ("a 6-foot-1 guard", "en", "73"),
    ("She is 5'4\" in heels.", "en", "64"),
    ("Height: 5 ft. 11 in.", "en", "71"),
    ("这名守门员身高6英尺3英寸。", "zh", "75"),
])
def test_feet_and_inches_are_one_height(text: str, lang: str, inches: str) -> None:
    assert [(str(n.value), n.unit) for n in extract_numbers(text, lang)] == [(inches, "inch")]


@every_row(("en", "zh"), [
    ("The keeper is 6 feet 3 inches tall.", "这名守门员身高1.91米。"),
    ("The keeper is 6 feet 3 inches tall.", "这名守门员身高6英尺3英寸。"),
    ("She is 5'4\" in heels.", "她穿高跟鞋身高163厘米。"),
    ("The newborn weighed 8 lb 2 oz.", "新生儿体重3.7公斤。"),
    ("The newborn weighed 8 pounds, 2 ounces.", "新生儿体重8磅2盎司。"),
    # primes also write minutes and seconds: a pace keeps that reading
    ("Hold a pace of 4'08\" per kilometre.", "保持每公里4分08秒的配速。"),
    ("Hold a pace of 4'50\" per kilometre.", "保持每公里4分50秒的配速。"),
])
def test_the_converted_measure_is_quiet(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@every_row(("en", "zh"), [
    ("The keeper is 6 feet 3 inches tall.", "这名守门员身高1.75米。"),
    ("She is 5'4\" in heels.", "她穿高跟鞋身高175厘米。"),
    ("The newborn weighed 8 lb 2 oz.", "新生儿体重2.7公斤。"),
])
def test_another_measure_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)


def test_an_angle_is_no_height() -> None:
    assert [n.unit for n in extract_numbers("The summit lies at 27°59'07\" N.")] != ["inch"]


def test_in_after_another_figure_is_no_inch() -> None:
    assert [n.unit for n in extract_numbers("Lift 20 lb 3 times in a row.")] == ["lb", ""]

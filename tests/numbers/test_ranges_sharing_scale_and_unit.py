"""A range states a scale or unit once, on either end (issue 10; cleantrial3).

"A$380–420 million" is 380 million to 420 million Australian dollars: the first end had a
currency sign of its own, so it did not take the second's scale and was read as 380
dollars against 3.8亿.  In Chinese, 24万至26万盎司 writes the unit once: the first end has a
scale of its own, so it did not take the ounces.
"""

from __future__ import annotations

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@every_row(("text", "lang", "first"), [
    ("a budget of $3-4 billion", "en", ("3000000000", "$")),
    ("guidance of A$150–170 million", "en", ("150000000", "AUD")),
    ("US$2.5 to 3 billion", "en", ("2500000000", "USD")),
    ("销量为12万至15万吨", "zh", ("120000", "t")),
    ("投资1.5亿至2亿港元", "zh", ("150000000", "HKD")),
])
def test_the_first_end_takes_what_the_second_states(text: str, lang: str,
                                                     first: tuple[str, str]) -> None:
    n = extract_numbers(text, lang)[0]
    assert (str(n.value), n.unit) == first


@every_row(("text", "lang"), [
    ("from $800 to 1.2 million", "en"), ("$5 to $10", "en"), ("3万至40亿元", "zh"),
])
def test_an_end_not_of_the_same_size_keeps_its_own(text: str, lang: str) -> None:
    first = extract_numbers(text, lang)[0]
    assert first.value in (800, 5, 30000)


def test_a_range_stated_once_meets_one_stated_twice() -> None:
    assert same_numbers("Capex guidance is A$150–170 million.", "en",
                        "资本支出指引为1.5亿至1.7亿澳元。", "zh") == ([], [])
    assert same_numbers("Output should be 120–150 koz.", "en",
                        "产量预计为12万至15万盎司。", "zh") == ([], [])

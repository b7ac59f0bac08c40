"""Colloquial Chinese numerals that leave a place unsaid (issue 10).

一千五 is 1,500 and 一万五 15,000 (a last digit right after 百 千 万 亿 counts in the next
smaller place; 一千零五 is 1,005); 一米八 is 1.8 m, 一米七五 1.75 m and 三块五 3.5 yuan (the
digits after 米 or 块 are its decimals).  Last stop 一千五 was read as 1,005 and 一米八 as a
metre and an eight, so correct translations were reported.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


@every_row(("en", "zh"), [
    ("The bike cost 2,500 yuan.", "这辆自行车花了两千五。"),
    ("About 35,000 fans attended.", "约三万五名球迷到场。"),
    ("The bridge cost 1.2 billion.", "大桥耗资十二亿。"),
    ("The budget is 450 yuan.", "预算是四百五。"),
    ("The goalkeeper is 1.9 metres tall.", "守门员身高一米九。"),
    ("The centre is 2.05 metres tall.", "中锋身高两米零五。"),
    ("Melons are 4.5 yuan a jin.", "西瓜四块五一斤。"),
])
def test_a_colloquial_numeral_meets_its_figure(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


@every_row(("en", "zh"), [
    ("The bike cost 2,005 yuan.", "这辆自行车花了两千五。"),
    ("The goalkeeper is 1.8 metres tall.", "守门员身高一米九。"),
    ("Melons are 4 yuan a jin.", "西瓜四块五一斤。"),
])
def test_another_figure_is_reported(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"])


@every_row(("zh", "values"), [
    ("一千零五", ["1005"]),
    ("一百五十", ["150"]),
    ("走了一米，八个人", ["1", "8"]),       # a count of its own after the metre
])
def test_a_said_place_or_a_count_stays(zh: str, values: list[str]) -> None:
    assert [str(n.value) for n in extract_numbers(zh, "zh")] == values


def test_before_a_classifier_both_readings_are_kept() -> None:
    """一百一排 is 110, or a hundred and "one row": the figure keeps 100 as its other value."""
    [number] = extract_numbers("有一百一排的", "zh")
    assert (str(number.value), [str(a) for a in number.alternatives]) == ("110", ["100"])


def test_a_classifier_does_not_split_the_figure() -> None:
    """三万五名 is 35,000 people, not 30,000 and five: "30,000 fans" against it is reported."""
    assert check([Unit("About 30,000 fans attended.", "约三万五名球迷到场。")],
                 select=["numbers"])
    assert check([Unit("There are 1,000 hotels.", "有一千五家酒店。")], select=["numbers"])

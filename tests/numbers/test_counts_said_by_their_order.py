"""A count said only by its order of magnitude is compared as that order (issue 10).

"Dozens of", "hundreds of", "tens of thousands", "millions of" name an order, and so do
数十, 几百, 数千, 数万, 几十万, 数百万, 数以万计.  Each is one indefinite number of the
order's value: two orders that differ are reported ("dozens" → 数百), the same order is
quiet, a figure against it is reported as any round figure is (20 billion → 数百亿), and
an order one side leaves out is no finding.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("text", "lang", "value"), [
    ("Dozens of cyclists", "en", 10), ("scores of letters", "en", 10),
    ("tens of migrants", "en", 10), ("hundreds of drones", "en", 100),
    ("thousands of volunteers", "en", 1_000), ("tens of thousands of fans", "en", 10_000),
    ("hundreds of thousands of tonnes", "en", 100_000), ("millions of viewers", "en", 10**6),
    ("tens of millions", "en", 10**7), ("billions of cells", "en", 10**9),
    ("many ten thousands of horsemen", "en", 10_000),
    ("几十名骑手", "zh", 10), ("数百架无人机", "zh", 100), ("好几千名志愿者", "zh", 1_000),
    ("数万名球迷", "zh", 10_000), ("几十万吨", "zh", 100_000), ("数百万观众", "zh", 10**6),
    ("数以亿计的细胞", "zh", 10**8),
])
def test_an_order_is_read_as_one_indefinite_number(text: str, lang: str, value: int) -> None:
    numbers = extract_numbers(text, lang)
    assert [(n.value, n.indefinite) for n in numbers] == [(value, True)]


@every_row(("en", "zh"), [
    ("Dozens of cyclists joined the ride.", "几十名骑手参加了骑行。"),
    ("Hundreds of drones lit up the sky.", "数百架无人机点亮了夜空。"),
    ("Tens of thousands of fans packed the square.", "数万名球迷挤满了广场。"),
    ("Hundreds of thousands of tonnes of grain", "几十万吨粮食"),
    ("The app has millions of users.", "该应用拥有数百万用户。"),
    ("Hundreds of drones lit up the sky.", "大批无人机点亮了夜空。"),
    ("Thousands of volunteers helped.", "成千上万的志愿者提供了帮助。"),
    ("The scores were level at half-time.", "半场时比分持平。"),
])
def test_the_same_order_a_figure_of_it_or_none_is_quiet(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@every_row(("en", "zh"), [
    ("Dozens of cyclists joined the ride.", "数百名骑手参加了骑行。"),
    ("Hundreds of drones lit up the sky.", "数千架无人机点亮了夜空。"),
    ("Tens of thousands of fans packed the square.", "数千名球迷挤满了广场。"),
    ("Hundreds of thousands of tonnes of grain", "数万吨粮食"),
    ("The app has millions of users.", "该应用拥有数千万用户。"),
    ("The fund raised 30 billion yuan.", "该基金募集了数百亿元。"),
])
def test_two_orders_that_differ_are_reported(en: str, zh: str) -> None:
    assert _found(en, zh)


@every_row(("en", "zh"), [
    ("100 people were injured.", "数百人受伤。"),
    ("The company cut 1,000 jobs.", "公司裁减了数千个岗位。"),
    ("The app has 1 million users.", "该应用有数百万用户。"),
    ("About 10,000 people came.", "数万人前来。"),
])
def test_an_order_never_meets_a_definite_figure(en: str, zh: str) -> None:
    """Review Y-5: a figure made vague is reported, power of ten or not."""
    assert _found(en, zh)


@every_row(("en", "zh"), [
    ("Thousands of ordinary people lost their homes.", "无数百姓失去了家园。"),
    ("Thousands of fans came; the crowd was very large.", "成千上万的球迷到场，人数十分庞大。"),
    ("Hundreds of guests came, a few heiresses among them.",
     "数百位宾客到场，其中有少数千金小姐。"),
])
def test_a_magnitude_that_begins_a_word_is_no_order(en: str, zh: str) -> None:
    """Review Y-6: 百姓, 十分, 千金 begin words after 无数, 人数, 少数."""
    assert _found(en, zh) == []

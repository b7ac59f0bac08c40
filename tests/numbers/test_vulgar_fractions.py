"""Vulgar fraction characters (½, ¾, ⅓) are numbers (issue 10).

A recipe writes "¾ cup" and "1 ½ cups": ¾ is the fraction 3/4 and 1 ½ the number 1.5, each
spelled (½ cup is 半杯, which holds no figure to meet), so another share or count against
them is reported and a Chinese that says them without a figure is quiet.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("text", "value"), [("⅔ cup of stock", "0.6667"), ("¼ teaspoon", "0.2500"),
                                             ("2 ¾ inches", "2.75"), ("1½ hours", "1.5"),
                                             # a mixed number with a slash (numbers3)
                                             ("2 3/4 inches", "2.75"), ("1又1/4杯", "1.25")])
def test_a_vulgar_fraction_is_read(text: str, value: str) -> None:
    lang = "zh" if "杯" in text else "en"
    assert [str(n.value) for n in extract_numbers(text, lang)] == [value]


@every_row(("en", "zh"), [
    ("Stir in ⅔ cup of stock.", "加入三分之二杯高汤。"),
    ("Add ½ teaspoon of pepper.", "加入半茶匙胡椒。"),
    ("Pour in 2 ½ cups of water.", "倒入2.5杯水。"),
    ("Whisk in 2 1/2 tablespoons of flour.", "搅入2.5汤匙面粉。"),
    ("Cut a strip 1 3/4 inches wide.", "剪一条4.4厘米宽的布条。"),
    ("Simmer 1 1/4 cups of lentils.", "小火煮1又1/4杯扁豆。"),
])
def test_the_same_share_is_quiet(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@every_row(("en", "zh"), [
    ("Stir in ⅔ cup of stock.", "加入三分之一杯高汤。"),
    ("Pour in 2 ½ cups of water.", "倒入3.5杯水。"),
    ("Add ½ teaspoon of pepper.", "加入¼茶匙胡椒。"),
    ("Whisk in 2 1/2 tablespoons of flour.", "搅入1.5汤匙面粉。"),
    ("Cut a strip 1 3/4 inches wide.", "剪一条3.4厘米宽的布条。"),
])
def test_another_share_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)

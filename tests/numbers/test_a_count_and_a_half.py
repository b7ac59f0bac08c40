"""A count and a half in one figure, in both languages (issue 10; numbers2 battery).

Chinese puts 半 after a count and its measure: 四星半 (4.5 stars), 一倍半 (1.5 times),
两块半 (2.5 yuan), 一公斤半 (1.5 kg); English says "three and a half apples".  Both are
one figure, N.5; last stop only units of time were read so (两个半小时), and 四星半 was a
4 against the English 4.5.  半 that begins a word (半岛, 半价, 半场) is no half.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


@every_row(("en", "zh"), [
    ("A 3.5-star guesthouse near the lake.", "湖边一家三星半民宿。"),
    ("The new tank holds 2.5 times as much.", "新水箱的容量是原来的两倍半。"),
    ("A bottle of soy sauce costs 3.5 yuan.", "一瓶酱油三块半。"),
    ("Add 1.5 kg of flour.", "加入一公斤半面粉。"),
    ("She bought four and a half melons.", "她买了四个半甜瓜。"),
    ("Rated five and a half stars by critics.", "影评人给出五星半的评分。"),
    ("The ferry crossing takes four and a half minutes.", "轮渡过江需要四分半钟。"),
])
def test_a_count_and_a_half_is_one_figure(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


@every_row(("en", "zh"), [
    ("A 3-star guesthouse near the lake.", "湖边一家三星半民宿。"),
    ("She bought four and a half melons.", "她买了四个甜瓜。"),
    ("Add 1.5 kg of flour.", "加入两公斤半面粉。"),
    ("The ferry crossing takes four minutes.", "轮渡过江需要四分半钟。"),
    ("The ferry crossing takes four and a half minutes.", "轮渡过江需要五分半钟。"),
])
def test_another_count_is_reported(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"])


@every_row(("zh", "values"), [
    ("三星半", ["3.5"]),
    ("三公里半岛", ["3"]),         # 半岛 is a word: a peninsula
    ("两块半价", ["2", "50"]),     # 半价 is a word: half price (50 percent off)
])
def test_half_that_begins_a_word_is_no_half(zh: str, values: list[str]) -> None:
    assert [str(n.value) for n in extract_numbers(zh, "zh")] == values

"""A set phrase whose last character begins a word with what follows (十年八年级: 八年级 "8th
grade" after 十年; 十分钟: 分钟 "minutes" after 十) may not be there: the boundary is
ambiguous.  The numbers inside it are read as if it were not, as latent figures: they meet
the other side's, and are never reported (review R-2: "Ten years, 8th grade." → 十年八年级
reported the 8th).  A phrase that no word cuts hides its numerals as before.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


def _reported(en: str, zh: str) -> bool:
    return bool(check([Unit(en, zh)], select=["numbers"]))


@every_row(("en", "zh"), [
    ("Ten years, 8th grade.", "十年八年级。"),
    ("He left 10 minutes ago.", "他十分钟前走了。"),
    ("It is very important.", "这十分重要。"),              # 十分 before no word: the phrase
    ("It takes years to learn.", "十年八年才能学会。"),
    ("It happened at the same moment.", "两件事同一时刻发生。"),  # 同一 keeps its boundary
])
def test_a_cut_phrase_meets_either_reading(en: str, zh: str) -> None:
    assert not _reported(en, zh)


@every_row(("en", "zh"), [
    ("Ten years, 9th grade.", "十年八年级。"),
    ("He left 5 minutes ago.", "他十分钟前走了。"),
])
def test_a_figure_neither_reading_meets_is_still_reported(en: str, zh: str) -> None:
    assert _reported(en, zh)


def test_numbers_inside_a_cut_phrase_are_latent() -> None:
    numbers = extract_numbers("十年八年级", "zh", latent=True)
    assert [(str(n.value), n.latent) for n in numbers] == [("10", True), ("8", True)]
    assert extract_numbers("十年八年级", "zh") == []


def test_a_number_read_past_the_phrase_is_the_figure() -> None:
    assert [str(n.value) for n in extract_numbers("三十分钟", "zh")] == ["30"]
    assert [str(n.value) for n in extract_numbers("万分之五", "zh")] == ["0.05"]


@every_row(("en", "zh"), [
    ("All 10 teams were very happy.", "所有队伍都十分开心。"),
    ("The 10 rules are very clear.", "这些规则十分清楚。"),
    ("The 10 results were very obvious.", "结果十分明显。"),
    ("The 10 staff cooperated fully.", "员工们十分配合。"),
    ("The 10 songs are very popular.", "这些歌曲十分流行。"),
    ("We came together with 1 goal.", "我们一起来了。"),
])
def test_a_phrase_cut_by_a_word_that_is_no_unit_still_stands(en: str, zh: str) -> None:
    """Only a unit, a unit of time or an ordering noun past the phrase cuts it (review R-4):
    十分 + 开心 is "very happy", so the source's dropped 10 is reported."""
    assert _reported(en, zh)

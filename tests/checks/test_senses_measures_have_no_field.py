"""A measure says nothing of a sentence's topic, and is itself never another field's sense
(issue 10; heldout12 and heldout13, development sets).

The other-field rule silences a term whose sentence holds only concepts of other subject
fields.  A unit or currency after a figure was already left out of that count; the unit of
a rate ("3,480 yuan a tonne") was not, so *tonne* (Units) made a sentence about rebar
futures "another field" and 钢筋 for 螺纹钢 was missed; and a unit term itself ("800
kilometres" → 千米 for 公里) was silenced because the sentence spoke of subways.
"""

from __future__ import annotations

from check_cases import term_checks_found

from tm import Glossary, Term

GLOSSARY = Glossary.from_terms([
    Term("rebar", ("螺纹钢",), pos="noun", subject="Steel and construction", id="rebar",
         note="Ribbed steel bar used to reinforce concrete."),
    Term("yuan", ("元",), subject="Currencies", id="yuan"),
    Term("tonne", ("吨",), subject="Units", id="tonne"),
    Term("kilometre", ("公里",), subject="Units", id="km"),
    Term("subway", ("地铁",), subject="Transport", id="subway"),
])


def test_the_unit_of_a_rate_says_nothing_of_the_topic() -> None:
    assert term_checks_found("Rebar futures in Shanghai rose to 3,480 yuan a tonne on Tuesday.",
                             "周二，上海钢筋期货价格升至每吨3480元。", GLOSSARY) == ["term-missing"]


def test_a_unit_after_a_figure_is_never_another_fields_sense() -> None:
    assert term_checks_found("The subway system has more than 800 kilometres of track.",
                             "该地铁系统运营里程超过800千米。", GLOSSARY) == ["term-missing"]


FIELDS = Glossary.from_terms([
    Term("screen", ("银幕",), pos="noun", subject="Cinema", id="screen",
         note="The projection surface in a cinema auditorium."),
    Term("workout", ("训练",), pos="noun", subject="Fitness", id="workout"),
    Term("catch", ("捕捞量",), pos="noun", subject="Fisheries", id="catch",
         note="Quantity of fish caught."),
    Term("tonne", ("吨",), subject="Units", id="tonne"),
])


def test_another_fields_sentence_outweighs_a_word_naming_the_kind_among_others() -> None:
    """heldout12: 屏幕 "screen (TV, computer or movie)" in a Fitness sentence was read as
    the cinema screen's synonym and reported."""
    assert term_checks_found("Keep screen on during workouts", "训练期间保持屏幕常亮",
                             FIELDS) == []


def test_a_unit_after_a_magnitude_word_is_a_measure() -> None:
    """"9.5 million tonnes": the tonne is a measure, not the topic, so the catch's synonym
    捕获量 is still reported."""
    assert term_checks_found("The domestic marine catch fell 3.2 percent to 9.5 million tonnes.",
                             "国内海洋捕获量下降3.2%，至950万吨。", FIELDS) == ["term-missing"]


COUNTS = Glossary.from_terms([
    Term("points", ("积分",), pos="noun", subject="Loyalty"),
    Term("round", ("回合",), pos="noun", subject="Games"),
    Term("level", ("关卡",), pos="noun", subject="Games"),
    Term("credits", ("学分",), pos="noun", subject="University"),
    Term("store", ("商店",), pos="noun", subject="Shopping"),
    Term("player", ("玩家",), pos="noun", subject="Games"),
    Term("miles", ("里程",), pos="noun", subject="Airline"),
    Term("hotel", ("酒店",), pos="noun", subject="Travel"),
    Term("guests", ("宾客",), pos="noun", subject="Travel"),
])


def test_a_word_after_a_count_placeholder_keeps_its_other_senses() -> None:
    """Review X-8 (on caa9ce2, reverted): a word after a number's placeholder is not a
    measure.  Catalogs write count nouns after %d in senses other than the glossary's one
    (game points against loyalty *points* 积分, store credits against course *credits*),
    so the other-field rule still reads them; a unit swapped after a placeholder is the
    numbers check's ("%d km" → %d 英里)."""
    for source, target in (
            ("You scored %d points in this round.", "你在本回合得了%d分。"),
            ("Each player starts the level with {lives} points.",
             "每个玩家以{lives}分开始本关卡。"),
            ("You have %d credits left to spend in the store.", "您在商店还有%d点数可用。"),
            ("The hotel is %d miles from the beach; guests love it.",
             "酒店距海滩%d英里，宾客们都很喜欢。")):
        assert term_checks_found(source, target, COUNTS) == [], source


CELLS = Glossary.from_terms([
    Term("cell", ("电池片",), pos="noun", subject="Solar energy", id="cell",
         definition="A single semiconductor device that converts light into electricity; "
                    "modules are built from cells."),
    Term("bus", ("公交车",), pos="noun", subject="Transport", id="bus",
         definition="A road vehicle that carries passengers along a fixed route."),
])


def test_a_term_before_the_plural_noun_a_figure_counts_is_no_measure() -> None:
    """heldout34 (development set): "40 cell towers" counts towers, and *cell* modifies
    them; it was read as a measure after a figure ("800 kilometres"), which no sense rule
    may excuse, so 基站 "base station" was reported for the solar *cell* 电池片."""
    assert term_checks_found("Mobile networks were restored after engineers repaired 40 cell "
                             "towers.", "工程师修复40座通信基站后，移动网络恢复正常。",
                             CELLS) == []
    assert term_checks_found("The operator put up 1,200 cell masts along the new railway.",
                             "该运营商沿新铁路架设了1200座通信基站。", CELLS) == []


def test_a_term_after_a_figure_that_ends_its_phrase_is_still_a_measure() -> None:
    """The counted thing itself stays checked: "40 cells" is the concept, and 40个单元 is a
    wrong rendering whatever the sentence speaks of."""
    assert term_checks_found("Engineers on the mobile network repaired 40 cells this week.",
                             "移动网络的工程师本周修复了40个单元。", CELLS) == ["term-missing"]


UNITS = Glossary.from_terms([
    Term("kg", ("千克",), pos="noun", subject="Units", id="kg",
         definition="Kilogram, the SI unit of mass."),
    Term("tonne", ("吨",), pos="noun", subject="Units", id="tonne",
         definition="A unit of mass equal to 1,000 kilograms."),
])


def test_a_unit_before_the_noun_it_measures_is_still_a_measure() -> None:
    """A unit read with its figure by the numbers reader ("5 kg bags": the bags hold 5 kg)
    stays a measure when a plural noun follows, so 公斤 for the glossary's 千克 is still
    reported, as in "800 kilometres" → 千米 (the figure counts no bags here)."""
    assert term_checks_found("The cooperative sells its rice in 5 kg bags at the market.",
                             "合作社在市场上以5公斤袋装出售大米。", UNITS) == ["term-missing"]

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


PLACEHOLDERS = Glossary.from_terms([
    Term("kilogram", ("千克", "公斤"), subject="Units", id="kg"),
    Term("parcel", ("包裹",), pos="noun", subject="Logistics", id="parcel"),
    Term("courier", ("快递员",), pos="noun", subject="Logistics", id="courier"),
])


def test_a_unit_after_a_number_placeholder_is_a_measure() -> None:
    """CLEANTRIAL4 ("The passenger is %d km away." → %d 英里 was silent): the program puts
    a figure where the placeholder is, so the unit after it is that figure's measure in
    every field, as after a written figure.  Other conversions, and brace fields typed as
    numbers, too."""
    for source, target in (
            ("Your parcel weighs %d kilograms.", "您的包裹重 %d 磅。"),
            ("Your parcel weighs %.1f kilograms.", "您的包裹重 %.1f 磅。"),
            ("Your parcel weighs %(weight)d kilograms.", "您的包裹重 %(weight)d 磅。"),
            ("Your parcel weighs {weight:.1f} kilograms.", "您的包裹重 {weight:.1f} 磅。")):
        assert term_checks_found(source, target, PLACEHOLDERS) == ["term-missing"], source
        right = target.replace("磅", "公斤")
        assert term_checks_found(source, right, PLACEHOLDERS) == [], right


def test_a_unit_after_a_slash_after_a_placeholder_is_a_measure() -> None:
    """"Pace: %s /km" → 配速：%s /英里: a slash after a figure or a placeholder is *per*
    (any placeholder: the program often formats the figure itself, "%s")."""
    assert term_checks_found("Courier rate: %s /kilogram", "快递员费率：%s /磅",
                             PLACEHOLDERS) == ["term-missing"]
    assert term_checks_found("Courier rate: %s /kilogram", "快递员费率：%s /公斤",
                             PLACEHOLDERS) == []


COACHES = Glossary.from_terms([
    Term("coach", ("教练",), pos="noun", subject="Basketball", id="coach",
         note="The person who trains the team."),
    Term("motorway", ("高速公路",), pos="noun", subject="Roads", id="motorway"),
])


def test_a_name_placeholder_before_a_word_is_no_figure() -> None:
    """An untyped brace field names a thing as often as it counts one ("{team}", "{site}"):
    the word after it keeps its other senses ("the {team} coach" here is a bus), as it does
    after a string's placeholder or a path's slash."""
    for source in ("The {team} coach broke down on the motorway.",
                   "The %s coach broke down on the motorway.",
                   "The {team}/coach broke down on the motorway."):
        assert term_checks_found(source, "球队大巴在高速公路上抛锚。", COACHES) == [], source

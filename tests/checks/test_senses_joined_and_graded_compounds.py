"""Issue 10: a one-word glossary noun joined by a hyphen to another word ("the rice-to-wheat
price ratio", "Pre-order now") is part of that compound word, and a figure with a unit
glued to it right before the noun ("4K screens", "18K gold") names a grade of the thing,
another kind of it: neither is the concept, and no term-missing is reported."""

from __future__ import annotations

from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, Term


def _glossary(word: str, zh: str, field: str) -> Glossary:
    return Glossary.from_terms([Term(word, (zh,), pos="noun", subject=field, id=word)])


@every_row(("word", "zh", "field", "en", "target"), [
    ("rice", "大米", "Agriculture", "The rice-to-wheat price ratio widened sharply this spring.",
     "今春稻麦比价大幅扩大。"),
    ("screen", "银幕", "Cinema", "Prices of 4K screens fell again.", "4K屏幕价格再次下降。"),
    ("order", "订单", "E-commerce", "Pre-order now", "立即预购"),
])
def test_a_joined_or_graded_word_is_another_thing(word: str, zh: str, field: str, en: str,
                                                  target: str) -> None:
    assert term_checks_found(en, target, _glossary(word, zh, field)) == []


@every_row(("word", "zh", "field", "en", "target"), [
    ("rice", "大米", "Agriculture", "Rice prices rose 5 percent.", "粮价上涨5%。"),
    ("screen", "银幕", "Cinema", "The big screen is back.", "大屏幕回来了。"),
    ("order", "订单", "E-commerce", "Your order has shipped.", "您的货品已发出。"),
])
def test_the_word_alone_is_still_checked(word: str, zh: str, field: str, en: str,
                                         target: str) -> None:
    assert term_checks_found(en, target, _glossary(word, zh, field)) == ["term-missing"]

"""A symbol that carries meaning is no mere punctuation (red team M-1).

``The price is €5.`` and ``The price is $5.`` have the same words; they differ
in a currency sign, which the score read as punctuation and took one point
off for: the dollar translation came back at 99 for a query in euros, and as
high as the euro translation itself once the query also dropped its full stop.
The same held for a sign (``-30 days``), a percent against a per-mille sign,
and a comparison (``under < 5`` against ``> 5``).  Such a symbol now counts as
a token (tm.memory._matching.symbol_base); punctuation that only shapes the
sentence still costs one point, and full-width forms equal half-width ones.
"""

from __future__ import annotations

from collections.abc import Callable

from rows import every_row
from tm import TranslationMemory, Unit
from tm.memory._matching import score


@every_row(("query", "stored"), [
    ("The fee is €8.", "The fee is $8."),
    ("The fee is £8.", "The fee is ¥8."),
    ("Keep it at -4 degrees.", "Keep it at 4 degrees."),
    ("Keep it at +4 degrees.", "Keep it at -4 degrees."),
    ("Keep it at −4 degrees.", "Keep it at +4 degrees."),
    ("Growth was 3‰ this year.", "Growth was 3% this year."),
    ("Only if the load is < 70.", "Only if the load is > 70."),
    ("Only if the load is ≤ 70.", "Only if the load is ≥ 70."),
    ("Set the oven to 180°.", "Set the oven to 180."),
    ("温度降到-3度。", "温度降到3度。"),
])
def test_a_changed_meaning_symbol_is_not_a_punctuation_point(query: str, stored: str) -> None:
    assert score(query, stored).value < 95
    assert score(stored, query).value < 95


@every_row(("query", "stored"), [
    ("The fee is $8", "The fee is $8."),            # a full stop: one point
    ("Read pages 3-9.", "Read pages 3–9."),         # a range's dash is no sign
    ("Read pages 3 - 9.", "Read pages 3 – 9."),
    ("The COVID-19 rules.", "The COVID 19 rules."),  # a hyphen inside a name
    ("The fee is ＄8.", "The fee is $8."),           # full-width forms
    ("增长了５％。", "增长了5%。"),
    ("Keep it at −4 degrees.", "Keep it at -4 degrees."),  # minus sign and hyphen-minus
])
def test_punctuation_and_width_still_cost_one_point(query: str, stored: str) -> None:
    assert score(query, stored).value == 99


def test_the_closer_translation_ranks_first(new_location: Callable[[], str]) -> None:
    """Both translations stored: a query without its full stop finds its own currency first."""
    with TranslationMemory.open(new_location()) as memory:
        memory.add([Unit("The fee is €8.", "费用为8欧元。", origin="eu.po:1"),
                    Unit("The fee is $8.", "费用为8美元。", origin="us.po:1")])
        matches = memory.lookup("The fee is €8", min_score=50)
        assert (matches[0].unit.target, matches[0].score) == ("费用为8欧元。", 99.0)
        assert matches[1].unit.target == "费用为8美元。" and matches[1].score < 95


def test_a_sign_the_memory_lacks_is_a_fuzzy_match(new_location: Callable[[], str]) -> None:
    with TranslationMemory.open(new_location()) as memory:
        memory.add([Unit("The limit is 30 days.", "期限为30天。")])
        [match] = memory.lookup("The limit is -30 days.", min_score=50)
        assert match.score < 95 and match.adapted is None
        [same] = memory.lookup("The limit is 30 days", min_score=50)
        assert same.score == 99

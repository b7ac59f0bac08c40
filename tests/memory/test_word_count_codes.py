"""tm analyze counts words, not inline codes (trial T73): tags and placeholders are placeables."""

from __future__ import annotations

from rows import every_row
from tm.memory import TranslationMemory, analyze
from tm.memory._analysis import count_words
from tm.memory._codes import code_spans


@every_row(("text", "words"), [
    ("Shipped on <i>%s</i>", 2),                               # tag names and %s
    ('See <a href="https://x.test/help" target="_blank">our help</a>.', 3),
    ("Pay %1$s to %2$s now", 3),                                # positional printf
    ("%(count)d cards expire in %(days)s days", 4),             # Python named
    ("Limit: {amount} for {0} days", 3),                        # brace fields
    ("Hello {{ customer.first_name }}!", 1),                    # template
    ("Tap %@ to continue", 3),                                  # Objective-C
    ("Page %1 of %2", 2),                                       # Qt
    ("Fees&nbsp;&amp;&#160;taxes", 2),                          # entities
    ("Cities in <x0/> and <b1>12</b1> regions", 5),             # OmegaT tags; 12 is a word
    ("Rates rose 5% to 7% (of 100%)", 7),                       # a percent is no placeholder
    ("a < b and c > d", 5),                                     # comparison signs are no tag
    ("转账给<b>%s</b>", 3),
])
def test_inline_codes_are_not_words(text: str, words: int) -> None:
    assert count_words(text) == words


def test_a_code_that_holds_no_letters_of_the_text_changes_nothing_around_it() -> None:
    text = "Save 50%% now"      # an escaped percent sign: no code
    assert code_spans(text) == [] and count_words(text) == 3


def test_analyze_totals_leave_codes_out() -> None:
    with TranslationMemory.open() as memory:
        total = analyze(["Shipped on <i>%s</i>", "Pay %1$s to %2$s now"], memory).total
    assert (total.segments, total.words) == (2, 5)


@every_row("text", ["Save 20%discount today", "A 5%off deal", "Up 3%in May"])
def test_a_percent_sign_glued_to_a_word_is_no_placeholder_here_nor_in_the_checks(
        text: str) -> None:
    """One pattern (tm._shared.placeholders) for the word counts and the checks (review):
    the word counts took ``%d``/``%o``/``%i`` out of such text, the checks did not."""
    from tm.checks.placeholders import parse_placeholders
    assert code_spans(text) == [] and parse_placeholders(text) == []
    assert count_words(text) == 4  # the figure, the word glued to it and the other two

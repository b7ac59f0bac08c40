"""A quotation the Chinese spreads over two aligned entries is not a bracket error
(user trial T27: tm align paired 饲养员王磊说：“它们很健康，好奇心很强。 and
妹妹更大胆一些。” with two English sentences that each close their quotes, and
tm check reported both halves of a correct translation)."""

from __future__ import annotations

import tm


def _brackets(*pairs: tuple[str, str], path: str = "a.po") -> list[tuple[int, str]]:
    units = [tm.Unit(en, zh, origin=tm.Origin(path, 10 + 4 * i))
             for i, (en, zh) in enumerate(pairs)]
    return [(f.unit.origin.line, f.message) for f in tm.check(units, select=["brackets"])]


def test_one_quotation_over_two_entries_in_a_row_passes() -> None:
    assert _brackets(('"The new line opens in May," the mayor said.', "市长说：“新线路五月开通。"),
                     ('"Tickets go on sale next week."', "车票下周开售。”"),
                     ("Work began in 2021.", "工程于2021年开工。")) == []


def test_a_quote_left_open_or_closed_without_its_partner_is_still_reported() -> None:
    assert _brackets(('He said "yes."', "他说“是的。"), ("It rained.", "下雨了。")) == [
        (10, "unclosed double quote “” in the target")]
    assert _brackets(("It rained.", "下雨了。"), ('"Yes," he said.', "他说：是的。”")) == [
        (14, "unopened double quote “” in the target")]


def test_entries_of_two_files_are_no_pair() -> None:
    first = tm.Unit('"The line opens in May," she said.', "她说：“新线路五月开通。",
                    origin=tm.Origin("a.po", 10))
    second = tm.Unit('"Tickets go on sale."', "车票开售。”", origin=tm.Origin("b.po", 2))
    assert len(tm.check([first, second], select=["brackets"])) == 2


def test_two_neighbours_that_each_lost_a_quote_mark_are_both_reported() -> None:
    """A closing mark dropped from one entry and an opening one from the next is not the
    shape of a spread quotation (no colon before the open quote): both are errors."""
    assert [line for line, _ in _brackets(
        ('"Failure is not the end," said the founder.', "“失败并不是终点。创始人说。"),
        ('"We want fair prices," she said.', "她说：我们希望价格公道。”"))] == [10, 14]


def test_a_straight_quote_that_closes_a_quotation_in_the_source_is_a_closer() -> None:
    """Trial R3-6: a quotation spanning two sentences in both languages, as tm align
    pairs it: the second English sentence ends with the straight quote that closes it
    ('… the cost."'), read as an opener, so its Chinese half (…。”) was "unopened"."""
    assert _brackets(('She said: "We planted 40 hectares.', "她说：“我们种了40公顷。"),
                     ('Next year we will double it."', "明年我们将翻一番。”"),
                     ("The work goes on.", "工作仍在继续。")) == []
    # A quote that opens a quotation is still an opener, and one left out still reported.
    assert _brackets(('Next year we will double it."', "明年我们将翻一番。“")) == [
        (10, "unclosed double quote “” in the target")]

"""Quotation marks at bead edges: evidence for where a bead starts and ends (issue 11 item 5).

The dominant strict error on the literary development set was a bead boundary
one sentence off inside dialogue: the English sentence that closes a
quotation went to the next bead, leaving the Chinese closing quote alone.
"""

from __future__ import annotations

from rows import every_row
from tm.alignment._align import _dp
from tm.alignment._beadcost import BeadCost
from tm.alignment._quotes import alone_weights, boundary_weights, closes_quote, opens_quote
from tm.alignment._scoring import Item, Params


@every_row(("text", "chinese", "opens", "closes"), [
    ("'I won a dozen taels,' replied Ming.", False, True, False),
    ("'But I—'", False, True, True),
    ("He didn't say so.", False, False, False),            # an apostrophe opens nothing
    ("“Come here,” she said.", False, True, False),
    ('"Are you sure?"', False, True, True),
    ("小明道：“赢了十几两银子，不过…… 不过……”", True, True, True),   # a speaker's 道：“
    ("「你去哪裡？」", True, True, True),
    ("他说要去北京，然后回家。", True, False, False),
    ("王说：“好。”他转身走了。", True, True, False),
])
def test_a_quotation_opens_at_the_start_and_closes_at_the_end(
        text: str, chinese: bool, opens: bool, closes: bool) -> None:
    assert opens_quote(text, chinese) is opens
    assert closes_quote(text, chinese) is closes


def test_a_flag_alone_costs_what_it_tells_in_this_document() -> None:
    paired = [(True, True)] * 20 + [(False, False)] * 70 + [(True, False)] * 2
    near = [(True, True)] * 10 + [(False, False)] * 50 + [(False, True)] * 20 + [(True, False)] * 20
    left, right = alone_weights(paired, near)
    assert left > 1.0 and right > 1.0
    # A side that never quotes (a King James Bible beside a Chinese one with 「」):
    # the other side's quotes alone are as common between pairs as between near misses.
    paired = [(False, True)] * 30 + [(False, False)] * 70
    near = [(False, True)] * 30 + [(False, False)] * 70
    assert alone_weights(paired, near) == (0.0, 0.0)
    assert alone_weights([], []) == (0.0, 0.0)


def _item(length: float, opens: bool = False, closes: bool = False) -> Item:
    return Item(length, frozenset(), 0.0, opens_quote=opens, closes_quote=closes)


def _dialogue() -> tuple[list[Item], list[Item]]:
    """English: a quotation in two sentences, then the reply; Chinese: two sentences.

    By length, the second English sentence fits the reply better; by the quotes,
    it closes the first Chinese sentence's quotation.
    """
    en = [_item(40, opens=True), _item(12, opens=True, closes=True), _item(30, opens=True)]
    zh = [_item(40, opens=True, closes=True), _item(44, opens=True)]
    return en, zh


def _path(params: Params) -> list[tuple[int, int]]:
    en, zh = _dialogue()
    rows = [(0, 2)] * 4
    shapes = ((0, 1), (1, 0), (1, 1), (2, 1), (1, 2))
    return _dp(BeadCost(en, zh, params, rows, 2, False), shapes)


def test_the_sentence_closing_a_quotation_joins_the_bead_it_closes() -> None:
    assert _path(Params()) == [(1, 1), (2, 1)]              # length alone: one off
    measured = Params(quote_alone=(1.2, 0.5, 2.0, 1.5))
    assert _path(measured) == [(2, 1), (1, 1)]


def test_weights_are_measured_on_the_paired_beads_of_the_first_path() -> None:
    en = [_item(10, opens=True, closes=(i % 2 == 1)) for i in range(40)]
    zh = [_item(10, opens=True, closes=True) for _ in range(20)]
    path = [(2, 1)] * 20                                    # every bead ends on a close
    src_open, tgt_open, src_close, tgt_close = boundary_weights(en, zh, path)
    assert tgt_close > 0.5          # near misses leave the Chinese close alone; pairs never do
    assert src_open == tgt_open == 0.0                      # every sentence opens: no evidence
    assert src_close == 0.0

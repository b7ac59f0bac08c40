"""A list whose items are paragraphs of their own: the breaks between items are no
boundary a translation keeps (tm.alignment._scoring.list_items)."""

from __future__ import annotations

import pytest

import tm
from tm.alignment import _lexicon as lexicon  # noqa: F401  (the skipif string reads it)
from tm.alignment._scoring import list_items

EN = """The Pico 3 speaker goes on sale in Berlin on Friday.

Battery: 20 hours of playback, 2 hours to charge

Weight: 540 grams

Ports: USB-C and a 3.5 mm headphone jack

It costs 129 euros."""

#: The Chinese writes the first two items as one sentence of prose.
ZH = """Pico 3音箱周五在柏林开售。

该音箱续航20小时，充电需2小时，重540克。

接口方面，配备USB-C接口和3.5毫米耳机接口。

售价129欧元。"""


@pytest.mark.skipif("not lexicon.available()", reason="needs the dict extra")
def test_two_list_items_merged_into_prose_are_one_bead() -> None:
    beads = tm.align(tm.segment(EN, "en"), tm.segment(ZH, "zh"))
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,)),
                                               ((4,), (3,))]
    assert all(b.score > 0.5 for b in beads)


def test_a_labelled_line_standing_alone_is_a_list_item() -> None:
    lines = ["Specifications", "Battery: 20 hours", "Weight: 540 grams",
             "It ships in May. Orders open today.", "接口：USB-C", "售价：129欧元"]
    assert list_items(lines, [0, 1, 2, 3, 3, 4]) == [False, True, True, False, False, True]


def test_an_editors_line_is_no_list_item() -> None:
    """Page furniture stands alone by its form, whatever follows it."""
    lines = ["售价：129欧元", "责任编辑：王明", "来源：新华社"]
    assert list_items(lines, [0, 1, 2], zh=True) == [True, False, False]


def test_an_interview_turn_is_no_list_item() -> None:
    """Speakers' labels come back turn after turn; a list's labels do not."""
    lines = ["Q: When did the bakery open?", "A: In 1998.", "Q: And now?", "A: 3,000 loaves.",
             "Nora: Hi.", "Display: 6 inch", "Weight: 5 g", "Nora: Bye."]
    assert list_items(lines, list(range(8))) == [False] * 5 + [True, True, False]


def test_a_quotation_opened_by_its_speaker_is_no_list_item() -> None:
    """Two quotation paragraphs in a row keep their break: a speaker is no label."""
    en = ["The mayor said: the bridge opens in May.",
          "Her deputy added: tolls stay at 5 yuan.", "Length: 1.2 km", "Lanes: 6"]
    assert list_items(en, [0, 1, 2, 3]) == [False, False, True, True]
    zh = ["市长表示：大桥将于5月通车。", "副市长说：“过桥费仍为5元。”", "全长：1.2公里",
          "车道：6条"]
    assert list_items(zh, [0, 1, 2, 3], zh=True) == [False, False, True, True]

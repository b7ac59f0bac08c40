"""Two sentences the other edition swapped become one 2-2 bead (tm.alignment._crossed)."""

from __future__ import annotations

import pytest

import tm
from tm.alignment import _lexicon as lexicon  # noqa: F401  (the skipif string reads it)

pytestmark = pytest.mark.skipif("not lexicon.available()", reason="needs the dict extra")

EN = """Planning a visit

The old harbour district is easiest to explore on foot.

Harbour Aquarium: Open daily 9 a.m. to 6 p.m.; tickets 120 yuan, children under 1.2 metres free.

Botanical Garden: Open Wednesday to Monday, 7 a.m. to 7 p.m.; admission free, closed on Tuesdays.

Lighthouse Museum: Open Tuesday to Sunday, 10 a.m. to 4 p.m.; tickets 30 yuan, booking required.

Ferries to the islands leave every 40 minutes from Pier 3."""

#: The Chinese box lists the museum before the garden.
ZH = """参观指南

老港区最适合步行游览。

港湾水族馆：每天9:00—18:00开放，门票120元，身高1.2米以下儿童免费。

灯塔博物馆：周二至周日10:00—16:00开放，门票30元，需预约。

植物园：周三至次周一7:00—19:00开放，免费参观，周二闭园。

前往各岛屿的渡轮每40分钟一班，从3号码头出发。"""


@pytest.mark.parametrize("paragraphs", [True, False])
def test_two_swapped_items_are_one_bead(paragraphs: bool) -> None:
    en, zh = tm.segment(EN, "en"), tm.segment(ZH, "zh")
    if not paragraphs:
        en, zh = [s.text for s in en], [s.text for s in zh]   # type: ignore[assignment]
    beads = [(b.src, b.tgt) for b in tm.align(en, zh)]
    assert beads == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3, 4), (3, 4)), ((5,), (5,))]


def test_a_swapped_item_beside_a_kept_one_is_not_left_alone() -> None:
    """The museum moved up past a kept item: the search pairs the kept item and leaves
    the museum alone on both sides; the three beads become one."""
    en = ["Tickets: 60 yuan for adults, half price for students.",
          "Harbour Aquarium: open daily 9 a.m. to 6 p.m., last entry at 5 p.m.",
          "Lighthouse Museum: open Tuesday to Sunday, 10 a.m. to 4 p.m.; booking required.",
          "Ferries leave every 40 minutes from Pier 3."]
    zh = ["门票：成人60元，学生半价。",
          "灯塔博物馆：周二至周日10:00—16:00开放，需预约。",
          "港湾水族馆：每天9:00—18:00开放，17:00停止入场。",
          "渡轮每40分钟一班，从3号码头出发。"]
    en_seg = [tm.Segment(text, 0, len(text), number) for number, text in enumerate(en)]
    zh_seg = [tm.Segment(text, 0, len(text), number) for number, text in enumerate(zh)]
    beads = tm.align(en_seg, zh_seg)
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,))]
    assert not any(b.score > 0.5 for b in beads if not (b.src and b.tgt))

"""Two sentences the other edition swapped become one 2-2 bead (tm.alignment._crossed)."""

from __future__ import annotations

import pytest

import tm
from tm.alignment import _glue as glue
from tm.alignment import _lexicon as lexicon  # noqa: F401  (the skipif string reads it)
from tm.alignment import bead_shapes
from tm.alignment._align import searched_path
from tm.alignment._crossed import merge_swapped
from tm.alignment._scoring import Params

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


def test_a_swapped_pair_with_an_added_line_between_is_one_bead() -> None:
    """The Chinese moves the flood-risk sentence after the heat-stress one and adds a line
    of its own before them: the search may leave the flood-risk sentence alone on each side
    of that pair, with the added line between (EN 2 1-0, ZH 2 0-1, 1-1, ZH 4 0-1), each null
    sure of having no counterpart (align-heldout4: 0.90 and 0.79).  The swap is one 2-2
    after the added line.  Before: the path came back unchanged."""
    en = ["Our emissions fell by 12% in 2025.",
          "Most of the cut came from rooftop solar panels at the Suzhou plant.",
          "We found flood risks at three of our riverside depots.",
          "Heat stress is a growing risk for outdoor staff in summer.",
          "We will publish a full climate risk assessment next year."]
    zh = ["2025年，公司排放量下降12%。",
          "减排主要得益于苏州工厂的屋顶太阳能板。",
          "气候风险评估工作由董事会下设的可持续发展委员会统筹。",
          "夏季高温对户外员工的威胁日益加大。",
          "公司在三处沿河仓库发现了洪水风险。",
          "明年公司将发布完整的气候风险评估报告。"]
    cost, _ = searched_path(en, zh, None, None, "en", "zh", None, bead_shapes(4), None, 8,
                            Params())
    split = [(1, 1), (1, 1), (1, 0), (0, 1), (1, 1), (0, 1), (1, 1)]
    shares = glue.coverage(cost, split)
    assert merge_swapped(cost, split, shares) == [(1, 1), (1, 1), (0, 1), (2, 2), (1, 1)]
    unswapped = [(1, 1), (1, 1), (1, 0), (0, 1), (1, 1), (1, 0), (0, 1), (0, 1)]
    assert merge_swapped(cost, unswapped, shares) == unswapped   # no null pair after the 1-1

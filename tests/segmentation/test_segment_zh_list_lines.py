"""Chinese lists of lines: circled numbers and symbol bullets, clauses ending in ；.

* a line that starts with a circled number or a symbol bullet (① ❶ ★ ◆ ■ ● ▲ ✓ ➤) starts a
  list item, as one starting with ``1.`` or ``•`` does;
* in a run of lines broken on purpose (after a lead-in ending in ：, say), a line that ends
  in ``；`` (or ``；以及``, ``；或``: the conjunction before the last item) is an item of a
  list of clauses, however wide: a patent claim's elements, a notice's points.

Classes found by the segment8 development set; the examples are new, written for each class,
and each failed on the rules before the fix.  Hard-wrapped prose is asserted beside them.
"""

from __future__ import annotations

import pytest

import tm
from rows import every_row


def _texts(text: str) -> list[str]:
    return [s.text for s in tm.segment(text, "zh")]


@every_row(("text", "expected"), [
    ("温馨提示\n①请保管好随身物品；\n②车辆停稳后再下车；\n③请勿携带易燃物品上车。",
     ["温馨提示", "①请保管好随身物品；", "②车辆停稳后再下车；", "③请勿携带易燃物品上车。"]),
    ("房源亮点：南北通透\n★ 步行五分钟到地铁站；\n◆ 楼下就是菜市场。",
     ["房源亮点：南北通透", "★ 步行五分钟到地铁站；", "◆ 楼下就是菜市场。"]),
    ("3. 一种折叠式自行车，包括：\n车架；\n设置在所述车架前端的折叠机构；以及\n"
     "锁止装置，用于在展开状态下固定所述折叠机构，使骑行时车架保持刚性。",
     ["3. 一种折叠式自行车，包括：", "车架；", "设置在所述车架前端的折叠机构；以及",
      "锁止装置，用于在展开状态下固定所述折叠机构，使骑行时车架保持刚性。"]),
])
def test_zh_list_lines(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_hard_wrapped_prose_with_a_semicolon_at_a_line_end_stays_whole() -> None:
    text = ("那年冬天格外冷，河面上结了厚厚的一层冰，孩子们天天去滑冰；\n"
            "大人们则忙着准备年货，街上到处都是卖对联和鞭炮的小摊。")
    assert _texts(text) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    # a document's title before its addressee line, however wide the title
    ("关于开展2025年冬季消防安全大检查工作的紧急通知\n各街道办事处，区直各单位：\n"
     "为防范火灾事故，确保群众生命财产安全，现将有关事项通知如下。",
     ["关于开展2025年冬季消防安全大检查工作的紧急通知", "各街道办事处，区直各单位：",
      "为防范火灾事故，确保群众生命财产安全，现将有关事项通知如下。"]),
    # ×× stands for a name withheld, and starts a line as a name does
    ("附件：1.活动方案\n2.报名表\n××县文化馆\n2025年3月2日",
     ["附件：1.活动方案", "2.报名表", "××县文化馆", "2025年3月2日"]),
])
def test_zh_document_lines(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected

"""Chinese: a quotation then who said it (with more reporting verbs, and after a quotation
that trails off in ……), and a half-width period glued to the next sentence after a unit.

Classes found by the segment6 development set; the examples are new, written for each class,
and each failed on the rules before the fix.  Every development set (news-2, segment3,
segment4, segment5, segment6) keeps a quotation and its attribution whole, as the convention
shared with English does (docs/segmentation.md).  Neighbours that must not change are
asserted beside them.
"""

from __future__ import annotations

import pytest

import tm
from rows import every_row


def _texts(text: str) -> list[str]:
    return [s.text for s in tm.segment(text, "zh")]


@every_row(("text", "expected"), [
    ("“这事不怪他。”我低声解释。屋里一下子安静了。",
     ["“这事不怪他。”我低声解释。", "屋里一下子安静了。"]),
    ("“钥匙在门口的鞋柜上。”妈妈又补充。我点点头。",
     ["“钥匙在门口的鞋柜上。”妈妈又补充。", "我点点头。"]),
    ("“我……我真的不知道……”他红着脸说。大家都看着他。",
     ["“我……我真的不知道……”他红着脸说。", "大家都看着他。"]),
])
def test_quotation_then_its_attribution_is_one_sentence(text: str,
                                                         expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # …… before a closing quote, then narration: two sentences (docs/segmentation.md)
    ("“不过……”大家沉默了。", ["“不过……”", "大家沉默了。"]),
    # a quotation, then what the speaker did (not a reporting verb): two sentences
    ("“好啊。”他笑了。", ["“好啊。”", "他笑了。"]),
])
def test_quotation_then_narration_stays_two(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("安装包约为48.2MB.下载后请校验文件。", ["安装包约为48.2MB.", "下载后请校验文件。"]),
    ("每天步行约5km.坚持一个月后效果明显。", ["每天步行约5km.", "坚持一个月后效果明显。"]),
])
def test_half_width_period_after_a_unit_before_han(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row("text", [
    "主要任务包括：1.降低成本；2.提高效率；3.改善服务。",
    "XYZ Trading Co., Ltd.成立于2015年。",
    "新版本v2.0.1修复了已知问题。",
    "本次讲座由Dr.李主讲。",
])
def test_list_markers_company_suffixes_versions_and_titles_go_on(text: str) -> None:
    assert _texts(text) == [text]

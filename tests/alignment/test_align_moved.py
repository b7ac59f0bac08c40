"""A paragraph the other edition moves: the monotone search pairs what stands in its place.

Made-up park story.  Trial R4-13's class: the Chinese edition moves the deputy mayor's
quote paragraph up, before the engineers' paragraph; a monotone alignment cannot cross
the move, and the search paired the engineers' sentences with the moved ones, trusted,
while their translations stood a few sentences on.
"""

from __future__ import annotations

import tm
from tm.alignment import _glue as glue
from tm.alignment import bead_shapes
from tm.alignment._align import searched_path
from tm.alignment._scoring import Params

EN = ("Riverside Park reopens next week\n\n"
      "Riverside Park reopened on Sunday after a year of work. It covers 30 hectares of "
      "former farmland. The city spent 45 million yuan on it.\n\n"
      "Engineers said the new wetland will filter 3,000 tonnes of water a day. That is "
      "enough for a small town. The work took 11 months.\n\n"
      "Birdwatchers were sceptical at first. The park service agreed to leave 20 percent of "
      "the island untouched. Now herons nest there.\n\n"
      "\"This is the greenest park in the province,\" said Lin Tao, the deputy mayor. He "
      "added that two more parks will open by 2029. Critics say the wetland breeds "
      "mosquitoes.\n\n"
      "The park service says it will publish water tests every month.\n")
ZH = ("滨河公园下周重新开放\n\n"
      "滨河公园经过一年施工于周日重新开放，占地30公顷，原为农田。市政府为此投入4500万元。\n\n"
      "副市长林涛说：“这是全省最绿色的公园。”他还说，到2029年还将开放两座公园。"
      "批评人士称，湿地容易滋生蚊虫。\n\n"
      "工程师表示，新建湿地每天可净化3000吨水。这足以供一个小镇使用。工程历时11个月。\n\n"
      "观鸟爱好者起初持怀疑态度。公园管理处同意保留岛上20%的区域不作开发。如今苍鹭已在那里筑巢。\n\n"
      "公园管理处表示，将每月公布水质检测结果。\n")


def test_a_pair_whose_figures_stand_a_few_sentences_on_is_not_trusted() -> None:
    """"Engineers said ... 3,000 tonnes ..." paired with the deputy mayor's quote (0.81
    before), "Now herons nest there." with 工程历时11个月。 (0.56): a sentence two or three
    along holds figures the pair lacks (3000; 11), so each looks shifted."""
    en, zh = tm.segment(EN, "en"), tm.segment(ZH, "zh")
    beads = {(b.src, b.tgt): b.score for b in tm.align(en, zh)}
    engineers = next(n for n, s in enumerate(en) if s.text.startswith("Engineers"))
    herons = next(n for n, s in enumerate(en) if s.text.startswith("Now herons"))
    translations = {engineers: "工程师表示", herons: "如今苍鹭"}
    for (src, tgt), score in beads.items():
        if (len(src) == 1 and src[0] in translations and tgt
                and not any(zh[j].text.startswith(translations[src[0]]) for j in tgt)):
            assert score < 0.5, en[src[0]].text


def test_a_repeated_name_further_along_does_not_make_a_pair_look_shifted() -> None:
    """Beyond the next sentence only a shared figure counts: a story repeating a name
    ("Lin Tao" / 林涛) in every sentence keeps its pairs sure."""
    en = ["Lin Tao opened the park on Sunday.", "Lin Tao thanked the engineers.",
          "Lin Tao then walked around the lake.", "Lin Tao planted a tree by the gate.",
          "Lin Tao left at noon."]
    zh = ["林涛周日为公园揭幕。", "林涛向工程师们表示感谢。", "随后林涛绕湖走了一圈。",
          "林涛在大门旁种下一棵树。", "林涛中午离开。"]
    assert all(b.score > 0.5 for b in tm.align(en, zh))


def test_a_sentence_paired_before_the_moved_sentences_joins_its_translation() -> None:
    """The repair itself: "Engineers said ..." paired with the quote that stands where its
    translation was, the quote's paragraph left standing alone after it, and 工程师表示…
    alone three sentences on: the sentence pairs across the null beads instead."""
    en = ["The city spent 45 million yuan on the park.",
          "Engineers said the new wetland will filter 3,000 tonnes of water a day.",
          "The work took 11 months."]
    zh = ["市政府为公园投入4500万元。", "副市长林涛说：“这是全省最绿色的公园。”",
          "他还说，到2029年还将开放两座公园。", "工程师表示，新建湿地每天可净化3000吨水。",
          "工程历时11个月。"]
    cost, _ = searched_path(en, zh, None, None, "en", "zh", None, bead_shapes(4), None, 8,
                            Params())
    shares = (0.6, 0.5)
    wrong = [(1, 1), (1, 1), (0, 1), (0, 1), (1, 1)]
    right = [(1, 1), (0, 1), (0, 1), (1, 1), (1, 1)]
    assert glue.pair_across_nulls(cost, wrong, shares) == right
    assert glue.pair_across_nulls(cost, right, shares) == right

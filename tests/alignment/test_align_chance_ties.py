"""A sentence tied to its bead by chance only: the bead is not shown as sure.

A left-out (or added) short sentence glued onto its neighbour often matches the
other side by one word that many sentences of the document have (说 gives "say"
and "speak", 年 "year") or by the number one (这一 "this one", an article as often
as a quantity).  Neither says it was merged: the bead's confidence stays below
``tm align``'s trust threshold (tm.alignment._glue.chance_only).
"""

from __future__ import annotations

import tm

# A made-up council story; the English has a short sentence the Chinese leaves out.
EN = ["The city council approved the new budget on Tuesday.",
      "Spending on schools will rise by 12 percent next year.",
      "“We listened to parents and teachers before we wrote it,” Mayor Ellen Hart said.",
      "Hart smiled as she spoke.",
      "The budget also funds 300 new bus drivers.",
      "Opposition members said the plan was too expensive."]
ZH = ["市议会周二批准了新预算。", "明年学校支出将增加12%。",
      "市长埃伦·哈特说：“我们听取了家长和老师的意见。”",
      "预算还为300名新公交司机提供资金。", "反对派议员说，该计划过于昂贵。"]

# A made-up judgment; the Chinese adds a short comment of its own.
EN_COURT = ["The court ruled against the developer on Friday.",
            "The judge found that the first survey of the site had been falsified.",
            "Each buyer will receive a refund of 8,000 dollars within three months.",
            "The developer said it would appeal."]
ZH_COURT = ["法院周五作出不利于开发商的判决。", "法官认定，该地块的首份勘测报告系伪造。",
            "这一认定是本案关键。", "每位买家将在三个月内获得8000美元退款。",
            "开发商表示将提出上诉。"]


def _scores(en: list[str], zh: list[str]) -> dict[tuple[tuple[int, ...], tuple[int, ...]], float]:
    return {(b.src, b.tgt): b.score for b in tm.align(en, zh)}


def test_a_short_sentence_tied_by_a_common_word_is_not_trusted() -> None:
    """"Hart smiled as she spoke." matches only the "speak" of 说, which another Chinese
    sentence has too.  Before: glued on as a 2-1 scoring 0.55 (trusted)."""
    beads = _scores(EN, ZH)
    glued = next(score for (src, _), score in beads.items() if 3 in src)
    assert glued < 0.5
    assert beads[((4,), (3,))] > 0.9 and beads[((5,), (4,))] > 0.9


def test_a_sentence_tied_by_the_number_one_is_not_trusted() -> None:
    """这一认定是本案关键。 ("This finding is the key of the case.") matches the English
    "first" by its 一 only.  Before: glued onto the judge's finding as a 1-2 scoring 0.86."""
    beads = _scores(EN_COURT, ZH_COURT)
    glued = next(score for (_, tgt), score in beads.items() if 2 in tgt)
    assert glued < 0.5
    assert beads[((2,), (3,))] > 0.9


def test_a_short_sentence_tied_by_a_word_no_other_sentence_has_stays_sure() -> None:
    """The word that ties a short merged sentence is found nowhere else on the other side:
    no chance match, so the merge keeps its confidence."""
    en = [*EN[:3], "Hart was in tears.", *EN[4:]]
    zh = [*ZH[:2], "市长埃伦·哈特含着泪说：“我们听取了家长和老师的意见。”", *ZH[3:]]
    beads = _scores(en, zh)
    assert beads[((2, 3), (2,))] > 0.5



def test_a_sentence_alone_whose_figures_sit_in_an_unsure_bead_is_not_sure() -> None:
    """A shift: the ticket sentence's translation stands alone while the English sentence
    with its two figures (12 euros, under 6) is paired with an unrelated one.  The pair
    scores near 0; the sentence alone scored 0.51 (trusted) before: its translation is
    right there, so it is no surer than a shifted pair (SHIFTED_CONFIDENCE)."""
    from tm.alignment import bead_shapes
    from tm.alignment._align import searched_path
    from tm.alignment._confidence import SHIFTED_CONFIDENCE, bead_scores
    from tm.alignment._scoring import Params

    en = ["The museum reopened on Saturday after a two-year renovation.",
          "Tickets cost 12 euros, and children under 6 enter free.",
          "The director thanked the volunteers who repainted the halls.",
          "About 3,000 people visited on the first day."]
    zh = ["博物馆在经过两年的翻修后于周六重新开放。", "馆长感谢了重新粉刷展厅的志愿者。",
          "门票12欧元，6岁以下儿童免费。", "首日约有3000人参观。"]
    cost, _ = searched_path(en, zh, None, None, "en", "zh", None, bead_shapes(4), None, 8,
                            Params())
    scores = bead_scores(cost, [(1, 1), (1, 1), (0, 1), (1, 0), (1, 1)])
    assert scores[1] < 0.5                              # tickets x director: unrelated
    assert scores[2] <= SHIFTED_CONFIDENCE              # 门票12欧元… alone
    assert bead_scores(cost, [(1, 1), (2, 2), (1, 1)])[1] > 0.9   # the swap, as found

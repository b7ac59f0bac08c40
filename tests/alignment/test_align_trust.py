"""Beads that must not be trusted: a glued sentence that adds nothing, a shifted pair.

Made-up texts (a library reopening, a kettle manual, a town's ageing population); the
first and the last case failed on the aligner before tm.alignment._glue.adds_nothing and
tm.alignment._confidence.looks_shifted, the others guard what they must leave alone.
"""

from __future__ import annotations

import tm
from tm.alignment import _glue as glue
from tm.alignment import bead_shapes
from tm.alignment._align import searched_path
from tm.alignment._confidence import SHIFTED_CONFIDENCE
from tm.alignment._scoring import Params

LIBRARY_EN = ["The city library reopened on Saturday after two years of renovation.",
              "The building now has a rooftop garden and a reading room for children.",
              "Visitors can borrow up to ten books at a time.",
              "Opening hours have been extended to nine in the evening.",
              "The renovation cost 80 million yuan.",
              "Membership cards are free for anyone who lives or works in the city.",
              "A café on the ground floor will open next month."]
LIBRARY_ZH = ["历时两年改造的市图书馆周六重新迎客，吸引了不少读者。",
              "新馆增设了屋顶花园，还为孩子们准备了专门的阅读空间。",
              "读者每次最多可借阅十本书，借期一个月。",
              "闭馆时间推迟到晚上九点，方便上班族。",
              "此次改造耗资8000万元，由市财政承担。",
              "一楼的咖啡馆将于下月开业。"]


def _beads(en: list[str], zh: list[str]) -> dict[tuple[tuple[int, ...], tuple[int, ...]], float]:
    return {(b.src, b.tgt): b.score for b in tm.align(en, zh)}


def test_a_left_out_sentence_sharing_one_chance_word_stands_alone() -> None:
    """"Membership cards ... in the city." shares only "city" (市财政) with the cost
    sentence's translation; before, it was glued on as a 2-1."""
    beads = _beads(LIBRARY_EN, LIBRARY_ZH)
    assert ((4,), (4,)) in beads
    assert ((5,), ()) in beads


def test_a_merged_sentence_whose_one_new_word_is_a_name_stays_merged() -> None:
    """The second Chinese sentence repeats the first one's words and adds only 挪威,
    which the English names ("a lender in Norway"): a split, not an addition."""
    en = [*LIBRARY_EN[:3], "To pay for the work, the library borrowed 20 million yuan from a "
          "local bank and took a second loan from a lender in Norway.", LIBRARY_EN[6]]
    zh = [*LIBRARY_ZH[:3], "为支付改造费用，图书馆向本地一家银行借款2000万元。",
          "图书馆还向挪威的一家机构借了一笔款。", LIBRARY_ZH[5]]
    beads = _beads(en, zh)
    assert ((3,), (3, 4)) in beads
    assert ((), (4,)) not in beads


def test_an_added_sentence_on_the_less_covered_side_stands_alone() -> None:
    """The dictionary knows fewer Chinese words, so a close translation's Chinese side
    matches under half its evidence (0.44 here); the English side's coverage (0.71) says
    the document is close.  The added 近年来，市财政… repeats only 市财政 (city) of the
    cost sentence's translation; before, it was glued on as a 1-2."""
    en = [*LIBRARY_EN[:4], "The renovation cost 80 million yuan, paid by the city.",
          LIBRARY_EN[6]]
    zh = [*LIBRARY_ZH[:5], "近年来，市财政对公共文化设施的投入逐年增加。", LIBRARY_ZH[5]]
    beads = _beads(en, zh)
    assert ((4,), (4,)) in beads
    assert ((), (5,)) in beads


KETTLE_EN = ["1. Unplug the kettle and let it cool.",
             "2. Fill it halfway with white vinegar.",
             "3. Top it up with water.",
             "4. Bring the mixture to the boil.",
             "The lid light turns red while it heats.",
             "5. Leave the kettle to stand on the counter overnight.",
             "It should rest for at least eight hours.",
             "6. Rinse the kettle twice with clean water."]
KETTLE_ZH = ["1. 拔下电源，待水壶冷却。",
             "2. 倒入半壶白醋，再加满清水。",
             "3. 将混合液烧开。",
             "加热时壶盖指示灯呈红色。",
             "4. 静置至少8小时。",
             "5. 用清水将水壶冲洗两遍。"]


def _adds_nothing(en: list[str], zh: list[str], i: int, k: int, j: int, t: int,
                  edge: int) -> bool:
    cost, _ = searched_path(en, zh, None, None, "en", "zh", None, bead_shapes(4), None, 8,
                            Params())
    return glue.adds_nothing(cost, i, k, j, t, True, edge, 0.6)


def test_a_numbered_step_facing_a_renumbered_step_is_not_said_to_add_nothing() -> None:
    """After an earlier merge the Chinese step numbers are one lower: "5. Leave the
    kettle ..." + "It should rest ..." against "4. 静置至少8小时。" is one step whose
    first sentence the translator paraphrased; unnumbered, the same sentence adds
    nothing."""
    assert not _adds_nothing(KETTLE_EN, KETTLE_ZH, 5, 2, 4, 1, 5)
    unnumbered = [*KETTLE_EN[:5], "Leave the kettle to stand on the counter overnight.",
                  *KETTLE_EN[6:]]
    assert _adds_nothing(unnumbered, KETTLE_ZH, 5, 2, 4, 1, 5)


def test_a_short_sentence_has_too_little_evidence_to_add_nothing() -> None:
    """"It is quiet." has one key: too few to tell a merged sentence from a glued one."""
    en = [*KETTLE_EN[:6], "It should rest for at least eight hours.", "It is quiet."]
    zh = KETTLE_ZH[:5]
    assert not _adds_nothing(en, zh, 6, 2, 4, 1, 7)


def test_a_pair_shifted_by_a_left_out_sentence_is_not_trusted() -> None:
    """The Chinese splits the town's population sentence in two and leaves out the old
    quarter: the search pairs the English population sentence with the first half
    (sharing almost nothing) although the second half holds its figures.  Before,
    that pair scored 0.94."""
    en = ["The town hall reopened on Monday after a fire in 2022.",
          "Repairs cost 12 million yuan.",
          "The town has more than 40,000 people, and the number over 70 is rising fast.",
          "In the old quarter near the river, roughly one resident in three is now over 70 "
          "years old.",
          "A new clinic will open next spring."]
    zh = ["镇政府大楼在2022年的火灾后于周一重新启用。",
          "维修耗资1200万元。",
          "该镇的人口结构正在迅速变化，老年人越来越多。",
          "全镇4万多名居民中，70岁以上的已有9000人。",
          "明年春天将开设一家新诊所。"]
    beads = _beads(en, zh)
    assert beads[(2,), (2,)] <= SHIFTED_CONFIDENCE
    assert beads[(0,), (0,)] > 0.9 and beads[(4,), (4,)] > 0.9


def test_a_left_out_middle_sentence_whose_figure_is_dropped_is_not_trusted() -> None:
    """The Chinese folds the first and last sentences of a paragraph into one and leaves
    out the middle one, whose only figure (2017) it does not have (trial R4-2).  The 3-1
    cannot be cut (the two other sentences are not neighbours); before, it scored 0.96."""
    en = tm.segment("Ferry fares rise\n\nThe port will raise ferry fares in June. The last rise "
                    "was in 2017. Operators blamed higher fuel prices.\n\nA crossing will cost 40 "
                    "yuan. Season tickets will not change.\n", "en")
    zh_text = ("轮渡票价上涨\n\n该港六月将上调轮渡票价，{}运营方将此归咎于燃油价格上涨。\n\n"
               "单程票价将为40元。季票价格不变。\n")
    dropped = _beads(en, tm.segment(zh_text.format(""), "zh"))  # type: ignore[arg-type]
    assert dropped[(1, 2, 3), (1,)] < 0.5
    kept = _beads(en, tm.segment(zh_text.format("上次调价是在2017年，"), "zh"))  # type: ignore[arg-type]
    assert kept[(1, 2, 3), (1,)] > 0.9


PINGYAO_EN = ["The old town of Pingyao reopened its city wall to visitors on Saturday.",
              "The wall is 6 kilometres long and took 18 months to restore.",
              "Winters are mild.",
              "Avoid the Spring Festival week, when the old town draws 80,000 visitors a day.",
              "A ticket to the wall costs 40 yuan."]
PINGYAO_ZH = ["平遥古城城墙周六重新对游客开放。", "城墙全长6公里，修缮历时18个月。",
              "春节期间古城日均游客达8万人次，请错峰出行。", "城墙门票40元。"]


def test_a_short_sentence_with_nothing_for_it_in_its_bead_is_not_trusted() -> None:
    """"Winters are mild." (and "The food is excellent.") match nothing the next sentence
    does not, and the Chinese sentence's length does not need them: glued on, the 2-1
    is not sure (0.51 before _glue.NOT_NEEDED)."""
    for line in ("Winters are mild.", "The food is excellent."):
        en = [*PINGYAO_EN[:2], line, *PINGYAO_EN[3:]]
        beads = {(b.src, b.tgt): b.score for b in tm.align(en, PINGYAO_ZH)}
        assert beads[((2, 3), (2,))] < 0.5, line
        assert beads[((4,), (3,))] > 0.9


def test_a_short_sentence_the_other_side_translates_keeps_its_bead_sure() -> None:
    """The same short sentences merged into the Chinese one (人群十分拥挤，… / 冬季气候温和，…):
    they match words of it, and the bead stays sure."""
    for line, opening in (("The crowds are huge.", "人群十分拥挤，"),
                          ("Winters are mild.", "冬季气候温和，")):
        en = [*PINGYAO_EN[:2], line, *PINGYAO_EN[3:]]
        zh = [*PINGYAO_ZH[:2], opening + PINGYAO_ZH[2], PINGYAO_ZH[3]]
        beads = {(b.src, b.tgt): b.score for b in tm.align(en, zh)}
        assert beads[((2, 3), (2,))] > 0.9, line

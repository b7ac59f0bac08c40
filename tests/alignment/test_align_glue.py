"""Glued and shifted sentences: a left-out or added sentence stands alone (tm.alignment._glue)."""

from __future__ import annotations

from article_variants import variants

import tm
from tm.alignment import _glue as glue
from tm.alignment import bead_shapes
from tm.alignment._align import searched_path
from tm.alignment._scoring import Params

# A made-up news story; the English restates a figure in a sentence the Chinese leaves out.
EN = ["The city opened a new metro line on Monday.",
      "The line runs 38 kilometres from Binhai Station to the airport, with 21 stations.",
      "Its 21 stations cover 38 kilometres.",
      "The trip to the airport now takes 35 minutes instead of 80.",
      "The city plans to open two more lines by 2028.",
      "Officials said ticket prices would stay at 2 to 7 yuan."]
ZH = ["该市周一开通了一条新的地铁线路。",
      "该线路从滨海站至机场，全长38公里，设21座车站。",
      "乘客前往机场的时间从80分钟缩短至35分钟。",
      "该市计划到2028年再开通两条线路。",
      "官员表示，票价将保持在2元至7元。"]


def _beads(src: list[str], tgt: list[str], source_lang: str = "en",
           target_lang: str = "zh") -> dict[tuple[tuple[int, ...], tuple[int, ...]], float]:
    return {(b.src, b.tgt): b.score for b in tm.align(src, tgt, source_lang, target_lang)}


def test_a_left_out_sentence_restating_its_neighbour_stands_alone() -> None:
    """Before: glued to its neighbour as a 2-1 scoring 0.99 (its figures all match)."""
    beads = _beads(EN, ZH)
    assert ((2,), ()) in beads
    assert ((1,), (1,)) in beads
    assert not any(len(src) > 1 for src, _ in beads)


def test_an_added_sentence_restating_its_neighbour_stands_alone() -> None:
    """The same with the languages swapped: a Chinese-only restatement is a 0-1 bead."""
    beads = _beads(ZH, EN, "zh", "en")
    assert ((), (2,)) in beads
    assert ((1,), (1,)) in beads


def test_a_translator_merge_keeps_its_many_sentence_bead() -> None:
    """Two sentences the translator merged each bring words of their own: not glued."""
    en = ["The factory opened in 2019.", "It makes batteries for electric buses.",
          "Sales doubled last year."]
    zh = ["这家工厂于2019年投产，为电动公交车生产电池。", "去年销售额翻了一番。"]
    beads = _beads(en, zh)
    assert ((0, 1), (0,)) in beads
    assert ((2,), (1,)) in beads


def test_a_sentence_paired_with_the_next_one_along_is_given_back() -> None:
    """A missing English sentence let the search pair its neighbour with the
    Chinese-only sentence (a shifted 1-1); the repair makes it a 0-1 again."""
    variant = next(v for v in variants() if v.name == "en sentence 15 missing")
    en = [s.text for s in variant.en]
    zh = [s.text for s in variant.zh]
    cost, path = searched_path(en, zh, None, None, "en", "zh", None, bead_shapes(4), None, 8,
                               Params())
    shares = glue.coverage(cost, path)
    repaired = glue.split_glued(cost, glue.reattach_shifted(cost, path, shares), shares)
    beads = set()
    i = j = 0
    for k, t in repaired:
        beads.add((tuple(range(i, i + k)), tuple(range(j, j + t))))
        i, j = i + k, j + t
    assert set(variant.nulls) <= beads


def test_coverage_is_bounded_and_defaults_without_one_to_one_beads() -> None:
    en = ["One.", "Two."]
    zh = ["一二。"]
    cost, _ = searched_path(en, zh, None, None, "en", "zh", None, bead_shapes(4), None, 8,
                            Params())
    assert glue.coverage(cost, [(2, 1)]) == (0.5, 0.5)
    low, high = glue.COVERAGE_BOUNDS
    for share in glue.coverage(cost, [(1, 1), (1, 0)]):
        assert low <= share <= high


def test_the_likelihood_ratio_favours_unrelated_when_nothing_matches() -> None:
    assert glue.unexplained(0, 10, 0.5) > 0
    assert glue.unexplained(10, 10, 0.5) < 0
    # In a loosely translated document a miss proves less than in a close one.
    assert glue.unexplained(0, 10, 0.3) < glue.unexplained(0, 10, 0.7)


def test_a_sentence_across_a_paragraph_break_joins_the_bead_that_holds_its_figures() -> None:
    """Trial T33: the Chinese edition joins two short English paragraphs into one sentence;
    the paragraph penalty kept the second English sentence out, standing alone, while its
    two figures sat in the Chinese sentence paired with the first one."""
    en = ["The port handled 31 million containers in 2025.",
          "That was 7 percent more than in 2024.",
          "Its new automated terminal opened in March.",
          "The terminal can load a ship in 18 hours."]
    zh = ["2025年，该港集装箱吞吐量达3100万标箱，比2024年增长7%。",
          "今年3月，新的自动化码头投入使用。",
          "该码头装载一艘船只需18小时。"]
    en_par, zh_par = [0, 1, 1, 2], [0, 1, 2]
    beads = tm.align([tm.Segment(t, 0, len(t), p) for t, p in zip(en, en_par, strict=True)],
                     [tm.Segment(t, 0, len(t), p) for t, p in zip(zh, zh_par, strict=True)])
    assert (beads[0].src, beads[0].tgt) == ((0, 1), (0,))


def test_a_sentence_whose_figures_are_all_missing_is_dropped_despite_one_shared_word() -> None:
    """Trial T51's class: "Some areas could see more than 50 cm." shares "area" with 部分地区,
    which its neighbour's translation holds anyway; its only figure (50) is missing.
    Before: not taken for dropped (any shared word counted), glued on and trusted."""
    en = ["Snowfall of 20 to 30 centimetres is expected in parts of the province over the "
          "next two days.", "Some areas could see more than 50 cm."]
    zh = ["预计未来两天，该省部分地区降雪量将达20至30厘米。"]
    cost, _ = searched_path(en, zh, None, None, "en", "zh", None, bead_shapes(4), None, 8,
                            Params())
    assert glue.figures_dropped(cost, 0, 2, 0, 1, True, 1)
    assert not glue.figures_dropped(cost, 0, 2, 0, 1, True, 0)



def test_a_short_left_out_sentence_paired_with_the_next_ones_neighbour_is_given_back() -> None:
    """The English-only "Prices there have not been set." (short: little evidence) was
    paired with the Chinese sentence that opens the next English sentence's translation
    (海南、云南 ... 试销: names and words of that sentence), then merged into a 2-3 of
    confidence 0.05.  It shares nothing with its partner, which the next bead explains."""
    en = ["Sales of the scooter will begin in Thailand and Vietnam next spring.",
          "Prices there have not been set.",
          "The company said a trial in Hainan and Yunnan drew more than 8,000 orders, "
          "2,500 of them from delivery riders.",
          "It plans to build a second factory in 2027."]
    zh = ["这款电动车明年春季将在泰国和越南开售。", "公司称，此前在海南、云南两省开展了试销。",
          "试销期间共收到8000余份订单。", "其中2500份来自外卖骑手。",
          "公司计划2027年建设第二座工厂。"]
    beads = _beads(en, zh)
    assert ((1,), ()) in beads
    assert ((2,), (1, 2, 3)) in beads

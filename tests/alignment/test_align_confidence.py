"""Bead confidence: a probability of being right, and what lowers it."""

from __future__ import annotations

import tm
from tm.alignment import NULL_WEIGHTS, bead_features, bead_shapes
from tm.alignment._align import _solve
from tm.alignment._confidence import NULL_FEATURES, PAIRED_FEATURES
from tm.alignment._scoring import Params

EN = ["The company was founded in 2008.", "It manages two angel investment funds.",
      "Its founder trained 600 managers in seven years.", "He praised their achievements.",
      "Legend Star invests in high-end manufacturing."]
ZH = ["该公司成立于2008年。", "它管理着两支天使投资基金。", "其创始人七年来培训了600名经理。",
      "他对他们的成绩给予高度评价。", "联想之星投资高端制造业。"]


def features(en: list[str], zh: list[str]) -> tuple[list[tuple[int, int]], list[list[float]]]:
    cost, path, _ = _solve(en, zh, None, None, "en", "zh", None, bead_shapes(4), None, 8,
                           Params())
    return path, bead_features(cost, path)


def test_feature_rows_match_the_documented_names() -> None:
    path, rows = features(EN, ZH)
    for (k, t), row in zip(path, rows, strict=True):
        assert len(row) == len(PAIRED_FEATURES if k and t else NULL_FEATURES)
    assert len(NULL_WEIGHTS) == len(NULL_FEATURES) + 1


def test_translated_beads_are_sure_and_a_replaced_sentence_is_not() -> None:
    beads = tm.align(EN, ZH)
    assert all(b.score > 0.9 for b in beads)
    wrong = list(ZH)
    wrong[2] = "昨天下午，城东的菜市场里，一位老人在卖自家种的白菜和萝卜。"
    beads = tm.align(EN, wrong)
    # The replaced sentence (its figure gone, nothing shared) is either paired with the
    # lowest confidence of the text or, better, not paired at all.
    replaced = [b for b in beads if 2 in b.src or 2 in b.tgt]
    others = [b for b in beads if b not in replaced]
    assert all(b.score < min(o.score for o in others) for b in replaced if b.src and b.tgt)
    assert ((2,), ()) in [(b.src, b.tgt) for b in beads]


def test_a_file_that_is_not_the_translation_scores_low() -> None:
    other = ["天气预报说，明天北方大部分地区将有小到中雨。", "这家面馆开了三十年。",
             "孩子们放学后在操场上踢球。", "图书馆新到了一批儿童绘本。",
             "雨停了，街道上的积水很快就退去了。"]
    beads = tm.align(EN, other)
    assert all(b.score < 0.5 for b in beads if b.src and b.tgt)


def test_an_orphan_in_a_merged_bead_is_a_feature() -> None:
    """A sentence its bead-mates explain (a left-out sentence glued on) shows as an orphan."""
    en = EN[:3]
    zh = ["该公司成立于2008年，管理着两支天使投资基金。",
          "其创始人七年来培训了600名经理。"]
    cost, _, _ = _solve([*en, "Prices of eggs fell sharply in northern villages."], zh,
                           None, None, "en", "zh", None, bead_shapes(4), None, 8, Params())
    orphan = PAIRED_FEATURES.index("orphan")
    glued = cost.orphan_cost(1, 4, 1, 2, cost.matches(1, 4, 1, 2), weight=1.0)
    clean = cost.orphan_cost(0, 2, 0, 1, cost.matches(0, 2, 0, 1), weight=1.0)
    assert glued > clean >= 0.0
    assert orphan >= 0


def test_no_bead_is_surer_than_the_glue_model_allows() -> None:
    """A paired bead is right only if no edge sentence is glued on, a null bead only if
    its sentence is not part of a neighbour: confidence never exceeds either
    probability (before, a 2-1 keeping a sentence the glue model gave even odds of
    being left out still scored 0.6-0.9)."""
    GLUED, LEFT_OUT = PAIRED_FEATURES.index("glued"), NULL_FEATURES.index("left out")

    en = [*EN[:2], "That is one in five.", *EN[2:]]
    zh = ["该公司成立于2008年，管理着两支天使投资基金。", *ZH[2:]]
    cost, path, scores = _solve(en, zh, None, None, "en", "zh", None, bead_shapes(4), None, 8,
                                Params())
    rows = bead_features(cost, path)
    checked = 0
    for (k, t), row, score in zip(path, rows, scores, strict=True):
        if k and t:
            assert score <= 1.0 - row[GLUED] + 1e-4
            checked += k > 1 or t > 1
        elif not row[0] and row[LEFT_OUT] > 1e-4:
            assert score <= row[LEFT_OUT] + 1e-4
            checked += 1
    assert checked >= 1

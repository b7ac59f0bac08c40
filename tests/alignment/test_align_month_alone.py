"""A month named without a day is one figure in both languages: "in September" and
今年9月 (tm.alignment._scoring._month_alone)."""

from __future__ import annotations

import pytest

import tm
from tm.alignment import _lexicon as lexicon  # noqa: F401  (the skipif string reads it)
from tm.alignment._scoring import NUMBER_KEY, side_keys


def _figures(text: str, lang: str) -> set[str]:
    keys, _, _ = side_keys(text, lang, "en" if lang == "zh" else "zh", None)
    return {key.split("\x01")[0] for key in keys if key.startswith(NUMBER_KEY)}


@pytest.mark.parametrize(("en", "zh"), [
    ("Deliveries begin in September.", "计划于今年9月起批量交付。"),
    ("She had knee surgery in March.", "这是她今年3月接受膝关节手术后的首场比赛。"),
    ("The museum closes in June.", "博物馆6月闭馆。"),
])
def test_a_month_without_a_day_is_the_same_figure_on_both_sides(en: str, zh: str) -> None:
    """Before: "September" was the date 900 and 9月 the number 9, so the pair shared no
    figure and each side had one the other lacked."""
    assert _figures(en, "en") == _figures(zh, "zh") != set()


@pytest.mark.parametrize(("zh", "figure"), [
    ("工期6个月。", f"{NUMBER_KEY}6"),          # a count of months stays a count
    ("项目于2023年3月开工。", f"{NUMBER_KEY}2.02303E+7"),   # a month of a year, as before
    ("5月28日召开。", f"{NUMBER_KEY}528"),     # a day, as before
])
def test_counts_of_months_and_full_dates_keep_their_figures(zh: str, figure: str) -> None:
    assert _figures(zh, "zh") == {figure}


@pytest.mark.skipif("not lexicon.available()", reason="needs the dict extra")
def test_a_sentence_merged_by_the_month_it_adds_is_not_left_out() -> None:
    """The Chinese folds "Volume deliveries are scheduled to begin in September." into the
    sentence before it (……计划于今年9月起批量交付。).  Before: the month was no shared
    figure, the English sentence stood alone as left out at 0.95 and the 1-1 before it,
    half a translation, was trusted at 0.86."""
    en = ["The new harvester was unveiled in Harbin on Friday.",
          "It weighs 12 tonnes, about a fifth less than earlier models, the maker said.",
          "Volume deliveries are scheduled to begin in September.",
          "The company expects to sell 500 of them this year."]
    zh = ["新型收割机周五在哈尔滨发布。",
          "据介绍，该机整机重12吨，比以往机型轻约五分之一，计划于今年9月起批量交付。",
          "公司预计今年销售500台。"]
    beads = {(b.src, b.tgt): b.score for b in tm.align(en, zh)}
    assert list(beads) == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,))]
    assert beads[((1, 2), (1,))] > 0.5

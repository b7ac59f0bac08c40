"""tm.beads_to_units: one unit per bead with source text; no target sentence is ever lost."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tm
from conftest import examples
from tm import Bead, Origin

EN = ["It rained all day.", "We stayed home.", "The next day was sunny."]
ZH = ["下了一整天雨。", "我们待在家里。", "第二天阳光明媚。"]


def test_units_carry_text_id_origins_note_and_fuzzy() -> None:
    beads = [Bead((0, 1), (0,), 0.4), Bead((2,), (1, 2), 0.9)]
    result = tm.beads_to_units(beads, EN, ZH,
                               source_origins=[Origin("en.txt", n) for n in (1, 2, 4)],
                               target_origins=[Origin("zh.txt", n) for n in (1, 3, 5)])
    first, second = result.units
    assert first.unit.source == "It rained all day. We stayed home."
    assert second.unit.target == "我们待在家里。第二天阳光明媚。"
    assert [a.unit.context for a in result.units] == [tm.stable_ids(EN)[0], tm.stable_ids(EN)[2]]
    assert (first.unit.origin, first.target_origin) == (Origin("en.txt", 1), Origin("zh.txt", 1))
    assert (second.unit.origin, second.target_origin) == (Origin("en.txt", 4), Origin("zh.txt", 3))
    assert (first.unit.note, first.unit.fuzzy) == ("bead 2-1 score 0.40", True)
    assert (second.unit.note, second.unit.fuzzy) == ("bead 1-2 score 0.90", False)
    assert (first.unit.source_lang, first.unit.target_lang) == ("en", "zh-CN")


def test_unaligned_chinese_is_attached_to_a_neighbour() -> None:
    beads = [Bead((), (0,), 0.3), Bead((0,), (1,), 0.9), Bead((1,), (), 0.3), Bead((), (2,), 0.3)]
    result = tm.beads_to_units(beads, EN[:2], ZH)
    assert [(a.unit.source, a.unit.target, a.unaligned) for a in result.units] == [
        (EN[0], ZH[1], (ZH[0],)),      # before the first unit: attached to it
        (EN[1], "", (ZH[2],)),         # after the last: attached to it
    ]
    assert result.unattached == ()
    assert not result.units[1].unit.fuzzy  # nothing to review without a target


def test_with_no_source_sentence_the_chinese_comes_back_unattached() -> None:
    result = tm.beads_to_units([Bead((), (0,), 0.0), Bead((), (1,), 0.0)], [], ZH[:2])
    assert result.units == () and result.unattached == tuple(ZH[:2])


def test_chinese_is_joined_without_spaces_and_line_breaks() -> None:
    result = tm.beads_to_units([Bead((0,), (0, 1), 1.0)], ["A\n  wrapped   line."],
                               ["第一\n句。", "3W 咖啡。"], target_lang="zh-Hant")
    assert (result.units[0].unit.source, result.units[0].unit.target) == (
        "A wrapped line.", "第一句。3W 咖啡。")


def test_fuzzy_below_must_be_a_confidence() -> None:
    with pytest.raises(ValueError, match="fuzzy_below"):
        tm.beads_to_units([], [], [], fuzzy_below=2)


SENTENCE = st.text(alphabet="ab 一二。.\n", min_size=1, max_size=12).filter(str.strip)


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(SENTENCE, max_size=8), st.lists(SENTENCE, max_size=8))
def test_every_target_sentence_is_kept_exactly_once(en: list[str], zh: list[str]) -> None:
    beads = tm.align(en, zh)
    result = tm.beads_to_units(beads, en, zh)
    kept = [t for a in result.units for t in (a.unit.target, *a.unaligned) if t]
    kept += list(result.unattached)
    expected = [tm.alignment.join_sentences([zh[j] for j in b.tgt], "zh") for b in beads if b.tgt]
    assert sorted(kept) == sorted(expected)
    assert [a.bead for a in result.units] == [b for b in beads if b.src]

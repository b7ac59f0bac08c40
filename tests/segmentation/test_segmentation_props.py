"""Property tests: segmentation invariants hold for any text, including random Unicode."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import tm
from conftest import examples

# Text that exercises the rules: sentence marks, quotes, brackets, digits, line
# breaks, Han (including astral-plane ideographs) and letters, mixed with any
# Unicode at all.
PIECES = st.sampled_from([
    ".", "!", "?", "。", "！", "？", "…", "……", "“", "”", "‘", "’", "\"", "'", "(", ")",
    "（", "）", "《", "》", "「", "」", " ", "  ", "\n", "\n\n", "\t", "\u3000", "U.S.",
    "Mr.", "1.", "a.", "3.5", "$7.83", "e.g.", " | ", "•", "- ", "He", "the", "好",
    "\U00020000", "\U0002A6D6", "Abc", "x", "7:29 AM", "http://a.b/c.html", ". . .",
])
TEXT = st.one_of(
    st.lists(PIECES, max_size=40).map("".join),
    st.text(max_size=200),
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=30).map("".join),
)


def check_invariants(text: str, segments: list[tm.Segment]) -> None:
    previous_end = 0
    previous_paragraph = 0
    for s in segments:
        assert text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert previous_end <= s.start < s.end <= len(text)
        assert s.paragraph in (previous_paragraph, previous_paragraph + 1)
        previous_end, previous_paragraph = s.end, s.paragraph
    # Nothing but white space (and skipped chrome) lies between segments.
    if segments:
        assert segments[0].paragraph == 0


@settings(max_examples=examples(300), deadline=None)
@given(TEXT, st.sampled_from(["en", "zh"]))
def test_segments_are_ordered_exact_and_disjoint(text: str, lang: str) -> None:
    check_invariants(text, tm.segment(text, lang))


@settings(max_examples=examples(200), deadline=None)
@given(TEXT, st.sampled_from(["en", "zh"]))
def test_without_skipping_segments_cover_every_visible_character(text: str, lang: str) -> None:
    segments = tm.segment(text, lang, skip=None)
    check_invariants(text, segments)
    covered = "".join(s.text for s in segments)
    assert "".join(text.split()) == "".join(covered.split())


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.text(max_size=30), max_size=20))
def test_stable_ids_are_unique_and_repeatable(texts: list[str]) -> None:
    ids = tm.stable_ids(texts)
    assert len(ids) == len(texts) == len(set(ids))
    assert ids == tm.stable_ids(list(texts))

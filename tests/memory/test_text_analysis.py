"""The writer's one-pass text analysis equals the three functions it replaces, for any text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import examples
from tm.memory._matching import analyse, match_tokens, never_lower, punctuation_skeleton

#: Pieces that exercise each path: ASCII words in any case, numbers, apostrophes, CJK,
#: full-width forms (NFKC changes them), letters whose case folding changes length.
PIECES = st.sampled_from([
    "The", "the", "THE", "Don't", "don’t", "53.96", "1,000", " ", "  ", "\t", "\n", ",", ".",
    "!", "，", "。", "：", "工厂", "的", "２０１７", "Ｗ", "ß", "STRASSE", "İ", "ﬁ", "Σ", "ς",
    "naïve", "Café", "e\u0301", "\u2028", "\x1c", "-", "…", "カナ", "ABC", "x_y", "_",
])
TEXTS = st.one_of(st.text(), st.text(alphabet=st.characters(max_codepoint=127)),
                  st.lists(PIECES, max_size=12).map("".join))


def _expected(text: str) -> tuple[list[str], set[str], str]:
    folded = match_tokens(text)
    return folded, never_lower(text, folded), punctuation_skeleton(text)


@settings(max_examples=examples(1500), deadline=None)
@given(TEXTS)
@example("")
@example("...")
@example("In 2016, Sales grew by 6.9%.")
@example("The Factory opened. the factory")
@example("李克强在3W咖啡与创业者交流。")
@example("ＡＢＣ，Ｄｅｆ。")
@example("STRASSE Straße")
def test_analyse_equals_tokens_never_lower_and_skeleton(text: str) -> None:
    assert analyse(text) == _expected(text)

"""The writer's one-pass text analysis equals the three functions it replaces, for any text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import examples
from tm.memory import _matching
from tm.memory._matching import analyse, match_tokens, never_lower, punctuation_skeleton

#: Pieces that exercise each path: ASCII words in any case, numbers, apostrophes, CJK,
#: full-width forms (NFKC changes them), letters whose case folding changes length.
PIECES = st.sampled_from([
    "The", "the", "THE", "Don't", "don’t", "53.96", "1,000", " ", "  ", "\t", "\n", ",", ".",
    "!", "，", "。", "：", "工厂", "的", "２０１７", "Ｗ", "ß", "STRASSE", "İ", "ﬁ", "Σ", "ς",
    "naïve", "Café", "e\u0301", "\u2028", "\x1c", "-", "…", "カナ", "ABC", "x_y", "_",
])
#: Chinese prose and its neighbours: Han ideographs (some NFKC changes: U+F900, U+2F800),
#: full-width and CJK punctuation, spaces (U+3000 becomes one under NFKC), and what must
#: leave the fast path: kana and its middle dot, full-width digits and letters, a
#: combining mark, a circled letter, ℃ (NFKC: °C, a letter), ½ (digits).
PROSE = st.lists(st.sampled_from([
    "中", "文", "的", "〇", "\u3400", "\U00020000", "\uf900", "\U0002f800", "，", "。", "：",
    "；", "？", "！", "（", "）", "「", "」", "『", "、", "…", "─", "□", "．", "\u3000", " ",
    "\n", ",", "(", "?", "・", "カ", "１", "Ａ", "ａ", "\u0301", "Ⓐ", "℃", "½", "〜", "¥",
]), max_size=16).map("".join)
TEXTS = st.one_of(st.text(), st.text(alphabet=st.characters(max_codepoint=127)),
                  st.lists(PIECES, max_size=12).map("".join), PROSE)


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


def test_every_character_of_the_chinese_fast_path_gives_the_general_answer() -> None:
    """Each character the fast path skips, between and around ideographs, alone and doubled."""
    pattern = _matching._han_prose().text
    skipped = [chr(cp) for cp in range(0x10000)
               if not 0xD800 <= cp <= 0xDFFF and pattern.fullmatch(chr(cp))
               and not _matching._han_prose().han.match(chr(cp))]
    assert len(skipped) > 1000  # punctuation, symbols, spaces
    for char in skipped:
        for text in (f"中{char}文", f"{char}中{char}{char}", f"中文{char}"):
            assert analyse(text) == _expected(text), repr(char)


def test_the_inert_characters_are_found_as_by_testing_each_one() -> None:
    """_inert_points (one search of the plane) gives the characters _inert accepts."""
    each = [cp for cp in range(0x10000) if not 0xD800 <= cp <= 0xDFFF
            and _matching._inert(chr(cp))]
    assert _matching._inert_points() == each
    assert len(each) > 1000


def test_chinese_prose_with_full_width_punctuation_takes_the_fast_path() -> None:
    """The texts the fast path is for (NFKC changes their punctuation) are accepted by it."""
    for text in ("神说：「要有光。」就有了光。", "要彼此相爱；（这是命令）！", "二〇一五年　春"):
        assert _matching._han_prose().text.fullmatch(text)
        assert analyse(text) == _expected(text)
    for text in ("３月５日", "Ａ计划", "カタカナ・中文"):  # NFKC or kana: not the fast path
        assert not _matching._han_prose().text.fullmatch(text)

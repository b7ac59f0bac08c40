"""Regression tests for the facts that had several owners (issue 13), one per class of divergence.

Each fact now lives in tm/_shared; these tests ask every stage that uses it the
same question and expect the same answer.
"""

from __future__ import annotations

import tm
from rows import every_row
from tm.alignment import join_sentences
from tm.memory import diff_tokens
from tm.segmentation import guess_lang, rules_signature
from tm.text import is_chinese, is_han, lang_key, normalize_lang

# -- which characters are Han --------------------------------------------------------

LING = "\u3007"             # 〇, the ideographic zero of 二〇一五
SUPPLEMENT = "\U0002F800"   # first CJK Compatibility Ideographs Supplement character


@every_row("char", [LING, SUPPLEMENT, "\uF900", "\U00020000"])
def test_han_class_is_the_same_in_every_stage(char: str) -> None:
    assert is_han(char)
    # the checks: a half-width comma inside text of these characters is Chinese prose
    unit = tm.Unit("It is, fine.", f"{char}{char},{char}{char}。")
    assert [f.check for f in tm.check([unit], select=["halfwidth-punctuation"])] == [
        "halfwidth-punctuation"]
    # the memory: one token per Han character, as for 中
    assert diff_tokens(char * 2, char) == [("=", char), ("+", char)]
    # segmentation: text of them is Chinese
    assert guess_lang(char * 3) == "zh"


def test_emoji_is_not_cjk_when_update_joins_translations() -> None:
    from tm.updating._merge import _join_targets

    assert _join_targets(["Hi 😀", "there."]) == "Hi 😀 there."
    assert _join_targets(["你好。", "再见。"]) == "你好。再见。"


# -- which texts are Chinese: one guesser -------------------------------------------

@every_row(("text", "lang"), [
    ("〇〇〇", "zh"),                        # Han that Unicode files as a number
    ("合同编号20240315001", "zh"),            # digits are no language's letters
    ("大众创业、万众创新 2017 Made in China", "zh"),
    ("Made in China 2025 (中国制造2025)", "en"),
    ("2015", "en"),
    ("", "en"),
])
def test_one_language_guesser_for_segment_analyze_and_align(text: str, lang: str) -> None:
    from tm._shared.script import CHINESE_SHARE, han_ratio

    assert guess_lang(text) == lang
    assert (han_ratio(text) >= CHINESE_SHARE) == (lang == "zh")
    # tm segment and tm analyze without a language ask the same guesser
    assert tm.segment(text) == tm.segment(text, lang)


# -- which language codes are Chinese ---------------------------------------------------

CHINESE = ["zh", "zh_CN", "zh-Hant", "cmn", "cmn-Hans-CN", "yue", "zh-yue", "lzh", "wuu"]


@every_row("code", CHINESE)
def test_chinese_codes_are_chinese_in_every_stage(code: str) -> None:
    assert is_chinese(code)
    assert [str(n.value) for n in tm.extract_numbers("二〇一五年，增长百分之五", code)] == [
        "2015", "5"]
    assert rules_signature(code) == rules_signature("zh")
    assert join_sentences(["第一句。", "第二句。"], code) == "第一句。第二句。"
    unit = tm.Unit("Sales rose 5 percent in 2015.", "2015年销售额增长了百分之五。",
                   target_lang=code)
    assert [f.check for f in tm.check([unit], select=["numbers"])] == []


@every_row("code", ["en", "en-US", "de-CH-1996", "ja"])
def test_other_codes_are_not_chinese(code: str) -> None:
    assert not is_chinese(code)
    assert rules_signature(code) == rules_signature("en")


# -- language tags ------------------------------------------------------------------

@every_row(("code", "normal", "key"), [
    ("de-CH-1996", "de-CH-1996", "de"),
    ("zh-yue", "yue", "yue"),
    ("cmn-Hans-CN", "zh-CN", "zh"),
    ("cmn-Hans", "zh-CN", "zh"),
    ("cmn", "zh", "zh"),
    ("cmn-Hant-TW", "zh-TW", "zh-Hant"),
    ("zh-Hans-HK", "zh-Hans-HK", "zh"),
    ("iw", "he", "he"),
])
def test_bcp47_tags_are_read_as_bcp47(code: str, normal: str, key: str) -> None:
    assert normalize_lang(code) == normal
    assert lang_key(code) == key
    from tm._shared.lang import is_wellformed_lang

    assert is_wellformed_lang(code)


# -- the same sentence ----------------------------------------------------------------

COMPOSED, DECOMPOSED = "Café opens at 9.", "Cafe\u0301  opens\nat 9."


def test_same_sentence_key_in_ids_analysis_and_memory_neighbours() -> None:
    assert tm.stable_ids([COMPOSED]) == tm.stable_ids([DECOMPOSED])
    from tm.memory import items_from_text

    with tm.TranslationMemory.open() as memory:
        result = tm.analyze(items_from_text(f"{COMPOSED}\n\n{DECOMPOSED}"), memory)
        bands = {b["band"]: b["segments"] for b in result.to_dict()["bands"]}
        assert bands["Repetitions"] == 1
        memory.add([tm.Unit(COMPOSED, "咖啡馆九点开门。", origin="a.po:1"),
                    tm.Unit("It closes at 6.", "六点关门。", origin="a.po:2")])
        (match,) = memory.lookup("It closes at 6.", prev=DECOMPOSED)
        assert match.in_context


# -- term folding ------------------------------------------------------------------

def test_glossary_and_checks_agree_that_the_target_holds_the_rendering() -> None:
    glossary = tm.Glossary.from_terms([tm.Term("fencing sword", ("Épée",))])
    target = "他买了一把ÉPÉE。"   # the rendering, upper-cased beyond ASCII
    assert [h.status for h in glossary.find(target, lang="zh")] == ["approved"]
    unit = tm.Unit("He bought a fencing sword.", target)
    assert [f.check for f in tm.check([unit], glossary, select=["terms"])] == []


# -- the words that hedge a figure: one vocabulary (tm.numbers._hedges) -------------------

@every_row(("word", "bound", "rounds"), [
    ("几近", "under", True),     # the shares' list lacked it
    ("超出", "over", True),      # likewise
    ("不超过", "under", False),  # the shares' list read the 超过 in it as a word of rounding
    ("至少", "over", False),     # no list had it
    ("约", "", True),            # about: rounds, no bound
])
def test_every_reader_of_numbers_takes_a_hedge_in_one_meaning(word: str, bound: str,
                                                              rounds: bool) -> None:
    (share,) = tm.extract_numbers(f"{word}三成", "zh")     # shares said approximately
    (figure,) = tm.extract_numbers(f"{word}300人", "zh")   # figures said to be bounds
    (bare,) = tm.extract_numbers(f"{word}百年", "zh")      # magnitudes with no numeral
    (half,) = tm.extract_numbers(f"{word}半数", "zh")      # half (过半, 近半数)
    assert share.approximate == half.approximate == rounds
    assert share.bound == figure.bound == bare.bound == half.bound == bound

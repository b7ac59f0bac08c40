"""Matches that differ only in numbers and names score by what adapting them gives (T32).

A three-word UI string with one changed name shares two of three words (66),
yet the memory's target adapted with the query's value is its exact
translation; CAT tools show such a match at 95-99 %, and so must tm, with the
same recall guarantee as word scores (checked against a full scan).
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples
from tm import TranslationMemory, Unit
from tm.memory._adapted import Adaptable
from tm.memory._matching import match_tokens, score


def _memory(location: str, pairs: list[tuple[str, str]]) -> TranslationMemory:
    memory = TranslationMemory.open(location)
    memory.add([Unit(s, t, origin=f"ui{i}.po") for i, (s, t) in enumerate(pairs)])
    return memory


def test_one_changed_name_in_a_short_label_is_a_99_with_the_adapted_target(
        location: str) -> None:
    with _memory(location, [("Share to WeChat", "分享到WeChat"),
                            ("Print the page.", "打印该页。")]) as memory:
        found = memory.lookup("Share to Weibo")
    assert [(m.score, m.unit.source, m.adapted) for m in found] == [
        (99.0, "Share to WeChat", "分享到Weibo")]


def test_each_changed_value_loses_one_point(location: str) -> None:
    pairs = [("Resize to 800 by 600 pixels", "调整为800×600像素"),
             ("Delete after 30 days.", "30天后删除。")]
    with _memory(location, pairs) as memory:
        two = memory.lookup("Resize to 1024 by 768 pixels")
        one = memory.lookup("Delete after 7 days.")
    assert [(m.score, m.adapted) for m in two] == [(98.0, "调整为1024×768像素")]
    assert [(m.score, m.adapted) for m in one] == [(99.0, "7天后删除。")]


def test_adapting_needs_the_same_punctuation(location: str) -> None:
    # adapt() compares the texts outside numbers and names exactly (case aside):
    # a dropped full stop is a difference it does not repair, so the word score stands.
    with _memory(location, [("Delete after 30 days.", "30天后删除。")]) as memory:
        found = memory.lookup("Delete after 7 days", min_score=50)
    assert [(m.score, m.adapted) for m in found] == [(74.0, None)]


def test_a_text_mostly_of_figures_is_still_scored_word_by_word(location: str) -> None:
    # 1 fixed word of 4: "Row 3 of 9" is not "Row 4 of 9" with one value swapped
    # in any useful sense; the word score (3 of 4 tokens) stands.
    with _memory(location, [("Row 3 of 9", "第3行，共9行")]) as memory:
        found = memory.lookup("Row 4 of 9")
    assert [(m.score, m.adapted) for m in found] == [(75.0, "第4行，共9行")]


def test_a_target_without_the_changed_value_keeps_the_word_score(location: str) -> None:
    # The translator wrote the name in Chinese: nothing to swap, so no adapted score.
    with _memory(location, [("Sync with Dropbox", "与多宝箱同步")]) as memory:
        found = memory.lookup("Sync with Box", min_score=50)
    assert [(m.score, m.adapted) for m in found] == [(66.0, None)]


def test_a_chinese_query_is_adapted_into_its_english_match(location: str) -> None:
    with _memory(location, [("Export as PNG", "导出为PNG")]) as memory:
        found = memory.lookup("导出为GIF", source_lang="zh-CN", target_lang="en")
    assert [(m.score, m.unit.source, m.adapted) for m in found] == [
        (99.0, "导出为PNG", "Export as GIF")]


def test_adapted_matches_outrank_word_matches_and_count_in_the_limit(location: str) -> None:
    pairs = [("Export the file as PNG", "将文件导出为PNG"),
             ("Export the files as PNG", "将这些文件导出为PNG"),
             ("Export the file as JPEG", "将文件导出为JPEG")]
    with _memory(location, pairs) as memory:
        found = memory.lookup("Export the file as GIF", limit=2)
    assert [(m.score, m.adapted) for m in found] == [(99.0, "将文件导出为GIF"),
                                                    (99.0, "将文件导出为GIF")]


# --- recall: every unit whose score (word or adapted) reaches min_score -----------------

FIXED = ["to", "as", "of", "the", "files", "after", "days"]
PLACEABLES = ["PNG", "GIF", "WeChat", "Box", "7", "30", "2017", "1,000"]


@st.composite
def texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(FIXED + PLACEABLES), min_size=1, max_size=7))
    return " ".join(words) + draw(st.sampled_from(["", ".", "!"]))


def _target(source: str) -> str:
    """A 'translation' that keeps every placeable, so many pairs can be adapted."""
    return "译" + "，".join(w for w in source.rstrip(".!").split() if w not in FIXED) + "。"


def _final(query: str, unit: Unit) -> int:
    """The lookup's score of *unit*, by its definition: word score, or adapted if higher."""
    word = score(query, unit.source)
    adaptable = Adaptable.of(query, match_tokens(query))
    if adaptable is None or word.value >= 99:
        return word.value
    adapted = adaptable.value(unit, match_tokens(unit.source), word)
    return word.value if adapted is None else max(word.value, adapted)


@settings(max_examples=examples(60), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(sources=st.lists(texts(), min_size=1, max_size=30), query=texts(),
       min_score=st.integers(min_value=0, max_value=100))
def test_lookup_returns_exactly_the_units_a_full_scan_scores_at_or_above_the_minimum(
        sources: list[str], query: str, min_score: int,
        new_location: Callable[[], str]) -> None:
    units = [Unit(s, _target(s), origin=f"f{i}.po") for i, s in enumerate(sources)]
    with TranslationMemory.open(new_location()) as memory:
        memory.add(units)
        found = memory.lookup(query, min_score=min_score, limit=10_000)
    got = {(m.unit.source, m.unit.target): m.score for m in found}
    expected: dict[tuple[str, str], float] = {}
    for unit in units:
        value = _final(query, unit)
        if value >= min_score:
            expected[(unit.source, unit.target)] = max(
                value, expected.get((unit.source, unit.target), 0))
    assert got == expected


_GLUE_TEST_TEXT = st.text(alphabet="a1Z9٣中。, .-", max_size=12)


@given(target=_GLUE_TEST_TEXT, old=st.text(alphabet="a1Z9٣中。, .-", max_size=3))
def test_a_stand_alone_placeable_is_found_where_the_boundary_pattern_finds_it(
        target: str, old: str) -> None:
    """The literal scan that replaced one compiled pattern per placeable finds the same copies."""
    import regex

    from tm.memory._placeables import _standalone

    whole = regex.compile(rf"(?<![\p{{Latin}}\d]){regex.escape(old)}(?![\p{{Latin}}\d])",
                          regex.V1)
    assert _standalone(target, old) == [m.start() for m in whole.finditer(target)]

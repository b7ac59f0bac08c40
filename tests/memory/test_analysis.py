"""tm.memory._analysis: word counts, band labels, and the match-band analysis over a real memory."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples
from rows import every_row
from tm.memory import TranslationMemory
from tm.memory._analysis import AnalysisItem, analyze, band_labels, count_words, items_from_text
from tm.model import Unit


@every_row(("text", "words"), [
    ("The factory opened in 2016.", 5),
    ("Don't stop: state-of-the-art output rose 6.9% in 2017.", 8),
    ("  ", 0),
    ("...!?", 0),
    ("国内生产总值增长6.9%。", 9),          # 8 characters + one number
    ("李克强在3W咖啡与创业者交流。", 13),    # 12 characters + "3W"
    ("iPhone 手机", 3),
])
def test_count_words(text: str, words: int) -> None:
    assert count_words(text) == words


@every_row(("bands", "labels"), [
    ((101, 100, 95, 85, 75, 50), ["101%", "100%", "95-99%", "85-94%", "75-84%", "50-74%"]),
    ((100, 90, 70), ["100%", "90-99%", "70-89%"]),
    ((101, 80), ["101%", "80-99%"]),
])
def test_band_labels(bands: tuple[int, ...], labels: list[str]) -> None:
    assert band_labels(bands) == labels


UNITS = [
    Unit("The factory opened in 2016.", "该工厂于2016年开业。", context="factory"),
    Unit("Sales rose 12 percent last year.", "去年销售额增长了12%。"),
    Unit("The company employs 300 people in Shenzhen.", "该公司在深圳雇用了300名员工。"),
]


@pytest.fixture
def memory(location: str) -> Iterator[TranslationMemory]:
    with TranslationMemory.open(location) as tm:
        tm.add(UNITS)
        yield tm


def rows(result: object) -> dict[str, tuple[int, int]]:
    return {r.label: (r.segments, r.words) for r in result.rows}  # type: ignore[attr-defined]


def test_bands_repetitions_and_no_match(memory: TranslationMemory) -> None:
    doc = ["The factory closed in 2016.",            # one word of five changed: 80
           "The factory opened in 2018.",            # only the year: adapted, 99
           "Sales rose 12 percent last year.",       # exact
           "Sales  rose 12 percent last year.",      # same after whitespace: repetition
           "Heavy rain is expected this weekend."]   # nothing close
    got = rows(analyze(doc, memory))
    assert got["100%"] == (1, 6)
    assert got["Repetitions"] == (1, 6)
    assert got["95-99%"] == (1, 5)
    assert got["75-84%"] == (1, 5)
    assert got["No match"] == (1, 6)
    assert list(got) == ["101%", "100%", "Repetitions", "95-99%", "85-94%", "75-84%",
                         "50-74%", "No match"]


@pytest.mark.parametrize(("item", "band"), [
    (AnalysisItem("The factory opened in 2016.", context="factory"), "101%"),
    (AnalysisItem("The factory opened in 2016.", context="other"), "100%"),
    (AnalysisItem("The factory opened in 2016."), "100%"),
])
def test_in_context_exact_is_101(memory: TranslationMemory, item: AnalysisItem,
                                 band: str) -> None:
    got = rows(analyze([item], memory))
    assert got[band] == (1, 5)


def test_chinese_source_counts_characters(memory: TranslationMemory) -> None:
    result = analyze(["去年销售额增长了12%。"], memory, source_lang="zh-CN", target_lang="en")
    assert result.unit == "characters"
    assert rows(result)["100%"] == (1, 9)
    assert result.to_dict()["bands"][1]["characters"] == 9


def test_table_and_json_agree(memory: TranslationMemory) -> None:
    result = analyze(items_from_text("Sales rose 12 percent last year. It rained.", "en"),
                     memory)
    data = result.to_dict()
    assert data["total"] == {"segments": 2, "words": 8}
    table = result.format_table().splitlines()
    assert table[-1].split() == ["Total", "2", "8", "100.0"]
    assert sum(b["percent"] for b in data["bands"]) == pytest.approx(100, abs=0.2)


@pytest.mark.parametrize("bands", [(), (0, 50), (102,)])
def test_bad_bands(memory: TranslationMemory, bands: tuple[int, ...]) -> None:
    with pytest.raises(ValueError, match="bands"):
        analyze(["x"], memory, bands=bands)


WORDS = st.sampled_from(["Sales", "rose", "12", "percent", "the", "factory", "opened",
                         "in", "2016", "工厂", "销售额", "."])


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture],
          max_examples=examples(40), deadline=None)
@given(st.lists(st.lists(WORDS, min_size=1, max_size=8).map(" ".join), max_size=12))
def test_every_segment_and_word_is_counted_once(new_location: Callable[[], str],
                                                doc: list[str]) -> None:
    with TranslationMemory.open(new_location()) as tm:
        tm.add(UNITS)
        result = analyze(doc, tm)
    assert result.total.segments == len(doc)
    assert result.total.words == sum(count_words(s) for s in doc)

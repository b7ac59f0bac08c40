"""Issue 9 item 12: segmentation is linear in time, flat in memory, and streamed.

Memory is measured with tracemalloc (deterministic: allocations, not time).
Time is compared, in one process, between adversarial text and ordinary text
of the same length, with a bound above what the rules need today (42x at
worst, ``"\n1. a"``, on an idle machine) and below what the old list-marker rules
needed (60x to 140x: they looked back 300 characters at every candidate).  The
two sides are timed for the same length of time, one right after the other, so
the machine's load cancels in their ratio (tests/segmentation/segment_cpu.py).
Absolute figures are in tests/benchmarks (``python tests/benchmarks/run.py segment``).
"""

from __future__ import annotations

import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from segment_cpu import cost_ratio

from conftest import examples
from tm.segmentation import iter_segments
from tm.segmentation._segment import _compiled

ROOT = Path(__file__).resolve().parents[2]


def _peak(run: Callable[[], object]) -> int:
    """Bytes allocated at the peak while *run* runs (beyond what existed before)."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _drain(text: str, lang: str) -> None:
    for _ in iter_segments(text, lang):
        pass


#: Characters of the text the peak is measured on: enough that the old code's 60 to 130
#: bytes a character is many times the bound; tracemalloc makes every allocation slow.
#: Measured at 10,000 (stop 30, the streaming code of 89d3031e against its parent): the old
#: code peaks at 2.7x ("Go. "), 3.5x ("1. ") and 5.4x ("。a") the bound (590 KB, 760 KB,
#: 1.3 MB against 220-240 KB), today's at 0.52x or less, as at 30,000 (0.45x-0.51x).
_TEXT_CHARS = 10_000


@pytest.mark.parametrize(("unit", "lang"), [("。a", "zh"), ("Go. ", "en"), ("1. ", "en")])
def test_memory_is_a_small_multiple_of_the_text(unit: str, lang: str) -> None:
    text = unit * (_TEXT_CHARS // len(unit))
    _drain(unit * 10, lang)  # rules compiled and cached beforehand
    # The old code kept every break, candidate and segment: 60 to 130 bytes per character.
    assert _peak(lambda: _drain(text, lang)) < 2 * sys.getsizeof(text) + 200_000


def test_the_first_segment_comes_before_the_whole_text_is_scanned() -> None:
    text = "Go on. " * 100_000  # 700,000 characters, 100,000 sentences
    _drain("Go on. Go.", "en")

    def first() -> None:
        assert next(iter_segments(text, "en")).text == "Go on."
    assert _peak(first) < 200_000  # a batch of candidates, not 100,000 breaks


#: Sentences in the two documents each format is run on: the peak may grow by the text
#: itself (a few bytes a sentence), never by a sentence, unit or entry held per sentence.
_SMALL, _LARGE = 1_000, 4_000
#: Growth allowed per extra sentence: the old code held every sentence, unit and entry
#: (400 to 2,000 bytes each); streaming keeps 15 to 30 (the text and bounded buffers).
_BYTES_PER_SENTENCE = 50


@pytest.mark.parametrize(("fmt", "single_entry"), [
    (["--format", "txt"], False), (["--format", "jsonl"], False), (["--format", "csv"], False),
    (["--format", "xliff"], False), (["--format", "pot", "--msgctxt"], False),
    (["--format", "pot"], True),  # a repeated sentence is one entry listing its references
])
def test_tm_segment_streams_every_format(tmp_path: Path, fmt: list[str],
                                         single_entry: bool) -> None:
    """Peak memory is flat in the number of sentences: 4x the sentences, the same peak.

    Comparing two sizes shows what one large document showed (20,000 sentences
    under 1 MB, 50 bytes a sentence) at a quarter of the cost.
    """
    from tm.cli import main
    out = tmp_path / "out"
    warm = tmp_path / "warm.txt"
    warm.write_text("。a" * 10, encoding="utf-8")
    main(["segment", str(warm), "--source-lang", "zh", *fmt, "-o", str(out)])
    peaks = []
    for sentences in (_SMALL, _LARGE):
        source = tmp_path / f"zh{sentences}.txt"
        source.write_text("。a" * sentences, encoding="utf-8")  # sentences + 1 sentences
        peaks.append(_peak(lambda source=source: main(
            ["segment", str(source), "--source-lang", "zh", *fmt, "-o", str(out)])))
        assert out.read_text(encoding="utf-8").count("a。") == (1 if single_entry
                                                                else sentences - 1)
    assert peaks[1] - peaks[0] < _BYTES_PER_SENTENCE * (_LARGE - _SMALL), peaks
    assert peaks[1] < 1_000_000, peaks


#: How many times ordinary text's cost a character candidate-dense text may cost.
_BOUND = 50
#: Characters of each text: 8 times the 300 characters the old rules looked back, and the
#: same ratios as 5,000, 10,000 and 30,000 characters (within the run-to-run spread: measured
#: for every unit below, 5,000 and 10,000 differ by -5x to +5x, largest 36.6x and 39.0x;
#: 2,500 and 5,000 by -4.8x to +4.4x, largest 35.5x and 36.3x, stop 30) at half the cost of
#: 5,000.  The list-marker rules without their possessive guards (the code this guards) cost
#: 65.7x on "1. " at 2,500 characters, 67.4x at 5,000: over the bound at either size.
_COST_CHARS = 2_500


@pytest.mark.parametrize(("unit", "lang"), [
    ("a. ", "en"), ("1. ", "en"), ("a) ", "en"), ("1) ", "en"), ("! ", "en"), ("\n1. a", "en"),
    ("。a", "zh"), ("1. ", "zh"), ("《a！", "zh"),
    # the segment3 classes: quotation, street, unit, reference and layout rules
    ("字“。”", "zh"), ("字“" + "。" * 150 + "”字", "zh"), ("“。”他叹了口气，", "zh"),
    ("Elm St. It ", "en"), ("5 min. A ", "en"), ("b.i.d. A ", "en"), ("Eq. (", "en"),
    ("Vol. II ", "en"), ("A 1\n", "en"), ("A:\nB ", "en"), ("各位：\n", "zh"),
    # the segment4 classes: weekday/street before a clause, footnotes, emoji, labels, dates,
    # case names, company suffixes, and the line rules (commas, contact lines, fields)
    ("on Elm St. Get on ", "en"), ("Sat. Go on ", "en"), ("x.[1] A ", "en"), ("x.³ A ", "en"),
    ("! 🎉 ", "en"), ("!🎉🎉", "en"), ("Step 1. ", "en"), ("(b. 1", "en"), ("A v. B ", "en"),
    ("Art. No. 4 ", "en"), ("\nIII. A", "en"), ("Acme B.V. A ", "en"), ("1 tsp. A ", "en"),
    ("Hi,\nA ", "en"), ("a@b.cd\n", "en"), ("A: b\n", "en"), ("会议：一\n", "zh"),
    ("2024年5月6日\n", "zh"), ("x http://a.b\nA ", "en"), ("a?? b ", "en"), ("!!!!", "en"),
    ("“好！”厂长告诉记", "zh"),
    # the segment5 classes: lower-case lines, broken-off speech, runs of lines, …… and 是
    ("ab. ", "en"), ("“a—” “", "en"), ("- a b\nA:\n", "en"), ("A: b\nc d e\n", "en"),
    ("[1:00] A: b\n", "en"), ("*a.* A ", "en"), ("他说……天", "zh"), ("“？”是", "zh"),
    # the segment7 classes: references, editors, citations, company names, trailers, lines
    ("in l. 2 ", "en"), ("a, ed. A. ", "en"), ("Fed. R. ", "en"), ("Ab. Co. ", "en"),
    ("x. 🔥 #a\n", "en"), ("A B\nc/o A\n", "en"), ("a b:\nA B\n", "en"), ("# A\n", "en"),
    ("a. #b #c ", "en"), ("字——\n“轰！”\n", "zh"), ("表.xlsx", "zh"), ("1:00.字", "zh"),
    ("A Ltd.他", "zh"), ("Fri. 3 ", "zh"), ("\nA. 字", "zh"), ("嘛……字", "zh"),
    ("a U.S. Take a ", "en"), ("啦❄️字", "zh"), ("啦" + "🎉" * 30, "zh"),
    # the segment8/9 classes: tokens that are no English word, topics, ……, English glued
    ("ab. 1 ", "en"), ("Ab. Cd. ", "en"), ("ab. HCl ", "en"), ("ab. AB 1 ", "en"),
    ("！#a#\n", "zh"), ("！#a# ", "zh"), ("字字字字字……他", "zh"), ("a b.字", "zh"),
    ("“？”字，" + "字" * 30, "zh"),
    ("$ a\n", "en"), ("PS C:\\" + "a" * 50, "en"), ("npm WARN a. ", "en"), ("①字；\n", "zh"),
    ("a! 🎉 #a #b B ", "en"), ("\n1. x (a) ", "en"), ("1 min. (If a ", "en"),
    ("@a.b.中", "zh"), ("https://a.b/" + "c." * 100 + "中", "zh"), ("1 in. 的", "zh"),
    ("q.6h. 我", "zh"), ("1°C!中", "zh"),
])
def test_candidate_dense_text_costs_a_bounded_multiple_of_prose(unit: str, lang: str) -> None:
    prose = {"en": "locales/en/article.txt", "zh": "locales/zh_CN/article.txt"}[lang]
    ordinary = (ROOT / prose).read_text(encoding="utf-8")
    ordinary = (ordinary * (_COST_CHARS // len(ordinary) + 1))[:_COST_CHARS]
    dense = (unit * (_COST_CHARS // len(unit) + 1))[:_COST_CHARS]
    ratio = cost_ratio(dense, ordinary, lang, under=_BOUND)
    assert ratio < _BOUND, f"{unit!r} costs {ratio:.0f}x ordinary text per character"


def test_guards_keep_the_list_rules_look_behind_short() -> None:
    # The two list-marker rules that look back along a line for its first marker
    # are tried at every candidate; each carries a possessive guard, so a failing
    # look-behind gives up after one bounded scan instead of trying 300 positions.
    rules = _compiled("en", None).rules
    long_look_behinds = [r for r in rules if regex.search(r"\{\d*,(\d{3,})\}(?!\+)", r.before)]
    assert len(long_look_behinds) == 2
    for rule in long_look_behinds:
        assert "{0,400}+" in rule.before and "{0,120}+" in rule.before


# SRX semantics, checked position by position: the fast scans (right-to-left for
# assertion-only afters, batches, one character consumed after a forward match)
# must find exactly the breaks that trying every rule at every position finds.
PIECES = st.sampled_from([
    ".", "!", "?", "。", "！", "？", "…", "……", "”", "’", "\"", ")", "）", "》", "《", " ", "\n",
    "\n\n", "\t", "U.S.", "Mr.", "1.", "a.", "a)", "3.5", "e.g.", "•", "- ", "He", "the", "好",
    "Abc", "x", "p.m.", "Inc.", " The ", "说。", "1) ", "\n1. ", ". . .", "* ",
    "“", "「", "St.", "Elm", "5 min.", "b.i.d.", "Eq.", "(2)", "II", "他叹了口气，", "：\n",
    "Sat.", "Get", "[1]", "³", "🎉", "Step 1.", "b. 1", "v.", "No.", "III.", "tsp.", "B.V.", "on",
    "??", "_", "**", "—”", "--\"", " Marta asked", "plc", "Cf.", "dia.", "max.", "J.",
    "、", "（", "是", "算了", "嗯", "⋯⋯",
    "l.", "fol.", "ed.", "trans.", "Fed.", "R.", "Mfg.", "Co.", "#a", "A.", "I.", ".xlsx",
    "18:00.", "12%.", "Ltd.", "他们", "Fri.", "嘛……", "这个", "Take", "啦", "❄️", "P.S.",
])


def _brute_force(text: str, lang: str) -> list[int]:
    """The SRX semantics by hand: at every position the first rule that applies decides.

    A rule that tests a word against a list (tm.segmentation._compiled._word_tests: an
    abbreviation list, chat words before *no.*) does not apply where its word is in the
    list, and the rules after it decide, as in SRX, where the list would be spelled out
    in the rule (the oracle skipped that test, so 'No.\tNo.\t' looked like a wrong
    break of the fast scan).
    """
    compiled = _compiled(lang, None)
    found = []
    for pos in range(len(text) + 1):
        for index, single in enumerate(compiled._singles):
            m = single.match(text, pos)
            if m is None or any((m.group(group) or "").lower() in words
                                for group, words in compiled._tests.get(index, ())):
                continue
            if compiled.rules[index].breaking:
                found.append(pos)
            break
    return found


@pytest.mark.parametrize("text", ["No.\tNo.\t", "no. No.\t"])
def test_the_oracle_lets_the_next_rule_decide_where_a_rules_word_is_in_its_list(
        text: str) -> None:
    """Hypothesis found 'No.\tNo.\t' (seeds vary): the fast scan breaks after each 'No.',
    as the rules say once the chat-word test of the rule before lets them decide."""
    assert _brute_force(text, "en") == [3, 7]
    assert sorted(set(_compiled("en", None).breaks(text)) - {len(text)}) == [3, 7]


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join), st.sampled_from(["en", "zh"]))
def test_fast_scans_find_exactly_the_srx_breaks(text: str, lang: str) -> None:
    compiled = _compiled(lang, None)
    breaks = set(compiled.breaks(text))
    expected = _brute_force(text, lang)
    assert sorted(breaks - {len(text)}) == [p for p in expected if p != len(text)]

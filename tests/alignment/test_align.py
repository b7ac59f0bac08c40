"""tm.align: the article's hand-made gold, bead shapes, evidence, robustness and invariants."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tm
from conftest import examples
from rows import every_row
from tm.alignment import bead_shapes
from tm.alignment._align import _depth, _search
from tm.alignment._scoring import Item, Params, length_cost
from tm.segmentation import CHROME

ROOT = Path(__file__).resolve().parents[2]
EN_FILE = ROOT / "locales" / "en" / "article.txt"
ZH_FILE = ROOT / "locales" / "zh_CN" / "article.txt"
GOLD = ROOT / "tests" / "data" / "article.gold"


def read_gold(path: Path) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Vecalign bead lines ``[en ids]:[zh ids]`` as tuples."""
    beads = []
    for line in path.read_text(encoding="utf-8").splitlines():
        left, right = line.split(":")
        beads.append((tuple(ast.literal_eval(left)), tuple(ast.literal_eval(right))))
    return beads


@pytest.fixture(scope="module")
def article() -> tuple[list[tm.Segment], list[tm.Segment]]:
    # As tm align does: the page's navigation line ("App | 中文 |") is not text to align.
    en = tm.segment(EN_FILE.read_text(encoding="utf-8"), "en", skip=CHROME)
    zh = tm.segment(ZH_FILE.read_text(encoding="utf-8"), "zh", skip=CHROME)
    return en, zh


def assert_covers(beads: list[tm.Bead], n: int, m: int) -> None:
    """Beads are in order, cover 0..n-1 and 0..m-1 exactly once, scores in [0, 1]."""
    src = [i for b in beads for i in b.src]
    tgt = [j for b in beads for j in b.tgt]
    assert src == list(range(n))
    assert tgt == list(range(m))
    assert all(b.src or b.tgt for b in beads)
    assert all(0.0 <= b.score <= 1.0 for b in beads)


def test_gold_matches_the_segmenter(article: tuple[list[tm.Segment], list[tm.Segment]]) -> None:
    en, zh = article
    gold = read_gold(GOLD)
    assert [i for s, _ in gold for i in s] == list(range(len(en)))
    assert [j for _, t in gold for j in t] == list(range(len(zh)))


def test_every_gold_bead_of_the_article_is_found(
        article: tuple[list[tm.Segment], list[tm.Segment]]) -> None:
    en, zh = article
    found = {(b.src, b.tgt) for b in tm.align(en, zh)}
    missing = [g for g in read_gold(GOLD) if g not in found]
    assert not missing


def test_chinese_as_source_mirrors_the_gold(
        article: tuple[list[tm.Segment], list[tm.Segment]]) -> None:
    en, zh = article
    found = {(b.tgt, b.src) for b in tm.align(zh, en, "zh", "en")}
    assert set(read_gold(GOLD)) <= found


def test_article_aligns_from_plain_strings_too(
        article: tuple[list[tm.Segment], list[tm.Segment]]) -> None:
    en, zh = article
    beads = tm.align([s.text for s in en], [s.text for s in zh])
    gold = read_gold(GOLD)
    hits = sum((b.src, b.tgt) in set(gold) for b in beads)
    assert hits >= len(gold) - 2      # without paragraphs the editor line may attach


def test_article_confidence_is_high_for_translated_beads(
        article: tuple[list[tm.Segment], list[tm.Segment]]) -> None:
    beads = tm.align(*article)
    paired = [b.score for b in beads if b.src and b.tgt]
    assert sum(s >= 0.5 for s in paired) >= len(paired) - 1


CASES = [
    # (name, english, chinese, expected beads as (src, tgt))
    ("one-to-one",
     ["The company was founded in 2008.", "It manages two funds."],
     ["该公司成立于2008年。", "它管理着两支基金。"],
     [((0,), (0,)), ((1,), (1,))]),
    ("two English sentences merged",
     ["In 2016, 79,000 patents were granted.", "92.3 percent went to manufacturers.",
      "The Premier visited Beijing."],
     ["2016年共授予专利7.9万项，其中92.3%归制造企业所有。", "总理考察了北京。"],
     [((0, 1), (0,)), ((2,), (1,))]),
    ("one English sentence split",
     ["In 2016, 53.96 billion yuan was raised, of which 72.5 percent went to factories.",
      "Coffee shops opened in 10 cities."],
     ["2016年共融资539.6亿元。", "其中72.5%投向了工厂。", "咖啡馆在10个城市开业。"],
     [((0,), (0, 1)), ((1,), (2,))]),
    ("Latin-script names kept in Chinese",
     ["5D Robotics built a transport system.", "Medical Realities combines AI and surgery.",
      "Both came to Beijing."],
     ["5D Robotics打造了一套交通系统。", "Medical Realities将人工智能与外科手术相结合。",
      "两者都来到了北京。"],
     [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]),
]


@every_row(("name", "en", "zh", "expected"), CASES, ids=[c[0] for c in CASES])
def test_case_table(name: str, en: list[str], zh: list[str],
                    expected: list[tuple[tuple[int, ...], tuple[int, ...]]]) -> None:
    beads = tm.align(en, zh)
    assert [(b.src, b.tgt) for b in beads] == expected


def test_a_chinese_sentence_with_no_english_is_a_null_bead() -> None:
    en = [tm.Segment("Premier Li visited Legend Star in 2015.", 0, 39, 0),
          tm.Segment("He praised its free training of 600 CEOs.", 41, 83, 1)]
    zh = [tm.Segment("2015年，李克强总理考察了联想之星。", 0, 19, 0),
          tm.Segment("他称赞联想之星为600多名CEO提供免费培训。", 21, 43, 1),
          tm.Segment("责任编辑：张晓明", 45, 53, 2)]
    beads = tm.align(en, zh)
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0,)), ((1,), (1,)), ((), (2,))]
    # A confidence is the probability that the bead is right: a credit line standing
    # alone in its own paragraph almost surely is.
    assert beads[-1].score > 0.9


@every_row(("en", "zh", "expected"), [
    ([], [], []),
    (["Hello."], [], [((0,), ())]),
    ([], ["你好。", "再见。"], [((), (0,)), ((), (1,))]),
    ([""], [""], [((0,), (0,))]),
])
def test_empty_input(en: list[str], zh: list[str], expected: list[object]) -> None:
    beads = tm.align(en, zh)
    assert [(b.src, b.tgt) for b in beads] == expected


def test_one_side_much_longer_is_aligned_with_low_confidence() -> None:
    en = ["The meeting opened in the morning."]
    zh = [f"这是第{i}条无关的句子，讲的是天气。" for i in range(300)]
    beads = tm.align(en, zh)
    assert_covers(beads, 1, 300)
    assert sum(1 for b in beads if not b.src) >= 296
    assert max(b.score for b in beads if b.src) < 0.5


def test_chinese_side_that_is_really_english_does_not_crash() -> None:
    en = ["The first sentence is here.", "A second one follows.", "And a third."]
    beads = tm.align(en, list(en))
    assert_covers(beads, 3, 3)
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


@every_row(("kwargs", "message"), [
    ({"max_bead": 0}, "max_bead"),
    ({"max_bead": 1000}, "max_bead must be between 1 and 8"),
    ({"band": 0}, "band"),
])
def test_bad_arguments_raise_value_error(kwargs: dict[str, int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        tm.align(["a."], ["一。"], **kwargs)


def test_unbounded_max_bead_is_refused_before_any_work() -> None:
    """Resource bound (issue 9 item 13): --max-bead 1000 meant half a million shapes per
    cell and minutes of work; every accepted value keeps the shape count small."""
    assert len(bead_shapes(8)) < 50
    with pytest.raises(ValueError, match="between 1 and 8"):
        bead_shapes(9)


def test_non_text_items_raise_value_error() -> None:
    with pytest.raises(ValueError, match="strings or Segments"):
        tm.align([1, 2], ["一。"])  # type: ignore[list-item]


def test_max_bead_limits_the_shapes() -> None:
    assert bead_shapes(1) == ((0, 1), (1, 0), (1, 1))
    shapes = set(bead_shapes(4))
    assert {(1, 4), (4, 1), (2, 3), (3, 2), (2, 2)} <= shapes
    assert (3, 3) not in shapes
    en = ["One.", "Two.", "Three."]
    beads = tm.align(en, ["一二三。"], max_bead=1)
    assert all(len(b.src) <= 1 and len(b.tgt) <= 1 for b in beads)


def test_a_pluggable_similarity_decides_between_equal_lengths() -> None:
    calls: list[tuple[tuple[str, ...], tuple[str, ...]]] = []

    def crossed(src: object, tgt: object) -> float:
        s, t = tuple(src), tuple(tgt)  # type: ignore[call-overload]
        calls.append((s, t))
        return 1.0 if (s, t) in {(("aa.",), ("bb.",)), (("cc.",), ("dd.",))} else 0.0

    beads = tm.align(["aa.", "cc."], ["bb.", "dd."], "en", "en", similarity=crossed)
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0,)), ((1,), (1,))]
    assert calls
    assert all(isinstance(s, tuple) for s, _ in calls)


def test_glossary_terms_are_evidence() -> None:
    glossary = tm.Glossary.from_terms([tm.Term("Legend Star", ("联想之星",))])
    en = ["Legend Star trains managers.", "Legend Star invests in talent."]
    zh = ["联想之星培训经理。", "联想之星投资人才。"]
    beads = tm.align(en, zh, glossary=glossary)
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0,)), ((1,), (1,))]


def test_length_cost_is_symmetric_and_grows_with_the_mismatch() -> None:
    assert length_cost(100, 60, 9.0) == length_cost(60, 100, 9.0)
    assert length_cost(100, 100, 9.0) < length_cost(100, 80, 9.0) < length_cost(100, 40, 9.0)
    assert length_cost(0, 0, 9.0) == 0.0


def test_search_band_is_linear_not_quadratic() -> None:
    # 1,500 sentences still go through four coarse levels (_depth); a band that widens
    # (a wider _project band, full rows) puts the sum far over the bound at any size.
    n = 1500
    items = [Item(float(20 + i % 7), frozenset({f"w{i}"}), 1.0) for i in range(n)]
    rows = _search(items, list(items), Params(), band=8, use_paragraphs=False)
    assert len(rows) == n + 1
    assert rows[0][0] == 0 and rows[-1][1] == n
    assert all(lo <= i <= hi for i, (lo, hi) in enumerate(rows))   # the diagonal is inside
    assert sum(hi - lo + 1 for lo, hi in rows) < 12 * (n + 1)


def test_ten_thousand_sentences_use_a_band() -> None:
    en = [f"Sentence number {i} has {'many ' * (i % 5)}words." for i in range(2000)]
    zh = [f"第{i}句有{'很多' * (i % 5)}词。" for i in range(2000)]
    beads = tm.align(en, zh)
    assert_covers(beads, 2000, 2000)
    assert sum(b.src == b.tgt for b in beads) >= 1990


SENTENCE = st.text(alphabet="abc 一二三。.", min_size=0, max_size=30)


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(SENTENCE, max_size=25), st.lists(SENTENCE, max_size=25),
       st.integers(min_value=1, max_value=4))
def test_beads_cover_every_sentence_once_in_order(src: list[str], tgt: list[str],
                                                  max_bead: int) -> None:
    beads = tm.align(src, tgt, max_bead=max_bead)
    assert_covers(beads, len(src), len(tgt))
    assert all(len(b.src) <= max_bead and len(b.tgt) <= max_bead for b in beads)


@settings(max_examples=10, deadline=None)
@given(st.lists(SENTENCE, min_size=150, max_size=220), st.lists(SENTENCE, min_size=100,
                                                                 max_size=260))
def test_coarse_to_fine_search_always_connects(src: list[str], tgt: list[str]) -> None:
    beads = tm.align(src, tgt, band=2)
    assert_covers(beads, len(src), len(tgt))


def test_long_document_with_more_chinese_sentences_stays_in_step() -> None:
    """1,500 English sentences, every fifth split in two in Chinese: the coarse levels see
    block boundaries that never coincide, and must still not drift.

    1,500 x 1,800 sentences are searched through four coarse levels (3,000 took five, at
    three times the CPU); tests/benchmarks/bench_align.py aligns documents of 5,000.
    """
    en: list[str] = []
    zh: list[str] = []
    gold: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    for i in range(1500):
        words = " ".join(["word"] * (3 + (i * 7) % 11))
        en.append(f"Item {i + 1} says {words} and costs {i + 7} yuan.")
        pieces = [f"第{i + 1}项说{'字' * (2 + (i * 7) % 11)}，售价{i + 7}元。"]
        if i % 5 == 0:
            pieces = [f"第{i + 1}项说{'字' * (2 + (i * 7) % 11)}。", f"售价{i + 7}元。"]
        gold.append(((i,), tuple(range(len(zh), len(zh) + len(pieces)))))
        zh.extend(pieces)
    assert _depth(len(en), len(zh)) >= 4   # the input still goes through the coarse levels
    beads = tm.align(en, zh)
    found = {(b.src, b.tgt) for b in beads}
    assert sum(g in found for g in gold) >= 0.95 * len(gold)


def test_progress_is_reported_from_0_to_1_without_changing_the_alignment() -> None:
    en = [f"Sentence number {n} talks about {n * 7} apples." for n in range(400)]
    zh = [f"第{n}句谈到{n * 7}个苹果。" for n in range(400)]
    shares: list[float] = []
    beads = tm.align(en, zh, on_progress=shares.append)
    assert beads == tm.align(en, zh)
    assert shares[0] == 0.0 and shares[-1] == 1.0
    assert all(b >= a for a, b in itertools.pairwise(shares))
    assert len(set(shares)) >= 8   # more than the phase boundaries: rows and sentences count

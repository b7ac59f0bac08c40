"""Issue 10, trial finding T11: one entry of thousands of numbers (a price list, a licence,
a long po4a paragraph) was compared pair by pair, in time quadratic in its length (6,000
sentences: 100 s).  Numbers are now compared inside buckets that every pair a matching
pass can pair shares; these tests hold the bucketed comparison to the pair-by-pair one
on the numbers of many sentence pairs, and count the comparisons a long entry costs."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from rows import every_row
from tm.numbers import Number, _extract, compare_numbers, extract_numbers

PAIRS = [
    ("On May 7, 2015, 3 of 10 firms grew 20 percent.", "2015年5月7日，十家中有三家增长了两成。"),
    ("the seventh day, the 7th gate and 7 days", "第七天、第7号门和7天"),
    ("Sales tripled in the 1800s and the 19th century.", "19世纪销售额增长了两倍。"),
    ("The race took 1:05 and 2:15.", "比赛用时1分05秒和2小时15分。"),
    ("one tenth, 10 percent, eight out of ten", "十分之一、10%、八成"),
    ("6.2 miles, 10 km, 72°F and 5 lb", "10公里、6.2英里、22℃和2.3公斤"),
    ("Item 1 costs 3 yuan. Item 2 costs 6 yuan.", "第1项售价3元。第2项售价6元。"),
]


def _naive_pair(left: list[Number], right: list[Number],
                same: Callable[[Number, Number], bool]) -> None:
    for a in list(left):
        for b in right:
            if same(a, b):
                left.remove(a)
                right.remove(b)
                break


@every_row(("en", "zh"), PAIRS)
def test_bucketed_passes_pair_what_pair_by_pair_passes_pair(en: str, zh: str) -> None:
    src, tgt = extract_numbers(en, "en"), extract_numbers(zh, "zh")
    for left, right in ((src, tgt), (tgt, src), (src + tgt, tgt + src)):
        for same, keys in _extract._PASSES:
            a, b = list(left), list(right)
            _naive_pair(a, b, same)
            c, d = list(left), list(right)
            _extract._pair(c, d, same, keys)
            assert (a, b) == (c, d)


def test_every_matching_pair_shares_a_bucket() -> None:
    numbers = [n for en, zh in PAIRS for n in (*extract_numbers(en, "en"),
                                               *extract_numbers(zh, "zh"))]
    for (same, keys), (a, b) in itertools.product(_extract._PASSES,
                                                  itertools.product(numbers, repeat=2)):
        if same(a, b):
            assert set(keys(a)) & set(keys(b)), (same.__name__, a.text, b.text)


def test_a_long_entry_costs_comparisons_in_proportion_to_its_length(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = _extract._same_value

    def counted(a: Number, b: Number) -> bool:
        nonlocal calls
        calls += 1
        return real(a, b)

    passes = list(_extract._PASSES)
    passes[0] = (counted, passes[0][1])
    monkeypatch.setattr(_extract, "_PASSES", tuple(passes))
    size = 2000
    en = " ".join(f"Line {i} costs {i * 7 + 1000000} yuan." for i in range(size))
    zh = "".join(f"第{i}行售价{i * 7 + 1000000}元。" for i in range(size))
    compare_numbers(extract_numbers(en, "en"), extract_numbers(zh, "zh"))
    assert calls < 4 * size  # pair by pair it was about size * size

"""tm.numbers compiles its patterns on first use (issue 13): the stand-in answers as the
compiled pattern, compiles once, and shows its source without compiling."""

from __future__ import annotations

import re

import regex

from tm.numbers._lazy import lazy_re, lazy_regex


def test_a_lazy_pattern_compiles_on_first_use_and_answers_as_the_compiled_one() -> None:
    pattern = lazy_re(r"(?i)\bh(a+)\b")
    assert pattern.pattern == r"(?i)\bh(a+)\b"
    assert "_compiled" not in vars(pattern)          # the source alone compiles nothing
    m = pattern.search("Ha haa")
    assert m is not None and m.group(1) == "a"
    compiled = vars(pattern)["_compiled"]
    assert compiled == re.compile(r"(?i)\bh(a+)\b")
    assert [m.group() for m in pattern.finditer("Ha haa")] == ["Ha", "haa"]
    assert vars(pattern)["_compiled"] is compiled     # compiled once


def test_a_lazy_regex_pattern_keeps_its_flags() -> None:
    pattern = lazy_regex(r"\p{Han}+", regex.V1)
    assert pattern.findall("ab 中文 cd 数字") == ["中文", "数字"]
    assert pattern.flags & regex.V1

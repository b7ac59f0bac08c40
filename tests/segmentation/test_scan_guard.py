"""The last-character guard of the candidate scan (tm.segmentation._guard).

The guard must be a necessary condition: every character that can end a match
of the pattern matches one of the atoms, or the reader says it cannot tell
(None).  test_segmentation_cost.test_fast_scans_find_exactly_the_srx_breaks
checks, position by position, that the guarded scan finds the same breaks.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from rows import every_row
from tm.segmentation._guard import final_atoms, is_narrow
from tm.segmentation._segment import _compiled


@every_row(("pattern", "atoms"), [
    (r"[.!?…]+['”’)\]}»]*", ["['”’)\\]}»]", "[.!?…]"]),
    (r"\bSt\.", ["\\."]),
    (r"(?<![!?])[!?]{2,3}", ["[!?]"]),
    (r"(?:\[\d{1,3}\]|[⁰¹²³]{1,4})", ["\\]", "[⁰¹²³]"]),
    (r"(?:Inc|Ltd)\.(?=\s)", ["\\."]),
    (r"ab|c", ["b", "c"]),
    (r"x\p{Han}", ["\\p{Han}"]),
    (r"a[b]{0,2}", ["[b]", "a"]),
])
def test_final_atoms_of_a_rule_tail(pattern: str, atoms: list[str]) -> None:
    assert final_atoms(pattern) == atoms


@every_row("pattern", [
    r"(a)\1",        # a back-reference
    r"(?i)abc",      # flags change what a literal matches
    r"(?i:abc)",
    r"abc.",         # any character
    r"a?",           # may match nothing
    r"(?:a|b?)",     # one branch may match nothing
    r"a|",           # an empty branch
    r"ab{",          # a literal brace
])
def test_final_atoms_unknown(pattern: str) -> None:
    assert final_atoms(pattern) is None


def test_broad_atoms_guard_nothing() -> None:
    assert is_narrow(["\\.", "[!?]"])
    assert not is_narrow(["\\S"])
    assert not is_narrow(["[^\\s•]"])
    assert not is_narrow(["\\.", "\\w"])


def test_the_english_scan_tests_the_last_character_once() -> None:
    # The ordinary sentence end, the ?? rule, the footnote and emoji rules share one guard.
    pattern = _compiled("en", None)._forward_scan("Go. Now.").pattern  # type: ignore[union-attr]
    assert pattern.startswith("(?:(?<=")
    assert pattern.count("(?<=[!?]|") == 1


def test_a_rule_that_starts_with_a_literal_is_scanned_only_where_the_literal_is() -> None:
    # The hashtag trailer's break (its *before* starts with "#") would otherwise be tried at
    # every space of every text: a text without "#" is scanned without it.
    rules = _compiled("en", None)
    plain = rules._forward_scan("Go home. Now.")
    tagged = rules._forward_scan("Go home! 🎉 #home Now.")
    assert plain is not None and tagged is not None
    assert "#[\\p{L}" in tagged.pattern
    assert "#[\\p{L}" not in plain.pattern


@every_row(("lang", "text"), [
    ("en", "Happy birthday Mo!!! 🎈🍰 #partytime Cake at six. Mr. Li left at 5 p.m. #late ok"),
    ("en", "No tags here. 1. First item 2. Second item\n- a dash line\nThe U.S. He said."),
    ("zh", "他说：“好。”然后走了。#话题#明天见！🎉 好的 Ltd.他们 1.加大投入"),
])
def test_the_scans_find_the_positions_a_rule_by_rule_check_finds(lang: str, text: str) -> None:
    rules = _compiled(lang, None)
    found = {pos for batch in rules.candidates(text) for pos in batch if pos < len(text)}
    naive = {pos for pos in range(len(text)) for index, single in enumerate(rules._singles)
             if rules.breaking[index] and single.match(text, pos)}
    assert found == naive


PATTERNS = st.sampled_from([
    r"[.!?]+[\"”)]*", r"\bSt\.", r"(?:Mr|Dr)\.", r"[!?]{2,3}", r"(?:\[\d\]|[¹²]{1,2})", r"x|yz",
    r"a[bc]*", r"(?:a|bc)+d?", r"\d{1,2}[.)]", r"[ab](?=c)", r"(?:ab){0,2}c",
])
TEXTS = st.text(alphabet="abcdxyz.!?\"”)[]¹²123 MrDSt", max_size=30)


@settings(max_examples=examples(300), deadline=None)
@given(PATTERNS, TEXTS)
def test_every_match_ends_in_a_final_atom(pattern: str, text: str) -> None:
    atoms = final_atoms(pattern)
    assert atoms is not None
    last = regex.compile("|".join(atoms))
    for m in regex.finditer(pattern, text, overlapped=True):
        if m.end() > m.start():
            assert last.fullmatch(text[m.end() - 1]), (pattern, text, m)

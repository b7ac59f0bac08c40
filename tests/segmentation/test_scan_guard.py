"""The last-character guard of the candidate scan (tm.segmentation._guard).

The guard must be a necessary condition: every character that can end a match
of the pattern matches one of the atoms, or the reader says it cannot tell
(None).  test_segmentation_cost.test_fast_scans_find_exactly_the_srx_breaks
checks, position by position, that the guarded scan finds the same breaks.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from tm.segmentation._guard import final_atoms, is_narrow
from tm.segmentation._segment import _compiled


@pytest.mark.parametrize(("pattern", "atoms"), [
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


@pytest.mark.parametrize("pattern", [
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
    pattern = _compiled("en", None)._forward.pattern  # type: ignore[union-attr]
    assert pattern.startswith("(?:(?<=")
    assert pattern.count("(?<=[!?]|") == 1


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

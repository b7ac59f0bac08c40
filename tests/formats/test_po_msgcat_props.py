"""tm's PO line layout is msgcat's, for text from all of Unicode (issue 12).

``msgcat`` (GNU gettext, on this machine 0.21 with libunistring 1.0) reads a PO
file and writes it back in its own layout.  For any catalog tm writes, that
must change nothing: otherwise every translator's editor that runs gettext
rewrites tm's files and each diff is noise.  The examples mix every kind of
character that has a width or line-break rule of its own: emoji (with
skin-tone modifiers, zero-width joiners and flag pairs), half-width katakana,
combining marks, wide and full-width characters, East Asian ambiguous-width
characters, Hangul jamo, controls and format characters, unassigned and
private-use code points, and any code point at all.  In CI (``CI=1``) the
examples are derandomized, so the run is the same every time; locally every
run draws new ones.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
import unicodedata
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples
from tm.formats.po import new_po, write_po

MSGCAT = shutil.which("msgcat")
pytestmark = pytest.mark.skipif(MSGCAT is None, reason="GNU gettext (msgcat) not installed")


def _chars(*ranges: tuple[int, int]) -> st.SearchStrategy[str]:
    return st.one_of(*(st.characters(min_codepoint=a, max_codepoint=b,
                                     exclude_categories=("Cs",)) for a, b in ranges))


_AMBIGUOUS = "".join(chr(c) for c in range(0xA0, 0x3000)
                     if unicodedata.east_asian_width(chr(c)) == "A")
#: Each kind of character with width or line-break rules of its own.
KINDS = {
    "ascii": _chars((0x20, 0x7E)),
    "space": st.sampled_from([" ", " ", "  ", "\t", "\u3000", "\u00a0", "\u200b", "\u2060"]),
    "emoji": _chars((0x1F300, 0x1F64F), (0x1F680, 0x1F6FF), (0x1F900, 0x1F9FF),
                    (0x2600, 0x27BF)),
    "emoji-joiners": st.sampled_from(["\u200d", "\ufe0f", "\U0001F3FB", "\U0001F3FF",
                                      "\U0001F1E8", "\U0001F1F3", "\U0001F1FA", "\u20e3"]),
    "halfwidth-katakana": _chars((0xFF61, 0xFF9F)),
    "combining": _chars((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x20D0, 0x20FF),
                        (0xFE20, 0xFE2F)),
    "wide": _chars((0x4E00, 0x9FFF), (0x3000, 0x30FF), (0xFF01, 0xFF60), (0xAC00, 0xD7A3),
                   (0x20000, 0x3FFFD)),
    "ambiguous": st.sampled_from(_AMBIGUOUS),
    "jamo": _chars((0x1100, 0x11FF), (0xA960, 0xA97F), (0xD7B0, 0xD7FF)),
    "hebrew-hyphen": st.sampled_from(["\u05d0", "\u05d1", "-", "\u2010", "\u00ad"]),
    "controls-format": _chars((0x01, 0x03), (0x05, 0x1F), (0x7F, 0x9F), (0x200B, 0x200F),
                              (0x2028, 0x202E), (0xFFF9, 0xFFFC)),
    "punctuation": st.sampled_from(list("()[]{}“”‘’「」《》（），。、！？：；…—–%$€¥/.,:;!?\"'")),
    "private-unassigned": _chars((0xE000, 0xF8FF), (0x0378, 0x0379), (0xE0000, 0xE01EF),
                                 (0x30000, 0x3134F), (0x40000, 0x4FFFF)),
    "any": st.characters(exclude_categories=("Cs",), exclude_characters="\x00\x04"),
}
WORD = st.lists(st.one_of(*KINDS.values()), min_size=1, max_size=12).map("".join)
TEXT = st.lists(st.tuples(WORD, st.sampled_from([" ", " ", "", "\n", "  "])),
                min_size=1, max_size=24).map(lambda parts: "".join(w + s for w, s in parts))
CATALOG = st.lists(st.tuples(TEXT, TEXT | st.just("")), min_size=1, max_size=10,
                   unique_by=lambda pair: pair[0])


def _write(entries: list[tuple[str, str]], path: Path) -> str:
    po = new_po({"Project-Id-Version": "wrap", "Language": "zh_CN"})
    for msgid, msgstr in entries:
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    write_po(po, path)
    return path.read_text(encoding="utf-8")


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CATALOG)
def test_msgcat_keeps_our_layout_for_text_from_all_of_unicode(
        tmp_path_factory: pytest.TempPathFactory, entries: list[tuple[str, str]]) -> None:
    assert MSGCAT is not None
    path = tmp_path_factory.mktemp("wrap") / "all.po"
    ours = _write(entries, path)
    proc = subprocess.run([MSGCAT, str(path)], capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    theirs = proc.stdout.decode("utf-8")
    if theirs != ours:
        diff = difflib.unified_diff(ours.splitlines(), theirs.splitlines(), "tm", "msgcat",
                                    lineterm="", n=1)
        pytest.fail("msgcat rewrapped tm's PO:\n" + "\n".join(diff))


def _msgcat_agrees(tmp_path: Path, text: str) -> bool:
    assert MSGCAT is not None
    path = tmp_path / "one.po"
    ours = _write([(text, text)], path)
    theirs = subprocess.run([MSGCAT, str(path)], capture_output=True, check=True).stdout
    return theirs.decode("utf-8") == ours


@pytest.mark.parametrize(("text", "why"), [
    ("😀" * 50, "emoji are ideographic (ID): a line may break between two"),
    ("👍🏽" * 40, "an emoji base and its skin-tone modifier stay together"),
    ("👨\u200d👩\u200d👧" * 20, "nothing breaks after a zero-width joiner"),
    ("ｱｲｳｴｵ ｶｷｸｹｺ " * 12, "half-width katakana break like ideographs"),
    ("🇨🇳🇺🇸🇬🇧" * 20, "regional indicators break between pairs only"),
    ("\u0c95\u0cbf" * 50 + " x", "a spacing vowel sign takes a column"),
    ("가\u302e" * 30 + " x", "Hangul tone marks are two columns wide to gettext"),
    (("\u05d0\u05d1-" + "x" * 5 + " ") * 12, "Hebrew letter + hyphen holds on to what follows"),
    ("中文\u3000" * 30, "an ideographic space is a break opportunity"),
])
def test_each_rule_tm_used_to_get_wrong(tmp_path: Path, text: str, why: str) -> None:
    """One example per rule; each of these was rewrapped by msgcat before the fix."""
    assert _msgcat_agrees(tmp_path, text), why


@pytest.mark.parametrize(("text", "why"), [
    ("±§°·" * 25 + " tail", "ambiguous width is one column in UTF-8"),
    ("\U00030000" * 45, "an unassigned code point of plane 3 is wide to gettext"),
    ("a\u2028" + "b" * 90 + " c", "a line separator restarts gettext's column count"),
    ("e\u0301" * 70 + " x", "combining marks take no column"),
])
def test_rules_tm_already_got_right_stay_right(tmp_path: Path, text: str, why: str) -> None:
    assert _msgcat_agrees(tmp_path, text), why

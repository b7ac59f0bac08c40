"""Issue 9 item 16: nothing is dropped silently.

The library keeps every line unless asked (``skip=``); the navigation pattern
(:data:`tm.segmentation.CHROME`) skips only navigation-only lines, never
bylines, datelines or sentences; and every skipped line is reported.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import tm
from conftest import examples
from rows import every_row
from tm.segmentation import CHROME, SkippedLine, iter_segments

ROOT = Path(__file__).resolve().parents[2]

NAVIGATION = [
    "App | 中文 |", "Home | News | Sport", "Home › World › Asia", "首页 | 新闻 | 体育",
    "English | 中文", "Menu » Products » Coffee", "Home |", "About Us | Contact Us | Terms of Use",
    "  Business | Tech | Science & Environment  ", "新闻 » 国内 » 经济",
]

# Real content shaped like a navigation bar: credits, datelines, headlines, table rows
# with figures, sentences.  Skipping any of them would lose text a translator needs.
CONTENT = [
    "By Zhang Yue | China Daily | Updated: 2017-05-24 07:29",
    "来源：新华社 | 更新时间：2017-05-23 07:29",
    "By Zhang Yue | China Daily",
    "Source: Xinhua | Editor: Li Na",
    "记者 张三 | 新华社",
    "作者：李四 | 人民日报",
    "Photo: Reuters | Beijing",
    "Updated 2017-05-24 | China Daily",
    "Opinion | Why the factories of the Pearl River Delta are booming again",
    "The ratio a|b is defined in section 2.",
    "Sales rose. | Costs fell.",
    "Stocks rose sharply in early trade | Bonds",
    "Revenue | 7.83 billion | up 3.5%",
    "他说：好 | 她说：不好",
    "Stocks rose.",
]


def test_the_library_keeps_every_line_unless_asked() -> None:
    text = "App | 中文 |\n\nBy Zhang Yue | China Daily | Updated: 2017-05-24 07:29\n\nStocks rose."
    assert [s.text for s in tm.segment(text)] == [
        "App | 中文 |", "By Zhang Yue | China Daily | Updated: 2017-05-24 07:29", "Stocks rose."]
    assert [s.text for s in iter_segments(text)] == [s.text for s in tm.segment(text)]


@every_row("line", NAVIGATION)
def test_navigation_only_lines_are_skipped_when_asked(line: str) -> None:
    skipped: list[SkippedLine] = []
    got = [s.text for s in tm.segment(line + "\n\nText.", skip=CHROME, on_skip=skipped.append)]
    assert got == ["Text."]
    assert [(s.text, s.start, s.line) for s in skipped] == [(line, 0, 1)]


@every_row("line", CONTENT)
def test_bylines_datelines_and_sentences_are_never_skipped(line: str) -> None:
    got = [s.text for s in tm.segment(line + "\n\nText.", skip=CHROME)]
    assert " ".join(got).startswith(line.strip().split(" | ")[0])  # 11 of 15 lost before
    skipped: list[SkippedLine] = []
    tm.segment(line + "\n\nText.", skip=CHROME, on_skip=skipped.append)
    assert skipped == []


def test_every_skipped_line_is_reported_with_its_place() -> None:
    text = "Home | News |\nFirst line.\nSport | Weather\n\n\nSecond. Third.\n  Menu › Help  \n"
    skipped: list[SkippedLine] = []
    segments = tm.segment(text, skip=CHROME, on_skip=skipped.append)
    assert [s.text for s in segments] == ["First line.", "Second.", "Third."]
    assert [(s.line, s.text) for s in skipped] == [
        (1, "Home | News |"), (3, "Sport | Weather"), (7, "  Menu › Help  ")]
    assert all(text[s.start:s.end] == s.text for s in skipped)


def test_a_custom_skip_pattern_is_reported_too() -> None:
    skipped: list[SkippedLine] = []
    got = tm.segment("ADVERTISEMENT\n\nShares rose.", skip="ADVERTISEMENT",
                     on_skip=skipped.append)
    assert [s.text for s in got] == ["Shares rose."]
    assert [s.text for s in skipped] == ["ADVERTISEMENT"]


PIECES = st.sampled_from([
    "Home", "News", "中文", " | ", " › ", "|", "\n", "\n\n", " ", "By ", "Updated: ", "2017",
    "Stocks rose.", "他说。", "a", "»", "：", "Sport", "\t",
])


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_nothing_is_dropped_silently(text: str) -> None:
    # Every visible character is in a segment or in a reported skipped line.
    skipped: list[SkippedLine] = []
    segments = tm.segment(text, skip=CHROME, on_skip=skipped.append)
    spans = sorted([(s.start, s.end) for s in segments] + [(s.start, s.end) for s in skipped])
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(text.split()) == "".join(covered.split())
    for s in skipped:
        assert "\n" not in s.text and text[s.start:s.end] == s.text
        assert s.line == text.count("\n", 0, s.start) + 1


def test_tm_segment_counts_skipped_lines_on_stderr(tm_cli) -> None:
    result = tm_cli("segment", "-", stdin="Home | News | Sport\n\nStocks rose.\n\nA | B\n")
    assert result.code == 0
    assert [s for s in result.out.splitlines() if s] == ["Stocks rose."]
    assert result.err == ("tm: stdin: skipped 2 navigation lines (line 1: 'Home | News | Sport', "
                          "line 5: 'A | B'); --keep-chrome keeps them\n")
    kept = tm_cli("segment", "-", "--keep-chrome", stdin="Home | News | Sport\n\nStocks rose.\n")
    # txt output has a blank line between paragraphs
    assert [s for s in kept.out.splitlines() if s] == ["Home | News | Sport", "Stocks rose."]
    assert kept.err == ""


def test_tm_segment_keeps_bylines(tm_cli) -> None:
    bylines = ["By Zhang Yue | China Daily | Updated: 2017-05-24 07:29",
               "来源：新华社 | 更新时间：2017-05-23 07:29"]
    result = tm_cli("segment", "-", "--source-lang", "en", stdin="\n\n".join(bylines) + "\n")
    assert [s for s in result.out.splitlines() if s] == bylines
    assert result.err == ""


def test_jsonl_lists_skipped_lines_in_document_order(tm_cli) -> None:
    text = "Home | News\n\nStocks rose.\n\nSport | Weather\n\nBonds fell.\n"
    result = tm_cli("segment", "-", "--format", "jsonl", "--list-skipped", stdin=text)
    records = [json.loads(line) for line in result.out.splitlines()]
    assert [(r.get("skipped", False), r["text"]) for r in records] == [
        (True, "Home | News"), (False, "Stocks rose."), (True, "Sport | Weather"),
        (False, "Bonds fell.")]
    assert records[2] == {"skipped": True, "line": 5, "start": 27, "end": 42,
                          "text": "Sport | Weather"}
    plain = tm_cli("segment", "-", "--format", "jsonl", stdin=text)
    assert all("skipped" not in json.loads(line) for line in plain.out.splitlines())
    wrong = tm_cli("segment", "-", "--list-skipped", stdin=text)
    assert wrong.code == 2 and "--format jsonl" in wrong.err


def test_align_update_and_analyze_report_what_they_skip(tm_cli, tmp_path: Path) -> None:
    en = "locales/en/article.txt"
    aligned = tm_cli("align", en, "locales/zh_CN/article.txt", "-o", str(tmp_path / "a.po"))
    assert aligned.code == 0
    assert "tm: locales/en/article.txt: skipped 1 navigation line (line 1: 'App | 中文 |')" \
        in aligned.err
    po = tmp_path / "a.po"
    updated = tm_cli("update", en, "--po", str(po), "--dry-run")
    assert updated.code == 0 and "skipped 1 navigation line" in updated.err
    kept = tm_cli("update", en, "--po", str(po), "--dry-run", "--keep-chrome")
    assert "skipped" not in kept.err and "App | 中文 |" in kept.out
    db = tmp_path / "tm.db"
    assert tm_cli("import", str(po), "--db", str(db)).code == 0
    analyzed = tm_cli("analyze", en, "--db", str(db))
    assert analyzed.code == 0 and "skipped 1 navigation line" in analyzed.err


def test_the_library_update_keeps_a_navigation_line_unless_asked() -> None:
    from tm.updating import update
    po = ROOT / "locales" / "zh_CN" / "LC_MESSAGES" / "article.po"
    text = (ROOT / "locales/en/article.txt").read_text(encoding="utf-8")
    kept = update(text, po)
    assert "App | 中文 |" in {e.msgid for e in kept.po}
    skipped: list[SkippedLine] = []
    asked = update(text, po, skip=CHROME, on_skip=skipped.append)
    assert "App | 中文 |" not in {e.msgid for e in asked.po}
    assert [s.text for s in skipped] == ["App | 中文 |"]

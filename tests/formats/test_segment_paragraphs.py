"""User trial T17: ``tm segment --format txt`` feeds ``tm align --presegmented``.

``--presegmented`` reads one sentence per line with a blank line between
paragraphs, and the aligner uses paragraphs as evidence.  ``tm segment``'s txt
output had no blank lines, so segment → fix splits by hand → align lost every
paragraph boundary.
"""

from __future__ import annotations

from pathlib import Path

import tm
from conftest import run_tm

EN = ("The river froze early this year.  Skaters came in the first week.\n\n"
      "A new bridge opens in May.\n\n"
      "Tickets cost ten yuan. Children ride free. Dogs must stay home.\n")
ZH = ("今年河面结冰很早。第一周就有人来滑冰。\n\n"
      "一座新桥将在五月开通。\n\n"
      "门票十元。儿童免费。狗不得入内。\n")


def _groups(segments: list[tm.Segment]) -> list[list[str]]:
    """The sentences of each paragraph, whatever numbers the paragraphs carry."""
    groups: dict[int, list[str]] = {}
    for s in segments:
        groups.setdefault(s.paragraph, []).append(" ".join(s.text.split()))
    return list(groups.values())


def test_txt_output_read_back_as_presegmented_keeps_the_paragraphs(tmp_path: Path) -> None:
    source = tmp_path / "en.txt"
    source.write_text(EN, encoding="utf-8")
    result = run_tm("segment", str(source), "--format", "txt")
    assert result.code == 0, result.err
    assert _groups(tm.segment_lines(result.out)) == _groups(tm.segment(EN, "en"))
    assert len(_groups(tm.segment_lines(result.out))) == 3


def test_segment_then_align_presegmented_gives_the_alignment_of_the_texts(
        tmp_path: Path) -> None:
    en, zh = tmp_path / "en.txt", tmp_path / "zh.txt"
    en.write_text(EN, encoding="utf-8")
    zh.write_text(ZH, encoding="utf-8")
    for name in ("en", "zh"):
        out = tmp_path / f"{name}.seg.txt"
        assert run_tm("segment", str(tmp_path / f"{name}.txt"), "-o", str(out)).code == 0
    direct = run_tm("align", str(en), str(zh), "--format", "beads")
    piped = run_tm("align", str(tmp_path / "en.seg.txt"), str(tmp_path / "zh.seg.txt"),
                   "--presegmented", "--format", "beads")
    assert direct.code == piped.code == 0, direct.err + piped.err
    assert piped.out == direct.out

"""``tm align`` through ``tm.cli.main``: formats, the committed article.po, bad input."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from conftest import run_tm
from rows import every_row
from tm.alignment import _lexicon as lexicon  # noqa: F401  (the skipif string reads it)
from tm.formats import entry_id
from tm.formats.po import read_po
from tm.formats.tmx import read_tmx

ROOT = Path(__file__).resolve().parents[2]
EN = "locales/en/article.txt"
ZH = "locales/zh_CN/article.txt"
COMMITTED_PO = ROOT / "locales" / "zh_CN" / "LC_MESSAGES" / "article.po"
GOLD = ROOT / "tests" / "data" / "article.gold"

needs_gettext = pytest.mark.skipif(shutil.which("msgfmt") is None or shutil.which("msgcat") is None,
                                   reason="GNU gettext tools not installed")


@pytest.fixture(scope="module")
def article_json() -> dict[str, object]:
    """``tm align --format json`` of the article, run once for the module."""
    result = run_tm("align", EN, ZH, "--format", "json")
    assert result.code == 0, result.stderr.decode()
    data: dict[str, object] = json.loads(result.stdout)["results"]
    data["signature"] = json.loads(result.stdout)["signature"]
    return data


@pytest.mark.skipif("not lexicon.available()", reason="needs CC-CEDICT (the dict extra)")
def test_committed_article_po_is_reproduced_byte_for_byte(tmp_path: Path) -> None:
    committed = COMMITTED_PO.read_bytes()
    stamp = re.search(rb'"PO-Revision-Date: ([^\\]+)\\n"', committed)
    assert stamp
    epoch = int(datetime.strptime(stamp.group(1).decode(), "%Y-%m-%d %H:%M%z").timestamp())
    out = tmp_path / "article.po"
    result = run_tm("align", EN, ZH, "-o", str(out), env={"SOURCE_DATE_EPOCH": str(epoch)})
    assert result.code == 0, result.stderr.decode()
    assert out.read_bytes() == committed, (
        "locales/zh_CN/LC_MESSAGES/article.po is stale (segmentation rules, alignment or the "
        "article changed); regenerate it with: tm align locales/en/article.txt "
        "locales/zh_CN/article.txt -o locales/zh_CN/LC_MESSAGES/article.po")


@needs_gettext
def test_po_passes_msgfmt_and_msgcat_reproduces_it(tmp_path: Path) -> None:
    out = tmp_path / "article.po"
    assert run_tm("align", EN, ZH, "-o", str(out), "--fuzzy-below", "0.9999").code == 0
    check = subprocess.run(["msgfmt", "-c", "-o", os.devnull, str(out)], capture_output=True,
                           text=True, check=False)
    assert check.returncode == 0, check.stderr
    assert check.stderr == ""
    again = subprocess.run(["msgcat", str(out)], capture_output=True, check=False)
    assert again.stdout == out.read_bytes()


def test_po_entries_carry_ids_references_comments_and_keep_unaligned_text() -> None:
    po = read_po(COMMITTED_PO)
    assert po.metadata["Language"] == "zh_CN"
    assert re.match(r"tm \S+; segmentation en\.srx@\w+, zh\.srx@\w+; alignment \S+",
                    po.metadata["X-Generator"])
    entries = list(po)
    assert not any(e.msgctxt for e in entries)  # ids in '#. id:' comments, no msgctxt noise
    assert all(re.fullmatch(r"s[0-9a-f]{8}(-\d+)?", entry_id(e)) for e in entries)
    assert all(len(e.occurrences) == 2 for e in entries)
    assert all(re.match(r"id: s\w+\nbead \d-\d score [01]\.\d\d", e.comment) for e in entries)
    split = next(e for e in entries if "3W Cafe" in e.msgid)
    assert "此后，3W咖啡" in split.msgstr and "bead 1-2" in split.comment
    merged = next(e for e in entries if "79,000" in e.msgid)
    assert "92.3 percent" in merged.msgid and "bead 2-1" in merged.comment
    assert entries[-1].comment.endswith("unaligned zh: 责任编辑：张晓明")
    text = "".join(e.msgstr for e in entries) + entries[-1].comment
    zh_source = (ROOT / ZH).read_text(encoding="utf-8")
    assert all(ch in text for ch in zh_source if not ch.isspace())


@pytest.mark.parametrize("threshold", ["0", "0.9995", "1"])
def test_fuzzy_below_marks_entries_for_review(tmp_path: Path, threshold: str,
                                              article_json: dict[str, Any]) -> None:
    out = tmp_path / "a.po"
    assert run_tm("align", EN, ZH, "--fuzzy-below", threshold, "-o", str(out)).code == 0
    beads = article_json["beads"]
    expected = [b["score"] < float(threshold) for b in beads if b["en"]]
    assert ["fuzzy" in e.flags for e in read_po(out)] == expected


def test_beads_format_reproduces_the_gold() -> None:
    result = run_tm("align", EN, ZH, "--format", "beads")
    assert result.code == 0
    assert result.stdout.decode() == GOLD.read_text(encoding="utf-8")


def test_tsv_has_one_line_per_bead_with_two_columns() -> None:
    result = run_tm("align", EN, ZH, "--format", "tsv")
    lines = result.stdout.decode().splitlines()
    assert len(lines) == len(GOLD.read_text(encoding="utf-8").splitlines())
    assert all(line.count("\t") == 1 for line in lines)
    assert lines[-1] == "\t责任编辑：张晓明"


def test_json_lists_beads_with_scores_and_the_signature(article_json: dict[str, Any]) -> None:
    data = article_json
    assert data["signature"].startswith("tm ")
    gold = [tuple(map(ast.literal_eval, line.split(":")))
            for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert [(b["en"], b["zh"]) for b in data["beads"]] == [(list(s), list(t)) for s, t in gold]
    assert all(0 <= b["score"] <= 1 for b in data["beads"])


def test_tmx_holds_the_paired_beads(tmp_path: Path) -> None:
    out = tmp_path / "a.tmx"
    assert run_tm("align", EN, ZH, "--format", "tmx", "-o", str(out)).code == 0
    units = list(read_tmx(out))
    assert len(units) == 19
    assert units[0].target == "大众创业、万众创新助推制造业大步向前"
    assert "unaligned zh: 责任编辑：张晓明" in units[-1].note


def test_tmx_is_readable_by_translate_toolkit(tmp_path: Path) -> None:
    tmx = pytest.importorskip("translate.storage.tmx")
    out = tmp_path / "a.tmx"
    assert run_tm("align", EN, ZH, "--format", "tmx", "-o", str(out)).code == 0
    units = tmx.tmxfile.parsefile(str(out)).units
    assert len(units) == 19
    assert units[3].target.startswith("2015年5月7日") and "3W Cafe" in units[3].source


def test_glossary_option_is_used(tmp_path: Path) -> None:
    glossary = tmp_path / "terms.tsv"
    glossary.write_text("en\tzh\nLegend Star\t联想之星\nInno Way\t创业大街\n", encoding="utf-8")
    result = run_tm("align", EN, ZH, "--glossary", str(glossary), "--format", "beads")
    assert result.code == 0, result.stderr.decode()
    assert result.stdout.decode() == GOLD.read_text(encoding="utf-8")


def test_english_from_stdin() -> None:
    result = run_tm("align", "-", ZH, "--format", "beads", stdin=(ROOT / EN).read_bytes())
    assert result.code == 0, result.stderr.decode()
    assert result.stdout.decode() == GOLD.read_text(encoding="utf-8")


def test_presegmented_reads_one_sentence_per_line(tmp_path: Path) -> None:
    en = tmp_path / "en.txt"
    zh = tmp_path / "zh.txt"
    en.write_text("It rained all day.\nWe stayed home.\n\nThe next day was sunny.\n",
                  encoding="utf-8")
    zh.write_text("下了一整天雨，我们待在家里。\n\n第二天阳光明媚。\n", encoding="utf-8")
    result = run_tm("align", str(en), str(zh), "--presegmented", "--format", "beads")
    assert result.stdout.decode() == "[0, 1]:[0]\n[2]:[1]\n"


@every_row(("args", "message"), [
    (["missing.txt", ZH], "missing.txt: no such file"),
    ([EN, ZH, "--fuzzy-below", "2"], "--fuzzy-below must be between 0 and 1"),
    ([EN, ZH, "--max-bead", "0"], "max_bead must be between 1 and 8"),
    ([EN, ZH, "--max-bead", "1000"], "max_bead must be between 1 and 8"),
])
def test_errors_are_one_line_with_exit_2(args: list[str], message: str) -> None:
    result = run_tm("align", *args)
    assert result.code == 2
    err = result.stderr.decode()
    assert err.startswith("tm: error: ") and message in err
    assert err.count("\n") == 1


def test_undecodable_input_names_the_file_and_suggests_an_encoding(tmp_path: Path) -> None:
    zh = tmp_path / "gbk.txt"
    zh.write_bytes("第一句。\n第二句。\n".encode("gb18030"))
    result = run_tm("align", EN, str(zh))
    assert result.code == 2
    assert f"{zh}:1:" in result.stderr.decode()
    assert "--zh-encoding gb18030" in result.stderr.decode()
    ok = run_tm("align", EN, str(zh), "--zh-encoding", "gb18030", "--format", "tsv")
    assert ok.code == 0
    assert "第一句。" in ok.stdout.decode()


def test_failed_run_leaves_no_output_file(tmp_path: Path) -> None:
    out = tmp_path / "a.po"
    assert run_tm("align", EN, "missing.txt", "-o", str(out)).code == 2
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content", ["", "\n\n"])
def test_empty_english_file_keeps_the_chinese_in_the_header(tmp_path: Path,
                                                            content: str) -> None:
    en = tmp_path / "empty.txt"
    en.write_text(content, encoding="utf-8")
    out = tmp_path / "a.po"
    result = run_tm("align", str(en), ZH, "-o", str(out))
    assert result.code == 0, result.stderr.decode()
    po = read_po(out)
    assert len(po) == 0
    assert "unaligned zh: 责任编辑：张晓明" in po.header


def test_a_chinese_file_that_is_english_warns_and_scores_low(tmp_path: Path) -> None:
    fake = tmp_path / "fake_zh.txt"
    fake.write_text("An unrelated story about the weather.\n\nIt rained in the north. "
                    "The south stayed dry and hot.\n", encoding="utf-8")
    result = run_tm("align", EN, str(fake), "--format", "json")
    assert result.code == 0
    assert "almost no Chinese characters" in result.stderr.decode()
    beads = json.loads(result.stdout)["results"]["beads"]
    paired = [b for b in beads if b["en"] and b["zh"]]
    assert paired and all(b["score"] < 0.5 for b in paired)


def test_swapped_files_are_refused(tmp_path: Path) -> None:
    # T59: swapped files were only warned about; the PO had Chinese msgids labelled English
    out = tmp_path / "swapped.po"
    result = run_tm("align", ZH, EN, "-o", str(out))
    assert result.code == 2 and not out.exists()
    assert "the files are swapped; give the English file first" in result.err
    assert result.err.count("\n") == 1


def test_align_draws_a_progress_bar_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from tm.cli import _progress
    from tm.cli import align as align_cli

    quiet = run_tm("align", EN, ZH, "--format", "beads")
    assert "\r" not in quiet.err and "aligning" not in quiet.err   # stderr is not a terminal
    monkeypatch.setattr(align_cli, "wants_progress", lambda args: not args.quiet)
    monkeypatch.setattr(_progress, "DELAY", -1.0)
    monkeypatch.setattr(_progress, "REDRAWS_PER_SECOND", 1e9)
    drawn = run_tm("align", EN, ZH, "--format", "beads")
    assert drawn.code == 0 and drawn.out == quiet.out
    assert "\raligning [" in drawn.err and "100%" in drawn.err and drawn.err.count("\r") >= 3
    assert "aligning" not in run_tm("align", EN, ZH, "--format", "beads", "--quiet").err

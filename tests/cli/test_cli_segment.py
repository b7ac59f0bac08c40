"""`tm segment` through ``tm.cli.main``: every format, input encodings, errors."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from defusedxml import ElementTree

from tm.formats.po import parse_po

ARTICLE = "locales/en/article.txt"
XLIFF = "{urn:oasis:names:tc:xliff:document:1.2}"


def test_txt_lists_title_dateline_and_body(tm_cli, root: Path) -> None:
    result = tm_cli("segment", ARTICLE)
    assert result.code == 0, result.err
    lines = [line for line in result.out.splitlines() if line]  # blank between paragraphs
    assert len(lines) == 21
    assert lines[1] == "Updated: May 23,2017 7:29 AM"
    assert lines[-1].endswith("Premier Li said.")
    assert not any("|" in line for line in lines)


def test_keep_chrome_and_custom_skip(tm_cli) -> None:
    assert tm_cli("segment", ARTICLE, "--keep-chrome").out.splitlines()[0] == "App | 中文 |"
    out = tm_cli("segment", ARTICLE, "--skip", r"Updated:.*").out.splitlines()
    assert out[0] == "App | 中文 |" and "Updated: May 23,2017 7:29 AM" not in out


def test_jsonl_offsets_index_the_decoded_text(tm_cli, root: Path) -> None:
    result = tm_cli("segment", ARTICLE, "--format", "jsonl")
    text = (root / ARTICLE).read_text(encoding="utf-8")
    records = [json.loads(line) for line in result.out.splitlines()]
    assert [sorted(r) for r in records[:1]] == [["end", "id", "paragraph", "start", "text"]]
    for record in records:
        assert text[record["start"]:record["end"]] == record["text"]
    assert len({r["id"] for r in records}) == len(records)


def test_csv_has_a_header_and_one_row_per_sentence(tm_cli) -> None:
    rows = list(csv.reader(io.StringIO(tm_cli("segment", ARTICLE, "--format", "csv").out)))
    assert rows[0] == ["id", "paragraph", "start", "end", "text"]
    assert len(rows) == 22
    assert rows[2][4] == "Updated: May 23,2017 7:29 AM"


def test_ids_are_stable_across_runs_and_edits(tm_cli, tmp_path: Path, root: Path) -> None:
    first = [json.loads(x)["id"] for x in tm_cli("segment", ARTICLE, "--format", "jsonl")
             .out.splitlines()]
    edited = tmp_path / "edited.txt"
    text = (root / ARTICLE).read_text(encoding="utf-8")
    edited.write_text(text.replace("The organization was founded in 2008",
                                   "The organisation was founded in 2008"), encoding="utf-8")
    second = [json.loads(x)["id"] for x in tm_cli("segment", str(edited), "--format", "jsonl")
              .out.splitlines()]
    changed = [i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
    assert len(changed) == 1


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext not installed")
def test_pot_passes_msgfmt_check(tm_cli, tmp_path: Path) -> None:
    pot = tmp_path / "article.pot"
    result = tm_cli("segment", ARTICLE, "--format", "pot", "-o", str(pot))
    assert result.code == 0, result.err
    check = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(pot)],
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr
    text = pot.read_text(encoding="utf-8")
    assert "X-Generator: tm " in text and "segmentation en.srx@" in text
    assert "#. id: s7682b76c\n#: locales/en/article.txt:5\nmsgid " in text
    assert text.count("#. id: ") == 21 and "msgctxt" not in text


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext not installed")
def test_pot_of_chinese_with_repeats_passes_msgfmt(tm_cli, tmp_path: Path) -> None:
    source = tmp_path / "zh.txt"
    source.write_text("好。好。\n\n“引号”与\\反斜杠\t制表符。\n\n好。", encoding="utf-8")
    result = tm_cli("segment", str(source), "--format", "pot")
    assert result.code == 0, result.err
    check = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", "-"], input=result.out,
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr
    # A repeated sentence is one entry with all its references, as xgettext makes it.
    assert result.out.count('msgid "好。"') == 1
    (entry,) = [e for e in parse_po(result.out, "zh.pot") if e.msgid == "好。"]
    assert entry.occurrences == [(str(source), "1"), (str(source), "5")]
    layout = tm_cli("segment", str(source), "--format", "pot", "--msgctxt")
    assert layout.out.count('msgid "好。"') == 3 and layout.out.count("msgctxt ") == 4


def test_xliff_is_well_formed_with_one_unit_per_sentence(tm_cli) -> None:
    result = tm_cli("segment", ARTICLE, "--format", "xliff")
    assert result.code == 0, result.err
    root = ElementTree.fromstring(result.out.encode("utf-8"))
    assert root.get("version") == "1.2"
    file = root.find(XLIFF + "file")
    assert file is not None
    assert (file.get("source-language"), file.get("target-language")) == ("en", "zh-CN")
    units = file.findall(f"{XLIFF}body/{XLIFF}trans-unit")
    assert len(units) == 21
    source = units[1].find(XLIFF + "source")
    assert source is not None and source.text == "Updated: May 23,2017 7:29 AM"
    assert source.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert all(u.get("id", "").startswith("s") for u in units)


def test_stdin_chinese_auto_detected(tm_cli) -> None:
    result = tm_cli("segment", "-", stdin="他说：“好。”然后走了。\n")
    assert result.out.splitlines() == ["他说：“好。”", "然后走了。"]


def test_bom_and_crlf(tm_cli, tmp_path: Path) -> None:
    source = tmp_path / "win.txt"
    source.write_bytes(b"\xef\xbb\xbfTitle line\r\n\r\nFirst. Second.\r\n")
    result = tm_cli("segment", str(source), "--format", "jsonl")
    records = [json.loads(x) for x in result.out.splitlines()]
    assert [r["text"] for r in records] == ["Title line", "First.", "Second."]
    assert records[0]["start"] == 0


def test_gb18030_with_encoding_option(tm_cli, tmp_path: Path) -> None:
    source = tmp_path / "gb.txt"
    source.write_bytes("中关村创业大街。联想之星！".encode("gb18030"))
    result = tm_cli("segment", str(source), "--encoding", "gb18030")
    assert result.code == 0, result.err
    assert result.out.splitlines() == ["中关村创业大街。", "联想之星！"]
    failed = tm_cli("segment", str(source))
    assert failed.code == 2
    assert "gb.txt:1" in failed.err and "--encoding" in failed.err


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.txt", None, "no such file"),
    ("binary.txt", b"abc\x00\x01\x02", "binary file"),
    ("latin1.txt", "Caf\u00e9 cr\u00e8me.".encode("latin-1"), "cannot decode"),
])
def test_bad_input_is_one_line_error_and_no_output(tm_cli, tmp_path: Path, name: str,
                                                    content: bytes | None, message: str) -> None:
    source = tmp_path / name
    if content is not None:
        source.write_bytes(content)
    out = tmp_path / "out.pot"
    result = tm_cli("segment", str(source), "--format", "pot", "-o", str(out))
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert result.err.startswith("tm: error: ") and name in result.err and message in result.err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == ([source] if content is not None else [])


def test_bad_srx_is_reported(tm_cli, tmp_path: Path) -> None:
    srx = tmp_path / "rules.srx"
    srx.write_text("<srx>", encoding="utf-8")
    result = tm_cli("segment", ARTICLE, "--srx", str(srx))
    assert result.code == 2 and "rules.srx" in result.err


def test_output_file_written(tm_cli, tmp_path: Path) -> None:
    out = tmp_path / "s.txt"
    result = tm_cli("segment", ARTICLE, "-o", str(out))
    assert result.code == 0 and result.out == ""
    assert len([s for s in out.read_text(encoding="utf-8").splitlines() if s]) == 21


def test_xliff_opens_in_translate_toolkit(tm_cli, tmp_path: Path) -> None:
    # An outside reader (Translate Toolkit, what Pootle/Weblate build on) parses it.
    xliff = pytest.importorskip("translate.storage.xliff")
    out = tmp_path / "article.xlf"
    assert tm_cli("segment", ARTICLE, "--format", "xliff", "-o", str(out)).code == 0
    store = xliff.xlifffile(out.read_bytes())
    units = [u for u in store.units if not u.isheader()]
    assert len(units) == 21
    assert units[1].source == "Updated: May 23,2017 7:29 AM"
    assert store.getsourcelanguage() == "en" and store.gettargetlanguage() == "zh-CN"

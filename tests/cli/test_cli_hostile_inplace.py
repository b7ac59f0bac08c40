"""Red-team pass 4 (2026-12-06): commands documented to rewrite their input in place.

Each test is named for the class of defect it guards against and fails on the
code before its fix.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, run_tm
from tm.formats.po import read_po

DATA = ROOT / "tests" / "data" / "memory"


def test_a_documented_in_place_pretranslation_fills_the_po_and_keeps_the_rest(
        tmp_path: Path) -> None:
    # `tm pretranslate zh_CN.po --db tm.db -o zh_CN.po  # fill what is still empty` is
    # the command's own help example; it was refused as "would destroy the input".
    db = str(tmp_path / "tm.db")
    assert run_tm("import", str(DATA / "news.po"), "--db", db).code == 0
    po = tmp_path / "zh_CN.po"
    text = (DATA / "news.pot").read_text(encoding="utf-8")
    po.write_text(text + '\n# translator note\nmsgid "Kept as it is."\nmsgstr "原样保留。"\n\n'
                  '#~ msgid "Old."\n#~ msgstr "旧。"\n', encoding="utf-8")
    result = run_tm("pretranslate", str(po), "--db", db, "-o", str(po))
    assert result.code == 0, result.err
    entries = {(e.msgid, e.obsolete): e for e in read_po(po)}
    assert entries["Sales rose 12 percent last year.", False].msgstr == "去年销售额增长了12%。"
    kept = entries["Kept as it is.", False]
    assert kept.msgstr == "原样保留。" and kept.tcomment == "translator note"
    assert entries["Old.", True].msgstr == "旧。"
    if shutil.which("msgfmt"):
        check = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)],
                               capture_output=True, text=True, check=False)
        assert check.returncode == 0, check.stderr


def test_output_onto_an_input_that_is_not_rewritten_in_place_is_still_refused(
        tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("One sentence. Two sentences.\n", encoding="utf-8")
    result = run_tm("segment", str(text), "-o", str(text))
    assert result.code == 2 and "would destroy the input" in result.err
    assert text.read_text(encoding="utf-8") == "One sentence. Two sentences.\n"


def test_an_in_place_pretranslation_never_overwrites_a_save_made_meanwhile(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Filling in place reads the PO, looks every entry up, then replaces the file:
    # a translator saving it in Poedit meanwhile would lose that save.
    import tm.cli.pretranslate as command

    db = str(tmp_path / "tm.db")
    assert run_tm("import", str(DATA / "news.po"), "--db", db).code == 0
    po = tmp_path / "zh_CN.po"
    po.write_text((DATA / "news.pot").read_text(encoding="utf-8"), encoding="utf-8")
    saved = po.read_text(encoding="utf-8") + '\nmsgid "Saved meanwhile."\nmsgstr "期间保存。"\n'
    real = command.pretranslate

    def translator_saves(*args: object, **kwargs: object) -> object:
        po.write_text(saved, encoding="utf-8")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(command, "pretranslate", translator_saves)
    result = run_tm("pretranslate", str(po), "--db", db, "-o", str(po))
    assert result.code == 2 and "changed on disk" in result.err, result.err
    assert po.read_text(encoding="utf-8") == saved


XLIFF = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
         'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
         'source-language="en" target-language="zh-CN" datatype="plaintext"><body>\n'
         '<trans-unit id="s1"><source>Sales rose 12 percent last year.</source></trans-unit>\n'
         '<trans-unit id="s2"><source>A sentence no memory holds.</source></trans-unit>\n'
         '</body></file></xliff>\n')


def test_a_translation_file_to_analyze_is_read_as_one_not_counted_as_prose(
        tmp_path: Path) -> None:
    # `tm analyze job.xlf` counted the XML markup as prose words (a quote for
    # 60 words and 1 segment instead of 11 words and 2 segments); a TMX likewise.
    db = str(tmp_path / "tm.db")
    assert run_tm("import", str(DATA / "news.po"), "--db", db).code == 0
    xlf = tmp_path / "job.xlf"
    xlf.write_text(XLIFF, encoding="utf-8")
    result = run_tm("analyze", str(xlf), "--db", db, "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)["results"]
    assert data["total"]["segments"] == 2 and data["total"]["words"] == 11, data["total"]
    rows = {row["band"]: row for row in data["bands"]}
    assert rows["100%"]["segments"] == 1 and rows["No match"]["segments"] == 1, rows
    tmx = tmp_path / "memory.tmx"
    tmx.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/>'
                   "<body/></tmx>\n", encoding="utf-8")
    refused = run_tm("analyze", str(tmx), "--db", db)
    assert refused.code == 2 and refused.err.startswith(f"tm: error: {tmx}: "), refused.err

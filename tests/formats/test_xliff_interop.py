"""XLIFF 1.2 both ways (issue 12): written valid, read back by tm import/check/update and TT."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from tm.formats import read_units, write_units
from tm.memory import TranslationMemory
from tm.model import Unit

ROOT = Path(__file__).resolve().parents[2]
XSD = ROOT.parent / "shared" / "standards" / "xliff-core-1.2-strict.xsd"
EN, ZH = "locales/en/article.txt", "locales/zh_CN/article.txt"


def _validate(path: Path) -> None:
    if not XSD.exists():
        pytest.skip(f"the XLIFF 1.2 schema is not at {XSD} (../shared/standards)")
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    doc = etree.parse(str(path))
    assert schema.validate(doc), schema.error_log


def test_align_writes_valid_xliff_with_fuzzy_beads_to_review(tm_cli, tmp_path: Path) -> None:
    out = tmp_path / "article.xlf"
    result = tm_cli("align", EN, ZH, "--format", "xliff", "--fuzzy-below", "0.995", "-o", str(out))
    assert result.code == 0, result.err
    _validate(out)
    text = out.read_text(encoding="utf-8")
    states = re.findall(r'state="([^"]+)"', text)
    assert "needs-review-translation" in states and "translated" in states
    units = list(read_units(out, include_fuzzy=True))
    assert len(units) == text.count("<trans-unit ")
    assert [u.fuzzy for u in units].count(True) == states.count("needs-review-translation")


def test_export_edit_import_lookup_round_trip(tm_cli, tmp_path: Path) -> None:
    """A translator edits the exported XLIFF in a CAT tool; the edit comes back into a memory."""
    db, xlf, db2 = tmp_path / "a.db", tmp_path / "memory.xlf", tmp_path / "b.db"
    with TranslationMemory.open(db) as memory:
        memory.add([Unit("The factory opened in 2016.", "该工厂于2016年开业。", context="s1"),
                    Unit("Sales rose.", "销量上升。", context="s2")])
    assert tm_cli("export", "--db", str(db), "-o", str(xlf)).code == 0
    _validate(xlf)
    edited = xlf.read_text(encoding="utf-8").replace("销量上升。", "销量增长了。")
    xlf.write_text(edited, encoding="utf-8")
    result = tm_cli("import", str(xlf), "--db", str(db2))
    assert result.code == 0, result.err
    with TranslationMemory.open(db2) as memory:
        assert [m.unit.target for m in memory.lookup("Sales rose.")] == ["销量增长了。"]
        assert memory.lookup("The factory opened in 2016.")[0].unit.context == "s1"


def test_check_reads_a_translated_xliff(tm_cli, tmp_path: Path) -> None:
    xlf = tmp_path / "back.xlf"
    write_units([Unit("It has branches in 10 cities.", "它已在11座城市开设分店。", context="s2")],
                xlf)
    result = tm_cli("check", str(xlf))
    assert result.code == 1
    line = next(n for n, text in enumerate(xlf.read_text(encoding="utf-8").splitlines(), 1)
                if "<trans-unit " in text)      # the line the unit starts on, not its number
    assert f"{xlf}:{line}: numbers" in result.out


def test_update_reads_and_writes_xliff(tm_cli, tmp_path: Path) -> None:
    source = tmp_path / "doc.txt"
    source.write_text("The factory opened. Sales rose sharply.\n", encoding="utf-8")
    xlf = tmp_path / "doc.xlf"
    write_units([Unit("The factory opened.", "工厂开业了。"), Unit("Sales rose.", "销量上升。")],
                xlf)
    result = tm_cli("update", str(source), "--po", str(xlf))
    assert result.code == 0, result.err
    _validate(xlf)
    units = {u.source: u for u in read_units(xlf, include_fuzzy=True)}
    assert units["The factory opened."].target == "工厂开业了。"
    assert not units["The factory opened."].fuzzy
    edited = units["Sales rose sharply."]
    assert edited.fuzzy and edited.target == "销量上升。"
    assert 'state="needs-review-translation"' in xlf.read_text(encoding="utf-8")


def test_translate_toolkit_reads_our_xliff(tmp_path: Path) -> None:
    xliff = pytest.importorskip("translate.storage.xliff")
    path = tmp_path / "a.xlf"
    write_units([Unit("A & B <c>.", "甲和乙。", context="s1"),
                 Unit("Fuzzy one.", "模糊。", context="s2", fuzzy=True)], path)
    store = xliff.xlifffile.parsefile(str(path))
    pairs = [(u.source, u.target, u.isfuzzy()) for u in store.units if u.source]
    assert pairs == [("A & B <c>.", "甲和乙。", False), ("Fuzzy one.", "模糊。", True)]


def test_an_alt_trans_proposal_is_never_the_units_translation(tmp_path: Path) -> None:
    """docs/interop.md: Okapi's and Weblate's <alt-trans> are proposals; the unit's own
    <target> (by its <mrk mtype="seg"> segments) is what is read, and a unit with only a
    proposal is untranslated."""

    path = tmp_path / "okapi.xlf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
        'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.html" '
        'source-language="en" target-language="zh-CN" datatype="html"><body>\n'
        '<trans-unit id="t1"><source>Hello. Bye.</source><seg-source><mrk mid="0" '
        'mtype="seg">Hello.</mrk> <mrk mid="1" mtype="seg">Bye.</mrk></seg-source>'
        '<target state="translated"><mrk mid="0" mtype="seg">你好。</mrk> <mrk mid="1" '
        'mtype="seg">再见。</mrk></target><alt-trans match-quality="80" origin="tm">'
        '<source>Hello there.</source><target>你好啊。</target></alt-trans></trans-unit>\n'
        '<trans-unit id="t2"><source>Only a proposal.</source><alt-trans><target>只有提议。'
        '</target></alt-trans></trans-unit>\n</body></file></xliff>\n', encoding="utf-8")
    assert [(u.source, u.target) for u in read_units(path)] == [
        ("Hello.", "你好。"), ("Bye.", "再见。")]

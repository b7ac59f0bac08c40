"""XLIFF 1.1 and 1.0 are read as 1.2 is, and a PO header trans-unit is no message (T70).

Translate Toolkit's ``po2xliff`` and Weblate's "XLIFF 1.1 with gettext extensions"
download write XLIFF 1.1; it was refused outright ("an XLIFF 1.1 file; tm reads
XLIFF 1.2").  Relabelled 1.2 it read, but the gettext header trans-unit
(``restype="x-gettext-domain-header"``) was imported as a unit and checked as
an untranslated fuzzy message.  What tm writes stays XLIFF 1.2
(tests/formats/test_xliff_interop.py validates it against the strict schema).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from conftest import run_tm
from tm.formats.xliff import read_xliff

#: The body every version below shares: a header unit as po2xliff writes it, two
#: messages (one approved, one a draft), and a plural group.
BODY = """\
  <file original="garden.po" source-language="en-US" datatype="po" target-language="zh_CN">
    <body>
      <trans-unit xml:space="preserve" id="1" approved="no" restype="x-gettext-domain-header">
        <source>Project-Id-Version: Garden 1.0
Language: zh_CN
</source>
        <target state="translated">Project-Id-Version: Garden 1.0
Language: zh_CN
</target>
      </trans-unit>
      <trans-unit xml:space="preserve" id="2" approved="yes">
        <source>Water the tomatoes</source>
        <target state="translated">给番茄浇水</target>
      </trans-unit>
      <trans-unit xml:space="preserve" id="3" approved="no">
        <source>Prune the roses</source>
        <target state="translated">修剪玫瑰</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

VERSIONS = {
    "1.1": '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">\n',
    "1.0": ('<!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" '
            '"http://www.oasis-open.org/committees/xliff/documents/xliff.dtd">\n'
            '<xliff version="1.0">\n'),
    "1.2": '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">\n',
}


def _write(path: Path, version: str) -> Path:
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + VERSIONS[version] + BODY,
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("version", sorted(VERSIONS))
def test_every_xliff_1x_reads_alike_without_the_po_header(tmp_path: Path, version: str) -> None:
    units = list(read_xliff(_write(tmp_path / "garden.xlf", version)))
    assert [(u.source, u.target, u.fuzzy) for u in units] == [
        ("Water the tomatoes", "给番茄浇水", False), ("Prune the roses", "修剪玫瑰", True)]
    assert {u.target_lang for u in units} == {"zh_CN"}


@pytest.mark.parametrize("version", ["1.1", "1.0"])
def test_import_and_check_accept_an_xliff_1_1_or_1_0_job(tmp_path: Path, version: str) -> None:
    path = _write(tmp_path / "garden.xlf", version)
    db = str(tmp_path / "m.db")
    imported = run_tm("import", str(path), "--db", db)
    assert imported.code == 0, imported.err
    stats = json.loads(run_tm("stats", "--db", db, "--format", "json").out)
    assert (stats["results"]["units"], stats["results"]["trusted"]) == (2, 1)
    checked = json.loads(run_tm("check", str(path), "--format", "json").out)
    assert [f["source"] for f in checked["results"]["findings"]] == ["Prune the roses"]


PO_FOR_PO2XLIFF = """\
msgid ""
msgstr ""
"Language: {lang}\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: {forms}\\n"

msgid "Add to basket"
msgstr "{basket}"

#, fuzzy
msgid "Checkout"
msgstr "{checkout}"

msgid "%d item"
msgid_plural "%d items"
msgstr[0] "{item}"
"""


def _po2xliff(tmp_path: Path, lang: str, forms: str, basket: str, checkout: str,
              item: str) -> Path:
    po2xliff = pytest.importorskip("translate.convert.po2xliff")
    po = tmp_path / "shop.po"
    po.write_text(PO_FOR_PO2XLIFF.format(lang=lang, forms=forms, basket=basket,
                                         checkout=checkout, item=item), encoding="utf-8")
    out = io.BytesIO()
    with po.open("rb") as source:
        po2xliff.convertpo(source, out, None)
    assert b'version="1.1"' in out.getvalue()
    xlf = tmp_path / "shop.xlf"
    xlf.write_bytes(out.getvalue())
    return xlf


def test_translate_toolkits_po2xliff_output_is_read(tmp_path: Path) -> None:
    # po2xliff writes a trans-unit for msgid_plural (id "N[1]") with an empty target
    # although Chinese has one form, which msgstr[0] fills: no untranslated message.
    xlf = _po2xliff(tmp_path, "zh_CN", "nplurals=1; plural=0;", "加入购物篮", "结账",
                    "%d 件商品")
    assert [(u.source, u.target, u.fuzzy) for u in read_xliff(xlf)] == [
        ("Add to basket", "加入购物篮", False), ("Checkout", "结账", True),
        ("%d item", "%d 件商品", False)]
    checked = json.loads(run_tm("check", str(xlf), "--format", "json").out)
    assert [f["check"] for f in checked["results"]["findings"]] == ["fuzzy"]


def test_a_plural_form_the_language_has_is_still_untranslated_when_empty(tmp_path: Path) -> None:
    xlf = _po2xliff(tmp_path, "de", "nplurals=2; plural=(n != 1);", "In den Warenkorb",
                    "Zur Kasse", "%d Artikel")
    assert [(u.source, u.target) for u in read_xliff(xlf)][-1] == ("%d items", "")


@pytest.mark.parametrize("head", [
    '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>',
    '<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>',
    '<xliff version="3.0"/>',
])
def test_other_xliff_versions_are_still_refused_by_name(tmp_path: Path, head: str) -> None:
    path = tmp_path / "job.xlf"
    path.write_text('<?xml version="1.0"?>\n' + head + "\n", encoding="utf-8")
    result = run_tm("import", str(path), "--db", str(tmp_path / "m.db"))
    assert result.code == 2 and "tm reads XLIFF 1.0, 1.1 and 1.2" in result.err
    assert result.err.count("\n") == 1


def _job(path: Path, original: str, units: list[tuple[str, str, str]]) -> Path:
    """An XLIFF 1.2 job of *original*: (trans-unit attributes, source, target) per unit."""
    body = "".join(f'<trans-unit {attrs}><source>{source}</source><target>{target}</target>'
                   "</trans-unit>\n" for attrs, source, target in units)
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
                    'xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
                    f'<file original="{original}" source-language="en" target-language="zh-CN" '
                    f'datatype="plaintext"><body>\n{body}</body></file></xliff>\n',
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("attrs", "context"), [
    ('id="1"', ""), ('id="0042"', ""), ('id="14[1]"', ""), ('id=" 7 "', ""),
    ('id="1" resname="greeting"', "greeting"), ('id="menu.open"', "menu.open"),
    ('id="tip-3"', "tip-3"), ('id="7" resname=""', ""),
])
def test_a_trans_unit_id_that_is_only_a_position_is_no_context(
        tmp_path: Path, attrs: str, context: str) -> None:
    path = _job(tmp_path / "a.xlf", "a.docx", [(attrs, "Plant the bulbs", "种下球茎")])
    assert [u.context for u in read_xliff(path)] == [context]


@pytest.mark.parametrize(("attrs", "band"), [('id="1"', "100%"), ('id="1" resname="hint"', "101%")])
def test_the_same_position_in_another_document_is_no_in_context_match(
        tmp_path: Path, attrs: str, band: str) -> None:
    # T72: two tools number their units from 1; "Mulch the beds" at id 1 of another
    # document was a 101 % in-context match, the band vendors charge nothing for.
    db = str(tmp_path / "m.db")
    memory = _job(tmp_path / "memory.xlf", "spring.docx",
                  [(attrs, "Mulch the beds", "给苗床覆盖地膜"),
                   ('id="2"', "Rake the soil", "耙土")])
    assert run_tm("import", str(memory), "--db", db).code == 0
    job = _job(tmp_path / "job.xlf", "autumn.docx", [(attrs, "Mulch the beds", "")])
    result = run_tm("analyze", str(job), "--db", db, "--format", "json")
    assert result.code == 0, result.err
    bands = {row["band"]: row["segments"] for row in json.loads(result.out)["results"]["bands"]}
    assert bands[band] == 1 and sum(bands.values()) == 1


@pytest.mark.parametrize("uid", ["d6b7c0a8-1f3c-4b0e-9d4a-1b2c3d4e5f60",
                                 "{0B7A3F2E-5C1D-4E8F-9A6B-7C8D9E0F1A2B}",
                                 "NFDBB2FA9-tu1", "NFDBB2FA9-tu1_2", "tu17"])
def test_an_id_a_tool_made_up_binds_no_pretranslation_to_it(tmp_path: Path, uid: str) -> None:
    # Red-team pass 11 (R11-14): Trados SDLXLIFF's GUID ids and Okapi's tu ids were
    # stored as contexts, and tm pretranslate then filled every exact match as fuzzy:
    # "the memory's translation is for context 'd6b7c0a8-...', the entry's has none".
    db = str(tmp_path / "m.db")
    job = _job(tmp_path / "done.sdlxliff", "garden.docx",
               [(f'id="{uid}" approved="yes"', "Water the seedlings", "给幼苗浇水")])
    assert run_tm("import", str(job), "--db", db).code == 0
    pot = tmp_path / "new.pot"
    pot.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                   'msgid "Water the seedlings"\nmsgstr ""\n', encoding="utf-8")
    result = run_tm("pretranslate", str(pot), "--db", db)
    assert result.code == 0, result.err
    assert 'msgstr "给幼苗浇水"' in result.out and "fuzzy" not in result.out
    assert "1 exact, 0 fuzzy" in result.err

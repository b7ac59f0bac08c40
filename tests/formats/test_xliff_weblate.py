"""Weblate's / Translate Toolkit's XLIFF: placeholders as ``equiv-text``, plural groups (trial 3).

* R3-2: ``<x id="1" equiv-text="{count}"/>`` is how these tools mark a placeholder;
  the code was read empty, so "{count}" vanished from source and target (a
  pre-translation then offered the target without it) and no export could bring
  it back.  The equiv-text is the code's text now, in the unit and its markup.
* R3-10: the forms of one ``<group restype="x-gettext-plurals">`` are one
  message (a PO entry's msgid/msgid_plural); ``tm check`` compared them with each
  other (reverse-inconsistent on every Chinese plural).  They share the first
  form's line and context, as a PO entry's forms do.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_tm
from tm.formats.tmx import read_tmx
from tm.formats.xliff import read_xliff

WEBLATE = """\
<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="garden.po" source-language="en" target-language="zh_CN" datatype="po">
    <body>
      <trans-unit id="Seeds left: {count}" xml:space="preserve" approved="yes">
        <source>Seeds left: <x id="1" ctype="x-python-brace-format" equiv-text="{count}"/></source>
        <target state="translated">剩余种子：<x id="1" ctype="x-python-brace-format" \
equiv-text="{count}"/></target>
      </trans-unit>
      <group restype="x-gettext-plurals">
        <trans-unit id="%d bed watered[0]" xml:space="preserve" approved="yes">
          <source>%d bed watered</source>
          <target state="translated">已浇灌 %d 块苗床</target>
        </trans-unit>
        <trans-unit id="%d bed watered[1]" xml:space="preserve" approved="yes">
          <source>%d beds watered</source>
          <target state="translated">已浇灌 %d 块苗床</target>
        </trans-unit>
      </group>
    </body>
  </file>
</xliff>
"""


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "garden.xlf"
    path.write_text(WEBLATE, encoding="utf-8")
    return path


def test_an_equiv_text_placeholder_is_the_codes_text(tmp_path: Path) -> None:
    unit = next(iter(read_xliff(_file(tmp_path))))
    assert (unit.source, unit.target) == ("Seeds left: {count}", "剩余种子：{count}")
    assert "{count}" in unit.source_markup and "{count}" in unit.target_markup


def test_the_placeholder_survives_import_and_export(tmp_path: Path) -> None:
    db, out = str(tmp_path / "m.db"), tmp_path / "out.tmx"
    assert run_tm("import", str(_file(tmp_path)), "--db", db).code == 0
    assert run_tm("export", "--db", db, "-o", str(out)).code == 0
    pairs = {(u.source, u.target) for u in read_tmx(out)}
    assert ("Seeds left: {count}", "剩余种子：{count}") in pairs


def test_the_forms_of_one_plural_message_are_not_compared_with_each_other(
        tmp_path: Path) -> None:
    path = _file(tmp_path)
    result = run_tm("check", str(path), "--format", "json")
    assert result.code == 0, result.out
    assert json.loads(result.out)["results"]["findings"] == []
    forms = [u for u in read_xliff(path) if "bed" in u.source]
    assert [u.source for u in forms] == ["%d bed watered", "%d beds watered"]
    assert len({(u.origin, u.context) for u in forms}) == 1
    assert forms[0].context == "%d bed watered"

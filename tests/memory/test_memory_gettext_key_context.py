"""A unit's context spelled as gettext's joined key means the same to every command (R4-21).

Weblate's XLIFF ids join msgctxt and msgid as ``toolbar\\u0004Save``; tm
pretranslate read that as context ``toolbar`` while lookup ``--context``, the
server (both through TranslationMemory.lookup) and tm analyze compared the raw
id, so the same memory was in context for one command and not for the others.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_tm
from tm import TranslationMemory, Unit

KEYED = r"toolbar\u0004Save"


def test_a_joined_gettext_key_is_its_msgctxt_for_every_reader() -> None:
    from tm.memory._contexts import gettext_context, telling_context

    assert gettext_context(KEYED, "Save") == "toolbar"
    assert gettext_context(KEYED, "保存", "Save") == "toolbar"      # a unit turned round
    assert gettext_context("toolbar", "Save") == "toolbar"
    assert gettext_context(r"toolbar\u0004Save", "Load") == r"toolbar\u0004Save"
    assert telling_context(KEYED, "Save") == gettext_context(KEYED, "Save")


def test_lookup_in_context_reads_a_joined_gettext_key(location: str) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add([Unit("Save", "保存", context=KEYED)])
        assert memory.lookup("Save", context="toolbar")[0].in_context
        assert not memory.lookup("Save", context="dialog")[0].in_context
        assert memory.lookup("Save", context=KEYED)[0].in_context
        assert memory.lookup("保存", source_lang="zh-CN", target_lang="en",
                             context="toolbar")[0].in_context


XLIFF = r'''<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="po/zh_CN.po" source-language="en" target-language="zh-Hans" datatype="po">
    <body>
      <trans-unit id="toolbar\u0004Save" resname="toolbar\u0004Save">
        <source>Save</source>
        <target state="translated">保存</target>
      </trans-unit>
    </body>
  </file>
</xliff>
'''

POT = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgctxt "toolbar"
msgid "Save"
msgstr ""
'''


def test_analyze_counts_a_joined_key_match_in_context_as_pretranslate_fills_it(
        tmp_path: Path) -> None:
    (tmp_path / "w.xlf").write_text(XLIFF, encoding="utf-8")
    (tmp_path / "ui.pot").write_text(POT, encoding="utf-8")
    db = str(tmp_path / "m.db")
    assert run_tm("import", str(tmp_path / "w.xlf"), "--db", db).code == 0
    result = run_tm("analyze", str(tmp_path / "ui.pot"), "--db", db, "--format", "json")
    assert result.code == 0, result.err
    bands = {b["band"]: b["segments"] for b in json.loads(result.out)["results"]["bands"]}
    assert (bands["101%"], bands["100%"]) == (1, 0), result.out
    filled = run_tm("pretranslate", str(tmp_path / "ui.pot"), "--db", db, "-o", "-")
    assert 'msgstr "保存"' in filled.out and "#, fuzzy" not in filled.out

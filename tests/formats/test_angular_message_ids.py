"""An Angular XLIFF 1.2 message id (a SHA-1 of the text) binds no match (REDTEAM12 I-9).

``ng extract-i18n`` names each trans-unit by the hex SHA-1 of its text and
meaning.  Taken for a context, every exact match from such a file filled a
catalog's entry as fuzzy ("the memory's translation is for context '4a8f…'"),
as the GUIDs of Trados did before (R11-14).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_tm

_XLIFF = """<?xml version="1.0" encoding="UTF-8" ?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en-US" datatype="plaintext" original="ng2.template"
        target-language="zh-CN">
    <body>
      <trans-unit id="{uid}" datatype="html">
        <source>Your order has shipped.</source>
        <target state="translated">您的订单已发货。</target>
        <note priority="1" from="description">Order status banner</note>
      </trans-unit>
    </body>
  </file>
</xliff>
"""
_POT = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Language: zh_CN\\n"\n\nmsgid "Your order has shipped."\nmsgstr ""\n')


@pytest.mark.parametrize("uid", ["9f2c1e07b3a84d6f0c5e8a1b2d3f4e5a6b7c8d9e",       # SHA-1
                                 "0cc175b9c0f1b6a831c399e269772661",               # MD5
                                 "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"])
def test_an_exact_match_from_a_hex_digest_id_fills_the_entry(tmp_path: Path, uid: str) -> None:
    xlf = tmp_path / "messages.zh.xlf"
    xlf.write_text(_XLIFF.format(uid=uid), encoding="utf-8")
    db = tmp_path / "m.db"
    assert run_tm("import", str(xlf), "--db", str(db)).code == 0
    pot = tmp_path / "app.pot"
    pot.write_text(_POT, encoding="utf-8")
    result = run_tm("pretranslate", str(pot), "--db", str(db))
    assert result.code == 0, result.err
    assert 'msgid "Your order has shipped."\nmsgstr "您的订单已发货。"' in result.out
    assert "#, fuzzy" not in result.out and "1 exact" in result.err


def test_a_named_id_still_binds_its_context(tmp_path: Path) -> None:
    xlf = tmp_path / "messages.zh.xlf"
    xlf.write_text(_XLIFF.format(uid="orderShippedBanner"), encoding="utf-8")
    db = tmp_path / "m.db"
    assert run_tm("import", str(xlf), "--db", str(db)).code == 0
    pot = tmp_path / "app.pot"
    pot.write_text(_POT, encoding="utf-8")
    result = run_tm("pretranslate", str(pot), "--db", str(db))
    assert "#, fuzzy" in result.out and "orderShippedBanner" in result.out

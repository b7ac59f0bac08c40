"""Every ``<note>`` of an XLIFF trans-unit reaches the memory (REDTEAM12 I-3).

Poedit and OmegaT add the translator's note beside the developer's, Angular
writes a description and a meaning, Okapi one note per annotator: only the
first was read, so ``tm import`` and ``tm update`` lost the others.
"""

from __future__ import annotations

from pathlib import Path

from tm.formats import read_units

_XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="shop.html" source-language="en" target-language="zh-CN" datatype="html">
    <body>
      <trans-unit id="checkout.pay">
        <source>Pay now</source>
        <target state="translated">立即付款</target>
        <note from="developer">Button on the checkout page.</note>
        <note from="translator">Agreed with the client: 付款, not 支付.</note>
        <alt-trans match-quality="75"><source>Pay later</source><target>稍后付款</target>
          <note>a suggestion's note is not the unit's</note></alt-trans>
      </trans-unit>
      <trans-unit id="empty.notes">
        <source>Cancel</source>
        <target>取消</target>
        <note/>
        <note from="meaning">verb</note>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_each_note_of_a_trans_unit_is_kept_in_order(tmp_path: Path) -> None:
    path = tmp_path / "shop.xlf"
    path.write_text(_XLIFF, encoding="utf-8")
    notes = [u.note for u in read_units(path)]
    assert notes == ["Button on the checkout page.\nAgreed with the client: 付款, not 支付.",
                     "verb"]

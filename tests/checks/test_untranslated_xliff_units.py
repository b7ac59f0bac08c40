"""An XLIFF unit left without a translation is untranslated, as an empty msgstr is (T50).

A vendor's job comes back as XLIFF; a unit with no ``<target>``, an empty one, or an
empty ``<mrk mtype="seg">`` segment was dropped before the checks ran, so ``tm check``
passed a job with untranslated sentences.  Whatever ``state`` the tool wrote on an
empty target, it is no fuzzy translation: the finding is ``untranslated``.
"""

from __future__ import annotations

from pathlib import Path

from tm import check_files

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="shop.html" source-language="en" target-language="zh-CN" datatype="html">
<body>
<trans-unit id="a"><source>Your basket is empty.</source>
<target state="translated">您的购物篮是空的。</target></trans-unit>
<trans-unit id="b"><source>Delivery takes two days.</source></trans-unit>
<trans-unit id="c"><source>Returns are free.</source>
<target state="needs-translation"></target></trans-unit>
<trans-unit id="d"><source>Pay now. Pay later.</source>
<seg-source><mrk mid="0" mtype="seg">Pay now.</mrk>
<mrk mid="1" mtype="seg">Pay later.</mrk></seg-source>
<target><mrk mid="0" mtype="seg">立即付款。</mrk>
<mrk mid="1" mtype="seg"></mrk></target></trans-unit>
<trans-unit id="e"><source></source><target></target></trans-unit>
</body></file></xliff>
"""


def test_units_without_a_translation_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "job.xlf"
    path.write_text(XLIFF, encoding="utf-8")
    found = check_files([path], select=["untranslated", "fuzzy"])
    assert [(f.check, f.severity, f.unit.source) for f in found] == [
        ("untranslated", "error", "Delivery takes two days."),
        ("untranslated", "error", "Returns are free."),
        ("untranslated", "error", "Pay later."),
    ]


def test_translated_units_pass(tmp_path: Path) -> None:
    path = tmp_path / "done.xlf"
    path.write_text(XLIFF.replace("</source></trans-unit>",
                                  "</source><target>送货需要两天。</target></trans-unit>")
                    .replace('<target state="needs-translation"></target>',
                             "<target>退货免费。</target>")
                    .replace('<mrk mid="1" mtype="seg"></mrk>',
                             '<mrk mid="1" mtype="seg">稍后付款。</mrk>'), encoding="utf-8")
    assert check_files([path], select=["untranslated", "fuzzy"]) == []

"""Red-team pass 7: a termbase without the asked language pair says which languages it holds.

Each test is named for the class of defect it guards against and fails on the
code before its fix.
"""

from __future__ import annotations

from pathlib import Path

from conftest import run_tm

TW_ONLY = '''<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="t1"><langSet xml:lang="en"><tig><term>hard disk</term></tig></langSet>
<langSet xml:lang="zh-TW"><tig><term>硬碟</term></tig></langSet></termEntry>
</body></text></martif>
'''


def test_a_termbase_without_the_language_pair_names_the_languages_it_holds(
        tmp_path: Path) -> None:
    # REDTEAM4 observed: `tm terms` with a zh-TW termbase and the default --target-lang
    # zh-CN said only "no concept has both a 'en' and a 'zh-CN' term (check the xml:lang
    # codes)": nothing told the user the termbase is zh-TW.
    tbx = tmp_path / "tw.tbx"
    tbx.write_text(TW_ONLY, encoding="utf-8")
    result = run_tm("terms", "The hard disk is full.", "--glossary", str(tbx))
    assert result.code == 2 and "the file's languages: en, zh-TW" in result.err, result.err
    asked = run_tm("terms", "The hard disk is full.", "--glossary", str(tbx),
                   "--target-lang", "zh-TW")
    assert asked.code == 0 and "硬碟" in asked.out

"""User trial T41: ``tm update --db`` and ``tm pretranslate`` fill memory matches alike.

update marked a trusted exact memory match ``fuzzy`` where pretranslate (and
``msgmerge --compendium``) fills it as the translation: the same memory gave a
translator more review work through one command than through the other.  Now
both follow one rule (:attr:`tm.model.Match.final`): exact and trusted is the
translation, anything else (lower score, untrusted memory) is fuzzy.
"""

from __future__ import annotations

from pathlib import Path

import polib

from conftest import run_tm

HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Language: zh_CN\\n"\n"Plural-Forms: nplurals=1; plural=0;\\n"\n\n')
TRUSTED = ("source,target\n"
           "The library opens at nine.,图书馆九点开门。\n"
           "Bring your own bag to the market.,去市场请自带购物袋。\n")
UNTRUSTED = "source,target\nParking is free on Sundays.,周日停车免费。\n"
#: One sentence the PO keeps, one exact trusted, one exact untrusted, one close to a trusted one.
SENTENCES = ["The town hall is closed today.", "The library opens at nine.",
             "Parking is free on Sundays.", "Bring your own bags to the market."]


def _memory(tmp_path: Path) -> Path:
    db = tmp_path / "m.db"
    for name, text, extra in (("t.csv", TRUSTED, ()), ("u.csv", UNTRUSTED, ("--untrusted",))):
        (tmp_path / name).write_text(text, encoding="utf-8")
        result = run_tm("import", str(tmp_path / name), "--db", str(db), "-q", *extra)
        assert result.code == 0, result.err
    return db


def _filled(po: polib.POFile) -> dict[str, tuple[str, bool]]:
    return {e.msgid: (e.msgstr, e.fuzzy) for e in po if e.msgid}


def test_update_and_pretranslate_fill_the_same_matches_the_same_way(tmp_path: Path) -> None:
    db = _memory(tmp_path)
    po = tmp_path / "old.po"
    po.write_text(HEADER + f'msgid "{SENTENCES[0]}"\nmsgstr "市政厅今天关闭。"\n',
                  encoding="utf-8")
    source = tmp_path / "new.txt"
    source.write_text("\n\n".join(SENTENCES) + "\n", encoding="utf-8")
    result = run_tm("update", str(source), "--po", str(po), "--db", str(db))
    assert result.code == 0, result.err
    assert "1 kept, 1 exact from memory, 2 fuzzy (2 memory), 0 new" in result.err, result.err
    updated = _filled(polib.pofile(str(po)))
    assert updated[SENTENCES[1]] == ("图书馆九点开门。", False)  # trusted 100%: final
    assert updated[SENTENCES[2]] == ("周日停车免费。", True)  # untrusted: reviewed
    assert updated[SENTENCES[3]] == ("去市场请自带购物袋。", True)  # edited source: fuzzy

    pot = tmp_path / "new.pot"
    pot.write_text(HEADER + "".join(f'msgid "{s}"\nmsgstr ""\n\n' for s in SENTENCES[1:]),
                   encoding="utf-8")
    out = tmp_path / "pre.po"
    result = run_tm("pretranslate", str(pot), "--db", str(db), "--min-score", "60",
                    "-o", str(out))
    assert result.code == 0, result.err
    pretranslated = _filled(polib.pofile(str(out)))
    assert {s: updated[s] for s in SENTENCES[1:]} == pretranslated


def test_the_dry_run_and_json_name_an_exact_memory_fill(tmp_path: Path) -> None:
    db = _memory(tmp_path)
    po = tmp_path / "old.po"
    po.write_text(HEADER, encoding="utf-8")
    source = tmp_path / "new.txt"
    source.write_text(SENTENCES[1] + "\n", encoding="utf-8")
    dry = run_tm("update", str(source), "--po", str(po), "--db", str(db), "--dry-run")
    assert dry.out.startswith("memory-exact L1 ") and "100%" in dry.out, dry.out
    report = run_tm("update", str(source), "--po", str(po), "--db", str(db), "--dry-run",
                    "--format", "json")
    assert '"exact": 1' in report.out and '"fuzzy": 0' in report.out, report.out

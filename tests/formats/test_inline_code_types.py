"""A code's type survives tm's own XLIFF, and a renumbered copy replaces no codes (R4-18).

memoQ and Trados type their TMX codes (``<bpt i="1" type="italic">``,
``<ph type="x-variable">``); tm's XLIFF export wrote them bare, so an export,
edit and re-import replaced the memory's typed codes with untyped ones and
counted the untouched unit as "new or changed".  XLIFF 1.2 names the same
thing ``ctype``; and a copy whose codes are the stored ones, numbered
otherwise or with fewer attributes, says nothing new.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from conftest import run_tm
from rows import every_row

XSD = Path(__file__).resolve().parents[3] / "shared" / "standards" / "xliff-core-1.2-strict.xsd"

TYPED = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" '
         'creationtool="x" creationtoolversion="1" datatype="plaintext" segtype="sentence" '
         'adminlang="en" o-tmf="x"/><body>\n<tu><tuv xml:lang="en"><seg>Press '
         '<bpt i="1" type="italic">{}</bpt>Save<ept i="1">{}</ept> for <ph type="x-variable">'
         '{n}</ph> rows.</seg></tuv><tuv xml:lang="zh-CN"><seg>按<bpt i="1" type="italic">{}'
         '</bpt>保存<ept i="1">{}</ept>处理<ph type="x-variable">{n}</ph>行。</seg></tuv>'
         '</tu>\n</body></tmx>\n')


def test_a_codes_type_survives_an_xliff_export_and_reimport(tmp_path: Path) -> None:
    (tmp_path / "typed.tmx").write_text(TYPED, encoding="utf-8")
    db, xlf = str(tmp_path / "m.db"), tmp_path / "out.xlf"
    assert run_tm("import", str(tmp_path / "typed.tmx"), "--db", db).code == 0
    assert run_tm("export", "--db", db, "-o", str(xlf)).code == 0
    written = xlf.read_text(encoding="utf-8")
    assert re.search(r'<bpt id="1" ctype="italic">\{\}</bpt>', written), written
    assert re.search(r'<ph id="[^"]+" ctype="x-variable">\{n\}</ph>', written), written
    if XSD.exists():
        schema = etree.XMLSchema(etree.parse(str(XSD)))
        assert schema.validate(etree.parse(str(xlf))), schema.error_log
    again = run_tm("import", str(xlf), "--db", db)
    assert again.code == 0 and "0 new or changed" in again.out + again.err, again
    tmx = run_tm("export", "--db", db, "--format", "tmx", "-o", "-").out
    assert '<bpt i="1" type="italic">{}</bpt>' in tmx and 'type="x-variable"' in tmx, tmx


@every_row(("new", "stored", "nothing_new"), [
    ('<ph x="2">%d</ph>', '<ph type="x-int">%d</ph>', True),            # fewer attributes
    ('<bpt i="7">[</bpt>a<ept i="7">]</ept>', '<bpt i="1">[</bpt>a<ept i="1">]</ept>', True),
    ('<bpt i="1">[</bpt>a<ept i="2">]</ept>', '<bpt i="1">[</bpt>a<ept i="1">]</ept>', False),
    ('<ph type="x-int">%d</ph>', '<ph>%d</ph>', False),                 # says more: replaces
    ('<ph>%s</ph>', '<ph>%d</ph>', False),                              # other codes
])
def test_codes_only_renumbered_or_poorer_say_nothing_new(new: str, stored: str,
                                                         nothing_new: bool) -> None:
    from tm.memory._markup import says_nothing_new

    assert says_nothing_new((new, ""), (stored, "")) is nothing_new


def test_a_renumbering_that_relinks_source_and_target_codes_is_news() -> None:
    # x links a source code to its target code: renumbered on one side only, the link moves.
    from tm.memory._markup import says_nothing_new

    stored = ('<ph x="1">%s</ph> of <ph x="2">%d</ph>', '<ph x="2">%d</ph>的<ph x="1">%s</ph>')
    assert says_nothing_new(('<ph x="5">%s</ph> of <ph x="6">%d</ph>',
                             '<ph x="6">%d</ph>的<ph x="5">%s</ph>'), stored)
    assert not says_nothing_new(('<ph x="5">%s</ph> of <ph x="6">%d</ph>',
                                 '<ph x="5">%d</ph>的<ph x="6">%s</ph>'), stored)


#: TMX 1.4's recommended ``type`` values for paired codes and for placeholders.
TMX_PAIR_TYPES = ["bold", "color", "dulined", "font", "italic", "link", "scap", "struct",
                  "ulined", "x-custom"]
TMX_PH_TYPES = ["index", "date", "time", "fnote", "endnote", "alt", "image", "pb", "lb", "cb",
                "inset", "x-custom"]


@pytest.mark.skipif(not XSD.exists(), reason="../shared/standards (XLIFF 1.2 schema) absent")
def test_every_tmx_type_makes_valid_xliff_and_comes_back(tmp_path: Path) -> None:
    """Review V-20: TMX types were copied into ctype verbatim (ctype="ulined", "font"),
    which XLIFF 1.2 strict refuses; XLIFF's own names are used where there is one, and
    the others travel as x-tmx-<type>."""
    units = []
    pairs = TMX_PAIR_TYPES + TMX_PAIR_TYPES[:len(TMX_PH_TYPES) - len(TMX_PAIR_TYPES)]
    for n, (pair, ph) in enumerate(zip(pairs, TMX_PH_TYPES, strict=True)):
        seg = (f'Unit {n} <bpt i="1" type="{pair}">{{}}</bpt>a<ept i="1">{{}}</ept> '
               f'<ph type="{ph}">{{n}}</ph>.')
        units.append(f'<tu><tuv xml:lang="en"><seg>{seg}</seg></tuv><tuv xml:lang="zh-CN">'
                     f'<seg>{seg}</seg></tuv></tu>')
    tmx = TYPED.split("<body>")[0] + "<body>\n" + "\n".join(units) + "\n</body></tmx>\n"
    (tmp_path / "all.tmx").write_text(tmx, encoding="utf-8")
    db, xlf = str(tmp_path / "m.db"), tmp_path / "out.xlf"
    assert run_tm("import", str(tmp_path / "all.tmx"), "--db", db).code == 0
    assert run_tm("export", "--db", db, "-o", str(xlf)).code == 0
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(etree.parse(str(xlf))), schema.error_log
    written = xlf.read_text(encoding="utf-8")
    assert 'ctype="underlined"' in written and 'ctype="x-tmx-font"' in written
    back = tmp_path / "back.db"
    assert run_tm("import", str(xlf), "--db", str(back)).code == 0
    again = run_tm("export", "--db", str(back), "--format", "tmx", "-o", "-").out
    for kind in TMX_PAIR_TYPES + TMX_PH_TYPES:
        assert f'type="{kind}"' in again, kind

"""R9-6: the commands that segment prose refuse a file of translation units.

``tm segment x.tmx`` printed the TMX's XML as sentences, and ``tm align a.po
zh.txt`` aligned ``msgid "..."`` lines, exit 0; ``tm update`` already refused a
PO/TMX/XLIFF given as its revised source.  One test (tm.formats.is_translation_file)
for all three: by extension, or by a first line that is a msgid or such XML.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_tm

FILES = {
    "a.po": '# Comment\nmsgid ""\nmsgstr ""\n\nmsgid "Rain is coming."\nmsgstr "要下雨了。"\n',
    "a.tmx": ('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/><body><tu>'
              '<tuv xml:lang="en"><seg>Rain is coming.</seg></tuv></tu></body></tmx>\n'),
    "a.sdlxliff": ('<?xml version="1.0"?>\n<xliff version="1.2" '
                   'xmlns="urn:oasis:names:tc:xliff:document:1.2"></xliff>\n'),
    "g.tbx": '<?xml version="1.0"?>\n<martif type="TBX"><text><body/></text></martif>\n',
}


@pytest.mark.parametrize("name", sorted(FILES))
@pytest.mark.parametrize("stdin", [False, True])
def test_segment_and_align_refuse_a_file_of_units(tmp_path: Path, name: str,
                                                  stdin: bool) -> None:
    path = tmp_path / name
    path.write_text(FILES[name], encoding="utf-8")
    prose = tmp_path / "zh.txt"
    prose.write_text("要下雨了。\n", encoding="utf-8")
    given = "-" if stdin else str(path)
    shown = "stdin" if stdin else str(path)
    feed = FILES[name] if stdin else None
    for args in (("segment", given), ("align", given, str(prose))):
        result = run_tm(*args, stdin=feed)
        assert result.code == 2 and result.out == "", result.err
        assert result.err.startswith(f"tm: error: {shown}: is a translation file"), result.err
        assert result.err.count("\n") == 1


def test_a_text_that_mentions_xml_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Save the file as <tmx> or as XLIFF.\n\nmsgid is a PO keyword.\n",
                    encoding="utf-8")
    result = run_tm("segment", str(path))
    assert result.code == 0 and "Save the file as <tmx> or as XLIFF." in result.out

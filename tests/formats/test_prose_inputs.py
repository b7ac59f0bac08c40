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


#: Markup documents that are no translation files (red-team pass 11, R11-4).
MARKUP = {
    "page.html": ("<!DOCTYPE html>\n<html><head><title>Rain</title></head><body>\n"
                  "<p>Rain is <b>coming</b>.</p>\n<p>Take a coat.</p>\n</body></html>\n",
                  "an HTML page"),
    "saved.htm": ("\ufeff\n<html lang=\"en\">\n<body><p>Rain is coming.</p></body></html>\n",
                  "an HTML page"),
    "story.txt": ('<?xml version="1.0" encoding="UTF-8"?>\n<article><para>Rain is coming.'
                  "</para></article>\n", "an XML document"),
}


@pytest.mark.parametrize("name", sorted(MARKUP))
def test_the_commands_that_segment_prose_refuse_a_markup_document(tmp_path: Path,
                                                                  name: str) -> None:
    # R11-4: a web page given as the article was segmented as prose, exit 0: one
    # "sentence" `<!DOCTYPE html> <html><head>...` aligned with the whole other page,
    # every entry of tm update's PO made obsolete, the tags counted by tm analyze.
    text, kind = MARKUP[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    prose = tmp_path / "zh.txt"
    prose.write_text("要下雨了。\n", encoding="utf-8")
    po = tmp_path / "a.po"
    po.write_text('msgid ""\nmsgstr "Language: zh_CN\\n"\n\nmsgid "Rain is coming."\n'
                  'msgstr "要下雨了。"\n', encoding="utf-8")
    before = po.read_bytes()
    for args in (("segment", str(path)), ("align", str(path), str(prose)),
                 ("update", str(path), "--po", str(po)),
                 ("analyze", str(path), "--db", str(tmp_path / "tm.db"))):
        result = run_tm(*args)
        assert result.code == 2 and result.out == "", (args, result.err)
        assert result.err.startswith(f"tm: error: {path}: is {kind}, not "), result.err
        assert result.err.count("\n") == 1
    assert po.read_bytes() == before


def test_a_text_that_shows_a_tag_after_its_first_line_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("<b>Note:</b> rain is coming.\n\nA page starts with <!DOCTYPE html>.\n",
                    encoding="utf-8")
    result = run_tm("segment", str(path))
    assert result.code == 0 and "<b>Note:</b> rain is coming." in result.out

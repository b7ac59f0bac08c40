"""Inline codes from TMX and XLIFF are written back as TMX <bpt>/<ept>/<ph> (issue 12).

The TMX reader flattened ``<ph>%s</ph>`` to ``%s`` and the writer escaped
that text, so a TMX round trip (or XLIFF -> TMX) lost every inline code: a CAT
tool then sees ``<b>`` as text to translate.  The plain text stays what it was
(matching and checks need it); the codes ride beside it.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from test_formats_tmx import read_text, tmx, tu, validate_dtd

from tm import ParseError
from tm._shared.markup import MAX_DEPTH, MarkupError, read_markup
from tm.formats.tmx import read_tmx, write_tmx
from tm.formats.xliff import XLIFF_NS, read_xliff

EN = ('Click <bpt i="1" x="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept>'
      ' to keep <ph x="2" type="x-param">%s</ph> files.')
ZH = ('点击<bpt i="1" x="1">&lt;b&gt;</bpt>保存<ept i="1">&lt;/b&gt;</ept>'
      '以保留<ph x="2" type="x-param">%s</ph>个文件。')


def _codes(markup: str) -> list[str]:
    """The inline elements of *markup*, in order, with their attributes."""
    return re.findall(r"<(?:bpt|ept|ph|it|ut|hi|sub)\b[^>]*>", markup)


def test_tmx_inline_codes_survive_a_read_and_write(tmp_path: Path) -> None:
    [unit] = read_text(tmp_path, tmx(tu(EN, ZH)))
    assert (unit.source, unit.target) == ("Click <b>Save</b> to keep %s files.",
                                          "点击<b>保存</b>以保留%s个文件。")
    out = tmp_path / "out.tmx"
    write_tmx([unit], out)
    written = out.read_text(encoding="utf-8")
    assert f"<seg>{EN}</seg>" in written and f"<seg>{ZH}</seg>" in written
    validate_dtd(out)
    [again] = read_tmx(out)
    assert (again.source, again.target) == (unit.source, unit.target)
    assert (again.source_markup, again.target_markup) == (unit.source_markup, unit.target_markup)


def test_a_seg_without_codes_has_no_markup(tmp_path: Path) -> None:
    [unit] = read_text(tmp_path, tmx(tu("A &amp; B.", "甲和乙。")))
    assert (unit.source, unit.source_markup, unit.target_markup) == ("A & B.", "", "")


def test_codes_are_dropped_when_the_text_changed(tmp_path: Path) -> None:
    """Stale codes never go out: a target edited after reading is written as plain text."""
    [unit] = read_text(tmp_path, tmx(tu(EN, ZH)))
    edited = dataclasses.replace(unit, target="点击<b>保存</b>。")
    assert edited == dataclasses.replace(unit, target="点击<b>保存</b>。", target_markup="")
    out = tmp_path / "out.tmx"
    write_tmx([edited], out)
    written = out.read_text(encoding="utf-8")
    assert f"<seg>{EN}</seg>" in written
    assert "<seg>点击&lt;b&gt;保存&lt;/b&gt;。</seg>" in written
    validate_dtd(out)


def test_the_text_before_the_first_code_opens_the_markup_escaped(tmp_path: Path) -> None:
    """The markup is built from a seg's first element on: the text read before it is kept."""
    source = 'A &amp; B &lt;i&gt; 5 &gt; 3 <ph x="1">%s</ph> end &amp; <ph x="2">%d</ph>.'
    [unit] = read_text(tmp_path, tmx(tu(source, '甲 &amp; 乙<bold xmlns="urn:x">呀</bold>。')))
    assert unit.source == "A & B <i> 5 > 3 %s end & %d."
    assert unit.source_markup == source
    assert (unit.target, unit.target_markup) == ("甲 & 乙呀。", "")  # a foreign element: no code


def test_foreign_elements_in_a_seg_keep_their_text_only(tmp_path: Path) -> None:
    body = tu('Press <ph x="1">{0}</ph> <bold xmlns="urn:x">now</bold>.',
              '现在按<ph x="1">{0}</ph>。')
    [unit] = read_text(tmp_path, tmx(body))
    assert unit.source == "Press {0} now."
    assert unit.source_markup == 'Press <ph x="1">{0}</ph> now.'


XLIFF = f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="{XLIFF_NS}">
  <file original="ui.html" source-language="en" target-language="zh-CN" datatype="html">
    <body>
      <trans-unit id="save">
        <source>Click <g id="1">Save</g> to keep <x id="2"/><ph id="3">%s</ph> \
<bpt id="4">&lt;i&gt;</bpt>files<ept id="4">&lt;/i&gt;</ept>.</source>
        <target state="translated">点击<g id="1">保存</g>以保留<x id="2"/><ph id="3">%s</ph>\
个<bpt id="4">&lt;i&gt;</bpt>文件<ept id="4">&lt;/i&gt;</ept>。</target>
      </trans-unit>
      <trans-unit id="plain">
        <source>Plain <mrk mtype="term">text</mrk>.</source>
        <target>纯文本。</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_xliff_inline_codes_become_tmx_bpt_ept_ph(tmp_path: Path) -> None:
    path = tmp_path / "in.xlf"
    path.write_text(XLIFF, encoding="utf-8")
    units = list(read_xliff(path))
    assert [u.source for u in units] == [
        "Click Save to keep %s <i>files</i>.", "Plain text."]
    out = tmp_path / "out.tmx"
    write_tmx(units, out)
    validate_dtd(out)
    written = out.read_text(encoding="utf-8")
    codes = ['<bpt i="1">', "<ept i=\"1\">", '<ph x="2">', '<ph x="3">', '<bpt i="4">',
             '<ept i="4">']
    [save_en, save_zh] = re.findall(r"<seg>(.*?)</seg>", written)[:2]
    assert _codes(save_en) == codes and _codes(save_zh) == codes  # pairs match across sides
    assert "<seg>Plain text.</seg>" in written  # a <mrk> is an annotation, not a code
    back = list(read_tmx(out))
    assert [(u.source, u.target) for u in back] == [(u.source, u.target) for u in units]
    assert [u.source_markup for u in back] == [u.source_markup for u in units]


def test_xliff_round_trip_through_tmx_twice_is_stable(tmp_path: Path) -> None:
    path = tmp_path / "in.xlf"
    path.write_text(XLIFF, encoding="utf-8")
    first, second = tmp_path / "1.tmx", tmp_path / "2.tmx"
    write_tmx(read_xliff(path), first)
    write_tmx(read_tmx(first), second)
    segs = re.compile(r"<seg>.*?</seg>")
    assert segs.findall(first.read_text(encoding="utf-8")) == segs.findall(
        second.read_text(encoding="utf-8"))


def _nested_xliff(tmp_path: Path, depth: int) -> Path:
    """An XLIFF whose source nests *depth* inline elements (<ph><sub><ph>...)."""
    tags = ["ph" if level % 2 == 0 else "sub" for level in range(depth)]
    opening = "".join(f'<{t} id="{i}">' if t == "ph" else f"<{t}>" for i, t in enumerate(tags))
    closing = "".join(f"</{t}>" for t in reversed(tags))
    path = tmp_path / f"deep{depth}.xlf"
    path.write_text(XLIFF.replace("Plain <mrk mtype=\"term\">text</mrk>.",
                                  f"Plain {opening}text{closing}."), encoding="utf-8")
    return path


def test_one_nesting_bound_for_every_reader_of_inline_codes(tmp_path: Path) -> None:
    """XLIFF codes nested MAX_DEPTH deep read into markup the memory accepts; one more is refused.

    The XLIFF walk had its own bound (100) beside the markup's (32), so it
    produced markup every later check refused.
    """
    [_, unit] = read_xliff(_nested_xliff(tmp_path, MAX_DEPTH))
    assert unit.source == "Plain text."
    assert read_markup(unit.source_markup) == unit.source  # sound: depth MAX_DEPTH is allowed
    assert unit.source_markup.count("<sub>") == MAX_DEPTH // 2
    with pytest.raises(ParseError, match=f"nested more than {MAX_DEPTH} levels"):
        list(read_xliff(_nested_xliff(tmp_path, MAX_DEPTH + 1)))
    hi = "<hi>" * (MAX_DEPTH + 1) + "x" + "</hi>" * (MAX_DEPTH + 1)
    with pytest.raises(MarkupError, match=f"nested more than {MAX_DEPTH} levels"):
        read_markup(hi)
    assert read_markup(hi[4:-5]) == "x"

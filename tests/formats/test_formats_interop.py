"""Outside checks: Translate Toolkit reads our TMX, and we read Translate Toolkit's.

Translate Toolkit is in the ``bench`` extra, not the ``test`` one; these tests
run when it is importable and are skipped otherwise.  (Its ``tmx2po`` command
was removed in recent releases; the same conversion is its TMX store feeding
its PO store, which is what ``tmx2po`` did.)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tm.formats import read_units
from tm.formats.tmx import read_tmx, write_tmx
from tm.model import Unit

tt_tmx = pytest.importorskip("translate.storage.tmx")
tt_po = pytest.importorskip("translate.storage.po")

UNITS = [
    Unit("The factory opened in 2016.", "该工厂于2016年开业。", context="factory"),
    Unit('Say "hi" & <wave>', "说“嗨”并<挥手>", note="markup-like text"),
    Unit("Two\nlines", "两\n行"),
    Unit("Sales rose 12 percent.", "销售额增长了12%。", context="s1a2b3c4d"),
]


def test_translate_toolkit_reads_our_tmx(tmp_path: Path) -> None:
    path = tmp_path / "ours.tmx"
    write_tmx(UNITS, path)
    store = tt_tmx.tmxfile.parsestring(path.read_bytes())
    got = [(u.source, u.target, u.getcontext(), u.getnotes()) for u in store.units]
    assert got == [(u.source, u.target, u.context, u.note) for u in UNITS]


def test_tmx_to_po_through_translate_toolkit_round_trips(tmp_path: Path) -> None:
    """Our TMX -> Translate Toolkit's TMX and PO stores (tmx2po) -> our PO reader."""
    tmx_path, po_path = tmp_path / "ours.tmx", tmp_path / "via-tt.po"
    write_tmx(UNITS, tmx_path)
    store = tt_tmx.tmxfile.parsestring(tmx_path.read_bytes())
    po = tt_po.pofile()
    po.updateheader(add=True, Language="zh_CN")
    for unit in store.units:
        entry = po.addsourceunit(unit.source)
        entry.target = unit.target
        if unit.getcontext():
            entry.setcontext(unit.getcontext())
    po_path.write_bytes(bytes(po))
    back = list(read_units(po_path))
    assert [(u.source, u.target, u.context) for u in back] == \
        [(u.source, u.target, u.context) for u in UNITS]


@pytest.mark.skipif(not shutil.which("po2tmx", path=str(Path(sys.executable).parent)),
                    reason="Translate Toolkit's po2tmx script is not installed")
def test_we_read_po2tmx_output(tmp_path: Path) -> None:
    po = tmp_path / "in.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: zh_CN\\n"\n'
                  '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  'msgctxt "menu"\nmsgid "Open"\nmsgstr "打开"\n\n'
                  'msgid "Save <b>all</b>"\nmsgstr "全部<b>保存</b>"\n', encoding="utf-8")
    out = tmp_path / "tt.tmx"
    script = str(Path(sys.executable).parent / "po2tmx")
    subprocess.run([script, "-l", "zh_CN", str(po), str(out)], check=True,
                   capture_output=True)
    got = [(u.source, u.target, u.target_lang) for u in read_tmx(out)]
    assert got == [("Open", "打开", "zh-CN"), ("Save <b>all</b>", "全部<b>保存</b>", "zh-CN")]

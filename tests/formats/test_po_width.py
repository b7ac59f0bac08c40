"""PO files keep the page width their project uses: ``--width N`` / ``--no-wrap`` (T59).

``tm update`` and ``tm pretranslate`` always wrapped at gettext's 79 columns, so a
Weblate-managed catalog (wrapped at 77) came back rewrapped: a noisy diff in the
project's repository.  Both take msgmerge's options now, and the layout is
msgcat's own for every width (checked against msgcat itself).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from conftest import run_tm
from rows import every_row
from tm.formats.po import NO_WRAP, format_po, new_po

MSGCAT = shutil.which("msgcat")
needs_msgcat = pytest.mark.skipif(MSGCAT is None, reason="GNU gettext's msgcat is not installed")

LONG = ("The allotment committee meets on the first Tuesday of every month to decide which "
        "plots are given to the families on the waiting list.")
LONG_ZH = ("菜园委员会每月第一个星期二开会，决定把哪些地块分给候补名单上的家庭，"
           "并公布下一季的浇水轮值表。")


def _catalog() -> polib.POFile:
    po = new_po({"Project-Id-Version": "garden", "Language": "zh_CN",
                 "Language-Team": "Chinese (Simplified Han script) <https://hosted.weblate.org"
                                  "/projects/garden/main/zh_Hans/>"})
    po.append(polib.POEntry(msgid=LONG, msgstr=LONG_ZH,
                            occurrences=[(f"src/garden/plots_{n}.py", str(n * 10))
                                         for n in range(1, 8)]))
    po.append(polib.POEntry(msgid="Line one\nand a second line that is long enough to wrap "
                                  "somewhere on a narrow page", msgstr="第一行\n第二行"))
    return po


@needs_msgcat
@every_row(("width", "option"), [(77, ["-w", "77"]), (60, ["-w", "60"]),
                                               (NO_WRAP, ["--no-wrap"]), (79, [])])
def test_the_layout_is_msgcats_at_every_width(width: int, option: list[str]) -> None:
    text = format_po(_catalog(), width=width)
    assert MSGCAT is not None
    again = subprocess.run([MSGCAT, *option, "-"], input=text.encode("utf-8"),
                           capture_output=True, check=True).stdout.decode("utf-8")
    assert text == again


def _weblate_po(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "garden.txt"
    source.write_text(LONG + "\n", encoding="utf-8")
    po = tmp_path / "garden.po"
    po.write_text(format_po(_catalog(), width=77), encoding="utf-8")
    return source, po


def _strings(path: Path) -> list[str]:
    """The msgid and msgstr lines of the long message (comments change with every run)."""
    text = path.read_text(encoding="utf-8")
    block = next(b for b in text.split("\n\n") if "allotment" in b)
    return [line for line in block.splitlines() if not line.startswith("#")]


def test_update_keeps_a_77_column_layout(tmp_path: Path) -> None:
    source, po = _weblate_po(tmp_path)
    before = _strings(po)
    assert max(map(len, before)) <= 77 < max(len(line) for line in
                                             format_po(_catalog()).splitlines())
    result = run_tm("update", str(source), "--po", str(po), "--width", "77", "-q")
    assert result.code == 0, result.err
    assert _strings(po) == before
    wrapped = [line for line in po.read_text(encoding="utf-8").splitlines()
               if line.startswith(('"', "msg", '#~ "', "#~ msg"))]  # comments never wrap
    assert max(map(len, wrapped)) <= 77


def test_pretranslate_writes_no_wrap_when_asked(tmp_path: Path, db: Path) -> None:
    _, po = _weblate_po(tmp_path)
    out = tmp_path / "out.po"
    result = run_tm("pretranslate", str(po), "--db", str(db), "--no-wrap", "-o", str(out), "-q")
    assert result.code == 0, result.err
    assert f'msgid "{LONG}"' in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("value", ["0", "12", "wide", "-5"])
def test_a_width_that_is_no_page_is_refused(tmp_path: Path, value: str) -> None:
    source, po = _weblate_po(tmp_path)
    result = run_tm("update", str(source), "--po", str(po), "--width", value)
    assert result.code == 2 and "is not a page width" in result.err

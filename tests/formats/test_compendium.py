"""A compendium made by other tools gives exact matches on tm's templates (issue 12).

With a msgctxt (a hash) on every entry, ``msgmerge --compendium`` found 0 exact
matches of 19 and Translate Toolkit's pot2po 0 of 18.  Here the compendium is
made without tm: Python's csv writes the article's sentence pairs and
Translate Toolkit's csv2po turns them into a PO.  The template is
``tm segment --format pot``; every unchanged sentence must come back exact.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tm.formats.po import read_po

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "locales" / "zh_CN" / "LC_MESSAGES" / "article.po"
BIN = Path(sys.executable).parent
needs_gettext = pytest.mark.skipif(shutil.which("msgmerge") is None,
                                   reason="GNU gettext (msgmerge) not installed")


@pytest.fixture
def compendium(tmp_path: Path) -> Path:
    """The article's pairs as a PO made by Translate Toolkit's csv2po, not by tm."""
    table = tmp_path / "pairs.csv"
    with table.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["location", "source", "target"])
        writer.writerows(["", e.msgid, e.msgstr] for e in read_po(ARTICLE)
                         if e.msgstr and "fuzzy" not in e.flags)
    out = tmp_path / "compendium.po"
    subprocess.run([str(BIN / "csv2po"), str(table), str(out)], check=True, capture_output=True)
    return out


def _template(tm_cli, tmp_path: Path, *options: str) -> Path:
    pot = tmp_path / ("article" + "".join(options) + ".pot")
    result = tm_cli("segment", "locales/en/article.txt", "--format", "pot", *options,
                    "-o", str(pot))
    assert result.code == 0, result.err
    return pot


def _exact(path: Path) -> int:
    return len([e for e in read_po(path) if not e.obsolete and e.msgstr
                and "fuzzy" not in e.flags])


def _expected(pot: Path, compendium: Path) -> int:
    known = {e.msgid for e in read_po(compendium)}
    count = len([e for e in read_po(pot) if e.msgid in known])
    assert count >= 15  # the article's 1-1 sentences; 2-1 entries cannot match one sentence
    return count


@needs_gettext
def test_msgmerge_compendium_gives_exact_matches(tm_cli, tmp_path: Path,
                                                 compendium: Path) -> None:
    pot = _template(tm_cli, tmp_path)
    out = tmp_path / "merged.po"
    subprocess.run(["msgmerge", "--quiet", "--compendium", str(compendium), "-o", str(out),
                    "/dev/null", str(pot)], check=True, capture_output=True)
    assert _exact(out) == _expected(pot, compendium)
    # tm's former layout (a msgctxt per entry) is what made every match fuzzy
    with_ids = _template(tm_cli, tmp_path, "--msgctxt")
    subprocess.run(["msgmerge", "--quiet", "--compendium", str(compendium), "-o", str(out),
                    "/dev/null", str(with_ids)], check=True, capture_output=True)
    assert _exact(out) == 0


def test_pot2po_gives_exact_matches(tm_cli, tmp_path: Path, compendium: Path) -> None:
    pot2po = BIN / "pot2po"
    if not pot2po.exists():
        pytest.skip("Translate Toolkit's pot2po is not installed (the test extra has it)")
    pot = _template(tm_cli, tmp_path)
    out = tmp_path / "merged.po"
    subprocess.run([str(pot2po), "-t", str(compendium), str(pot), str(out)], check=True,
                   capture_output=True)
    assert _exact(out) == _expected(pot, compendium)

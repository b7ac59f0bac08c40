"""The article's own translation passes `tm check` with its glossary, and seeded errors show.

Two catalogs of the real article: the aligner's locales/zh_CN/LC_MESSAGES/article.po
(skipped until it exists) and one built here from the hand-made gold alignment
(tests/data/article.gold), so the checks are held to real, loose news translation.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import polib
import pytest

import tm
from tm.formats import entry_id
from tm.formats.po import new_po, read_po, write_po
from tm.segmentation import CHROME

ROOT = Path(__file__).resolve().parents[2]
ARTICLE_PO = ROOT / "locales" / "zh_CN" / "LC_MESSAGES" / "article.po"
GLOSSARY = ROOT / "locales" / "zh_CN" / "glossary.tbx"


@pytest.fixture(scope="module")
def gold_po(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The article aligned by hand (gold beads), as a PO file."""
    # As tm align does: the page's navigation line ("App | 中文 |") is not text.
    en = tm.segment((ROOT / "locales/en/article.txt").read_text(encoding="utf-8"), "en",
                    skip=CHROME)
    zh = tm.segment((ROOT / "locales/zh_CN/article.txt").read_text(encoding="utf-8"), "zh",
                    skip=CHROME)
    po = new_po({"Language": "zh_CN"})
    for line in (ROOT / "tests/data/article.gold").read_text(encoding="utf-8").splitlines():
        left, right = (ast.literal_eval(side) for side in line.split(":"))
        if left and right:
            po.append(polib.POEntry(msgctxt=f"gold-{left[0]}",
                                    msgid=" ".join(en[i].text for i in left),
                                    msgstr="".join(zh[i].text for i in right)))
    path = tmp_path_factory.mktemp("article") / "gold.po"
    write_po(po, path)
    return path


def _catalogs(gold_po: Path) -> list[Path]:
    return [gold_po, *([ARTICLE_PO] if ARTICLE_PO.exists() else [])]


def test_article_po_has_no_error(tm_cli, gold_po: Path) -> None:
    for path in _catalogs(gold_po):
        result = tm_cli("check", str(path), "--glossary", str(GLOSSARY), "--format", "json")
        data = json.loads(result.out)["results"]
        errors = [f for f in data["findings"] if f["severity"] == "error"]
        assert result.code == 0 and errors == [], f"{path}: {errors}"


SEEDS = [
    # (find in target, replace with, check id expected)
    ("539.6亿", "593.6亿", "numbers"),
    ("创业大街", "创新大街", "term-forbidden"),
    ("天使投资", "Angel investment", "latin-leftover"),
    ("。", ".", "punctuation"),
    ("”", "", "brackets"),
]


@pytest.mark.parametrize(("old", "new", "check_id"), SEEDS)
def test_a_seeded_error_in_the_article_is_reported(tm_cli, gold_po: Path, tmp_path: Path,
                                                   old: str, new: str, check_id: str) -> None:
    for path in _catalogs(gold_po):
        po = read_po(path)
        entry = next(e for e in po if old in e.msgstr and not e.obsolete)
        entry.msgstr = entry.msgstr.replace(old, new, 1)
        copy = tmp_path / path.name
        write_po(po, copy)
        result = tm_cli("check", str(copy), "--glossary", str(GLOSSARY), "--format", "json")
        found = {(f["context"], f["check"]) for f in json.loads(result.out)["results"]["findings"]}
        assert (entry_id(entry), check_id) in found, f"{path}: {found}"

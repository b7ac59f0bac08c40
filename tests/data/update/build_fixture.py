"""Rebuild tests/data/update/article.po, the translated PO that tm update tests start from.

It is the bundled article aligned by hand (tests/data/article.gold: two 2-1
beads, one 1-2 bead), in the layout the aligner writes: msgctxt = stable id of
the first English sentence, msgid English (sentences of a bead joined by a
space), msgstr Chinese.  One entry carries a translator comment and one a
fuzzy flag, so tests can check both survive.  Run from the repository root:

    python tests/data/update/build_fixture.py
"""

from __future__ import annotations

import ast
from pathlib import Path

import polib

from tm.formats.po import new_po, write_po
from tm.segmentation import CHROME, segment, stable_ids

ROOT = Path(__file__).resolve().parents[3]
EN = "locales/en/article.txt"


def main() -> None:
    """Write article.po beside this script."""
    en_text = (ROOT / EN).read_text(encoding="utf-8")
    en = segment(en_text, lang="en", skip=CHROME)  # without the navigation line, as tm align
    zh = segment((ROOT / "locales/zh_CN/article.txt").read_text(encoding="utf-8"), lang="zh",
                 skip=CHROME)
    ids = stable_ids([s.text for s in en])
    po = new_po({"Project-Id-Version": "article", "PO-Revision-Date": "2026-11-20 09:00+0800",
                 "Last-Translator": "Li Hua <lihua@example.com>", "Language": "zh_CN",
                 "X-Generator": "tm 0.1.0"})
    for row in (ROOT / "tests/data/article.gold").read_text(encoding="utf-8").splitlines():
        left, right = row.split(":")
        src, tgt = ast.literal_eval(left), ast.literal_eval(right)
        if not src:
            continue
        line = en_text.count("\n", 0, en[src[0]].start) + 1
        po.append(polib.POEntry(
            msgctxt=ids[src[0]], msgid=" ".join(en[i].text for i in src),
            msgstr="".join(zh[j].text for j in tgt), occurrences=[(EN, str(line))],
            comment=f"bead {len(src)}-{len(tgt)} score 1.00"))
    po[6].tcomment = "Checked with the editor: keep the ministry's full name."
    po[12].flags = ["fuzzy"]
    write_po(po, Path(__file__).with_name("article.po"))


if __name__ == "__main__":
    main()

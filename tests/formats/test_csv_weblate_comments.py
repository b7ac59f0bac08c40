"""Weblate's CSV export keeps its comments (REDTEAM12 I-5).

Weblate writes ``location, source, target, id, fuzzy, context,
translator_comments, developer_comments``: both comment columns were "left
out", so a translator's note never reached the memory.
"""

from __future__ import annotations

from pathlib import Path

from tm.formats import read_units


def test_both_comment_columns_become_the_note(tmp_path: Path) -> None:
    path = tmp_path / "weblate.csv"
    path.write_text(
        '"location","source","target","id","fuzzy","context","translator_comments",'
        '"developer_comments"\r\n'
        '"ui/menu.c:4","Export","导出","","False","","Agreed with the client",'
        '"File menu item"\r\n'
        '"ui/menu.c:9","Import","导入","","True","toolbar","","Toolbar button"\r\n'
        '"ui/menu.c:12","Quit","退出","","False","","",""\r\n', encoding="utf-8")
    warnings: list[str] = []
    units = list(read_units(path, include_fuzzy=True, on_warning=warnings.append))
    assert [(u.source, u.note, u.context, u.fuzzy) for u in units] == [
        ("Export", "Agreed with the client\nFile menu item", "", False),
        ("Import", "Toolbar button", "toolbar", True),
        ("Quit", "", "", False)]
    assert warnings and "translator_comments" not in warnings[0] \
        and "developer_comments" not in warnings[0]

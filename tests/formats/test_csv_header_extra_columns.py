"""A header that names source and target plus columns tm does not read is a header (T64).

Spreadsheets and other tools export more columns than tm reads (a status, a
translator, comments; Weblate's CSV download has location, id and context).
Such a first row was taken for data: it became a trusted unit, and the rows
below were read by position, so a status went into the context.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from tm.formats.tabular import read_csv


def _read(path: Path) -> tuple[list[tuple[str, str, str, bool]], list[str]]:
    heard: list[str] = []
    units = [(u.source, u.target, u.context, u.fuzzy)
             for u in read_csv(path, on_warning=heard.append)]
    return units, heard


def test_an_unknown_column_is_left_out_with_a_warning_and_the_header_is_no_unit(
        tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text("Source,Target,Reviewer\nLog out,退出登录,Wang\nRefund,退款,Li\n",
                    encoding="utf-8")
    units, heard = _read(path)
    assert units == [("Log out", "退出登录", "", False), ("Refund", "退款", "", False)]
    assert heard == [f"{path}:1: columns left out: Reviewer (tm reads source, target, "
                     "context, note, fuzzy and languages)"]


def test_a_weblate_csv_reads_its_source_target_context_and_fuzzy_columns(
        tmp_path: Path) -> None:
    path = tmp_path / "weblate.csv"
    path.write_text(
        '"location","source","target","id","fuzzy","context","translator_comments",'
        '"developer_comments"\n'
        '"app/views.py:12","Top up","充值","","False","wallet","",""\n'
        '"app/views.py:40","Withdraw","提现","","True","","","check"\n', encoding="utf-8")
    units, heard = _read(path)
    # "context" named exactly wins over the alias id; location (references) is no context
    assert units == [("Top up", "充值", "wallet", False), ("Withdraw", "提现", "", True)]
    assert "location, id, translator_comments, developer_comments" in heard[0]


def test_a_header_of_known_columns_only_says_nothing(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("source,target,note\nTop up,充值,wallet screen\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        units = [(u.source, u.target, u.note) for u in read_csv(path)]
    assert units == [("Top up", "充值", "wallet screen")]


def test_translate_toolkit_csv_references_are_no_context(tmp_path: Path) -> None:
    # Red-team pass 11 (R11-13): po2csv writes "location","source","target", location
    # holding the #: references.  Read as the context, every unit was bound to its line
    # ('article.txt:1'), and tm pretranslate offered each exact match as fuzzy: "the
    # memory's translation is for context 'article.txt:1', the entry's has none".
    path = tmp_path / "po2csv.csv"
    path.write_text('"location","source","target"\n'
                    '"article.txt:1","Top up","充值"\n'
                    '"src/a.c:3 src/b.c:9","Withdraw","提现"\n', encoding="utf-8")
    units, heard = _read(path)
    assert units == [("Top up", "充值", "", False), ("Withdraw", "提现", "", False)]
    assert "columns left out: location" in heard[0]

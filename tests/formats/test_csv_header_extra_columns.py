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
    # "context" named exactly wins over the aliases location and id
    assert units == [("Top up", "充值", "wallet", False), ("Withdraw", "提现", "", True)]
    # Weblate's two comment columns are the note (REDTEAM12 I-5): only location and id are left
    assert "columns left out: location, id (" in heard[0]
    assert [u.note for u in read_csv(path, on_warning=heard.append)] == ["", "check"]


def test_a_header_of_known_columns_only_says_nothing(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("source,target,note\nTop up,充值,wallet screen\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        units = [(u.source, u.target, u.note) for u in read_csv(path)]
    assert units == [("Top up", "充值", "wallet screen")]


def test_a_po2csv_location_binds_no_pretranslation_and_a_reimport_replaces(
        tmp_path: Path) -> None:
    # Red-team pass 11 (R11-13): po2csv and Weblate write the #: references in
    # "location", which CSV import stores as the context; tm pretranslate then filled
    # every exact match as fuzzy ("the memory's translation is for context
    # 'article.txt:1', the entry's has none").  A reference is read as no context
    # (tm.memory._contexts), and stays the stored context, so that re-importing the
    # changed file replaces the translation (review Y-18: dropping the column at import
    # left the old pair served beside the new one).
    from conftest import run_tm

    db = str(tmp_path / "m.db")
    csv_file = tmp_path / "po2csv.csv"
    # what a memory already holds from this file: the pair under context article.txt:1
    csv_file.write_text('"source","target","context"\n'
                        '"The harbour is closed.","港口关闭了。","article.txt:1"\n',
                        encoding="utf-8")
    assert run_tm("import", str(csv_file), "--db", db).code == 0
    csv_file.write_text('"location","source","target"\n'
                        '"article.txt:1","The harbour is closed.","港口已关闭。"\n',
                        encoding="utf-8")
    assert run_tm("import", str(csv_file), "--db", db).code == 0
    found = run_tm("lookup", "The harbour is closed.", "--db", db)
    assert "港口已关闭。" in found.out and "港口关闭了。" not in found.out
    pot = tmp_path / "new.pot"
    pot.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                   'msgid "The harbour is closed."\nmsgstr ""\n', encoding="utf-8")
    result = run_tm("pretranslate", str(pot), "--db", db)
    assert 'msgstr "港口已关闭。"' in result.out and "fuzzy" not in result.out, result.out

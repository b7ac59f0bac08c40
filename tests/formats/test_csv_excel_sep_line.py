"""Excel's ``sep=;`` first line names the delimiter (REDTEAM12 I-8).

Tools that export CSV for Excel in a locale whose decimal mark is a comma
write ``sep=;`` first; Excel obeys and hides it.  tm read it as data: the
header row became a unit "source" -> "target" in the memory.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tm.formats import read_units


@pytest.mark.parametrize(("directive", "delimiter"), [("sep=;", ";"), ("\ufeffsep=,", ","),
                                                      ("sep=\t", "\t")])
def test_the_directive_is_the_delimiter_and_no_row(tmp_path: Path, directive: str,
                                                   delimiter: str) -> None:
    path = tmp_path / "export.csv"
    rows = [directive, f"source{delimiter}target",
            f"\"Rinse, then dry\"{delimiter}冲洗，然后擦干", f"Fold{delimiter}折叠"]
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    units = list(read_units(path))
    assert [(u.source, u.target, str(u.origin)) for u in units] == [
        ("Rinse, then dry", "冲洗，然后擦干", f"{path}:3"), ("Fold", "折叠", f"{path}:4")]


def test_a_first_cell_that_only_starts_like_it_is_data(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("sep=;x,分隔\nFold,折叠\n", encoding="utf-8")
    assert [u.source for u in read_units(path)] == ["sep=;x", "Fold"]

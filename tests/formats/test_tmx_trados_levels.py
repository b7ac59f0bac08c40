"""User trial T2: a Trados Studio TMX marks each unit's confirmation level in a prop.

``<prop type="x-ConfirmationLevel">Draft</prop>`` was imported as a trusted
translation (an exact query came back 100 %, final), while the same Trados
status in an SDLXLIFF (``<sdl:seg conf="Draft">``) was read as fuzzy.  Both now
read one list of the levels that are finished translations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_tm
from tm.formats.tmx import read_tmx

LEVELS = [("Draft", True), ("Unspecified", True), ("RejectedTranslation", True),
          ("RejectedSignOff", True), ("Translated", False), ("ApprovedTranslation", False),
          ("ApprovedSignOff", False)]


def _tmx(level: str, on_tuv: bool = False) -> str:
    prop = f'<prop type="x-ConfirmationLevel">{level}</prop>'
    return ('<?xml version="1.0" encoding="UTF-16"?>\n<tmx version="1.4"><header '
            'creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 '
            'Format" datatype="xml" segtype="sentence" adminlang="en-US" srclang="en-US"/>'
            f'<body>\n<tu>{"" if on_tuv else prop}<tuv xml:lang="en-US"><seg>Empty the '
            f'recycle bin.</seg></tuv><tuv xml:lang="zh-CN">{prop if on_tuv else ""}'
            "<seg>清空回收站。</seg></tuv></tu>\n</body></tmx>\n")


@pytest.mark.parametrize(("level", "fuzzy"), LEVELS)
@pytest.mark.parametrize("on_tuv", [False, True])
def test_a_trados_level_that_is_not_confirmed_is_fuzzy(
        tmp_path: Path, level: str, fuzzy: bool, on_tuv: bool) -> None:
    path = tmp_path / "trados.tmx"
    path.write_text(_tmx(level, on_tuv), encoding="utf-16")
    assert [u.fuzzy for u in read_tmx(path)] == [fuzzy]


def test_a_draft_is_imported_untrusted(tmp_path: Path) -> None:
    path = tmp_path / "trados.tmx"
    path.write_text(_tmx("Draft"), encoding="utf-16")
    db = str(tmp_path / "m.db")
    assert run_tm("import", str(path), "--db", db).code == 0
    hit = run_tm("lookup", "Empty the recycle bin.", "--db", db, "--format", "json")
    assert '"trusted": false' in hit.out, hit.out

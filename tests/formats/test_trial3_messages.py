"""One-line messages of the third user trial (R3-8, R3-11) say what the user has.

* An XLIFF (or TBX) file named ``.tmx`` was "the root element is
  <urn:oasis:names:tc:xliff:document:1.2}xliff>" (half a Clark name, no hint):
  it now says what the file is and which extension tm reads it by.
* ``tm serve --workers 1`` said "(1 workers, …)".
"""

from __future__ import annotations

import types
from pathlib import Path

import pytest

from conftest import run_tm

XLIFF = ('<?xml version="1.0"?>\n<xliff version="1.2" '
         'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
         'source-language="en" datatype="plaintext"><body/></file></xliff>\n')
TBX = ('<?xml version="1.0"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body/></text>'
       "</martif>\n")
OTHER = '<?xml version="1.0"?>\n<g:garden xmlns:g="urn:example:garden"/>\n'


@pytest.mark.parametrize(("content", "message"), [
    (XLIFF, "it is an XLIFF file (root element "
            "<{urn:oasis:names:tc:xliff:document:1.2}xliff>); tm reads a file by its "
            "extension: name it .xlf"),
    (TBX, "it is a TBX termbase (root element <martif>); tm reads a file by its extension: "
          "name it .tbx"),
    (OTHER, "the root element is <{urn:example:garden}garden>, expected <tmx>"),
])
def test_a_file_named_tmx_that_is_not_says_what_it_is(
        tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "memory.tmx"
    path.write_text(content, encoding="utf-8")
    result = run_tm("import", str(path), "--db", str(tmp_path / "m.db"))
    assert result.code == 2 and result.err.count("\n") == 1
    assert f"not a TMX file: {message}" in result.err


@pytest.mark.parametrize(("workers", "said"), [(1, "(1 worker, "), (3, "(3 workers, ")])
def test_the_serve_banner_counts_workers_in_english(
        capsys: pytest.CaptureFixture[str], workers: int, said: str) -> None:
    from tm.server._config import ServerConfig
    from tm.server._runner import _settings

    config = ServerConfig(db="m.db", workers=workers)
    _settings(config)["when_ready"](types.SimpleNamespace(LISTENERS=["http://127.0.0.1:1"]))
    assert said in capsys.readouterr().err

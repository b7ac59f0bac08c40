"""``tm export --format json`` (issue J): a memory's units and a glossary's terms as the
JSON envelope every command writes, to a file or stdout; ``--glossary`` exports TBX too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tm import Glossary, TranslationMemory, Unit

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "locales" / "zh_CN" / "glossary.tbx"
BASIC = ROOT / "tests" / "data" / "glossary" / "basic.tbx"


@pytest.fixture
def memory(tmp_path: Path) -> Path:
    db = tmp_path / "tm.db"
    with TranslationMemory.open(str(db)) as tm_:
        tm_.add([Unit("Save %s", "保存 %s", context="s1", origin="a.po:3",
                      source_markup='Save <ph x="1">%s</ph>',
                      target_markup='保存 <ph x="1">%s</ph>'),
                 Unit("It rained.", "下雨了。", fuzzy=True, note="check")])
    return db


def _envelope(text: str) -> dict[str, object]:
    """The envelope, checked to be laid out as every command's JSON is (indent 2)."""
    data = json.loads(text)
    assert set(data) == {"tm", "signature", "results"}
    assert text == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return data


@pytest.mark.parametrize("where", ["stdout", "dash", "file"])
def test_export_json_of_a_memory_holds_every_unit_and_field(
        tm_cli, tmp_path: Path, memory: Path, where: str) -> None:
    out = tmp_path / "units.json"
    args = {"stdout": ["--format", "json"], "dash": ["--format", "json", "-o", "-"],
            "file": ["-o", str(out)]}[where]   # a .json name says the format
    result = tm_cli("export", "--db", str(memory), *args)
    assert result.code == 0, result.err
    data = _envelope(out.read_text(encoding="utf-8") if where == "file" else result.out)
    units = data["results"]["units"]
    by_source = {u["source"]: u for u in units}
    assert len(units) == 2
    saved = by_source["Save %s"]
    assert (saved["target"], saved["context"], saved["origin"]) == ("保存 %s", "s1", "a.po:3")
    assert saved["source_markup"] == 'Save <ph x="1">%s</ph>'    # inline codes kept
    rained = by_source["It rained."]
    assert rained["fuzzy"] is True and rained["note"] == "check"
    assert {"source_lang", "target_lang", "created", "changed", "prev", "next"} <= set(saved)
    assert "holds inline codes" not in result.err


def test_export_json_of_an_empty_memory_is_valid_json(tm_cli, tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    TranslationMemory.open(str(db)).close()
    result = tm_cli("export", "--db", str(db), "--format", "json")
    assert result.code == 0, result.err
    assert _envelope(result.out)["results"] == {"units": []}


def test_export_json_of_a_glossary_holds_every_term_field(tm_cli) -> None:
    result = tm_cli("export", "--glossary", str(BASIC), "--format", "json")
    assert result.code == 0, result.err
    terms = _envelope(result.out)["results"]["terms"]
    inno = next(t for t in terms if t["source"] == "Inno Way")
    assert inno["targets"] == ["创业大街", "中关村创业大街"]
    assert inno["forbidden"] == ["创新大街"]
    assert inno["definition"] == "Startup street in Beijing."
    assert {"text": "中关村创业大街", "status": "admitted", "pos": "", "term_type": ""} in \
        inno["target_forms"]
    assert len(terms) == len(Glossary.load(BASIC))


@pytest.mark.parametrize("fmt", ["tbx", "tbx2"])
def test_export_glossary_as_tbx_reads_back_the_same(tm_cli, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "g.tbx"
    result = tm_cli("export", "--glossary", str(GLOSSARY), "--format", fmt, "-o", str(out))
    assert result.code == 0, result.err
    assert Glossary.load(out).terms == Glossary.load(GLOSSARY).terms


@pytest.mark.parametrize(("args", "message"), [
    (["--glossary", str(BASIC), "--format", "csv"], "writes a glossary as tbx, tbx2, json"),
    (["--glossary", str(BASIC), "-o", "g.po"], "not po (from -o g.po)"),
    (["--glossary", str(BASIC), "--db", "x.db"], "not both"),
])
def test_export_refuses_what_it_cannot_write_before_writing(
        tm_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str],
        message: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = tm_cli("export", *args)
    assert result.code == 2 and message in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not list(tmp_path.iterdir())


def test_a_broken_glossary_is_one_line_naming_file_and_line_and_writes_nothing(
        tm_cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.tbx"
    bad.write_text('<?xml version="1.0"?>\n<martif><text><body>\n<termEntry>\n</body>',
                   encoding="utf-8")
    out = tmp_path / "out.json"
    result = tm_cli("export", "--glossary", str(bad), "-o", str(out))
    assert result.code == 2
    [line] = result.err.strip().splitlines()
    assert f"{bad}:4" in line
    assert not out.exists()

"""Inline codes through the memory (issue 12, TMX bullet): stored, looked up, exported back.

Before schema 6 the memory stored text only, so ``tm import x.tmx`` then
``tm export --format tmx`` (or XLIFF) flattened every ``<bpt>``/``<ph>`` into
text a CAT tool then offers for translation.  Each test runs on SQLite and
PostgreSQL (the ``location`` fixture).
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import ROOT, examples, run_tm
from tm import ParseError, StoreError, TranslationMemory, Unit
from tm.formats import read_units, write_units
from tm.memory._schema import SCHEMA_VERSION

STANDARDS = ROOT.parent / "shared" / "standards"
XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"

EN = ('Click <bpt i="1" x="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept>'
      ' to keep <ph x="2" type="x-param">%s</ph> files.')
ZH = ('点击<bpt i="1" x="1">&lt;b&gt;</bpt>保存<ept i="1">&lt;/b&gt;</ept>'
      '以保留<ph x="2" type="x-param">%s</ph>个文件。')
PLAIN_EN, PLAIN_ZH = "Click <b>Save</b> to keep %s files.", "点击<b>保存</b>以保留%s个文件。"

TMX = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence"
 o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
<body>
<tu tuid="save"><tuv xml:lang="en"><seg>{EN}</seg></tuv>
<tuv xml:lang="zh-CN"><seg>{ZH}</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Open <it pos="begin" x="3">&lt;u&gt;</it>the file.</seg></tuv>
<tuv xml:lang="zh-CN"><seg>打开<it pos="begin" x="3">&lt;u&gt;</it>文件。</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>No codes here.</seg></tuv>
<tuv xml:lang="zh-CN"><seg>这里没有代码。</seg></tuv></tu>
</body></tmx>
"""

XLIFF = f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="{XLIFF_NS}">
  <file original="ui.html" source-language="en" target-language="zh-CN" datatype="html">
    <body>
      <trans-unit id="save">
        <source>Click <g id="1">Save</g> to keep <x id="2"/><ph id="3">%s</ph> \
<bpt id="4">&lt;i&gt;</bpt>files<ept id="4">&lt;/i&gt;</ept>.</source>
        <target state="translated">点击<g id="1">保存</g>以保留<x id="2"/><ph id="3">%s</ph>\
个<bpt id="4">&lt;i&gt;</bpt>文件<ept id="4">&lt;/i&gt;</ept>。</target>
      </trans-unit>
      <trans-unit id="plain">
        <source>Plain text.</source>
        <target state="translated">纯文本。</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def _segs(text: str) -> list[str]:
    return re.findall(r"<seg>(.*?)</seg>", text)


def _xliff_sides(text: str) -> list[str]:
    return re.findall(r"<(?:source|target)\b[^>]*>(.*?)</(?:source|target)>", text)


def _validate_tmx(path: Path) -> None:
    dtd = etree.DTD(str(STANDARDS / "tmx14.dtd"))
    assert dtd.validate(etree.parse(str(path))), dtd.error_log.filter_from_errors()


def _validate_xliff(path: Path) -> None:
    schema = etree.XMLSchema(etree.parse(str(STANDARDS / "xliff-core-1.2-strict.xsd")))
    assert schema.validate(etree.parse(str(path))), schema.error_log


def _import(location: str, path: Path) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add(read_units(path))


def _export(location: str, path: Path) -> None:
    with TranslationMemory.open(location, readonly=True) as memory:
        write_units(memory.units(), path)


#: What makes a schema 10 memory one of schema 9 (before each file had an identity), as
#: the first statements of a test that builds an older memory from a new one.
TO_SCHEMA_9 = ("DROP INDEX units_file", "DROP INDEX listed_file", "DROP TABLE files",
               "ALTER TABLE units DROP COLUMN file", "ALTER TABLE listed DROP COLUMN file",
               "UPDATE meta SET value = '9' WHERE key = 'schema'")


def _sql(location: str, statements: Sequence[str]) -> None:
    """Run *statements* on the memory's database behind tm's back (as another program would)."""
    if location.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(location, autocommit=True) as pg:
            for statement in statements:
                pg.execute(statement)  # type: ignore[arg-type]
        return
    with sqlite3.connect(location) as raw:
        for statement in statements:
            raw.execute(statement)
    raw.close()


def _tables(location: str) -> set[str]:
    if location.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(location, autocommit=True) as pg:
            return {r[0] for r in pg.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema()")}
    with sqlite3.connect(location) as raw:
        found = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    raw.close()
    return found


def _count(location: str, table: str) -> int:
    if location.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(location, autocommit=True) as pg:
            row = pg.execute(f"SELECT count(*) FROM {table}").fetchone()  # type: ignore[arg-type]
    else:
        with sqlite3.connect(location) as raw:
            row = raw.execute(f"SELECT count(*) FROM {table}").fetchone()
        raw.close()
    assert row is not None
    return int(row[0])


def _meta(location: str, key: str) -> str:
    if location.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(location, autocommit=True) as pg:
            row = pg.execute("SELECT value FROM meta WHERE key = %s", (key,)).fetchone()
    else:
        with sqlite3.connect(location) as raw:
            row = raw.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        raw.close()
    assert row is not None
    return str(row[0])


# -- round trips ---------------------------------------------------------------------------

def test_tmx_codes_survive_import_and_export(location: str, tmp_path: Path) -> None:
    source = tmp_path / "in.tmx"
    source.write_text(TMX, encoding="utf-8")
    _import(location, source)
    out = tmp_path / "out.tmx"
    _export(location, out)
    _validate_tmx(out)
    assert _segs(out.read_text(encoding="utf-8")) == _segs(TMX)
    assert [(u.source, u.target) for u in read_units(out)] == [
        (u.source, u.target) for u in read_units(source)]


def test_xliff_codes_survive_import_and_export(location: str, tmp_path: Path) -> None:
    source = tmp_path / "in.xlf"
    source.write_text(XLIFF, encoding="utf-8")
    _import(location, source)
    out = tmp_path / "out.xlf"
    _export(location, out)
    _validate_xliff(out)
    assert _xliff_sides(out.read_text(encoding="utf-8")) == _xliff_sides(XLIFF)
    tmx = tmp_path / "out.tmx"  # and the same memory as TMX: the codes as bpt/ept/ph
    _export(location, tmx)
    _validate_tmx(tmx)
    assert _segs(tmx.read_text(encoding="utf-8"))[0] == (
        'Click <bpt i="1"></bpt>Save<ept i="1"></ept> to keep <ph x="2"></ph><ph x="3">%s</ph>'
        ' <bpt i="4">&lt;i&gt;</bpt>files<ept i="4">&lt;/i&gt;</ept>.')


def test_tmx_codes_come_out_as_xliff_inline_elements(location: str, tmp_path: Path) -> None:
    source = tmp_path / "in.tmx"
    source.write_text(TMX, encoding="utf-8")
    _import(location, source)
    out = tmp_path / "out.xlf"
    _export(location, out)
    _validate_xliff(out)
    sides = _xliff_sides(out.read_text(encoding="utf-8"))
    assert sides[:4] == [
        'Click <bpt id="1">&lt;b&gt;</bpt>Save<ept id="1">&lt;/b&gt;</ept> to keep '
        '<ph id="2" ctype="x-param">%s</ph> files.',          # TMX type = XLIFF ctype (R4-18)
        '点击<bpt id="1">&lt;b&gt;</bpt>保存<ept id="1">&lt;/b&gt;</ept>'
        '以保留<ph id="2" ctype="x-param">%s</ph>个文件。',
        'Open <it id="3" pos="open">&lt;u&gt;</it>the file.',
        '打开<it id="3" pos="open">&lt;u&gt;</it>文件。']
    assert sides[4:] == ["No codes here.", "这里没有代码。"]


@pytest.mark.parametrize("name", ["in.tmx", "in.xlf"])
def test_translate_toolkit_reads_our_coded_exports_as_the_same_text(location: str, name: str,
                                                                     tmp_path: Path) -> None:
    source = tmp_path / name
    source.write_text(TMX if name.endswith(".tmx") else XLIFF, encoding="utf-8")
    _import(location, source)
    expected = [(u.source, u.target) for u in read_units(source)]
    for out, module, kind in ((tmp_path / "out.tmx", "translate.storage.tmx", "tmxfile"),
                              (tmp_path / "out.xlf", "translate.storage.xliff", "xlifffile")):
        _export(location, out)
        store = getattr(pytest.importorskip(module), kind).parsefile(str(out))
        assert [(u.source, u.target) for u in store.units if u.source] == expected


def test_cli_import_then_export_keeps_the_codes(location: str, tmp_path: Path) -> None:
    source = tmp_path / "in.tmx"
    source.write_text(TMX, encoding="utf-8")
    assert run_tm("import", str(source), "--db", location).code == 0
    out = tmp_path / "out.tmx"
    result = run_tm("export", "--db", location, "--format", "tmx", "-o", str(out))
    assert result.code == 0, result.err
    _validate_tmx(out)
    assert _segs(out.read_text(encoding="utf-8")) == _segs(TMX)


# -- lookups and concordance ----------------------------------------------------------------

def test_lookup_and_concordance_return_the_markup(location: str) -> None:
    unit = Unit(PLAIN_EN, PLAIN_ZH, source_markup=EN, target_markup=ZH, origin="a.tmx:3")
    with TranslationMemory.open(location) as memory:
        memory.add([unit, Unit("Keep files.", "保留文件。")])
        [match] = memory.lookup(PLAIN_EN)
        assert (match.unit.source_markup, match.unit.target_markup) == (EN, ZH)
        # the other direction: source and target swap, and so do their codes
        [back] = memory.lookup(PLAIN_ZH, source_lang="zh-CN", target_lang="en")
        assert (back.unit.source_markup, back.unit.target_markup) == (ZH, EN)
        hits = memory.concordance("keep")
        assert [(h.unit.source, h.unit.source_markup) for h in hits] == [
            (PLAIN_EN, EN), ("Keep files.", "")]
        [plain] = memory.lookup("Keep files.")
        assert (plain.unit.source_markup, plain.unit.target_markup) == ("", "")


def test_cli_json_of_lookup_and_concordance_carries_the_markup(location: str,
                                                              tmp_path: Path) -> None:
    source = tmp_path / "in.tmx"
    source.write_text(TMX, encoding="utf-8")
    assert run_tm("import", str(source), "--db", location).code == 0
    found = run_tm("lookup", PLAIN_EN, "--db", location, "--format", "json")
    [match] = json.loads(found.out)["results"]["matches"]
    assert (match["source_markup"], match["target_markup"]) == (EN, ZH)
    hits = run_tm("concordance", "no codes", "--db", location, "--format", "json")
    [hit] = json.loads(hits.out)["results"]["hits"]
    assert (hit["source"], hit["source_markup"], hit["target_markup"]) == ("No codes here.", "", "")


# -- which markup a re-added unit keeps -----------------------------------------------------

OTHER_EN = EN.replace('x="2"', 'x="7"')


def _stored_markup(memory: TranslationMemory) -> list[tuple[str, str]]:
    return [(u.source_markup, u.target_markup) for u in memory.units()]


def test_the_same_file_re_adding_a_pair_with_other_codes_wins(location: str) -> None:
    first = Unit(PLAIN_EN, PLAIN_ZH, source_markup=EN, target_markup=ZH, origin="a.tmx:3")
    with TranslationMemory.open(location) as memory:
        memory.add([first])
        assert memory.add([first]) == 0  # the same codes again: nothing changed
        renumbered = Unit(PLAIN_EN, PLAIN_ZH, source_markup=OTHER_EN, target_markup=ZH,
                          origin="a.tmx:9")
        assert memory.add([renumbered]) == 1  # latest wins, like a target update
        assert _stored_markup(memory) == [(OTHER_EN, ZH)]
        assert memory.add([Unit(PLAIN_EN, PLAIN_ZH, origin="a.tmx:3")]) == 1  # codes removed
        assert _stored_markup(memory) == [("", "")]
        assert len(memory) == 1


def test_another_file_replaces_codes_only_when_it_has_some(location: str) -> None:
    tmx = Unit(PLAIN_EN, PLAIN_ZH, source_markup=EN, target_markup=ZH, origin="a.tmx:3")
    with TranslationMemory.open(location) as memory:
        memory.add([tmx])
        assert memory.add([Unit(PLAIN_EN, PLAIN_ZH, origin="b.po:7")]) == 0  # a PO copy
        assert _stored_markup(memory) == [(EN, ZH)]
        other = Unit(PLAIN_EN, PLAIN_ZH, source_markup=OTHER_EN, target_markup=ZH,
                     origin="c.xlf:1")
        assert memory.add([other]) == 1
        assert _stored_markup(memory) == [(OTHER_EN, ZH)]
        assert len(memory) == 1


def test_within_one_call_the_last_markup_wins(location: str) -> None:
    units = [Unit(PLAIN_EN, PLAIN_ZH, source_markup=EN, target_markup=ZH, origin="a.tmx:3"),
             Unit(PLAIN_EN, PLAIN_ZH, source_markup=OTHER_EN, target_markup=ZH, origin="a.tmx:8")]
    with TranslationMemory.open(location) as memory:
        memory.add(units)
        assert _stored_markup(memory) == [(OTHER_EN, ZH)]


def test_a_replaced_or_removed_unit_takes_its_markup_along(location: str) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add([Unit(PLAIN_EN, PLAIN_ZH, source_markup=EN, target_markup=ZH,
                         origin="a.tmx:3")])
        memory.add([Unit(PLAIN_EN, "新的译文。", source_markup=EN, origin="a.tmx:3")])
        assert _stored_markup(memory) == [(EN, "")]  # a new target, without codes
        memory.add([Unit(PLAIN_EN, "新的译文。", note="checked", origin="a.tmx:3")])
        assert _stored_markup(memory) == [("", "")]  # the file's latest version has none
        memory.add([Unit("Bye.", "再见。", source_markup='Bye<ph x="1">.</ph>', origin="b.tmx:1")])
        assert memory.remove_origin("b.tmx") == 1
        assert _count(location, "markup") == 0  # no row outlives its unit
        memory.add([Unit("Bye.", "再见。", source_markup='Bye<ph x="1">.</ph>', origin="b.tmx:1")])
        assert _count(location, "markup") == 1


def _statements_of(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every statement the memory's connections run from now on (both backends)."""
    import tm.memory._postgres as postgres
    import tm.memory._sqlite as sqlite

    seen: list[str] = []
    for cls in (sqlite.SQLiteConnection, postgres.PostgresConnection):
        def counted(self: object, sql: str, params: Sequence[object] = (),
                    _run: Callable[..., object] = cls.execute) -> object:
            seen.append(sql)
            return _run(self, sql, params)
        monkeypatch.setattr(cls, "execute", counted)
    return seen


def test_re_adding_units_reads_their_markup_with_their_rows(
        location: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A re-import reads the stored units' rows and markup together, a chunk of units at a
    time (tm.memory._writer._StoredRows): no query for markup, none more per unit."""
    def units(n: int) -> list[Unit]:
        return [Unit(f"{PLAIN_EN} {i}", f"{PLAIN_ZH}{i}", origin=f"a.tmx:{i}",
                     source_markup=f"{EN} {i}" if i % 2 else "",
                     target_markup=f"{ZH}{i}" if i % 2 else "") for i in range(n)]
    with TranslationMemory.open(location) as memory:
        memory.add(units(40))
        before = _stored_markup(memory)
        seen = _statements_of(monkeypatch)
        memory.add(units(10))
        few = len(seen)
        memory.add(units(40))
        more = len(seen) - few
        monkeypatch.undo()
        assert not [s for s in seen if "FROM markup" in s and "JOIN" not in s]
        assert more == few  # 30 more units: no more statements (was one per unit and key)
        assert memory.add(units(40)) == 0  # nothing changed: the markup is what was stored
        assert _stored_markup(memory) == before
        assert sum(1 for m in before if m != ("", "")) == 20


# -- safety ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("markup", "why"), [
    ('Click <bpt>x</bpt>Save.', "has no i attribute"),
    ('Save <ph x="1">\x1b[2J</ph>.', "U+001B"),
    ("Save <b>now</b>.", "<b> is not a TMX inline element"),
    ('Save <sub>now</sub>.', "not allowed inside <seg>"),
    ("Save <ph", "not well-formed"),
    ('Save <ph x="1" onclick="y">x</ph>.', "does not declare"),
    ("<hi>" * 40 + "Deep" + "</hi>" * 40, "nested more than"),
])
def test_unsound_markup_is_refused_naming_file_and_line(location: str, markup: str,
                                                        why: str) -> None:
    bad = Unit("x", "甲。", source_markup=markup, origin="evil.tmx:12")
    with TranslationMemory.open(location) as memory:
        with pytest.raises(ParseError, match=re.escape(why)) as caught:
            memory.add([Unit("Fine.", "好。"), bad])
        assert str(caught.value).startswith("evil.tmx:12: the source markup")
        assert len(memory) == 0  # nothing of the call was stored


def test_markup_whose_text_was_edited_is_not_stored(location: str) -> None:
    stale = Unit("Click Save now.", PLAIN_ZH, source_markup=EN, target_markup=ZH)
    with TranslationMemory.open(location) as memory:
        memory.add([stale])
        assert _stored_markup(memory) == [("", ZH)]


def test_a_hostile_tmx_is_a_one_line_error_not_a_traceback(location: str,
                                                           tmp_path: Path) -> None:
    evil = tmp_path / "evil.tmx"
    evil.write_text(TMX.replace('<bpt i="1" x="1">', '<bpt x="1">', 1), encoding="utf-8")
    result = run_tm("import", str(evil), "--db", location)
    assert result.code == 2 and "Traceback" not in result.err
    [line] = result.err.strip().splitlines()
    assert re.match(rf"tm: error: {re.escape(str(evil))}:6: the source markup .*no i attribute",
                    line), line


def test_markup_planted_in_the_database_never_makes_an_export_invalid(location: str,
                                                                     tmp_path: Path) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add([Unit(PLAIN_EN, PLAIN_ZH, source_markup=EN, target_markup=ZH)])
    _sql(location, ["UPDATE markup SET source_markup = '<bpt>' || source_markup, "
                    "target_markup = '<script>x</script>'"])
    for name, validate in (("out.tmx", _validate_tmx), ("out.xlf", _validate_xliff)):
        out = tmp_path / name
        result = run_tm("export", "--db", location, "-o", str(out))
        assert result.code == 0, result.err
        validate(out)
        assert PLAIN_EN.replace("<", "&lt;").replace(">", "&gt;") in out.read_text("utf-8")


# -- schema 6 and older memories ---------------------------------------------------------------

def _older_schema(location: str, version: str) -> None:
    """Make *location* what a tm of schema 5 (or 4: no shape counts either) left."""
    with TranslationMemory.open(location) as memory:
        memory.add([Unit(PLAIN_EN, PLAIN_ZH, origin="old.po:1")])
    _sql(location, [*TO_SCHEMA_9, "DROP TABLE markup", "DROP TABLE listed",
                    "ALTER TABLE units DROP COLUMN owner_trusted",
                    f"UPDATE meta SET value = '{version}' WHERE key = 'schema'",
                    *(["DELETE FROM meta WHERE key = 'shapes'"] if version == "4" else [])])


def _digest(location: str) -> str:
    return hashlib.sha256(Path(location).read_bytes()).hexdigest()


@pytest.mark.parametrize("version", ["5", "4"])
def test_an_older_memory_is_read_as_it_is_and_upgraded_on_write(location: str,
                                                                version: str) -> None:
    _older_schema(location, version)
    sqlite = not location.startswith("postgresql://")
    before = _digest(location) if sqlite else ""
    with TranslationMemory.open(location, readonly=True) as memory:
        assert [(u.source, u.source_markup) for u in memory.units()] == [(PLAIN_EN, "")]
        [match] = memory.lookup(PLAIN_EN)
        assert match.unit.target_markup == ""
        assert memory.concordance("Save")[0].unit.source_markup == ""
    assert "markup" not in _tables(location) and _meta(location, "schema") == version
    if sqlite:
        assert _digest(location) == before  # read-only really wrote nothing
    with TranslationMemory.open(location) as memory:  # for writing: upgraded, in one go
        assert "markup" in _tables(location) and _meta(location, "schema") == SCHEMA_VERSION
        assert memory.add([Unit(PLAIN_EN, PLAIN_ZH, source_markup=EN, target_markup=ZH,
                                origin="new.tmx:4")]) == 1
        assert [(u.source, u.source_markup) for u in memory.units()] == [(PLAIN_EN, EN)]
        assert str(next(iter(memory.units())).origin) == "old.po:1"  # the pair kept its origin


@pytest.mark.parametrize(("statements", "message"), [
    (["DROP TABLE markup"], "damaged translation memory (no markup table)"),
    (["UPDATE meta SET value = '5' WHERE key = 'schema'"],
     "schema 5 with a markup table"),
    (["DROP TABLE listed"], "damaged translation memory (no listed table)"),
    (["UPDATE meta SET value = '6' WHERE key = 'schema'"],
     "schema 6 with a listed table"),
    (["UPDATE meta SET value = '11' WHERE key = 'schema'"], "memory schema 11 is not supported"),
])
@pytest.mark.parametrize("readonly", [False, True])
def test_a_memory_with_the_wrong_tables_for_its_schema_is_refused(
        location: str, statements: list[str], message: str, readonly: bool) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add([Unit(PLAIN_EN, PLAIN_ZH)])
    _sql(location, statements)
    tables = _tables(location)
    with pytest.raises(StoreError, match=re.escape(message)):
        TranslationMemory.open(location, readonly=readonly)
    assert _tables(location) == tables  # refused before any change


# -- property: whatever the order of adds, stored codes are sound and the latest codes win -----

_SOURCE_CODES = {"One.": ["", '<ph x="1">One</ph>.', 'One<ph x="1">.</ph>'],
                 "Two.": ["", '<bpt i="1">Two</bpt>.', 'T<ph>wo</ph>.']}
_TARGETS = ["一。", "二。"]


@st.composite
def _coded_units(draw: st.DrawFn) -> Unit:
    source = draw(st.sampled_from(sorted(_SOURCE_CODES)))
    target = draw(st.sampled_from(_TARGETS))
    target_codes = ["", f'<ph x="1">{target[0]}</ph>{target[1:]}']
    return Unit(source, target, origin=draw(st.sampled_from(["a.tmx:1", "a.tmx:2", "b.tmx:1",
                                                             "c.po:1"])),
                note=draw(st.sampled_from(["", "n"])),
                source_markup=draw(st.sampled_from(_SOURCE_CODES[source])),
                target_markup=draw(st.sampled_from(target_codes)))


def _one_target_per_file_key(batch: list[Unit]) -> list[list[Unit]]:
    """*batch* in consecutive adds, a new one where a file changes its translation of a
    source: within one add a file's second translation is kept beside the first (red team
    M-2, tm.memory._further), and this property is about codes, not about that."""
    parts: list[list[Unit]] = [[]]
    said: dict[tuple[str, str], str] = {}
    for unit in batch:
        key = (unit.source, unit.origin.path)
        if said.get(key, unit.target) != unit.target:
            parts.append([])
            said = {}
        said[key] = unit.target
        parts[-1].append(unit)
    return parts


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture],
          max_examples=examples(120), deadline=None)
@given(st.lists(st.lists(_coded_units(), max_size=5), min_size=1, max_size=4))
def test_stored_codes_are_ones_the_pair_came_with_and_the_latest_wins(
        new_location: Callable[[], str], batches: list[list[Unit]]) -> None:
    carried: dict[tuple[str, str], set[tuple[str, str]]] = {}  # pair -> markups it came with
    last: dict[tuple[str, str], tuple[str, str]] = {}  # pair -> markup of its latest add
    with TranslationMemory.open(new_location()) as memory:
        for batch in batches:
            for part in _one_target_per_file_key(batch):
                memory.add(part)
            for unit in batch:
                pair, markup = (unit.source, unit.target), (unit.source_markup,
                                                            unit.target_markup)
                carried.setdefault(pair, {("", "")}).add(markup)
                last[pair] = markup
        for unit in memory.units():
            pair, stored = (unit.source, unit.target), (unit.source_markup, unit.target_markup)
            assert stored in carried[pair]
            if last[pair] != ("", ""):
                assert stored == last[pair]
            [match] = [m for m in memory.lookup(unit.source, limit=10)
                       if m.unit.target == unit.target]
            assert (match.unit.source_markup, match.unit.target_markup) == stored

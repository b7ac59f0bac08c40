"""TMX reading (streaming, lenient on languages, strict on XML safety) and writing (DTD-valid)."""

from __future__ import annotations

import shutil
import subprocess
import tracemalloc
from pathlib import Path

import pytest

from tm.errors import ParseError
from tm.formats import read_units
from tm.formats.tmx import read_tmx, write_tmx
from tm.model import Unit

# The TMX 1.4 DTD (LISA OSCAR), read from ../shared/standards beside the checkout,
# where CI has it; it is not copied into the project.
DTD = Path(__file__).resolve().parents[3] / "shared" / "standards" / "tmx14.dtd"

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
        '<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence"'
        ' o-tmf="t" adminlang="en" srclang="{src}" datatype="plaintext"/>\n<body>\n')
TAIL = "</body></tmx>\n"


def tmx(body: str, src: str = "en") -> str:
    return HEAD.format(src=src) + body + TAIL


def tu(en: str, zh: str, attrs: str = "", extra: str = "", en_lang: str = "en",
       zh_lang: str = "zh-CN") -> str:
    return (f"<tu{attrs}>{extra}<tuv xml:lang=\"{en_lang}\"><seg>{en}</seg></tuv>"
            f"<tuv xml:lang=\"{zh_lang}\"><seg>{zh}</seg></tuv></tu>\n")


def read_text(tmp_path: Path, text: str, encoding: str = "utf-8", **kw: object) -> list[Unit]:
    path = tmp_path / "in.tmx"
    path.write_bytes(text.encode(encoding))
    return list(read_tmx(path, **kw))  # type: ignore[arg-type]


# (case, TMX text, expected (source, target, context, note, source_lang, target_lang) per unit)
READ_CASES = [
    ("plain", tmx(tu("Hello.", "你好。")), [("Hello.", "你好。", "", "", "en", "zh-CN")]),
    ("uppercase-codes", tmx(tu("Hi", "嗨", en_lang="EN-US", zh_lang="ZH-cn"), src="EN-US"),
     [("Hi", "嗨", "", "", "en-US", "zh-CN")]),
    ("zh-hans-underscore", tmx(tu("Hi", "嗨", zh_lang="zh_Hans")),
     [("Hi", "嗨", "", "", "en", "zh-CN")]),
    ("tmx11-lang-attr", tmx('<tu><tuv lang="EN"><seg>One</seg></tuv>'
                            '<tuv lang="ZH-CN"><seg>一</seg></tuv></tu>'),
     [("One", "一", "", "", "en", "zh-CN")]),
    ("tuid-is-context", tmx(tu("A", "甲", attrs=' tuid="s1234abcd"')),
     [("A", "甲", "s1234abcd", "", "en", "zh-CN")]),
    ("x-context-prop-wins", tmx(tu("A", "甲", attrs=' tuid="7"',
                                   extra='<prop type="x-context">menu</prop>')),
     [("A", "甲", "menu", "", "en", "zh-CN")]),
    ("notes-and-props", tmx(tu("A", "甲", extra='<note>check</note><prop type="x-client">ACME'
                                                 '</prop>')),
     [("A", "甲", "", "check\nx-client: ACME", "en", "zh-CN")]),
    ("inline-codes-keep-text",
     tmx(tu('Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> for '
            '<ph>%s</ph> <hi type="x">now</hi>', '点击<ph>%s</ph>')),
     [("Click <b>Save</b> for %s now", "点击%s", "", "", "en", "zh-CN")]),
    ("entities-and-whitespace", tmx(tu("  a &amp; b &lt;c&gt;\t", "甲&#10;乙")),
     [("  a & b <c>\t", "甲\n乙", "", "", "en", "zh-CN")]),
    ("reversed-order-tuvs", tmx('<tu><tuv xml:lang="zh-CN"><seg>乙</seg></tuv>'
                                '<tuv xml:lang="en"><seg>B</seg></tuv></tu>'),
     [("B", "乙", "", "", "en", "zh-CN")]),
    ("multilingual", tmx('<tu><tuv xml:lang="en"><seg>Yes</seg></tuv><tuv xml:lang="de">'
                         '<seg>Ja</seg></tuv><tuv xml:lang="zh-CN"><seg>是</seg></tuv></tu>'),
     [("Yes", "Ja", "", "", "en", "de"), ("Yes", "是", "", "", "en", "zh-CN")]),
    ("tu-srclang-attr", tmx('<tu srclang="zh-CN"><tuv xml:lang="en"><seg>B</seg></tuv>'
                            '<tuv xml:lang="zh-CN"><seg>乙</seg></tuv></tu>'),
     [("乙", "B", "", "", "zh-CN", "en")]),
    ("source-only-tu-skipped", tmx('<tu><tuv xml:lang="en"><seg>x</seg></tuv></tu>'
                                   + tu("y", "乙")),
     [("y", "乙", "", "", "en", "zh-CN")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in READ_CASES],
                         ids=[c[0] for c in READ_CASES])
def test_read_cases(tmp_path: Path, text: str, expected: list[tuple[str, ...]]) -> None:
    got = [(u.source, u.target, u.context, u.note, u.source_lang, u.target_lang)
           for u in read_text(tmp_path, text, on_warning=lambda m: None)]
    assert got == expected


def test_origin_is_file_and_line_of_tu(tmp_path: Path) -> None:
    units = read_text(tmp_path, tmx(tu("A", "甲") + "\n\n" + tu("B", "乙")))
    assert [u.origin.line for u in units] == [5, 8]
    assert units[0].origin.path.startswith(str(tmp_path))


def test_dates_become_iso(tmp_path: Path) -> None:
    dates = ' creationdate="20170523T072900Z" changedate="20180101T000000Z"'
    text = tmx(tu("A", "甲", attrs=dates))
    (unit,) = read_text(tmp_path, text)
    assert (unit.created, unit.changed) == ("2017-05-23T07:29:00Z", "2018-01-01T00:00:00Z")


def test_utf16_file(tmp_path: Path) -> None:
    text = tmx(tu("A", "甲")).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    assert [u.target for u in read_text(tmp_path, text, encoding="utf-16")] == ["甲"]


@pytest.mark.parametrize(("src", "reason"), [("", "no srclang"), ("*all*", "*all*")])
def test_missing_srclang_warns_and_imports(tmp_path: Path, src: str, reason: str) -> None:
    text = tmx('<tu><tuv xml:lang="zh-CN"><seg>乙</seg></tuv><tuv xml:lang="en"><seg>B</seg>'
               "</tuv></tu>", src=src)
    messages: list[str] = []
    units = read_text(tmp_path, text, on_warning=messages.append)
    assert [(u.source, u.target) for u in units] == [("B", "乙")]  # English taken as source
    assert len(messages) == 1 and reason in messages[0] and "in.tmx:3" in messages[0]


def test_unusual_code_warns_once_and_imports(tmp_path: Path) -> None:
    body = tu("A", "甲", zh_lang="x-chinese-simp") + tu("B", "乙", zh_lang="x-chinese-simp")
    messages: list[str] = []
    units = read_text(tmp_path, tmx(body), on_warning=messages.append)
    assert [u.target for u in units] == ["甲", "乙"]
    assert len(messages) == 1 and "x-chinese-simp" in messages[0]


def test_default_warning_is_a_python_warning(tmp_path: Path) -> None:
    from tm.formats.tmx import TMXWarning

    with pytest.warns(TMXWarning, match="srclang"):
        read_text(tmp_path, tmx(tu("A", "甲"), src=""))


def test_source_lang_argument_overrides_header(tmp_path: Path) -> None:
    (unit,) = read_text(tmp_path, tmx(tu("A", "甲")), source_lang="zh_CN")
    assert (unit.source, unit.target, unit.source_lang) == ("甲", "A", "zh-CN")


BOMB = ('<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY a "aaaaaaaaaa">\n'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n]>\n<tmx version="1.4"><body>'
        '<tu><tuv xml:lang="en"><seg>&b;</seg></tuv></tu></body></tmx>')
EXTERNAL = ('<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY x SYSTEM "file:///etc/passwd">\n'
            ']>\n<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>&x;</seg></tuv></tu>'
            "</body></tmx>")

# (case, text, line, message fragment)
ERROR_CASES = [
    ("mismatched-tag", tmx(tu("A", "甲") + "<tu><tuv xml:lang='en'><seg>x</tuv></tu>\n"), 6,
     "malformed XML: mismatched tag"),
    ("entity-bomb", BOMB, 3, "entity declarations are refused"),
    ("external-entity", EXTERNAL, 3, "refused"),
    ("undefined-entity", tmx(tu("&nbsp;", "甲")), 5, "undefined entity"),
    ("not-tmx", '<?xml version="1.0"?>\n<xliff version="1.2"/>', 2, "not a TMX file"),
    ("tuv-without-lang", tmx("<tu><tuv><seg>x</seg></tuv></tu>"), 5, "no xml:lang"),
    ("tuv-without-seg", tmx('<tu><tuv xml:lang="en">\n</tuv></tu>'), 6, "no <seg>"),
    ("empty-file", "", 1, "malformed XML: no element found"),
    ("truncated", tmx(tu("A", "甲"))[:-20], 5, "malformed XML"),
]


@pytest.mark.parametrize(("text", "line", "fragment"), [c[1:] for c in ERROR_CASES],
                         ids=[c[0] for c in ERROR_CASES])
def test_errors_name_file_and_line(tmp_path: Path, text: str, line: int, fragment: str) -> None:
    with pytest.raises(ParseError) as info:
        read_text(tmp_path, text)
    err = info.value
    assert (err.path, err.line) == (str(tmp_path / "in.tmx"), line)
    assert fragment in err.message and "\n" not in str(err)


def test_missing_file() -> None:
    with pytest.raises(ParseError, match="no such file"):
        list(read_tmx("/nonexistent/x.tmx"))


def big_tmx(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEAD.format(src="en"))
        for i in range(count):
            fh.write(tu(f"Sentence number {i} about the factory output in {i % 97} cities.",
                        f"第{i}句：{i % 97}个城市的工厂产量。", attrs=f' tuid="t{i}"'))
        fh.write(TAIL)


def peak_while_reading(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_tmx(path))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_reading_streams_in_flat_memory(tmp_path: Path) -> None:
    small, large = tmp_path / "small.tmx", tmp_path / "large.tmx"
    big_tmx(small, 1_000)
    big_tmx(large, 8_000)  # 1.6 MB: 25 of the reader's 64 KiB chunks
    n_small, peak_small = peak_while_reading(small)
    n_large, peak_large = peak_while_reading(large)
    assert (n_small, n_large) == (1_000, 8_000)
    size = large.stat().st_size
    assert size > 1_500_000
    # Eight times the units: the peak stays that of one chunk plus one <tu>, not the file.
    assert peak_large < size / 3
    assert peak_large < peak_small * 1.5 + 200_000


def test_units_arrive_before_the_end_of_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.tmx"
    big_tmx(path, 5_000)
    path.write_bytes(path.read_bytes()[:-30])  # cut inside the last <tu>
    got = []
    with pytest.raises(ParseError):
        for unit in read_tmx(path):
            got.append(unit)
    assert len(got) > 500  # earlier chunks were yielded before the error surfaced


# -- writing -------------------------------------------------------------------
UNITS = [
    Unit("Hello <b>world</b> & co.", "你好，世界。", context="s1", note="greeting"),
    Unit("Line\nbreak\r\nand\ttab  ", " 前后有空格 ", context="menu\nitem", fuzzy=True),
    Unit("GDP grew 6.9%.", "国内生产总值增长6.9%。", created="2017-05-23T07:29:00Z",
         changed="2017-06-01T00:00:00Z"),
    Unit("Back", "返回", source_lang="en-US", target_lang="zh_TW"),
]


def validate_dtd(path: Path) -> None:
    """Validate *path* against the TMX 1.4 DTD with lxml, else xmllint; skip when neither."""
    if not DTD.is_file():
        pytest.skip(f"the TMX DTD is not at {DTD} (../shared/standards/tmx14.dtd)")
    try:
        from lxml import etree
    except ImportError:
        if not shutil.which("xmllint"):
            pytest.skip("neither lxml nor xmllint is installed")
        proc = subprocess.run(["xmllint", "--noout", "--nonet", "--dtdvalid", str(DTD),
                               str(path)], capture_output=True, text=True, check=False)
        assert proc.returncode == 0, proc.stderr
        return
    dtd = etree.DTD(str(DTD))
    doc = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    assert dtd.validate(doc), dtd.error_log.filter_from_errors()


def test_written_tmx_is_valid_against_the_dtd(tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"
    assert write_tmx(UNITS, path) == len(UNITS)
    validate_dtd(path)


def test_written_tmx_reads_back_identically(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1495524540")  # 2017-05-23T07:29:00Z
    path = tmp_path / "out.tmx"
    write_tmx(UNITS, path)
    back = list(read_tmx(path))
    # every <tu> has dates: a unit's own, else the time of writing
    expected = [u.__class__(**{**_fields(u), "source_lang": "en" if u.source_lang == "en" else
                               "en-US", "target_lang": "zh-TW" if u.target_lang == "zh_TW"
                               else u.target_lang, "created": u.created or STAMP,
                               "changed": u.changed or STAMP}) for u in UNITS]
    assert [_fields(u, "origin") for u in back] == [_fields(u, "origin") for u in expected]


STAMP = "2017-05-23T07:29:00Z"


def _fields(unit: Unit, *drop: str) -> dict[str, object]:
    return {k: getattr(unit, k) for k in unit.__slots__ if k not in drop}  # type: ignore[attr-defined]


def test_header_carries_signature_and_languages(tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"
    write_tmx(UNITS[:1], path, source_lang="en_US")
    assert 'srclang="en"' in path.read_text(encoding="utf-8")  # the units' own code
    write_tmx([Unit("Back", "返回", source_lang="en-US")], path, source_lang="en")
    head = path.read_text(encoding="utf-8").split("<body>")[0]
    assert "<tu srclang" not in path.read_text(encoding="utf-8")
    for needle in ('creationtool="tm"', 'segtype="sentence"', 'datatype="plaintext"',
                   'srclang="en-US"', 'adminlang="en"', '<prop type="x-tm-signature">tm '):
        assert needle in head


def test_every_unit_has_dates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Units from PO or alignment had no creationdate/changedate (issue 12)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1495524540")
    path = tmp_path / "out.tmx"
    write_tmx(UNITS, path)
    text = path.read_text(encoding="utf-8")
    assert text.count("<tu ") == text.count('creationdate="') == text.count('changedate="')
    assert 'creationdate="20170523T072900Z" changedate="20170523T072900Z"' in text
    assert 'changedate="20170601T000000Z"' in text


def test_control_character_is_refused_and_nothing_written(tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(ValueError, match="U\\+0001"):
        write_tmx([UNITS[0], Unit("bad\x01", "坏")], path)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.tmx"]


def test_writer_accepts_a_generator(tmp_path: Path) -> None:
    path = tmp_path / "gen.tmx"
    count = write_tmx((Unit(f"s{i}", f"句{i}") for i in range(1000)), path)
    assert count == 1000 and sum(1 for _ in read_tmx(path)) == 1000


@pytest.mark.parametrize(("src", "tgt"), [("en-US", "en-GB"), ("en", "en"), ("zh-CN", "zh-TW")])
def test_a_pair_within_one_language_survives_a_tmx_round_trip(tmp_path: Path, src: str,
                                                              tgt: str) -> None:
    # An en-US -> en-GB unit (a PO with X-Source-Language: en_US, Language: en_GB) was
    # exported, then skipped on import ("1 <tu> without a source and a target <tuv>"):
    # a memory restored from its TMX backup had lost it.
    unit = Unit("Color", "Colour", source_lang=src, target_lang=tgt)
    path = tmp_path / "pair.tmx"
    write_tmx([unit, Unit("Other.", "其他。")], path)
    warnings: list[str] = []
    back = list(read_tmx(path, on_warning=warnings.append))
    assert [(u.source, u.target, u.source_lang, u.target_lang) for u in back] == [
        ("Color", "Colour", src, tgt), ("Other.", "其他。", "en", "zh-CN")]
    assert warnings == []


def test_a_tu_with_two_targets_of_one_language_is_reported(tmp_path: Path) -> None:
    # Both <tuv> were read and a memory kept the last: the first vanished without a word.
    text = tmx(tu("Other.", "其他。") +
               '<tu><tuv xml:lang="en"><seg>Same.</seg></tuv><tuv xml:lang="zh-CN"><seg>同一。'
               '</seg></tuv><tuv xml:lang="zh-CN"><seg>相同。</seg></tuv></tu>\n')
    warnings: list[str] = []
    units = read_text(tmp_path, text, on_warning=warnings.append)
    assert [u.target for u in units] == ["其他。", "同一。", "相同。"]
    (warning,) = warnings
    assert f":{units[1].origin.line}: 1 <tu> hold two <tuv> of one target language" in warning


def test_a_tu_with_two_targets_of_one_language_keeps_both_in_a_memory_and_says_so(
        tmp_path: Path) -> None:
    """The warning said a memory keeps "the last" of the two: a user told a translation is
    lost, while the memory keeps the second under the context 'translation 2'
    (further_translation_context).  What it says is what the import does."""
    from conftest import run_tm
    from tm import TranslationMemory

    path = tmp_path / "memoq.tmx"
    path.write_text(tmx('<tu><tuv xml:lang="en"><seg>Same.</seg></tuv><tuv xml:lang="zh-CN">'
                        '<seg>同一。</seg></tuv><tuv xml:lang="zh-CN"><seg>相同。</seg></tuv>'
                        '</tu>\n'), encoding="utf-8")
    db = tmp_path / "tm.db"
    result = run_tm("import", str(path), "--db", str(db))
    assert result.code == 0, result.err
    assert "the last" not in result.err and "keeps every one" in result.err
    with TranslationMemory.open(str(db)) as memory:
        kept = {(u.target, u.context) for u in memory.units()}
    assert kept == {("同一。", ""), ("相同。", "translation 2")}


def test_a_tu_whose_target_seg_is_empty_is_counted_as_skipped(tmp_path: Path) -> None:
    # Red-team pass 11 (R11-7): a Trados TMX with one <tu> lacking a target <tuv> and one
    # whose target <seg> is empty imported neither, but the warning said "1 <tu> ...".
    path = tmp_path / "m.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en-US" '
        'creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" '
        'datatype="plaintext"/><body>\n'
        '<tu><tuv xml:lang="en-US"><seg>Kept.</seg></tuv><tuv xml:lang="zh-CN"><seg>留。</seg>'
        '</tuv></tu>\n<tu><tuv xml:lang="en-US"><seg>No target.</seg></tuv></tu>\n'
        '<tu><tuv xml:lang="en-US"><seg>Empty target.</seg></tuv><tuv xml:lang="zh-CN"><seg>'
        '</seg></tuv></tu>\n</body></tmx>\n', encoding="utf-8")
    heard: list[str] = []
    units = [u.source for u in read_units(path, on_warning=heard.append)]
    assert units == ["Kept."]
    assert any(f"{path}: 2 <tu> without a source and a target" in h for h in heard), heard

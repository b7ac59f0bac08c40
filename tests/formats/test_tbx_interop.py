"""TBX other tools accept (issue 12): v3 valid against the core schema and TBX-Basic's
rules, v2 (``martif``) loaded by Translate Toolkit, and one XML policy (issue 13).

The bundled glossary and everything ``tm terms --export tbx`` writes is checked
against ../shared/standards/TBXcoreStructV03.rng (RELAX NG, with lxml) and the
TBX-Basic dialect rules (TBX-Basic_DCA.sch, as XPath 1.0 in tbx_basic_rules.py).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from tbx_basic_rules import violations
from translate.storage import tbx as tt_tbx

from conftest import examples
from tm import Glossary
from tm.errors import UsageError
from tm.formats.tbx import read_tbx, write_tbx
from tm.model import Term

ROOT = Path(__file__).resolve().parents[2]
STANDARDS = ROOT.parent / "shared" / "standards"
RNG = STANDARDS / "TBXcoreStructV03.rng"
GLOSSARY = ROOT / "locales" / "zh_CN" / "glossary.tbx"


@pytest.fixture(scope="module")
def core_schema() -> etree.RelaxNG:
    if not RNG.exists():
        pytest.skip(f"the TBX v3 core schema is not at {RNG} (../shared/standards)")
    return etree.RelaxNG(etree.parse(str(RNG)))


def assert_valid_tbx_basic(path: Path, schema: etree.RelaxNG) -> None:
    """*path* passes the TBX v3 core schema and every TBX-Basic dialect rule."""
    doc = etree.parse(str(path))
    assert schema.validate(doc), schema.error_log
    assert violations(doc) == []


# -- the dialect checker itself: it knows a valid file and catches each old defect --------

def test_dialect_rules_accept_the_dialects_own_valid_example() -> None:
    example = STANDARDS / "TBX-Basic_example_DCA_valid.tbx"
    if not example.exists():
        pytest.skip(f"{example} is missing (../shared/standards)")
    assert violations(etree.parse(str(example))) == []


OLD_STYLE = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
<text><body><conceptEntry id="3w-cafe">
<langSec xml:lang="en"><termSec><term>3W Cafe</term>
<termNote type="partOfSpeech">properNoun</termNote>
<termNote type="x-caseSensitive">yes</termNote></termSec></langSec>
<langSec xml:lang="zh-CN"><termSec><term>3W咖啡</term></termSec></langSec>
</conceptEntry></body></text></tbx>
"""


def test_dialect_rules_and_schema_catch_what_the_old_glossary_did(
        tmp_path: Path, core_schema: etree.RelaxNG) -> None:
    """The three defects issue 12 found in locales/zh_CN/glossary.tbx, each caught."""
    path = tmp_path / "old.tbx"
    path.write_text(OLD_STYLE, encoding="utf-8")
    doc = etree.parse(str(path))
    assert not core_schema.validate(doc)
    assert "Type ID doesn't allow value '3w-cafe'" in str(core_schema.error_log)
    found = violations(doc)
    assert len(found) == 2
    assert "termNote: permitted types" in found[0] and "x-caseSensitive" in found[0]
    assert "partOfSpeech may be" in found[1] and "properNoun" in found[1]


# -- what tm ships and writes ----------------------------------------------------------------

def test_bundled_glossary_is_valid_tbx_basic(core_schema: etree.RelaxNG) -> None:
    assert_valid_tbx_basic(GLOSSARY, core_schema)


def test_bundled_glossary_keeps_case_sensitivity_without_x_case_sensitive() -> None:
    """TBX-Basic has no case-sensitivity category: a term note carries it, read as the flag."""
    terms = {t.source: t for t in read_tbx(GLOSSARY)}
    assert terms["Made in China 2025"].case_sensitive
    assert terms["Premier"].case_sensitive
    assert not terms["Inno Way"].case_sensitive
    assert "case-sensitive" not in terms["Premier"].note


@pytest.mark.parametrize("version", ["tbx", "tbx2"])
def test_export_writes_what_glossary_reads_back(tm_cli, tmp_path: Path, version: str) -> None:
    out = tmp_path / "out.tbx"
    result = tm_cli("terms", "--glossary", str(GLOSSARY), "--export", version, "-o", str(out))
    assert result.code == 0, result.err
    assert (out.read_text(encoding="utf-8").splitlines()[1].startswith("<martif")
            == (version == "tbx2"))
    assert read_tbx(out) == read_tbx(GLOSSARY)


def test_export_tbx_is_valid_tbx_basic(tm_cli, tmp_path: Path,
                                       core_schema: etree.RelaxNG) -> None:
    data = ROOT / "tests" / "data" / "glossary"
    for source in (GLOSSARY, data / "basic.tbx", data / "terms.csv", data / "terms.po",
                   data / "v3-dct.tbx"):
        out = tmp_path / f"{source.stem}.tbx"
        result = tm_cli("terms", "--glossary", str(source), "--export", "tbx", "-o", str(out))
        assert result.code == 0, result.err
        assert_valid_tbx_basic(out, core_schema)


def test_export_to_stdout_and_usage_errors(tm_cli) -> None:
    result = tm_cli("terms", "--glossary", str(GLOSSARY), "--export", "tbx2")
    assert result.code == 0 and "<martif" in result.out
    for args, message in ((["x", "--export", "tbx"], "not both"), ([], "give the TEXT"),
                          (["x", "-o", "out.tbx"], "goes with --export")):
        result = tm_cli("terms", *args, "--glossary", str(GLOSSARY))
        assert result.code == 2 and message in result.err


# -- any term, any id: valid, or refused before anything is written (issue 13) --------------

XML_TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12)
ANY_TERM = st.builds(
    Term,
    source=XML_TEXT.filter(lambda s: " ".join(s.split()) == s),
    targets=st.lists(XML_TEXT.filter(lambda s: " ".join(s.split()) == s), min_size=1,
                     max_size=2, unique=True).map(tuple),
    pos=st.sampled_from(["", "noun", "properNoun", "verb", "Proper Noun", "phrase"]),
    case_sensitive=st.booleans(),
    note=st.text(max_size=10),
    id=st.text(max_size=8),
)


@settings(max_examples=examples(60), deadline=None)
@given(terms=st.lists(ANY_TERM, min_size=1, max_size=4), version=st.sampled_from([2, 3]))
def test_tbx_writer_never_writes_what_its_reader_refuses(
        tmp_path_factory: pytest.TempPathFactory, terms: list[Term], version: int) -> None:
    """Issue 13: TBX wrote a control character and its own reader then refused the file.

    Now every field goes through the one XML policy (tm/_shared/xml.py): what XML
    cannot hold is refused before anything is written; everything else is
    written as a file the reader reads and (v3) the schema and dialect accept.
    """
    folder = tmp_path_factory.mktemp("tbx")
    path = folder / "g.tbx"
    try:
        write_tbx(terms, path, version=version)
    except UsageError as err:
        assert "XML 1.0 cannot hold" in str(err)
        assert not list(folder.iterdir())  # nothing half-written
        return
    back = read_tbx(path)
    # Terms sharing an id and their renderings are one concept (write_tbx): they come back
    # together, where the first of them was.
    concepts: dict[object, list[Term]] = {}
    for n, term in enumerate(terms):
        concepts.setdefault((term.id, term.targets, term.forbidden, term.subject)
                            if term.id else n, []).append(term)
    grouped = [term for concept in concepts.values() for term in concept]
    assert [t.source for t in back] == [t.source for t in grouped]
    assert [t.case_sensitive for t in back] == [t.case_sensitive for t in grouped]
    if version == 3 and RNG.exists():
        doc = etree.parse(str(path))
        schema = etree.RelaxNG(etree.parse(str(RNG)))
        assert schema.validate(doc), schema.error_log
        assert violations(doc) == []


def test_control_character_in_a_note_is_refused_not_written(tmp_path: Path) -> None:
    glossary = Glossary.from_terms([Term("Inno Way", ("创业大街",), note="bell\x07")])
    for fmt in ("tbx", "tbx2"):
        with pytest.raises(UsageError, match="U\\+0007"):
            glossary.save(tmp_path / f"g-{fmt}.tbx", fmt)
    assert not list(tmp_path.iterdir())


# -- Translate Toolkit reads TBX v2 ----------------------------------------------------------

def _tt_terms(path: Path) -> list[tuple[str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        store = tt_tbx.tbxfile.parsefile(str(path))
    return [(unit.source, unit.target) for unit in store.units]


def test_translate_toolkit_reads_the_exported_tbx2(tm_cli, tmp_path: Path) -> None:
    out = tmp_path / "glossary.tbx"
    result = tm_cli("terms", "--glossary", str(GLOSSARY), "--export", "tbx2", "-o", str(out))
    assert result.code == 0, result.err
    pairs = _tt_terms(out)
    expected = read_tbx(GLOSSARY)
    concepts: dict[str, Term] = {}
    for term in expected:  # TT keeps one unit per concept, its first term
        concepts.setdefault(term.id, term)
    assert len(pairs) == len(concepts)
    by_source = dict(pairs)
    for term in concepts.values():
        assert by_source[term.source] == term.targets[0], term.source
    assert by_source["Inno Way"] == "创业大街"
    assert by_source["Made in China 2025"] == "中国制造2025"


def test_translate_toolkit_cannot_read_tbx_v3(tmp_path: Path) -> None:
    """Why tbx2 exists: TT 3.20 asserts the root is <martif> (issue 12)."""
    with pytest.raises(AssertionError):
        _tt_terms(GLOSSARY)


def test_glossary_reads_and_writes_tbx2_round_trip(tmp_path: Path) -> None:
    glossary = Glossary.load(GLOSSARY)
    glossary.save(tmp_path / "v2.tbx", "tbx2")
    again = Glossary.load(tmp_path / "v2.tbx")
    assert again.terms == glossary.terms
    with pytest.raises(UsageError, match="choose tbx, tbx2"):
        glossary.save(tmp_path / "x.csv", "csv")


@pytest.mark.parametrize("version", [3, 2])
def test_terms_sharing_an_id_but_not_their_renderings_keep_every_rendering_on_export(
        tmp_path: Path, core_schema: etree.RelaxNG, version: int) -> None:
    # A hand-made TBX with two concepts under one id (or terms built in Python with one id)
    # was written as one concept holding only the first term's renderings: 条款 was gone
    # from the exported glossary (and 'term' listed twice).
    terms = [Term("term", ("术语",), id="c1"),
             Term("term", ("条款",), forbidden=("条目",), id="c1"),
             Term("glossary", ("术语表",), id="c1"), Term("word list", ("术语表",), id="c1")]
    out = tmp_path / "out.tbx"
    write_tbx(terms, out, version=version)
    back = read_tbx(out)
    assert sorted((t.source, t.targets, t.forbidden) for t in back) == sorted(
        (t.source, t.targets, t.forbidden) for t in terms)
    # synonyms with the same renderings still make one concept
    assert len({t.id for t in back if t.targets == ("术语表",)}) == 1
    assert len({t.id for t in back}) == 3
    if version == 3:
        assert_valid_tbx_basic(out, core_schema)


def test_a_term_without_id_never_joins_a_concept_whose_id_was_made_up_for_it(
        tmp_path: Path) -> None:
    """write_tbx names an id-less term's concept c<place>; a term whose own id is that name
    and has the same renderings was merged into it, two concepts read back as one."""
    terms = [Term("robot", ("机器人",)), Term("droid", ("机器人",), id="c1")]
    path = tmp_path / "g.tbx"
    write_tbx(terms, path, version=3)
    back = read_tbx(path)
    assert [t.source for t in back] == ["robot", "droid"]
    assert len({t.id for t in back}) == 2


def test_a_definition_in_a_descripgrp_of_a_language_section_is_read(tmp_path: Path) -> None:
    # Red-team pass 11 (R11-12): the TBX-Basic example of the standard ("created via
    # MultiTerm Export") gives each language section a <descripGrp> holding the
    # definition and its <admin type="source">; the reader took only direct
    # <note>/<descrip> children of a section, so the definition was lost.
    path = tmp_path / "g.tbx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" '
        'xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>\n'
        '<conceptEntry id="c1"><note>Source: field guide</note>'
        '<langSec xml:lang="en"><descripGrp><descrip type="definition">A ship that carries '
        'containers.</descrip><admin type="source">Lloyd2020</admin></descripGrp>'
        '<transacGrp><transac type="transactionType">origination</transac>'
        '<date>2020-01-01</date></transacGrp>'
        '<termSec><term>container ship</term></termSec></langSec>'
        '<langSec xml:lang="zh-CN"><termSec><term>集装箱船</term></termSec></langSec>'
        '</conceptEntry>\n</body></text></tbx>\n', encoding="utf-8")
    [term] = read_tbx(path)
    assert (term.definition, term.note) == ("A ship that carries containers.",
                                            "Source: field guide")
    assert term.description == "A ship that carries containers.; Source: field guide"


# -- I-12: every TBX-Basic data category tm reads survives a round trip ----------------------

EXAMPLE = STANDARDS / "TBX-Basic_example_DCA_valid.tbx"


@pytest.mark.parametrize("version", [3, 2])
@pytest.mark.parametrize("pair", [("en", "es"), ("es", "en")])
def test_tbx_basic_data_categories_survive_a_round_trip(
        tmp_path: Path, core_schema: etree.RelaxNG, version: int, pair: tuple[str, str]) -> None:
    """The dialect's own example: administrativeStatus (preferred, admitted, superseded,
    deprecated), partOfSpeech and termType of source and target terms, subjectField and
    definition are read, written and read back unchanged; v3 stays valid TBX-Basic.

    Before, a target's status other than deprecated, every target's part of speech, every
    termType and the difference between a definition and a note were lost on export.
    """
    source, target = pair
    terms = read_tbx(EXAMPLE, source_lang=source, target_lang=target)
    forms = [form for term in terms for form in term.target_forms]
    assert {"preferred", "admitted", "superseded"} <= {t.status for t in terms} | {
        form.status for form in forms}
    assert {"fullForm", "shortForm", "variant"} <= {t.term_type for t in terms} | {
        form.term_type for form in forms}
    assert {"noun", "adjective"} <= {form.pos for form in forms}
    assert all(t.subject for t in terms) and sum(bool(t.definition) for t in terms) > 40
    out = tmp_path / "out.tbx"
    write_tbx(terms, out, source_lang=source, target_lang=target, version=version)
    assert read_tbx(out, source_lang=source, target_lang=target) == terms
    if version == 3:
        assert_valid_tbx_basic(out, core_schema)


STATUSES = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="c1"><descrip type="subjectField">Finance</descrip>
<descrip type="definition">Money a company raises by selling shares.</descrip>
<note>From the 2017 annual report.</note>
<langSet xml:lang="en">
<tig><term>equity financing</term><termNote type="partOfSpeech">noun</termNote>
<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
<termNote type="termType">fullForm</termNote></tig>
<tig><term>equity funding</term>
<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
<termNote type="termType">variant</termNote></tig></langSet>
<langSet xml:lang="zh-CN">
<tig><term>股票融资</term>
<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
<tig><term>股权融资</term><termNote type="partOfSpeech">noun</termNote>
<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
<tig><term>股本融资</term>
<termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
<tig><term>股份集资</term>
<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
<termNote type="termType">phrase</termNote></tig>
</langSet></termEntry></body></text></martif>
"""


def _term_notes(path: Path, term: str) -> dict[str, str]:
    doc = etree.parse(str(path))
    [group] = doc.xpath("//*[local-name()='term'][.=$t]/..", t=term)
    return {note.get("type"): note.text for note in group if etree.QName(note).localname
            == "termNote"}


@pytest.mark.parametrize("fmt", ["tbx", "tbx2"])
def test_each_rendering_keeps_its_status_part_of_speech_and_type_on_export(
        tmp_path: Path, core_schema: etree.RelaxNG, fmt: str) -> None:
    source = tmp_path / "finance.tbx"
    source.write_text(STATUSES, encoding="utf-8")
    glossary = Glossary.load(source)
    first, second = glossary.terms
    assert first.targets == ("股权融资", "股票融资") and first.forbidden == ("股本融资", "股份集资")
    assert (first.status, first.term_type, second.status, second.term_type) == (
        "preferred", "fullForm", "admitted", "variant")
    assert (first.subject, first.definition, first.note) == (
        "Finance", "Money a company raises by selling shares.", "From the 2017 annual report.")
    out = tmp_path / f"out-{fmt}.tbx"
    glossary.save(out, fmt)
    assert Glossary.load(out).terms == glossary.terms
    assert _term_notes(out, "股权融资") == {"partOfSpeech": "noun",
                                            "administrativeStatus": "preferredTerm-admn-sts"}
    assert _term_notes(out, "股票融资") == {"administrativeStatus": "admittedTerm-admn-sts"}
    assert _term_notes(out, "股本融资") == {"administrativeStatus": "supersededTerm-admn-sts"}
    assert _term_notes(out, "股份集资") == {"administrativeStatus": "deprecatedTerm-admn-sts",
                                            "termType": "phrase"}
    assert _term_notes(out, "equity funding") == {
        "administrativeStatus": "admittedTerm-admn-sts", "termType": "variant"}
    text = out.read_text(encoding="utf-8")
    # a note is a note and a definition a definition (a note was written as a definition)
    assert "<note>From the 2017 annual report.</note>" in text
    assert text.count('type="definition"') == 1
    if fmt == "tbx":
        assert_valid_tbx_basic(out, core_schema)


def test_a_term_built_in_python_writes_no_status_it_does_not_have(tmp_path: Path) -> None:
    """Defaults stay silent: approved targets carry no status, forbidden ones deprecated."""
    out = tmp_path / "g.tbx"
    write_tbx([Term("Inno Way", ("创业大街",), forbidden=("创新大街",), note="a street")], out)
    assert _term_notes(out, "创业大街") == {}
    assert _term_notes(out, "创新大街") == {"administrativeStatus": "deprecatedTerm-admn-sts"}
    assert 'type="definition"' not in out.read_text(encoding="utf-8")
    [back] = read_tbx(out)
    assert (back.note, back.definition, back.target_forms) == ("a street", "", ())


# -- OmegaT: its TBX reader (GlossaryReaderTBX, OmegaT 3.6) as it reads a file ---------------

def omegat_glossary_entries(path: Path, source: str, target: str) -> list[tuple[str, str, str]]:
    """(source term, target term, comment) as OmegaT 3.6's GlossaryReaderTBX makes them.

    Written after its bytecode (javap -c, OmegaT.jar 3.6.0): JAXB binds ``<martif>`` only;
    per ``termEntry`` the comment gathers the entry's, each ``langSet``'s and each
    ``tig``'s ``descrip`` (as ``type: text``) and ``note`` texts and each ``termNote``'s
    text, one per line; a ``langSet`` belongs to a side when its language code (the part
    before ``-``) equals the project's, ignoring case; every source term is paired with
    every target term.
    """
    root = etree.parse(str(path)).getroot()
    assert etree.QName(root).localname == "martif", "OmegaT's JAXB binding needs <martif>"
    entries = []
    for entry in root.iterfind("text/body/termEntry"):
        comment: list[str] = []

        def gather(elem: etree._Element, comment: list[str] = comment) -> None:
            for child in elem:
                name = etree.QName(child).localname
                if name == "descrip":
                    comment.append(f"{child.get('type')}: {child.text}")
                elif name in ("note", "termNote"):
                    comment.append(child.text or "")

        gather(entry)
        sides: dict[str, list[str]] = {"source": [], "target": []}
        for lang_set in entry.iterfind("langSet"):
            code = lang_set.get("{http://www.w3.org/XML/1998/namespace}lang").split("-")[0]
            gather(lang_set)
            side = ("source" if code.lower() == source.lower() else
                    "target" if code.lower() == target.lower() else None)
            for tig in lang_set.iterfind("tig"):
                if side:
                    sides[side].append(tig.findtext("term") or "")
                gather(tig)
        entries += [(s, t, "\n".join(comment)) for s in sides["source"] for t in sides["target"]]
    return entries


def test_omegat_reads_every_rendering_and_the_definition_from_tbx2(tm_cli, tmp_path: Path) -> None:
    source = tmp_path / "finance.tbx"
    source.write_text(STATUSES, encoding="utf-8")
    out = tmp_path / "omegat.tbx"
    result = tm_cli("export", "--glossary", str(source), "--format", "tbx2", "-o", str(out))
    assert result.code == 0, result.err
    entries = omegat_glossary_entries(out, "en", "zh")
    assert {(s, t) for s, t, _ in entries} == {
        (s, t) for s in ("equity financing", "equity funding")
        for t in ("股权融资", "股票融资", "股本融资", "股份集资")}
    comment = entries[0][2]
    # what OmegaT shows beside a term: the definition, the note, and which status is whose
    assert "definition: Money a company raises by selling shares." in comment
    assert "From the 2017 annual report." in comment
    assert "deprecatedTerm-admn-sts" in comment and "preferredTerm-admn-sts" in comment

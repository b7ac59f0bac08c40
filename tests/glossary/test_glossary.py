"""tm.Glossary: loading TBX/CSV/TSV/PO glossaries and finding terms in English and Chinese."""

from __future__ import annotations

import dataclasses
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from rows import every_row
from tm import Glossary, ParseError, Term, TermHit
from tm.formats.tbx import read_tbx, write_tbx

DATA = Path(__file__).parents[1] / "data" / "glossary"
ROOT = Path(__file__).resolve().parents[2]
ARTICLE_GLOSSARY = ROOT / "locales" / "zh_CN" / "glossary.tbx"

SAMPLE = Glossary.from_terms([
    Term("Zhongguancun Inno Way", ("中关村创业大街",), ("中关村创新大街",)),
    Term("Inno Way", ("创业大街", "中关村创业大街"), ("创新大街",)),
    Term("SMEs", ("中小企业",)),
    Term("small and medium enterprises", ("中小企业",)),
    Term("maker teams", ("创客团队",)),
    Term("intellectual property", ("知识产权",)),
    Term("high-end manufacturing", ("高端制造",)),
    Term("mass entrepreneurship and innovation", ("大众创业、万众创新", "双创")),
    Term("IT", ("信息技术",)),
    Term("Apple", ("苹果公司",), case_sensitive=True),
    Term("business", ("企业",)),
    Term("3W Cafe", ("3W咖啡",)),
    Term("Internet Plus", ("互联网+",)),
])


def found(text: str, lang: str = "en", glossary: Glossary = SAMPLE) -> list[tuple[str, str]]:
    """(matched text, term source) for each hit."""
    return [(h.text, h.term.source) for h in glossary.find(text, lang=lang)]


# (text, expected [(hit text, term source)])
ENGLISH_CASES = [
    ("He visited Inno Way.", [("Inno Way", "Inno Way")]),
    ("Inno Way's cafes", [("Inno Way's", "Inno Way")]),
    ("Inno Way’s cafes", [("Inno Way’s", "Inno Way")]),
    ("inno way", [("inno way", "Inno Way")]),
    ("INNO WAY", [("INNO WAY", "Inno Way")]),
    ("Zhongguancun Inno Way, or Inno Way", [("Zhongguancun Inno Way", "Zhongguancun Inno Way"),
                                            ("Inno Way", "Inno Way")]),
    ("Zhongguancun  Inno\nWay", [("Zhongguancun  Inno\nWay", "Zhongguancun Inno Way")]),
    ("“Inno Way”", [("Inno Way", "Inno Way")]),
    ("Innovation Way", []),
    ("Inno Ways", [("Inno Ways", "Inno Way")]),
    ("SMEs and an SME", [("SMEs", "SMEs"), ("SME", "SMEs")]),
    ("smes", []),
    ("SMEs' owners", [("SMEs'", "SMEs")]),
    ("small and medium enterprises (SMEs)", [("small and medium enterprises",
                                              "small and medium enterprises"), ("SMEs", "SMEs")]),
    ("a maker team", [("maker team", "maker teams")]),
    ("maker teams", [("maker teams", "maker teams")]),
    ("intellectual properties", [("intellectual properties", "intellectual property")]),
    ("high-end manufacturing", [("high-end manufacturing", "high-end manufacturing")]),
    ("high end manufacturing", [("high end manufacturing", "high-end manufacturing")]),
    ("Mass entrepreneurship and innovation drives", [
        ("Mass entrepreneurship and innovation", "mass entrepreneurship and innovation")]),
    ("IT services", [("IT", "IT")]),
    ("it is", []),
    ("Apple and an apple", [("Apple", "Apple")]),
    ("businesses", [("businesses", "business")]),
    ("businessman", []),
    ("3W Cafe opened", [("3W Cafe", "3W Cafe")]),
    ("Internet Plus strategy", [("Internet Plus", "Internet Plus")]),
    ("Internet Pluses", [("Internet Pluses", "Internet Plus")]),
    ("", []),
]


@every_row(("text", "expected"), ENGLISH_CASES, ids=[c[0] for c in ENGLISH_CASES])
def test_find_english(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# (text, expected [(hit text, status)])
CHINESE_CASES = [
    ("李总理考察中关村创业大街", [("中关村创业大街", "approved")]),
    ("考察创业大街", [("创业大街", "approved")]),
    ("考察创新大街", [("创新大街", "forbidden")]),
    ("中关村创新大街", [("中关村创新大街", "forbidden")]),
    ("中关村 创业大街", [("中关村 创业大街", "approved")]),
    ("３Ｗ咖啡", [("３Ｗ咖啡", "approved")]),
    ("3w咖啡", [("3w咖啡", "approved")]),
    ("互联网＋", [("互联网＋", "approved")]),
    ("推动大众创业、万众创新和双创", [("大众创业、万众创新", "approved"), ("双创", "approved")]),
    ("没有术语", []),
]


@every_row(("text", "expected"), CHINESE_CASES, ids=[c[0] for c in CHINESE_CASES])
def test_find_chinese(text: str, expected: list[tuple[str, str]]) -> None:
    hits = SAMPLE.find(text, lang="zh-CN")
    assert [(h.text, h.status) for h in hits] == expected
    for hit in hits:
        assert text[hit.start:hit.end] == hit.text


def test_chinese_hit_names_the_concept_and_form() -> None:
    [hit] = SAMPLE.find("考察创新大街", lang="zh")
    assert hit.term.source == "Inno Way" and hit.form == "创新大街"


def test_unknown_language_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="en->zh-CN"):
        SAMPLE.find("text", lang="fr")


def test_tbx_basic() -> None:
    g = Glossary.load(DATA / "basic.tbx")
    by_source = {t.source: t for t in g.terms}
    assert set(by_source) == {"Inno Way", "IT", "Apple"}  # the French-only entry is skipped
    inno = by_source["Inno Way"]
    assert inno.targets == ("创业大街", "中关村创业大街")
    assert inno.forbidden == ("创新大街",)
    assert inno.pos == "properNoun" and inno.id == "inno-way"
    assert "Startup street" in inno.definition
    assert by_source["IT"].forbidden == ("资讯科技",)
    assert by_source["Apple"].case_sensitive and "company" in by_source["Apple"].note


def test_article_glossary_is_valid_tbx_with_enough_concepts() -> None:
    g = Glossary.load(ARTICLE_GLOSSARY)
    concepts = {t.id for t in g.terms}
    assert len(concepts) >= 20
    assert all(t.targets for t in g.terms)
    inno = next(t for t in g.terms if t.source == "Inno Way")
    assert "创新大街" in inno.forbidden


def test_article_terms_have_their_renderings_in_the_chinese_article() -> None:
    """Every glossary term of the English article is rendered as approved in the Chinese one."""
    g = Glossary.load(ARTICLE_GLOSSARY)
    en = (ROOT / "locales" / "en" / "article.txt").read_text(encoding="utf-8")
    zh = (ROOT / "locales" / "zh_CN" / "article.txt").read_text(encoding="utf-8")
    hits = g.find(en)
    assert len({h.term.id for h in hits}) >= 20
    for hit in hits:
        assert any(t in zh for t in hit.term.targets), hit.text
    assert not [h for h in g.find(zh, lang="zh") if h.status == "forbidden"]


def test_csv_with_header_merges_rows() -> None:
    g = Glossary.load(DATA / "terms.csv")
    inno, made, angel = g.terms
    assert inno.source == "Inno Way"
    assert inno.targets == ("创业大街", "中关村创业大街") and inno.forbidden == ("创新大街",)
    assert inno.note == "Startup street"
    assert made.case_sensitive and made.note == "A strategy, not a year"
    assert angel.targets == ("天使投资",)


def test_tsv_without_header() -> None:
    g = Glossary.load(DATA / "noheader.tsv")
    assert [(t.source, t.targets, t.note) for t in g.terms] == [
        ("Inno Way", ("创业大街",), "street"), ("incubation", ("孵化",), ""),
        ("SMEs", ("中小企业",), "")]


def test_po_glossary() -> None:
    g = Glossary.load(DATA / "terms.po")
    assert [t.source for t in g.terms] == ["Inno Way", "incubation"]  # fuzzy, empty skipped
    inno, incubation = g.terms
    assert inno.targets == ("创业大街", "中关村创业大街") and inno.forbidden == ("创新大街",)
    assert inno.note == "The street in Zhongguancun."
    assert incubation.pos == "noun"


@every_row(("name", "line", "message"), [
    ("bomb.tbx", 3, "entity"),
    ("external.tbx", 3, "entity"),
    ("malformed.tbx", 5, "malformed XML"),
    ("empty-term.tbx", 7, "empty en <term>"),
    ("not-tbx.tbx", 1, "not a TBX file"),
    ("unbalanced.csv", 2, "malformed CSV"),
    ("missing-target.csv", 2, "has no target"),
    ("missing.tbx", 0, "no such file"),
    ("malformed.po", 4, "syntax error"),
])
def test_bad_glossaries_raise_parse_error_with_line(name: str, line: int, message: str) -> None:
    with pytest.raises(ParseError, match=message) as info:
        Glossary.load(DATA / name)
    assert info.value.line == line
    assert info.value.path.endswith(name)


def test_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "terms.docx"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(ParseError, match="unknown glossary format"):
        Glossary.load(path)


def test_from_terms_rejects_empty_target() -> None:
    with pytest.raises(ValueError, match="needs a source and a target"):
        Glossary.from_terms([("Inno Way", "")])


TERM = st.builds(
    Term,
    source=st.from_regex(r"[A-Za-z][A-Za-z0-9]{0,8}( [A-Za-z][a-z]{0,6}){0,2}", fullmatch=True),
    targets=st.lists(st.from_regex(r"[\u4e00-\u9fa5]{1,6}", fullmatch=True), min_size=1,
                     max_size=3, unique=True).map(tuple),
    forbidden=st.lists(st.from_regex(r"[\u4e00-\u9fa5]{2,6}", fullmatch=True), max_size=2,
                       unique=True).map(tuple),
    pos=st.sampled_from(["", "noun", "properNoun"]),
    case_sensitive=st.booleans(),
    note=st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20).map(
        lambda s: " ".join(s.split())),
    id=st.from_regex(r"c[0-9]{1,4}", fullmatch=True),
    subject=st.sampled_from(["", "Banking", "Law", "Information technology"]),
)


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(TERM, min_size=1, max_size=5, unique_by=lambda t: t.id))
def test_tbx_write_read_round_trip(tmp_path_factory: pytest.TempPathFactory,
                                   terms: list[Term]) -> None:
    path = tmp_path_factory.mktemp("tbx") / "g.tbx"
    write_tbx(terms, path)
    # TBX-Basic's partOfSpeech picklist has no properNoun: it is written as noun
    written = [dataclasses.replace(t, pos="noun" if t.pos == "properNoun" else t.pos)
               for t in terms]
    assert read_tbx(path) == written


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Inno Way", "Zhongguancun Inno Way", "SMEs", "maker teams",
                                 "the", "IT", "it", "businesses", ",", "“", "”", "Inno", "Way"]),
                max_size=12))
def test_hits_are_ordered_non_overlapping_and_exact(words: list[str]) -> None:
    text = " ".join(words)
    hits = SAMPLE.find(text)
    assert all(isinstance(h, TermHit) for h in hits)
    assert all(text[h.start:h.end] == h.text for h in hits)
    assert all(a.end <= b.start for a, b in itertools.pairwise(hits))


# --- the CLI ------------------------------------------------------------------

def test_cli_terms_text(tm_cli) -> None:
    result = tm_cli("terms", "Premier Li visited Zhongguancun Inno Way's cafes.",
                    "--glossary", str(ARTICLE_GLOSSARY))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split("\t")[:3] == ["0-10", "Premier Li", "李克强总理 / 李总理"]
    assert lines[1].startswith("19-42\tZhongguancun Inno Way's\t中关村创业大街")


def test_cli_terms_json_chinese(tm_cli) -> None:
    result = tm_cli("terms", "考察创新大街", "--lang", "zh", "--format", "json",
                    "--glossary", str(DATA / "terms.csv"))
    assert result.code == 0, result.err
    [hit] = json.loads(result.out)["results"]["terms"]
    assert hit["status"] == "forbidden" and hit["source"] == "Inno Way"
    assert (hit["start"], hit["end"], hit["text"]) == (2, 6, "创新大街")


def test_cli_terms_reads_stdin(tm_cli) -> None:
    result = tm_cli("terms", "-", "--glossary", str(DATA / "noheader.tsv"),
                    stdin="In-depth incubation for SMEs\n")
    assert result.code == 0
    assert [line.split("\t")[1] for line in result.out.splitlines()] == ["incubation", "SMEs"]


@pytest.mark.parametrize(("args", "message"), [
    (["x", "--glossary", str(DATA / "malformed.tbx")], "malformed.tbx:5: malformed XML"),
    (["x", "--glossary", str(DATA / "missing.csv")], "missing.csv: no such file"),
    (["x", "--glossary", str(DATA / "terms.csv"), "--lang", "fr"], "cannot find terms in 'fr'"),
])
def test_cli_terms_errors(tm_cli, tmp_path: Path, args: list[str], message: str) -> None:
    result = tm_cli("terms", *args, cwd=tmp_path)
    assert result.code == 2
    assert result.err.startswith("tm: error: ") and message in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_reverse_direction_chinese_source() -> None:
    """The same TBX read zh->en: Chinese source terms by substring, English targets by word."""
    g = Glossary.load(ARTICLE_GLOSSARY, source_lang="zh-CN", target_lang="en")
    [hit] = g.find("考察中关村创业大街", lang="zh")
    assert hit.status == "source" and "Zhongguancun Inno Way" in hit.term.targets
    assert [h.text for h in g.find("Zhongguancun Inno Way opened", lang="en")] == [
        "Zhongguancun Inno Way"]
    assert [h.text for h in g.find("the Zhongguancun Inno Wayside", lang="en")] == [
        "Zhongguancun"]  # whole words only: not "Inno Way" inside "Wayside"


def test_tbx_v3_dct_style() -> None:
    """TBX v3 in DCT style puts data categories in namespaced elements."""
    [term] = Glossary.load(DATA / "v3-dct.tbx").terms
    assert (term.source, term.targets) == ("Legend Star", ("联想之星",))
    assert term.forbidden == ("传奇之星",)
    assert term.pos == "properNoun" and term.definition == "Incubator of Legend Holdings."


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(TERM, min_size=1, max_size=8))
def test_every_term_is_found_in_its_own_text(terms: list[Term]) -> None:
    """A term's source, and each of its target forms, is found as one whole-text hit."""
    g = Glossary.from_terms(terms)
    for term in terms:
        assert [(h.start, h.end) for h in g.find(term.source)][:1] == [(0, len(term.source))]
        for form in term.targets + term.forbidden:
            text = f"。{form}！"
            hits = g.find(text, lang="zh")
            assert any(h.start <= 1 and h.end >= 1 + len(form) for h in hits), (form, hits)
            assert all(text[h.start:h.end] == h.text for h in hits)


def test_tsv_keeps_quotes_inside_cells() -> None:
    g = Glossary.load(DATA / "quotes.tsv")
    assert [(t.source, t.targets, t.note) for t in g.terms] == [
        ("Internet Plus", ("互联网+",), "strategy"),
        ('the "power of coffee"', ("“咖啡的力量”",), "slogan")]


def test_cli_terms_uses_the_configured_glossary(tm_cli, tmp_path: Path) -> None:
    (tmp_path / "tm.toml").write_text(
        f'[check]\nglossary = "{(DATA / "noheader.tsv").as_posix()}"\n', encoding="utf-8")
    result = tm_cli("terms", "incubation of SMEs", cwd=tmp_path)
    assert result.code == 0, result.err
    assert [line.split("\t")[1] for line in result.out.splitlines()] == ["incubation", "SMEs"]
    (tmp_path / "tm.toml").write_text("[check]\n", encoding="utf-8")
    result = tm_cli("terms", "x", cwd=tmp_path)
    assert result.code == 2 and "no glossary: pass --glossary FILE" in result.err

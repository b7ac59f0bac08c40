"""A termbase with two concepts for one English word (issue 10; red-team pass 5): a rendering of
either concept renders the word.  The term finder reports one concept per occurrence, so before
this the second concept was never consulted and its rendering was reported as term-missing."""

from __future__ import annotations

from pathlib import Path

from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, Term, Unit, check

PAYMENT = Term("premium", ("保费",), forbidden=("保金",), subject="Insurance", id="premium-1")
PLAN = Term("Premium", ("高级版",), subject="Music app", id="premium-2")
GLOSSARY = Glossary.from_terms([PAYMENT, PLAN])


@every_row(("en", "zh"), [
    ("The premium is due on the first of the month.", "保费应于每月一日缴纳。"),
    ("Premium members can download songs.", "高级版会员可以下载歌曲。"),
    ("Your premium has been renewed.", "您的高级版已续订。"),
])
def test_a_rendering_of_either_concept_renders_the_word(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == []


def test_a_target_with_neither_names_both_concepts() -> None:
    findings = check([Unit("The premium rose by 5%.", "费用上涨了5%。")], glossary=GLOSSARY)
    (missing,) = [f for f in findings if f.check == "term-missing"]
    assert "保费" in missing.message and "高级版" in missing.message


def test_a_forbidden_variant_is_still_reported() -> None:
    assert term_checks_found("The premium is due.", "保金已到期。", GLOSSARY) == ["term-forbidden"]


def test_homonyms_are_found_across_case_and_spacing_only() -> None:
    spaced = Term("annual  Premium", ("年度高级版",), id="x")
    other = Term("premiums", ("保费",), id="y")
    glossary = Glossary.from_terms([PAYMENT, PLAN, spaced, other])
    assert glossary.homonyms(PLAN) == (PLAN, PAYMENT)
    assert glossary.homonyms(PAYMENT) == (PAYMENT, PLAN)
    assert glossary.homonyms(other) == (other,)
    assert glossary.homonyms(spaced) == (spaced,)


def test_a_tbx_that_repeats_a_concept_id_keeps_both_senses(tmp_path: Path) -> None:
    tbx = tmp_path / "merged.tbx"
    entry = """<conceptEntry id="c1">
      <langSec xml:lang="en"><termSec><term>term</term></termSec></langSec>
      <langSec xml:lang="zh-CN"><termSec><term>{zh}</term></termSec></langSec>
    </conceptEntry>"""
    tbx.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>merged</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>{entry.format(zh="术语")}{entry.format(zh="条款")}</body></text>
</tbx>""", encoding="utf-8")
    glossary = Glossary.load(tbx)
    assert term_checks_found("Read each term of the contract.", "请阅读合同的每一项条款。",
                             glossary) == []
    assert term_checks_found("A term of art.", "一个专门术语。", glossary) == []

"""tm.check: each check's case table (what it reports and what it must leave alone)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tm
from rows import every_row
from tm import Term, Unit, check
from tm.glossary import Glossary

GLOSSARY = Glossary.from_terms([
    Term("Inno Way", ("创业大街", "中关村创业大街"), forbidden=("创新大街",)),
    Term("Made in China 2025", ("中国制造2025",)),
    Term("angel investment", ("天使投资",)),
    Term("small and medium-sized enterprises", ("中小企业",)),
    Term("3W Cafe", ("3W咖啡",)),
    Term("base station", ("基站",)),
])


def ids(source: str, target: str, *, select: str | None = None, glossary: bool = False,
        fuzzy: bool = False, **style: str) -> list[str]:
    """The check ids reported for one unit."""
    unit = Unit(source, target, fuzzy=fuzzy)
    config = tm.CheckConfig(style=style) if style else None
    found = check([unit], GLOSSARY if glossary else None,
                  select=None if select is None else [select], config=config)
    return [f.check for f in found]


NUMBERS_CLEAN = [
    ("In 2016, 53.96 billion yuan ($7.83 billion) was raised.",
     "2016年，共融资539.6亿元（约合78.3亿美元）。"),
    ("79,000 patents were granted.", "共授权专利7.9万件。"),
    ("Exports rose 72.5 percent.", "出口增长72.5%。"),
    ("He visited on May 7, 2015.", "他于2015年5月7日到访。"),
    ("It trained over 600 CEOs in seven years.", "七年来培训了600多名首席执行官。"),
    ("It manages two funds.", "它管理着两支基金。"),
    ("The line is 31 miles long.", "这条线路全长50公里。"),
    ("The park covers 20 hectares.", "园区占地300亩。"),
    ("Nearly 40 percent of firms were new.", "近四成企业为新设企业。"),
    ("It has grown since the 1990s.", "20世纪90年代以来，它一直在增长。"),
    ("The 13th Five-Year Plan (2016-2020) is key.", "“十三五”规划（2016—2020年）至关重要。"),
    ("One in five startups fails.", "五分之一的初创企业倒闭。"),
    ("The event drew twice as many visitors.", "活动吸引的观众是原来的两倍。"),
    ("This is one of the largest parks.", "这是最大的园区之一。"),
    ("For the first time, sales fell.", "销量首次下降。"),
    ("Page %1$d of %2$d", "第%1$d页，共%2$d页"),
    ("In 2016 and again in 2016, growth was strong.", "2016年增长强劲。"),
]
NUMBERS_WRONG = [
    ("In 2016, 53.96 billion yuan was raised.", "2016年，共融资539.6万元。"),
    ("79,000 patents were granted.", "共授权专利79万件。"),
    ("Exports rose 72.5 percent.", "出口增长7.25%。"),
    ("He visited on May 7, 2015.", "他于2015年5月17日到访。"),
    ("It trained CEOs in seven years.", "八年来培训了首席执行官。"),
    ("It has branches in 10 cities.", "它在各城市都有分店。"),
    ("Sales rose.", "销量增长了3%。"),
]


@every_row(("source", "target"), NUMBERS_CLEAN)
def test_numbers_accepts_conversions(source: str, target: str) -> None:
    assert ids(source, target, select="numbers") == []


@every_row(("source", "target"), NUMBERS_WRONG)
def test_numbers_reports_mismatches(source: str, target: str) -> None:
    assert ids(source, target, select="numbers") == ["numbers"]


def test_numbers_inside_a_glossary_term_count_once() -> None:
    source = "Made in China 2025 was announced in 2015."
    assert ids(source, "“中国制造2025”于2015年公布。", select="numbers", glossary=True) == []
    assert ids(source, "“中国制造2025”于2016年公布。", select="numbers",
               glossary=True) == ["numbers"]


def test_numbers_search_each_terms_renderings_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The target is searched for a term's renderings once per term, not once more for spans."""
    import tm.checks.numbers as numbers_check

    calls: list[tuple[str, ...]] = []
    real = numbers_check.target_spans

    def counted(target: str, renderings: tuple[str, ...],
                folded: tuple[str, Sequence[int]] | None = None) -> list[tuple[int, int]]:
        calls.append(renderings)
        return real(target, renderings, folded)

    monkeypatch.setattr(numbers_check, "target_spans", counted)
    source = "Made in China 2025 was announced in 2015."
    assert ids(source, "“中国制造2025”于2016年公布。", select="numbers",
               glossary=True) == ["numbers"]
    assert calls == [("中国制造2025", "Made in China 2025")]


TERMS = [
    # (source, target, expected ids)
    ("Premier Li visited Inno Way.", "李克强总理考察了创业大街。", []),
    ("Inno Way's cafes are busy.", "创业大街的咖啡馆生意兴隆。", []),
    ("Zhongguancun Inno Way is in Beijing.", "中关村创业大街位于北京。", []),
    ("It invests in SMEs and small and medium-sized enterprises.", "它投资中小企业。", []),
    ("3W Cafe opened.", "3W 咖啡开业了。", []),
    ("Premier Li visited Inno Way.", "李克强总理考察了创新大街。", ["term-forbidden"]),
    ("Premier Li visited Inno Way.", "李克强总理考察了Inno Way。", ["latin-leftover"]),
    ("Angel investment is growing.", "早期投资正在增长。", ["term-missing"]),
    ("Angel investment is growing.", "Angel investment is growing.", ["untranslated"]),
    # regression: Latin glued to a code (5G) in Chinese text is still a leftover
    ("5G base stations will double.", "5Gbase stations数量将翻番。", ["latin-leftover"]),
    ("5G base stations will double.", "5G基站数量将翻番。", []),
]


@every_row(("source", "target", "expected"), TERMS)
def test_glossary_checks(source: str, target: str, expected: list[str]) -> None:
    assert ids(source, target, glossary=True) == expected


def test_glossary_checks_stay_silent_without_a_glossary() -> None:
    assert ids("Premier Li visited Inno Way.", "李克强总理考察了创新大街。") == []


FORMAT = [
    # (select, source, target, reported?)
    ("untranslated", "Read more", "", True),
    ("untranslated", "Read more", "Read more", True),
    ("untranslated", "GDP", "GDP", False),
    ("untranslated", "2017", "2017", False),
    ("fuzzy", "Hello.", "你好。", False),
    ("punctuation", "Sales rose.", "销量增长了。", False),
    ("punctuation", "Sales rose.", "销量增长了", True),
    ("punctuation", "Sales rose.", "销量增长了.", True),
    ("punctuation", "Did sales rise?", "销量增长了吗？", False),
    ("punctuation", "Did sales rise?", "销量增长了吗。", True),
    ("punctuation", '"It works," he said.', "他说：“这行得通。”", False),
    ("punctuation", "Loading...", "加载中……", False),
    ("punctuation", "Manufacturing strides forward", "制造业大步向前", False),
    ("punctuation", "As Premier Li said:", "正如李克强总理所说。", False),
    ("punctuation", "The firm, founded in 2008,", "该公司成立于2008年；", False),
    ("punctuation", "The firm, founded in 2008,", "该公司成立于2008年？", True),
    ("punctuation", "Manufacturing strides forward", "制造业大步向前。", True),
    ("halfwidth-punctuation", "In 2016, 79,000 were granted.", "2016年，共授权7.9万件。", False),
    ("halfwidth-punctuation", "In 2016, sales rose.", "2016年,销量增长。", True),
    ("halfwidth-punctuation", "SMEs (small firms) grew.", "中小企业(小型企业)有所增长。", True),
    ("halfwidth-punctuation", "At 7:30 it opened.", "它于7:30开门。", False),
    ("brackets", 'He said "yes".', "他说“是”。", False),
    ("brackets", 'He said "yes".', "他说“是。", True),
    ("brackets", "A report, Innovation in China, came out.", "报告《中国创新》发布。", False),
    ("brackets", "A report, Innovation in China, came out.", "报告《中国创新发布。", True),
    ("brackets", "Sales (in yuan) rose.", "销售额（以元计）增长。", False),
    ("brackets", "Sales (in yuan) rose.", "销售额（以元计增长。", True),
    ("brackets", '"We will win.', "“我们会赢的。", False),  # quote spans sentences
    ("brackets", "China’s growth", "中国的增长", False),
    ("placeholders", "%d new comments", "%d条新评论", False),
    ("placeholders", "%d new comments", "%s条新评论", True),
    ("placeholders", "Share on %(site)s", "分享到%(site)s", False),
    ("placeholders", "Share on %(site)s", "分享到", True),
    ("placeholders", "{count} saved", "已保存{count}", False),
    ("placeholders", "{count} saved", "已保存{n}", True),
    ("placeholders", "Up 72.5% on the year", "同比增长72.5%", False),
    ("placeholders", "50% discount", "五折优惠", False),
    ("whitespace", "Read more ", "阅读全文 ", False),
    ("whitespace", "Read more ", "阅读全文", True),
    ("whitespace", "Read more", " 阅读全文", True),
]


@every_row(("select", "source", "target", "reported"), FORMAT)
def test_unit_checks(select: str, source: str, target: str, reported: bool) -> None:
    assert ids(source, target, select=select) == ([select] if reported else [])


def test_fuzzy_is_reported() -> None:
    assert ids("Hello.", "你好。", select="fuzzy", fuzzy=True) == ["fuzzy"]


STYLE = [
    ("han-latin-spacing", {"han-latin-spacing": "always"}, "在 Inno Way 创业", False),
    ("han-latin-spacing", {"han-latin-spacing": "always"}, "在Inno Way创业", True),
    ("han-latin-spacing", {"han-latin-spacing": "never"}, "2015年在Inno Way创业", False),
    ("han-latin-spacing", {"han-latin-spacing": "never"}, "2015 年在 Inno Way 创业", True),
    ("fullwidth-alnum", {}, "２０１５年", True),
    ("fullwidth-alnum", {}, "2015年", False),
    ("ellipsis-dash", {}, "他说……然后走了——没有回头。", False),
    ("ellipsis-dash", {}, "他说...然后走了。", True),
    ("ellipsis-dash", {}, "他说…然后走了。", True),
    ("ellipsis-dash", {}, "“力量” - 媒体称赞。", True),
    ("ellipsis-dash", {}, "他走了—没有回头。", True),
    ("ellipsis-dash", {}, "COVID-19疫情", False),
]


@every_row(("select", "style", "target", "reported"), STYLE)
def test_style_checks(select: str, style: dict[str, str], target: str, reported: bool) -> None:
    assert ids("x", target, select=select, **style) == ([select] if reported else [])


def test_style_checks_are_off_by_default() -> None:
    assert ids("In 2015.", "在２０１５年...", select=None) == ["punctuation"]


def _catalog(pairs: list[tuple[str, str]]) -> list[Unit]:
    return [Unit(s, t, origin=f"a.po:{i * 4 + 1}") for i, (s, t) in enumerate(pairs)]


def test_segment_inconsistent_reports_the_odd_translation() -> None:
    units = _catalog([("Sales rose.", "销量增长。"), ("Sales rose.", "销量增长。"),
                      ("Sales  rose.", "销量上升。"), ("Prices fell.", "价格下降。")])
    found = check(units, select=["segment-inconsistent"])
    assert [(str(f.unit.origin), f.check) for f in found] == [("a.po:9", "segment-inconsistent")]
    assert "a.po:1" in found[0].message


def test_reverse_inconsistent_is_a_warning() -> None:
    units = _catalog([("Sales rose.", "销量增长。"), ("Sales fell.", "销量增长。"),
                      ("sales rose", "销量增长。")])
    found = check(units, select=["reverse-inconsistent"])
    assert [(str(f.unit.origin), f.severity) for f in found] == [("a.po:5", "warning")]


INNO = [
    ("Inno Way is a street in Beijing.", "创业大街是北京的一条街道。"),
    ("Premier Li visited Inno Way in 2015.", "2015年，李克强总理考察了创业大街。"),
    ("Startups on Inno Way raised funds.", "创业大街上的初创企业获得了融资。"),
    ("Inno Way hosts 40 incubators.", "创业大街上有40家孵化器。"),
    ("Many young people come to Inno Way.", "许多年轻人来到创业大街。"),
    ("Inno Way used to be a book market.", "创新街过去是一个图书市场。"),
    ("Innovation drives growth.", "创新驱动增长。"),
    ("Innovation matters in China.", "创新在中国很重要。"),
]


def test_term_inconsistent_without_a_glossary() -> None:
    found = check(_catalog(INNO), select=["term-inconsistent"])
    assert [f.unit.source for f in found] == ["Inno Way used to be a book market."]
    (start, end), = found[0].spans
    assert found[0].unit.target[start:end] == "创新街"
    assert "创业大街" in found[0].message


def test_term_inconsistent_ignores_paraphrases() -> None:
    pairs = [*INNO[:5], ("Inno Way used to be a book market.", "这条街过去是一个图书市场。")]
    assert check(_catalog(pairs), select=["term-inconsistent"]) == []


CONTEXT = [
    # The same name with different context characters around it is not a variant.
    ("Sihon king of the Amorites came out.", "亚摩利王西宏出来了。"),
    ("Sihon king of the Amorites refused.", "亚摩利王西宏不肯。"),
    ("Sihon king of the Amorites fought.", "亚摩利王西宏争战。"),
    ("Sihon king of the Amorites fell.", "亚摩利王西宏倒下了。"),
    ("They gave the land of Sihon to them.", "他们将西宏的地给了他们。"),
    # People and adjective forms follow their noun.
    ("Chinese firms grew.", "中国企业增长了。"),
    ("Chinese firms hired.", "中国企业招聘了。"),
    ("Chinese firms invested.", "中国企业投资了。"),
    ("Chinese people travel.", "中国人出行。"),
    # Capitalized prose is not a name.
    ("Verily I say unto you, come.", "我实在告诉你们，来吧。"),
    ("Verily I say unto you, go.", "我实在告诉你们，去吧。"),
    ("Verily I say unto thee, stay.", "我实在告诉你，留下吧。"),
    ("They said verily it was so.", "他们说确实如此。"),
]


def test_term_inconsistent_leaves_context_alone() -> None:
    assert check(_catalog(CONTEXT), select=["term-inconsistent"]) == []


def test_term_inconsistent_leaves_glossary_terms_to_term_missing() -> None:
    found = check(_catalog(INNO), GLOSSARY, select=["terms"])
    assert [(f.check, f.unit.target) for f in found] == \
        [("term-missing", "创新街过去是一个图书市场。")]


SILENCED = [
    Unit("It has 10 cities.", "它有11座城市。", note="tm-ignore: numbers"),
    Unit("It has 10 cities.", "它有11座城市", note="translator says: fine\ntm-ignore"),
    Unit("It has 10 cities.", "它有11座城市", note="tm-ignore: numbers, punctuation"),
]


@every_row("unit", SILENCED)
def test_translator_note_silences(unit: Unit) -> None:
    assert check([unit]) == []


def test_selection_by_group_and_ignore() -> None:
    unit = Unit("Sales rose 5 percent.", "销量增长了6%")
    assert {f.check for f in check([unit])} == {"numbers", "punctuation"}
    assert [f.check for f in check([unit], select=["format"])] == ["punctuation"]
    assert [f.check for f in check([unit], ignore=["numbers"])] == ["punctuation"]


def test_unknown_ids_are_a_value_error_listing_valid_ids() -> None:
    with pytest.raises(ValueError, match=r"unknown check id 'nums'.*numbers"):
        check([], select=["nums"])


def test_severity_override_from_config() -> None:
    config = tm.CheckConfig(severity={"fuzzy": "error"})
    (finding,) = check([Unit("Hi.", "你好。", fuzzy=True)], config=config)
    assert finding.severity == "error"


def test_every_check_has_id_severity_and_description() -> None:
    infos = tm.list_checks()
    assert len({c.id for c in infos}) == len(infos) >= 17
    for info in infos:
        assert info.severity in ("error", "warning") and info.description


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=30), st.text(max_size=30)), max_size=8))
def test_any_input_gives_findings_with_valid_spans(pairs: list[tuple[str, str]]) -> None:
    units = [Unit(s, t) for s, t in pairs]
    for finding in check(units, GLOSSARY, select=["all"]):
        assert finding.unit in units
        for start, end in finding.spans:
            assert 0 <= start <= end <= len(finding.unit.target)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=5), st.randoms())
def test_the_same_numbers_in_any_order_are_consistent(values: list[int], rnd) -> None:
    source = "The figures were " + ", ".join(f"{v:,}" for v in values) + "."
    shuffled = values[:]
    rnd.shuffle(shuffled)
    target = "数据分别为" + "、".join(str(v) for v in shuffled) + "。"
    assert check([Unit(source, target)], select=["numbers"]) == []
    changed = f"数据分别为{values[0] + 1}。"
    assert [f.check for f in check([Unit(source, changed)], select=["numbers"])] == ["numbers"]

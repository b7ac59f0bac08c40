"""Golden case tables for tm.segment (English and Chinese news text), the article, layout rules."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import tm
from rows import every_row
from tm.segmentation import CHROME, guess_lang, rules_signature

ROOT = Path(__file__).resolve().parents[2]

EN_CASES = [
    # id, text, expected sentences
    ("plain", "The plant opened in May. It employs 300 people.",
     ["The plant opened in May.", "It employs 300 people."]),
    ("question-exclamation", "Is it real? Yes! It is.", ["Is it real?", "Yes!", "It is."]),
    ("us-mid-sentence", "U.S. officials met Chinese leaders on Monday.",
     ["U.S. officials met Chinese leaders on Monday."]),
    ("us-before-noun", "He praised the U.S. Congress for its support.",
     ["He praised the U.S. Congress for its support."]),
    ("us-at-end", "The company plans to list in the U.S. He declined to say when.",
     ["The company plans to list in the U.S.", "He declined to say when."]),
    ("uk-at-end", "Exports rose to the U.K. The rise was small.",
     ["Exports rose to the U.K.", "The rise was small."]),
    ("titles", "Mr. Li and Dr. Wang met Prof. Zhang at St. Mary's Hospital.",
     ["Mr. Li and Dr. Wang met Prof. Zhang at St. Mary's Hospital."]),
    ("mrs-ms", "Mrs. Chen told Ms. Liu the news. Both smiled.",
     ["Mrs. Chen told Ms. Liu the news.", "Both smiled."]),
    ("no-number", "The firm ranked No. 1 in sales. It was No. 3 last year.",
     ["The firm ranked No. 1 in sales.", "It was No. 3 last year."]),
    ("month-abbrev", "The deal was signed on Jan. 5, 2017 in Beijing. Talks began in Oct. 2016.",
     ["The deal was signed on Jan. 5, 2017 in Beijing.", "Talks began in Oct. 2016."]),
    ("corp-mid", "Apple Inc. and Huawei Technologies Co. signed the deal.",
     ["Apple Inc. and Huawei Technologies Co. signed the deal."]),
    ("corp-end", "The shares were sold to Lenovo Group Ltd. The price was not disclosed.",
     ["The shares were sold to Lenovo Group Ltd.", "The price was not disclosed."]),
    ("inc-end", "He founded Acme Inc. It now has 20 staff.",
     ["He founded Acme Inc.", "It now has 20 staff."]),
    ("corp-end-company", "It bought a stake in Sina Corp. The deal closed on Friday.",
     ["It bought a stake in Sina Corp.", "The deal closed on Friday."]),
    ("eg-ie", "Some sectors, e.g. robotics, grew fast, i.e. above 10 percent.",
     ["Some sectors, e.g. robotics, grew fast, i.e. above 10 percent."]),
    ("etc-mid", "Coffee, tea, etc. were served.", ["Coffee, tea, etc. were served."]),
    ("etc-end", "They sell coffee, tea, etc. The shop opens at 8.",
     ["They sell coffee, tea, etc.", "The shop opens at 8."]),
    ("am-pm", "The meeting began at 9 a.m. and ended at 5 p.m. on Friday.",
     ["The meeting began at 9 a.m. and ended at 5 p.m. on Friday."]),
    ("pm-at-end", "The train left at 6 p.m. It arrived at midnight.",
     ["The train left at 6 p.m.", "It arrived at midnight."]),
    ("time-colon", "Updated at 7:29 AM. The page was revised.",
     ["Updated at 7:29 AM.", "The page was revised."]),
    ("decimals-currency",
     "Revenue was $7.83 billion, up 3.5 percent. Profit was 53.96 billion yuan.",
     ["Revenue was $7.83 billion, up 3.5 percent.", "Profit was 53.96 billion yuan."]),
    ("sentence-starts-with-number", "It grew in 2016. 92.3 percent of the output was sold.",
     ["It grew in 2016.", "92.3 percent of the output was sold."]),
    ("initials", "The book by J. K. Rowling sold well. It was her first.",
     ["The book by J. K. Rowling sold well.", "It was her first."]),
    ("unit-after-number", "It aims to limit warming to 1.5 C. China ratified it.",
     ["It aims to limit warming to 1.5 C.", "China ratified it."]),
    ("middle-initial", "George W. Bush visited Beijing in 2008.",
     ["George W. Bush visited Beijing in 2008."]),
    ("closing-quote", "He said, “We will win.” The crowd cheered.",
     ["He said, “We will win.”", "The crowd cheered."]),
    ("nested-quote", "Li said, “It will trigger a ‘new revolution’.” Others agreed.",
     ["Li said, “It will trigger a ‘new revolution’.”", "Others agreed."]),
    ("quote-then-lowercase", "“We will win,” he said. “It is certain.”",
     ["“We will win,” he said.", "“It is certain.”"]),
    ("question-in-quote-lowercase", "“Why now?” she asked.", ["“Why now?” she asked."]),
    ("sentence-in-parens", "Sales rose. (The figures were revised later.) Costs fell.",
     ["Sales rose.", "(The figures were revised later.)", "Costs fell."]),
    ("parens-mid-sentence", "Small firms (SMEs) got help (see p. 5) last year.",
     ["Small firms (SMEs) got help (see p. 5) last year."]),
    ("url", "See http://www.gov.cn/english/news.html for details. It is updated daily.",
     ["See http://www.gov.cn/english/news.html for details.", "It is updated daily."]),
    ("url-at-end", "Read it at www.chinadaily.com.cn. It is free.",
     ["Read it at www.chinadaily.com.cn.", "It is free."]),
    ("email", "Write to press@example.com. Replies take a day.",
     ["Write to press@example.com.", "Replies take a day."]),
    ("ellipsis-end", "He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
    ("ellipsis-mid", "He paused … and spoke again.", ["He paused … and spoke again."]),
    ("list-numbered", "1. Cut taxes. 2. Cut red tape.", ["1. Cut taxes.", "2. Cut red tape."]),
    ("exclamation-name", "She works at Yahoo! in Beijing.", ["She works at Yahoo! in Beijing."]),
    ("tell-me", "Tell me. I listen.", ["Tell me.", "I listen."]),
    ("abbrev-dept", "The Dept. of Commerce issued a rule. It takes effect soon.",
     ["The Dept. of Commerce issued a rule.", "It takes effect soon."]),
    ("gen-sen", "Gen. Smith and Sen. Brown spoke. Rep. Jones did not.",
     ["Gen. Smith and Sen. Brown spoke.", "Rep. Jones did not."]),
    ("vs", "It was China vs. Brazil in the final.", ["It was China vs. Brazil in the final."]),
    ("dash-after", "It rose 5 percent. — The data were final.",
     ["It rose 5 percent.", "— The data were final."]),
]

ZH_CASES = [
    ("plain", "我们走吧。他说。", ["我们走吧。", "他说。"]),
    ("marks", "真的吗？太好了！走吧。", ["真的吗？", "太好了！", "走吧。"]),
    ("closing-quote", "他说：“好。”然后走了。", ["他说：“好。”", "然后走了。"]),
    ("closing-quote-end", "李克强说：“中国制造赢得了优势。”", ["李克强说：“中国制造赢得了优势。”"]),
    ("corner-brackets", "她說：「我明白了。」然後離開。", ["她說：「我明白了。」", "然後離開。"]),
    ("double-corner", "他写道：『完了！』大家都笑了。", ["他写道：『完了！』", "大家都笑了。"]),
    ("closing-paren", "会议结束了（详见附件。）我们回家。",
     ["会议结束了（详见附件。）", "我们回家。"]),
    ("book-title", "我们明天一起去看《摔跤吧！爸爸》好吗？好！",
     ["我们明天一起去看《摔跤吧！爸爸》好吗？", "好！"]),
    ("book-title-question", "他读了《你在哪里？》这本书。", ["他读了《你在哪里？》这本书。"]),
    ("decimals", "数据显示，平均每天孵化1.7个项目，其中1.3个与制造业相关。2016年融资539.6亿元。",
     ["数据显示，平均每天孵化1.7个项目，其中1.3个与制造业相关。", "2016年融资539.6亿元。"]),
    ("percent", "其中，72.5%的资金投向了制造业。", ["其中，72.5%的资金投向了制造业。"]),
    ("embedded-english", "包括美国的5D Robotics智能交通系统。Made in China 2025是国家战略。",
     ["包括美国的5D Robotics智能交通系统。", "Made in China 2025是国家战略。"]),
    ("halfwidth-marks", "你好吗?我很好!谢谢.", ["你好吗?", "我很好!", "谢谢."]),
    ("multiple-marks", "什么？！真的吗？！", ["什么？！", "真的吗？！"]),
    ("semicolon-clause", "有的人去了北京；有的人留在上海。", ["有的人去了北京；有的人留在上海。"]),
    ("ellipsis-mid", "我……我不知道。", ["我……我不知道。"]),
    ("ellipsis-quote", "他说：“不过……”大家沉默了。", ["他说：“不过……”", "大家沉默了。"]),
    ("quote-then-comma", "“好！”，他说。", ["“好！”，他说。"]),
    ("english-sentences", "他说 He left. She stayed. 然后走了。",
     ["他说 He left.", "She stayed.", "然后走了。"]),
    ("abbreviation-in-brackets", "苹果公司(Apple Inc.)将在华投资10亿美元。",
     ["苹果公司(Apple Inc.)将在华投资10亿美元。"]),
    ("numbered-items", "1. 扩大开放。2. 深化改革。", ["1. 扩大开放。", "2. 深化改革。"]),
    ("traditional", "周怡安來自台中。去年畢業。", ["周怡安來自台中。", "去年畢業。"]),
    ("astral-han", "\U00020000字很少见。\U0002A6D6也是。",
     ["\U00020000字很少见。", "\U0002A6D6也是。"]),
]


def texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


@every_row(("case", "text", "expected"), EN_CASES, ids=[c[0] for c in EN_CASES])
def test_english(case: str, text: str, expected: list[str]) -> None:
    assert texts(text, "en") == expected


@every_row(("case", "text", "expected"), ZH_CASES, ids=[c[0] for c in ZH_CASES])
def test_chinese(case: str, text: str, expected: list[str]) -> None:
    assert texts(text, "zh") == expected


def test_offsets_point_into_the_text() -> None:
    text = "  First one.  Second one!\n\nThird?  "
    segments = tm.segment(text)
    assert [(s.start, s.end, s.paragraph) for s in segments] == [(2, 12, 0), (14, 25, 0),
                                                                (27, 33, 1)]
    assert all(text[s.start:s.end] == s.text for s in segments)


def test_the_article_segments_as_a_translator_would() -> None:
    text = (ROOT / "locales/en/article.txt").read_text(encoding="utf-8")
    got = [s.text for s in tm.segment(text, skip=CHROME)]  # the page's navigation bar left out
    assert got[0] == ("Manufacturing makes stride forward, stoked by mass entrepreneurship, "
                      "innovation")
    assert got[1] == "Updated: May 23,2017 7:29 AM"
    body = got[2:]
    assert len(body) == 19
    assert len(set(body)) == 19
    # Each body sentence is one sentence: it starts with a capital or a quote and
    # ends with a full stop (and perhaps a closing quote).
    for sentence in body:
        assert sentence[0].isupper() or sentence[0] in "“\"" or sentence[0].isdigit()
        assert sentence.rstrip("”’\"").endswith(".")
    # In order: the text of each sentence comes after the previous one.
    positions = [text.index(s) for s in got]
    assert positions == sorted(positions)
    # The three two-sentence paragraphs.
    paragraphs = [s.paragraph for s in tm.segment(text, skip=CHROME)]
    assert sorted({p for p in paragraphs if paragraphs.count(p) == 2}) == [7, 8, 15]
    assert "App | 中文 |" not in got


@every_row(("case", "text", "expected"), [
    ("wrapped-prose", "The mass entrepreneurship initiative has inspired a tide of\n"
     "startups in China. It also helps factories.",
     ["The mass entrepreneurship initiative has inspired a tide of\nstartups in China.",
      "It also helps factories."]),
    ("heading-line", "Chapter One\nIt was a cold day in Beijing.",
     ["Chapter One", "It was a cold day in Beijing."]),
    ("heading-then-wrapped", "Market Report\nShares rose on Monday as investors\n"
     "returned to the market.",
     ["Market Report", "Shares rose on Monday as investors\nreturned to the market."]),
    ("line-ending-with-function-word", "He went to the\nOffice of the Premier.",
     ["He went to the\nOffice of the Premier."]),
    ("chinese-heading", "制造业迈步向前\n李克强总理提出了倡议。",
     ["制造业迈步向前", "李克强总理提出了倡议。"]),
    ("list-lines", "Steps:\n- cut taxes\n- cut red tape",
     ["Steps:", "- cut taxes", "- cut red tape"]),
    ("wrapped-before-a-name", "The initiative was proposed by Premier Li and has been\n"
     "praised by entrepreneurs across the country, especially by\n"
     "young people who founded startups with the support of Premier\n"
     "Li Keqiang in Beijing.",
     ["The initiative was proposed by Premier Li and has been\npraised by entrepreneurs "
      "across the country, especially by\nyoung people who founded startups with the "
      "support of Premier\nLi Keqiang in Beijing."]),
    ("title-case-heading", "Startups Transform the Manufacturing Sector in Beijing\n"
     "During a visit to Zhongguancun Inno Way in 2015, the Premier had coffee.",
     ["Startups Transform the Manufacturing Sector in Beijing",
      "During a visit to Zhongguancun Inno Way in 2015, the Premier had coffee."]),
    ("blank-line-always-ends", "No stop here\n\nNew paragraph", ["No stop here", "New paragraph"]),
])
def test_line_layout(case: str, text: str, expected: list[str]) -> None:
    lang = guess_lang(text)
    assert texts(text, lang) == expected


def test_paragraph_numbers_count_paragraphs_with_text() -> None:
    segments = tm.segment("Nav | Bar |\n\nA. B c.\n\n\n\nD e.", skip=CHROME)
    assert [(s.text, s.paragraph) for s in segments] == [("A. B c.", 0), ("D e.", 1)]


def test_guess_lang() -> None:
    assert guess_lang("大众创业、万众创新 2017 Made in China") == "zh"
    assert guess_lang("Made in China 2025 (中国制造2025)") == "en"
    assert guess_lang("") == "en"


def test_lang_auto_and_regional_codes() -> None:
    assert texts("好。走吧。", "auto") == ["好。", "走吧。"]
    assert texts("好。走吧。", "zh-CN") == texts("好。走吧。", "zh_TW") == ["好。", "走吧。"]


def test_custom_srx_rules(tmp_path: Path) -> None:
    srx = tmp_path / "semicolon.srx"
    srx.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="no"/>
  <body>
    <languagerules>
      <languagerule languagerulename="Semi">
        <rule break="yes"><beforebreak>[;；]</beforebreak><afterbreak></afterbreak></rule>
      </languagerule>
    </languagerules>
    <maprules><languagemap languagepattern=".*" languagerulename="Semi"/></maprules>
  </body>
</srx>
""", encoding="utf-8")
    assert texts("有的人去了北京；有的人留在上海。") == ["有的人去了北京；有的人留在上海。"]
    got = [s.text for s in tm.segment("有的人去了北京；有的人留在上海。", "zh", rules=srx)]
    assert got == ["有的人去了北京；", "有的人留在上海。"]
    assert rules_signature("zh", srx).startswith("semicolon.srx@")


@pytest.mark.parametrize(("content", "message"), [
    ("<srx", "malformed XML in this SRX file"),
    ("<other/>", "not an SRX 2.0 file"),
    ('<srx xmlns="http://www.lisa.org/srx20"><body><languagerules><languagerule '
     'languagerulename="x"><rule><beforebreak>(</beforebreak></rule></languagerule>'
     '</languagerules><maprules><languagemap languagepattern=".*" languagerulename="x"/>'
     "</maprules></body></srx>", "bad.srx:1: rule 1 of <languagerule 'x'>: <beforebreak> "
     "'\\(': bad regular expression"),
])
def test_bad_srx_files_raise_parse_error(tmp_path: Path, content: str, message: str) -> None:
    srx = tmp_path / "bad.srx"
    srx.write_text(content, encoding="utf-8")
    with pytest.raises(tm.ParseError, match=message):
        tm.segment("A b. C d.", rules=srx)


def test_missing_srx_file() -> None:
    with pytest.raises(tm.ParseError, match="no such SRX file"):
        tm.segment("A.", rules="/nonexistent/rules.srx")


def test_rules_signature_versions_the_rules() -> None:
    assert rules_signature("en").startswith("en.srx@")
    assert rules_signature("zh-CN").startswith("zh.srx@")
    assert rules_signature("en") != rules_signature("zh")


def test_stable_ids() -> None:
    ids = tm.stable_ids(["Hello world.", "Bye.", "Hello   world.", "Hello world."])
    assert ids[0].startswith("s") and len(ids[0]) == 9
    assert ids[2] == ids[0] + "-2" and ids[3] == ids[0] + "-3"
    # Editing one sentence does not change the others' ids.
    edited = tm.stable_ids(["Hello world.", "Goodbye.", "Hello   world.", "Hello world."])
    assert edited[0] == ids[0] and edited[2:] == ids[2:] and edited[1] != ids[1]
    # NFC: a decomposed é is the same sentence.
    assert tm.stable_ids(["Caf\u00e9."]) == tm.stable_ids(["Cafe\u0301."])
    assert tm.stable_ids([]) == []


def test_module_examples() -> None:
    import doctest

    import tm.segmentation
    assert doctest.testmod(tm.segmentation).failed == 0


def test_rules_without_a_map_for_the_language(tmp_path: Path) -> None:
    srx = tmp_path / "fr.srx"
    srx.write_text("""<srx xmlns="http://www.lisa.org/srx20" version="2.0"><body>
<languagerules><languagerule languagerulename="fr"><rule break="yes">
<beforebreak>[.]</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule></languagerules>
<maprules><languagemap languagepattern="fr.*" languagerulename="fr"/></maprules>
</body></srx>""", encoding="utf-8")
    with pytest.warns(UserWarning, match="'fr'"):  # built-in fallback: English rules
        assert texts("Oui. Non.", "fr") == ["Oui.", "Non."]
    assert [s.text for s in tm.segment("Oui. Non.", "fr", rules=srx)] == ["Oui.", "Non."]
    with pytest.raises(tm.ParseError, match=r"fr\.srx: no <languagemap>"):
        tm.segment("Yes. No.", "en", rules=srx)


@pytest.mark.parametrize("text", [
    " " * 50_000 + "a.", "\t \n" * 20_000, ". " * 30_000, "U.S. " * 10_000, "1. a " * 10_000,
    "《" * 30_000 + "！", "\n".join(["a b"] * 20_000),
])
def test_long_runs_stay_linear(text: str) -> None:
    # Regression: a run of blanks made the paragraph and bullet scans quadratic.  Timed in
    # this process's CPU, not wall time: at load 14 on two cores ". " * 30,000 took 10 s of
    # wall time (a land run failed on it) for a fraction of that in CPU.
    import time
    started = time.process_time()
    for lang in ("en", "zh"):
        segments = tm.segment(text, lang)
        assert all(text[s.start:s.end] == s.text for s in segments)
    assert time.process_time() - started < 10


# Regression tests named after pySBD's bugs (DESIGN.md): tm must not repeat them.
def test_pysbd_bug_common_words_are_not_abbreviations() -> None:
    # pySBD's abbreviation list holds common words, so this stayed one sentence.
    assert texts("Tell me. I listen. Come in. We talk.") == [
        "Tell me.", "I listen.", "Come in.", "We talk."]


def test_pysbd_bug_split_before_closing_quote() -> None:
    # pySBD split 他说：“好。”然后走了。 between 。 and ”.
    assert texts("他说：“好。”然后走了。", "zh") == ["他说：“好。”", "然后走了。"]
    assert texts("He said, “Good.” Then he left.") == ["He said, “Good.”", "Then he left."]


def test_pysbd_bug_offsets_of_repeated_sentences() -> None:
    # pySBD recovers offsets by searching for the text again, so repeated
    # sentences got the offsets of the first occurrence.
    text = "Yes. No. Yes. Yes."
    assert [(s.start, s.end) for s in tm.segment(text)] == [(0, 4), (5, 8), (9, 13), (14, 18)]


@every_row(("path", "lang", "width"), [
    ("locales/en/article.txt", "en", 50), ("locales/en/article.txt", "en", 72),
    ("locales/en/article.txt", "en", 80), ("locales/zh_CN/article.txt", "zh", 30),
    ("locales/zh_CN/article.txt", "zh", 40), ("locales/zh_CN/article.txt", "zh", 60),
])
def test_hard_wrapping_does_not_change_the_sentences(path: str, lang: str, width: int) -> None:
    import textwrap
    text = (ROOT / path).read_text(encoding="utf-8")
    wrapped = "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in text.split("\n\n"))
    # Like a CJK typesetter (kinsoku), never start a line with a closing mark.
    wrapped = regex.sub(r"\n([”’」』）》]+)", r"\1\n", wrapped)
    joiner = " " if lang == "en" else ""

    def sentences(t: str) -> list[str]:
        return [joiner.join(s.text.split()) for s in tm.segment(t, lang)]
    assert sentences(wrapped) == sentences(text)


def test_rule_flags_stay_in_their_rule(tmp_path: Path) -> None:
    srx = tmp_path / "flags.srx"
    srx.write_text("""<srx xmlns="http://www.lisa.org/srx20" version="2.0"><body><languagerules>
<languagerule languagerulename="x">
<rule break="no"><beforebreak>(?i)\\bfig\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
<rule break="no"><beforebreak>\\bno\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
<rule break="yes"><beforebreak>\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
</languagerule></languagerules>
<maprules><languagemap languagepattern=".*" languagerulename="x"/></maprules></body></srx>""",
                   encoding="utf-8")
    got = [s.text for s in tm.segment("See FIG. 2 and no. 3 but NO. Stop.", rules=srx)]
    assert got == ["See FIG. 2 and no. 3 but NO.", "Stop."]


@every_row(("pattern", "literal"), [
    ("《[^《》\\n]{0,50}+", "《"), ("\\[(?:\\.\\.\\.|…)\\]", None), ("\\.\\s", "."), ("ab", "a"),
    ("a?b", None), ("a{0,2}", None), ("[.!?]", None), ("(?:x)", None), ("\\bMr\\.", None),
    ("x|y", None), ("", None),
])
def test_leading_literal_of_a_rule(pattern: str, literal: str | None) -> None:
    # A no-break rule whose before-pattern needs a character absent from the text is
    # skipped for that text; only patterns that surely start with it may qualify.
    from tm.segmentation._compiled import _leading_literal
    assert _leading_literal(pattern) == literal


def test_same_breaks_with_and_without_skippable_rules() -> None:
    with_title = "他读了《你在哪里？》这本书。真好！"
    # (a quotation after a colon: reported speech, which ends its sentence; one opened
    # right after a Han character, 读了“你在哪里？”这本书, is part of the sentence now)
    without = "他问：“你在哪里？”这本书。真好！"
    assert texts(with_title, "zh") == ["他读了《你在哪里？》这本书。", "真好！"]
    assert texts(without, "zh") == ["他问：“你在哪里？”", "这本书。", "真好！"]


# Abbreviations that end a noun phrase (a time, a company, etc., a designator
# letter): a capitalized word after them starts a sentence, unless it belongs to
# the closed class that continues the phrase (weekday, month, time zone, a title
# after a company name, an upper-case code).
@every_row(("text", "expected"), [
    ("Doors open at 7 p.m. Tickets cost $20.", ["Doors open at 7 p.m.", "Tickets cost $20."]),
    ("It rained until 11 A.M. Crowds gathered anyway.",
     ["It rained until 11 A.M.", "Crowds gathered anyway."]),
    ("By 6 a.m. Police had sealed the road.", ["By 6 a.m. Police had sealed the road."]),
    ("The talks resume at 9 a.m. Thursday.", ["The talks resume at 9 a.m. Thursday."]),
    ("The market opens at 9:30 a.m. EST daily.", ["The market opens at 9:30 a.m. EST daily."]),
    ("The launch is at 8 p.m. Moscow time.", ["The launch is at 8 p.m. Moscow time."]),
    ("The call starts at 9 a.m. Pacific, noon Eastern.",
     ["The call starts at 9 a.m. Pacific, noon Eastern."]),
    ("It bought Alphabet Inc. Class C shares.", ["It bought Alphabet Inc. Class C shares."]),
    ("The deal with Initech Corp. Analysts praised it.",
     ["The deal with Initech Corp.", "Analysts praised it."]),
    ("Globex Inc. Chief Financial Officer Ann Lee resigned.",
     ["Globex Inc. Chief Financial Officer Ann Lee resigned."]),
    ("Umbrella Ltd. CEO Sam Roe spoke.", ["Umbrella Ltd. CEO Sam Roe spoke."]),
    ("She grew up in Co. Galway and moved to Dublin.",
     ["She grew up in Co. Galway and moved to Dublin."]),
    ("Bring tents, stoves, etc. Food is provided.",
     ["Bring tents, stoves, etc.", "Food is provided."]),
    ("See Appendix C. Results are listed there.", ["See Appendix C.", "Results are listed there."]),
    ("The water reached 95 °C. Steam rose.", ["The water reached 95 °C.", "Steam rose."]),
    ("The U.S. Army denied it.", ["The U.S. Army denied it."]),
])
def test_noun_phrase_final_abbreviations(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@every_row(("text", "expected"), [
    ("“真的吗？”记者追问道。", ["“真的吗？”记者追问道。"]),
    ("“为什么？”她没有回答。", ["“为什么？”", "她没有回答。"]),
    ("销量增长了12%!市场反应热烈。", ["销量增长了12%!", "市场反应热烈。"]),
    ("工作安排如下：\n（一）统一思想。\n（二）明确责任。",
     ["工作安排如下：", "（一）统一思想。", "（二）明确责任。"]),
    ("要点：\n1.统一思想。\n2.明确责任。", ["要点：", "1.统一思想。", "2.明确责任。"]),
    ("今年前三季度，全国居民人均可支配收入比上年同期提高了\n0.75个百分点，高于预期。",
     ["今年前三季度，全国居民人均可支配收入比上年同期提高了\n0.75个百分点，高于预期。"]),
])
def test_chinese_attribution_percent_and_list_lines(text: str, expected: list[str]) -> None:
    assert texts(text, "zh") == expected

"""A file name in book-title marks or quotes ending an attachment's line, and a subject and an
adverb after ``et al.`` opening a new Chinese clause.  Classes found by the segment18
development set (stop 32, and segment9-zh-068 before it); the examples here are new, each
failing on the rules before the fix, with the neighbours that must not change.
"""

from __future__ import annotations

import tm
from rows import every_row


def _texts(text: str, lang: str = "zh") -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


@every_row(("text", "expected"), [
    ("附件：《期末复习提纲.docx》\n请同学们提前下载并打印。",
     ["附件：《期末复习提纲.docx》", "请同学们提前下载并打印。"]),
    ("[文件] “三季度报表.xlsx”\n数据已核对，请查收。",
     ["[文件] “三季度报表.xlsx”", "数据已核对，请查收。"]),
    ("Attached: \"budget_v3.xlsx\"\nPlease check the totals.",
     ["Attached: \"budget_v3.xlsx\"", "Please check the totals."]),
])
def test_a_file_name_in_title_marks_or_quotes_ends_its_line(text: str,
                                                            expected: list[str]) -> None:
    lang = "en" if text.isascii() else "zh"
    assert _texts(text, lang) == expected


@every_row(("text", "expected"), [
    ("量表译自Okafor et al.条目共分为三个维度。",
     ["量表译自Okafor et al.", "条目共分为三个维度。"]),
    ("详细推导见Lindqvist et al.后续研究对此提出了修正。",
     ["详细推导见Lindqvist et al.", "后续研究对此提出了修正。"]),
    ("该指标借鉴了Haas et al.样本均来自同一地区。",
     ["该指标借鉴了Haas et al.", "样本均来自同一地区。"]),
])
def test_a_subject_and_an_adverb_after_et_al_open_a_clause(text: str,
                                                           expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row("text", [
    "问卷引自Pereira et al.编制的量表。",        # a relative clause: compiled by them
    "推导过程参见Okoye et al.论文的第二节。",      # their paper
    "实验方法参考Chen et al.研究中的设定进行。",
    "数据参考Haas et al.在2019年公布的测量。",
    "Novak et al.问卷共包括20个条目。",   # the sentence opens with them: their questionnaire
    "我们的结果与Smith et al.结论均一致。",         # joined by 与: one subject
])
def test_what_et_al_goes_on_with_stays(text: str) -> None:
    assert _texts(text) == [text]

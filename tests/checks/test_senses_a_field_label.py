"""Issue 10, class found on heldout15 and heldout16 (development sets): a target word that
the dictionary gives for the term only under a leading field label naming none of the
concept's words (矿床 "(mineral) deposit" against the bank deposit 存款, 容器 "(computing)
container" against the shipping container 集装箱) renders that field's word, when the
sentence names nothing of the concept either.

The sentences are written for this test: the biologist's *cell* 细胞 against the
spreadsheet's 单元格 "(spreadsheet) cell".
"""

from __future__ import annotations

from check_cases import term_checks_found

from tm import Glossary, Term

CELL = Glossary.from_terms([Term("cell", ("细胞",), pos="noun", subject="Biology", id="cell")])


def test_a_word_under_another_fields_label_is_that_fields_word() -> None:
    assert term_checks_found("Select a cell and type the formula.", "选择一个单元格并输入公式。",
                             CELL) == []


def test_a_sentence_that_names_the_concept_keeps_the_finding() -> None:
    # "biology" is the concept's field: 单元格 there is a wrong word for the cell
    assert term_checks_found("In the biology class each student drew one cell.",
                             "生物课上每个学生画了一个单元格。", CELL) == ["term-missing"]


def test_a_concept_that_is_itself_a_labelled_kind_is_left_alone() -> None:
    # 滤镜 "(photography) filter": another labelled filter (过滤器 "(machine) filter") is
    # the same English sense rendered by the wrong kind, still term-missing
    photo = Glossary.from_terms([Term("filter", ("滤镜",), pos="noun", subject="Photo editing",
                                      id="filter")])
    assert term_checks_found("Clean the filter every month.", "每月清洁一次过滤器。",
                             photo) == ["term-missing"]


def test_a_label_of_usage_names_no_field() -> None:
    # 程式 "(Tw) (computing) program": Taiwan usage of the same word, still term-missing
    program = Glossary.from_terms([Term("program", ("程序",), pos="noun", subject="Software",
                                        id="program")])
    assert term_checks_found("Close the program first.", "请先关闭程式。",
                             program) == ["term-missing"]

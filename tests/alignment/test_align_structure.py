"""Document structure: list and step numbers are labels, not figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

import tm
from rows import every_row
from tm.alignment._scoring import NUMBER_KEY, make_items, split_enumerator


@every_row(("line", "lang", "label", "rest"), [
    ("3. Fill the tank.", "en", "3", "Fill the tank."),
    ("(2) Rinse the filter.", "en", "2", "Rinse the filter."),
    ("Step 4: Press the button.", "en", "4", "Press the button."),
    ("2.3 Water Use", "en", "2.3", "Water Use"),
    ("3、加满水箱。", "zh", "3", "加满水箱。"),
    ("1. 取下滤网。", "zh", "1", "取下滤网。"),
    ("（四）加强监督", "zh", "四", "加强监督"),
    ("二、主要做法", "zh", "二", "主要做法"),
    ("第2步：按下按钮。", "zh", "2", "按下按钮。"),
    ("2.3 用水情况", "zh", "2.3", "用水情况"),
])
def test_a_list_number_opening_a_line_is_a_label(line: str, lang: str, label: str,
                                                  rest: str) -> None:
    assert split_enumerator(line, lang) == (label, rest)


@every_row(("line", "lang"), [
    ("5.1 million people live in the valley.", "en"),
    ("2024 was a record year.", "en"),
    ("3 Chinese firms won contracts.", "en"),
    ("12 of the 40 buses are electric.", "en"),
    ("2024年，公司营收增长。", "zh"),
    ("1.5亿元用于研发。", "zh"),
    ("一、二季度经济平稳增长。", "zh"),
    ("30%的用户选择续订。", "zh"),
])
def test_a_figure_opening_a_sentence_is_not_a_label(line: str, lang: str) -> None:
    assert split_enumerator(line, lang) == ("", line)


def test_a_step_number_is_no_figure_but_the_figures_after_it_are() -> None:
    item = make_items(["5. Wait 40 minutes."], "en", "zh")[0]
    figures = {key.split("\x01")[0] for key in item.keys if key.startswith(NUMBER_KEY)}
    assert figures == {f"{NUMBER_KEY}{Decimal(40).normalize()}"}


def test_a_renumbered_step_with_its_notes_stays_with_its_counterpart() -> None:
    """The Chinese manual merged English steps 1 and 2, so English step 4 is Chinese step
    3; its number matches nothing there, and that is no sign it was left out."""
    en = ["1. Unplug the kettle.", "2. Pour out any water left inside.",
          "3. Fill the kettle with 500 ml of white vinegar and 500 ml of water.",
          "4. Leave the kettle to stand.", "This takes about 40 minutes.",
          "Some bubbling during this time is normal.",
          "5. Rinse the kettle three times with clean water.",
          "6. Boil fresh water twice and pour it away before use."]
    zh = ["1. 拔下电源插头，倒掉壶内剩余的水。", "2. 向水壶中加入500毫升白醋和500毫升清水。",
          "3. 静置约40分钟，期间出现少量气泡属正常现象。", "4. 用清水冲洗水壶三次。",
          "5. 使用前先烧两次清水并倒掉。"]
    en_par, zh_par = [0, 1, 2, 3, 3, 3, 4, 5], [0, 1, 2, 3, 4]
    beads = tm.align([tm.Segment(t, 0, len(t), p) for t, p in zip(en, en_par, strict=True)],
                     [tm.Segment(t, 0, len(t), p) for t, p in zip(zh, zh_par, strict=True)])
    found = [(b.src, b.tgt) for b in beads]
    assert ((3, 4, 5), (2,)) in found
    assert ((3,), ()) not in found
    assert found[-2:] == [((6,), (3,)), ((7,), (4,))]


@every_row(("ask", "answer"), [
    ("问：", "答："),
    ("记者：", "周师傅："),    # the reporter asks, the answer opens with the speaker's name
    ("主持人：", "周："),
])
def test_question_and_answer_labels_keep_a_turn_from_gluing_onto_the_next(
        ask: str, answer: str) -> None:
    """The Chinese edition drops the answer "Not yet." and the last exchange; without its
    role, the question was glued to the dropped answer (a 2-1 of a question and an answer
    against a question alone).  Labelled by who speaks (记者：, 周师傅：), three English
    turns were glued onto the question until 记者： and a name that opens several turns
    were read as roles too (align-heldout10's interview)."""
    en = ["Q: When did you open the bakery?", "A: In 2015, with two ovens and a loan from my aunt.",
          "Q: What sells best?", "A: Sourdough, by far.", "We bake 400 loaves on a Saturday.",
          "Q: Do you plan a second shop?", "A: Not yet.",
          "Q: What would you tell a young baker?", "A: Get up early and keep your prices honest."]
    zh = [f"{ask}面包店是什么时候开的？", f"{answer}2015年，当时只有两台烤箱，还向姑姑借了钱。",
          f"{ask}什么卖得最好？", f"{answer}酸面包，遥遥领先。周六我们要烤400个。",
          f"{ask}有开第二家店的打算吗？", f"{answer}暂时没有。"]
    found = [(b.src, b.tgt) for b in tm.align(en, zh)]
    assert found[:5] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3, 4), (3,)),
                         ((5,), (4,))]


@pytest.mark.parametrize(("en_text", "zh_text", "first"), [
    ("Visitors must bring the following:\n\n- A valid passport\n- Two recent photos\n"
     "- The printed booking\n\nThe office opens at 9 am.",
     "访客须携带以下材料：有效护照、两张近照和打印的预约单。\n\n办公室上午9点开门。",
     ((0, 1, 2, 3), (0,))),
    ("The minister said:\n\n\"We will build 200 schools this year.\"\n\n"
     "The plan costs 3 billion yuan.",
     "部长表示：“今年我们将新建200所学校。”\n\n该计划耗资30亿元。",
     ((0, 1), (0,))),
])
def test_a_paragraph_ending_with_a_colon_joins_what_it_introduces(
        en_text: str, zh_text: str, first: tuple[tuple[int, ...], tuple[int, ...]]) -> None:
    """Trial T65's class: the Chinese folds a lead-in and its list (or quotation) into one
    sentence.  Before: the lead-in stood alone (its paragraph break cost more than a null
    bead) and the list took the whole Chinese sentence as a trusted unit."""
    beads = [(b.src, b.tgt) for b in tm.align(tm.segment(en_text, "en"), tm.segment(zh_text, "zh"))]
    assert beads[0] == first


@every_row(("lines", "roles"), [
    (["记者：为什么写盐？", "方明：我外婆家是盐工。", "记者：写了多久？", "方明：十年。"],
     ["Q", "A", "Q", "A"]),
    # no labelled question: a repeated label is a list's, not an answer
    (["地址：滨江路1号", "地址：滨江路2号"], ["", ""]),
    # a quotation by its speaker is no answer
    (["记者：油价会涨吗？", "王明表示：不会。", "王明表示：明年也不会。"], ["Q", "", ""]),
    (["Interviewer: Why salt?", "Moss: My grandmother.", "Moss: Also the wells."],
     ["Q", "A", "A"]),
])
def test_interview_roles_by_speaker(lines: list[str], roles: list[str]) -> None:
    from tm.alignment._scoring import interview_roles

    assert interview_roles(lines, "zh" if lines[0][0] > "~" else "en") == roles

"""Lines broken on purpose that wrapped prose never has: an address with a ``c/o`` line, a
lead-in ending in a colon before an address block, Markdown headings, a post's line that ends
in hashtags, a Chinese line broken off with a dash before a quotation on its own line, and the
lettered choices of an exercise.

Classes found by the segment7 development set; the examples are new, written for each class,
and each failed on the rules before the fix.  Neighbours that must not change are asserted
beside them.
"""

from __future__ import annotations

import pytest

import tm


def _texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


def _lines(text: str) -> list[str]:
    return text.split("\n")


@pytest.mark.parametrize("text", [
    "Ms. Ingrid Holm\nc/o Nordvik Shipping AS\nP.O. Box 77\nBergen 5003\nNorway",
    "Dr. Samuel Achebe\nc/o Department of Linguistics\nUniversity of Ibadan",
])
def test_an_address_with_a_care_of_line(text: str) -> None:
    assert _texts(text) == _lines(text)


def test_a_long_lead_in_ending_in_a_colon_before_an_address_block() -> None:
    text = ("Payment for every invoice under this contract must be sent by registered post to:\n"
            "Halden Textiles Ltd.\nAttn: Accounts Payable\n22 Mill Lane\nLeeds LS1 4AB")
    assert _texts(text) == _lines(text)


@pytest.mark.parametrize("text", [
    # a wrap after a colon, then prose in lower case: one sentence
    "The inspectors gave two reasons for closing the old bridge to all traffic:\n"
    "the rust on its cables and the cracks in the deck.",
    # a colon line, then a capitalised sentence that is not an address
    "The inspectors gave only one reason for closing the old bridge to all traffic:\n"
    "Rust had eaten through the main cables of the bridge and the deck had cracked.",
])
def test_a_colon_line_before_prose_is_not_an_address_lead_in(text: str) -> None:
    assert _texts(text) == [text]


@pytest.mark.parametrize("text", [
    "# Release 4.1\n## Added\n- Export to CSV.\n## Removed\n- The legacy sync flag.",
    "### Step two (optional)\n#### Notes\nKeep the lid closed while it sets.",
])
def test_markdown_headings_are_lines_of_their_own(text: str) -> None:
    assert _texts(text) == _lines(text)


def test_a_hash_sign_inside_wrapped_prose_is_not_a_heading() -> None:
    text = ("The tracker shows the ticket number after a hash and a space, as in\n"
            "# 4412 of the old system, and the team closed it the next morning.")
    assert _texts(text) == [text]


def test_a_post_line_ending_in_hashtags_after_the_final_mark() -> None:
    text = "Lost in the final. Gutted. 😭😭 #UpTheHill\nTraining on Tue. at 6."
    assert _texts(text) == [
        "Lost in the final.", "Gutted. 😭😭 #UpTheHill", "Training on Tue. at 6."]


@pytest.mark.parametrize("text", [
    "他猛地推开那扇沉重的木门，屋里的灯光一下子照在他的脸上——\n“站住！”\n屋里的人全都愣住了。",
    "她刚想开口解释，外面却传来一阵急促的敲门声——\n“开门！快开门！”\n两人对视了一眼。",
])
def test_a_chinese_line_broken_off_with_a_dash_before_a_quotation_line(text: str) -> None:
    assert _texts(text, "zh") == [
        line for part in _lines(text) for line in _texts(part, "zh")]


@pytest.mark.parametrize(("text", "expected"), [
    # a dash line before narration: a wrap
    ("他终于想起了那个地方——\n那座安静的小城，还有城边那条长长的河。",
     ["他终于想起了那个地方——\n那座安静的小城，还有城边那条长长的河。"]),
    # before a quotation that the sentence goes on after: not a line of its own
    ("他回过头，朝着山下的人群大声喊了一句——\n“快跑！”然后自己先冲了出去。",
     ["他回过头，朝着山下的人群大声喊了一句——\n“快跑！”", "然后自己先冲了出去。"]),
])
def test_a_dash_line_before_other_lines_stays_hard_wrapped(text: str,
                                                          expected: list[str]) -> None:
    assert _texts(text, "zh") == expected


@pytest.mark.parametrize("text", [
    "3. 下列词语中书写完全正确的一项是（　　）\nA. 再接再励\nB. 迫不及待\nC. 一愁莫展",
    "5. 选出加点字注音有误的一项（　　）\nA．憧憬（chōng）\nB．酝酿（niàng）",
])
def test_lettered_choices_of_an_exercise_start_a_segment(text: str) -> None:
    assert _texts(text, "zh") == _lines(text)


def test_a_latin_initial_inside_chinese_prose_is_not_a_choice() -> None:
    text = "这本书的作者是英国作家J. K.罗琳，她的作品已被译成八十多种语言。"
    assert _texts(text, "zh") == [text]

"""Runs of lines broken on purpose (transcripts, subtitles, notices, listings, job ads) and two
Chinese classes (a quotation that goes on as part of the sentence, …… ending a clause).

Classes found by the segment5 development set; the examples are new, written for each class,
and each failed on the rules before the fix.  Neighbours that must not change are asserted
beside them.
"""

from __future__ import annotations

import pytest

import tm
from rows import every_row


def _texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


# A line of a transcript starts with its time; a subtitle's timing line stands alone.
@every_row(("text", "lang", "expected"), [
    ("[09:14] Agent: hi there\n[09:15] Tom: my order is late\n[09:15] Tom: it says shipped",
     "en", ["[09:14] Agent: hi there", "[09:15] Tom: my order is late",
            "[09:15] Tom: it says shipped"]),
    ("14:05 Anna: ok\n14:06 Ben: see you there", "en",
     ["14:05 Anna: ok", "14:06 Ben: see you there"]),
    ("(21:03:10) 小王：到了吗\n(21:04:02) 小李：快了，再等五分钟", "zh",
     ["(21:03:10) 小王：到了吗", "(21:04:02) 小李：快了，再等五分钟"]),
    ("12\n00:01:02,500 --> 00:01:04,000\nWhere were you last night",
     "en", ["12", "00:01:02,500 --> 00:01:04,000", "Where were you last night"]),
])
def test_transcript_and_subtitle_lines(text: str, lang: str, expected: list[str]) -> None:
    assert _texts(text, lang) == expected


def test_a_time_that_wraps_to_the_start_of_a_line_is_prose() -> None:
    text = ("The committee moved the hearing from the early morning slot to\n"
            "10:30 because the main room had been booked twice.")
    assert _texts(text) == [text]


# The last field of a block of fields ends its segment before the sentence that follows.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("家长会通知\n时间：6月1日下午\n地点：北京市海淀区中关村大街27号学校礼堂\n"
     "请各位家长准时到场。", "zh",
     ["家长会通知", "时间：6月1日下午", "地点：北京市海淀区中关村大街27号学校礼堂",
      "请各位家长准时到场。"]),
    ("Open day\nDate: Saturday 4 May\nVenue: The Old Town Hall, 14 Market Street, Kingsbridge\n"
     "Entry is free.", "en",
     ["Open day", "Date: Saturday 4 May", "Venue: The Old Town Hall, 14 Market Street, Kingsbridge",
      "Entry is free."]),
])
def test_last_field_of_a_block(text: str, lang: str, expected: list[str]) -> None:
    assert _texts(text, lang) == expected


# An item of a run of lines (a listing's features, a bullet) ends before a field or a lead-in.
@pytest.mark.parametrize(("text", "expected"), [
    ("TO LET – Flat 3\nTwo bedrooms\nNewly fitted kitchen with a dishwasher\nRent: £1,150 a month",
     ["TO LET – Flat 3", "Two bedrooms", "Newly fitted kitchen with a dishwasher",
      "Rent: £1,150 a month"]),
    ("Requirements:\n- Fluent written English\n- A driving licence\nNice to have:\n- Mandarin",
     ["Requirements:", "- Fluent written English", "- A driving licence", "Nice to have:",
      "- Mandarin"]),
])
def test_item_of_a_run_of_lines_before_a_field_or_lead_in(text: str,
                                                           expected: list[str]) -> None:
    assert _texts(text) == expected


# A list of clauses set in lines, in Latin script: the lead-in ends in a colon, each item in a
# semicolon (or in one and "and"/"or"); wrapped prose that ends lines there by chance, filled
# to one width, stays whole (segment16 development set: definitions; segment8: a claim).
@every_row(("text", "expected"), [
    ("A kit consisting of:\ntwo brackets;\nfour wall plugs and screws; and\na drilling template.",
     ["A kit consisting of:", "two brackets;", "four wall plugs and screws; and",
      "a drilling template."]),
    ("In these rules the following words have the meanings given:\n"
     "“member” means a person admitted under rule 3;\n“guest” means a person signed in;\n"
     "“season” means the twelve months from 1 April.",
     ["In these rules the following words have the meanings given:",
      "“member” means a person admitted under rule 3;", "“guest” means a person signed in;",
      "“season” means the twelve months from 1 April."]),
    ("The inspector may refuse a certificate where:\nthe boiler is unsafe; or\n"
     "the flue is blocked.",
     ["The inspector may refuse a certificate where:", "the boiler is unsafe; or",
      "the flue is blocked."]),
    ("The panel weighed the three questions put to it at some length, as follows:\n"
     "whether the levy was lawful; whether it was fair to the market traders;\n"
     "and whether it could be collected at all.",
     ["The panel weighed the three questions put to it at some length, as follows:\n"
      "whether the levy was lawful; whether it was fair to the market traders;\n"
      "and whether it could be collected at all."]),
])
def test_list_of_clauses_set_in_lines(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


# A short heading in capitals inside a paragraph, after a line without a sentence mark, starts
# its own segment (segment8 development set: a crossword's DOWN); a name in capitals that a
# wrapper carried over stays in its sentence.
@every_row(("text", "expected"), [
    ("INGREDIENTS\n2 tbsp olive oil\n1 onion, chopped fine with a sharp knife\nMETHOD\n"
     "Heat the oil in a wide pan.",
     ["INGREDIENTS", "2 tbsp olive oil", "1 onion, chopped fine with a sharp knife", "METHOD",
      "Heat the oil in a wide pan."]),
    ("QUESTIONS\n1. Name the capital of Chad\n2. Spell the longest river of the world correctly\n"
     "ANSWERS\n1. NDjamena",
     ["QUESTIONS", "1. Name the capital of Chad",
      "2. Spell the longest river of the world correctly", "ANSWERS", "1. NDjamena"]),
    ("It was summarised in a report by the\nWHO\nin the spring of that year.",
     ["It was summarised in a report by the\nWHO\nin the spring of that year."]),
])
def test_a_heading_in_capitals_inside_a_paragraph(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_speech_lines_that_end_in_a_clause_mark_go_on() -> None:
    # "X道：" looks like a field label, but a line that ends in ；or ， goes on
    text = "宝玉道：“你先回去；\n我随后就来。”\n袭人道：“好，你可快些；\n别叫人等。”"
    assert _texts(text, "zh") == [
        "宝玉道：“你先回去；\n我随后就来。”", "袭人道：“好，你可快些；\n别叫人等。”"]


def test_reported_speech_at_the_start_of_wrapped_lines_is_not_a_field() -> None:
    # hard-wrapped narrative: both lines start with "...说：", which is speech, not a label
    text = "校长对王老师说：请你通知三年级的同学\n们说：明天上午九点在操场集合，不要迟到。"
    assert _texts(text, "zh") == [text]


def test_speaker_labels_of_a_chat_still_end_their_lines() -> None:
    assert _texts("小王：到了吗，我在门口\n小李：快了", "zh") == [
        "小王：到了吗，我在门口", "小李：快了"]


def test_wrapped_prose_after_a_heading_stays_whole() -> None:
    text = ("Market Report\nShares rose on Monday after a speech from the central bank governor\n"
            "Lee Min-jun on interest rates.")
    assert _texts(text) == ["Market Report", text.split("\n", 1)[1]]


# A quotation that the sentence goes on with (its subject, or a word of it) is not split off.
@every_row("text", [
    "“早上好！”是他每天说的第一句话。",
    "“慢走！”成了他的口头禅。",
    "“到此一游。”几个字刻在了石头上。",
    "她只回了一句“Good luck.”便关上了门。",   # a quoted English sentence, the same
])
def test_chinese_quotation_that_the_sentence_goes_on_with(text: str) -> None:
    assert _texts(text, "zh") == [text]


def test_chinese_quotation_after_reported_speech_still_ends_its_sentence() -> None:
    assert _texts("老师说：“下课！”大家都跑了出去。", "zh") == [
        "老师说：“下课！”", "大家都跑了出去。"]
    # a pronoun after the quotation opens a new clause
    assert _texts("卡片上只写了一句“Get well soon.”她看了很久。", "zh") == [
        "卡片上只写了一句“Get well soon.”", "她看了很久。"]
    assert _texts("他只回了一句“Fair enough.”大家都沉默了。", "zh") == [
        "他只回了一句“Fair enough.”", "大家都沉默了。"]
    assert _texts("门上贴着一张“闲人免进！”我们只好绕路。", "zh") == [
        "门上贴着一张“闲人免进！”", "我们只好绕路。"]


# …… after a clause of its own, before a new clause, ends the sentence.
@pytest.mark.parametrize(("text", "expected"), [
    ("她等了很久……雨终于停了。", ["她等了很久……", "雨终于停了。"]),
    ("算了……不提了。", ["算了……", "不提了。"]),
])
def test_chinese_ellipsis_that_ends_a_clause(text: str, expected: list[str]) -> None:
    assert _texts(text, "zh") == expected


@every_row("text", [
    "嗯……好吧。",                       # a filler
    "我……我不是故意的。",                # a stammer
    "桌上有书、笔、本子……什么都有。",    # a list
    "他想了想……终于点了点头。",          # the same clause goes on
    "原文（有古卷没有因为……等字）已佚。",  # a span inside a note's brackets
])
def test_chinese_ellipsis_inside_a_sentence(text: str) -> None:
    assert _texts(text, "zh") == [text]

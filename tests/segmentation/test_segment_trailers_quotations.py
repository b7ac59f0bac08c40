"""Classes found by the segment13 development set (stop 26), Chinese and social posts; new
examples, the positive ones failing on the rules before the fix.

* An emoticon typed after a sentence's final mark (``:D``, ``T_T``, ``^_^``) belongs to
  that sentence and ends it, in both languages.
* A Weibo ``#topic#`` after the emoji that follow the final mark is that sentence's
  trailer, whatever follows it on the line.
* A quotation interrupted by what the speaker did, then a comma and the quotation going
  on, is one sentence; so is a quotation closed by a verb of writing (``写着``).
* ``……`` then an adverb set off by a comma (``最后，``) ends the sentence before it.
"""

from __future__ import annotations

import pytest

import tm
from rows import every_row


def _texts(text: str, lang: str) -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


@every_row(("text", "lang", "expected"), [
    ("笑死我了！:D 谁家的狗会自己开门？", "zh", ["笑死我了！:D", "谁家的狗会自己开门？"]),
    ("又迟到了。T_T 明天一定早起。", "zh", ["又迟到了。T_T", "明天一定早起。"]),
    ("收到啦！^_^谢谢大家。", "zh", ["收到啦！^_^", "谢谢大家。"]),
    ("Great match! :) See you Sunday.", "en", ["Great match! :)", "See you Sunday."]),
    ("finally fixed it!! :D the trick was the cache", "en",
     ["finally fixed it!! :D", "the trick was the cache"]),
    ("That hurt. :( Never again.", "en", ["That hurt. :(", "Never again."]),
])
def test_an_emoticon_after_the_final_mark_ends_its_sentence(
        text: str, lang: str, expected: list[str]) -> None:
    assert _texts(text, lang) == expected


@every_row(("text", "lang", "expected"), [
    # a colon before a bracket that holds words is no emoticon
    ("See the note. :(see below) for details", "en",
     ["See the note. :(see below) for details"]),
    ("Meet at 10:30. Bring water.", "en", ["Meet at 10:30.", "Bring water."]),
    ("版本号是:D2。请核对。", "zh", ["版本号是:D2。", "请核对。"]),
])
def test_what_only_looks_like_an_emoticon_is_left_alone(
        text: str, lang: str, expected: list[str]) -> None:
    assert _texts(text, lang) == expected


@every_row(("text", "expected"), [
    ("太好了！！🎉🎉 #毕业啦# 明天就出发", ["太好了！！🎉🎉 #毕业啦#", "明天就出发"]),
    ("赢了！🎉 #联赛第5轮#", ["赢了！🎉 #联赛第5轮#"]),
    ("开学第一天！📚 #新学期# #加油# 希望一切顺利",
     ["开学第一天！📚 #新学期# #加油#", "希望一切顺利"]),
])
def test_a_topic_after_the_emoji_of_a_final_mark_is_its_sentence_trailer(
        text: str, expected: list[str]) -> None:
    assert _texts(text, "zh") == expected


def test_a_topic_that_opens_a_post_still_opens_its_sentence() -> None:
    assert _texts("#周末去哪儿# 去了趟海边！人好多😂", "zh") == [
        "#周末去哪儿# 去了趟海边！", "人好多😂"]


@every_row(("text", "expected"), [
    ("“你看见了吗？”老陈放下报纸，“门口那辆车。”我摇摇头。",
     ["“你看见了吗？”老陈放下报纸，“门口那辆车。”", "我摇摇头。"]),
    ("「快走！」她一把推开门，「来不及了。」外面下着雨。",
     ["「快走！」她一把推开门，「来不及了。」", "外面下着雨。"]),
    ("『明早见。』她在便条上写着。我笑了笑。", ["『明早见。』她在便条上写着。", "我笑了笑。"]),
    ("“一切平安。”他在信里写道。母亲松了口气。", ["“一切平安。”他在信里写道。", "母亲松了口气。"]),
])
def test_a_quotation_with_what_the_speaker_did_or_wrote_is_one_sentence(
        text: str, expected: list[str]) -> None:
    assert _texts(text, "zh") == expected


@every_row(("text", "expected"), [
    # a new quotation after a full stop of narration is a new sentence
    ("“走吧。”他站起来。“天黑了。”", ["“走吧。”", "他站起来。", "“天黑了。”"]),
    # a connective and a quoted name after the quotation: a new sentence
    ("“我们要守住底线。”此外，“双减”政策也在推进。",
     ["“我们要守住底线。”", "此外，“双减”政策也在推进。"]),
    # writing that is not an attribution: what was written is its object
    ("“到此为止。”我写了一封长信。", ["“到此为止。”", "我写了一封长信。"]),
])
def test_narration_between_quotations_still_ends_its_sentences(
        text: str, expected: list[str]) -> None:
    assert _texts(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("他沉默了很久……最后，他点了点头。", ["他沉默了很久……", "最后，他点了点头。"]),
    ("雨下了一整夜……终于，天边露出了一点光。", ["雨下了一整夜……", "终于，天边露出了一点光。"]),
])
def test_an_ellipsis_before_an_adverb_set_off_by_a_comma_ends_the_sentence(
        text: str, expected: list[str]) -> None:
    assert _texts(text, "zh") == expected


@pytest.mark.parametrize("text", [
    "他沉默了很久……最后还是同意了。",
    "雨下了一整夜……终于停了。",
])
def test_an_ellipsis_before_the_same_adverb_going_on_is_a_pause(text: str) -> None:
    assert _texts(text, "zh") == [text]


@every_row(("text", "expected"), [
    ("『宝藏。』他回答。我们都笑了。", ["『宝藏。』他回答。", "我们都笑了。"]),
    ("“在家。”她答。门又关上了。", ["“在家。”她答。", "门又关上了。"]),
    # a negated answer is no attribution: the quotation was a question left unanswered
    ("“去哪？”他没有回答。", ["“去哪？”", "他没有回答。"]),
])
def test_a_bare_answer_verb_closes_its_quotation(text: str, expected: list[str]) -> None:
    assert _texts(text, "zh") == expected


@every_row(("text", "expected"), [
    ("Q. Where were you that night? A. At home with my sister.",
     ["Q. Where were you that night?", "A. At home with my sister."]),
    ("Q. And then? A. Nothing happened.", ["Q. And then?", "A. Nothing happened."]),
    # a grade or a plan named by a letter still ends its sentence
    ("I got an A. Then I celebrated.", ["I got an A.", "Then I celebrated."]),
])
def test_question_and_answer_labels_open_their_sentences(text: str,
                                                         expected: list[str]) -> None:
    assert _texts(text, "en") == expected

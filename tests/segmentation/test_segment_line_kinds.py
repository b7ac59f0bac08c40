"""Lines that are lines by nature, whatever mark they end in: verse and lyrics, separator
lines and e-mail signatures, quoted reply lines, a Chinese lead-in ending in ``：``, a
``#topic#`` line after a web address.

Classes found by the segment6 development set; the examples are new, written for each class,
and each failed on the rules before the fix.  Neighbours that must not change (hard-wrapped
prose, wrapped quoted prose, reported speech) are asserted beside them.
"""

from __future__ import annotations

import pytest

import tm
from rows import every_row


def _texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


# A poem or a song: every line capitalised and short; each line is a segment whatever it
# ends in (a dash, a colon, a comma, nothing).
@every_row("lines", [
    ["I walked the harbour wall at dawn –", "The gulls were crying overhead –",
     "No ship came in –", "And no one called."],
    ["The orchard waited, white and still:", "Each blossom held its breath,",
     "And then the frost came down."],
    ["[Chorus]", "We keep on running through the rain", "We never once look back"],
    ["♪ Hold on, the night is almost over ♪", "[GLASS SHATTERS]", "What was that?"],
])
def test_verse_and_lyrics_lines(lines: list[str]) -> None:
    assert _texts("\n".join(lines)) == lines


@pytest.mark.parametrize("text", [
    # hard-wrapped prose goes on in lower case on some line
    "The committee met on Tuesday and agreed\nTo postpone the vote until the spring\n"
    "session, when all members can attend.",
    # long lines are prose, even when every one starts with a capital
    "Reporters from Reuters and the Associated Press said on Friday that the\n"
    "Prime Minister had met the Finance Minister and the Governor of the\n"
    "Central Bank for three hours.",
])
def test_wrapped_prose_is_not_verse(text: str) -> None:
    assert _texts(text) == [text]


def test_signature_block_after_the_delimiter() -> None:
    text = ("Cheers,\nAnn\n\n-- \nAnn Wright | Head of Localisation\n"
            "Brightside Translations Ltd.\n+1 415 555 0100")
    assert _texts(text) == ["Cheers,", "Ann", "--", "Ann Wright | Head of Localisation",
                            "Brightside Translations Ltd.", "+1 415 555 0100"]


@every_row("separator", [
    "-----Original Message-----", "---------- Forwarded message ---------", "==========",
])
def test_separator_lines_stand_alone(separator: str) -> None:
    text = f"{separator}\nFrom: Li Wei <li.wei@example.cn>\nSent: Friday, May 3, 2024 10:02 AM"
    assert _texts(text) == [separator, "From: Li Wei <li.wei@example.cn>",
                            "Sent: Friday, May 3, 2024 10:02 AM"]


def test_quoted_reply_lines() -> None:
    text = ("On Tue, 4 Jun 2024, Ben Ortiz <ben@example.com> wrote:\n"
            "> The files are ready. I uploaded them to the share.\n> Regards,\n> Ben")
    assert _texts(text) == ["On Tue, 4 Jun 2024, Ben Ortiz <ben@example.com> wrote:",
                            "> The files are ready.", "I uploaded them to the share.",
                            "> Regards,", "> Ben"]


def test_wrapped_quoted_prose_stays_whole() -> None:
    text = ("> The files are ready and I uploaded them to the shared folder on\n"
            "> the server this morning, before the meeting.")
    assert _texts(text) == [text]


def test_chinese_lead_in_ending_in_a_full_width_colon() -> None:
    text = ("根据市教育局关于做好寒假期间学生安全工作的有关要求，现将本学期放假事项通知如下：\n"
            "寒假时间为1月20日至2月18日，共30天。")
    assert _texts(text, "zh") == text.split("\n")


@pytest.mark.parametrize("text", [
    # reported speech wrapped before its quotation: a speech verb, or an opening quote next
    "他回过头来，对一直站在门口等着的那位白发苍苍的老人说：\n“外面冷，您先进来吧。”",
    "她在窗前站了很久，想了又想，最后终于下定了决心：\n“明天一早就走。”",
])
def test_reported_speech_before_a_wrapped_quotation_goes_on(text: str) -> None:
    assert _texts(text, "zh") == [text]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("活动报名请戳：https://example.cn/event/2024\n#春日徒步# 一起出发吧！", "zh",
     ["活动报名请戳：https://example.cn/event/2024", "#春日徒步# 一起出发吧！"]),
    ("Tickets: https://example.com/t/889\n@rivertheatre see you at 8!", "en",
     ["Tickets: https://example.com/t/889", "@rivertheatre see you at 8!"]),
])
def test_topic_or_mention_line_after_a_web_address(text: str, lang: str,
                                                   expected: list[str]) -> None:
    assert _texts(text, lang) == expected

"""Two sentence ends that the rules missed on older development sets (segment6).

* A dotted acronym that ends a sentence before an imperative (``… in the U.S. Take the
  train …``): after ``U.S.`` a capitalised word is as often the next word of a name (``the
  U.S. Open``, ``U.S. Steel``), so only a verb of the imperatives of guides and notices,
  followed by a word in lower case, opens a new sentence there.
* Emoji after a sentence-final particle (啦 呀 吧 哦 呢 啊 吗 嘛 哈), glued to the next Chinese
  sentence with no mark (``下雪啦❄️❄️故宫…``): the particle ends the sentence, the emoji
  go with it.  Emoji inside a sentence (``我❤️北京``) stay.

The examples are new, written for each class, and each failed on the rules before the fix.
Neighbours that must not change are asserted beside them.
"""

from __future__ import annotations

import pytest

import tm
from rows import every_row


def _texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Half of the staff now work in the U.S. Take the train to Boston if you visit them.",
     ["Half of the staff now work in the U.S.", "Take the train to Boston if you visit them."]),
    ("Our support desk is based in the U.K. Call us on weekdays before noon.",
     ["Our support desk is based in the U.K.", "Call us on weekdays before noon."]),
])
def test_a_dotted_acronym_before_an_imperative(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row("text", [
    "She won the U.S. Open twice and retired at thirty.",
    "Shares of U.S. Steel rose sharply on the news.",
    "He wrote to the U.S. Trust office in Boston.",
    "The author J. R. Walk wrote the report.",
    "P.S. Take the spare key with you.",  # a label that opens a sentence
])
def test_a_name_after_a_dotted_acronym_goes_on(text: str) -> None:
    assert _texts(text) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    ("终于放晴啦☀️☀️我们去公园吧。", ["终于放晴啦☀️☀️", "我们去公园吧。"]),
    ("好饿呀🍜楼下新开了一家面馆。", ["好饿呀🍜", "楼下新开了一家面馆。"]),
])
def test_emoji_after_a_final_particle_before_a_chinese_sentence(text: str,
                                                                expected: list[str]) -> None:
    assert _texts(text, "zh") == expected


@every_row("text", [
    "我❤️北京。",
    "他吃了🍎就走了。",
    "今天真开心😄明天见！",
])
def test_emoji_inside_a_chinese_sentence_stay(text: str) -> None:
    assert _texts(text, "zh") == [text]

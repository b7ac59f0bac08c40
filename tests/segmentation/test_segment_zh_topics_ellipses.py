"""Chinese: #topics# after the final mark, …… ending a sentence, English glued to Chinese.

* a Weibo ``#topic#`` (or several) after the final mark, ending the line, stays with the
  sentence before it, as an English post's hashtags do;
* a quotation, then who said it with an action first and the reporting verb closing the
  sentence (``“…？”林枫盯着她，沉声问道。``), is one sentence;
* …… after a clause whose last character follows a figure (``398万……看房``) or at the end of a
  line before a new clause ends the sentence; after a connective (``总的来说……还行吧``) it is
  hesitation; before a pronoun that opens a new clause after a clause of five characters or
  more it ends the sentence (``一个时辰……他终究没有来``), not after a short one or a pronoun
  (``我们……我们走吧``);
* an English phrase of two words or more whose period is glued to Chinese text ends there
  (``Please resubmit.我``), not after an abbreviation (``et al.的``) or before a particle.

Classes found by the segment8 and segment9 development sets; the examples are new, written
for each class, and each failed on the rules before the fix.  Neighbours that must not
change are asserted beside them.
"""

from __future__ import annotations

import tm
from rows import every_row


def _texts(text: str) -> list[str]:
    return [s.text for s in tm.segment(text, "zh")]


@every_row(("text", "expected"), [
    # topics after the final mark, at the end of the line
    ("周末去爬山了。风景太美了！#秋游#", ["周末去爬山了。", "风景太美了！#秋游#"]),
    ("谁知道这家店几点关门？ #探店# #美食#\n我想今晚去。",
     ["谁知道这家店几点关门？ #探店# #美食#", "我想今晚去。"]),
    # a quotation, an action, then the reporting verb
    ("“钥匙在哪儿？”老李翻遍了抽屉，急忙问道。他又找了一遍。",
     ["“钥匙在哪儿？”老李翻遍了抽屉，急忙问道。", "他又找了一遍。"]),
    # …… ending a sentence
    ("首付只要36万……欢迎来电咨询。", ["首付只要36万……", "欢迎来电咨询。"]),
    ("她在车站等了整整一下午……他始终没有出现。", ["她在车站等了整整一下午……", "他始终没有出现。"]),
    ("补充一下：评论区好几位朋友都在问具体的测试数据，详见下表……\n以下为原文。",
     ["补充一下：评论区好几位朋友都在问具体的测试数据，详见下表……", "以下为原文。"]),
    # English glued to Chinese after its period
    ("经理在群里回了一句：Let me check with the team.大家都松了口气。",
     ["经理在群里回了一句：Let me check with the team.", "大家都松了口气。"]),
    ("问题还在。Please attach the log file.多谢！",
     ["问题还在。", "Please attach the log file.", "多谢！"]),
])
def test_zh_sentence_ends(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row("text", [
    # a topic that text follows on its line opens the next sentence
    "太好了！#好消息#明天正式开业。",
    # hesitation after a connective, a short clause or a repeated pronoun
    "说实话……味道一般，价格倒不贵。",
    "我们……我们还是回去吧。",
    "我想说的是我……我不知道。",
    # an abbreviation or a particle after the English period
    "这个结论最早见于Smith et al.的研究。",
    "我们用了 pip install.的方式安装。",
])
def test_zh_neighbours_that_do_not_change(text: str) -> None:
    before = {"太好了！#好消息#明天正式开业。": ["太好了！", "#好消息#明天正式开业。"]}
    assert _texts(text) == before.get(text, [text])

"""Chinese classes that segment15 (a development set since its first run) showed tm splitting wrong.

Both are general rules of rules/zh.srx, documented there and in docs/segmentation.md:

- ``……`` after a topic that opens its clause with a demonstrative and a measure word
  (这件事……, 那盘棋……) is a noun phrase left hanging, whose predicate follows: hesitation
  inside the sentence, not its end;
- an answer denied is no attribution: after a quotation, a clause that says nobody answered
  (没有人回答, 谁也没有正面回答, 未作回答) is a sentence of its own, as 他没有回答。 already was.

The examples are new, written for the classes; each failed on the rules before the change.
Neighbours that must not change are asserted beside them.
"""

from __future__ import annotations

import tm
from rows import every_row


def _texts(text: str) -> list[str]:
    return [s.text for s in tm.segment(text, "zh")]


@every_row(("text", "expected"), [
    ("那盘棋……输得真冤。我们回家吧。", ["那盘棋……输得真冤。", "我们回家吧。"]),
    ("这件事……真的不能再拖了。", ["这件事……真的不能再拖了。"]),
    ("他叹了口气，那封信……到底寄出去没有？", ["他叹了口气，那封信……到底寄出去没有？"]),
    ("“钥匙呢？”没有人回答。大家都低着头。", ["“钥匙呢？”", "没有人回答。", "大家都低着头。"]),
    ("她问：「谁来开车？」谁也没有正面回答。", ["她问：「谁来开车？」", "谁也没有正面回答。"]),
    ("“你去不去？”他始终未作回答。", ["“你去不去？”", "他始终未作回答。"]),
])
def test_new_class_examples(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row(("text", "expected"), [
    # a clause of its own before a new clause still ends at the ellipsis
    ("我买了那本书……他没来。", ["我买了那本书……", "他没来。"]),
    ("他久久不语……天色渐渐暗了。", ["他久久不语……", "天色渐渐暗了。"]),
    # an attribution with 回答 still stays with its quotation, negation-like words in a manner
    ("“在。”他不慌不忙地回答。", ["“在。”他不慌不忙地回答。"]),
    ("『宝藏。』他回答。", ["『宝藏。』他回答。"]),
    # a negation of something else before the verb of answering is no denial
    ("“要不要换一家？”她没犹豫就回答。", ["“要不要换一家？”她没犹豫就回答。"]),
])
def test_neighbours_unchanged(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected

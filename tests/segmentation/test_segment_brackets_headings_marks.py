"""Classes found by the segment11 and segment12 development sets (stop 25); new examples,
each failing on the rules before the fix, with the neighbours that must not change.

* A period inside round brackets opened in the same sentence, when the bracket closes
  before any other sentence mark, is an abbreviation's; after a short lower-case word a
  bracket with no sentence in it, followed by a comma or a lower-case word, goes on.
* A heading in capitals before a line of ordinary text ends its line however wide it is
  (a screenplay's scene heading); so does a line ending in a file name (an attachment).
* A line opening with a Roman-numeral item, ``(ii)``, starts a segment.
* Chinese: a run of sentence marks may mix full and half width (``？!``); a period after
  one Latin word glued into a Chinese sentence ends it before Chinese text; a quotation
  followed by who said it with ``说过`` / ``说了``, or by an action and a plain ``地说``,
  is one sentence.
"""

from __future__ import annotations

import pytest

import tm
from rows import every_row


def _texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


@every_row(("text", "expected"), [
    ("The order shipped Friday (ref. PO-5531). Tell me if it is late.",
     ["The order shipped Friday (ref. PO-5531).", "Tell me if it is late."]),
    ("The play (orig. Teatro Real) moved to a smaller house. It closed in May.",
     ["The play (orig. Teatro Real) moved to a smaller house.", "It closed in May."]),
    ("The coach (asst. Ramos in the first half) changed tactics. It worked.",
     ["The coach (asst. Ramos in the first half) changed tactics.", "It worked."]),
    ("Quotes follow the rev. (Cambridge, 1998) throughout. Errors are mine.",
     ["Quotes follow the rev. (Cambridge, 1998) throughout.", "Errors are mine."]),
])
def test_an_abbreviation_inside_or_before_a_bracket_goes_on(text: str,
                                                             expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence inside brackets has a mark of its own: still a sentence
    ("Sales rose. (Figures were revised. See p. 4.) Costs fell.",
     ["Sales rose.", "(Figures were revised.", "See p. 4.)", "Costs fell."]),
    ("Simmer for 20 min. (If it thickens, add water.)",
     ["Simmer for 20 min.", "(If it thickens, add water.)"]),
])
def test_a_sentence_in_brackets_still_stands_alone(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row(("text", "expected"), [
    ("INT. OLD LIGHTHOUSE KITCHEN - NIGHT\nRain. Wind. Mara lights a lamp.",
     ["INT. OLD LIGHTHOUSE KITCHEN - NIGHT", "Rain.", "Wind.", "Mara lights a lamp."]),
    ("Attached: budget_draft_v3.xlsx\nPlease check the totals. Thanks.",
     ["Attached: budget_draft_v3.xlsx", "Please check the totals.", "Thanks."]),
    ("[图片] 施工现场照片.jpg\n各位业主请查看。有问题随时联系。",
     ["[图片] 施工现场照片.jpg", "各位业主请查看。", "有问题随时联系。"]),
    ("(i) the rent payable under clause 4.2(a); and\n(ii) any service charge.",
     ["(i) the rent payable under clause 4.2(a); and", "(ii) any service charge."]),
])
def test_a_line_that_ends_on_purpose_ends_its_segment(text: str, expected: list[str]) -> None:
    assert _texts(text, "auto") == expected


@every_row(("text", "expected"), [
    # a paragraph all in capitals (a disclaimer) is wrapped prose (its lines show the
    # column they were wrapped at, 72)
    ("THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, "
     "INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A "
     "PARTICULAR PURPOSE AND NONINFRINGEMENT.",
     ["THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, "
      "INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A "
      "PARTICULAR PURPOSE AND NONINFRINGEMENT."]),
    # ... and so is one of two lines that a wrapper at 72 columns made
    ("THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED.",
     ["THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED."]),
    # a file name inside a wrapped sentence that goes on in lower case
    ("Please open the file report_2024.pdf\nand sign the last page.",
     ["Please open the file report_2024.pdf\nand sign the last page."]),
])
def test_wrapped_lines_stay_whole(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row(("text", "expected"), [
    ("真的假的？!我才不去。", ["真的假的？!", "我才不去。"]),
    ("耳机换成了AirPods.音质好多了,就是有点贵.", ["耳机换成了AirPods.", "音质好多了,就是有点贵."]),
    ("“知己知彼，百战不殆。”孙子这样说过。我们要做好准备。",
     ["“知己知彼，百战不殆。”孙子这样说过。", "我们要做好准备。"]),
    ("「外面下雪了。」她推开窗户，轻轻地说。", ["「外面下雪了。」她推开窗户，轻轻地说。"]),
])
def test_chinese_marks_latin_words_and_attributions(text: str, expected: list[str]) -> None:
    assert _texts(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("由Dr.王主讲。", ["由Dr.王主讲。"]),
    ("“今天下雨。”我们改了计划，明天再说。", ["“今天下雨。”", "我们改了计划，明天再说。"]),
])
def test_chinese_neighbours_that_do_not_change(text: str, expected: list[str]) -> None:
    assert _texts(text, "zh") == expected

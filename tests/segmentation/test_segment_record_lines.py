"""Lines broken on purpose that segment14 and segment15 (development sets) showed tm joining.

Each class is a general rule of the layout layer (tm.segmentation._layout and the modules it
uses), documented in their docstrings and in docs/segmentation.md:

- a line that ends in emoji ends its segment before a line that starts like a sentence or
  with a hashtag: a post's writer sets emoji after what they said, as a final mark;
- a credit line (a capitalised past participle and ``by``, then nothing but a name) ends its
  segment before a line that starts like a sentence, whatever its width: a museum's label,
  a review's header, a picture's credit;
- a Chinese dash ``——`` alone on its line is a separator line (above a signature);
- a field's label may end in a qualifier in brackets (``承租方（签字）：``), and a section's
  name in black lenticular brackets (``【用法用量】``) is a label too: a line that starts
  with one after a line that does is the next field.

The examples are new, written for the classes; each failed before the change.  Neighbours
that must stay whole are asserted beside them.
"""

from __future__ import annotations

import pytest

import tm


def _texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a line ending in emoji
    ("finally booked the flights to Lisbon ✈️\nCan't wait.", "en",
     ["finally booked the flights to Lisbon ✈️", "Can't wait."]),
    ("Three hours of queueing for one photo 🙃\n#worthit #museumday", "en",
     ["Three hours of queueing for one photo 🙃", "#worthit #museumday"]),
    ("今天的晚霞美得不像话，随手一拍都是壁纸🌇\n#日落#", "zh",
     ["今天的晚霞美得不像话，随手一拍都是壁纸🌇", "#日落#"]),
    # a credit line over the next field
    ("Donated by Mr. and Mrs. K. Oduya, 1987\nInv. 1987.12.3", "en",
     ["Donated by Mr. and Mrs. K. Oduya, 1987", "Inv. 1987.12.3"]),
    ("Translated by Lena Vogel, Univ. of Graz\nFirst printed 2019, 288 pp.", "en",
     ["Translated by Lena Vogel, Univ. of Graz", "First printed 2019, 288 pp."]),
    # a Chinese dash above a signature
    ("收到，谢谢！\n——\n王芳 | 财务部", "zh", ["收到，谢谢！", "——", "王芳 | 财务部"]),
    # labels with a qualifier in brackets, and section names in 【】
    ("出租方（盖章）：北方物业管理有限公司\n承租方（签字）：陈晓东\n签约日期：2025年6月1日", "zh",
     ["出租方（盖章）：北方物业管理有限公司", "承租方（签字）：陈晓东", "签约日期：2025年6月1日"]),
    ("【用法用量】口服，一次1片\n【注意事项】孕妇慎用。", "zh",
     ["【用法用量】口服，一次1片", "【注意事项】孕妇慎用。"]),
])
def test_new_class_examples(text: str, lang: str, expected: list[str]) -> None:
    assert _texts(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # emoji inside a line stay inside the sentence
    ("我❤️北京，也爱上海。", "zh", ["我❤️北京，也爱上海。"]),
    # a sentence opening with a participle and "by" goes on in lower case
    ("Reviewed by two outside referees, the paper was\naccepted in May.", "en",
     ["Reviewed by two outside referees, the paper was\naccepted in May."]),
    # a line with lower-case words after "by" is no credit line
    ("Written by hand on cheap paper in the winter of that year,\nThe letters survived.", "en",
     ["Written by hand on cheap paper in the winter of that year,\nThe letters survived."]),
    # a dash and a name after a quotation is an attribution, not a separator
    ("——鲁迅", "zh", ["——鲁迅"]),
])
def test_neighbours_unchanged(text: str, lang: str, expected: list[str]) -> None:
    assert _texts(text, lang) == expected

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

import tm
from rows import every_row


def _texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


@every_row(("text", "lang", "expected"), [
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


@every_row(("text", "lang", "expected"), [
    # a trade mark sign at a line's end is no emoji: the name goes on
    ("It runs on Acme Windows®\nVista and later versions too.", "en",
     ["It runs on Acme Windows®\nVista and later versions too."]),
    # emoji inside a line stay inside the sentence
    ("我❤️北京，也爱上海。", "zh", ["我❤️北京，也爱上海。"]),
    # a sentence opening with a participle and "by" goes on in lower case
    ("Reviewed by two outside referees, the paper was\naccepted in May.", "en",
     ["Reviewed by two outside referees, the paper was\naccepted in May."]),
    # a line with lower-case words after "by" is no credit line
    ("Written by hand on cheap paper in the winter of that year,\nThe letters survived.", "en",
     ["Written by hand on cheap paper in the winter of that year,\nThe letters survived."]),
    # review Z-11: a sentence opened by a participle, "by" and a name, wrapped after the name's
    # comma or inside the name, is one sentence
    ("The march began in November after the fall of the city.\nCommanded by General William "
     "Tecumseh Sherman,\nUnion troops marched from Atlanta to the sea in late 1864,\nburning "
     "farms and rail lines along the way.", "en",
     ["The march began in November after the fall of the city.",
      "Commanded by General William Tecumseh Sherman,\nUnion troops marched from Atlanta to the "
      "sea in late 1864,\nburning farms and rail lines along the way."]),
    ("Commanded by General William T. Sherman,\nUnion troops marched to the sea in 1864.", "en",
     ["Commanded by General William T. Sherman,\nUnion troops marched to the sea in 1864."]),
    ("The company was struggling for cash by the spring of that year.\nBacked by Sequoia "
     "Capital and Andreessen Horowitz,\nAcme raised twenty million dollars in its first round.",
     "en", ["The company was struggling for cash by the spring of that year.",
            "Backed by Sequoia Capital and Andreessen Horowitz,\nAcme raised twenty million "
            "dollars in its first round."]),
    ("The firm was founded in a garage in the winter of 1998.\nFinanced by Deutsche Bank AG "
     "and Credit Suisse,\nHamburg-based Nordlicht then bought three rivals.", "en",
     ["The firm was founded in a garage in the winter of 1998.",
      "Financed by Deutsche Bank AG and Credit Suisse,\nHamburg-based Nordlicht then bought "
      "three rivals."]),
    ("Funded by Northwind Ventures and Orbis\nPartners, Kestrel hired forty engineers.", "en",
     ["Funded by Northwind Ventures and Orbis\nPartners, Kestrel hired forty engineers."]),
    ("Funded by Northwind Ventures and\nOrbis Partners, Kestrel hired forty engineers.", "en",
     ["Funded by Northwind Ventures and\nOrbis Partners, Kestrel hired forty engineers."]),
    # a clause set off by a pair of Chinese dashes, broken before the next line, is prose
    ("——那年的雪下得格外早，谁也没料到——\n村口的老槐树一夜之间全白了。", "zh",
     ["——那年的雪下得格外早，谁也没料到——\n村口的老槐树一夜之间全白了。"]),
    # a dash and a name after a quotation is an attribution, not a separator
    ("——鲁迅", "zh", ["——鲁迅"]),
])
def test_neighbours_unchanged(text: str, lang: str, expected: list[str]) -> None:
    assert _texts(text, lang) == expected

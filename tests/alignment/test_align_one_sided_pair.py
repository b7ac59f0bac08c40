"""A line left out and a line added beside a translated pair are not one 2-2 bead
(tm.alignment._crossed.split_one_sided)."""

from __future__ import annotations

import pytest

import tm
from tm.alignment import _lexicon as lexicon  # noqa: F401  (the skipif string reads it)

pytestmark = pytest.mark.skipif("not lexicon.available()", reason="needs the dict extra")

# A made-up news story.  The English keeps a line on the offshore wind market that the
# Chinese leaves out; the Chinese adds a definition of offshore wind before the cost
# sentence.  The two one-sided lines share the topic (offshore, wind, coastal), none
# of it with the translated pair between them.
EN = ["The county's first offshore wind farm began feeding power into the grid on Monday.",
      "The project cost 6.5 billion yuan over two years, mainly for the turbines, the "
      "foundations and an undersea cable to the shore.",
      "China's offshore wind market has expanded rapidly as coastal provinces race to cut "
      "coal use and turbine prices keep falling.",
      "Its 40 turbines can supply about 300,000 homes.",
      "A second farm is planned further out to sea."]
ZH = ["该县首个海上风电场周一正式并网发电。",
      "所谓海上风电，是指在近海海域安装风力发电机组、利用海上风能发电的一种能源开发方式，"
      "对设备的抗台风和防腐蚀性能要求很高。",
      "项目总投资65亿元，历时两年，主要用于风机、基础和一条通往岸上的海底电缆。",
      "风电场的40台风机可满足约30万户家庭的用电需求。",
      "更远海域的第二座风电场也已在规划之中。"]


@pytest.mark.parametrize("paragraphs", [True, False])
def test_one_sided_lines_beside_a_crossed_pair_stand_alone(paragraphs: bool) -> None:
    """Before: one 2-2 bead [1, 2]:[1, 2] at 0.54, stored as a trusted unit that pairs the
    market line with the definition."""
    en: list[str] | list[tm.Segment] = EN
    zh: list[str] | list[tm.Segment] = ZH
    if paragraphs:
        numbers = [0, 1, 1, 2, 2]   # the pair and its one-sided lines in one paragraph
        en = [tm.Segment(text, 0, len(text), n) for n, text in zip(numbers, EN, strict=True)]
        zh = [tm.Segment(text, 0, len(text), n) for n, text in zip(numbers, ZH, strict=True)]
    beads = {(b.src, b.tgt): b.score for b in tm.align(en, zh)}
    assert list(beads) == [((0,), (0,)), ((), (1,)), ((1,), (2,)), ((2,), ()), ((3,), (3,)),
                           ((4,), (4,))]
    assert beads[((1,), (2,))] > 0.5


def test_one_sided_lines_in_the_other_direction_stand_alone() -> None:
    """The same with Chinese as the source: the definition is a 1-0 bead, the market line
    a 0-1, in text order around the pair."""
    beads = [(b.src, b.tgt) for b in tm.align(ZH, EN, "zh", "en")]
    assert beads == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((), (2,)), ((3,), (3,)),
                     ((4,), (4,))]


def test_two_swapped_sentences_that_translate_each_other_stay_one_bead() -> None:
    """Where the crossing lines do translate each other (each likelier translated than
    unrelated), the 2-2 is the sets' convention for a swap and stays."""
    en = [*EN[:2], "Offshore turbines must withstand typhoons and salt spray.", *EN[3:]]
    zh = [*ZH[:1], "海上风机必须经受住台风和盐雾的考验。", *ZH[2:]]
    beads = [(b.src, b.tgt) for b in tm.align(en, zh)]
    assert ((1, 2), (1, 2)) in beads

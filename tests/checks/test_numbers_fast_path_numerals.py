"""The numbers check's fast path knows every Chinese numeral tm.numbers reads (issue 10).

The check settles a unit without reading it when neither side holds a digit or a Chinese
numeral; it kept its own copy of the numerals, which had to be extended by hand each time
the readers learnt one (萬 億 倆 were added to both copies).  The list now has one owner,
tm.numbers.ZH_NUMERAL_CHARACTERS; this asks the question for each numeral the readers take.
"""

from __future__ import annotations

import tm
from rows import every_row
from tm.numbers import ZH_NUMERAL_CHARACTERS, extract_numbers

#: The numerals read alone before a measure word, less 一 (a spelled one is an article) and
#: the magnitudes read as round figures (千人: never reported against a number word).
_READ_ALONE = [c for c in ZH_NUMERAL_CHARACTERS
               if any(n.value != 1 and not n.round_figure
                      for n in extract_numbers(f"共{c}人", "zh-TW"))]


def test_the_readers_take_most_numerals_alone() -> None:
    assert set("二三四五六七八九十两兩") <= set(_READ_ALONE)


@every_row("numeral", _READ_ALONE)
def test_a_numeral_against_another_number_is_read(numeral: str) -> None:
    """Neither side holds a digit (and "a thousand" is no count the fast path looks for):
    only the numeral can send the unit to the full reading, which reports it."""
    unit = tm.Unit("A thousand people came.", f"共{numeral}人到场。", target_lang="zh-TW")
    assert [f.check for f in tm.check([unit], select=["numbers"])] == ["numbers"]

"""An N×M notation is the same two figures in English and Chinese (issue 10).

English glues a letter x between the figures of a relay, a grid or a screen (4x100m, 3x3,
1920x1080); Chinese writes the multiplication sign (4×100米, 3×3, 1920×1080).  Both are
read as the two figures, with the unit after the second.  Sentences of our own.
"""

from __future__ import annotations

from check_cases import assert_numbers_agree, numbers_found

from rows import every_row
from tm.numbers import extract_numbers


@every_row(("en", "zh"), [
    ("The women's 4x400m relay starts at the stadium.", "女子4×400米接力在体育场起跑。"),
    ("She swam the last leg of the 4 x 200 m medley.", "她游了4×200米混合泳的最后一棒。"),
    ("The school built two courts for 3x3 basketball.", "学校修建了两块3×3篮球场地。"),
    ("Arrange the photos in a 2x2 grid.", "将照片排成2×2网格。"),
    ("Export the video at 1920x1080.", "以1920×1080导出视频。"),
    ("The panel is 1280X720 pixels.", "该面板为1280×720像素。"),
    ("Each tile measures 60x60 cm.", "每块瓷砖尺寸为60×60厘米。"),
    ("The 4x100m team set a record.", "4x100米接力队创造了纪录。"),
])
def test_a_times_notation_reads_the_same_figures(en: str, zh: str) -> None:
    assert_numbers_agree(en, zh)


@every_row(("en", "zh"), [
    ("The women's 4x400m relay starts at the stadium.", "女子4×100米接力在体育场起跑。"),
    ("Arrange the photos in a 3x3 grid.", "将照片排成2×2网格。"),
    ("Export the video at 1920x1080.", "以1280×720导出视频。"),
    ("Each tile measures 60x60 cm.", "每块瓷砖尺寸为60×80厘米。"),
])
def test_another_figure_is_still_reported(en: str, zh: str) -> None:
    assert numbers_found(en, zh)


@every_row(("en", "read"), [
    ("Write 0x1F to the register.", []),        # a hexadecimal number
    ("Install the x86 build.", []),
    ("Model RX5700x3 ships today.", []),        # a code: the figure follows a letter
    ("The lens has a 10x zoom.", ["10x"]),      # a multiplier, read as before
])
def test_codes_and_multipliers_are_read_as_before(en: str, read: list[str]) -> None:
    assert [n.text for n in extract_numbers(en, "en")] == read

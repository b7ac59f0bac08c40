"""Traditional Chinese (zh-TW, zh-HK) numbers are read as the Simplified ones (trial T53).

萬, 億, 兩, 點, 個 … are the Traditional forms of 万, 亿, 两, 点, 个: a correct
zh-TW catalog writing 8萬 for 80,000 must pass, and a wrong figure must be
reported for the figure it gets wrong, not for an unread scale.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


def _numbers_messages(source: str, target: str, lang: str = "zh-TW") -> list[str]:
    return [f.message for f in check([Unit(source, target, target_lang=lang)],
                                     select=["numbers"])]


@every_row(("en", "zh"), [
    ("Over 80,000 people signed the petition.", "超過8萬人簽署了請願書。"),
    ("The museum drew 2.4 million visitors.", "博物館吸引了240萬名遊客。"),
    ("The port handled 17 billion dollars of cargo.", "該港口處理了170億美元的貨物。"),
    ("Two thousand runners took part.", "共有兩千名跑者參加。"),
    ("Rates rose 0.25 percentage points.", "利率上升0.25個百分點。"),
    ("The ferry leaves at 3 pm.", "渡輪下午3時開出。"),
    ("Output rose 3.5 percent.", "產量增長百分之三點五。"),
])
def test_traditional_scales_and_words_are_read(en: str, zh: str) -> None:
    assert _numbers_messages(en, zh) == []
    assert _numbers_messages(en, zh, "zh-HK") == []


def test_a_wrong_traditional_figure_is_reported_for_its_value() -> None:
    [message] = _numbers_messages("Over 80,000 people signed the petition.",
                                  "超過9萬人簽署了請願書。")
    assert "80,000" in message and "9萬" in message


def test_the_text_shown_is_what_the_writer_wrote() -> None:
    [number] = extract_numbers("共計35億元", "zh-TW")
    assert (number.text, number.value) == ("35億元", 3_500_000_000)

"""British clock times with a dot: 7.45pm is 19:45 (issue 10; cleantrial3's football club).

"kick-off 7.45pm" → 晚上7点45分 reported the Chinese time as unmatched: 7.45 before pm was
not read as a time (and glued, not at all).
"""

from __future__ import annotations

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@every_row(("text", "value"), [
    ("doors open at 6.30pm", 1830), ("doors open at 6.30 p.m.", 1830),
    ("breakfast until 10.15am", 1015), ("lunch at 12.40pm", 1240), ("at 12.10am", 10),
])
def test_a_dotted_clock_time_is_a_time(text: str, value: int) -> None:
    assert [(n.kind, n.value) for n in extract_numbers(text)] == [("time", value)]


@every_row("text", ["at 6.5pm", "at 6.75pm", "at 14.30pm"])
def test_no_clock_face_is_no_time(text: str) -> None:
    assert all(n.kind != "time" for n in extract_numbers(text))


def test_the_translation_meets_the_time() -> None:
    assert same_numbers("Doors open at 6.30pm.", "en", "晚上6点30分开门。", "zh") == ([], [])
    missing, extra = same_numbers("Doors open at 6.30pm.", "en", "晚上6点开门。", "zh")
    assert [(n.text, n.kind, str(n.value)) for n in missing] == [("6.30pm", "time", "1830")]
    assert [(n.text, n.kind, str(n.value)) for n in extra] == [("晚上6点", "time", "1800")]

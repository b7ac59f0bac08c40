"""The TEU is a unit (issue 10; heldout11's numbers miss, dev).

"about five thousand TEUs" → 约5000吨货物 changes what is counted, containers into tonnes,
with the same figure: TEU was not read, so 5000 met 5000吨 (a unit left unsaid meets any).
"""

from __future__ import annotations

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@every_row(("text", "lang"), [
    ("39 million TEUs", "en"), ("a 14,000 TEU ship", "en"), ("3900万标准箱", "zh"),
    ("1.4万标箱", "zh"), ("3900万TEU", "zh"),
])
def test_the_container_unit_is_read(text: str, lang: str) -> None:
    assert [n.unit for n in extract_numbers(text, lang)] == ["TEU"]


@every_row(("en", "zh"), [
    ("The terminal handled 3.2 million TEUs.", "该码头吞吐量为320万标准箱。"),
    ("It ordered six 14,000 TEU ships.", "该公司订造了6艘1.4万标箱的船舶。"),
    ("The line moved 500 FEU last week.", "该航线上周运输了1000标准箱。"),
])
def test_containers_meet_containers(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


def test_containers_are_no_tonnes() -> None:
    missing, extra = same_numbers("The terminal handled 3.2 million TEUs.", "en",
                                  "该码头吞吐量为320万吨。", "zh")
    assert [n.text for n in missing] == ["3.2 million TEUs"] and [n.text for n in extra] == [
        "320万吨"]

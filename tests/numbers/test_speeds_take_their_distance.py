"""Issue 10, trial finding T9: a speed localized from miles to kilometres an hour ("60 mph"
→ 每小时96公里) was a numbers error while 72°F → 22°C passed: the English speed's unit was
left implicit.  A speed now takes its unit of distance (mph → mile, km/h and kph → km), as
Chinese names a speed (时速60英里, 每小时96公里), so a converted speed matches and an
unconverted one (60 mph → 时速60公里) is reported.  The sentences are written for this
test."""

from __future__ import annotations

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@every_row(("en", "zh"), [
    ("The ferry cruises at 25 mph.", "渡轮以每小时40公里的速度巡航。"),
    ("The ferry cruises at 25 mph.", "渡轮以时速25英里巡航。"),
    ("Trucks are limited to 80km/h.", "卡车限速每小时80公里。"),
    ("Gusts reached 90 kph.", "阵风达到时速56英里。"),
])
def test_a_speed_converted_or_kept_matches(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


def test_an_unconverted_speed_is_reported() -> None:
    missing, extra = same_numbers("The ferry cruises at 25 mph.", "en",
                                  "渡轮以时速25公里巡航。", "zh")
    assert [n.text for n in missing] == ["25 mph"] and [n.text for n in extra] == ["25公里"]


def test_a_speed_reads_its_unit_of_distance() -> None:
    assert [(str(n.value), n.unit) for n in extract_numbers("It topped 120mph.")] == [
        ("120", "mile")]

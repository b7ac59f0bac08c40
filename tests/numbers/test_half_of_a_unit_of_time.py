"""Issue 10, trial finding T8: "half an hour", "half a day", "half a year" are a half of a
unit of time (0.5 hours …), as 半小时, 半天 and 半年 are; they were read as the bare
fraction one half and reported against the Chinese.  The sentences are written for this
test."""

from __future__ import annotations

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@every_row(("en", "zh"), [
    ("The ferry leaves in half an hour.", "渡轮半小时后开出。"),
    ("Allow half a day for the museum.", "参观博物馆要预留半天。"),
    ("The lease was extended by half a year.", "租约延长了半年。"),
    ("Boil the beans for half an hour.", "把豆子煮三十分钟。"),
    ("The survey ran for half a year.", "调查进行了六个月。"),
    ("Rest for half a minute.", "休息三十秒。"),
    # the half with no article or with a hyphen (numbers3), and 半小时 after 前 or 后
    ("The tram comes every half hour.", "电车每半小时一班。"),
    ("Book a half-day kayak trip.", "预订半日皮划艇之旅。"),
    ("Half-year revenue was flat.", "半年营收持平。"),
    ("Soak the seeds 30 minutes before sowing.", "播种前半小时浸泡种子。"),
    ("Lights go out 30 minutes after the show.", "演出结束后半小时熄灯。"),
    ("Stir for 30 seconds.", "搅拌半分钟。"),
])
def test_half_a_unit_of_time_matches_the_chinese(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


@every_row(("en", "zh", "said"), [
    ("The ferry leaves in half an hour.", "渡轮两小时后开出。", "half an hour"),
    ("The tram comes every half hour.", "电车每两小时一班。", "half hour"),
    ("Allow a half hour for parking.", "停车需预留一小时。", "a half hour"),
])
def test_another_length_of_time_is_still_reported(en: str, zh: str, said: str) -> None:
    missing, extra = same_numbers(en, "en", zh, "zh")
    assert [n.text for n in missing] == [said] and extra


def test_half_a_unit_of_time_is_read_with_its_unit() -> None:
    assert [(str(n.value), n.unit) for n in extract_numbers("Wait half a week.")] == [
        ("0.5", "week")]
    # not a unit of time: still the fraction
    assert [n.kind for n in extract_numbers("Walk half a mile.")] == ["fraction"]
    # nor a word the unit opens
    assert [n.kind for n in extract_numbers("a half-yearly survey")] == ["fraction"]

"""Review Y-24: a time that says its half of the day without a.m./p.m. is not met by the
other half — a zero-padded 24-hour time (07:00) and an hour with the part of the day in
words (at 7 in the morning, at 9 tonight).  A bare "at 2:30" still meets either half."""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


def _reported(en: str, zh: str) -> bool:
    return bool(check([Unit(en, zh)], select=["numbers"]))


@every_row(("en", "zh", "reported"), [
    ("The ferry sails at 07:00.", "渡轮晚上7点开船。", True),
    ("The ferry sails at 07:00.", "渡轮早上7点开船。", False),
    ("Boarding starts at 06:30.", "晚上6点半开始登机。", True),
    ("Doors open at 7 in the morning.", "晚上7点开门。", True),
    ("Doors open at 7 in the morning.", "早上7点开门。", False),
    ("The talk starts at 8 in the evening.", "讲座早上8点开始。", True),
    ("The talk starts at 8 in the evening.", "讲座晚上8点开始。", False),
    ("Text me at 10 tonight.", "早上10点给我发短信。", True),
    ("The store opened at 7 this morning.", "商店今晚7点开门。", True),
    ("The store opened at 7 this morning.", "商店今早7点开门。", False),
    ("We fly at 6 tomorrow evening.", "我们明天早上6点起飞。", True),
    ("Text me at 10 tonight.", "今晚10点给我发短信。", False),
    ("We land at 4:45 in the afternoon.", "我们下午4点45分降落。", False),
    ("The shop closes at 12 at night.", "商店午夜12点关门。", False),
    # no half said: either half may be meant
    ("The call is at 2:30.", "电话会议在下午两点半。", False),
])
def test_a_time_that_says_its_half_of_the_day(en: str, zh: str, reported: bool) -> None:
    assert _reported(en, zh) is reported

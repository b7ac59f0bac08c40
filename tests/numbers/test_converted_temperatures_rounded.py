"""A temperature converted between °F and °C is rounded as translators round it (issue 10).

350°F is 176.7℃: a recipe writes 175℃ or 180℃, the step its figure shows.  The two meet
within half the rounding step of either figure (for three digits or more, 10 for a figure
ending in 0, 5 for one ending in 5; else its last digit's) or a degree; a figure outside
that is another temperature (40℃ for 98.6°F, review Y-3).
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh"), [
    ("Roast the chicken at 350°F.", "用175℃烤鸡。"),
    ("Roast the chicken at 350°F.", "用180℃烤鸡。"),
    ("Bake the bread at 425°F for 30 minutes.", "面包以220℃烘烤30分钟。"),
    ("Heat the oil to 375°F.", "将油加热至190℃。"),
    ("Keep the room at 68°F.", "室温保持在20℃。"),
    ("Serve the wine at 59°F.", "葡萄酒在15℃时饮用。"),
    ("Tomorrow's high is 88°F.", "明天最高气温31℃。"),
])
def test_a_converted_temperature_rounded_to_its_figure_meets(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@every_row(("en", "zh"), [
    ("Roast the chicken at 350°F.", "用170℃烤鸡。"),
    ("Roast the chicken at 350°F.", "用190℃烤鸡。"),
    ("Keep the room at 77°F.", "室温保持在20℃。"),
    ("Keep the room at 72°F.", "室温保持在25℃。"),
    ("The pipes freeze at 40°F.", "管道在0℃结冰。"),
    ("Normal body temperature is 98.6°F.", "正常体温为40℃。"),
    ("Call a doctor if the fever is above 100°F.", "如果发烧超过40℃，请就医。"),
])
def test_a_temperature_outside_the_rounding_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)

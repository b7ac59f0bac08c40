"""A percent is no percentage point (issue 10; heldout23's numbers miss and two trial misses).

"fell by 18%" is a share of the old value, 下降了18个百分点 a difference of two rates: a
translation that turns one into the other changes what is said, and both were read as the
same "percent 18".  The reverse was a false alarm: "rose 0.3 points" (rate talk for
percentage points) against 上升0.3个百分点 read a plain 0.3 against a percentage.
"""

from __future__ import annotations

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@every_row(("text", "lang", "unit"), [
    ("up 4 percent", "en", "%"), ("up 4%", "en", "%"), ("up 4 per cent", "en", "%"),
    ("up 4 percentage points", "en", "pp"),
    ("a 40 basis point cut", "en", "pp"), ("下降4%", "zh", "%"), ("百分之四", "zh", "%"),
    ("下降4个百分点", "zh", "pp"), ("下降4百分点", "zh", "pp"), ("下调40个基点", "zh", "pp"),
    ("下降4個百分點", "zh-TW", "pp"),
])
def test_the_unit_of_a_percentage_is_read(text: str, lang: str, unit: str) -> None:
    assert [(n.kind, n.unit) for n in extract_numbers(text, lang)] == [("percent", unit)]


def test_a_bare_hundred_before_percentage_point_is_no_magnitude() -> None:
    assert [(str(n.value), n.text) for n in extract_numbers("占比提高了7百分点", "zh")] == [
        ("7", "7百分点")]


@every_row(("en", "zh", "missing", "extra"), [
    ("Turnout dropped by 12% this year.", "今年投票率下降了12个百分点。",
     ["12%"], ["12个百分点"]),
    ("The savings rate rose 2.4 percentage points.", "储蓄率上升了2.4%。",
     ["2.4 percentage points"], ["2.4%"]),
    ("Bond yields jumped 15 basis points.", "债券收益率上涨了0.15%。",
     ["15 basis points"], ["0.15%"]),
    ("The rate fell half a point.", "该利率下降了0.5%。",
     ["half"], ["0.5%"]),
])
def test_percent_against_percentage_points_is_reported(
        en: str, zh: str, missing: list[str], extra: list[str]) -> None:
    lost, added = same_numbers(en, "en", zh, "zh")
    assert ([n.text for n in lost], [n.text for n in added]) == (missing, extra)


@every_row(("en", "zh"), [
    ("The savings rate rose 2.4 percentage points to 31 percent.",
     "储蓄率上升2.4个百分点，至31%。"),
    ("Inflation eased 0.2 points to 3.1%.", "通胀率回落0.2个百分点至3.1%。"),
    ("Inflation eased 0.2 pp to 3.1%.", "通胀率回落0.2个百分点至3.1%。"),
    ("Rates were raised by a quarter of a percentage point.", "利率上调了0.25个百分点。"),
    ("Rates were raised by a quarter point.", "利率上调了25个基点。"),
    ("Bond yields jumped 15 basis points.", "债券收益率上涨了0.15个百分点。"),
    ("Margins widened by 1 to 2 percentage points.", "利润率扩大1至2个百分点。"),
    ("Sales grew 8 per cent.", "销售额增长百分之八。"),
    ("Seven in ten shoppers paid by phone.", "七成顾客使用手机支付。"),
    ("The team won by 12 points.", "该队以12分的优势获胜。"),
    ("The index shed 310 points, or 2.2 percent.", "该指数下跌310点，跌幅2.2%。"),
])
def test_the_same_percentage_in_its_own_unit_is_quiet(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


def test_points_stay_a_plain_figure_against_a_percent() -> None:
    """A bare "points" may be percentage points, never percent: 0.2 points is not 0.2%."""
    missing, extra = same_numbers("Inflation eased 0.2 points.", "en", "通胀率回落0.2%。", "zh")
    assert [n.text for n in missing] == ["0.2 points"] and [n.text for n in extra] == ["0.2%"]


@every_row(("en", "zh"), [
    ("The report runs to 48 pp.", "报告共48页。"),
    ("Printed on 120 pp of recycled paper.", "用120页再生纸印刷。"),
    ("Inflation eased 0.2 pp to 3.1%.", "通胀率回落0.2个百分点至3.1%。"),
])
def test_pp_is_read_as_points_not_as_percentage_points(en: str, zh: str) -> None:
    """Review V-3: after a figure "pp" is pages at least as often as percentage points
    ("a 48 pp report"); read as "points", it meets either rendering."""
    assert same_numbers(en, "en", zh, "zh") == ([], [])


#: Review V-3: the short forms of percentage points, glued or spaced ("rose 2.1pp", "fell
#: 5 ppts") are points; spaced "pp" after a page count stays a plain figure's equal.
@every_row(("en", "zh"), [
    ("Gross margin rose 2.1pp to 41%.", "毛利率上升2.1个百分点至41%。"),
    ("Operating margin fell 5 ppts.", "营业利润率下降5个百分点。"),
    ("Operating margin fell 5ppts.", "营业利润率下降5个百分点。"),
    ("The jobless rate edged up 0.1 ppt.", "失业率小幅上升0.1个百分点。"),
    ("The brochure runs to 36 pp.", "这本手册共36页。"),
])
def test_short_forms_of_points_meet_percentage_points(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


def test_short_points_against_a_percent_are_reported() -> None:
    missing, extra = same_numbers("Gross margin rose 2.1pp.", "en", "毛利率上升2.1%。", "zh")
    assert [(n.text, n.unit) for n in missing] == [("2.1pp", "point")]
    assert [(n.text, n.unit) for n in extra] == [("2.1%", "%")]

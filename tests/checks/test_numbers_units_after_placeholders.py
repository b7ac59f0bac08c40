"""Issue 10 (recall; CLEANTRIAL4's misses): a unit after a placeholder is compared.

"The passenger is %d km away." → 乘客距您 %d 英里。 and "Duration: %d min" → 时长：%d 小时
passed: the figure is the program's, so no number carried the unit, and only a glossary
term for the unit could catch it ("%.2f km" was, "%d km" was not).  The numbers check now
reads the unit written right after each placeholder of the source and after the target's
placeholders of the same argument, with the readers of tm.numbers, and reports a unit of
the same kind and another size (km / mile, minutes / hours, GB / MB, % / percentage points,
two currencies).  The same unit in other words (千米, 公里/小时 for km/h), a unit the target
writes elsewhere or not at all, and a unit of another kind (water billed in 吨 for cubic
metres) are quiet.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


def _report(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh", "message"), [
    ("The courier is %d km from you.", "快递员距您 %d 英里。",
     "the unit after %d is km in the source, mile in the target"),
    ("Cooking time: %d min", "烹饪时间：%d 小时",
     "the unit after %d is min in the source, hour in the target"),
    ("Route length: %.1f miles", "路线长度：%.1f 公里",
     "the unit after %.1f is mile in the source, km in the target"),
    ("Avg. pace %s /mile", "平均配速 %s /公里",
     "the unit after %s is mile in the source, km in the target"),
    ("{size} GB left on the card", "存储卡剩余 {size} MB",
     "the unit after {size} is GB in the source, MB in the target"),
    ("Rent: %(amount)s euros a month", "租金：每月 %(amount)s 英镑",
     "the unit after %(amount)s is EUR in the source, GBP in the target"),
    ("Turnout rose %d%%", "投票率上升了 %d 个百分点",
     "the unit after %d is % in the source, pp in the target"),
    ("Load: %d kg", "载重：%d 磅",
     "the unit after %d is kg in the source, lb in the target"),
    ("Renews in %d weeks", "%d 个月后续订",
     "the unit after %d is week in the source, month in the target"),
])
def test_another_unit_after_a_placeholder_is_reported(en: str, zh: str, message: str) -> None:
    assert _report(en, zh) == [f"number mismatch: {message}"]


def test_each_argument_keeps_its_own_unit() -> None:
    en = "Trip: %(hours)d h %(minutes)d min"
    assert _report(en, "行程：%(hours)d 小时 %(minutes)d 分钟") == []
    assert _report(en, "行程：%(minutes)d 小时 %(hours)d 分钟") == [
        "number mismatch: the unit after %(hours)d is hour in the source, min in the target; "
        "the unit after %(minutes)d is min in the source, hour in the target"]


@every_row(("en", "zh"), [
    ("The courier is %d km from you.", "快递员距您 %d 公里。"),
    ("The courier is %d km from you.", "快递员距您%d千米。"),
    ("Top speed: %d km/h", "最高时速：%d 公里/小时"),
    ("Cooking time: %d min", "烹饪时间：%d 分钟"),
    ("Cooking time (min): %d", "烹饪时间（分钟）：%d"),            # the unit elsewhere
    ("Cooking time: %d min", "烹饪时间：%d"),                      # or not written
    ("Water used: {volume} cubic metres", "用水量：{volume} 吨"),   # another kind
    ("Burned: %d calories", "消耗：%d 千卡"),
    ("Battery at %d%%", "电量剩余 %d%%"),
    ("Price: %s USD", "价格：%s 美元"),
    ("%d trips today", "今日 %d 趟行程"),
    ("%1$d km in %2$d min", "用时 %2$d 分钟，跑了 %1$d 公里"),
])
def test_the_same_unit_or_none_is_quiet(en: str, zh: str) -> None:
    assert _report(en, zh) == []

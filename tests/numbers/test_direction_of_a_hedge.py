"""Issue 10 (recall; CLEANTRIAL4's misses): "more than" is not "nearly".

"more than 100 years" → 近百年 ("nearly a hundred years") passed: a figure said to be a
lower bound (more than, over, at least, 逾, 超过, 不低于, 600多, 以上) and one of the same
value said to be an upper bound (nearly, less than, no more than, 近, 不到, 不超过, 以下) are
different numbers.  A hedge that says neither (about, 约, 左右), or one side's hedge
alone, changes nothing.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers, same_numbers


@every_row(("en", "zh", "message"), [
    ("The bridge is more than 200 years old.", "这座桥已有近200年历史。",
     "number mismatch: 200 (more than) in the source not found in the target; "
     "200 (less than) in the target not in the source"),
    ("Nearly 300 volunteers signed up.", "300多名志愿者报名。",
     "number mismatch: 300 (less than) in the source not found in the target; "
     "300多 (more than) in the target not in the source"),
    ("Keep the battery at no more than 90%.", "请将电量保持在90%以上。",
     "number mismatch: 90% (less than) in the source not found in the target; "
     "90% (more than) in the target not in the source"),
    ("Fewer than 5% of users opted out.", "超过5%的用户选择退出。",
     "number mismatch: 5% (less than) in the source not found in the target; "
     "5% (more than) in the target not in the source"),
])
def test_opposite_bounds_are_reported(en: str, zh: str, message: str) -> None:
    assert [f.message for f in check([Unit(en, zh)], select=["numbers"])] == [message]


@every_row(("en", "zh"), [
    ("The bridge is more than 200 years old.", "这座桥已有200多年历史。"),
    ("The bridge is more than 200 years old.", "这座桥已有逾200年历史。"),
    ("Nearly 300 volunteers signed up.", "近300名志愿者报名。"),
    ("Nearly 300 volunteers signed up.", "将近300名志愿者报名。"),
    ("About 300 volunteers signed up.", "300多名志愿者报名。"),      # about: no bound
    ("Charge it to at least 90%.", "请充电至不低于90%。"),
    ("Charge it to at least 90%.", "请充电至90%以上。"),
    ("Keep the battery at no more than 90%.", "请将电量保持在不超过90%。"),
    ("Children under 12 ride free.", "12岁以下儿童免费乘坐。"),
    ("The work will be done in over 3 days.", "工作将在3天内完成。"),   # 内: no bound
    ("More than half agreed.", "一半以上的人同意。"),
])
def test_bounds_the_same_way_or_unsaid_are_quiet(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


@every_row(("en", "zh"), [
    ("Fees may rise by no more than 8 percent.", "费用涨幅不得超过8%。"),
    ("Fees must not be more than 8 percent higher.", "费用涨幅不得超过8%。"),
    ("Fees must not be more than 8 percent higher.", "费用涨幅不超过8%。"),
])
def test_a_negated_bound_is_no_bound(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


@every_row(("zh", "bound"), [
    ("他去过30个国家。", ""),          # the particle 过 ("has been to"), no bound
    ("他去过近30个国家。", "under"),
    ("销量超过30万台。", "over"),
])
def test_the_particle_guo_is_no_bound(zh: str, bound: str) -> None:
    assert [n.bound for n in extract_numbers(zh, "zh")] == [bound]

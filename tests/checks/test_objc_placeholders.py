"""Objective-C and Swift placeholders are placeholders (trial T54).

iOS strings converted to PO carry ``#, objc-format``: ``%@`` (an object, printed by its
description), ``%1$@``, ``%lld``, ``%lu``.  tm did not read ``%@``: a dropped user name
passed, and a dropped ``%2$@`` was reported as the number 2.  A dropped unnumbered
placeholder is named as missing, not as the next one being "of another type".
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.checks.placeholders import compare_placeholders


@every_row(("en", "zh", "missing"), [
    ("Welcome back, %@!", "欢迎回来！", "%@"),
    ("%@ shared %lld photos", "分享了 %lld 张照片", "%@"),
    ("Moved %1$@ into %2$@", "已将 %1$@ 移入", "%2$@"),
    ("%s owes %d coins", "欠 %d 枚硬币", "%s"),
])
def test_a_dropped_object_placeholder_is_named(en: str, zh: str, missing: str) -> None:
    problems, _ = compare_placeholders(en, zh)
    assert problems == [f"missing from the target: {missing}"]


@every_row(("en", "zh"), [
    ("Welcome back, %@!", "欢迎回来，%@！"),
    ("Moved %1$@ into %2$@", "已将 %1$@ 移入 %2$@"),
    ("Moved %1$@ into %2$@", "已移动 %1$@ 至 %2$@"),
    ("%@ shared %lld photos", "%@ 分享了 %lld 张照片"),
    ("%lu of %lu songs", "%lu / %lu 首歌曲"),
])
def test_kept_object_placeholders_pass(en: str, zh: str) -> None:
    assert compare_placeholders(en, zh) == ([], [])


def test_an_object_is_not_a_number() -> None:
    found = check([Unit("Moved %1$@ into %2$@", "已将 %1$@ 移入")],
                  select=["placeholders", "numbers"])
    assert [f.check for f in found] == ["placeholders"]


def test_an_object_placeholder_for_a_number_is_another_type() -> None:
    problems, _ = compare_placeholders("%d files", "%@ 个文件")
    assert problems and "type" in problems[0]

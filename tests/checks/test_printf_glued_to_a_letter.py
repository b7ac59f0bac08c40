"""A printf conversion glued to a letter is read as printf reads it when both sides agree so.

"Resend in %ds" (c-format: ``%d`` and a literal ``s``, as ``msgfmt -c`` and C's printf
read it) translated "%d秒后重新发送" was reported "placeholder(s) not in the source: %d":
the source's ``%ds`` was taken for prose (as ``5 %of users`` must be), the target's ``%d``
before a Chinese character was not.  Prose stays prose: only a pair that agrees when both
sides are read the printf way is accepted.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


def _messages(source: str, target: str) -> list[str]:
    return [f.message for f in check([Unit(source, target)], select=["placeholders"])]


@every_row(("source", "target"), [
    ("Resend in %ds", "%d秒后重新发送"),
    ("Width: %dpx", "宽度：%d像素"),
    ("%ds left, %s", "还剩%d秒，%s"),
    ("Retry in %1$dmin (%2$s)", "%1$d分钟后重试（%2$s）"),
    ("5 %of users", "5%的用户"),          # prose on both sides: nothing to compare
])
def test_pairs_that_agree_read_the_printf_way_pass(source: str, target: str) -> None:
    assert _messages(source, target) == []


@every_row(("source", "target"), [
    ("Found %d items", "找到个项目"),
    ("Resend in %ds, %s", "%s秒后重新发送"),  # the %d is gone, read either way
    ("%ds left", "还剩%s秒"),               # another type, read either way
])
def test_real_mismatches_are_still_reported(source: str, target: str) -> None:
    assert _messages(source, target)

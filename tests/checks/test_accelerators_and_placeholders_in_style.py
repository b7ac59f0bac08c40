"""Menu access keys and placeholders are not Chinese prose (trials T67 and T62).

T67: zh_CN desktop catalogs (Qt, KDE, Windows ``&``; GTK ``_``; LibreOffice ``~``) put a
label's access key in half-width parentheses after the Chinese: ``新建(&N)``,
``查找(_F)…``.  halfwidth-punctuation reported every such menu item; a half-width
parenthesis in prose is still reported.

T62: han-latin-spacing read the conversion letter of ``%s`` as a Latin letter touching
Han text (on its right side only; the ``%`` is no letter) and ignored ``{name}``.  A
placeholder stands for a value, often Chinese: neither side of it is checked, under
either house style; real Latin words and digits still are.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check
from tm.checks import CheckConfig


def _messages(source: str, target: str, select: str, style: str = "always") -> list[str]:
    config = CheckConfig(style={"han-latin-spacing": style})
    return [f.message for f in check([Unit(source, target)], select=[select], config=config)]


@every_row(("source", "target"), [
    ("&New", "新建(&N)"),
    ("_Find…", "查找(_F)…"),
    ("Close ~Window", "关闭窗口(~W)"),
    ("Import from &ZIP...", "从 ZIP 导入(&Z)..."),
    ("Rename &Layer", "重命名图层(&L)"),
])
def test_a_parenthesised_access_key_is_no_prose(source: str, target: str) -> None:
    assert _messages(source, target, "halfwidth-punctuation") == []


@pytest.mark.parametrize(("source", "target"), [
    ("Rename the layer (optional)", "重命名图层(可选)"),
    ("New (&N) file", "新建(文件)"),
])
def test_half_width_parentheses_around_words_are_still_reported(source: str,
                                                                target: str) -> None:
    assert _messages(source, target, "halfwidth-punctuation")


@every_row(("target", "style"), [
    ("已向%s发送邀请", "always"),
    ("已向 %s 发送邀请", "never"),
    ("将%2$s移至%1$s", "always"),
    ("共 {count} 项", "never"),
    ("共{count}项", "always"),
    ("欢迎%(user)s回来", "always"),
])
def test_placeholders_are_not_latin_letters(target: str, style: str) -> None:
    assert _messages("Sent it", target, "han-latin-spacing", style) == []


@pytest.mark.parametrize(("target", "style", "places"), [
    ("已向%s发送PDF文件", "always", 2),
    ("已向 %s 发送 PDF 文件", "never", 2),
])
def test_latin_words_beside_placeholders_are_still_checked(target: str, style: str,
                                                            places: int) -> None:
    messages = _messages("Sent it", target, "han-latin-spacing", style)
    assert len(messages) == 1 and f"{places} place(s)" in messages[0]

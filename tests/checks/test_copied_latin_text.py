"""Half-width marks inside Latin text the target copies from the source are that text's
(user trial T34: the ! of a quoted "Hello, World!", the : of the command :quit and the
emoticon :) were flagged, and fixing them as advised would break the copied text)."""

from __future__ import annotations

import tm
from rows import every_row


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in tm.check([tm.Unit(en, zh)],
                                       select=["halfwidth-punctuation", "punctuation"])]


@every_row(("en", "zh"), [
    ('The sample app prints "Bye, Mars!" and exits.', "示例程序打印“Bye, Mars!”后退出。"),
    ("Enter :wq to save and quit.", "输入 :wq 保存并退出。"),
    ("Thanks :)", "谢谢 :)"),
])
def test_marks_of_copied_latin_text_pass(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@every_row(("en", "zh", "mark"), [
    ("Open Settings: Bluetooth", "打开设置: Bluetooth", "':'->'："),
    ("He agreed, and left.", "他同意了,然后离开了。", "','->'，'"),
    ("Really?!", "真的?!", "'?'->'？'"),
    ("Run make test; then push.", "先运行 make test; 再推送。", "';'->'；'"),
    ("Remove user %s?", "删除用户 %s?", "final '?' is half-width"),   # a placeholder is no text
])
def test_half_width_marks_of_the_chinese_prose_are_still_reported(en: str, zh: str,
                                                                 mark: str) -> None:
    assert any(mark in message for message in _found(en, zh))

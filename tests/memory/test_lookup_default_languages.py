"""TranslationMemory.lookup reads a query in the language it is written in (T57).

With the defaults, a Chinese query was asked as English (``source_lang="en"``) and
found nothing, silently, while ``tm lookup``, the JSON API and docs/memory-cli.md
guess Chinese from the text.  The library now asks the same guesser
(tm.text.query_languages); languages given explicitly decide as before.
"""

from __future__ import annotations

from pathlib import Path

from tm.memory import TranslationMemory
from tm.model import Unit


def _memory(tmp_path: Path) -> TranslationMemory:
    memory = TranslationMemory.open(tmp_path / "m.db")
    memory.add([Unit("The greenhouse opens at nine.", "温室九点开门。"),
                Unit("Bring your own gloves.", "请自带手套。"),
                Unit("Close the window.", "關閉視窗。", target_lang="zh-TW")])
    return memory


def test_a_chinese_query_finds_the_english_with_the_defaults(tmp_path: Path) -> None:
    with _memory(tmp_path) as memory:
        found = memory.lookup("温室九点开门。")
        assert [(m.unit.source, m.unit.target, m.score) for m in found] == [
            ("温室九点开门。", "The greenhouse opens at nine.", 100)]
        # a short Traditional query finds the zh-TW unit (red team M-4: it found nothing)
        assert [m.unit.target for m in memory.lookup("關閉視窗。")] == ["Close the window."]
        assert [m.unit.target for m in memory.lookup("Bring your own gloves.")] == ["请自带手套。"]


def test_explicit_languages_still_decide(tmp_path: Path) -> None:
    with _memory(tmp_path) as memory:
        assert memory.lookup("温室九点开门。", source_lang="en", target_lang="zh-CN") == []
        found = memory.lookup("温室九点开门。", target_lang="en")
        assert [m.unit.target for m in found] == ["The greenhouse opens at nine."]

"""TranslationMemory.languages(): the language keys a memory holds, on both backends."""

from __future__ import annotations

from tm import TranslationMemory, Unit


def test_languages_are_the_keys_lookup_matches_on(location: str) -> None:
    with TranslationMemory.open(location) as memory:
        assert memory.languages() == []
        memory.add([Unit("Save.", "保存。"),
                    Unit("Hello.", "Hallo.", source_lang="en-US", target_lang="de_DE"),
                    Unit("Open.", "開啟。", target_lang="zh-Hant-TW"),
                    Unit("Close.", "关闭。", target_lang="zh-SG")])
        assert memory.languages() == ["de", "en", "zh", "zh-Hant"]
    with TranslationMemory.open(location, readonly=True) as reader:
        assert reader.languages() == ["de", "en", "zh", "zh-Hant"]

"""remove_units takes a file off single translations as remove_origin takes it off all
(review Z-22).

``tm import`` withdraws the further translations (context ``translation 2``) a
re-imported file no longer says with ``TranslationMemory.remove_units``.  It
deleted a unit only its own file said and skipped the others: a unit another
file also said stayed the withdrawing file's, with that file's trust, so an
untrusted vendor memory's translation came back as a trusted 100.
"""

from __future__ import annotations

from tm import TranslationMemory, Unit

SECOND = "translation 2"


def _pair(target: str, origin: str, context: str = "") -> Unit:
    return Unit("Save the file.", target, context=context, origin=origin, target_lang="zh-CN")


def _found(memory: TranslationMemory) -> list[tuple[str, float, str]]:
    return sorted((m.unit.target, m.score, m.unit.origin.path)
                  for m in memory.lookup("Save the file.", target_lang="zh-CN", limit=10))


def test_a_withdrawn_pair_another_file_says_passes_to_it_with_its_trust(location: str) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add([_pair("保存文件。", "proj.tmx:4"), _pair("存盘。", "proj.tmx:5", SECOND)])
        memory.add([_pair("保存文件。", "vendor.tmx:4"), _pair("存盘。", "vendor.tmx:5", SECOND)],
                   trusted=False)
        assert memory.remove_units([_pair("存盘。", "proj.tmx:5", SECOND)]) == 0  # passed
        assert _found(memory) == [("保存文件。", 100, "proj.tmx"), ("存盘。", 99, "vendor.tmx")]


def test_a_withdrawn_listing_takes_its_trust_away(location: str) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add([_pair("存盘。", "vendor.tmx:5", SECOND)], trusted=False)
        memory.add([_pair("存盘。", "proj.tmx:5", SECOND)])  # listed on the vendor's unit
        assert _found(memory) == [("存盘。", 100, "vendor.tmx")]
        assert memory.remove_units([_pair("存盘。", "proj.tmx:5", SECOND)]) == 0
        assert _found(memory) == [("存盘。", 99, "vendor.tmx")]
        memory.remove_origin("vendor.tmx")
        assert _found(memory) == []


def test_a_pair_only_its_file_says_goes(location: str) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add([_pair("保存文件。", "proj.tmx:4"), _pair("存盘。", "proj.tmx:5", SECOND)])
        assert memory.remove_units([_pair("存盘。", "proj.tmx:5", SECOND),
                                    _pair("存盘。", "other.tmx:5", SECOND)]) == 1
        assert _found(memory) == [("保存文件。", 100, "proj.tmx")]

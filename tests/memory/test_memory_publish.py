"""A staged import published onto a memory that appeared meanwhile keeps each file's trust
(review Z-6).

``TranslationMemory.writing(path)`` builds a new memory beside *path* and links
it into place; when another process created the memory meanwhile, the staged
units are added to it.  They were added by the UNIT's trust under the owning
file alone: the files listed on a unit were dropped, and an untrusted vendor
TMX's unit, trusted only because a reviewed catalog said the same pair, became
the vendor's own trusted unit, a 100 match even after the catalog was withdrawn.
"""

from __future__ import annotations

from pathlib import Path

from tm import TranslationMemory, Unit


def _unit(target: str, origin: str, source: str = "Hold the line.") -> Unit:
    return Unit(source, target, origin=origin, target_lang="zh-CN")


def _staged_onto_a_memory_made_meanwhile(path: Path) -> None:
    with TranslationMemory.writing(str(path)) as staged:
        staged.add([_unit("请稍候。", "vendor.tmx:4")], trusted=False)
        staged.add([_unit("请稍候。", "reviewed.po:9"), _unit("再见。", "reviewed.po:10",
                                                               source="Goodbye.")])
        with TranslationMemory.open(str(path)) as other:  # another import, first to finish
            other.add([_unit("你好。", "greeting.po:1", source="Hello.")])


def test_withdrawing_the_reviewed_file_leaves_the_vendor_untrusted(tmp_path: Path) -> None:
    path = tmp_path / "team.db"
    _staged_onto_a_memory_made_meanwhile(path)
    with TranslationMemory.open(str(path)) as memory:
        assert [m.score for m in memory.lookup("Hold the line.", target_lang="zh-CN")] == [100]
        memory.remove_origin("reviewed.po")
        [match] = memory.lookup("Hold the line.", target_lang="zh-CN")
        assert (match.unit.target, match.score, match.trusted) == ("请稍候。", 99, False)
        assert sorted(u.source for u in memory.units()) == ["Hello.", "Hold the line."]


def test_withdrawing_the_vendor_keeps_the_reviewed_translation(tmp_path: Path) -> None:
    path = tmp_path / "team.db"
    _staged_onto_a_memory_made_meanwhile(path)
    with TranslationMemory.open(str(path)) as memory:
        memory.remove_origin("vendor.tmx")
        [match] = memory.lookup("Hold the line.", target_lang="zh-CN")
        assert (match.unit.target, match.score) == ("请稍候。", 100)
        assert str(match.unit.origin) == "reviewed.po:9"

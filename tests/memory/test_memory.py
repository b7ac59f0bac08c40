"""TranslationMemory: storing, de-duplicating, looking up, concordance, files."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from tm import ConcordanceHit, StoreError, TranslationMemory, Unit

UNITS = [
    Unit("The store opens at 9 am.", "商店上午9点开门。", origin="shop.po:3"),
    Unit("The store closes at 6 pm.", "商店下午6点关门。", origin="shop.po:7"),
    Unit("Inno Way is a startup street in Beijing.", "中关村创业大街是北京的一条创业街。",
         origin="article.po:10"),
    Unit("Save the file.", "保存文件。", context="menu", origin="ui.po:1"),
    Unit("Save the file.", "保存该文件。", context="dialog", origin="ui.po:2"),
]


@pytest.fixture
def memory(location: str) -> Iterator[TranslationMemory]:
    with TranslationMemory.open(location) as mem:
        mem.add(UNITS)
        yield mem


def test_add_counts_and_ignores_duplicates(memory: TranslationMemory) -> None:
    assert len(memory) == len(UNITS)
    assert memory.add(UNITS) == 0
    assert len(memory) == len(UNITS)


def test_updated_unit_replaces_the_old_one(memory: TranslationMemory) -> None:
    changed = Unit("The store opens at 9 am.", "商店早上9点开门。", origin="shop.po:5")
    assert memory.add([changed]) == 1
    assert len(memory) == len(UNITS)
    [best] = memory.lookup("The store opens at 9 am.", limit=1)
    assert best.unit.target == "商店早上9点开门。"


def test_same_source_from_another_file_is_kept(memory: TranslationMemory) -> None:
    other = Unit("The store opens at 9 am.", "商店九点开门。", origin="other.po:1")
    assert memory.add([other]) == 1
    targets = {m.unit.target for m in memory.lookup("The store opens at 9 am.")}
    assert targets == {"商店上午9点开门。", "商店九点开门。"}


def test_empty_units_are_skipped(location: str) -> None:
    with TranslationMemory.open(location) as mem:
        assert mem.add([Unit("Hello", ""), Unit("  ", "你好")]) == 0
        assert len(mem) == 0


@pytest.mark.parametrize(("query", "score"), [
    ("The store opens at 9 am.", 100),
    ("the store opens at 9 am.", 99),          # case only
    ("The store opens at 9 am", 99),           # punctuation only
    ("the store opens at 9 am", 98),           # both
    ("The store opens at 9 pm.", 83),          # one word of six
    ("The store opens at 10 am.", 99),         # only a number, which the target holds: adapted
    ("The shop opens at 10 am.", 66),          # two words of six: below 70
])
def test_scores(memory: TranslationMemory, query: str, score: int) -> None:
    found = memory.lookup(query, min_score=50, limit=1)
    assert found and found[0].unit.source == "The store opens at 9 am."
    assert found[0].score == score


def test_min_score_and_limit(memory: TranslationMemory) -> None:
    assert memory.lookup("The shop opens at 10 am.") == []
    assert len(memory.lookup("The store opens at 6 pm.", min_score=50, limit=1)) == 1
    assert memory.lookup("The store", limit=0) == []
    with pytest.raises(ValueError):
        memory.lookup("x", min_score=120)


def test_results_are_best_first(memory: TranslationMemory) -> None:
    found = memory.lookup("The store closes at 9 am.", min_score=50)
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
    assert len(found) == 2


def test_chinese_is_scored_by_character(location: str) -> None:
    with TranslationMemory.open(location) as mem:
        mem.add([Unit("商店上午9点开门。", "The store opens at 9 am.",
                      source_lang="zh-CN", target_lang="en")])
        [match] = mem.lookup("商店下午9点开门。", source_lang="zh-CN", target_lang="en")
        # 8 tokens (7 Han characters and the number 9); one substitution: 7/8
        assert match.score == 87


def test_in_context_by_msgctxt(memory: TranslationMemory) -> None:
    found = memory.lookup("Save the file.", context="dialog")
    assert found[0].unit.target == "保存该文件。"
    assert found[0].in_context
    assert not found[1].in_context
    assert found[1].score == 100


def test_in_context_by_neighbours(memory: TranslationMemory) -> None:
    [hit] = memory.lookup("The store closes at 6 pm.", prev="The store opens at 9 am.")
    assert hit.in_context
    [hit] = memory.lookup("The store closes at 6 pm.", prev="Something else entirely.")
    assert not hit.in_context


def test_untrusted_exact_matches_are_never_final(location: str) -> None:
    with TranslationMemory.open(location) as mem:
        mem.add([Unit("Open the door.", "开门。")], trusted=False)
        [match] = mem.lookup("Open the door.")
        assert match.score == 99 and not match.trusted and not match.in_context


def test_fuzzy_units_are_stored_untrusted_even_in_a_trusted_import() -> None:
    """Class: a translation marked for review (fuzzy PO entry, low-confidence alignment)
    must never come back as a 100 match (issue 11)."""
    with TranslationMemory.open() as mem:
        mem.add([Unit("Open the door.", "开门。", fuzzy=True),
                 Unit("Close the door.", "关门。")], trusted=True)
        [fuzzy] = mem.lookup("Open the door.")
        [sure] = mem.lookup("Close the door.")
        assert fuzzy.score == 99 and not fuzzy.trusted
        assert sure.score == 100 and sure.trusted
        assert mem.stats()["untrusted"] == 1


def test_a_reviewed_copy_of_a_fuzzy_unit_makes_it_trusted() -> None:
    with TranslationMemory.open() as mem:
        mem.add([Unit("Open the door.", "开门。", origin="aligned.tmx:3", fuzzy=True)])
        mem.add([Unit("Open the door.", "开门。", origin="reviewed.po:7")])
        [match] = mem.lookup("Open the door.")
        assert match.score == 100 and match.trusted
        mem.add([Unit("Open the door.", "开门。", origin="other.tmx:9", fuzzy=True)])
        assert mem.lookup("Open the door.")[0].trusted   # a fuzzy copy never lowers trust


def test_both_directions(memory: TranslationMemory) -> None:
    [match] = memory.lookup("商店下午6点关门。", source_lang="zh_CN", target_lang="en-US")
    assert match.unit.source == "商店下午6点关门。"
    assert match.unit.target == "The store closes at 6 pm."
    assert match.unit.source_lang == "zh-CN" and match.unit.target_lang == "en"


@pytest.mark.parametrize(("src", "tgt"), [
    ("en", "zh-CN"), ("en-US", "zh_CN"), ("EN_gb", "zh-Hans"), ("en", "ZH-cn"),
])
def test_language_codes_are_normalized(memory: TranslationMemory, src: str, tgt: str) -> None:
    assert memory.lookup("Save the file.", source_lang=src, target_lang=tgt)


def test_traditional_chinese_is_another_language(memory: TranslationMemory) -> None:
    assert memory.lookup("Save the file.", target_lang="zh-TW") == []


def test_strict_regions(location: str) -> None:
    with TranslationMemory.open(location) as mem:
        mem.add([Unit("Colour", "颜色", source_lang="en-GB")])
        assert mem.lookup("Colour", source_lang="en-US")
        assert not mem.lookup("Colour", source_lang="en-US", strict_regions=True)
        assert mem.lookup("Colour", source_lang="en_GB", strict_regions=True)


def test_adapted_target_for_changed_numbers(memory: TranslationMemory) -> None:
    [match] = memory.lookup("The store opens at 10 am.")
    assert match.adapted == "商店上午10点开门。"


def test_concordance_searches_both_sides(memory: TranslationMemory) -> None:
    [hit] = memory.concordance("Inno Way")
    dated = replace(UNITS[2], created=hit.unit.created, changed=hit.unit.created)
    assert hit.unit.created and hit == ConcordanceHit(dated, "source", ((0, 8),))
    [hit] = memory.concordance("中关村创业大街")
    assert hit.side == "target" and hit.spans == ((0, 7),)
    assert hit.unit.target[slice(*hit.spans[0])] == "中关村创业大街"


@pytest.mark.parametrize(("phrase", "count"), [
    ("the store", 2), ("THE STORE", 2), ("store opens", 1), ("stor", 0),
    ("商店", 2), ("file", 2), ("nowhere", 0), ("", 0),
])
def test_concordance_cases(memory: TranslationMemory, phrase: str, count: int) -> None:
    assert len(memory.concordance(phrase)) == count


def test_concordance_limit(memory: TranslationMemory) -> None:
    assert len(memory.concordance("the", limit=1)) == 1


def test_units_round_trip(memory: TranslationMemory) -> None:
    stored = list(memory.units())
    # Undated units are dated when stored (R4-8): one add, one time, ISO 8601 UTC.
    (stamp,) = {unit.created for unit in stored}
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp)
    assert stored == [replace(unit, created=stamp, changed=stamp) for unit in UNITS]


def test_stats(memory: TranslationMemory) -> None:
    stats = memory.stats()
    assert stats["units"] == 5
    assert stats["languages"] == {"en -> zh-CN": 5}
    assert stats["origins"] == {"article.po": 1, "shop.po": 2, "ui.po": 2}
    assert stats["untrusted"] == 0


def test_add_is_one_transaction(memory: TranslationMemory) -> None:
    def broken() -> Iterator[Unit]:
        yield Unit("A new sentence.", "新句子。")
        raise ValueError("bad input")

    with pytest.raises(ValueError):
        memory.add(broken())
    assert len(memory) == len(UNITS)
    assert memory.lookup("A new sentence.") == []
    assert memory.add([Unit("Another one.", "另一个。")]) == 1
    assert memory.lookup("Another one.")[0].score == 100


def test_remove_origin_and_optimize(memory: TranslationMemory) -> None:
    assert memory.remove_origin("shop.po") == 2
    assert memory.lookup("The store opens at 9 am.") == []
    memory.optimize()
    assert memory.lookup("Save the file.")
    assert len(memory) == 3


def test_file_persists_and_readonly(tmp_path: Path) -> None:
    path = tmp_path / "tm.db"
    with TranslationMemory.open(path) as mem:
        mem.add(UNITS)
    with TranslationMemory.open(path, readonly=True) as mem:
        assert len(mem) == len(UNITS)
        assert mem.lookup("Save the file.")
        assert mem.stats()["size"] > 0
        with pytest.raises(StoreError, match="read-only"):
            mem.add(UNITS)


def test_two_connections_share_a_file(tmp_path: Path) -> None:
    path = tmp_path / "tm.db"
    with TranslationMemory.open(path) as writer, TranslationMemory.open(path) as reader:
        writer.add(UNITS[:2])
        assert len(reader.lookup("The store opens at 9 am.")) == 1
        writer.add(UNITS[2:])
        assert reader.concordance("Inno Way")


@pytest.mark.parametrize("content", [b"this is not a database" * 100, b""])
def test_bad_files_give_store_errors(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    if content:
        with pytest.raises(StoreError, match=r"bad\.db"):
            TranslationMemory.open(path)
    else:  # an empty file is a new, empty memory
        with TranslationMemory.open(path) as mem:
            assert len(mem) == 0


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE things(x)")
    with pytest.raises(StoreError, match="not a tm translation memory"):
        TranslationMemory.open(path, readonly=True)
    with pytest.raises(StoreError, match="no such translation memory"):
        TranslationMemory.open(tmp_path / "missing.db", readonly=True)


def test_locked_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "tm.db"
    TranslationMemory.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with TranslationMemory.open(path, timeout=0.1) as mem, \
                pytest.raises(StoreError, match="locked"):
            mem.add(UNITS)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_files_two_translations_in_one_batch_are_kept_a_later_batch_replaces(
        location: str) -> None:
    """Red team M-2: the later unit of one batch replaced the earlier (tm.memory._further)."""
    with TranslationMemory.open(location) as mem:
        mem.add([Unit("Close.", "关闭。", origin="a.po:1"),
                 Unit("Close.", "关上。", origin="a.po:9")])
        assert [(u.target, u.context) for u in mem.units()] == [
            ("关闭。", ""), ("关上。", "translation 2")]
        mem.add([Unit("Close.", "合上。", origin="a.po:1")])
        assert sorted(u.target for u in mem.units()) == ["关上。", "合上。"]


def test_changing_trust_replaces_the_unit(location: str) -> None:
    with TranslationMemory.open(location) as mem:
        mem.add([Unit("Open the door.", "开门。")], trusted=False)
        assert mem.add([Unit("Open the door.", "开门。")], trusted=True) == 1
        [match] = mem.lookup("Open the door.")
        assert match.score == 100 and match.trusted
        assert mem.stats()["untrusted"] == 0


def test_origin_argument_overrides_units(memory: TranslationMemory) -> None:
    memory.add([Unit("Print.", "打印。")], origin="extra.tmx")
    assert memory.stats()["origins"]["extra.tmx"] == 1  # type: ignore[index]


def test_readers_see_committed_units_while_a_writer_works(tmp_path: Path) -> None:
    path = tmp_path / "tm.db"
    with TranslationMemory.open(path) as writer:
        writer.add(UNITS[:1])
        seen: list[int] = []

        def units_then_peek() -> Iterator[Unit]:
            yield from UNITS[1:]
            with TranslationMemory.open(path, readonly=True) as reader:
                seen.append(len(reader))

        writer.add(units_then_peek())
        assert seen == [1]
        assert len(writer) == len(UNITS)


def test_updated_units_are_found_after_optimize(location: str) -> None:
    with TranslationMemory.open(location) as mem:
        for n in range(5):
            mem.add([Unit("Version text.", f"版本{n}。", origin="v.po")])
        mem.optimize()
        [match] = mem.lookup("Version text.")
        assert match.unit.target == "版本4。"


def test_min_score_zero_returns_everything_in_the_language_pair(location: str) -> None:
    with TranslationMemory.open(location) as mem:
        mem.add([*UNITS, Unit("Bonjour.", "你好。", source_lang="fr")])
        found = mem.lookup("Completely unrelated words", min_score=0, limit=100)
        assert {m.unit.source for m in found} == {u.source for u in UNITS}


def test_closed_memory_raises_store_error(location: str) -> None:
    mem = TranslationMemory.open(location)
    mem.close()
    with pytest.raises(StoreError, match="closed"):
        mem.lookup("anything")


@pytest.mark.parametrize(("src", "tgt"), [("fr", "zh-CN"), ("en", "de"), ("xx", "yy")])
def test_languages_not_in_the_memory_find_nothing(memory: TranslationMemory, src: str,
                                                  tgt: str) -> None:
    assert memory.lookup("Save the file.", source_lang=src, target_lang=tgt) == []


def test_punctuation_only_texts_match_themselves(location: str) -> None:
    with TranslationMemory.open(location) as mem:
        mem.add([Unit("...", "……"), Unit("!!", "！！")])
        assert [m.unit.target for m in mem.lookup("...")] == ["……"]
        # "!!" is the source, and the target "！！" too once width is folded (red team M-3)
        assert [(h.side, h.unit.target) for h in mem.concordance("!!")] == [
            ("source", "！！"), ("target", "！！")]


def test_a_token_repeated_beyond_the_index_falls_back_to_a_scan(location: str) -> None:
    text = " ".join(["la"] * 300)
    with TranslationMemory.open(location) as mem:
        mem.add([Unit(text, "啦" * 300), Unit(" ".join(["la"] * 100), "啦" * 100)])
        [match] = mem.lookup(text)
        assert match.score == 100
        assert mem.lookup(" ".join(["la"] * 290), min_score=90)[0].unit.source == text
        # with a low threshold the prefix would need the 256th "la": a scan answers
        assert [m.score for m in mem.lookup(text, min_score=10)] == [100, 33]


def test_reading_inside_a_loop_over_units_does_not_wait_for_itself() -> None:
    with TranslationMemory.open() as mem:  # in this process: a single connection
        mem.add(UNITS)
        found = [mem.lookup(unit.source, limit=1)[0].score for unit in mem.units()]
        assert found == [100.0] * len(UNITS)
        with pytest.raises(StoreError, match="while reading"):
            for _ in mem.units():
                mem.add([Unit("New.", "新。")])
        assert mem.add([Unit("New.", "新。")]) == 1


def test_optimize_rebuilds_the_index_the_writer_built(tmp_path: Path) -> None:
    # optimize() re-derives every posting and shape count from the stored texts; it must
    # give the rows the writer gave (mixed case, punctuation, Chinese, NFKC-different text).
    path = tmp_path / "tm.db"
    units = [Unit("Open the File menu, then press Save.", "打开“文件”菜单，然后按“保存”。"),
             Unit("GDP grew 6.9% in 2017!", "2017年GDP增长6.9%！"),
             Unit("ｆｕｌｌ－width ＡＢＣ text?", "全角文字？"),
             Unit("iPhone and MacBook sales", "iPhone和MacBook的销量"),
             Unit("plain lower case words", "普通小写词")]
    with TranslationMemory.open(path) as memory:
        memory.add(units)

    def index_rows() -> list[list[tuple[object, ...]]]:
        with sqlite3.connect(path) as conn:
            return [sorted(conn.execute(f"SELECT * FROM {table}"))
                    for table in ("postings", "term_lengths")]

    built = index_rows()
    assert built[0] and built[1]
    with TranslationMemory.open(path) as memory:
        memory.optimize()
    assert index_rows() == built

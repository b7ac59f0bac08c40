"""The files a unit lists (``also`` and the ``listed`` table of schema 7 and 8): the upgrade of an
older memory, large imports, and ``remove_origin``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_memory_markup import TO_SCHEMA_9, _meta, _sql, _tables

from conftest import examples
from said import says
from tm import TranslationMemory, Unit
from tm.memory import _writer
from tm.memory._prepare import key_hash
from tm.memory._schema import SCHEMA_VERSION

JAN, FEB, MAR = "2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z"


def _unit(source: str, target: str, origin: str, changed: str = "") -> Unit:
    return Unit(source, target, origin=origin, target_lang="zh-CN", changed=changed)


def _pairs(memory: TranslationMemory, source: str) -> list[tuple[str, str]]:
    """The (target, origin) of every unit of *source*, sorted."""
    return sorted((u.target, str(u.origin)) for u in memory.units() if u.source == source)


def _schema_6_with_stale_listings(location: str) -> None:
    """A schema 6 memory as the tm before schema 7 left it after these adds (one call each):

    * Book. 书 from a.po and b.po (b.po listed by a.po's unit, in January), then 册 from
      c.tmx and from b.po (in February): the old writer kept b.po on the 书 unit's list as
      well as listing it on the 册 unit's;
    * Pen. 笔 from a.po and b.po, then 钢笔 from b.po alone: b.po owned the new unit and
      stayed listed by the 笔 unit;
    * Ink. 墨 from a.po and e.po: e.po listed, as it should be.

    The tables are written by this tm (same units, postings and keys) and brought back to
    what the old one wrote with its own SQL: the lists as it kept them, no listed table,
    schema 6.
    """
    with TranslationMemory.open(location) as memory:
        for batch in ([_unit("Book.", "书。", "a.po:1", JAN),
                       _unit("Book.", "书。", "b.po:1", JAN)],
                      [_unit("Book.", "册。", "c.tmx:3", FEB)],
                      [_unit("Book.", "册。", "b.po:1", FEB)],
                      [_unit("Pen.", "笔。", "a.po:2", JAN), _unit("Pen.", "笔。", "b.po:2", JAN)],
                      [_unit("Pen.", "钢笔。", "b.po:2", FEB)],
                      [_unit("Ink.", "墨。", "a.po:3"), _unit("Ink.", "墨。", "e.po:3")]):
            memory.add(batch)
    _sql(location, [*TO_SCHEMA_9, "UPDATE units SET also = 'b.po:1' WHERE target = '书。'",
                    "UPDATE units SET also = 'b.po:2' WHERE target = '笔。'",
                    "DROP TABLE listed", "ALTER TABLE units DROP COLUMN owner_trusted",
                    "UPDATE meta SET value = '6' WHERE key = 'schema'"])


def _answers(memory: TranslationMemory) -> list[object]:
    return [memory.lookup(query, min_score=50) for query in ("Book.", "Pen.", "Ink.", "书。")]


def test_a_schema_6_memory_is_upgraded_and_its_stale_listings_settled(location: str) -> None:
    _schema_6_with_stale_listings(location)
    with TranslationMemory.open(location, readonly=True) as memory:  # read as it is
        before = _answers(memory)
        units = list(memory.units())
    assert "listed" not in _tables(location) and _meta(location, "schema") == "6"
    with TranslationMemory.open(location) as memory:  # for writing: upgraded in one go
        assert "listed" in _tables(location) and _meta(location, "schema") == SCHEMA_VERSION
        assert _answers(memory) == before and list(memory.units()) == units
        # a.po moves on: 书 and 笔 are said by no other file now (b.po's listings on them
        # were stale); 墨 passes to e.po, which still says it
        assert memory.add([_unit("Book.", "本。", "a.po:1"), _unit("Pen.", "圆珠笔。", "a.po:2"),
                           _unit("Ink.", "墨水。", "a.po:3")]) == 3
        assert _pairs(memory, "Book.") == [("册。", "c.tmx:3"), ("本。", "a.po:1")]
        assert _pairs(memory, "Pen.") == [("圆珠笔。", "a.po:2"), ("钢笔。", "b.po:2")]
        assert _pairs(memory, "Ink.") == [("墨。", "e.po:3"), ("墨水。", "a.po:3")]
        # c.tmx moves on: 册 passes to b.po (listed there, under its own key)
        memory.add([_unit("Book.", "簿。", "c.tmx:3")])
        assert _pairs(memory, "Book.") == [("册。", "b.po:1"), ("本。", "a.po:1"),
                                           ("簿。", "c.tmx:3")]


def test_an_upgraded_memory_keeps_a_files_listing_on_the_unit_changed_last(
        location: str) -> None:
    """Listed twice, nobody owning its key: the old tm kept no record of which pair the
    file said last; the unit changed last is the better guess, and the other entry goes."""
    _schema_6_with_stale_listings(location)
    with TranslationMemory.open(location) as memory:
        memory.add([_unit("Book.", "簿。", "c.tmx:3"), _unit("Book.", "本。", "a.po:1")])
        assert _pairs(memory, "Book.") == [("册。", "b.po:1"), ("本。", "a.po:1"),
                                           ("簿。", "c.tmx:3")]


def test_a_schema_7_memory_gets_the_trust_of_its_listings(location: str) -> None:
    """Review Y-21: main wrote schema 7 without listed.trusted for half an hour; such a
    memory is upgraded on a write (each listing takes its unit's trust) instead of failing
    on the missing column."""
    with TranslationMemory.open(location) as memory:
        memory.add([_unit("One.", "一。", "vendor.tmx:1")], trusted=False)
        memory.add([_unit("One.", "一。", "b.tmx:1")], trusted=False)
        memory.add([_unit("Two.", "二。", "a.po:2"), _unit("Two.", "二。", "c.po:2")])
    _sql(location, [*TO_SCHEMA_9,
                    "CREATE TABLE listed3 AS SELECT ukey, unit, origin FROM listed",
                    "DROP TABLE listed", "ALTER TABLE listed3 RENAME TO listed",
                    "ALTER TABLE units DROP COLUMN owner_trusted",
                    "UPDATE meta SET value = '7' WHERE key = 'schema'"])
    with TranslationMemory.open(location, readonly=True) as memory:  # read as it is
        assert len(memory) == 2
    with TranslationMemory.open(location) as memory:
        assert _meta(location, "schema") == SCHEMA_VERSION
        memory.add([_unit("One.", "壹。", "vendor.tmx:1"), _unit("Two.", "贰。", "a.po:2")])
        assert _trusted(memory, "One.") == [("一。", "b.tmx:1", False),
                                            ("壹。", "vendor.tmx:1", True)]
        assert _trusted(memory, "Two.") == [("二。", "c.po:2", True), ("贰。", "a.po:2", True)]


def test_an_upgrade_drops_an_owned_unit_older_than_the_files_listing(location: str) -> None:
    """Review Y-11: a.po and b.po said 一, b.po then said 三 (c.tmx's), a.po then 二: the old
    writer passed 一 to b.po although b.po had moved on (listed on 三 since February).  The
    owned 一 (January) is older than the listing: the upgrade keeps the listing and drops 一,
    so when c.tmx moves on, 三 passes to b.po and no file is left with 一."""
    with TranslationMemory.open(location) as memory:
        for batch in ([_unit("Cup.", "一。", "x.po:1", JAN)],
                      [_unit("Cup.", "三。", "c.tmx:3", FEB), _unit("Cup.", "三。", "b.po:1", FEB)],
                      [_unit("Cup.", "二。", "a.po:1", MAR)]):
            memory.add(batch)
    b_key = key_hash("u", "Cup.", "", "b.po", "en", "zh-CN").hex()
    ukey = f"X'{b_key}'" if not location.startswith("postgresql") else f"'\\x{b_key}'::bytea"
    _sql(location, [*TO_SCHEMA_9,
                    f"UPDATE units SET ukey = {ukey}, origin = 'b.po:1' WHERE target = '一。'",
                    "DROP TABLE listed", "ALTER TABLE units DROP COLUMN owner_trusted",
                    "UPDATE meta SET value = '6' WHERE key = 'schema'"])
    with TranslationMemory.open(location) as memory:
        assert _pairs(memory, "Cup.") == [("三。", "c.tmx:3"), ("二。", "a.po:1")]
        memory.add([_unit("Cup.", "五。", "c.tmx:3")])
        assert _pairs(memory, "Cup.") == [("三。", "b.po:1"), ("二。", "a.po:1"),
                                          ("五。", "c.tmx:3")]


@pytest.mark.parametrize("memory_holds_units", [False, True])
def test_a_large_import_takes_a_file_off_the_unit_of_its_older_translation(
        location: str, monkeypatch: pytest.MonkeyPatch, memory_holds_units: bool) -> None:
    """Across chunks and batches of one import (into an empty memory: the unique indexes
    are built at its end; or into one that holds units: keys read a chunk at a time), a
    file's second translation of a source is listed on the unit another file stored in an
    earlier chunk (tm.memory._further); in the next import, a file that moves on is taken
    off the list of the unit it said before, which passes to the file still saying it."""
    monkeypatch.setattr(_writer, "CHUNK_UNITS", 40)
    monkeypatch.setattr(_writer, "_ROW_BATCH", 100)
    filler = [_unit(f"Line {i}.", f"第{i}行。", f"f.po:{i}") for i in range(90)]

    def chunked(says: list[tuple[str, str]]) -> list[Unit]:
        nonlocal filler
        units: list[Unit] = []
        for origin, target in says:  # each in its own chunk, most in a batch of their own
            units += [_unit("One.", target, origin), *filler[:45]]
            filler = filler[45:] + filler[:45]
        return units

    with TranslationMemory.open(location) as memory:
        if memory_holds_units:
            memory.add([_unit("Other.", "别的。", "z.po:1")])
        memory.add(chunked([("a.po:1", "一。"), ("b.po:1", "一。"), ("c.tmx:3", "三。"),
                            ("b.po:2", "三。"), ("c.tmx:4", "四。")]))
        assert _pairs(memory, "One.") == [("一。", "a.po:1"), ("三。", "c.tmx:3"),
                                          ("四。", "c.tmx:4")]
        memory.add(chunked([("a.po:1", "二。"), ("c.tmx:3", "五。"), ("c.tmx:4", "四。")]))
        # a.po says 二, b.po 一 and 三 (passed from a.po and c.tmx), c.tmx 五 and 四
        assert _pairs(memory, "One.") == [("一。", "b.po:1"), ("三。", "b.po:2"),
                                          ("二。", "a.po:1"), ("五。", "c.tmx:3"),
                                          ("四。", "c.tmx:4")]


def _langs(source: str, target: str, origin: str, lang: str) -> Unit:
    return Unit(source, target, origin=origin, source_lang=lang, target_lang="zh-CN")


@pytest.fixture
def tiny_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of 3 units, batches of 7: stored rows are read a chunk at a time."""
    monkeypatch.setattr(_writer, "CHUNK_UNITS", 3)
    monkeypatch.setattr(_writer, "_ROW_BATCH", 7)


@pytest.mark.usefixtures("tiny_chunks")
def test_a_listing_moved_to_a_unit_not_yet_written_is_found(location: str) -> None:
    """a.po sends its pair again untrusted: the unit is replaced by one not written before
    the batch ends, and b.po's listing moves to it; a later chunk that reads b.po's key
    still finds the listing (it named a unit not yet in the table: a duplicate listing,
    then a failed import)."""
    with TranslationMemory.open(location) as memory:
        memory.add([_langs("One.", "三。", "a.po:1", "en"),
                    _langs("One.", "三。", "b.po:1", "en-US")])
        memory.add([_langs("One.", "三。", "a.po:1", "en"), _langs("Two.", "二。", "c.tmx:3", "en"),
                    _langs("One.", "一。", "c.tmx:3", "en"),
                    _langs("One.", "一。", "b.po:1", "en-US")], trusted=False)
        assert _pairs(memory, "One.") == [("一。", "c.tmx:3"), ("三。", "a.po:1")]
        memory.add([_langs("One.", "壹。", "c.tmx:3", "en")])  # 一 passes to b.po
        assert _pairs(memory, "One.") == [("一。", "b.po:1"), ("三。", "a.po:1"),
                                          ("壹。", "c.tmx:3")]


@pytest.mark.usefixtures("tiny_chunks")
def test_a_unit_passed_in_this_chunk_is_not_read_again_under_its_old_key(location: str) -> None:
    """b.po's 二 unit, read in the first chunk, passes to c.tmx in the second; b.po's next
    unit in that chunk must not find it under b.po's key again (the chunk had read it
    before it passed: the unit was made again for b.po, and b.po left the list of 三).
    (b.po said 三 then 二 again in one call before a file kept both: now it says 三 twice.)"""
    with TranslationMemory.open(location) as memory:
        memory.add([_langs("Two.", "二。", "b.po:1", "en-US")])
        memory.add([_langs("Two.", "一。", "a.po:1", "en-US"),
                    _langs("Two.", "三。", "a.po:1", "en"), _langs("Two.", "二。", "c.tmx:3", "en"),
                    _langs("Two.", "三。", "b.po:1", "en-US"),
                    _langs("Two.", "三。", "b.po:2", "en-US")], trusted=False)
        assert _pairs(memory, "Two.") == [("一。", "a.po:1"), ("三。", "a.po:1"),
                                          ("二。", "c.tmx:3")]
        memory.add([_langs("Two.", "叁。", "a.po:1", "en")])  # 三 passes to b.po
        assert _pairs(memory, "Two.") == [("一。", "a.po:1"), ("三。", "b.po:1"),
                                          ("二。", "c.tmx:3"), ("叁。", "a.po:1")]


@pytest.mark.usefixtures("tiny_chunks")
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture],
          max_examples=examples(100), deadline=None)
@given(st.lists(st.tuples(st.lists(st.builds(
    _langs, st.sampled_from(["One.", "Two."]), st.sampled_from(["一。", "二。", "三。"]),
    st.sampled_from(["a.po:1", "b.po:1", "c.tmx:3"]), st.sampled_from(["en", "en-US"])),
    min_size=1, max_size=12), st.booleans()), min_size=1, max_size=4))
def test_across_chunks_the_stored_pairs_are_what_each_file_key_says(
        new_location: Callable[[], str], adds: list[tuple[list[Unit], bool]]) -> None:
    """Imports of up to 12 units in chunks of 3 and batches of 7 (stored rows and listings
    read a chunk at a time, units written a batch at a time), trusted or not: after every
    add the memory holds exactly what each (file, source, language) key says now."""
    latest: dict[object, tuple[str, str]] = {}
    with TranslationMemory.open(new_location()) as memory:
        for units, trusted in adds:
            memory.add(units, trusted=trusted)
            latest.update(says(units, lambda u: (u.origin.path, u.source, u.source_lang),
                               lambda u: (u.source, u.target)))
            assert {(u.source, u.target) for u in memory.units()} == set(latest.values())


def test_a_file_in_two_languages_of_a_class_is_two_keys(location: str) -> None:
    def one(target: str, lang: str) -> Unit:
        return Unit("One.", target, origin="a.po:1", source_lang=lang, target_lang="zh-CN")

    with TranslationMemory.open(location) as memory:
        memory.add([one("一。", "en"), one("一。", "en-US")])  # one pair, listed for en-US
        memory.add([one("二。", "en")])  # en moves on: 一 passes to en-US, which says it
        assert sorted(u.target for u in memory.units()) == ["一。", "二。"]
        memory.add([one("二。", "en-US")])  # now nobody says 一
        assert sorted(u.target for u in memory.units()) == ["二。"]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture],
          max_examples=examples(100), deadline=None)
@given(st.lists(st.lists(st.builds(Unit, st.just("One."), st.sampled_from(["一。", "二。"]),
                                   origin=st.sampled_from(["a.po:1", "b.po:1"]),
                                   source_lang=st.sampled_from(["en", "en-US"]),
                                   target_lang=st.just("zh-CN")),
                         min_size=1, max_size=3), min_size=1, max_size=5))
def test_a_file_that_sends_a_source_in_two_languages_of_a_class_keeps_both_translations(
        new_location: Callable[[], str], batches: list[list[Unit]]) -> None:
    """``en`` and ``en-US`` are one class (one pair), but a unit's key holds its exact
    languages: a.po in en and a.po in en-US are two keys, each listed on its own, so the
    pair one of them still says stays when the other moves on."""
    latest: dict[object, str] = {}
    with TranslationMemory.open(new_location()) as memory:
        for batch in batches:
            memory.add(batch)
            latest.update(says(batch, lambda u: (u.origin.path, u.source_lang),
                               lambda u: u.target))
            assert {u.target for u in memory.units()} == set(latest.values())


def test_remove_origin_leaves_another_files_translation(location: str) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add([_unit("One.", "一。", "a.po:1"), _unit("One.", "一。", "b.po:1"),
                    _unit("Two.", "二。", "a.po:2")])
        assert memory.remove_origin("a.po") == 1  # Two. only; One. passes to b.po
        assert _pairs(memory, "One.") == [("一。", "b.po:1")] and len(memory) == 1
        memory.add([_unit("One.", "壹。", "b.po:1")])  # b.po owns it: replaced, not kept
        assert _pairs(memory, "One.") == [("壹。", "b.po:1")]


def test_remove_origin_takes_a_listed_file_off_the_list(location: str) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add([_unit("One.", "一。", "a.po:1"), _unit("One.", "一。", "b.po:1")])
        assert memory.remove_origin("b.po") == 0
        memory.add([_unit("One.", "壹。", "a.po:1")])  # no file says 一 any more
        assert _pairs(memory, "One.") == [("壹。", "a.po:1")]
        memory.add([_unit("One.", "一。", "b.po:1")])  # b.po imported again
        assert _pairs(memory, "One.") == [("一。", "b.po:1"), ("壹。", "a.po:1")]


def _trusted(memory: TranslationMemory, source: str) -> list[tuple[str, str, bool]]:
    """(target, origin, trusted) of every unit of *source* (an untrusted unit comes out fuzzy)."""
    return sorted((u.target, str(u.origin), not u.fuzzy) for u in memory.units()
                  if u.source == source)


def test_a_unit_passing_to_an_untrusted_file_is_untrusted(location: str) -> None:
    """Review Y-10: a reviewed file and an unreviewed one (trusted=False) say one pair; when
    the reviewed file goes (remove_origin) or moves on (a new translation), the unit that
    passes to the other file is as trusted as that file's own import: not a 100 match."""
    with TranslationMemory.open(location) as memory:
        for leave in ("remove", "move on"):
            memory.add([_unit("Trust me.", "信任我。", "a.po:1")])
            memory.add([_unit("Trust me.", "信任我。", "vendor.tmx:1")], trusted=False)
            assert _trusted(memory, "Trust me.") == [("信任我。", "a.po:1", True)]
            if leave == "remove":
                memory.remove_origin("a.po")
                assert _trusted(memory, "Trust me.") == [("信任我。", "vendor.tmx:1", False)]
            else:
                memory.add([_unit("Trust me.", "相信我。", "a.po:1")])
                assert _trusted(memory, "Trust me.") == [("信任我。", "vendor.tmx:1", False),
                                                         ("相信我。", "a.po:1", True)]
            [match] = [m for m in memory.lookup("Trust me.") if m.unit.target == "信任我。"]
            assert match.score < 100 and not match.trusted
            memory.remove_origin("vendor.tmx")
            memory.remove_origin("a.po")


def test_a_unit_stays_as_trusted_as_a_file_that_still_says_it(location: str) -> None:
    """The other way round: the owner is the unreviewed file.  A trusted file listed on its
    unit keeps it trusted when the owner moves on or sends the pair again with a new note,
    and a listed file's trust rises when it sends its pair again trusted."""
    with TranslationMemory.open(location) as memory:
        memory.add([_unit("One.", "一。", "vendor.tmx:1")], trusted=False)
        memory.add([_unit("One.", "一。", "a.po:1")])
        memory.add([Unit("One.", "一。", origin="vendor.tmx:1", target_lang="zh-CN",
                         note="checked?")], trusted=False)  # replaced: a.po still vouches
        assert _trusted(memory, "One.") == [("一。", "vendor.tmx:1", True)]
        memory.add([_unit("One.", "壹。", "vendor.tmx:1")], trusted=False)
        assert _trusted(memory, "One.") == [("一。", "a.po:1", True),
                                            ("壹。", "vendor.tmx:1", False)]
        memory.add([_unit("Two.", "二。", "a.po:2")])
        memory.add([_unit("Two.", "二。", "vendor.tmx:2")], trusted=False)
        memory.add([_unit("Two.", "二。", "vendor.tmx:2")])  # vendor's copy now reviewed
        memory.add([_unit("Two.", "贰。", "a.po:2")])
        assert _trusted(memory, "Two.") == [("二。", "vendor.tmx:2", True),
                                            ("贰。", "a.po:2", True)]


def test_every_file_key_is_in_one_place(location: str) -> None:
    """A file's key is a unit's ``ukey`` or one row of ``listed``, never both, and every
    entry of an ``also`` list has its row (what release and remove_origin rely on)."""
    with TranslationMemory.open(location) as memory:
        for batch in ([_unit("One.", "一。", "a.po:1"), _unit("One.", "一。", "b.po:1"),
                       _unit("One.", "一。", "c.po:1")],
                      [_unit("One.", "二。", "b.po:1"), _unit("One.", "二。", "a.po:1")],
                      [_unit("One.", "一。", "b.po:1")]):
            memory.add(batch)
        with memory._pool.connection() as conn:
            owned = {bytes(r[0]) for r in conn.execute("SELECT ukey FROM units")}
            listed = {bytes(r[0]): (r[1], r[2])
                      for r in conn.execute("SELECT ukey, unit, origin FROM listed")}
            lists = {(r[0], origin) for r in conn.execute("SELECT id, also FROM units")
                     for origin in str(r[1]).split("\n") if origin}
    assert not owned & set(listed)
    # 一 passed from a.po to c.po, 二 from b.po to a.po; b.po, back on 一, is listed there
    assert set(listed.values()) == lists and len(lists) == 1

"""How many statements a write sends a PostgreSQL server (issue 13): each is a round trip.

A team's memory on a server pays for every statement with a round trip (and a
wait for the server's process to be scheduled), so the statements of a small
write are counted here, and cannot creep back up unnoticed.  Counted at
psycopg's cursor (``execute``, ``executemany``, which psycopg sends as one
pipeline, and ``copy``): every statement tm sends passes there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest

from tm import TranslationMemory, Unit

#: A one-unit add into a memory that holds units: BEGIN with the lock wait and the writers'
#: lock (one message), the next unit id with whether units are stored, the stored units
#: under the unit's two keys (one query), the vocabulary's ids with its largest id (one
#: query) and a COPY of the new tokens, COPYs of the unit and its postings, the length
#: histograms read, the new ones copied and the others updated (one pipeline), the next
#: unit id saved, COMMIT.  The language ids and the id of the unit's file are cached by
#: the memory once read (they never change).  It was 21 statements (some 35 waits for
#: the server), 15 at schema 10.
ONE_UNIT_ADD = 12


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The statements psycopg's cursors send from now on."""
    sent: list[str] = []

    def counting(name: str) -> None:
        real = getattr(psycopg.Cursor, name)

        def send(self: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
            sent.append(str(query))
            return real(self, query, *args, **kwargs)
        monkeypatch.setattr(psycopg.Cursor, name, send)

    for name in ("execute", "executemany", "copy"):
        counting(name)
    return sent


@pytest.fixture
def memory(postgres_cluster: Any) -> Iterator[TranslationMemory]:
    url = postgres_cluster.new_memory()
    with TranslationMemory.open(url) as opened:
        opened.add([Unit("Open the file.", "打开文件。", origin="a.po:1")])
        yield opened
    postgres_cluster.release(url)


def _statements(memory: TranslationMemory, monkeypatch: pytest.MonkeyPatch,
                write: Callable[[TranslationMemory], object]) -> list[str]:
    sent = _counted(monkeypatch)
    write(memory)
    monkeypatch.undo()
    return sent


def test_a_one_unit_add_sends_a_bounded_number_of_statements(
        memory: TranslationMemory, monkeypatch: pytest.MonkeyPatch) -> None:
    sent = _statements(memory, monkeypatch, lambda m: m.add(
        [Unit("Close the window.", "关闭窗口。", origin="a.po:2")]))
    assert sent, "no statement counted: psycopg's cursor is not what sends them"
    assert len(sent) <= ONE_UNIT_ADD, "\n".join(sent)
    assert sum("FROM units LEFT JOIN markup" in s for s in sent) == 1  # both keys at once
    assert [u.source for u in memory.units()] == ["Open the file.", "Close the window."]


def test_re_adding_many_stored_units_sends_no_more_statements_than_one(
        memory: TranslationMemory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Units stored already are looked up a chunk at a time, not one query per unit and key."""
    units = [Unit(f"Line {i} of the manual.", f"手册第{i}行。", origin=f"m.po:{i}")
             for i in range(60)]
    memory.add(units)
    one = _statements(memory, monkeypatch, lambda m: m.add(units[:1]))
    many = _statements(memory, monkeypatch, lambda m: m.add(units))
    assert len(many) == len(one), "\n".join(many)
    assert memory.add(units) == 0 and len(memory) == 61


def test_a_memory_that_lists_a_file_reads_the_listings_with_the_stored_units(
        memory: TranslationMemory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a unit lists another file (the same pair from b.po), an add also reads which
    units list a file under the chunk's keys (tm.memory._listed): one statement per
    slice of stored-unit lookups (400 units), not one per unit.  It is not folded into
    the first query (a UNION made the server scan ``units``: tm.memory._writer)."""
    memory.add([Unit("Open the file.", "打开文件。", origin="b.po:1")])
    units = [Unit(f"Line {i} of the manual.", f"手册第{i}行。", origin=f"m.po:{i}")
             for i in range(60)]
    one = _statements(memory, monkeypatch, lambda m: m.add(
        [Unit("Close the window.", "关闭窗口。", origin="a.po:2")]))
    assert len(one) <= ONE_UNIT_ADD + 1, "\n".join(one)
    assert sum("FROM listed LEFT JOIN" in s for s in one) == 1
    many = _statements(memory, monkeypatch, lambda m: m.add(units))
    assert sum("FROM listed LEFT JOIN" in s for s in many) == 1, "\n".join(many)
    memory.add([Unit("Open the file.", "打开文件夹。", origin="b.po:1")])  # found listed
    assert sorted(u.target for u in memory.units() if u.source == "Open the file.") == [
        "打开文件。", "打开文件夹。"]


def test_a_concordance_looks_up_every_form_of_its_last_word_at_once(
        memory: TranslationMemory, monkeypatch: pytest.MonkeyPatch) -> None:
    """"file" is searched as file, files, file's ... (nine forms): one vocabulary query."""
    sent = _statements(memory, monkeypatch, lambda m: m.concordance("the file"))
    assert sum("FROM vocab" in s for s in sent) == 1, "\n".join(sent)
    assert [hit.unit.source for hit in memory.concordance("the file")] == ["Open the file."]


def test_cached_language_and_file_ids_stay_right_after_a_rollback_and_another_writer(
        postgres_cluster: Any) -> None:
    """The ids a memory caches (languages, file identities) are forgotten when a
    transaction rolls back, and a language another writer added is read, not made
    again."""
    url = postgres_cluster.new_memory()
    with TranslationMemory.open(url) as one, TranslationMemory.open(url) as two:
        one.add([Unit("Open.", "打开。", origin="a.po:1")], source_ids={"a.po": "web:a.po"})

        def failing() -> Iterator[Unit]:
            yield Unit("Close.", "关闭。", origin="b.po:1")
            yield Unit("Stop.", "停止。", origin="c.po:1", target_lang="ja")
            raise ValueError("a malformed file")
        with pytest.raises(ValueError):
            one.add(failing(), source_ids={"b.po": "web:b.po"})
        one.add([Unit("Save.", "保存。", origin="e.po:1")])   # its cache read again, warm
        two.add([Unit("Quit.", "終了。", origin="d.po:1", target_lang="ja")])
        one.add([Unit("Close.", "关闭。", origin="b.po:1"),
                 Unit("Stop.", "停止。", origin="c.po:1", target_lang="ja"),
                 Unit("Open.", "打开了。", origin="a.po:1")], source_ids={"b.po": "web:b.po",
                                                                        "a.po": "web:a.po"})
        assert one.languages() == two.languages()
        assert sorted((u.source, u.target, u.target_lang) for u in two.units()) == [
            ("Close.", "关闭。", "zh-CN"), ("Open.", "打开了。", "zh-CN"),
            ("Quit.", "終了。", "ja"), ("Save.", "保存。", "zh-CN"), ("Stop.", "停止。", "ja")]
        assert [m.source_id for m in two.lookup("Close.", target_lang="zh-CN")] == ["web:b.po"]
        assert [m.unit.target for m in two.lookup("Stop.", target_lang="ja")] == ["停止。"]
    postgres_cluster.release(url)

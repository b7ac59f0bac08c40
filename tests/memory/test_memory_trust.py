"""A unit is as trusted as the files that say its pair NOW (review Y-19, schema 9).

A pair several files say is stored once: the unit's own file owns it and the
others are listed (tm.memory._listed).  It is trusted while any of those files'
latest import is trusted; when a trusted file leaves it (``remove_origin``, or
the file moves on to another translation, or sends the pair again untrusted),
the unit falls back to the trust of the files still saying it, its owner's
included, so an unreviewed vendor memory never keeps a withdrawn catalog's
trust and comes back as a 100 match.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_memory_markup import TO_SCHEMA_9, _meta, _sql

from conftest import examples
from said import says
from tm import TranslationMemory, Unit
from tm.memory._schema import SCHEMA_VERSION

FILES = ("vendor.tmx", "a.po", "b.po")


def _unit(source: str, target: str, origin: str) -> Unit:
    return Unit(source, target, origin=origin, target_lang="zh-CN")


def _stored(memory: TranslationMemory, source: str) -> list[tuple[str, str, bool]]:
    """(target, origin, trusted) of every unit of *source*, sorted."""
    return sorted((u.target, str(u.origin), not u.fuzzy) for u in memory.units()
                  if u.source == source)


def _best(memory: TranslationMemory, source: str) -> tuple[str, float]:
    [match, *_] = memory.lookup(source, target_lang="zh-CN")
    return match.unit.target, match.score


def test_a_withdrawn_trusted_file_leaves_an_untrusted_owner_untrusted(location: str) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add([_unit("Trust me.", "信任我。", "vendor.tmx:1")], trusted=False)
        memory.add([_unit("Trust me.", "信任我。", "a.po:1")])  # listed: the unit is trusted
        assert _best(memory, "Trust me.") == ("信任我。", 100.0)
        memory.remove_origin("a.po")
        assert _stored(memory, "Trust me.") == [("信任我。", "vendor.tmx:1", False)]
        assert _best(memory, "Trust me.") == ("信任我。", 99.0)
        # red team M-8: an owner that sent the pair fuzzy, a trusted file listed: it comes
        # out (and is exported) as trusted, not fuzzy; fuzzy again when that file leaves
        memory.add([Unit("Check.", "核对。", origin="c.csv:1", fuzzy=True)], trusted=False)
        memory.add([Unit("Check.", "核对。", origin="b.po:1")])
        assert _stored(memory, "Check.") == [("核对。", "c.csv:1", True)]
        memory.remove_origin("b.po")
        assert _stored(memory, "Check.") == [("核对。", "c.csv:1", False)]


def test_a_trusted_file_that_moves_on_leaves_an_untrusted_owner_untrusted(
        location: str) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add([_unit("Trust you.", "信任你。", "vendor.tmx:3")], trusted=False)
        memory.add([_unit("Trust you.", "信任你。", "b.po:1")])
        memory.add([_unit("Trust you.", "相信你。", "b.po:1")])  # b.po says another pair now
        assert _stored(memory, "Trust you.") == [("信任你。", "vendor.tmx:3", False),
                                                 ("相信你。", "b.po:1", True)]


def test_a_listed_file_sent_again_untrusted_takes_its_trust_back(location: str) -> None:
    """A listing takes its file's latest trust, as an owned unit does (the file's entry
    was marked fuzzy, or the file re-imported as unreviewed)."""
    with TranslationMemory.open(location) as memory:
        memory.add([_unit("Hold on.", "稍等。", "vendor.tmx:1")], trusted=False)
        memory.add([_unit("Hold on.", "稍等。", "a.po:4")])
        assert _stored(memory, "Hold on.") == [("稍等。", "vendor.tmx:1", True)]
        assert memory.add([_unit("Hold on.", "稍等。", "a.po:4")], trusted=False) == 1
        assert _stored(memory, "Hold on.") == [("稍等。", "vendor.tmx:1", False)]
        assert memory.add([_unit("Hold on.", "稍等。", "a.po:4")]) == 1  # reviewed again
        assert _stored(memory, "Hold on.") == [("稍等。", "vendor.tmx:1", True)]
        assert memory.add([_unit("Hold on.", "稍等。", "a.po:4")]) == 0  # nothing new
        memory.add([Unit("Hold on.", "稍等。", origin="a.po:4", target_lang="zh-CN",
                         fuzzy=True)])  # fuzzy in a trusted import: not trusted either
        assert _stored(memory, "Hold on.") == [("稍等。", "vendor.tmx:1", False)]


def test_a_trusted_owner_stays_trusted_when_a_listed_file_leaves(location: str) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add([_unit("Go.", "走。", "a.po:1")])
        memory.add([_unit("Go.", "走。", "vendor.tmx:1")], trusted=False)
        memory.add([_unit("Go.", "走。", "b.po:1")])
        memory.remove_origin("b.po")
        memory.remove_origin("vendor.tmx")
        assert _stored(memory, "Go.") == [("走。", "a.po:1", True)]


def test_an_owner_sending_its_pair_again_with_its_own_trust_changes_nothing(
        location: str) -> None:
    """The unit is trusted through a listed file; its untrusted owner sends the same pair,
    untrusted as before: nothing to store (it used to be replaced, and counted)."""
    with TranslationMemory.open(location) as memory:
        memory.add([_unit("Stop.", "停。", "vendor.tmx:1")], trusted=False)
        memory.add([_unit("Stop.", "停。", "a.po:1")])
        assert memory.add([_unit("Stop.", "停。", "vendor.tmx:1")], trusted=False) == 0
        assert _stored(memory, "Stop.") == [("停。", "vendor.tmx:1", True)]


def test_a_schema_8_memory_is_upgraded_on_the_safe_side_of_an_owners_unknown_trust(
        location: str) -> None:
    """Schema 8 kept no owner's trust (review Z-2).  A unit no trusted file lists owes its
    trust to its owner; a trusted unit a trusted file lists may owe it to that file alone,
    so its owner is taken as untrusted: withdrawing the file leaves a 99, not a trusted
    100 from an unreviewed vendor file, until the owner's next import says otherwise."""
    with TranslationMemory.open(location) as memory:
        memory.add([_unit("Trust me.", "信任我。", "vendor.tmx:1")], trusted=False)
        memory.add([_unit("Trust me.", "信任我。", "a.po:1"), _unit("Sit.", "坐。", "a.po:2"),
                    _unit("Go.", "走。", "a.po:3")])
        memory.add([_unit("Go.", "走。", "b.po:3"), _unit("Sit.", "坐。", "v.tmx:2")],
                   trusted=False)
    _sql(location, [*TO_SCHEMA_9, "ALTER TABLE units DROP COLUMN owner_trusted",
                    "UPDATE meta SET value = '8' WHERE key = 'schema'"])
    with TranslationMemory.open(location, readonly=True) as memory:  # read as it is
        assert _stored(memory, "Trust me.") == [("信任我。", "vendor.tmx:1", True)]
    with TranslationMemory.open(location) as memory:
        assert _meta(location, "schema") == SCHEMA_VERSION
        memory.remove_origin("a.po")
        assert _stored(memory, "Trust me.") == [("信任我。", "vendor.tmx:1", False)]
        assert _best(memory, "Trust me.") == ("信任我。", 99.0)
        # a.po's units that only untrusted files list pass to them, untrusted
        assert _stored(memory, "Sit.") == [("坐。", "v.tmx:2", False)]
        assert _stored(memory, "Go.") == [("走。", "b.po:3", False)]


def test_after_the_upgrade_an_owners_next_import_records_its_trust(location: str) -> None:
    """The safe side costs a trusted owner its trust when a trusted listing leaves, until
    the owner's file is imported again."""
    with TranslationMemory.open(location) as memory:
        memory.add([_unit("Wait.", "等。", "a.po:1")])
        memory.add([_unit("Wait.", "等。", "b.po:1")])
    _sql(location, [*TO_SCHEMA_9, "ALTER TABLE units DROP COLUMN owner_trusted",
                    "UPDATE meta SET value = '8' WHERE key = 'schema'"])
    with TranslationMemory.open(location) as memory:
        memory.remove_origin("b.po")
        assert _stored(memory, "Wait.") == [("等。", "a.po:1", False)]
        memory.add([_unit("Wait.", "等。", "a.po:1")])
        assert _stored(memory, "Wait.") == [("等。", "a.po:1", True)]


def _nth(context: str) -> int:
    """Which translation of its source a made-up context names (translation 2, 2-2 …)."""
    _, _, suffix = context.partition("-")
    return int(suffix) + 1 if suffix else 2


def _said_with(unit: Unit, trusted: bool) -> tuple[str, bool]:
    return unit.target, trusted


_ADD = st.tuples(st.lists(st.builds(_unit, st.just("One."), st.sampled_from(["一。", "二。"]),
                                    st.sampled_from([f"{f}:1" for f in FILES])),
                          min_size=1, max_size=3), st.booleans())
_REMOVE = st.sampled_from(FILES)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture],
          max_examples=examples(150), deadline=None)
@given(st.lists(st.one_of(_ADD, _REMOVE), min_size=1, max_size=7))
def test_after_every_change_a_unit_is_trusted_iff_a_file_saying_it_now_is(
        new_location: Callable[[], str], steps: list[tuple[list[Unit], bool] | str]) -> None:
    """Three files that change their translation and their trust, and are withdrawn: after
    every step each translation is stored, and its best unit is trusted exactly when some
    file's latest import says it trusted (a file's second translation in one call is its
    second key's, tests/said.py; it may be stored twice: under its file's made-up context
    and, for another file, under its own, each as trusted as the files saying that one)."""
    latest: dict[tuple[object, int], tuple[str, bool]] = {}  # file key -> (target, trusted)
    with TranslationMemory.open(new_location()) as memory:
        for step in steps:
            if isinstance(step, str):
                memory.remove_origin(step)
                latest = {key: said for key, said in latest.items() if key[0] != step}
            else:
                units, trusted = step
                memory.add(units, trusted=trusted)
                latest.update(says(units, lambda u: u.origin.path,
                                   functools.partial(_said_with, trusted=trusted)))
            expected = {target: any(t for said, t in latest.values() if said == target)
                        for target, _ in latest.values()}
            stored: dict[str, bool] = {}
            for unit in memory.units():
                stored[unit.target] = stored.get(unit.target, False) or not unit.fuzzy
                if unit.context:  # made up: only files whose n-th translation it is say it
                    nth = _nth(unit.context)
                    assert latest[(unit.origin.path, nth)][0] == unit.target
                    assert unit.fuzzy or any(latest.get((f, nth)) == (unit.target, True)
                                             for f in FILES)
            assert stored == expected

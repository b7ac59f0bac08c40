"""The public API refuses a value of the wrong type where it is given, naming it (R4-7).

``tm.Unit(1, 2)`` and ``tm.Unit("Hello", None)`` were accepted, and
``TranslationMemory.add`` then died deep inside with ``AttributeError: 'int'
object has no attribute 'strip'``; ``tm.check(["text"])`` likewise;
``tm.segment(None)`` said "a bytes-like object is required".  Each is now a
TypeError at the boundary that names the argument or field and its type.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tm
from rows import every_row

CASES: list[tuple[Callable[[], object], str]] = [
    (lambda: tm.Unit(3, "三"), "Unit.source must be str, got int"),
    (lambda: tm.Unit("Three.", None), "Unit.target must be str, got NoneType"),
    (lambda: tm.Unit("Three.", "三。", context=7), "Unit.context must be str, got int"),
    (lambda: tm.Unit("Three.", "三。", target_lang=None), "Unit.target_lang must be str"),
    (lambda: tm.Unit("Three.", "三。", origin=12), "Unit.origin must be tm.Origin or str"),
    (lambda: tm.Unit("Three.", "三。", prev=b"Two."), "Unit.prev must be str or None"),
    (lambda: tm.TranslationMemory.open().add("Three."), "add() takes an iterable of tm.Unit"),
    (lambda: tm.TranslationMemory.open().add([("Three.", "三。")]), "add(): item 0 is tuple"),
    (lambda: tm.check(["Three."]), "check(): item 0 is str, not tm.Unit"),
    (lambda: tm.check("Three."), "check() takes an iterable of tm.Unit, not str"),
    (lambda: tm.segment(None, lang="en"), "segment(): text must be str, got NoneType"),
    (lambda: tm.segment(b"Three. Four.", lang="en"), "segment(): text must be str, got bytes"),
]


@every_row("case", range(len(CASES)))
def test_a_wrong_type_is_a_type_error_naming_it(case: int) -> None:
    call, message = CASES[case]
    with pytest.raises(TypeError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call()


def test_the_right_types_still_pass() -> None:
    unit = tm.Unit("Three.", "三。", origin="a.po:3", fuzzy=True, prev=None, next="Four.")
    assert unit.origin.line == 3
    with tm.TranslationMemory.open() as memory:
        assert memory.add(iter([unit])) == 1
    assert [s.text for s in tm.segment("Three. Four.", lang="en")] == ["Three.", "Four."]

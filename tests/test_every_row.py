"""tests/rows.py: a table run as one item still checks, and reports, every row."""

from __future__ import annotations

import inspect

import pytest

from rows import every_row


def _failure(test: object, **fixtures: object) -> str:
    with pytest.raises(pytest.fail.Exception) as failed:
        test(**fixtures)  # type: ignore[operator]
    return str(failed.value)


def test_every_failing_row_is_reported_with_its_own_message_and_the_others_still_run() -> None:
    ran: list[int] = []

    @every_row(("a", "b"), [(1, 1), (2, 3), pytest.param(4, 5, id="four"), (6, 6)])
    def table(a: int, b: int) -> None:
        ran.append(a)
        assert [a, "x"] == [b, "x"]

    message = _failure(table)
    assert ran == [1, 2, 4, 6]
    assert message.startswith("2 of 4 rows failed")
    assert "--- row [1]: a=2, b=3" in message and "--- row [four]: a=4, b=5" in message
    assert "assert [2, 'x'] == [3, 'x']" in message and "assert [4, 'x'] == [5, 'x']" in message
    assert "row [0]" not in message and "row [3]" not in message


def test_an_exception_or_a_pytest_failure_in_a_row_fails_that_row_only() -> None:
    @every_row("a", [1, 0, "7"])
    def table(a: object) -> None:
        with pytest.raises(ValueError):
            int(str(1 // a if isinstance(a, int) else a))

    message = _failure(table)
    assert message.startswith("3 of 3 rows failed")
    assert "DID NOT RAISE" in message and "ZeroDivisionError" in message


def test_a_row_that_skips_or_xfails_fails_that_row_and_the_later_rows_still_run() -> None:
    ran: list[int] = []

    @every_row("a", [1, 2, 3, 4])
    def table(a: int) -> None:
        ran.append(a)
        if a == 1:
            pytest.skip("not here")
        if a == 2:
            pytest.xfail("not yet")
        assert a == 3

    message = _failure(table)
    assert ran == [1, 2, 3, 4]
    assert message.startswith("3 of 4 rows failed")
    assert "row [0]: a=1\na row may not skip or xfail" in message
    assert "row [1]: a=2\na row may not skip or xfail" in message
    assert "row [3]: a=4" in message and "row [2]" not in message


def test_fixtures_stay_arguments_of_the_item_and_rows_are_not() -> None:
    @every_row("value, expected", [(1, 1), (2, 2)])
    def table(tmp_path: object, value: int, expected: int) -> None:
        assert value == expected

    assert list(inspect.signature(table).parameters) == ["tmp_path"]
    assert table.__name__ == "table" and table.__globals__ is globals()  # type: ignore[attr-defined]
    table(tmp_path=None)


def test_ids_are_parametrizes_and_marked_or_empty_tables_are_refused() -> None:
    @every_row("a", [1, 2], ids=lambda value: f"n{value}")
    def by_callable(a: int) -> None:
        assert a == 1

    assert "--- row [n2]: a=2" in _failure(by_callable)
    with pytest.raises(TypeError, match="marks"):
        every_row("a", [pytest.param(1, marks=pytest.mark.xfail)])
    with pytest.raises(TypeError, match="empty"):
        every_row("a", [])
    with pytest.raises(TypeError, match="3 values for 2 names"):
        every_row("a, b", [(1, 2, 3)])

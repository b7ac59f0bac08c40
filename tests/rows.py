"""``@every_row``: one test item that checks every row of a table and reports every failing row.

``@every_row(argnames, rows)`` takes what ``@pytest.mark.parametrize`` takes
(names as a comma-separated string or a sequence, rows as tuples or
``pytest.param(..., id=...)``, optional ``ids=``) and makes ONE test of the
table instead of one per row: it calls the function once per row, in order,
with the row's values and the test's fixtures, and keeps going after a row
fails.  When any row failed, the test fails with one message per failing
row: the row's id and values, and what that row alone would have reported
(its assertion with pytest's comparison, or its exception, with the lines of
the test that raised it).  Nothing a row asserts is hidden by an earlier
row's failure.

Why: each pytest item costs about a millisecond of the run's CPU beyond the
test itself (collected again in every xdist worker, set up, torn down,
reported to the controller and printed), more than a row of a table of
small lookups costs.  tests/numbers alone had some 2,500 such items.

What a table may not hold: rows with marks (an ``xfail`` row would need its
own item; the decorator refuses them), and rows that need their own
function-scoped fixture (``tmp_path``, ``monkeypatch``): the fixtures are set
up once for the whole table, so a table is for tests whose rows share
nothing they could change.  Select one row by running the table (``-k
test_name``); the failure message names each failing row.
"""

from __future__ import annotations

import functools
import inspect
import types
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import pytest

__all__ = ["every_row"]

#: Exceptions a row may raise that fail that row only (``pytest.fail`` and a
#: ``pytest.raises`` that saw nothing raise ``Failed``, which is not an Exception).
_ROW_FAILURES: tuple[type[BaseException], ...] = (Exception, pytest.fail.Exception)
#: A row that skips or xfails would end the whole table's item there, so the rows after
#: it would never run (review R-9): it fails that row instead, naming the way out.
_ROW_OUTCOMES: tuple[type[BaseException], ...] = (pytest.skip.Exception, pytest.xfail.Exception)


def _names(argnames: str | Sequence[str]) -> list[str]:
    if isinstance(argnames, str):
        return [name.strip() for name in argnames.split(",") if name.strip()]
    return list(argnames)


def _rows(names: list[str], argvalues: Iterable[Any],
          ids: Sequence[str | None] | Callable[[Any], str | None] | None,
          ) -> list[tuple[str, tuple[Any, ...]]]:
    """(id, values) of every row, with parametrize's row shapes and ids."""
    table = []
    for index, row in enumerate(argvalues):
        row_id = None
        if isinstance(row, type(pytest.param(None))):
            if row.marks:
                raise TypeError(f"every_row: row {index} has marks {row.marks!r}; "
                                "a marked row needs its own test (pytest.mark.parametrize)")
            row_id, row = row.id, row.values
            values = tuple(row)
        else:
            values = (row,) if len(names) == 1 else tuple(row)
        if len(values) != len(names):
            raise TypeError(f"every_row: row {index} has {len(values)} values for "
                            f"{len(names)} names {names}")
        if row_id is None and callable(ids):  # as parametrize: called on each value
            parts = [ids(value) for value in values]
            row_id = "-".join(part for part in parts if part is not None) or None
        elif row_id is None and ids is not None:
            row_id = ids[index]
        table.append((row_id if row_id is not None else str(index), values))
    return table


def _report(exc: BaseException) -> str:
    """What pytest would print for *exc* in a short traceback, without this module's frames."""
    info = pytest.ExceptionInfo.from_exception(exc)
    info.traceback = info.traceback.filter(lambda entry: str(entry.path) != __file__)
    return str(info.getrepr(style="short", chain=True, funcargs=False))


def _shown(row: dict[str, Any]) -> str:
    return ", ".join(f"{name}={value!r}" for name, value in row.items())


def _run_every_row(function: Callable[..., Any], names: list[str],
                   table: list[tuple[str, tuple[Any, ...]]], given: dict[str, Any]) -> None:
    """Call *function* on every row with the fixtures *given*; fail naming each bad row."""
    failures = []
    for row_id, values in table:
        row = dict(zip(names, values, strict=True))
        try:
            function(**given, **row)
        except _ROW_OUTCOMES as exc:  # first: an XFailed is a Failed too
            failures.append(f"--- row [{row_id}]: {_shown(row)}\na row may not skip or xfail "
                            f"({type(exc).__name__}: {exc}); give it its own test with "
                            "pytest.mark.parametrize")
        except _ROW_FAILURES as exc:
            failures.append(f"--- row [{row_id}]: {_shown(row)}\n{_report(exc)}")
    if failures:
        pytest.fail(f"{len(failures)} of {len(table)} rows failed:\n\n" + "\n\n".join(failures),
                    pytrace=False)


def every_row(argnames: str | Sequence[str], argvalues: Iterable[Any], *,
              ids: Sequence[str | None] | Callable[[Any], str | None] | None = None,
              ) -> Callable[[Callable[..., Any]], Callable[..., None]]:
    """Decorate a test to run it on every row of *argvalues*, as one item (see the module)."""
    names = _names(argnames)
    table = _rows(names, argvalues, ids)
    if not table:
        raise TypeError("every_row: an empty table tests nothing")

    def decorate(function: Callable[..., Any]) -> Callable[..., None]:
        signature = inspect.signature(function)
        missing = [name for name in names if name not in signature.parameters]
        if missing:
            raise TypeError(f"every_row: {function.__name__} takes no argument {missing}")
        fixtures = [parameter for name, parameter in signature.parameters.items()
                    if name not in names]

        run = _run_every_row

        def test(**given: Any) -> None:
            run(function, names, table, given)

        # The item's function lives in the test's module (its globals), as pytest expects:
        # a mark's string condition (skipif("not lexicon.available()")) is evaluated there.
        test = types.FunctionType(test.__code__, function.__globals__, function.__name__,
                                  None, test.__closure__)
        functools.update_wrapper(test, function)
        test.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=fixtures, return_annotation=None)
        return test

    return decorate

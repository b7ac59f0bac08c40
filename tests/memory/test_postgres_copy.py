"""Binary COPY names every column's type, read from the schema's CREATE TABLE statements."""

from __future__ import annotations

from tm.memory import _store
from tm.memory._listed import COLUMNS as LISTED_COLUMNS
from tm.memory._markup import COLUMNS as MARKUP_COLUMNS
from tm.memory._schema import TABLES, column_types


def test_every_table_and_column_a_writer_copies_has_its_type() -> None:
    types = column_types("postgresql")
    assert set(types) == set(TABLES)
    copied = {"units": _store.INSERT_COLUMNS, "vocab": ("token", "id"),
              "postings": ("key", "seq", "n", "ids"), "term_lengths": ("term", "counts"),
              "markup": MARKUP_COLUMNS, "listed": LISTED_COLUMNS}
    for table, columns in copied.items():
        assert set(columns) <= set(types[table]), table
    assert types["units"]["ukey"] == "bytea" and types["units"]["prev_hash"] == "bigint"
    assert types["postings"] == {"key": "bigint", "seq": "bigint", "n": "integer", "ids": "bytea"}
    assert set(types["units"]) == set(_store.INSERT_COLUMNS)  # no constraint read as a column

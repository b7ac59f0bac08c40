"""One contract for every unit format: read(write(units)) == units, for any units.

Each format carries a known subset of the Unit fields (CSV has no languages,
PO no dates); the contract compares exactly those, for arbitrary text.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples
from tm.formats import read_units, write_units
from tm.formats.tabular import read_csv, write_csv
from tm.formats.tmx import read_tmx, write_tmx
from tm.model import Unit

# Text a translator could type: letters, CJK, digits, punctuation, spaces, tabs, newlines,
# quotes, backslashes and XML/CSV specials; no control characters XML 1.0 cannot hold.
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Cn")),
        st.sampled_from(list('\t\n"\'\\,<>&;#%中文，。“”')),
    ),
    max_size=40,
)
NONEMPTY = TEXT.filter(lambda s: s.strip() != "")
LANGS = st.sampled_from([("en", "zh-CN"), ("en-US", "zh-TW"), ("zh-CN", "en"), ("en", "de")])
DATES = st.sampled_from(["", "2017-05-23T07:29:00Z", "1999-12-31T23:59:59Z"])


@st.composite
def units(draw: st.DrawFn, *, with_langs: bool) -> Unit:
    src, tgt = draw(LANGS) if with_langs else ("en", "zh-CN")
    return Unit(source=draw(NONEMPTY), target=draw(NONEMPTY), context=draw(TEXT),
                note=draw(TEXT), fuzzy=draw(st.booleans()) if with_langs else False,
                source_lang=src, target_lang=tgt, created=draw(DATES), changed=draw(DATES))


Fields = tuple[str, ...]
# (name, writer, reader, suffix, fields the format carries, unit strategy)
FORMATS: list[tuple[str, Callable[[Iterable[Unit], Path], object],
                    Callable[[Path], Iterable[Unit]], Fields, bool]] = [
    ("tmx", write_tmx, read_tmx,
     ("source", "target", "context", "note", "fuzzy", "source_lang", "target_lang", "created",
      "changed"), True),
    ("csv", write_csv, read_csv, ("source", "target", "context", "note"), False),
    ("tsv", write_csv, read_csv, ("source", "target", "context", "note"), False),
]


def _dated(unit: Unit) -> Unit:
    from dataclasses import replace

    created = unit.created or unit.changed or WRITTEN
    return replace(unit, created=created, changed=unit.changed or created)


#: The time the contract tests write at (SOURCE_DATE_EPOCH, set below).
WRITTEN = "2001-09-09T01:46:40Z"


def project(units: Iterable[Unit], fields: Fields) -> list[tuple[object, ...]]:
    return [tuple(getattr(u, f) for f in fields) for u in units]


@pytest.mark.parametrize(("name", "write", "read", "fields", "langs"), FORMATS,
                         ids=[f[0] for f in FORMATS])
def test_read_of_write_is_identity(name: str, write: Callable[[Iterable[Unit], Path], object],
                                   read: Callable[[Path], Iterable[Unit]], fields: Fields,
                                   langs: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1000000000")
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(units(with_langs=langs), max_size=8))
    def check(batch: list[Unit]) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"units.{name}"
            write(batch, path)
            if "created" in fields:  # TMX: every <tu> dated, by the time of writing if need be
                batch = [_dated(u) for u in batch]
            assert project(read(path), fields) == project(batch, fields)

    check()


@pytest.mark.parametrize("name", ["tmx", "csv", "tsv"])
def test_empty_input_round_trips(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"empty.{name}"
    assert write_units([], path) == 0
    assert list(read_units(path)) == []


PO_TEXT = st.text(alphabet=st.sampled_from(list("ab Z9.,:;!?'\"\\\t\n中文，。“”%")), max_size=25)


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(st.tuples(PO_TEXT.filter(str.strip), PO_TEXT.filter(str.strip),
                          PO_TEXT.filter(lambda s: s == s.strip()), st.booleans()),
                max_size=6, unique_by=lambda t: (t[2], t[0])))
def test_po_round_trip(rows: list[tuple[str, str, str, bool]]) -> None:
    """With --msgctxt every unit comes back as it was; by default a repeated sentence
    with the same translation is one entry, and every (source, target) comes back."""
    batch = [Unit(source=s, target=t, context=c, fuzzy=f) for s, t, c, f in rows]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "units.po"
        write_units(batch, path, msgctxt=True)
        back = list(read_units(path, include_fuzzy=True))
        write_units(batch, path)
        merged = list(read_units(path, include_fuzzy=True))
    fields = ("source", "target", "context", "fuzzy", "source_lang", "target_lang")
    assert project(back, fields) == project(batch, fields)
    pairs = [(u.source, u.target) for u in batch]
    assert [(u.source, u.target) for u in merged] == list(dict.fromkeys(pairs))


@pytest.mark.parametrize("suffix", ["tmx", "csv", "po"])
def test_import_export_import_is_identity(suffix: str) -> None:
    """memory -> export -> import into a fresh memory gives the same units back."""
    from tm.memory import TranslationMemory

    fields = ("source", "target", "context", "source_lang", "target_lang")

    @settings(max_examples=25, deadline=None)
    @given(st.lists(st.tuples(NONEMPTY, NONEMPTY, TEXT), max_size=6,
                    unique_by=lambda t: (t[2], t[0])))
    def check(rows: list[tuple[str, str, str]]) -> None:
        batch = [Unit(s, t, context=c) for s, t, c in rows]
        with tempfile.TemporaryDirectory() as tmp, TranslationMemory.open() as first, \
                TranslationMemory.open() as second:
            first.add(batch)
            path = Path(tmp) / f"export.{suffix}"
            write_units(first.units(), path)
            second.add(read_units(path))
            assert project(second.units(), fields) == project(first.units(), fields)

    check()

"""tm.glossary.cached_dictionary_tables: every table read from CC-CEDICT is built once and cached
on disk as checked JSON, keyed by the dictionary's content (one owner for the senses table and the
aligner's stem index)."""

from __future__ import annotations

import gzip
import pickle
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tm.glossary import DictionaryTables, cached_dictionary_tables
from tm.glossary import _dictionary_cache as cache_module

_LINES = "# CC-CEDICT\n名錄 名录 [ming2 lu4] /directory/\n曾 曾 [ceng2] /once/already/\n"


class _Builder:
    """A reader's build function that counts how often the dictionary was parsed."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, lines: Iterable[str]) -> DictionaryTables:
        self.calls += 1
        heads = [line.split()[1] for line in lines if not line.startswith("#")]
        return {"heads": {head: (head, "x") for head in heads}, "empty": {"k": ()}}


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small gzip CC-CEDICT and an empty user cache folder."""
    path = tmp_path / "dict" / "cedict.txt.gz"
    path.parent.mkdir()
    path.write_bytes(gzip.compress(_LINES.encode("utf-8")))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return path


def _folder(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "tm"


_EXPECTED = {"heads": {"名录": ("名录", "x"), "曾": ("曾", "x")}, "empty": {"k": ()}}


def test_tables_are_built_once_then_read_from_the_cache(source: Path) -> None:
    build = _Builder()
    assert cached_dictionary_tables("reader", "1", source, build) == _EXPECTED
    assert cached_dictionary_tables("reader", "1", source, build) == _EXPECTED
    assert build.calls == 1


def test_the_cache_is_data_never_code(source: Path, tmp_path: Path) -> None:
    """A cache file anyone could write is read as checked JSON: a planted pickle runs nothing,
    and a damaged or foreign file is rebuilt in place without temporaries left behind."""
    cached_dictionary_tables("reader", "1", source, _Builder())
    (cache,) = _folder(tmp_path).glob("reader-*.json")
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str, str]]:
            return (open, (str(marker), "w"))

    damaged_tables = (
        '{"a": 1}', '[]', '{"a": "x"}',        # the layout before the columns, and others
        '[2, "a", "x\\ny"]', '[2, "a\\nb", "x"]', '[1, "a\\nb", "x\\ny"]',  # counts disagree
        '[true, "a", "x"]', '[1, "a", 5]', '[1, "a", "x", "y"]', '[0, "a", ""]',
        '[2, "a\\na", "x\\ny"]',                  # one key twice
    )
    for planted in (pickle.dumps(Payload()), b'{"version": "x"}', b"\xff\xfe", b"[1]",
                    b'{"version": "1", "tables": []}',
                    *(f'{{"version": "1", "tables": {{"heads": {table}}}}}'.encode()
                      for table in damaged_tables)):
        cache.write_bytes(planted)
        build = _Builder()
        assert cached_dictionary_tables("reader", "1", source, build) == _EXPECTED
        assert build.calls == 1
        assert not marker.exists()
    assert list(_folder(tmp_path).iterdir()) == [cache]


#: Strings as CC-CEDICT's tables hold them (no line break, no tab), and any strings.
_PLAIN = st.text(alphabet=st.sampled_from("ab名录 \u2028\u3000"), max_size=4)
_ANY = st.text(alphabet=st.sampled_from("ab名\t\n\r"), max_size=3)


def _tables(strings: st.SearchStrategy[str]) -> st.SearchStrategy[DictionaryTables]:
    return st.dictionaries(st.sampled_from(["words", "readings", ""]),
                           st.dictionaries(strings, st.lists(strings, max_size=3).map(tuple),
                                           max_size=6),
                           max_size=3)


@settings(max_examples=100, deadline=None)
@given(_tables(_PLAIN))
def test_a_cached_table_reads_back_exactly(tables: DictionaryTables) -> None:
    """Every key gives the same strings from the cache file as from the build: empty tables,
    empty keys, empty tuples, empty strings among others.  A key whose only string is empty
    would read back as an empty tuple: such tables are built again, never cached."""
    text = cache_module._encode("1", tables)
    lone_empty = any(strings == ("",) for table in tables.values() for strings in table.values())
    assert (text is None) == lone_empty
    if text is not None:
        assert cache_module._decode(text, "1") == tables
        assert cache_module._decode(text, "2") is None


@settings(max_examples=100, deadline=None)
@given(_tables(_ANY))
def test_a_table_with_a_separator_is_never_read_back_changed(tables: DictionaryTables) -> None:
    text = cache_module._encode("1", tables)
    if text is not None:
        assert cache_module._decode(text, "1") == tables
    else:
        keys = [key for table in tables.values() for key in table]
        values = [strings for table in tables.values() for strings in table.values()]
        assert (any("\n" in key for key in keys) or ("",) in values
                or any("\t" in string or "\n" in string
                       for strings in values for string in strings))


def test_one_cache_per_dictionary_content_reader_and_version(source: Path, tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere" / source.name
    copy.parent.mkdir()
    copy.write_bytes(source.read_bytes())
    changed = tmp_path / "other" / source.name
    changed.parent.mkdir()
    extra = "名門 名门 [ming2 men2] /famous family/\n"
    changed.write_bytes(gzip.compress((_LINES + extra).encode()))
    file = cache_module._cache_file
    assert file("reader", "1", copy) == file("reader", "1", source)
    assert len({file("reader", "1", source), file("reader", "2", source),
                file("other", "1", source), file("reader", "1", changed)}) == 4
    build = _Builder()
    cached_dictionary_tables("reader", "1", source, build)
    cached_dictionary_tables("reader", "1", copy, build)
    cached_dictionary_tables("reader", "2", source, build)
    assert build.calls == 2


def test_pickles_of_old_releases_are_removed(source: Path, tmp_path: Path) -> None:
    _folder(tmp_path).mkdir(parents=True)
    (_folder(tmp_path) / "reader-0123456789ab.pickle").write_bytes(b"old")
    (_folder(tmp_path) / "someone-else.pickle").write_bytes(b"kept")
    cached_dictionary_tables("reader", "1", source, _Builder())
    assert sorted(p.suffix for p in _folder(tmp_path).iterdir()) == [".json", ".pickle"]
    assert (_folder(tmp_path) / "someone-else.pickle").exists()


def test_an_unwritable_cache_folder_only_costs_speed(source: Path, tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("a file where the folder should be")
    build = _Builder()
    assert cached_dictionary_tables("reader", "1", source, build) == _EXPECTED
    assert cached_dictionary_tables("reader", "1", source, build) == _EXPECTED
    assert build.calls == 2


def test_no_or_a_damaged_dictionary_gives_no_tables(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert cached_dictionary_tables("reader", "1", None, _Builder()) == {}
    assert cached_dictionary_tables("reader", "1", tmp_path / "missing.gz", _Builder()) == {}
    broken = tmp_path / "broken.gz"
    broken.write_bytes(gzip.compress(b"x /y/\n")[:-6])
    assert cached_dictionary_tables("reader", "1", broken, _Builder()) == {}
    latin1 = tmp_path / "latin1.gz"
    latin1.write_bytes(gzip.compress("名 /é/\n".encode("latin-1", "replace") + b"\xe9\xff"))
    assert cached_dictionary_tables("reader", "1", latin1, _Builder()) == {}

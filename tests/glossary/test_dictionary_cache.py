"""tm.glossary.cached_dictionary_tables: every table read from CC-CEDICT is built once and cached
on disk as checked JSON, keyed by the dictionary's content (one owner for the senses table and the
aligner's stem index)."""

from __future__ import annotations

import gzip
import pickle
from collections.abc import Iterable
from pathlib import Path

import pytest

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

    for planted in (pickle.dumps(Payload()), b'{"version": "x"}', b"\xff\xfe", b"[1]",
                    b'{"version": "1", "tables": {"heads": {"a": 1}}}',
                    b'{"version": "1", "tables": {"heads": []}}'):
        cache.write_bytes(planted)
        build = _Builder()
        assert cached_dictionary_tables("reader", "1", source, build) == _EXPECTED
        assert build.calls == 1
        assert not marker.exists()
    assert list(_folder(tmp_path).iterdir()) == [cache]


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

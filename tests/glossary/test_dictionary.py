"""The dictionary's senses as written (tm.glossary.word_senses): parsed, cached as data, and a
damaged cache rebuilt (issue 10: the term checks read which sense a target word gives)."""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

import pytest

from tm.glossary import _dictionary as dictionary

_SMALL_CEDICT = """# CC-CEDICT
值機 值机 [zhi2 ji1] /(airline) check-in/to check in/
入住 入住 [ru4 zhu4] /to check in (at a hotel etc)/
張 张 [Zhang1] /surname Zhang/
張 张 [zhang1] /to open up; to spread/sheet of paper/CL:個|个[ge4]/
"""


@pytest.fixture
def small_cedict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small CC-CEDICT in place of the installed one, a fresh table and an empty cache."""
    source = tmp_path / "cedict.txt.gz"
    source.write_bytes(gzip.compress(_SMALL_CEDICT.encode("utf-8")))
    monkeypatch.setattr(dictionary, "cedict_path", lambda: source)
    monkeypatch.setattr(dictionary, "_table",
                        functools.lru_cache(maxsize=1)(dictionary._table.__wrapped__))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return source


def test_senses_are_kept_as_written_split_at_slash_and_semicolon(small_cedict: Path) -> None:
    assert dictionary.word_senses("值机") == ("(airline) check-in", "to check in")
    assert dictionary.word_senses("入住") == ("to check in (at a hotel etc)",)
    # surnames and classifiers are no senses; ";" separates senses too
    assert dictionary.word_senses("张") == ("to open up", "to spread", "sheet of paper")
    assert dictionary.word_senses("无") == ()


def test_senses_are_read_from_their_cache_on_later_loads(small_cedict: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The second load reads the cache the first wrote (how the cache works:
    test_dictionary_cache)."""
    assert dictionary.word_senses("值机")

    def unparsable(lines: object) -> object:
        raise AssertionError("parsed again instead of read from the cache")

    monkeypatch.setattr(dictionary, "_parse", unparsable)
    dictionary._table.cache_clear()
    assert dictionary.word_senses("值机") == ("(airline) check-in", "to check in")


def test_without_the_dict_extra_there_are_no_senses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dictionary, "cedict_path", lambda: None)
    monkeypatch.setattr(dictionary, "_table",
                        functools.lru_cache(maxsize=1)(dictionary._table.__wrapped__))
    assert dictionary.word_senses("值机") == ()


def test_senses_glossing_an_english_word_are_the_reverse_of_word_senses(
        small_cedict: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every (word, sense) whose sense holds a word of the stem ("opening" and "open" are
    one), in dictionary order; a word joined by a hyphen counts ("check-in")."""
    for name in ("gloss_words", "_all_senses", "senses_glossing"):
        fresh = functools.lru_cache(maxsize=None)(getattr(dictionary, name).__wrapped__)
        monkeypatch.setattr(dictionary, name, fresh)
    assert dictionary.senses_glossing(dictionary.stem("check")) == (
        ("值机", "(airline) check-in"), ("值机", "to check in"),
        ("入住", "to check in (at a hotel etc)"))
    assert dictionary.senses_glossing(dictionary.stem("opening")) == (("张", "to open up"),)
    assert dictionary.senses_glossing("nothing") == ()

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
票房 票房 [piao4 fang2] /box office/
售票處 售票处 [shou4 piao4 chu4] /ticket office/booking office/
"""


def _fresh_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Empty the cached tables, so the next lookup loads the dictionary again."""
    for name in ("_tables", "_table", "_renderings_table"):
        monkeypatch.setattr(dictionary, name,
                            functools.lru_cache(maxsize=1)(getattr(dictionary, name).__wrapped__))


@pytest.fixture
def small_cedict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small CC-CEDICT in place of the installed one, a fresh table and an empty cache."""
    source = tmp_path / "cedict.txt.gz"
    source.write_bytes(gzip.compress(_SMALL_CEDICT.encode("utf-8")))
    monkeypatch.setattr(dictionary, "cedict_path", lambda: source)
    _fresh_tables(monkeypatch)
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
    _fresh_tables(monkeypatch)
    assert dictionary.word_senses("值机") == ("(airline) check-in", "to check in")


def test_without_the_dict_extra_there_are_no_senses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dictionary, "cedict_path", lambda: None)
    _fresh_tables(monkeypatch)
    assert dictionary.word_senses("值机") == ()
    assert dictionary.english_renderings("check-in") == ()


def test_english_renderings_read_the_dictionary_backwards(small_cedict: Path) -> None:
    """The words that give an English word or two-word compound as a whole sense, its
    brackets, "to", function words and inflection aside (the stems the term checks compare:
    "check-in" is "check in" is "checks in"); a sense that holds more words gives none."""
    assert dictionary.english_renderings("check-in") == ("值机", "入住")
    assert dictionary.english_renderings("checks in") == ("值机", "入住")
    assert dictionary.english_renderings("Box offices") == ("票房",)
    assert dictionary.english_renderings("office") == ()  # only inside "ticket office"
    assert dictionary.english_renderings("sheet") == ()  # "sheet of paper": "of" is no word
    assert dictionary.english_renderings("sheet paper") == ("张",)
    assert dictionary.english_renderings("an open spread sheet") == ()  # three words

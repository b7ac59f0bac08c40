"""tm.alignment._lexicon: the word and name evidence the aligner matches across languages."""

from __future__ import annotations

import sys

import pytest

import tm
from rows import every_row
from tm.alignment import _lexicon as lexicon
from tm.alignment import _pinyin as pinyin

#: Asked when a test that needs the dictionary runs, not when the module is collected: every
#: pytest-xdist worker collects every module, and loading the stem index (about 0.2 CPU s)
#: at collection cost a worker that runs no alignment test as much as one that does.
needs_dict = pytest.mark.skipif("not lexicon.available()", reason="needs the dict extra")


@every_row(("words", "same"), [
    (("innovation", "innovative", "innovate"), True),
    (("created", "creating", "creates", "creation"), True),
    (("said", "says", "say"), True),
    (("cities", "city"), True),
    (("running", "run", "ran"), True),
    (("coffee", "manufacture"), False),
])
def test_stem_maps_inflections_together(words: tuple[str, ...], same: bool) -> None:
    assert (len({lexicon.stem(w) for w in words}) == 1) is same


def test_english_keys_drop_stopwords_and_single_letters() -> None:
    keys = lexicon.english_keys("The Premier’s visit to the coffee shop")
    assert keys == {lexicon.stem(w) for w in ("premier", "visit", "coffee", "shop")}


@needs_dict
@every_row(("text", "words"), [
    ("李克强总理提出", ["李克强", "总理", "提出"]),
    ("喝咖啡", ["喝", "咖啡"]),
    ("3W咖啡", ["咖啡"]),
])
def test_chinese_words_by_maximum_matching(text: str, words: list[str]) -> None:
    assert lexicon.chinese_words(text) == words


@needs_dict
def test_chinese_keys_reach_english_stems() -> None:
    keys, count = lexicon.chinese_keys("咖啡的力量")
    assert {lexicon.stem("coffee"), lexicon.stem("power")} <= keys
    assert count == 2        # 的 is a function word: no evidence mass


@needs_dict
@every_row(("english", "chinese"), [
    ("Chen Qingyang caught me.", "陈清扬把我拽住。"),
    ("They went to Guangzhou.", "他们去了广州。"),
    ("Bao-yu laughed.", "宝玉笑了。"),
])
def test_transliterated_names_meet_their_characters(english: str, chinese: str) -> None:
    assert set(pinyin.name_keys(english)) & pinyin.han_pair_keys(chinese)


@pytest.mark.parametrize(("english", "chinese"), [
    ("Shan Tianfang told a story.", "单田芳讲了一个故事。"),   # 单 as a surname reads shan
    ("Zeng Guofan wrote home.", "曾国藩写了家书。"),           # 曾 as a surname reads zeng
])
def test_names_with_uncommon_readings_meet_their_characters(english: str, chinese: str) -> None:
    """pypinyin knows every reading of a character, not only the commonest two."""
    pytest.importorskip("pypinyin")
    assert set(pinyin.name_keys(english)) & pinyin.han_pair_keys(chinese)


def test_readings_are_pypinyins_table_without_importing_its_phrases(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The aligner reads pypinyin's character table only: its phrase table cost half a start-up."""
    constants = pytest.importorskip("pypinyin.constants")
    for name in [name for name in sys.modules if name.split(".")[0] == "pypinyin"]:
        monkeypatch.delitem(sys.modules, name)   # as in a process that has not imported it
    read = pinyin._pypinyin_characters()
    assert not [name for name in sys.modules if name.split(".")[0] == "pypinyin"]
    assert read == constants.PINYIN_DICT


@needs_dict
@pytest.mark.parametrize("english", ["The man said: Then what?", "When Here Comes The Sun"])
def test_ordinary_capitalized_words_are_not_names(english: str) -> None:
    assert pinyin.name_keys(english) == []


def test_alignment_works_without_the_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "_load_index", lambda: ({}, {}))
    assert not lexicon.available()
    beads = tm.align(["Sales rose 72.5 percent in 2016.", "Prices fell by 3 percent in 2017."],
                     ["2016年销售额增长72.5%。", "2017年价格下降3%。"])
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0,)), ((1,), (1,))]


#: A few CC-CEDICT lines: the cache tests check how a dictionary is cached, not what
#: the 120,000 entries of the real one say (parsing those costs about 2 CPU s a load).
_SMALL_CEDICT = """\
# CC-CEDICT
#! version=1
名錄 名录 [ming2 lu4] /directory/
名門 名门 [ming2 men2] /famous family/prestigious house/
曾 曾 [Zeng1] /surname Zeng/
曾 曾 [ceng2] /once/already/former/previously/
"""


@pytest.fixture
def small_cedict(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A small CC-CEDICT file in place of the installed one, and an empty index cache.

    ``_load_index`` is swapped for a fresh cache of the same function, so the
    process's loaded index is back untouched after the test.
    """
    import functools
    import gzip

    source = tmp_path / "dict" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    source.parent.mkdir()
    source.write_bytes(gzip.compress(_SMALL_CEDICT.encode("utf-8")))
    monkeypatch.setattr(lexicon, "_cedict_path", lambda: source)
    monkeypatch.setattr(lexicon, "_load_index",
                        functools.lru_cache(maxsize=1)(lexicon._load_index.__wrapped__))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return source


def test_the_small_dictionary_is_parsed_like_the_real_one(small_cedict) -> None:  # type: ignore[no-untyped-def]
    words, readings = lexicon._load_index()
    assert words["名录"] == (lexicon.stem("directory"),)
    assert lexicon.stem("family") in words["名门"]
    assert readings["曾"] == ("zeng", "ceng")


def test_the_lexicon_is_read_from_its_cache_on_later_loads(small_cedict, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The second load reads the cache the first wrote (how the cache works: tests/glossary)."""
    built = lexicon._load_index()
    assert built[0]

    def unparsable(lines: object) -> object:
        raise AssertionError("parsed again instead of read from the cache")

    monkeypatch.setattr(lexicon, "_parse", unparsable)
    lexicon._load_index.cache_clear()
    assert lexicon._load_index() == built

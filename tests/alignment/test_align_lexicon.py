"""tm.alignment._lexicon: the word and name evidence the aligner matches across languages."""

from __future__ import annotations

import pytest

import tm
from tm.alignment import _lexicon as lexicon
from tm.alignment import _pinyin as pinyin

needs_dict = pytest.mark.skipif(not lexicon.available(), reason="needs the dict extra")


@pytest.mark.parametrize(("words", "same"), [
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
@pytest.mark.parametrize(("text", "words"), [
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
@pytest.mark.parametrize(("english", "chinese"), [
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


@needs_dict
def test_lexicon_cache_is_data_never_code(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A cache file anyone could write is read as checked JSON: a planted pickle runs nothing."""
    import pickle

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lexicon._load_index.cache_clear()
    try:
        built = lexicon._load_index()
        (cache,) = (tmp_path / "tm").glob("cedict-*.json")
        marker = tmp_path / "ran"

        class Payload:
            def __reduce__(self) -> tuple[object, tuple[str, str]]:
                return (open, (str(marker), "w"))

        for planted in (pickle.dumps(Payload()), b'{"version": "x"}', b"\xff\xfe",
                        b'{"version": "%s", "words": {"a": 1}, "readings": {}}'
                        % lexicon.LEXICON_VERSION.encode()):
            cache.write_bytes(planted)
            lexicon._load_index.cache_clear()
            assert lexicon._load_index() == built
            assert not marker.exists()
        assert list((tmp_path / "tm").iterdir()) == [cache]    # no temporaries left behind
    finally:
        lexicon._load_index.cache_clear()


@needs_dict
def test_one_lexicon_cache_for_every_install_of_the_same_dictionary(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The cache is keyed by the dictionary's bytes, not its path, and old pickles are removed."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "tm").mkdir()
    (tmp_path / "tm" / "cedict-0123456789ab.pickle").write_bytes(b"old")
    source = lexicon._cedict_path()
    assert source is not None
    copy = tmp_path / "elsewhere" / source.name
    copy.parent.mkdir()
    copy.write_bytes(source.read_bytes())
    assert lexicon._cache_file(copy) == lexicon._cache_file(source)
    lexicon._load_index.cache_clear()
    try:
        lexicon._load_index()
    finally:
        lexicon._load_index.cache_clear()
    assert [p.suffix for p in (tmp_path / "tm").iterdir()] == [".json"]

"""Which characters are Han, which are CJK: the one owner of tm's script ranges.

Every stage asks these questions (is this Chinese prose? is this one token?
does joining two sentences need a space?), so they are answered here once,
from the Unicode blocks below, and offered three ways: predicates
(:func:`is_han`, :func:`has_han`, :func:`han_ratio`, :func:`is_cjk`), the one
language guesser built on them (:func:`guess_lang`), and
character-class bodies (:data:`HAN`, :data:`KANA`, :data:`CJK`) that work in
both ``re`` and ``regex`` patterns (``f"[{HAN}]+"``).

Han is the CJK Unified Ideographs with every extension, the compatibility
ideographs and their supplement (U+2F800), and 〇 (U+3007, the ideographic
zero of 二〇一五).  CJK adds kana, bopomofo, Hangul, CJK punctuation and
symbols, radicals and the full-width forms: the characters written without
spaces between them.  Emoji and other symbols are not CJK.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["CHINESE_SHARE", "CJK", "CJK_RANGES", "HAN", "HAN_RANGES", "KANA", "char_class",
           "guess_lang", "han_ratio", "has_han", "has_kana_or_hangul", "is_cjk", "is_han",
           "written_in_traditional"]

#: Han ideographs, as (first, last) code points.
HAN_RANGES: tuple[tuple[int, int], ...] = (
    (0x3007, 0x3007),     # 〇 ideographic number zero
    (0x3400, 0x4DBF),     # CJK Unified Ideographs Extension A
    (0x4E00, 0x9FFF),     # CJK Unified Ideographs
    (0xF900, 0xFAFF),     # CJK Compatibility Ideographs
    (0x20000, 0x323AF),   # Extensions B to H (astral)
    (0x2F800, 0x2FA1F),   # CJK Compatibility Ideographs Supplement
)
#: Hiragana, Katakana and their extensions.
_KANA_RANGES = ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))
#: Hangul syllables and jamo (compatibility jamo included).
_HANGUL_RANGES = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF))
#: Scripts and symbols written without spaces in CJK text (Han and kana included).
CJK_RANGES: tuple[tuple[int, int], ...] = (
    *HAN_RANGES, *_KANA_RANGES,
    *_HANGUL_RANGES,
    (0x2E80, 0x2FDF),     # CJK and Kangxi radicals
    (0x2FF0, 0x303F),     # ideographic description, CJK symbols and punctuation
    (0x3100, 0x312F),     # Bopomofo
    (0x31A0, 0x31BF),     # Bopomofo extended
    (0x3200, 0x33FF),     # enclosed CJK letters, CJK compatibility
    (0xFE10, 0xFE1F),     # vertical forms
    (0xFE30, 0xFE4F),     # CJK compatibility forms
    (0xFF00, 0xFF65),     # full-width forms (half-width kana are above)
    (0xFFE0, 0xFFEF),     # full-width signs
)


def char_class(ranges: Sequence[tuple[int, int]]) -> str:
    """A character-class body (no brackets) for *ranges*."""
    def char(cp: int) -> str:
        return f"\\U{cp:08x}" if cp > 0xFFFF else f"\\u{cp:04x}"
    return "".join(char(lo) if lo == hi else f"{char(lo)}-{char(hi)}" for lo, hi in ranges)


#: Character-class body of Han characters: ``re.compile(f"[{HAN}]")``.
HAN = char_class(HAN_RANGES)
#: Character-class body of kana.
KANA = char_class(_KANA_RANGES)
#: Character-class body of CJK characters (see the module docstring).
CJK = char_class(CJK_RANGES)

_HAN_CHAR = re.compile(f"[{HAN}]")
_KANA_OR_HANGUL = re.compile(f"[{KANA}{char_class(_HANGUL_RANGES)}]")
_CJK_CHAR = re.compile(f"[{CJK}]")


def is_han(char: str) -> bool:
    """True if *char* (one character) is a Han ideograph (see :data:`HAN_RANGES`)."""
    return _HAN_CHAR.match(char) is not None


def has_han(text: str) -> bool:
    """True if *text* contains at least one Han character."""
    return _HAN_CHAR.search(text) is not None


def has_kana_or_hangul(text: str) -> bool:
    """True when *text* holds kana or Hangul: Japanese or Korean, however many Han it has."""
    return _KANA_OR_HANGUL.search(text) is not None


def han_ratio(text: str) -> float:
    """Share of Han characters among the letters of *text* (0.0 if it has none).

    Letters are what Unicode calls letters, plus the Han characters that it
    files as numbers (〇 of 二〇一五); digits, spaces and punctuation do not
    count, so a date or a price does not make a Chinese text look English.
    Chinese prose scores near 1, English 0.
    """
    han = len(_HAN_CHAR.findall(text))
    if not han:
        return 0.0
    letters = sum(1 for c in text if c.isalpha() or _HAN_CHAR.match(c) is not None)
    return han / letters


#: :func:`guess_lang`: the Han share of the letters that makes a text Chinese.  Chinese
#: prose scores above 0.8 even with Latin names in it, English close to 0; 30% leaves
#: room for bilingual notes.
CHINESE_SHARE = 0.3
#: :func:`guess_lang` reads this many characters at most (the start of a long document).
GUESS_SAMPLE = 20_000


def guess_lang(text: str) -> str:
    """``"zh"`` if at least 30% of the letters of *text* are Han characters, else ``"en"``.

    The one language guesser of tm: ``tm segment``/``tm analyze`` without a
    language and ``tm align``'s swapped-files hint all ask it.
    """
    return "zh" if han_ratio(text[:GUESS_SAMPLE]) >= CHINESE_SHARE else "en"


def is_cjk(char: str) -> bool:
    """True if *char* belongs to text written without spaces (Han, kana, Hangul, CJK marks)."""
    return _CJK_CHAR.match(char) is not None


#: Frequent characters whose Traditional and Simplified forms differ, as (Traditional,
#: Simplified) strings of the same length: pairs of CC-CEDICT headwords (這/这, 們/们,
#: 國/国 ...), chosen so that neither form is an ordinary character of the other script
#: (后, 里, 干, 只, 台 stand in both and are left out).  Any page of prose holds several.
_TRADITIONAL_FORMS = ("這們個來時說對會為國過還學與發開問從經現樣種點當長無麼見"
                      "聽讀書電話車門東動實業頭機關給讓進應沒報歲變總義氣萬億認")
_SIMPLIFIED_FORMS = ("这们个来时说对会为国过还学与发开问从经现样种点当长无么见"
                     "听读书电话车门东动实业头机关给让进应没报岁变总义气万亿认")
#: :func:`written_in_traditional`: how many Traditional forms make a text Traditional (one
#: is a quoted name), and how many times the Simplified ones they must outnumber.
TRADITIONAL_EVIDENCE = 3
TRADITIONAL_MAJORITY = 4
#: The evidence a memory *query* needs (tm._shared.lang.query_languages): one form.  A
#: query is a UI string or a sentence (打開檔案。 holds one such form, 開); a Simplified one
#: writes none of them, and a quoted Traditional name beside Simplified text is outnumbered.
QUERY_EVIDENCE = 1


def written_in_traditional(text: str, evidence: int = TRADITIONAL_EVIDENCE) -> bool:
    """Whether the Chinese *text* is written in Traditional characters (Taiwan, Hong Kong).

    Counts the frequent characters whose two forms differ (:data:`_TRADITIONAL_FORMS`):
    at least *evidence* (:data:`TRADITIONAL_EVIDENCE`; :data:`QUERY_EVIDENCE` for a
    short query) Traditional ones, and :data:`TRADITIONAL_MAJORITY` times as many as
    Simplified ones.  A tool that labels
    the text (``tm align`` writes ``zh-TW`` rather than ``zh-CN``) asks it; text
    without such characters is not called Traditional.

    >>> written_in_traditional("這是我們讀的書。"), written_in_traditional("这是我们读的书。")
    (True, False)
    """
    sample = text[:GUESS_SAMPLE]
    traditional = sum(sample.count(c) for c in set(_TRADITIONAL_FORMS))
    simplified = sum(sample.count(c) for c in set(_SIMPLIFIED_FORMS))
    return traditional >= evidence and traditional >= TRADITIONAL_MAJORITY * simplified

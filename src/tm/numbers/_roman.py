"""Roman numerals read as numbers where they are numerals, in English and Chinese (private).

"a phase III trial" is III期临床试验, Ⅲ期 or "a phase 3 trial"; "World War II" is
第二次世界大战.  A Roman numeral is read as its value (``kind="number"``, not
spelled: like digits, it is a figure the translator must keep):

* anywhere, in the Unicode Roman numeral block (Ⅰ-Ⅻ, ⅰ-ⅻ, U+2160-U+217F);
* in English, written in capitals (I to XXXIX) right after a word that counts
  with them: phase, stage, type, class, part, chapter, grade, level, tier,
  category, volume, book, act, article, section, round, division, generation,
  title, schedule, annex, appendix, series, World War; a second numeral joined
  by - / or, and, to (phase I/II, stages III-IV) is read too;
* in Chinese, in capitals right before a word they count: 期 型 类 级 代 阶段
  度 (III期, I型糖尿病, II类), a range too (III-IV期).

Nothing else: the pronoun I, the words MIX or CD, a model name "Mark V" (no
counting word before) are never read as numbers.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tm.numbers._base import Number
from tm.numbers._idioms_zh import without_all
from tm.numbers._lazy import lazy_re

__all__ = ["HINT", "may_hold_roman", "read_roman"]

_LETTER_VALUES = {"I": 1, "V": 5, "X": 10}
_WELL_FORMED = lazy_re(r"X{0,3}(?:IX|IV|V?I{0,3})")
#: Unicode Roman numerals: Ⅰ..Ⅻ, Ⅼ Ⅽ Ⅾ Ⅿ and the small forms, as ASCII.
_UNICODE_ASCII = dict(zip(
    "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅬⅭⅮⅯ", ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
                          "X", "XI", "XII", "L", "C", "D", "M"], strict=True))
_UNICODE_ASCII |= {chr(ord(k) + 0x10): v for k, v in _UNICODE_ASCII.items()}
_UNICODE = lazy_re("[\u2160-\u217f]+")
#: English words that count with a Roman numeral after them (phase III, World War II).
_COUNTING = ("phase stage type class part chapter grade level tier category volume vol. book act "
             "article section round division generation title schedule annex appendix series "
             "world_war").split()
_COUNTING_EN = "(?:" + "|".join(re.escape(w).replace("_", r"\s+") for w in _COUNTING) + ")"
_ROMAN = r"[IVX]+"
_ENGLISH = lazy_re(
    rf"\b(?i:{_COUNTING_EN})\s+(?P<a>{_ROMAN})\b(?!['’-]\w)"
    rf"(?:(?P<sep>\s*(?:/|-|–|\bor\b|\band\b|\bto\b)\s*)(?P<b>{_ROMAN})\b(?!['’-]\w))?")
#: Chinese words counted with a Roman numeral before them (III期, I型).
_COUNTED_ZH = "(?:期|型|类|级|代|阶段|度)"
_CHINESE = lazy_re(
    rf"(?<![A-Za-z])(?P<a>{_ROMAN})(?:\s?[-–~～至到/、]\s?(?P<b>{_ROMAN}))?"
    rf"(?![A-Za-z])(?=\s?{_COUNTED_ZH})")
_UNICODE_ANY = lazy_re("[\u2160-\u217f]")
#: A Roman numeral after a space: the English candidates, judged by the word before.
_EN_CANDIDATE = lazy_re(r"(?<= )[IVX]+\b")
#: The word right before the numeral, for each counting word (war: World War).
_COUNTING_WORDS = frozenset(w.rpartition("_")[2] for w in _COUNTING)
#: Text that may hold a Roman numeral read here (a cheap test before the readers).
HINT = {"en": lazy_re(rf"[\u2160-\u217f]|\b(?i:{_COUNTING_EN})\s+{_ROMAN}\b"),
        "zh": lazy_re(r"[\u2160-\u217f]|[IVX](?:\s?[-–~～至到/、]\s?[IVX]+)?\s?"
                         + _COUNTED_ZH)}


def may_hold_roman(text: str, lang: str = "en") -> bool:
    """True when *text* (``en`` or ``zh``) may hold a Roman numeral read as a number.

    A cheap test for callers with a fast path that looks for digits only.
    """
    if _UNICODE_ANY.search(text):
        return True
    if lang == "zh":
        return ("I" in text or "V" in text or "X" in text) and bool(HINT["zh"].search(text))
    if " I" not in text and " V" not in text and " X" not in text:
        return False
    for m in _EN_CANDIDATE.finditer(text):
        before = text[max(0, m.start() - 16):m.start()].split()
        if before and before[-1].lower() in _COUNTING_WORDS:
            return True
    return False


def roman_value(text: str) -> int | None:
    """Value of a well-formed Roman numeral of I, V, X (up to XXXIX), else None."""
    if not text or not _WELL_FORMED.fullmatch(text):
        return None
    total = 0
    for i, char in enumerate(text):
        value = _LETTER_VALUES[char]
        after = _LETTER_VALUES[text[i + 1]] if i + 1 < len(text) else 0
        total += -value if value < after else value
    return total


def _unicode_value(text: str) -> int | None:
    ascii_form = "".join(_UNICODE_ASCII.get(c, "?") for c in text)
    if ascii_form in ("L", "C", "D", "M"):
        return {"L": 50, "C": 100, "D": 500, "M": 1000}[ascii_form]
    return roman_value(ascii_form)


def read_roman(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* (found in *text*) with its Roman numerals read (order not kept)."""
    if not may_hold_roman(text, lang):
        return numbers
    found: list[Number] = []
    for m in _UNICODE.finditer(text):
        value = _unicode_value(m.group())
        if value is not None:
            found.append(Number(Decimal(value), "number", m.start(), m.end(), m.group()))
    for m in (_ENGLISH if lang == "en" else _CHINESE).finditer(text):
        for group in ("a", "b"):
            value = roman_value(m.group(group) or "")
            if value is not None:
                found.append(Number(Decimal(value), "number", m.start(group), m.end(group),
                                    m.group(group)))
    return without_all(numbers, [(n.start, n.end) for n in found]) + found

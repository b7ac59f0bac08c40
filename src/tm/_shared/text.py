"""Text normalization and character classes shared by every stage.

Comparisons across English and Chinese text need the same few operations
everywhere: Unicode NFC, folding full-width ASCII (``２０１６``, ``ＡＢＣ``,
``％``) to half-width, collapsing whitespace, telling Han characters from Latin
letters, and knowing which punctuation marks open, close or end a sentence.

:func:`fold_width` maps one character to exactly one character, so offsets
found in folded text are valid in the original text; that is what lets
:mod:`tm.numbers` and :mod:`tm.glossary` report spans into the text the user
gave them.  :func:`normalize` (NFC + folding + whitespace) is for keys and
comparisons only, since NFC and whitespace collapsing can change lengths.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "BRACKETS",
    "CLOSING",
    "OPENING",
    "SENTENCE_FINAL",
    "WIDE_PUNCTUATION",
    "collapse_whitespace",
    "fold_width",
    "han_ratio",
    "has_han",
    "is_han",
    "is_latin",
    "is_punctuation",
    "nfc",
    "normalize",
]

# U+FF01..U+FF5E are the full-width forms of U+0021..U+007E; U+3000 is the
# ideographic space.  One character in, one character out.
_WIDTH_TABLE: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = 0x20

_SPACE_RUN = re.compile(r"\s+")

#: Opening bracket or quote -> its closing partner (ASCII and CJK forms).
BRACKETS: dict[str, str] = {
    "(": ")", "[": "]", "{": "}", "（": "）", "［": "］", "｛": "｝",
    "【": "】", "〔": "〕", "《": "》", "〈": "〉", "「": "」", "『": "』",
    "“": "”", "‘": "’", "«": "»",
}
#: Characters that open a bracketed or quoted span.
OPENING: frozenset[str] = frozenset(BRACKETS)
#: Characters that close a bracketed or quoted span.
CLOSING: frozenset[str] = frozenset(BRACKETS.values())
#: Marks that end a sentence in English or Chinese.
SENTENCE_FINAL: frozenset[str] = frozenset(".!?。！？…")
#: Half-width punctuation -> the full-width form Chinese prose uses.
WIDE_PUNCTUATION: dict[str, str] = {
    ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
    ".": "。",
}


def nfc(text: str) -> str:
    """Return *text* in Unicode normalization form C (composed characters)."""
    return unicodedata.normalize("NFC", text)


def fold_width(text: str) -> str:
    """Fold full-width ASCII forms and the ideographic space to half-width.

    ``fold_width("２０１６年，ＡＢ") == "2016年,AB"``.  The result has the same
    length as *text* (one character per character), so offsets carry over.
    """
    return text.translate(_WIDTH_TABLE)


def collapse_whitespace(text: str) -> str:
    """Replace every run of whitespace by one space and strip both ends."""
    return _SPACE_RUN.sub(" ", text).strip()


def normalize(text: str) -> str:
    """The comparison key of *text*: NFC, width-folded, whitespace collapsed.

    Two strings a reader would call "the same text" get the same key.  Lengths
    may change, so use it for keys, not for offsets.
    """
    return collapse_whitespace(fold_width(nfc(text)))


def is_han(char: str) -> bool:
    """True if *char* (one character) is a Han ideograph (CJK, incl. extensions)."""
    cp = ord(char)
    return (
        0x4E00 <= cp <= 0x9FFF  # CJK Unified Ideographs
        or 0x3400 <= cp <= 0x4DBF  # Extension A
        or 0x20000 <= cp <= 0x323AF  # Extensions B..H (astral)
        or 0xF900 <= cp <= 0xFAFF  # Compatibility Ideographs
        or 0x2F800 <= cp <= 0x2FA1F  # Compatibility Supplement
        or cp == 0x3007  # 〇
    )


def has_han(text: str) -> bool:
    """True if *text* contains at least one Han character."""
    return any(is_han(c) for c in text)


def han_ratio(text: str) -> float:
    """Share of Han characters among the letters of *text* (0.0 if it has none).

    A quick language test: Chinese prose scores near 1, English 0.
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if is_han(c)) / len(letters)


def is_latin(char: str) -> bool:
    """True if *char* is a Latin letter (ASCII, full-width or accented)."""
    if not char.isalpha():
        return False
    folded = fold_width(char)
    if folded.isascii():
        return True
    return unicodedata.name(char, "").startswith("LATIN ")


def is_punctuation(char: str) -> bool:
    """True if *char* is punctuation in Unicode's sense (general category P*)."""
    return unicodedata.category(char).startswith("P")

"""Text normalization and character classes shared by every stage.

Three questions every stage asks of text have one answer each, here:

* **Is it the same sentence?**  :func:`sentence_key` (NFC, white space
  collapsed) is the identity of a sentence: stable ids, update matching,
  repetitions in an analysis, neighbours in the memory, consistency checks.
* **Does this text contain that term?**  :func:`fold_for_matching` folds both
  sides (NFKC, case folded, white space dropped, or kept as single spaces for
  word-based languages) and maps every folded character back to its offset,
  so a match is reported as a span of the text the user gave.
* **Which text do consecutive sentences make?**  :func:`joined_text`: Chinese
  sentences run on (their line breaks dropped), others join with one space.
  An aligned 2-1 unit is stored so, and a lookup of two sentences asks so.
* **Full-width or half-width?**  :func:`fold_width` maps full-width ASCII
  (``２０１６``, ``ＡＢＣ``, ``％``) and the ideographic space to half-width,
  one character for one, so offsets carry over (:mod:`tm.numbers`).

Which characters are Han or CJK is :mod:`tm._shared.script`'s.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from tm._shared.lang import is_chinese

__all__ = ["WIDE_PUNCTUATION", "fold_for_matching", "fold_width", "joined_text", "sentence_key"]

# U+FF01..U+FF5E are the full-width forms of U+0021..U+007E; U+3000 is the
# ideographic space.  One character in, one character out.
_WIDTH_TABLE: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = 0x20

_SPACE = re.compile(r"\s")

#: Half-width punctuation -> the full-width form Chinese prose uses.
WIDE_PUNCTUATION: dict[str, str] = {
    ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
    ".": "。",
}


def fold_width(text: str) -> str:
    """Fold full-width ASCII forms and the ideographic space to half-width.

    ``fold_width("２０１６年，ＡＢ") == "2016年,AB"``.  The result has the same
    length as *text* (one character per character), so offsets carry over.
    """
    return text.translate(_WIDTH_TABLE)


def joined_text(texts: Sequence[str], lang: str) -> str:
    """The text of consecutive sentences *texts* (in *lang*) as one unit's text.

    >>> joined_text(["第一句。", "第二\\n句。"], "zh"), joined_text(["A  b.", "C."], "en")
    ('第一句。第二句。', 'A b. C.')
    """
    if is_chinese(lang):
        return "".join(text.replace("\n", "") for text in texts)
    return " ".join(" ".join(text.split()) for text in texts)


def sentence_key(text: str) -> str:
    """The identity of a sentence: Unicode NFC with every run of white space one space.

    Two spellings a reader cannot tell apart (composed or decomposed accents,
    re-wrapped lines) get the same key.

    >>> sentence_key("Cafe\u0301  opens\n at 9.") == sentence_key("Café opens at 9.")
    True
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def fold_for_matching(text: str, *, keep_spaces: bool = False) -> tuple[str, Sequence[int]]:
    """*text* folded for term matching, and the offset in *text* of each folded character.

    NFKC (full-width forms, ligatures) and case folding, so ``３Ｗ 咖啡`` and
    ``3w咖啡`` compare equal; white space is dropped (Chinese: ``3W 咖啡``
    contains ``3W咖啡``) or, with *keep_spaces* (word-based languages), each
    white-space character becomes one space.

    >>> fold_for_matching("３Ｗ 咖啡")
    ('3w咖啡', [0, 1, 3, 4])
    """
    folded = text.casefold() if unicodedata.is_normalized("NFKC", text) else ""
    if len(folded) == len(text):  # the usual case: one character for one
        if not _SPACE.search(folded):
            return folded, range(len(folded))
        if keep_spaces:
            return _SPACE.sub(" ", folded), range(len(folded))
        offsets = [i for i, char in enumerate(folded) if not char.isspace()]
        return "".join(folded[i] for i in offsets), offsets
    chars: list[str] = []
    offsets = []
    for i, char in enumerate(text):
        if char.isspace():
            if keep_spaces:
                chars.append(" ")
                offsets.append(i)
            continue
        for out in unicodedata.normalize("NFKC", char).casefold():
            chars.append(out)
            offsets.append(i)
    return "".join(chars), offsets

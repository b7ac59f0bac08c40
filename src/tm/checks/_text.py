"""Small character-class helpers the checks share (Han, Latin, punctuation, quotes).

Kept private to the checks so they do not depend on the normalization module's
evolving API; all classes are plain regex fragments, astral ranges as \\U escapes.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["HAN", "HAN_RE", "collapse", "has_han", "is_han", "strip_closers"]

#: Han ideographs: URO, extension A, compatibility, and the astral extensions B-H.
HAN = ("\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
       "\U00020000-\U0002ebef\U00030000-\U000323af")
HAN_RE = re.compile(f"[{HAN}]")
_CLOSERS = "\"'”’」』）)】]》〉»› \t\n"


def is_han(char: str) -> bool:
    """True for one Han ideograph."""
    return bool(HAN_RE.fullmatch(char))


def has_han(text: str) -> bool:
    """True when *text* contains at least one Han ideograph (Chinese prose)."""
    return HAN_RE.search(text) is not None


def strip_closers(text: str) -> str:
    """*text* without trailing whitespace, closing quotes and closing brackets."""
    return text.rstrip(_CLOSERS)


def collapse(text: str) -> str:
    """NFKC, whitespace collapsed and stripped: the form used to compare segments."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())

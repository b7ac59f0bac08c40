"""Language codes as TM files spell them, folded to one form.

PO headers say ``zh_CN``, TMX files ``zh-CN``, ``ZH-cn`` or ``zh-Hans``, CAT tools
``zh-CHS``; they all name Simplified Chinese.  :func:`normalize_lang` turns each
spelling into one BCP-47-style tag (``zh-CN``), and :func:`lang_key` gives the
key under which two codes are "the same language" for lookup: ``en``, ``en-US``
and ``en_GB`` share the key ``en`` unless regions are strict, while Simplified
and Traditional Chinese never share one (they are different written languages
for a translation memory).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["is_wellformed_lang", "lang_key", "normalize_lang", "same_language"]

# Aliases after lower-casing and "_" -> "-": script tags and legacy spellings.
_ALIASES = {
    "zh-hans": "zh-CN",
    "zh-chs": "zh-CN",
    "zh-hans-cn": "zh-CN",
    "zh-cn-hans": "zh-CN",
    "zh-hans-sg": "zh-SG",
    "zh-hant": "zh-TW",
    "zh-cht": "zh-TW",
    "zh-hant-tw": "zh-TW",
    "zh-hant-hk": "zh-HK",
    "zh-hant-mo": "zh-MO",
    "cmn": "zh",
    "cmn-hans": "zh-CN",
    "cmn-hant": "zh-TW",
    "chi": "zh",
    "zho": "zh",
    "chinese": "zh",
    "eng": "en",
    "english": "en",
}
# Regions whose Chinese is written in Traditional characters.
_TRADITIONAL = {"TW", "HK", "MO"}
_WELLFORMED = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?(?:[-_](?:[A-Za-z]{2}|\d{3}))?$")


@lru_cache(maxsize=1024)
def normalize_lang(code: str) -> str:
    """Return the canonical spelling of language *code* (``zh_CN.UTF-8`` -> ``zh-CN``).

    Case is fixed (language lower, script title, region upper), ``_`` becomes
    ``-``, a POSIX encoding or ``@modifier`` is dropped, and the Chinese script
    tags map to their usual regions (``zh-Hans`` -> ``zh-CN``, ``zh-Hant`` ->
    ``zh-TW``).  Codes that are not language tags come back stripped but
    otherwise unchanged; :func:`is_wellformed_lang` tells them apart.
    """
    text = code.strip().split(".", 1)[0].split("@", 1)[0].replace("_", "-")
    lowered = text.lower()
    if lowered in _ALIASES:
        return _ALIASES[lowered]
    parts = text.split("-")
    if not parts[0].isalpha():
        return text
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


@lru_cache(maxsize=1024)
def is_wellformed_lang(code: str) -> bool:
    """True when *code* looks like ``ll``, ``ll-CC`` or ``ll-Ssss[-CC]`` (or a known alias)."""
    text = code.strip().split(".", 1)[0].split("@", 1)[0]
    return bool(_WELLFORMED.match(text)) or text.replace("_", "-").lower() in _ALIASES


@lru_cache(maxsize=1024)
def lang_key(code: str, *, strict: bool = False) -> str:
    """Return the key under which *code* matches other codes.

    With ``strict=False`` (the default) regions are ignored (``en-GB`` -> ``en``)
    except that Chinese keeps its script: ``zh``, ``zh-CN``, ``zh-SG`` and
    ``zh-Hans`` -> ``zh``; ``zh-TW``, ``zh-HK``, ``zh-Hant`` -> ``zh-Hant``.  With
    ``strict=True`` the key is the full normalized tag.
    """
    tag = normalize_lang(code)
    if strict:
        return tag
    parts = tag.split("-")
    if parts[0] == "zh" and any(p in _TRADITIONAL or p == "Hant" for p in parts[1:]):
        return "zh-Hant"
    return parts[0]


def same_language(a: str, b: str, *, strict: bool = False) -> bool:
    """True when codes *a* and *b* name the same language (see :func:`lang_key`)."""
    return lang_key(a, strict=strict) == lang_key(b, strict=strict)

"""Language codes as TM files spell them, read as BCP 47 under tm's Chinese policy.

PO headers say ``zh_CN``, TMX files ``zh-CN``, ``ZH-cn`` or ``zh-Hans``, CAT
tools ``zh-CHS``, linguists ``cmn-Hans-CN``; they all name Simplified Chinese.
Tags are parsed by the ``langcodes`` library (full BCP 47: extended language
subtags such as ``zh-yue``, variants such as ``de-CH-1996``, deprecated codes
such as ``iw``), and this module adds what a translation memory needs on top:

* :func:`is_chinese` is the one notion of "Chinese" every stage uses (which
  rules segment it, whether it is counted in characters, how numbers are
  read): ``zh`` and every member of the Chinese macrolanguage (``cmn``
  Mandarin, ``yue`` Cantonese, ``lzh`` Classical, ``wuu`` Wu, ``nan``, ...).
* :func:`normalize_lang` gives one spelling per language.  Mandarin is
  written Chinese, so ``cmn`` becomes ``zh``; a script without a region gets
  its usual region (``zh-Hans`` -> ``zh-CN``, ``zh-Hant`` -> ``zh-TW``) and a
  script implied by its region is dropped (``zh-Hans-CN`` -> ``zh-CN``).
  Cantonese, Classical Chinese and Wu stay languages of their own.
* :func:`lang_key` says when two codes are "the same language" for lookup:
  regions are ignored (``en-US`` ~ ``en-GB``), except that Simplified and
  Traditional Chinese never share a key (``zh`` vs ``zh-Hant``): they are
  different written languages for a translation memory.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from tm._shared.script import guess_lang

if TYPE_CHECKING:
    import langcodes

__all__ = ["CHINESE", "is_chinese", "is_wellformed_lang", "lang_key", "normalize_lang",
           "query_languages", "same_language", "written_with_han"]

#: ``zh`` and the ISO 639-3 members of the Chinese macrolanguage ``zh``.
CHINESE: frozenset[str] = frozenset({
    "zh", "cdo", "cjy", "cmn", "cnp", "cpx", "csp", "czh", "czo", "gan", "hak", "hsn", "lzh",
    "mnp", "nan", "wuu", "yue",
})
#: Spellings that are not BCP 47 but occur in TM files (after lower-casing, ``_`` -> ``-``).
_LEGACY = {"zh-chs": "zh-Hans", "zh-cht": "zh-Hant", "chinese": "zh", "english": "en"}
#: Regions whose Chinese is written in Traditional characters.
_TRADITIONAL = frozenset({"TW", "HK", "MO"})
#: The region a Chinese script tag stands for when none is given.
_SCRIPT_REGION = {"Hans": "CN", "Hant": "TW"}


def _clean(code: str) -> str:
    """*code* without white space, POSIX ``.encoding``/``@modifier``, with ``-`` separators."""
    text = code.strip().split(".", 1)[0].split("@", 1)[0].replace("_", "-")
    return _LEGACY.get(text.lower(), text)


@lru_cache(maxsize=1024)
def _parse(code: str) -> langcodes.Language | None:
    """The BCP 47 tag *code* names, or None when it is not a language tag."""
    import langcodes  # on the first tag read: a process that reads none (the bulk build's
    # helper) never loads its tables, about 0.03 CPU s

    text = _clean(code)
    if not text or not langcodes.tag_is_valid(text):
        return None
    tag = langcodes.Language.get(text)
    language = tag.language or ""
    if not language.isalpha() or not 2 <= len(language) <= 3 or language == "und":
        return None  # private use (x-...), undetermined, or no language at all
    return tag


def _chinese_spelling(tag: langcodes.Language) -> str:
    """tm's spelling of a Chinese tag (language ``zh`` or ``cmn``)."""
    script, region = tag.script, tag.territory
    if script in _SCRIPT_REGION and region is None:
        region = _SCRIPT_REGION[script]
    if script == ("Hant" if region in _TRADITIONAL else "Hans"):
        script = None  # implied by the region
    parts = ["zh", script, region, *(tag.variants or ())]
    return "-".join(p for p in parts if p)


@lru_cache(maxsize=1024)
def normalize_lang(code: str) -> str:
    """Return the canonical spelling of language *code* (``zh_CN.UTF-8`` -> ``zh-CN``).

    BCP 47 case (language lower, script title, region upper), ``-`` for
    ``_``, no POSIX encoding or ``@modifier``, deprecated and 3-letter codes
    replaced (``eng`` -> ``en``, ``zh-yue`` -> ``yue``) and tm's Chinese
    policy (module docstring).  Codes that are not language tags come back
    stripped but otherwise unchanged; :func:`is_wellformed_lang` tells them apart.

    >>> [normalize_lang(c) for c in ("zh-Hans", "cmn-Hans-CN", "zh-Hant", "zh-yue", "de-ch-1996")]
    ['zh-CN', 'zh-CN', 'zh-TW', 'yue', 'de-CH-1996']
    """
    tag = _parse(code)
    if tag is None:
        return _clean(code)
    if tag.language in ("zh", "cmn"):
        return _chinese_spelling(tag)
    return str(tag)


@lru_cache(maxsize=1024)
def is_wellformed_lang(code: str) -> bool:
    """True when *code* is a BCP 47 language tag (or a POSIX locale or legacy alias of one).

    Private-use tags (``x-chinese``), ``und`` and ``*all*`` are not.
    """
    return _parse(code) is not None


@lru_cache(maxsize=1024)
def is_chinese(code: str) -> bool:
    """True when *code* names Chinese: ``zh`` or a member of the Chinese macrolanguage.

    >>> [is_chinese(c) for c in ("zh_CN", "zh-Hant", "cmn", "yue", "lzh", "wuu", "en", "ja")]
    [True, True, True, True, True, True, False, False]
    """
    tag = _parse(code)
    return tag is not None and tag.language in CHINESE


#: Languages other than Chinese whose ordinary text is written with Han characters
#: (Japanese kanji): a Chinese word kept as it is there may be its translation.
_HAN_WRITING = frozenset({"ja"})


def written_with_han(code: str) -> bool:
    """True when text in *code* is written with Han characters: Chinese, or Japanese.

    >>> [written_with_han(c) for c in ("zh-TW", "ja-JP", "en", "ko")]
    [True, True, False, False]
    """
    tag = _parse(code)
    return tag is not None and (tag.language in CHINESE or tag.language in _HAN_WRITING)


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
    if parts[0] == "zh" and "Hans" not in parts \
            and any(p in _TRADITIONAL or p == "Hant" for p in parts[1:]):
        return "zh-Hant"
    return parts[0]


def same_language(a: str, b: str, *, strict: bool = False) -> bool:
    """True when codes *a* and *b* name the same language (see :func:`lang_key`)."""
    return lang_key(a, strict=strict) == lang_key(b, strict=strict)


def query_languages(query: str, source: str | None = None,
                    target: str | None = None) -> tuple[str, str]:
    """The ``(source, target)`` languages of a memory query: the given ones, else guessed.

    A memory answers both directions, so a query that names no language is read
    by :func:`~tm._shared.script.guess_lang` (tm's one guesser): Chinese text asks
    ``zh-CN`` -> ``en``, anything else ``en`` -> ``zh-CN``.  A source given
    alone gets its counterpart as the target (``en`` <-> ``zh-CN``; ``zh-CN`` for
    any other language).  A target given alone leaves the source to the query's
    guess, unless the guess is the target's own language: then the source is the
    target's counterpart.  So ``--target-lang de`` asks an English query in
    English and a Chinese one in Chinese, never the impossible ``zh-CN`` ->
    ``de`` for English text.  ``tm lookup`` and ``tm serve``'s JSON API both
    ask this, so the same query finds the same matches on both.

    >>> [query_languages(q, target="de") for q in ("Settings", "设置")]
    [('en', 'de'), ('zh-CN', 'de')]
    >>> query_languages("Settings", target="en"), query_languages("设置", target="zh-TW")
    (('zh-CN', 'en'), ('en', 'zh-TW'))
    """
    if source is None:
        guessed = "zh-CN" if guess_lang(query) == "zh" else "en"
        if target is not None and lang_key(guessed) == lang_key(target).split("-")[0]:
            guessed = _counterpart(target)
        source = guessed
    if target is None:
        target = _counterpart(source)
    return source, target


def _counterpart(lang: str) -> str:
    """The other side of tm's pair for *lang*: ``en`` for Chinese, else ``zh-CN``."""
    return "en" if is_chinese(lang) else "zh-CN"

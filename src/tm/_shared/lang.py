"""Language codes as TM files spell them, read as BCP 47 under tm's Chinese policy.

PO headers say ``zh_CN``, TMX files ``zh-CN``, ``ZH-cn`` or ``zh-Hans``, CAT
tools ``zh-CHS``, linguists ``cmn-Hans-CN``; they all name Simplified Chinese.
Tags are parsed by the ``langcodes`` library (full BCP 47: extended language
subtags such as ``zh-yue``, variants such as ``de-CH-1996``, deprecated codes
such as ``iw``), and this module adds what a translation memory needs on top:

* Language NAMES written where a code belongs (a PO header's ``Language:
  Chinese (China)``, a CSV column ``Chinese (Traditional)``, ``简体中文``) are read
  as the tag they name (:func:`tag_of_name`, below); :func:`looks_like_name`
  tells such a value from a code, so a name that is read nowhere can be refused
  rather than stored as a "language".

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

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from tm._shared.script import QUERY_EVIDENCE, guess_lang, written_in_traditional

if TYPE_CHECKING:
    import langcodes

__all__ = ["CHINESE", "is_chinese", "is_language", "is_wellformed_lang", "lang_key",
           "looks_like_name", "normalize_lang", "query_languages", "same_language", "tag_of_name",
           "written_with_han"]

#: ``zh`` and the ISO 639-3 members of the Chinese macrolanguage ``zh``.
CHINESE: frozenset[str] = frozenset({
    "zh", "cdo", "cjy", "cmn", "cnp", "cpx", "csp", "czh", "czo", "gan", "hak", "hsn", "lzh",
    "mnp", "nan", "wuu", "yue",
})
#: Spellings that are not BCP 47 but occur in TM files (after lower-casing, ``_`` -> ``-``).
#: Other language NAMES (``Chinese (China)``, ``简体中文``) are read by tag_of_name.
#: (``chinese`` and ``english`` stay codes too: CSV and glossary headers name their columns so.)
_LEGACY = {"zh-chs": "zh-Hans", "zh-cht": "zh-Hant", "chinese": "zh", "english": "en"}
#: Regions whose Chinese is written in Traditional characters.
_TRADITIONAL = frozenset({"TW", "HK", "MO"})
#: The region a Chinese script tag stands for when none is given.
_SCRIPT_REGION = {"Hans": "CN", "Hant": "TW"}


# -- language NAMES where a code belongs -------------------------------------------------
# A PO header's ``Language`` should hold a code (``zh_CN``), and the editors that write it
# (Poedit, Lokalize, Weblate, Transifex) do; but their team and display names
# (``Language-Team: Chinese (China)``, Lokalize's ``Chinese Simplified``, Weblate's
# ``Chinese (Simplified Han script)``, Launchpad's ``Chinese (Traditional)``, Crowdin's
# ``Chinese Simplified``) end up in ``Language`` when a header is edited by hand, and
# ``msgfmt -c`` accepts any value there; a CSV column or glossary header says ``English``
# or ``Chinese (Simplified)`` too.  This is a small table of the names those tools write,
# not every language's name in every language: langcodes' full name lookup needs the
# ``language_data`` package (megabytes of CLDR tables and a compiled trie) for names PO
# files do not hold (docs/dependencies.md).  A name it cannot read is None; the PO reader
# turns that into a one-line error naming the header's line.

#: Language names (English, lower case) -> ISO 639 code: the languages the editors
#: above list first, in the spelling their language menus use.
_ENGLISH_NAMES = {
    "chinese": "zh", "mandarin": "zh", "mandarin chinese": "zh", "cantonese": "yue",
    "english": "en", "japanese": "ja", "korean": "ko", "french": "fr", "german": "de",
    "spanish": "es", "portuguese": "pt", "italian": "it", "russian": "ru", "arabic": "ar",
    "dutch": "nl", "polish": "pl", "turkish": "tr", "vietnamese": "vi", "thai": "th",
    "indonesian": "id", "malay": "ms", "hindi": "hi", "swedish": "sv", "danish": "da",
    "norwegian": "nb", "norwegian bokmål": "nb", "norwegian bokmal": "nb", "finnish": "fi",
    "czech": "cs", "greek": "el", "hebrew": "he", "hungarian": "hu", "romanian": "ro",
    "ukrainian": "uk", "catalan": "ca", "persian": "fa", "bengali": "bn", "tamil": "ta",
}
#: Names written in the language itself (the autonyms of language menus) -> tag.
_NATIVE_NAMES = {
    "中文": "zh", "汉语": "zh", "漢語": "zh", "华语": "zh", "華語": "zh", "普通话": "zh",
    "简体中文": "zh-Hans", "簡體中文": "zh-Hans", "中文简体": "zh-Hans", "中文簡體": "zh-Hans",
    "繁體中文": "zh-Hant", "繁体中文": "zh-Hant", "正體中文": "zh-Hant", "中文繁體": "zh-Hant",
    "中文繁体": "zh-Hant", "粵語": "yue", "粤语": "yue", "廣東話": "yue", "广东话": "yue",
    "英语": "en", "英文": "en", "英語": "en", "日本語": "ja", "日语": "ja", "한국어": "ko",
    "deutsch": "de", "français": "fr", "español": "es", "português": "pt", "italiano": "it",
    "русский": "ru", "nederlands": "nl", "polski": "pl", "türkçe": "tr",
    "tiếng việt": "vi",
}
#: Qualifiers of a name -> ("script" | "region", subtag).  Script words come from
#: Launchpad/Crowdin/Lokalize (``Simplified``, ``Traditional``) and Weblate (``Simplified
#: Han script``: the filler words are dropped first); regions as CLDR's English display
#: names and their usual short forms, and the Chinese ones as written in Chinese.
_QUALIFIERS = {
    "simplified": ("script", "Hans"), "traditional": ("script", "Hant"),
    "简体": ("script", "Hans"), "簡體": ("script", "Hans"), "繁體": ("script", "Hant"),
    "繁体": ("script", "Hant"), "正體": ("script", "Hant"),
    "china": ("region", "CN"), "prc": ("region", "CN"), "p.r.c.": ("region", "CN"),
    "mainland": ("region", "CN"),
    "mainland china": ("region", "CN"), "people's republic of china": ("region", "CN"),
    "taiwan": ("region", "TW"), "hong kong": ("region", "HK"), "hong kong china": ("region", "HK"),
    "macau": ("region", "MO"), "macao": ("region", "MO"), "macao china": ("region", "MO"),
    "singapore": ("region", "SG"),
    "中国": ("region", "CN"), "中國": ("region", "CN"), "中国大陆": ("region", "CN"),
    "台湾": ("region", "TW"), "台灣": ("region", "TW"), "香港": ("region", "HK"),
    "澳门": ("region", "MO"), "澳門": ("region", "MO"), "新加坡": ("region", "SG"),
    "united states": ("region", "US"), "us": ("region", "US"), "usa": ("region", "US"),
    "america": ("region", "US"), "american": ("region", "US"),
    "united kingdom": ("region", "GB"), "uk": ("region", "GB"), "great britain": ("region", "GB"),
    "british": ("region", "GB"), "canada": ("region", "CA"), "australia": ("region", "AU"),
    "brazil": ("region", "BR"), "brazilian": ("region", "BR"), "portugal": ("region", "PT"),
    "spain": ("region", "ES"), "mexico": ("region", "MX"), "france": ("region", "FR"),
    "germany": ("region", "DE"), "austria": ("region", "AT"), "switzerland": ("region", "CH"),
    "japan": ("region", "JP"), "south korea": ("region", "KR"), "korea": ("region", "KR"),
}
#: Words a qualifier may carry that say nothing more (Weblate's "Simplified Han script",
#: CLDR's "Hong Kong SAR China", "Chinese (Traditional characters)"): dropped before the
#: qualifier is looked up.
_FILLER = frozenset({"han", "script", "characters", "sar"})
#: The longest value read as a name: the longest the tables make ("Chinese (Traditional,
#: Hong Kong SAR China)" is 42 characters) with room; a longer value is no name, read in
#: time linear in nothing (a hostile header of 30,000 spaces is refused at once).
_LONGEST_NAME = 80
#: Full-width brackets (as Chinese menus write ``中文（香港）``) read as ASCII ones.
_BRACKETS = str.maketrans({"（": "(", "）": ")"})
#: A value shaped like a code (``zh_CN``, ``x-klingon``, ``sr@latin``): letters, digits
#: and separators only, and no alphabetic word of 4+ letters (no language subtag is one).
_CODE_SHAPE = re.compile(r"[A-Za-z0-9_.@-]+")


def looks_like_name(value: str) -> bool:
    """True when *value* reads as a name (spaces, brackets, non-ASCII, a word) not a code.

    >>> [looks_like_name(v) for v in ("zh_CN", "x-pirate", "Chinese (China)", "中文", "Klingon")]
    [False, False, True, True, True]
    """
    text = value.strip()
    if not _CODE_SHAPE.fullmatch(text):
        return bool(text)
    first = re.split(r"[_.@-]", text, maxsplit=1)[0]
    return first.isalpha() and len(first) >= 4


def _words(text: str) -> str:
    """*text* lower-cased, its words apart by one space (``Chinese_Simplified``, too).

    ``-`` and ``_`` part words as a space does (a name written as a file name is
    ``Chinese-Simplified``): ``chinese simplified``.
    """
    return " ".join(text.lower().replace("-", " ").replace("_", " ").split())


def _qualifier(text: str) -> tuple[str, str] | None:
    """``("script", "Hant")`` for ``Traditional Han script``; None when it is no qualifier."""
    words = [w for w in _words(text).split() if w not in _FILLER]
    return _QUALIFIERS.get(" ".join(words)) if words else None


def _language(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The language of a name without brackets, with the qualifiers written around it.

    ``Chinese Simplified``, ``Simplified Chinese``, ``Brazilian Portuguese``: the
    name's words minus one qualifier word before or after it.
    """
    words = _words(text)
    found = _ENGLISH_NAMES.get(words) or _NATIVE_NAMES.get(words)
    if found:
        return found, []
    parts = words.split(" ")
    for kept, extra in ((parts[1:], parts[0]), (parts[:-1], parts[-1])):
        found = _ENGLISH_NAMES.get(" ".join(kept))
        qualifier = _qualifier(extra)
        if found and qualifier:
            return found, [qualifier]
    return None


def _name_parts(value: str) -> tuple[str, list[str]] | None:
    """``("Chinese", ["Traditional", " Hong Kong"])`` for ``Chinese (Traditional, Hong Kong)``.

    ``Name``, ``Name (Qualifier, ...)`` or ``Name, Qualifier``; None for any other shape
    (a bracket not closed at the end, a second bracket) or a value too long to be a name.
    Plain string operations: linear in the value, whatever it holds.
    """
    text = value.strip().translate(_BRACKETS)
    if len(text) > _LONGEST_NAME:
        return None
    name, bracket, rest = text.partition("(")
    if bracket:
        if not rest.endswith(")") or "(" in rest or ")" in rest[:-1]:
            return None
        extra: str | None = rest[:-1]
    elif ")" in text:
        return None
    else:
        name, comma, extra = text.partition(",")
        extra = extra if comma else None
    return name, re.split(r"[,/，、]", extra) if extra is not None else []


def _code_inside(language: str, part: str) -> str | None:
    """*part* when it is a code of *language* itself (``Chinese (zh_CN)`` -> ``zh-CN``)."""
    import langcodes

    code = _clean(part)
    if not _CODE_SHAPE.fullmatch(code) or not langcodes.tag_is_valid(code):
        return None
    named = langcodes.Language.get(code).language
    base = language.partition("-")[0]
    return code if named == base or {named, base} <= {"zh", "cmn"} else None


def tag_of_name(value: str) -> str | None:
    """The BCP 47 tag (not yet normalized) a language name stands for; None if not read.

    >>> [tag_of_name(v) for v in ("Chinese (China)", "Chinese Traditional", "简体中文",
    ...                           "中文（香港）", "English (United States)", "Klingon")]
    ['zh-CN', 'zh-Hant', 'zh-Hans', 'zh-HK', 'en-US', None]
    """
    parts = _name_parts(value)
    read = _language(parts[0]) if parts else None
    if parts is None or read is None:
        return None
    language, qualifiers = read
    for part in parts[1]:
        qualifier = _qualifier(part)
        if qualifier is None:
            # a code in the brackets names the language itself; any other qualifier is not
            # guessed away: Chinese's script hangs on it
            return _code_inside(language, part) if len(parts[1]) == 1 else None
        qualifiers.append(qualifier)
    script = next((sub for kind, sub in qualifiers if kind == "script"), "")
    region = next((sub for kind, sub in qualifiers if kind == "region"), "")
    base_script = language.partition("-")[2]
    if script and base_script and script != base_script:
        return None  # "简体中文 (Traditional)" says two things
    return "-".join(p for p in (language.partition("-")[0], script or base_script, region) if p)


def _clean(code: str) -> str:
    """*code* without white space, POSIX ``.encoding``/``@modifier``, with ``-`` separators."""
    text = code.strip().split(".", 1)[0].split("@", 1)[0].replace("_", "-")
    return _LEGACY.get(text.lower(), text)


@lru_cache(maxsize=1024)
def _parse_code(code: str) -> langcodes.Language | None:
    """The BCP 47 tag *code* spells (a tag, POSIX locale or legacy alias), else None."""
    import langcodes  # on the first tag read: a process that reads none (the bulk build's
    # helper) never loads its tables, about 0.03 CPU s

    text = _clean(code)
    return _language_tag(text) if text and langcodes.tag_is_valid(text) else None


@lru_cache(maxsize=1024)
def _parse(code: str) -> langcodes.Language | None:
    """The BCP 47 tag *code* spells or names (``Chinese (China)``), or None when neither."""
    tag = _parse_code(code)
    if tag is None and looks_like_name(code):
        named = tag_of_name(code)
        tag = _parse_code(named) if named else None
    return tag


def _language_tag(text: str) -> langcodes.Language | None:
    """The tag of valid tag *text*, None for private use, ``und`` or no language at all."""
    import langcodes

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
    A language name is read as the tag it names (``Chinese (Taiwan)`` -> ``zh-TW``).

    >>> [normalize_lang(c) for c in ("zh-Hans", "cmn-Hans-CN", "zh-Hant", "zh-yue", "de-ch-1996")]
    ['zh-CN', 'zh-CN', 'zh-TW', 'yue', 'de-CH-1996']
    >>> [normalize_lang(c) for c in ("Chinese (Simplified)", "Chinese Traditional", "繁體中文")]
    ['zh-CN', 'zh-TW', 'zh-TW']
    """
    tag = _parse(code)
    if tag is None:
        return _clean(code) if _CODE_SHAPE.fullmatch(code.strip()) else code.strip()
    if tag.language in ("zh", "cmn"):
        return _chinese_spelling(tag)
    return str(tag)


@lru_cache(maxsize=1024)
def is_wellformed_lang(code: str) -> bool:
    """True when *code* is a BCP 47 language tag (or a POSIX locale or legacy alias of one).

    Private-use tags (``x-chinese``), ``und`` and ``*all*`` are not, nor are
    language NAMES (``Japanese``, ``日语``): a CSV or glossary row ``Japanese,日语``
    is a row of a language list, not a header naming two columns' languages
    (:func:`is_language` reads names too).
    """
    return _parse_code(code) is not None


@lru_cache(maxsize=1024)
def is_language(code: str) -> bool:
    """True when *code* is a language tag (:func:`is_wellformed_lang`) or a name tm reads.

    What a PO header's ``Language`` may hold (``zh_CN``, ``Chinese (China)``): a
    value neither is cannot be a language.
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
    ``zh-CN`` -> ``en`` (``zh-TW`` when :func:`~tm._shared.script.written_in_traditional`
    with a query's evidence: 打開檔案。 found nothing in a memory of zh-TW units, red team
    M-4), anything else ``en`` -> ``zh-CN``.  A source given
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
        guessed = "en"
        if guess_lang(query) == "zh":
            guessed = "zh-TW" if written_in_traditional(query, QUERY_EVIDENCE) else "zh-CN"
        if target is not None and lang_key(guessed).split("-")[0] == lang_key(target).split("-")[0]:
            guessed = _counterpart(target)
        source = guessed
    if target is None:
        target = _counterpart(source)
    return source, target


def _counterpart(lang: str) -> str:
    """The other side of tm's pair for *lang*: ``en`` for Chinese, else ``zh-CN``."""
    return "en" if is_chinese(lang) else "zh-CN"

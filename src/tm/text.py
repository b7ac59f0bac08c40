"""Facts about scripts and language codes, as every stage of tm uses them.

Which characters are Han (:func:`is_han`, :func:`has_han`, :func:`han_ratio`),
whether Chinese is written in Traditional characters (:func:`written_in_traditional`),
which language codes name Chinese (:func:`is_chinese`), whether a code is a
language tag at all (:func:`is_wellformed_lang`), the one spelling of a
language code (:func:`normalize_lang`) and when two codes are the same
language for lookup (:func:`lang_key`, :func:`same_language`), and which
direction a memory query asks (:func:`query_languages`).  Each fact has
one owner in tm's private foundation layer; this module is its public face.
"""

from tm._shared.lang import (
    is_chinese,
    is_wellformed_lang,
    lang_key,
    normalize_lang,
    query_languages,
    same_language,
)
from tm._shared.script import han_ratio, has_han, is_han, written_in_traditional

__all__ = ["han_ratio", "has_han", "is_chinese", "is_han", "is_wellformed_lang", "lang_key",
           "normalize_lang", "query_languages", "same_language", "written_in_traditional"]

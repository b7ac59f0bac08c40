"""Translate Toolkit's tmserver protocol, as Weblate's "tmserver" backend speaks it.

Two requests (Weblate 5, ``weblate/machinery/tmserver.py``; the paths follow
the ``/tmserver`` prefix of Translate Toolkit's ``tmserver`` and amaGama):

* ``GET /tmserver/languages/`` -> ``{"sourceLanguages": [...], "targetLanguages": [...]}``.
  Weblate pairs every source with every target and asks for a pair only
  when it is listed, trying its own code first (``zh_hans``) and then the
  code cut at each ``_`` (``zh``).
* ``GET /tmserver/{source}/{target}/unit/{text}`` -> ``[{"source", "target",
  "quality", "rank"}, ...]``, best first; ``target`` is the adapted
  translation when tm adapted the match to the query.  Codes come lower case with ``_``
  (``en``, ``zh_hans``, ``zh_cn``); the text is the first 500 characters of
  the string with ``\\r`` turned into a space, UTF-8 and percent-encoded
  with no safe characters, so ``/`` arrives as ``%2F``.  ``quality`` is
  what Weblate compares with its threshold (it takes ``int(quality)``);
  tm puts its match score there, and in ``rank`` too (results are already
  in tm's order: score, in-context, trust, newest).
  ``?min_similarity=`` and ``?max_candidates=`` (amaGama's names) narrow
  the defaults within the server's bounds.
"""

from __future__ import annotations

from collections.abc import Iterable

from tm._shared.lang import lang_key, normalize_lang
from tm.model import Match

__all__ = ["advertised_codes", "match_entry", "weblate_code"]

# The Chinese codes Weblate uses (its language database), in its spelling.
# Each is advertised when the memory holds a language that tm treats as the
# same written Chinese, so a Weblate project in ``zh_Hans`` finds a memory
# stored as ``zh-CN``.  Bare ``zh`` is not advertised: Weblate falls back to
# it from ``zh_tw`` too, and tm will not serve Simplified to a Traditional project.
_WEBLATE_CHINESE = ("zh_hans", "zh_hant", "zh_cn", "zh_sg", "zh_tw", "zh_hk", "zh_mo")


def weblate_code(code: str) -> str:
    """*code* as Weblate sends it to a tmserver: ``zh-CN`` -> ``zh_cn``, ``en-US`` -> ``en_us``."""
    return normalize_lang(code).replace("-", "_").lower()


def advertised_codes(languages: Iterable[str]) -> list[str]:
    """The codes to list for a memory holding *languages* (keys of ``memory.languages()``).

    A language other than Chinese is listed bare (``en``, ``pt``): Weblate
    falls back to it from ``en_us`` or ``pt_br``, and tm's lookup matches every
    region of it.  Chinese is listed under every Weblate code of the same
    written Chinese (Simplified or Traditional, as :func:`tm.normalize_lang`'s
    policy says), never as bare ``zh``.  Sorted.
    """
    codes: set[str] = set()
    for language in languages:
        key = lang_key(language)
        if key.split("-")[0] == "zh":
            codes.update(c for c in _WEBLATE_CHINESE if lang_key(c) == key)
        else:
            codes.add(weblate_code(key))
    return sorted(codes)


def match_entry(match: Match) -> dict[str, object]:
    """One tmserver result: ``source``, ``target``, ``quality`` and ``rank``.

    ``target`` is the adapted translation when tm adapted one (numbers and
    names of the query swapped in): the score counts on that adaptation (a
    placeable-only difference scores 99), and tmserver has no other field
    for it, so the stored target would be a 99% suggestion holding the old
    number (R4-6).  ``source`` stays the stored source.
    """
    return {"source": match.unit.source, "target": match.adapted or match.unit.target,
            "quality": match.score, "rank": match.score}

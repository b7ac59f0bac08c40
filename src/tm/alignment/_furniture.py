"""Page furniture: credit lines, bylines, datelines, "Related:" links, end marks.

A news page carries lines that belong to the page rather than to the story
(``（责任编辑：张晓明）``, ``By Zhang Yue | China Daily``, ``新华社北京5月23日电``,
``Related: ...``, ``（完）``).  A translation rarely carries them over, so the
aligner lets such a line stand alone (a 1-0 or 0-1 bead) instead of gluing it
to a neighbouring sentence.  Which lines they are is data, not code: the
forms live in ``data/furniture.toml`` (one documented entry per form, with an
example that the tests check), so a new form is one more entry.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

import regex

__all__ = ["FurnitureForm", "alone", "classify", "forms", "may_pair", "pair_words", "unpaired"]

_DATA = "furniture.toml"


@dataclass(frozen=True)
class FurnitureForm:
    """One form of page furniture: its class, language, pattern and an example line."""

    cls: str
    lang: str
    pattern: regex.Pattern[str]
    example: str


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    """furniture.toml, parsed."""
    text = resources.files("tm.alignment").joinpath("data").joinpath(_DATA).read_text(
        encoding="utf-8")
    data: dict[str, Any] = tomllib.loads(text)
    return data


@lru_cache(maxsize=1)
def unpaired() -> frozenset[str]:
    """Classes whose lines never pair across languages (``unpaired`` in furniture.toml)."""
    return frozenset(str(cls) for cls in _data().get("unpaired", ()))


@lru_cache(maxsize=1)
def alone() -> frozenset[str]:
    """Classes whose lines pair with nothing, furniture or not (``alone`` in furniture.toml)."""
    return frozenset(str(cls) for cls in _data().get("alone", ()))


def pair_words(cls: str, default: int) -> int:
    """Dictionary words two lines of class *cls* must share to translate each other
    (``pair_words`` in furniture.toml; *default* for a class it does not list)."""
    return int(_data().get("pair_words", {}).get(cls, default))


def may_pair(cls_a: str, cls_b: str) -> bool:
    """Whether furniture lines of classes *cls_a* and *cls_b* may be each other's translation:
    the same class, and not one whose lines each edition writes for itself (a byline)."""
    return bool(cls_a) and cls_a == cls_b and cls_a not in unpaired()


@lru_cache(maxsize=1)
def forms() -> tuple[FurnitureForm, ...]:
    """The furniture forms of ``tm/alignment/data/furniture.toml``, in file order."""
    out = []
    for entry in _data()["furniture"]:
        out.append(FurnitureForm(str(entry["class"]), str(entry["lang"]),
                                 regex.compile(str(entry["pattern"]), regex.V0),
                                 str(entry["example"])))
    return tuple(out)


@lru_cache(maxsize=65536)
def classify(text: str, chinese: bool) -> str:
    """The furniture class of line *text* (``"editor"``, ``"byline"``...), or ``""``.

    *chinese* says which forms apply: the ``zh`` ones or the ``en`` ones.

    The whole line (spaces stripped) must match a form; long lines never do,
    so running text is never taken for furniture.
    """
    line = text.strip()
    if not line or len(line) > 200:
        return ""
    side = "zh" if chinese else "en"
    if not _any_form(side).fullmatch(line, timeout=0.05):   # one scan for most lines
        return ""
    for form in forms():
        if form.lang == side and form.pattern.fullmatch(line, timeout=0.05):
            return form.cls
    return ""


@lru_cache(maxsize=2)
def _any_form(side: str) -> regex.Pattern[str]:
    """All forms of one language as one alternation."""
    return regex.compile("|".join(f"(?:{form.pattern.pattern})" for form in forms()
                                  if form.lang == side), regex.V0)

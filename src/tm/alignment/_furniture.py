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

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

import regex

__all__ = ["FurnitureForm", "classify", "forms"]

_DATA = "furniture.toml"


@dataclass(frozen=True)
class FurnitureForm:
    """One form of page furniture: its class, language, pattern and an example line."""

    cls: str
    lang: str
    pattern: regex.Pattern[str]
    example: str


@lru_cache(maxsize=1)
def forms() -> tuple[FurnitureForm, ...]:
    """The furniture forms of ``tm/alignment/data/furniture.toml``, in file order."""
    text = resources.files("tm.alignment").joinpath("data").joinpath(_DATA).read_text(
        encoding="utf-8")
    out = []
    for entry in tomllib.loads(text)["furniture"]:
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

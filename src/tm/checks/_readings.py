"""The numbers of a text as the checks read them, read once per text (private).

The numbers check reads both sides of a unit; the term checks read them again (is a
term's figure another in the target, is its word part of a fraction the target says
too).  Reading a text's numbers is the costliest step of ``tm check`` (tm.numbers runs
some thirty readers over it), so every check asks here, and a text is read once for all
of them (and once for all the units that repeat it: catalogs repeat segments).
"""

from __future__ import annotations

from functools import lru_cache

from tm.numbers import Number, extract_numbers

__all__ = ["numbers_in", "stated_numbers_in"]


@lru_cache(maxsize=1 << 16)
def numbers_in(text: str, lang: str) -> list[Number]:
    """The numbers of *text* with their latent readings (``extract_numbers(text, lang,
    latent=True)``), cached; the list is shared: never change it."""
    return extract_numbers(text, lang, latent=True)


def stated_numbers_in(text: str, lang: str) -> list[Number]:
    """The numbers *text* states (``extract_numbers(text, lang)``: no latent reading), from
    the one cached reading of :func:`numbers_in`; the list may be shared: never change it."""
    numbers = numbers_in(text, lang)
    if not any(n.latent for n in numbers):
        return numbers
    return [n for n in numbers if not n.latent]

"""Glossary terms in a Chinese → English catalog: the glossary read the other way.  (private)

A termbase is written English → Chinese, but a catalog may translate Chinese into
English (``X-Source-Language: zh_CN``, ``Language: en``).  There the source holds the
glossary's Chinese forms and the target must say the concept in English: 中关村创业大街
→ *Inno Way*.  An approved Chinese form in the source is rendered when the English
target holds a glossary term whose approved forms include it (any synonym of the
concept: *AI* or *artificial intelligence* for 人工智能, inflections as the glossary
finds them in English text).  A one-character form (元, 课) is not read: in Chinese
it is as often part of another word.  A forbidden Chinese form in the source is the
author's, not the translator's, and the English sense rules of
:mod:`tm.checks._senses` do not apply.
"""

from __future__ import annotations

from tm._shared.lang import same_language
from tm.checks._base import Context
from tm.checks.placeholders import mask_placeholders
from tm.glossary import Glossary
from tm.model import Unit

__all__ = ["check_reversed", "reversed_unit"]


def reversed_unit(unit: Unit, glossary: Glossary) -> bool:
    """True when *unit*'s source is in the glossary's target language (Chinese into English,
    or into a language the glossary does not have: no term is asked for there)."""
    lang = unit.source_lang
    return bool(lang) and same_language(lang, glossary.target_lang) and not same_language(
        lang, glossary.source_lang)


def check_reversed(unit: Unit, ctx: Context) -> None:
    """Report each approved Chinese form of the source whose concept the English target
    does not say (``term-missing``)."""
    glossary = ctx.glossary
    assert glossary is not None
    if unit.target_lang and not same_language(unit.target_lang, glossary.source_lang):
        return  # zh -> ja: the glossary has no Japanese terms to ask for
    hits = [h for h in ctx.term_hits(unit) if h.status == "approved" and len(h.text) > 1]
    if not hits:
        return
    said = {form for hit in glossary.find(mask_placeholders(unit.target),
                                          lang=glossary.source_lang)
            for form in hit.term.targets}
    reported: set[str] = set()
    for hit in hits:
        form = hit.form or hit.text
        if form in said or form in reported:
            continue
        reported.add(form)
        english = " / ".join(dict.fromkeys(t.source for t in glossary.terms
                                           if form in t.targets))
        ctx.report("term-missing", unit, f"{hit.text!r} should be rendered as {english}",
                   [])

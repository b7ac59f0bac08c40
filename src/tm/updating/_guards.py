"""Refusals that keep ``tm update`` from rewriting a PO with the wrong input (private).

``tm update zh.txt --po article.po`` (the Chinese edition given for the
revised English) or an empty NEW_SOURCE (a failed export) turned every entry
obsolete and wrote the PO in place, exit 0: the translations survived only as
``#~`` entries, their ids and the aligner's notes gone.  tm align refuses
swapped files; these are the same refusals for update.
"""

from __future__ import annotations

import polib

from tm._shared.lang import is_chinese
from tm._shared.script import han_ratio
from tm.errors import UsageError
from tm.formats.po import catalog_languages

__all__ = ["refuse_a_target_language_source", "refuse_keeping_nothing"]

#: Share of Han characters among the letters above which a text is Chinese: Chinese
#: prose scores near 1, English 0, an English text quoting a few names well below.
_CHINESE_TEXT = 0.5
#: Kinds of change whose entry holds something of the old PO (tm.updating.KINDS).
_FROM_THE_PO = ("kept", "moved", "copied", "revived", "edited", "split", "merged")


def refuse_a_target_language_source(name: str, text: str, po_name: str,
                                    po: polib.POFile) -> None:
    """UsageError when the revised source *text* is written in the PO's target language.

    The PO translates into Chinese from another language, and the text is
    Chinese: it is the translation, not the revised source it should be.
    """
    source, target = catalog_languages(po)
    if is_chinese(target) and not is_chinese(source) and han_ratio(text) > _CHINESE_TEXT:
        raise UsageError(f"{name}: is written in Chinese, the language {po_name} "
                         f"translates into ({target}); tm update merges the revised "
                         f"source text ({source}): give that file")


def refuse_keeping_nothing(name: str, po_name: str, po: polib.POFile,
                           kinds: dict[str, int]) -> None:
    """UsageError when an in-place update would keep no translation of *po* active.

    Every translated entry would become obsolete, none kept or offered to a
    sentence: the revised source shares nothing with the PO (an empty file,
    another document).  ``-o NEW.po`` still writes such a merge elsewhere.
    """
    translated = sum(1 for e in po if not e.obsolete and e.msgid and e.translated())
    if translated and not sum(kinds[k] for k in _FROM_THE_PO):
        raise UsageError(f"{name}: shares no sentence with {po_name}: updated in place, all "
                         f"{translated} translated entries would become obsolete; nothing "
                         "written (check NEW_SOURCE; -o NEW.po writes such a merge elsewhere)")

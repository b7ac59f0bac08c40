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
from tm._shared.script import han_ratio, has_kana_or_hangul
from tm.errors import UsageError
from tm.formats.po import catalog_languages

__all__ = ["refuse_a_target_language_source", "refuse_keeping_nothing"]

#: Share of Han characters among the letters above which a text is Chinese: Chinese
#: prose scores near 1, English 0, an English text quoting a few names well below.
_CHINESE_TEXT = 0.5
#: Share of the PO's translated entries an in-place update must carry over (kept, moved,
#: revived, or offered as an edit, split or merge) to go ahead unforced.  Fewer than one
#: in ten is another text that shares a stray line with this one (a byline, "Photo:
#: Reuters"), not a revision: an engineering bound (a revised article keeps most of
#: its sentences; tests/data/update's keeps 17 of its 20).
MIN_CARRIED_SHARE = 0.1
#: Kinds of change whose entry holds something of the old PO (tm.updating.KINDS).
_FROM_THE_PO = ("kept", "moved", "copied", "revived", "edited", "split", "merged")


def refuse_a_target_language_source(name: str, text: str, po_name: str,
                                    po: polib.POFile) -> None:
    """UsageError when the revised source *text* is written in the PO's target language.

    The PO translates into Chinese from another language, and the text is
    Chinese: it is the translation, not the revised source it should be.
    """
    source, target = catalog_languages(po)
    if is_chinese(target) and not is_chinese(source) and han_ratio(text) > _CHINESE_TEXT \
            and not has_kana_or_hangul(text):  # Japanese prose is often mostly kanji
        raise UsageError(f"{name}: is written in Chinese, the language {po_name} "
                         f"translates into ({target}); tm update merges the revised "
                         f"source text ({source}): give that file")


def refuse_keeping_nothing(name: str, po_name: str, po: polib.POFile,
                           kinds: dict[str, int]) -> None:
    """UsageError when an in-place update would keep (almost) no translation of *po* active.

    Fewer than :data:`MIN_CARRIED_SHARE` of the translated entries kept or
    offered to a sentence, the others obsolete: the revised source shares
    (almost) nothing with the PO (an empty file, another document that repeats
    a byline).  ``-o NEW.po`` still writes such a merge elsewhere, and
    ``--force`` (``update_file(force=True)``) in place.
    """
    translated = sum(1 for e in po if not e.obsolete and e.msgid and e.translated())
    carried = sum(kinds[k] for k in _FROM_THE_PO)
    if translated and carried < MIN_CARRIED_SHARE * translated:
        shared = "no sentence" if not carried else f"almost nothing ({carried} entries)"
        raise UsageError(f"{name}: shares {shared} with {po_name}: updated in place, "
                         f"{translated - carried} of its {translated} translated entries "
                         "would become obsolete; nothing written (check NEW_SOURCE; -o "
                         "NEW.po writes such a merge elsewhere, --force in place)")

"""``tm.update``: merge a revised English source into an existing PO, keeping every translation.

A sentence-level ``msgmerge``: the revised text is segmented into sentences,
each sentence is matched *by text* (not by position) against the old entries,
and the PO is rebuilt in the order of the new source:

* unchanged sentences keep their entry (msgstr, flags, comments) exactly;
* edited sentences get the closest old translation as a ``fuzzy`` suggestion,
  with the old msgid in ``#|`` and the score in an extracted comment;
* a sentence split in two, or two merged into one, is recognised;
* new sentences are looked up in a translation memory, if one is given (a
  trusted exact match is the translation, as in ``tm pretranslate``; any other
  is a fuzzy suggestion); a sentence the PO offers a translation for keeps it,
  the memory's only named beside it (the PO is the translator's latest word);
* translations that no active entry carries any more become obsolete (``#~``).

The matching rules live in :mod:`tm.updating._match`; this module turns the
plan into PO entries.  See docs/update.md.
"""

from __future__ import annotations

import copy
import hashlib
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

import polib
import regex

from tm._shared.compat import renamed_keywords
from tm._shared.files import atomic_writer, peek_bytes, read_bytes, read_text
from tm._shared.po_header import DIVIDED_NOTE, refresh_provenance
from tm._shared.script import is_cjk
from tm._shared.signature import signature
from tm.alignment import align
from tm.errors import UpdateConflict, UsageError
from tm.formats import (
    FORMATS,
    ID_COMMENT,
    SENTENCE_ID,
    detect_format,
    entry_id,
    is_translation_file,
    markup_document,
    msgfmt_objection,
    not_text_advice,
    set_entry_id,
)
from tm.formats.po import (
    PAGE_WIDTH,
    catalog_languages,
    check_header_writable,
    declared_charset_of,
    encode_po,
    format_po,
    new_po,
    read_po,
)
from tm.memory import ADAPTED_NOTE, adapt, context_conflict, fills_as_translation
from tm.model import Match, Segment
from tm.segmentation import SkippedLine, rules_signature, segment, stable_ids
from tm.updating._guards import refuse_a_target_language_source, refuse_keeping_nothing
from tm.updating._match import FUZZY, VERBATIM, OldText, Slot, plan
from tm.updating._notes import carry_notes, has_own_notes, own_extracted, with_notes_as_comments
from tm.updating._xliff import (
    po_as_xliff,
    refuse_a_tools_xliff,
    refuse_losing_xliff_content,
    xliff_as_po,
    xliff_file_attributes,
)

__all__ = ["DEFAULT_MIN_SCORE", "KINDS", "Change", "UpdateConflict", "UpdateResult", "update",
           "update_file"]

#: Minimum word-level similarity (percent) for a fuzzy suggestion; msgmerge uses 60% too.
DEFAULT_MIN_SCORE = 60.0
#: Called with each line the segmentation skips (see :func:`tm.segment`).
OnSkip = Callable[[SkippedLine], None]
_NOTE = "tm-update:"
#: The context of a sentence tm update adds: none (a prose sentence; its id tells nothing).
_NO_CONTEXT = ""
#: Kinds of slot that keep an old entry as it is (not a suggestion).
_EXACT = VERBATIM - FUZZY
#: Every kind of change, in the order reports list them.
KINDS = ("kept", "moved", "copied", "revived", "memory-exact", "edited", "split", "merged",
         "memory", "new", "obsolete")


class _Memory(Protocol):
    def lookup(self, query: str, *, target_lang: str = ..., min_score: float = ...,
               limit: int = ...) -> list[Match]:
        ...


@dataclass(frozen=True, slots=True)
class Change:
    """What happened to one entry.

    ``kind`` is one of kept, moved (kept, but the sentence moved), copied (a
    further copy of a repeated sentence), revived (an obsolete entry came
    back), memory-exact (translated by a trusted exact memory match, not
    fuzzy, as ``tm pretranslate`` fills it), edited, split, merged, memory (the
    last four are fuzzy), new (untranslated) and obsolete.  ``line`` is the
    line in the new source (0 for obsolete entries or when unknown);
    ``previous`` the old msgid the translation came from when it differs from
    ``msgid``.
    """

    kind: str
    msgctxt: str
    msgid: str
    line: int = 0
    score: float = 0.0
    previous: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The change as a JSON-ready dict."""
        return {"kind": self.kind, "msgctxt": self.msgctxt, "msgid": self.msgid,
                "line": self.line, "score": round(self.score, 1), "previous": self.previous}


@dataclass(frozen=True)
class UpdateResult:
    """The merged PO and what changed.

    ``po`` is a new POFile (write it with :func:`tm.formats.po.write_po`);
    ``changes`` lists every active entry in order, then the obsolete ones.
    """

    po: polib.POFile
    changes: tuple[Change, ...] = field(default=())

    def __repr__(self) -> str:
        """The counts, not every entry (a REPL would print thousands of POEntry objects)."""
        counts = ", ".join(f"{k}={v}" for k, v in self.summary.items())
        return f"UpdateResult({counts}; {len(self.po)} entries)"

    @property
    def summary(self) -> dict[str, int]:
        """msgmerge-like counts of active and obsolete entries: kept, exact, fuzzy, new, obsolete.

        ``exact`` counts the sentences the PO could not serve that a trusted
        exact memory match translated (kind memory-exact).
        """
        kinds = self.kinds
        return {
            "kept": sum(kinds[k] for k in ("kept", "moved", "copied", "revived")),
            "exact": kinds["memory-exact"],
            "fuzzy": sum(kinds[k] for k in FUZZY),
            "new": kinds["new"],
            "obsolete": kinds["obsolete"],
        }

    @property
    def kinds(self) -> dict[str, int]:
        """The number of entries of each :class:`Change` kind (all kinds, zeros included)."""
        found = Counter(c.kind for c in self.changes)
        return {k: found[k] for k in KINDS}

    def summary_line(self) -> str:
        """One line like msgmerge's: ``30 kept, 5 fuzzy (3 edited, ...), 2 new, 3 obsolete``.

        Sentences translated by exact memory matches, when there are any, come
        after the kept ones: ``30 kept, 2 exact from memory, 5 fuzzy ...``.
        """
        s = self.summary | self.kinds
        s["kept"] = self.summary["kept"]
        detail = ", ".join(f"{s[k]} {k}" for k in ("edited", "split", "merged", "memory") if s[k])
        fuzzy = f"{s['fuzzy']} fuzzy" + (f" ({detail})" if detail else "")
        how = ", ".join(f"{s[k]} {k}" for k in ("moved", "revived") if s[k])
        kept = f"{s['kept']} kept" + (f" ({how})" if how else "")
        exact = f"{s['exact']} exact from memory, " if s["exact"] else ""
        line = f"{kept}, {exact}{fuzzy}, {s['new']} new, {s['obsolete']} obsolete"
        # A kept entry that was fuzzy before stays fuzzy: msgfmt --statistics counts it.
        still = sum(1 for e in self.po if not e.obsolete and "fuzzy" in e.flags) - s["fuzzy"]
        return line + (f"; {still} kept {'entry is' if still == 1 else 'entries are'} "
                       "still fuzzy" if still > 0 else "")

    def to_dict(self) -> dict[str, Any]:
        """Summary and changes as a JSON-ready dict, signed with the tool version."""
        return {"generator": self.po.metadata.get("X-Generator", ""),
                "summary": self.summary, "kinds": self.kinds,
                "changes": [c.to_dict() for c in self.changes]}


@renamed_keywords(threshold="min_score", lang="source_lang")
def update(new: str | Sequence[Segment] | Sequence[str], po: polib.POFile | str | os.PathLike[str],
           *, memory: _Memory | None = None, min_score: float = DEFAULT_MIN_SCORE,
           source_lang: str = "en", source_name: str = "", now: datetime | None = None,
           msgctxt: bool | None = None, skip: str | None = None,
           on_skip: OnSkip | None = None) -> UpdateResult:
    """Merge the revised source *new* into the translations of *po*; return the new PO.

    *new* is the revised text (segmented with :func:`tm.segment`), or its
    sentences as Segments or strings.  *po* is a POFile or a path.  *memory*
    (anything with ``lookup(query, target_lang=, min_score=, limit=)``, e.g.
    a :class:`tm.TranslationMemory`) pre-fills sentences the PO cannot; the
    target language is the PO's ``Language`` (default zh-CN).
    *min_score* is the minimum word-level similarity, in percent, of a fuzzy
    suggestion; *source_lang* the language of *new*.  *source_name* becomes
    the file in ``#:`` references (with the line numbers of *new* when it is
    a text); without it, kept entries keep their references.  *now* stamps
    POT-Creation-Date (default: the clock).  The input *po* is not modified.
    *skip* and *on_skip* are passed to :func:`tm.segment` for a text *new*:
    every line is kept unless *skip* says otherwise (``tm update`` skips
    navigation-only lines, :data:`tm.segmentation.CHROME`, and reports them).

    Entries are keyed on their text (and, for repeats, their place: the
    references), never on the id: a sentence that occurs several times is one
    entry listing all its references, its stable id in a ``#. id:`` comment.
    *msgctxt* True keeps ids as msgctxt (tm's former layout); None follows the
    PO (msgctxt ids and no ``#. id:`` comment: the former layout).  The header
    keeps the translator's fields and comment; tm's provenance line, the
    ``X-Tm-Signature`` and ``POT-Creation-Date`` are refreshed.
    """
    if not isinstance(po, polib.POFile):
        po = read_po(po)
    check_header_writable(po)  # the new file takes the old header: it must survive whole
    lang = source_lang
    texts, lines = _sentences(new, lang, skip, on_skip)
    ids = stable_ids(texts)
    old_entries = [e for e in po if e.msgid and not e.obsolete]
    old_entries += [e for e in po if e.msgid and e.obsolete]
    old = [OldText(e.msgid, _msgstr(e), bool(e.obsolete), _sentence_count(e.msgid, lang))
           for e in old_entries]
    slots = plan(texts, old, threshold=min_score)
    if msgctxt is None:
        msgctxt = _uses_msgctxt_ids(old_entries)
    target = catalog_languages(po)[1]
    builder = _Builder(texts, lines, ids, old_entries, source_name, msgctxt, (lang, target))
    builder.notes = carry_notes(slots, texts, old_entries, [not t.msgstr for t in old], min_score)
    if memory is not None:
        slots = [_with_memory(s, texts, (memory, target), min_score, builder) for s in slots]
    builder.parts = _divide_splits(slots, texts, old_entries)
    for slot in slots:
        builder.add(slot)
    builder.add_obsolete([e for e in po if not e.msgid and e.msgctxt is not None and _msgstr(e)])
    fields, comment = refresh_provenance(po.metadata, po.header, command="update",
                                         signature=_signature(lang), source=source_name,
                                         now=now)
    result = new_po(fields, comment)
    result.metadata_is_fuzzy = po.metadata_is_fuzzy
    result.extend(builder.entries)
    return UpdateResult(result, tuple(builder.changes))


def _uses_msgctxt_ids(entries: list[polib.POEntry]) -> bool:
    """Whether *entries* follow tm's former layout: ids as msgctxt, no ``#. id:`` comments.

    In that layout every entry has a msgctxt, and each is a sentence id.  A
    program's PO (xgettext, Weblate) where some entries have a real gettext
    context such as "menu" keeps its entries without one as they are (a
    msgctxt on every entry turns msgmerge's and Weblate's exact matches fuzzy),
    and so does one whose every entry has a context of its own (Qt's class
    names, Android's string keys): each context stays with its sentence.
    """
    active = [e for e in entries if not e.obsolete]
    return bool(active) and all(SENTENCE_ID.fullmatch(e.msgctxt or "") for e in active) \
        and not any(line.startswith(ID_COMMENT) for e in active
                    for line in e.comment.split("\n"))


def _sentences(new: str | Sequence[Segment] | Sequence[str], lang: str, skip: str | None = None,
               on_skip: OnSkip | None = None) -> tuple[list[str], list[int]]:
    """The sentence texts of *new* and their 1-based line numbers (0 = unknown)."""
    if isinstance(new, str):
        segments = segment(new, lang=lang, skip=skip, on_skip=on_skip)
        lines, line, at = [], 1, 0
        for s in segments:
            line += new.count("\n", at, s.start)
            lines.append(line)
            at = s.start
        return [s.text for s in segments], lines
    texts = [s.text if isinstance(s, Segment) else s for s in new]
    return texts, [0] * len(texts)


#: Text that may hold a sentence break; only such msgids are segmented to count sentences.
_MAY_BREAK = regex.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s|[\u3002\uff01\uff1f]\S")


def _sentence_count(msgid: str, lang: str) -> int:
    """How many sentences *msgid* holds (an aligned n-1 bead has several)."""
    return (len(segment(msgid, lang=lang)) or 1) if _MAY_BREAK.search(msgid) else 1


def _msgstr(entry: polib.POEntry) -> str:
    """The translation of *entry*; for a plural entry its first translated form."""
    if entry.msgid_plural:
        return next((str(form) for _, form in sorted(entry.msgstr_plural.items()) if form), "")
    return str(entry.msgstr)


def _translation(entry: polib.POEntry) -> tuple[str, ...]:
    """Everything *entry* holds as translation: its msgstr, or every plural form."""
    if entry.msgid_plural:
        return (entry.msgid_plural, *(str(f) for _, f in sorted(entry.msgstr_plural.items())))
    return (str(entry.msgstr),)


def _signature(lang: str = "en") -> str:
    """What produced the merge: tool version and the segmentation rules used."""
    return signature(f"segmentation {rules_signature(lang)}", "update")


def _with_memory(slot: Slot, texts: list[str], memory: tuple[_Memory, str], min_score: float,
                 builder: _Builder) -> Slot:
    """Fill a sentence the PO cannot serve from the memory; beside the PO's own, only offer it.

    A translation the PO holds is the translator's latest word, newer than any
    memory (which may still hold the version they corrected since): an edited,
    split or merged sentence keeps the PO's suggestion, and a better-scoring
    memory match is only named beside it in a ``tm-update:`` comment.  Only a
    ``new`` sentence, which the PO has nothing for, is filled from the memory.
    """
    if slot.kind not in FUZZY and slot.kind != "new":
        return slot
    query = " ".join(texts[i] for i in slot.new)
    matches = memory[0].lookup(query, target_lang=memory[1], min_score=min_score, limit=1)
    if not matches or matches[0].score <= slot.score or not matches[0].unit.target:
        return slot
    if slot.kind != "new":
        builder.offered[slot.new[0]] = matches[0]
        return slot
    builder.memory[slot.new[0]] = matches[0]
    final = fills_as_translation(matches[0], _NO_CONTEXT) \
        and not msgfmt_objection(query, matches[0].unit.target)  # the PO must pass msgfmt -c
    return Slot(slot.new, "memory-exact" if final else "memory", (), float(matches[0].score))


def _join_targets(targets: list[str]) -> str:
    """Concatenate translations: no space between CJK sentences, one between others."""
    out = ""
    for t in targets:
        if out and not (is_cjk(out[-1]) or is_cjk(t[:1] or " ")):
            out += " "
        out += t
    return out


def _divide_splits(slots: list[Slot], texts: list[str],
                   old: list[polib.POEntry]) -> dict[int, str]:
    """For a split sentence whose old translation has as many sentences, give each half its own.

    The halves are aligned (:func:`tm.align`) with the sentences of the old
    msgstr; when every half gets at least one, and no bead joins two halves,
    each half is offered its part.  Otherwise both get the whole translation.
    """
    groups: dict[int, list[int]] = {}
    for slot in slots:
        if slot.kind == "split":
            groups.setdefault(slot.old[0], []).append(slot.new[0])
    parts: dict[int, str] = {}
    for o, news in groups.items():
        target = _msgstr(old[o])
        sentences = segment(target, lang="auto")
        if len(sentences) < len(news):
            continue
        beads = align([texts[i] for i in news], sentences, source_lang="en", target_lang="zh")
        if any(len(b.src) > 1 for b in beads):
            continue
        owned: dict[int, list[int]] = {k: [] for k in range(len(news))}
        half = 0
        for bead in beads:
            half = bead.src[0] if bead.src else half
            owned[half] += bead.tgt  # a sentence without counterpart joins the half before
        if all(owned.values()):
            for k, i in enumerate(news):
                parts[i] = target[sentences[min(owned[k])].start:sentences[max(owned[k])].end]
    return parts


class _Builder:
    """Accumulates the entries and changes of the merged PO, one slot at a time."""

    def __init__(self, texts: list[str], lines: list[int], ids: list[str],
                 old: list[polib.POEntry], source_name: str, msgctxt: bool = False,
                 langs: tuple[str, str] = ("en", "zh-CN")) -> None:
        self.texts, self.lines, self.ids, self.old = texts, lines, ids, old
        self.langs = langs  # (source, target): how numbers and names are read and adapted
        self.source_name = source_name
        self.msgctxt = msgctxt  # ids as msgctxt (tm's former layout), else '#. id:' comments
        self.by_msgid: dict[str, polib.POEntry] = {}
        self.entries: list[polib.POEntry] = []
        self.changes: list[Change] = []
        self.memory: dict[int, Match] = {}
        #: Memory matches offered beside the PO's own suggestion, by first sentence index.
        self.offered: dict[int, Match] = {}
        self.parts: dict[int, str] = {}
        self.carried: set[int] = set()
        self.used: set[int] = set()  # every old entry a slot took (kept, revived, ...)
        #: Untranslated old entries whose notes a new sentence takes: {first: (old, score)}.
        self.notes: dict[int, tuple[int, float]] = {}
        #: Score of each active entry that holds a suggestion (or nothing), by id(entry).
        self.suggested: dict[int, float] = {}
        self.keys: set[tuple[str, str]] = set()

    def _refs(self, first: int, fallback: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """The new source's reference, then the old entry's references into other files.

        The old entry's first reference names the old source; references into
        other files (the translation's, from ``tm align``) stay as they were.
        """
        if not self.source_name:
            return list(fallback)
        line = self.lines[first]
        old_source = fallback[0][0] if fallback else self.source_name
        others = [ref for ref in fallback if ref[0] not in (self.source_name, old_source)]
        return [(self.source_name, str(line) if line else ""), *others]

    def _emit(self, entry: polib.POEntry, change: Change) -> None:
        if not self.msgctxt and not entry.obsolete and entry.msgctxt is None:
            twin = self.by_msgid.get(entry.msgid)
            if twin is None:
                self.by_msgid[entry.msgid] = entry
            elif self._fold(twin, entry, change):
                return  # a repeated sentence: one entry with all its references
            else:
                entry.msgctxt = change.msgctxt  # translated differently: the id tells apart
        key = (entry.msgctxt or "", entry.msgid)
        base = (None if self.msgctxt else _program_context(entry)) or change.msgctxt
        n = 2  # the second entry of a key gets -2, as stable ids count repeats
        while key in self.keys:  # gettext refuses duplicate msgctxt+msgid
            entry.msgctxt = f"{base}-{n}"
            key, n = (entry.msgctxt, entry.msgid), n + 1
        self.keys.add(key)
        if change.kind not in _EXACT:
            self.suggested[id(entry)] = change.score
        self.entries.append(entry)
        self.changes.append(Change(change.kind, entry.msgctxt or "", change.msgid, change.line,
                                   change.score, change.previous))

    def _fold(self, twin: polib.POEntry, entry: polib.POEntry, change: Change) -> bool:
        """Fold a further occurrence into *twin*; two suggestions always fold (issue 9.17).

        A sentence that has no entry of its own in the old PO gets one entry
        however many of its copies found a suggestion, as xgettext gives a
        repeated msgid one entry: the next run matches that entry exactly and
        gives every copy its translation, so it changes nothing.
        """
        score = self.suggested.get(id(twin))
        suggestions = score is not None and change.kind not in _EXACT
        return _fold(twin, entry, suggestions=suggestions,
                     better=suggestions and change.score > (score or 0.0))

    def add(self, slot: Slot) -> None:
        """Add the entry for *slot*: a copy of the old entry, a suggestion, or an empty one."""
        first = slot.new[0]
        msgid = " ".join(self.texts[i] for i in slot.new)
        change = Change(slot.kind, self.ids[first], msgid, self.lines[first], slot.score)
        self.used.update(slot.old)
        self.carried.update(o for o in slot.old if slot.new[0] not in self.parts
                            and slot.kind in VERBATIM)
        if slot.kind in VERBATIM - FUZZY:
            entry = _copy(self.old[slot.old[0]])
            entry.obsolete = False  # revived: the sentence is back in the source
            if not self.msgctxt:
                set_entry_id(entry, self.ids[first])
            elif slot.kind not in ("kept", "moved") or not entry.msgctxt:
                entry.msgctxt = self.ids[first]
            entry.occurrences = self._refs(first, entry.occurrences)
            self._emit(entry, change)
            return
        entry = polib.POEntry(msgctxt=self.ids[first] if self.msgctxt else None, msgid=msgid,
                              msgstr="", occurrences=self._refs(first, []))
        previous = ""
        if slot.kind in ("memory", "memory-exact"):
            previous = self._from_memory(entry, self.memory[first], slot.score)
        elif slot.kind in FUZZY:
            previous = self._from_old(entry, [self.old[o] for o in slot.old], slot)
            _offer(entry, self.offered.get(first))
        if slot.kind in FUZZY:
            entry.flags = ["fuzzy", *dict.fromkeys(entry.flags)]
            entry.previous_msgid = previous or None
        if first in self.notes:
            self._take_notes(entry, *self.notes[first])
        if not self.msgctxt:
            set_entry_id(entry, self.ids[first])
        self._emit(entry, Change(change.kind, change.msgctxt, msgid, change.line, slot.score,
                                 previous))

    def _take_notes(self, entry: polib.POEntry, o: int, score: float) -> None:
        """Give *entry* the translator comment and unaligned text of untranslated entry *o*.

        The sentence replaces one whose entry held no translation, only notes
        (see :mod:`tm.updating._notes`): they stay with the new sentence.
        """
        old = self.old[o]
        entry.tcomment = "\n".join(filter(None, (entry.tcomment, old.tcomment)))
        note = f"{_NOTE} {score:.0f}% match, the notes of untranslated {_named(old)}"
        entry.comment = "\n".join(filter(None, (entry.comment, note, *own_extracted(old))))

    @staticmethod
    def _from_memory(entry: polib.POEntry, match: Match, score: float) -> str:
        """Fill *entry* from a memory match; return the match's source if it differs."""
        refused = msgfmt_objection(entry.msgid, match.unit.target)
        final = fills_as_translation(match, _NO_CONTEXT) and not refused
        entry.msgstr = match.unit.target if final else (match.adapted or match.unit.target)
        entry.comment = f"{_NOTE} {score:.0f}% translation memory match"
        notes = [n for n in (context_conflict(match, _NO_CONTEXT), refused) if n]
        if match.alternatives:  # not final: the translator chooses (tm.memory._rivals)
            notes.insert(0, "the memory also has " + " / ".join(match.alternatives))
        if notes:
            entry.comment += f" ({'; '.join(notes)})"
        return match.unit.source if match.unit.source != entry.msgid else ""

    def _from_old(self, entry: polib.POEntry, sources: list[polib.POEntry], slot: Slot) -> str:
        """Fill *entry* from the old entries of an edited/split/merged slot; return their msgid."""
        part = self.parts.get(slot.new[0])
        entry.msgstr = part or _join_targets([_msgstr(e) for e in sources])
        entry.tcomment = "\n".join(e.tcomment for e in sources if e.tcomment)
        entry.flags = [f for e in sources for f in e.flags if f != "fuzzy"]
        ids = " + ".join(_named(e) for e in sources)
        entry.comment = f"{_NOTE} {slot.score:.0f}% match, {slot.kind} from {ids}"
        made_for = " ".join(_made_for(e).msgid for e in sources)
        adapted = None if part else adapt(entry.msgid, made_for, entry.msgstr,
                                          source_lang=self.langs[0], target_lang=self.langs[1])
        if part:
            entry.comment += f" ({DIVIDED_NOTE})"
        elif adapted is not None:  # 650,000 for 600,000: 65万 for 60万, as a memory match
            entry.msgstr = adapted
            entry.comment += f" ({ADAPTED_NOTE})"
        entry.comment = "\n".join([entry.comment, *_extracted(sources)])
        context = next(filter(None, map(_program_context, sources)), None)
        if context is not None and not self.msgctxt:   # a program's context ("menu") stays
            entry.msgctxt = context
        was = _made_for(sources[0]).msgctxt if len(sources) == 1 else None
        if entry.msgctxt and was and was != entry.msgctxt:  # the #| lines go together
            entry.previous_msgctxt = was
        return made_for

    def add_obsolete(self, unsentenced: Sequence[polib.POEntry] = ()) -> None:
        """Keep, as obsolete, every translation that no active entry carries verbatim.

        A plural entry counts as translated when any of its forms is (issue 9.6),
        and as carried only when an active entry holds all its forms.
        *unsentenced* are translated entries with a msgctxt and an empty msgid
        (valid gettext, no sentence to match): kept obsolete, never dropped.
        An untranslated entry is dropped, as gettext drops it, unless it holds
        notes (a translator comment, unaligned text) no new entry took over.
        """
        present = {(e.msgid, _translation(e)) for e in self.entries}
        held = {_translation(e) for e in self.entries}  # a folded suggestion may be gone
        noted = {o for o, _ in self.notes.values()}
        for o, old in enumerate(self.old):
            carried = o in self.carried and not old.msgid_plural and _translation(old) in held
            if not _msgstr(old):
                carried = o in noted or o in self.used or not has_own_notes(old)
            if carried or (old.msgid, _translation(old)) in present:
                continue
            self._keep_obsolete(old)
        for old in unsentenced:
            self._keep_obsolete(old)

    def _keep_obsolete(self, old: polib.POEntry) -> None:
        entry = with_notes_as_comments(_copy(old))  # gettext writes no #. on an obsolete entry
        entry.obsolete = True
        entry.occurrences = []
        self._emit(entry, Change("obsolete", entry_id(old), old.msgid))


def _offer(entry: polib.POEntry, match: Match | None) -> None:
    """Name *match*, a memory's translation of *entry*'s sentence, in a comment beside the PO's.

    The entry keeps the PO's translation (see :func:`_with_memory`); the
    memory's differing one stays in view for the reviewer.  Being a
    ``tm-update:`` note, it is replaced by the next run's.
    """
    if match is None:
        return
    offered = match.unit.target if match.final else (match.adapted or match.unit.target)
    if offered == entry.msgstr:
        return
    how = "exact, trusted" if fills_as_translation(match, _NO_CONTEXT) else \
        "trusted" if match.trusted else "untrusted"
    lines = (entry.comment or "").split("\n")
    note = f"{_NOTE} the memory also offers ({match.score:.0f}%, {how}): "
    lines.insert(1, note + " / ".join(offered.splitlines()))
    entry.comment = "\n".join(lines)


def _fold(twin: polib.POEntry, entry: polib.POEntry, *, suggestions: bool = False,
          better: bool = False) -> bool:
    """Fold *entry*, a further occurrence of *twin*'s sentence, into *twin*, if they agree.

    They agree when they carry the same translation or one carries none; the
    references join, and a translation takes the place of an empty one.  Two
    *suggestions* (neither a translation kept verbatim) always agree: the
    sentence is one entry, holding the *better* suggestion (the old entry of
    the other stays obsolete unless something else carries it).
    """
    if twin.msgid_plural or entry.msgid_plural or (
            twin.msgstr and entry.msgstr and twin.msgstr != entry.msgstr and not suggestions):
        return False
    twin.occurrences += [ref for ref in entry.occurrences if ref not in twin.occurrences]
    if entry.msgstr and (not twin.msgstr or better):
        sentence_id = entry_id(twin)
        for name in ("msgstr", "flags", "comment", "tcomment", "previous_msgctxt",
                     "previous_msgid", "previous_msgid_plural"):  # the #| lines go together
            setattr(twin, name, getattr(entry, name))
        set_entry_id(twin, sentence_id)
    return True


def _program_context(entry: polib.POEntry) -> str | None:
    """*entry*'s msgctxt when a program gave it (``menu``), None when none or tm's own.

    In the layout with ``#. id:`` comments tm writes a msgctxt only to tell apart
    two translations of one sentence: the entry's id (``s1a2b3c4d``, or with
    ``-2`` when that too was taken).  Any other msgctxt is the program's context,
    part of the message's key for gettext, msgmerge and Weblate: kept.
    """
    context = entry.msgctxt
    if context is None:
        return None
    own = next((line[len(ID_COMMENT):].strip() for line in (entry.comment or "").split("\n")
                if line.startswith(ID_COMMENT)), "")
    return None if own and (context == own or context.startswith(f"{own}-")) else context


def _named(entry: polib.POEntry) -> str:
    """How a tm-update note names an old entry: its id, else its line in the old PO."""
    if entry_id(entry):
        return entry_id(entry)
    return f"line {entry.linenum}" if entry.linenum else "an entry without an id"


#: Extracted-comment lines tm writes about an entry's translation: its id, how update,
#: pretranslate (tm.memory) or align (a unit's note, tm.alignment) made it.
_TOOL_NOTES = (ID_COMMENT, _NOTE, "tm: ", "bead ")


def _extracted(sources: list[polib.POEntry]) -> list[str]:
    """The extracted comments (``#.``) of *sources* other than tm's own notes.

    A PO made by another tool (Weblate, xgettext) carries the developers' notes
    there; an edited entry keeps them, as a kept one does.  tm's notes describe
    the old entry's translation and give way to the new tm-update note.
    """
    lines = (line for e in sources for line in (e.comment or "").split("\n"))
    return list(dict.fromkeys(line for line in lines
                              if line and not line.startswith(_TOOL_NOTES)))


def _made_for(entry: polib.POEntry) -> polib.POEntry:
    """*entry*, or its ``#|`` sentence when it is fuzzy: what its translation was made for.

    As msgmerge does, an entry still awaiting review keeps its previous msgid
    (and msgctxt) through further edits, so the reviewer diffs the translation
    against the sentence it translates, not against an intermediate one.
    """
    if "fuzzy" not in entry.flags or not entry.previous_msgid:
        return entry
    return polib.POEntry(msgid=entry.previous_msgid,
                         msgctxt=entry.previous_msgctxt or entry.msgctxt)


def _copy(entry: polib.POEntry) -> polib.POEntry:
    """An independent copy of *entry* (polib entries are mutable)."""
    twin = copy.copy(entry)
    twin.occurrences = list(entry.occurrences)
    twin.flags = list(entry.flags)
    twin.msgstr_plural = dict(entry.msgstr_plural)
    return twin


def _refuse_a_translation_file(name: str, text: str) -> None:
    """UsageError when the revised source *text* (read from *name*) is a PO/POT, TMX or XLIFF.

    ``tm update new.pot --po old.po`` is msgmerge's habit: segmented as prose, the
    template became entries like ``msgid "msgid \"\"..."`` and every real entry
    went obsolete (see :func:`tm.formats.is_translation_file`).
    """
    if is_translation_file(name, text):
        raise UsageError(f"{name}: is a translation file (PO/POT, TMX or XLIFF), not the revised "
                         "source text tm update merges; give the text itself (to fill a POT "
                         "from a memory use tm pretranslate, to merge a POT use msgmerge)")
    markup = markup_document(text)
    if markup:   # its tags as sentences would turn every entry obsolete
        raise UsageError(f"{name}: is {markup}, not the revised source text tm update merges; "
                         f"{not_text_advice(markup)}")


def _uses_crlf(path: str) -> bool:
    """Whether the PO file at *path* ends its first line with CR LF (saved on Windows).

    Rewritten in place it keeps them, so the translator's diff shows only what
    changed; a PO holds no other raw line break (msgfmt reads CR LF as LF).
    """
    head = peek_bytes(path, 64 * 1024)
    end = head.find(b"\n")
    return end > 0 and head[end - 1:end] == b"\r"


def _fingerprint(path: str) -> tuple[int, int, str]:
    """mtime, size and hash of *path*: enough to notice any concurrent change."""
    data = read_bytes(path)
    stat = os.stat(path)
    return stat.st_mtime_ns, stat.st_size, hashlib.blake2b(data, digest_size=16).hexdigest()


@renamed_keywords(threshold="min_score")
def update_file(source: str | os.PathLike[str], po_path: str | os.PathLike[str], *,
                output: str | os.PathLike[str] | None = None, memory: _Memory | None = None,
                min_score: float = DEFAULT_MIN_SCORE, dry_run: bool = False,
                encoding: str | None = None, now: datetime | None = None,
                skip: str | None = None, on_skip: OnSkip | None = None,
                width: int = PAGE_WIDTH, force: bool = False) -> UpdateResult:
    """Merge the revised text file *source* into *po_path*; write to *output* (default: in place).

    The write is atomic, and refused with :class:`UpdateConflict` if *po_path*
    changed on disk since it was read (someone saved it meanwhile), so no
    concurrent edit is overwritten.  With *dry_run* nothing is written.
    *skip* and *on_skip*: see :func:`update`.  *width* is the page width a PO is
    written with (msgmerge's ``--width``; :data:`tm.formats.po.NO_WRAP` for
    ``--no-wrap``): a project whose tool wraps at 77 (Weblate) gets no rewrapped diff.
    In place, a source that would carry (almost) none of the PO's translations
    is refused unless *force* (see :mod:`tm.updating._guards`).
    """
    po_name = str(po_path)
    if po_name == "-" and str(source) == "-":
        raise UsageError("only one of the source and the PO can be read from stdin ('-')")
    if po_name == "-" and output is None:
        raise UsageError("the PO comes from stdin: pass -o OUT.po to say where to write it")
    target = po_name if output is None else str(output)
    text = read_text(source, encoding)
    _refuse_a_translation_file("stdin" if str(source) == "-" else str(source), text)
    before = None if po_name == "-" else _fingerprint(po_name)
    kind = "po" if po_name == "-" else detect_format(po_name)
    written = FORMATS.get(os.path.splitext(target)[1].lower(), "po")
    for name, fmt in ((po_name, kind), (target, written)):
        if fmt not in ("po", "xliff"):  # a TMX was read as a PO ("x.tmx:1: syntax error")
            raise UsageError(f"{name}: tm update merges into a PO or XLIFF file, not "
                             f"{fmt.upper()}")
    xliff = kind == "xliff"
    if xliff and written == "xliff" and not dry_run:
        refuse_a_tools_xliff(po_name)  # before the merge: its ids and codes cannot survive it
    po = xliff_as_po(po_name) if xliff else read_po(po_name)
    charset = "UTF-8" if xliff or po_name == "-" else declared_charset_of(po_name)
    if before is not None and _fingerprint(po_name) != before:
        raise UpdateConflict(f"{po_name}: changed while being read; try again")
    name = "" if str(source) == "-" else str(source)
    refuse_a_target_language_source(name or "stdin", text, po_name, po)
    result = update(text, po, memory=memory, min_score=min_score, source_name=name, now=now,
                    skip=skip, on_skip=on_skip)
    if dry_run:
        return result
    if output is None and not force:
        refuse_keeping_nothing(name or "stdin", po_name, po, result.kinds)
    if xliff and output is None:
        refuse_losing_xliff_content(po_name, result.po)
    rendered: str | bytes
    if written == "xliff":
        rendered = po_as_xliff(result.po, target,
                               xliff_file_attributes(po_name) if xliff else {})
    elif output is None and not xliff:      # in place: the file keeps its charset if it can
        rendered = encode_po(result.po, charset, width=width)
        if _uses_crlf(po_name):             # ... and its Windows line ends
            rendered = rendered.replace(b"\n", b"\r\n")
    else:
        rendered = format_po(result.po, width=width)
    with atomic_writer(target, "wb" if isinstance(rendered, bytes) else "w") as fh:
        fh.write(rendered)  # type: ignore[arg-type]
        if before is not None and _fingerprint(po_name) != before:
            raise UpdateConflict(f"{po_name}: changed on disk since it was read; nothing "
                                 "written (run tm update again on the saved file)")
    return result

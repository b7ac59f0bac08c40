"""Building a PO file from sentences: one entry per sentence, as xgettext makes them (private).

By default an entry has no ``msgctxt``: a sentence that occurs several times
is one entry listing every reference (``#: a.txt:3 a.txt:40``), so
``msgmerge --compendium``, pot2po, Weblate and OmegaT see plain sentences and
give exact matches.  tm's stable id of the sentence goes into an extracted
comment (``#. id: s1a2b3c4d``).  Only when one sentence has two different
translations in the same file does the second get a ``msgctxt`` (its id), the
one thing gettext offers to tell them apart; nothing is dropped.  A reviewed
translation is the plain entry even when a fuzzy draft of the sentence came
first: the draft gets the msgctxt.
With ``msgctxt=True`` every entry carries its id as msgctxt instead (tm's
former layout).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import polib

from tm._shared.placeholders import PLACEHOLDER
from tm._shared.po_header import ordered_header

__all__ = ["COVERS_NEXT", "FURTHER_TRANSLATION", "ID_COMMENT", "SENTENCE_ID", "UNALIGNED_NOTE",
           "PoMessage", "build_po", "covers_next_note", "entry_context", "entry_id",
           "further_translation_context", "is_id", "msgfmt_objection", "set_entry_id"]

#: How the extracted comment holding a sentence's stable id starts.
ID_COMMENT = "id: "
#: A sentence id as tm.segmentation.stable_ids has always written it: ``s`` and 8 hex
#: digits of the sentence's hash, ``-N`` for its Nth occurrence.
SENTENCE_ID = re.compile(r"s[0-9a-f]{8}(?:-[0-9]+)?")
#: How tm align --one-sentence starts the extracted comment of an entry whose translation
#: covers the next sentences too (their entries stay empty): ``covers_next_note(1)``.
COVERS_NEXT = "translation covers the next "
#: How tm align starts the extracted comment holding Chinese text no English sentence
#: pairs with (kept on a neighbouring entry so that no text is lost): ``unaligned zh: …``.
#: The translation's own words: tm update carries them like a translator comment.
UNALIGNED_NOTE = "unaligned zh: "
#: The msgctxt of a sentence's further translation when it has no id of its own.
_SECOND = "translation 2"
#: That msgctxt and the numbered forms :class:`_Builder` makes when it is taken.
_SET_ASIDE = re.compile(re.escape(_SECOND) + r"(?:-[0-9]+)?")
#: The same spelling as a unit's context (:func:`further_translation_context`): a
#: disambiguator tm made up, which says nothing of where the text belongs.
FURTHER_TRANSLATION = _SET_ASIDE


def further_translation_context(context: str, nth: int) -> str:
    """The context of the *nth* (2, 3, …) different translation of one sentence in one file.

    A memory keeps one unit per sentence, context and file (a re-import replaces its
    translation), so a file that translates a sentence in two ways (an OmegaT project
    memory's alternative translations, a memoQ or Trados TMX, tm's own export of a
    memory fed by two files) needs its further translations told apart, or all but
    the last are lost.  Without a context they take the msgctxt :func:`build_po`
    gives such an entry (``translation 2``, then ``translation 2-2`` …), so an export
    and its re-import agree; a context of their own gets ``-2``, ``-3`` ….
    """
    if context:
        return f"{context}-{nth}"
    return _SECOND if nth == 2 else f"{_SECOND}-{nth - 1}"


def covers_next_note(count: int) -> str:
    """The note on an entry whose translation covers the next *count* sentences too.

    Written by tm align --one-sentence and tm pretranslate (a stored 2-1 bead),
    read back by :func:`tm.formats.po.units_from_po` (which joins the entries).
    """
    return f"{COVERS_NEXT}{count} sentence(s)"


@dataclass(frozen=True, slots=True)
class PoMessage:
    """One sentence to write into a PO: its text, translation and what to say about it.

    ``references`` are ``(file, line)`` pairs; ``comments`` extracted comments
    (``#.``) after the id; ``note`` the translator comment (``#``); ``context``
    a msgctxt the message must have (a gettext context read from elsewhere).
    """

    source: str
    target: str = ""
    id: str = ""
    references: tuple[tuple[str, str], ...] = ()
    comments: tuple[str, ...] = ()
    note: str = ""
    fuzzy: bool = False
    context: str | None = None


def entry_id(entry: polib.POEntry) -> str:
    """tm's stable id of *entry*: its ``#. id:`` comment, else its msgctxt ("" if none)."""
    for line in (entry.comment or "").split("\n"):
        if line.startswith(ID_COMMENT):
            return line[len(ID_COMMENT):].strip()
    return entry.msgctxt or ""


def entry_context(entry: polib.POEntry) -> str:
    """What tells *entry* apart from others with its msgid: a unit's ``context``.

    A program's msgctxt (``menu``, ``noun``) when the entry has one, else its
    stable id (:func:`entry_id`).  An entry can carry both: ``tm update`` keeps
    a program's msgctxt and adds the ``#. id:`` comment.  The id is a hash of
    the msgid, so it says nothing the msgid does not; the msgctxt does, and
    ``tm export`` writes it back as msgctxt.
    """
    if is_set_aside(entry):
        return ""
    if entry.msgctxt and not SENTENCE_ID.fullmatch(entry.msgctxt):
        return entry.msgctxt
    return entry_id(entry)


def is_set_aside(entry: polib.POEntry) -> bool:
    """Whether *entry*'s msgctxt is the one :func:`build_po` makes up for a further translation.

    A sentence without an id that the memory translates in several ways gets
    ``translation 2`` (``translation 2-2`` …) on every entry but the plain one,
    and no ``#. id:`` comment: a disambiguator, not a program's context.  Read
    back, the unit has no context again, so export → import adds no copy of it
    (an entry with an id comment never carries one: its msgctxt is then its id).
    """
    return bool(entry.msgctxt and _SET_ASIDE.fullmatch(entry.msgctxt)
                and not any(line.startswith(ID_COMMENT)
                            for line in (entry.comment or "").split("\n")))


def set_entry_id(entry: polib.POEntry, sentence_id: str) -> None:
    """Put *sentence_id* in *entry*'s ``#. id:`` comment (replacing an old one)."""
    lines = [line for line in (entry.comment or "").split("\n")
             if line and not line.startswith(ID_COMMENT)]
    entry.comment = "\n".join([f"{ID_COMMENT}{sentence_id}", *lines] if sentence_id else lines)


def is_id(text: str) -> bool:
    """Whether *text* can be an ``#. id:`` comment: one line, no space at either end."""
    return bool(text) and "\n" not in text and text == text.strip()



def _unique(lines: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(line for line in lines if line))


class _Builder:
    def __init__(self, po: polib.POFile, msgctxt: bool) -> None:
        self.po, self.msgctxt = po, msgctxt
        self.by_msgid: dict[str, polib.POEntry] = {}
        self.further: dict[tuple[str, str], polib.POEntry] = {}  # (msgid, msgstr) -> entry
        self.keys: set[tuple[str | None, str]] = set()

    def add(self, message: PoMessage) -> None:
        if self.msgctxt or message.context is not None:
            context = message.context if message.context is not None else message.id or None
            self.append(message, context, with_id=not self.msgctxt)
            return
        entry = self.by_msgid.get(message.source)
        if entry is None:
            self.by_msgid[message.source] = self.append(message, None, with_id=True)
        elif not (entry.msgstr and message.target and entry.msgstr != message.target):
            self.merge(entry, message)
        elif "fuzzy" in entry.flags and not message.fuzzy:
            self.set_aside(entry)  # a reviewed translation takes the plain entry from a draft
            self.by_msgid[message.source] = self.append(message, None, with_id=True)
        elif (message.source, message.target) in self.further:  # that other translation again
            self.merge(self.further[message.source, message.target], message)
        else:  # the same sentence translated differently: only a msgctxt tells them apart
            self.further[message.source, message.target] = self.append(
                message, message.id or _SECOND, with_id=True)

    def set_aside(self, entry: polib.POEntry) -> None:
        """Give the plain entry *entry* (a fuzzy draft) a msgctxt: its id, else ``translation 2``.

        The entry without msgctxt is the one ``msgmerge --compendium``, pot2po and
        Weblate match a template's msgid to; a reviewed translation of the same
        sentence must be it, whichever came first.
        """
        self.keys.discard((None, entry.msgid))
        base = entry_id(entry) or _SECOND
        context, n = base, 2
        while (context, entry.msgid) in self.keys:
            context, n = f"{base}-{n}", n + 1
        self.keys.add((context, entry.msgid))
        entry.msgctxt = context

    def append(self, message: PoMessage, context: str | None,
               with_id: bool) -> polib.POEntry:
        base, n = context, 2
        while (context, message.source) in self.keys:
            context, n = f"{base}-{n}", n + 1
        self.keys.add((context, message.source))
        comments = [f"{ID_COMMENT}{message.id}"] if with_id and message.id else []
        entry = polib.POEntry(msgctxt=context, msgid=message.source, msgstr=message.target,
                              comment="\n".join(comments + _unique(message.comments)),
                              tcomment=message.note, occurrences=list(message.references),
                              flags=["fuzzy"] if message.fuzzy and message.target else [])
        self.po.append(entry)
        return entry

    @staticmethod
    def merge(entry: polib.POEntry, message: PoMessage) -> None:
        """Fold a further occurrence of a sentence into its entry (references, comments).

        The entry is fuzzy only while every occurrence with its translation is:
        one reviewed occurrence makes it the reviewed translation.
        """
        entry.occurrences += [r for r in message.references if r not in entry.occurrences]
        entry.comment = "\n".join(_unique([*entry.comment.split("\n"), *message.comments]))
        entry.tcomment = "\n".join(_unique([*entry.tcomment.split("\n"),
                                            *message.note.split("\n")]))
        if message.target and not entry.msgstr:
            entry.msgstr = message.target
            entry.flags = ["fuzzy"] if message.fuzzy else []
        elif message.target and not message.fuzzy:  # the same translation, reviewed here:
            entry.flags = [f for f in entry.flags if f != "fuzzy"]  # a draft elsewhere is moot


def build_po(messages: Iterable[PoMessage], fields: Mapping[str, str], comment: str = "", *,
             msgctxt: bool = False, template: bool = False) -> polib.POFile:
    """A POFile with header *fields* and *comment* and an entry per distinct sentence.

    See the module docstring for how repeated sentences and ids are written;
    *template* marks the header fuzzy, as in a POT.
    """
    po = polib.POFile(wrapwidth=79)
    po.header = comment
    po.metadata = ordered_header(fields)
    po.metadata_is_fuzzy = template
    builder = _Builder(po, msgctxt)
    for message in messages:
        builder.add(message)
    return po


def _directives(text: str) -> list[str]:
    """The placeholders of *text* as written, sorted (``%%`` is a literal per cent)."""
    return sorted(m.group() for m in PLACEHOLDER.finditer(text) if m.group() != "%%")


def msgfmt_objection(msgid: str, msgstr: str, flags: Iterable[str] = ()) -> str:
    """Why ``msgfmt -c`` would refuse *msgstr* as the translation of *msgid* ("" if not).

    The two checks a translation brought from elsewhere (a memory, a TMX) can
    fail: a line break at the start or at the end of one side only, and, in an
    entry flagged as a format string (``c-format``, ``python-format`` …, not
    ``no-c-format``), placeholders other than the msgid's (tm's one pattern,
    tm._shared.placeholders, compared as written: stricter than msgfmt for
    reordered positional arguments, so a doubt makes a suggestion fuzzy, never a
    refused translation final).  A fuzzy or empty msgstr is not checked by msgfmt.

    >>> msgfmt_objection("Delete %s files", "删除文件", ["c-format"])
    "placeholders differ from the source's (msgfmt -c refuses it)"
    >>> msgfmt_objection("Done\\n", "完成"), msgfmt_objection("Done\\n", "完成\\n")
    ('a line break ends one side only (msgfmt -c refuses it)', '')
    """
    if not msgstr:
        return ""
    for where, test in (("starts", str.startswith), ("ends", str.endswith)):
        if test(msgid, "\n") != test(msgstr, "\n"):
            return f"a line break {where} one side only (msgfmt -c refuses it)"
    formats = any(f.endswith("-format") and not f.startswith("no-") for f in flags)
    if formats and _directives(msgid) != _directives(msgstr):
        return "placeholders differ from the source's (msgfmt -c refuses it)"
    return ""

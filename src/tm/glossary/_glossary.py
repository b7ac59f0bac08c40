"""Glossaries: approved (and forbidden) translations of terms, and finding terms in text.

A :class:`Glossary` holds :class:`tm.Term` concepts loaded from TBX, CSV/TSV
or PO files, and finds them in text:

* in English (word-based languages), whole words, case-insensitive unless the
  term is marked case-sensitive (words written in capitals, such as SME or
  CEO, always match their case, so "it" is never "IT"), with plural and
  possessive forms (Inno Way's, SMEs, maker team / maker teams, property /
  properties) or, for an entry whose partOfSpeech is a verb, its first word's
  verb forms (subscribe: Subscribed, subscribing; sign in: Signing in), hyphen
  or space between words, longest match first
  (Zhongguancun Inno Way before Inno Way), non-overlapping;
* in Chinese, by substring over text folded to half-width, lower-case Latin
  letters and no whitespace (中关村 创业大街 still matches), with offsets into
  the original text; approved and forbidden target forms are both found and
  each hit says which.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tm._shared.lang import is_chinese, lang_key, same_language
from tm._shared.text import fold_for_matching
from tm.errors import ParseError, UsageError
from tm.glossary._verbs import a_verb_entry, verb_word_forms
from tm.model import Term

__all__ = ["SAVE_FORMATS", "Glossary", "TermHit"]

_SEPARATOR = re.compile(r"[\s\-‐]+")
#: A word; a figure glued to letters is a word of its own, so a unit or name term is
#: found right after it (the nm of "3nm", the km of "5km").
_WORD = re.compile(r"[^\W\d_]+|\d+")
#: Besides Chinese (:func:`is_chinese`), languages written without spaces between words.
_SUBSTRING_LANGS = ("ja", "ko", "th", "lo", "km", "my")
#: The formats :meth:`Glossary.save` writes, with their TBX version.
SAVE_FORMATS = {"tbx": 3, "tbx2": 2}
_FormIndex = tuple[dict[str, tuple[Term, str]], dict[str, list[int]]]


@dataclass(frozen=True, slots=True)
class TermHit:
    """A glossary term found in text: ``text[start:end] == hit.text``.

    ``status`` is ``"source"`` for a source term, ``"approved"`` or
    ``"forbidden"`` for a target form; ``form`` is the glossary form that
    matched (the hit's ``text`` may be inflected or full-width).
    """

    term: Term
    start: int
    end: int
    text: str
    status: str = "source"
    form: str = ""


class Glossary:
    """A termbase from *source_lang* to *target_lang*: terms and term finding.

    Build one with :meth:`load` (a file) or :meth:`from_terms` (values);
    :meth:`find` reports the terms in a text; :meth:`save` writes it as TBX.
    """

    def __init__(self, terms: Iterable[Term], *, source_lang: str = "en",
                 target_lang: str = "zh-CN", path: str = "") -> None:
        self._terms = tuple(terms)
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.path = path
        self._word_index: dict[str, list[tuple[str, Term]]] | None = None
        self._patterns: dict[str, re.Pattern[str]] = {}
        self._form_indexes: dict[tuple[bool, bool], _FormIndex] = {}
        self._by_source: dict[str, tuple[Term, ...]] | None = None

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, source_lang: str = "en",
             target_lang: str = "zh-CN", encoding: str | None = None) -> Glossary:
        """Read a glossary file, its format chosen by extension.

        ``.tbx``/``.xml`` (TBX-Basic or TBX v3), ``.csv``, ``.tsv``/``.tab``/
        ``.txt`` (tab-separated), ``.po``/``.pot``.  Raises ParseError with
        the file and line for unreadable or malformed input.  A term :meth:`find`
        can never find (:func:`never_found`) is kept, with a warning naming its
        file and line.
        """
        from tm._shared.files import read_text
        from tm.formats.tabular import SNIFF_CHARS, sniff_delimiter
        from tm.formats.tbx import read_tbx
        from tm.glossary import _files as files

        name = str(path)
        suffix = Path(name).suffix.lower() if name != "-" else ""
        if not suffix:      # stdin, or a file without an extension: what it holds decides
            suffix = _suffix_of_content(name)
        def problem(term: Term) -> str | None:
            return never_found(term, source_lang)

        if suffix in (".tbx", ".xml"):
            terms = read_tbx(name, source_lang=source_lang, target_lang=target_lang,
                             term_problem=problem)
        elif suffix in (".csv", ".tsv", ".tab", ".txt"):
            text = read_text(name, encoding)
            # A .csv is comma-, semicolon- (Excel in many locales) or tab-separated.
            delimiter = sniff_delimiter(text[:SNIFF_CHARS + 1], name) \
                if suffix == ".csv" else "\t"
            terms = files.read_table(text, name, delimiter, term_problem=problem,
                                     langs=(source_lang, target_lang))
        elif suffix in (".po", ".pot"):
            terms = files.read_po_glossary(name, term_problem=problem)
        else:
            raise ParseError(name, 0, f"unknown glossary format {suffix or '(no extension)'!r}; "
                                      "use .tbx, .csv, .tsv or .po")
        return cls(terms, source_lang=source_lang, target_lang=target_lang, path=name)

    @classmethod
    def from_terms(cls, terms: Iterable[Term | tuple[str, str | Sequence[str]]], *,
                   source_lang: str = "en", target_lang: str = "zh-CN") -> Glossary:
        """A glossary from Term values or ``(source, target)`` pairs.

        A pair's target may be one string (``;``-separated forms) or a sequence.

        >>> g = Glossary.from_terms([("Inno Way", "创业大街;中关村创业大街")])
        >>> g.terms[0].targets
        ('创业大街', '中关村创业大街')
        """
        from tm.glossary._files import split_forms

        built = []
        for item in terms:
            if isinstance(item, Term):
                built.append(item)
                continue
            source, target = item
            forms = split_forms(target) if isinstance(target, str) else list(target)
            if not source.strip() or not forms:
                raise UsageError(f"glossary term needs a source and a target: {item!r}")
            built.append(Term(source=source.strip(), targets=tuple(forms)))
        return cls(built, source_lang=source_lang, target_lang=target_lang)

    def save(self, path: str | os.PathLike[str], format: str = "tbx") -> None:
        """Write the glossary to *path* (atomically; ``-`` is stdout).

        *format* is one of :data:`SAVE_FORMATS`: ``"tbx"`` writes TBX v3
        (TBX-Basic, DCA style), ``"tbx2"`` TBX-Basic 2008 (``<martif>``), the
        TBX version OmegaT and Translate Toolkit read.  :meth:`load` reads both.
        """
        from tm.formats.tbx import write_tbx

        if format not in SAVE_FORMATS:
            raise UsageError(f"cannot write a glossary as {format!r}; "
                             f"choose {', '.join(SAVE_FORMATS)}")
        write_tbx(self._terms, path, source_lang=self.source_lang,
                  target_lang=self.target_lang, version=SAVE_FORMATS[format])

    @property
    def terms(self) -> tuple[Term, ...]:
        """Every term, in file order."""
        return self._terms

    def __len__(self) -> int:
        return len(self._terms)

    def __iter__(self) -> Iterator[Term]:
        return iter(self._terms)

    def __repr__(self) -> str:
        where = f" from {self.path!r}" if self.path else ""
        return f"<Glossary {len(self)} terms {self.source_lang}->{self.target_lang}{where}>"

    def homonyms(self, term: Term) -> tuple[Term, ...]:
        """Every concept whose source is *term*'s, *term* first (just ``(term,)`` for most).

        A termbase may hold two concepts for one English word (*premium*, the
        insurance payment, and *Premium*, a plan; or a hand-merged TBX that
        repeats an entry).  :meth:`find` reports one of them per occurrence;
        a check asks for the others here, so a rendering of any of them counts.
        Sources compare without case and with white space collapsed.
        """
        if self._by_source is None:
            grouped: dict[str, list[Term]] = {}
            for each in self._terms:
                grouped.setdefault(_source_key(each.source), []).append(each)
            self._by_source = {key: tuple(terms) for key, terms in grouped.items()}
        same = self._by_source.get(_source_key(term.source), ())
        return (term, *(other for other in same if other is not term))

    def find(self, text: str, lang: str = "en") -> list[TermHit]:
        """The terms in *text*, left to right, longest first, non-overlapping.

        With *lang* the glossary's source language, source terms are found; with
        its target language, approved and forbidden target forms (``status``
        tells which).

        >>> g = Glossary.from_terms([("Inno Way", "创业大街"), ("Zhongguancun Inno Way",
        ...                          "中关村创业大街")])
        >>> [(h.text, h.term.targets[0]) for h in g.find("Zhongguancun Inno Way's cafes")]
        [("Zhongguancun Inno Way's", '中关村创业大街')]
        >>> [(h.text, h.status) for h in g.find("走进中关村创业大街", lang="zh")]
        [('中关村创业大街', 'approved')]
        """
        if same_language(lang, self.source_lang):
            if _is_substring_lang(lang):
                return self._find_forms(text, source=True)
            return self._find_words(text)
        if same_language(lang, self.target_lang):
            if _is_substring_lang(lang):
                return self._find_forms(text, source=False)
            return self._find_forms(text, source=False, words=True)
        raise UsageError(f"this glossary is {self.source_lang}->{self.target_lang}; "
                         f"cannot find terms in {lang!r} text")

    # --- word-based matching (English) ---------------------------------------

    def _find_words(self, text: str) -> list[TermHit]:
        index = self._build_word_index()
        if index.keys().isdisjoint(_WORD.findall(text.lower())):
            return []
        hits: list[TermHit] = []
        position = 0
        for word in _WORD.finditer(text):
            # Most words begin no term: the index is looked up first, so the position and
            # token tests run only on the few that do.
            candidates = index.get(word.group().lower())
            if not candidates or word.start() < position or _inside_token(text, word):
                continue
            best: tuple[int, Term] | None = None
            for source, term in candidates:
                m = self._compiled(source).match(text, word.start())
                if m and (best is None or m.end() > best[0]):
                    best = (m.end(), term)
            if best is not None and (best[0] - word.start() > 1 or not _after_figure(text, word)):
                end, term = best
                hits.append(TermHit(term, word.start(), end, text[word.start():end],
                                    "source", term.source))
                position = end
        return hits

    def _compiled(self, source: str) -> re.Pattern[str]:
        """The compiled pattern of a term, compiled the first time a text needs it."""
        pattern = self._patterns.get(source)
        if pattern is None:
            pattern = self._patterns[source] = re.compile(source)
        return pattern

    def _build_word_index(self) -> dict[str, list[tuple[str, Term]]]:
        """Terms by the lower-case forms of their first word, longest term first."""
        if self._word_index is None:
            index: dict[str, list[tuple[str, Term]]] = {}
            for term in self._terms:
                words = [w for w in _SEPARATOR.split(term.source.strip()) if w]
                if not words:
                    continue
                verb = a_verb_entry(term.pos) and not term.case_sensitive and \
                    words[0].islower() and words[0].isalpha()
                source = _verb_pattern(words) if verb else term_pattern(words, term.case_sensitive)
                keys = {f for f in verb_word_forms(words[0])} if verb else _index_keys(words)
                for key in keys:
                    index.setdefault(key, []).append((source, term))
            self._word_index = index
        return self._word_index

    # --- substring matching (Chinese) -----------------------------------------

    def _find_forms(self, text: str, *, source: bool, words: bool = False) -> list[TermHit]:
        forms, lengths = self._form_index(source, words)
        if not forms:
            return []
        folded, offsets = fold_for_matching(text, keep_spaces=words)
        hits = []
        i, size = 0, len(folded)
        while i < size:
            for length in lengths.get(folded[i], ()):
                form = folded[i:i + length]
                if len(form) == length and form in forms and not (
                        words and _inside_word(folded, i, i + length)):
                    term, status = forms[form]
                    start, end = offsets[i], offsets[i + length - 1] + 1
                    hits.append(TermHit(term, start, end, text[start:end], status, form))
                    i += length
                    break
            else:
                i += 1
        return hits

    def _form_index(self, source: bool, words: bool) -> _FormIndex:
        """Every folded form with its term and status, and form lengths by first character."""
        if (source, words) not in self._form_indexes:
            forms: dict[str, tuple[Term, str]] = {}
            for term in self._terms:
                pairs = [(term.source, "source")] if source else (
                    [(t, "approved") for t in term.targets]
                    + [(t, "forbidden") for t in term.forbidden])
                for form, status in pairs:
                    key = fold_for_matching(" ".join(form.split()), keep_spaces=words)[0]
                    # A form approved in one concept and forbidden in another counts as approved.
                    if key and (key not in forms or (status == "approved" != forms[key][1])):
                        forms[key] = (term, status)
            lengths: dict[str, set[int]] = {}
            for form in forms:
                lengths.setdefault(form[0], set()).add(len(form))
            self._form_indexes[(source, words)] = (
                forms, {c: sorted(ls, reverse=True) for c, ls in lengths.items()})
        return self._form_indexes[(source, words)]


def _source_key(source: str) -> str:
    """What two concepts' sources must share to be homonyms: case and spacing aside."""
    return " ".join(source.lower().split())


def _inside_token(text: str, word: re.Match[str]) -> bool:
    """True for the bar of foo_bar and the 19 of COVID19: only letters after a figure
    (the nm of 3nm) start a word inside a token."""
    before = text[word.start() - 1] if word.start() else ""
    return before == "_" or (before.isalpha() and word.group()[0].isdigit())


def _after_figure(text: str, word: re.Match[str]) -> bool:
    """True when *word* is glued to a figure before it (the G of 5G: one letter is no term)."""
    return word.start() > 0 and text[word.start() - 1].isdigit()


def _inside_word(text: str, start: int, end: int) -> bool:
    """True if text[start:end] continues a word on either side (for word-based languages)."""
    return (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")) or (
        end < len(text) and (text[end].isalnum() or text[end] == "_"))


def _is_substring_lang(lang: str) -> bool:
    """Languages written without spaces between words: terms are found as substrings."""
    return is_chinese(lang) or lang_key(lang) in _SUBSTRING_LANGS


def never_found(term: Term, source_lang: str) -> str | None:
    """Why :meth:`Glossary.find` can never report *term* in a *source_lang* text; None if it can.

    In a language written with spaces a term is looked for where a word (letters,
    or digits) begins, from its own first word: a source with no letter or digit
    (``(.*)``, ``%``) or one that begins with something else (``(beta)``,
    ``.NET``, ``"Save"``) is never found.  In Chinese and the other languages
    found as substrings, only a source that folds to nothing is.
    """
    if _is_substring_lang(source_lang):
        if fold_for_matching(" ".join(term.source.split()))[0]:
            return None
        return f"term {term.source!r} is empty once normalised and will never be found"
    words = [w for w in _SEPARATOR.split(term.source.strip()) if w]
    if words and _index_keys(words):
        return None
    if not any(_WORD.search(word) for word in words):
        return (f"term {term.source!r} has no letter or digit and will never be found "
                "(terms are found as whole words)")
    return (f"term {term.source!r} does not begin with a letter or digit and will never be "
            "found (terms are found from the start of a word): write it without what "
            "comes before its first word")


def _index_keys(words: list[str]) -> set[str]:
    """Lower-case words under which a term is indexed: the forms its first word can take."""
    first = _WORD.match(words[0])
    if first is None:
        return set()
    if len(words) > 1 or first.group() != words[0]:
        return {first.group().lower()}
    stem, endings = _inflection(words[0], alone=True)
    return {(stem + ending).lower() for ending in endings}


def term_pattern(words: list[str], case_sensitive: bool) -> str:
    """Regex for a term's words: separators flexible, last word inflected."""
    parts = [_word_pattern(w, case_sensitive) for w in words[:-1]]
    parts.append(_inflected(words[-1], case_sensitive, alone=len(words) == 1))
    if not (words[-1][-1:].isalnum() or words[-1].endswith("_")):
        # a term ending in a symbol (HK$, C++) ends there: HK$200 holds HK$
        return r"[\s\-‐]+".join(parts)
    from tm.numbers import GLUED_CURRENCY_CODES  # imported late: the numbers are heavier

    if len(words) == 1 and words[0] in GLUED_CURRENCY_CODES:
        # a currency code written glued to its amount: RM150 holds RM
        return parts[0] + r"(?![^\W\d_])"
    return r"[\s\-‐]+".join(parts) + r"(?:['’]s|(?<=s)['’](?!\w))?(?!\w)"


def _verb_pattern(words: list[str]) -> str:
    """Regex for a verb entry ("subscribe", "sign in"): its first word in any verb form
    (Subscribed, Signing in), the other words as written."""
    forms = "|".join(sorted(map(re.escape, verb_word_forms(words[0])), key=len, reverse=True))
    rest = "".join(r"[\s\-‐]+" + _word_pattern(w, False) for w in words[1:])
    return rf"(?i:{forms}){rest}(?!\w)"


def _word_pattern(word: str, case_sensitive: bool) -> str:
    escaped = re.escape(word)
    if case_sensitive or _is_acronym(word):
        return escaped
    return f"(?i:{escaped})"


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    upper = [c for c in letters if c.isupper()]
    return len(upper) >= 2 and len(upper) >= len(letters) - 1


def _inflection(word: str, alone: bool = False) -> tuple[str, tuple[str, ...]]:
    """(stem, endings) giving the singular and plural of an English word.

    A name that is one capitalized plural word (*Olympics*, *Philippines*) is
    *alone*: its "singular" is another word (the adjective *Olympic*), so it
    has no other form; *Academy Awards* keeps its singular *Academy Award*.
    """
    lower = word.lower()
    if alone and word[:1].isupper() and lower.endswith("s") and not _is_acronym(word):
        return word, ("",)
    if len(word) <= 2 and not _is_acronym(word):
        return word, ("",)  # a symbol or short abbreviation has no plural: ha is not "has"
    if _is_acronym(word):
        return (word[:-1], ("", "s")) if word.endswith("s") else (word, ("", "s"))
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3], ("y", "ies")
    if lower.endswith("y") and len(word) > 2 and lower[-2] not in "aeiou":
        return word[:-1], ("y", "ies")
    if lower.endswith(("sses", "xes", "ches", "shes", "zes", "uses")):
        return word[:-2], ("", "es")
    if lower.endswith(("ss", "x", "ch", "sh", "z", "us")):
        return word, ("", "es")
    if lower.endswith("is") and len(word) > 3:
        return word[:-2], ("is", "es")
    if lower.endswith("s") and len(word) > 3:
        return word[:-1], ("", "s")
    return word, ("", "s")


def _inflected(word: str, case_sensitive: bool, alone: bool = False) -> str:
    """The last word of a term as a regex matching its singular and plural forms."""
    stem, endings = _inflection(word, alone)
    body = f"(?:{re.escape(word)}|{re.escape(stem)}(?:{'|'.join(endings)}))"
    # A one-word term written capitalized is a name (the Matter standard): "no matter"
    # and "a matter of time" are not it.
    name = alone and word[:1].isupper() and word[1:].islower()
    return body if case_sensitive or name or _is_acronym(word) else f"(?i:{body})"


def _suffix_of_content(name: str) -> str:
    """The extension a glossary without one (stdin) would have: TBX, PO, TSV or CSV by content."""
    from tm._shared.files import peek_bytes
    from tm.formats.tbx import looks_like_tbx

    head = peek_bytes(name, 4096).decode("utf-8", "replace").lstrip("\ufeff")
    if looks_like_tbx(head):
        return ".tbx"
    if "\nmsgid " in f"\n{head}" or 'msgid "' in head:
        return ".po"
    return ".tsv" if "\t" in head.split("\n", 1)[0] else ".csv"

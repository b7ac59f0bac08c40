"""Glossary checks: approved renderings missing, forbidden variants used, English left in.

For every glossary term found in the source (:meth:`tm.Glossary.find`:
whole words, plurals and possessives, longest match first), the target must
contain one of the approved renderings.  Target matching is on a folded form
(:func:`tm._shared.text.fold_for_matching`: NFKC, case folded, spaces
removed) so ``3W 咖啡`` matches ``3W咖啡``.  One
problem gets one finding, the most specific: a forbidden variant
(``term-forbidden``) or the English term copied into the target
(``latin-leftover``) rather than also ``term-missing``, and an approved
rendering written with another figure in its place (鲲鹏910 for 鲲鹏920) is left
to the numbers check (:func:`_another_figure_in_its_place`).  Placeholders are
code, masked on both sides (:func:`tm.checks.placeholders.mask_placeholders`):
the ``account`` of ``%(account)s`` is neither a term of the source nor the
English term left in the target.

A missing rendering is no error when the word is not the glossary's concept there
(:func:`_another_sense`): the sense rules of :mod:`._senses` and :mod:`._target_sense`,
msgctxt, another field's sentence, a sentence naming nothing of the concept, and three
readings of how Chinese renders a concept without its full name: a dictionary word
for the English compound the term makes with its neighbour ("time slot" → 时段), a
verb-object word ending in the rendering's head (接单 for *order* → 订单), and a
fraction the numbers reader takes the word for, which the target says too ("down a
quarter" → 四分之一).  docs/checks.md lists what each takes and costs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from tm._shared.script import has_han
from tm._shared.text import fold_for_matching, sentence_key
from tm.checks._base import CheckInfo, Context, ignored_by_note, unit_check
from tm.checks._domains import FieldVocabulary, another_fields_sentence
from tm.checks._inflections import verb_forms
from tm.checks._msgctxt import sense_by_msgctxt
from tm.checks._readings import stated_numbers_in
from tm.checks._senses import a_measure, kept_as_a_name, other_sense
from tm.checks._target_sense import (
    NOUN_CLASSES,
    Evidence,
    a_plain_synonym,
    an_unrelated_rendering,
    another_compound_named,
    another_expansion,
    defines_the_sentence,
    folded_into_a_verb,
    inside_a_verb,
    inside_another_word,
    renders_the_compound,
    target_evidence,
)
from tm.checks._terms_reversed import check_reversed, reversed_unit
from tm.checks.placeholders import mask_placeholders
from tm.glossary import Glossary, TermHit, english_keys
from tm.model import Term, Unit

__all__ = ["check_terms", "target_spans"]



@lru_cache(maxsize=4096)
def _folded(term_text: str) -> str:
    return fold_for_matching(term_text)[0]


def target_spans(target: str, renderings: tuple[str, ...],
                 folded: tuple[str, Sequence[int]] | None = None) -> list[tuple[int, int]]:
    """Spans in *target* where any of *renderings* occurs (folded comparison)."""
    text, offsets = folded or fold_for_matching(target)
    spans: list[tuple[int, int]] = []
    for rendering in renderings:
        needle = _folded(rendering)
        if not needle:
            continue
        start = text.find(needle)
        while start >= 0:
            end = start + len(needle)
            spans.append((offsets[start], offsets[end - 1] + 1))
            start = text.find(needle, start + 1)
    return spans


def _latin_in_target(term: Term, found: str, target: str) -> list[tuple[int, int]]:
    """Spans where the English term (as found in the source) is copied into the target."""
    spans: list[tuple[int, int]] = []
    for text in dict.fromkeys((found, term.source)):
        # In Chinese text Latin words touch other scripts (5G基站 -> 5Gbase stations):
        # only a letter of the same case run (a longer word) disqualifies a match.
        before = "a-z" if text[:1].islower() else "A-Za-z"
        body = re.escape(text) if term.case_sensitive else f"(?i:{re.escape(text)})"
        pattern = re.compile(rf"(?<![{before}]){body}(?![a-z])")
        spans.extend((m.start(), m.end()) for m in pattern.finditer(target))
    return spans


def _leftover_beside_rendering(ctx: Context, unit: Unit, hit: TermHit,
                               hits: Sequence[TermHit], target: str, rendered: int) -> None:
    """latin-leftover when the source says the term more often than the target renders it
    and the rest is left in English: "5 mg … 10 mg" → 5mg……10毫克."""
    term = hit.term
    said = sum(1 for h in hits if h.term is term)
    if said <= rendered or not any(has_han(t) for t in term.targets) or not has_han(target):
        return
    latin = _latin_in_target(term, hit.text, target)
    if latin:
        ctx.report("latin-leftover", unit, f"{hit.text!r} is left in English; the "
                   f"glossary gives {_describe(term)}", latin)


def _rendered_as_a_homonym(glossary: Glossary, term: Term, target: str,
                           folded: tuple[str, Sequence[int]]) -> bool:
    """True when *target* holds an approved rendering of another concept of *term*'s word."""
    return any(target_spans(target, other.targets, folded)
               for other in glossary.homonyms(term)[1:] if other.targets)


def _names_kept(ctx: Context) -> frozenset[str]:
    """Capitalized words the catalog keeps as names: a lower-case term written capitalized
    mid-sentence and kept verbatim in a target (:func:`kept_as_a_name`: "Upgrade to
    Premium" → 升级到 Premium).  The same word kept at the start of another sentence
    ("Premium members can download" → Premium 会员) is that name, not a leftover."""
    names: frozenset[str] | None = ctx.memo.get("names kept")
    if names is None:
        found: set[str] = set()
        for unit in ctx.units:
            if not unit.target:
                continue
            capitalized = [hit for hit in ctx.term_hits(unit) if hit.text[:1].isupper()
                           and hit.text not in found and hit.text in unit.target]
            if capitalized:
                target = mask_placeholders(unit.target)
                found.update(hit.text for hit in capitalized
                             if kept_as_a_name(hit, unit.source, target))
        names = ctx.memo["names kept"] = frozenset(found)
    return names


#: A figure or a number word right before a term: a count of it ("five thousand TEUs").
_COUNTED = re.compile(r"(?i)(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                      r"dozen|hundred|thousand|million|billion|several|many))[\s,]*$")


def _full_forms(glossary: Glossary, term: Term) -> list[str]:
    """The concept's other English terms longer than one word (an acronym's full form)."""
    if not term.id:
        return []
    return [t.source for t in glossary.terms if t.id == term.id and " " in t.source.strip()]


def _describe_all(glossary: Glossary, term: Term) -> str:
    """The approved renderings of *term*, and of the other concepts of its word if any."""
    others = [_describe(other) for other in glossary.homonyms(term)[1:] if other.targets]
    return _describe(term) + "".join(f" (another concept of the word: {o})" for o in others)


def _in_another_field(ctx: Context, unit: Unit, hit: TermHit, hits: Sequence[TermHit],
                      target: str) -> bool:
    """True when a one-word common noun is used in another field's sense: the target holds
    a word the dictionary gives for the term (the translator rendered the word, not
    nothing), the source speaks of another subject field's things and of nothing of the
    concept's own field (:mod:`._domains`: "The tutoring platform raised $120 million" →
    平台, against the railway *platform* 站台).  A measure after a figure is the unit it
    is, in every field ("800 kilometres")."""
    term = hit.term
    if ctx.glossary is None or not term.subject.strip() or not _a_common_word(hit, unit.source):
        return False
    evidence, rendering = target_evidence(term, unit.source, target)
    if evidence == Evidence.NONE or a_plain_synonym(term, rendering):
        return False
    return bool(another_fields_sentence(_field_vocabulary(ctx), hit,
                                        mask_placeholders(unit.source), hits))


def _field_vocabulary(ctx: Context) -> FieldVocabulary:
    vocabulary: FieldVocabulary | None = ctx.memo.get("field vocabulary")
    if vocabulary is None:
        assert ctx.glossary is not None
        vocabulary = ctx.memo["field vocabulary"] = FieldVocabulary(ctx.glossary.terms)
    return vocabulary


#: A short message (a label, a button, "Your rider is on the way."): at most this many
#: words.  It has too few words to name a field, so its term is checked as before; the
#: longest false alarm this rule was measured on ran to seven.
_SHORT_MESSAGE_WORDS = 6


def _sense_unsupported(ctx: Context, unit: Unit, hit: TermHit, hits: Sequence[TermHit],
                       target: str) -> bool:
    """True when nothing supports reading a one-word common noun in the concept's sense, so
    its absence is no error a reviewer could call: a sentence (not a short message) whose
    target holds neither a dictionary word for the term nor a character of an approved
    rendering, and whose words and msgctxt name nothing of the concept's subject field
    (:meth:`FieldVocabulary.speaks_of`: "Officials said they stand by the decision" →
    坚持, against the forestry *stand* 林分).  A short message has too few words to tell,
    and its term is checked as before."""
    term = hit.term
    if ctx.glossary is None or not term.subject.strip() or not _a_common_word(hit, unit.source):
        return False
    source = mask_placeholders(unit.source)
    if len(source.split()) <= _SHORT_MESSAGE_WORDS:
        return False
    if _shares_a_character(term, hits, target):
        return False  # a near-synonym sharing a character (账号 beside 账户): an error
    if target_evidence(term, unit.source, target)[0] != Evidence.NONE:
        return False  # the target renders the word: the sense rules above decide
    return not _names_the_field(ctx, unit, source, hit, hits)


def _names_the_field(ctx: Context, unit: Unit, source: str, hit: TermHit,
                     hits: Sequence[TermHit]) -> bool:
    """True when *source* (the unit's source, placeholders masked) or its msgctxt holds a
    word of the subject field of *hit*'s concept (:meth:`FieldVocabulary.speaks_of`)."""
    told = f"{source} {ctx.msgctxts.get(id(unit), '')}"
    return _field_vocabulary(ctx).speaks_of(hit.term.subject.strip().lower(), told, hits,
                                            english_keys(hit.term.source))


def _a_common_word(hit: TermHit, source: str) -> bool:
    """True when *hit* is a one-word, lower-case entry (the word may have other senses; a name,
    an acronym or a longer term has one) that is not a measure after a figure."""
    term = hit.term.source.strip()
    return term.islower() and " " not in term and "-" not in term and not a_measure(hit, source)


def _rendered_in_an_unrelated_sense(ctx: Context, unit: Unit, hit: TermHit,
                                    hits: Sequence[TermHit], target: str) -> bool:
    """True when a sentence (not a short message) whose phrase around the term names another
    sense of the word, and which names nothing of the concept, renders the word in that
    sense (:func:`an_unrelated_rendering`: "US lawmakers introduced a bill" → 法案, not a
    utility's 账单).  The phrase is the term's own (:func:`_own_phrase`).  Naming the
    concept is holding a word of its subject field's terms or definitions
    (:meth:`FieldVocabulary.speaks_of`: "Your order has been shipped" names shopping), or
    of its own definition or approved renderings' senses (:func:`defines_the_sentence`:
    "Settlement of the payment" → 和解 is the payment's settlement miswritten): the word is
    then read in the concept's sense."""
    term = hit.term
    source = mask_placeholders(unit.source)
    if len(source.split()) <= _SHORT_MESSAGE_WORDS or defines_the_sentence(term, source):
        return False
    if term.subject.strip() and _names_the_field(ctx, unit, source, hit, hits):
        return False
    phrase = _own_phrase(unit.source, hit.start, hit.end)
    return bool(an_unrelated_rendering(term, phrase, target))


#: How many words on each side of a term make its own phrase: a verb and its object
#: ("lawmakers introduced a bill"), a modifier and its head ("the notary's seal").
_PHRASE_WORDS = 3
#: What ends a phrase: a clause's punctuation or a conjunction between clauses.
_PHRASE_BREAK = re.compile(r"[,;:.!?()\[\]\"“”]|\b(?:and|or|but|while|because|so)\b", re.I)


def _own_phrase(source: str, start: int, end: int) -> str:
    """The words of *source* within :data:`_PHRASE_WORDS` of source[start:end] on each side,
    not across a clause's punctuation or a conjunction: "By law, your bill must show" gives
    "your bill must show"; "Make a down payment and your deposit" gives "your deposit"."""
    before = _PHRASE_BREAK.split(source[:start])[-1].split()[-_PHRASE_WORDS:]
    after = _PHRASE_BREAK.split(source[end:])[0].split()[:_PHRASE_WORDS]
    return " ".join([*before, source[start:end], *after])


def _shares_a_character(term: Term, hits: Sequence[TermHit], target: str) -> bool:
    """True when *target* holds a Han character of an approved rendering of *term* that may
    belong to a near-synonym of it (账号 beside 账户): not a character inside the approved
    rendering of another term of the source (券 of 债券 for "bonds", against 优惠券), nor,
    for a noun entry, a lone shared character inside a word the dictionary gives only as a
    verb (队 of 排队 "to line up" against 队列, 预 of 预期 "to expect" against 预报; two
    shared characters are the concept's stem: 出勤 "to be present at work" of 出勤率)."""
    chars = {ch for rendering in term.targets for ch in rendering if has_han(ch)}
    if not any(ch in target for ch in chars):
        return False
    others = [span for h in hits if h.term is not term and h.term.targets
              for span in target_spans(target, h.term.targets)]
    noun = term.pos.strip().lower() in NOUN_CLASSES
    shared = sum(ch in target for ch in chars)  # 出勤 of 出勤率 shares the concept's stem
    return any(ch in chars and not any(s <= i < e for s, e in others)
               and not (noun and shared == 1 and inside_a_verb(term, target, i))
               for i, ch in enumerate(target))


def _own_renderings(rendered: list[tuple[int, int]], term: Term, hits: Sequence[TermHit],
                    target: str, folded: tuple[str, Sequence[int]]) -> list[tuple[int, int]]:
    """*rendered* (spans of *term*'s approved forms) less those inside the approved rendering
    of another term of the source: 激光 inside 选区激光熔化 is part of "selective laser
    melting", and renders no other "laser" of the sentence."""
    others = [span for h in hits if h.term is not term and h.term.targets
              for span in target_spans(target, h.term.targets, folded)]
    return [s for s in rendered
            if not any(os <= s[0] and s[1] <= oe and oe - os > s[1] - s[0] for os, oe in others)]


def _forbidden_for_inflections(ctx: Context, unit: Unit, hits: Sequence[TermHit], seen: set[int],
                               target: str) -> None:
    """term-forbidden for a forbidden variant in the target whose term the source says in a
    verb form the term lookup does not match ("premiered", "Signing in", "signed out").

    A forbidden or deprecated variant is the concept's own word: in the target it shows
    the translator rendered that concept, so the word's sense is settled and the variant
    is reported when the source has the term in any of its forms (-s, -ed, -ing of its
    first word), unless an approved rendering is in the target too."""
    assert ctx.glossary is not None
    variants = _forbidden_pattern(ctx)
    if variants is None or not variants.search(target):
        return
    source = mask_placeholders(unit.source)  # the text the hits' offsets index
    for hit in ctx.glossary.find(target, lang=ctx.glossary.target_lang):
        term = hit.term
        if hit.status != "forbidden" or id(term) in seen or not term.source.strip():
            continue
        seen.add(id(term))
        said = next((m for m in verb_forms(term.source).finditer(source)
                     if not any(h.start <= m.start() < h.end for h in hits)), None)
        if said is None or any(t in target for t in term.targets):
            continue  # not said, or said inside a longer term, whose finding it is
        spans = target_spans(target, term.forbidden)
        used = ", ".join(dict.fromkeys(target[s:e] for s, e in spans))
        form = f" ({said.group()!r})" if said.group() != term.source else ""
        ctx.report("term-forbidden", unit, f"{used} is a forbidden rendering of "
                   f"{term.source!r}{form}; use {_describe(term)}", spans)


def _forbidden_pattern(ctx: Context) -> re.Pattern[str] | None:
    """Every forbidden variant of the glossary as one pattern (None when it has none): a
    target without one needs no lookup."""
    if "forbidden variants" not in ctx.memo:
        assert ctx.glossary is not None
        forms = sorted({f for t in ctx.glossary.terms for f in t.forbidden if f.strip()},
                       key=len, reverse=True)
        ctx.memo["forbidden variants"] = (
            re.compile("(?i)" + "|".join(map(re.escape, forms))) if forms else None)
    pattern: re.Pattern[str] | None = ctx.memo["forbidden variants"]
    return pattern


def _describe(term: Term) -> str:
    return " / ".join(term.targets)


@unit_check(
    CheckInfo("term-missing", "error",
              "a glossary term in the source has none of its approved renderings in the target",
              "terms", glossary=True),
    CheckInfo("term-forbidden", "error",
              "a forbidden variant of a glossary term is used in the target", "terms",
              glossary=True),
    CheckInfo("latin-leftover", "error",
              "an English term left untranslated although the glossary gives a Chinese one",
              "terms", glossary=True),
)
def check_terms(unit: Unit, ctx: Context) -> None:
    """Check each glossary term of the source against the target."""
    if ctx.glossary is None or not unit.target.strip() or \
            sentence_key(unit.target) == sentence_key(unit.source):
        return  # untranslated: reported by its own check
    if reversed_unit(unit, ctx.glossary):
        check_reversed(unit, ctx)  # a Chinese -> English catalog
        return
    hits = ctx.term_hits(unit)
    target = mask_placeholders(unit.target)  # placeholders are code, not words
    folded: tuple[str, Sequence[int]] | None = None
    seen: set[int] = set()
    for hit in hits:
        term = hit.term
        if id(term) in seen:
            continue
        seen.add(id(term))
        if not term.targets or _plainly_rendered(hit, hits, unit.source, target):
            continue
        if folded is None:
            folded = fold_for_matching(target)
        _check_term(ctx, unit, hit, hits, target, folded)
    _forbidden_for_inflections(ctx, unit, hits, seen, target)


def _plainly_rendered(hit: TermHit, hits: Sequence[TermHit], source: str, target: str) -> bool:
    """True when the target holds an approved rendering of the term, no forbidden variant,
    and the source says the term once: nothing more to check.  A one-character rendering
    (课 of *lesson*) counts only outside a longer word (:func:`_inside_another_word`)."""
    term = hit.term
    if any(f in target for f in term.forbidden) or sum(h.term is term for h in hits) != 1:
        return False
    if any(len(t) > 1 and t in target for t in term.targets):
        return True
    return any(not _inside_another_word(hit, source, target, i, i + 1)
               for t in term.targets if len(t) == 1 for i, ch in enumerate(target) if ch == t)


def _inside_another_word(hit: TermHit, source: str, target: str, start: int, end: int) -> bool:
    """True when target[start:end], a one-character rendering, is part of another word
    (:func:`inside_another_word`: 课 of 上课 "to attend class").  Not for a measure (a unit
    after a figure or *per*: 元, 吨, 亩), whose character stands beside a number and whose
    neighbours may make a word by chance (田亩 "fields" in 试验田亩产)."""
    return not a_measure(hit, source) and inside_another_word(hit.term, target, start, end)


def _check_term(ctx: Context, unit: Unit, hit: TermHit, hits: Sequence[TermHit], target: str,
                folded: tuple[str, Sequence[int]]) -> None:
    """Report what is wrong with the rendering of *hit*'s term in *target*, if anything."""
    assert ctx.glossary is not None
    term = hit.term
    forbidden = target_spans(target, term.forbidden, folded)
    # an approved form inside a forbidden one (应用 in 应用软体) renders nothing, nor does a
    # one-character form inside another word (课 of 上课 "to attend class" for "lesson")
    rendered = [s for s in target_spans(target, term.targets, folded)
                if not any(fs <= s[0] and s[1] <= fe for fs, fe in forbidden)
                and not (s[1] - s[0] == 1 and _inside_another_word(hit, unit.source, target, *s))]
    if forbidden and rendered:
        # 激光 inside 选区激光熔化 renders "selective laser melting", not the "laser"
        # that 雷射 renders: only the approved forms of no other term of the source count
        rendered = _own_renderings(rendered, term, hits, target, folded)
    if rendered:
        _leftover_beside_rendering(ctx, unit, hit, hits, target, len(rendered))
        return
    if _rendered_as_a_homonym(ctx.glossary, term, target, folded):
        return  # the glossary's other concept of the same word: 条款 for "term"
    if forbidden:
        used = ", ".join(dict.fromkeys(target[s:e] for s, e in forbidden))
        ctx.report("term-forbidden", unit, f"{used} is a forbidden rendering of "
                   f"{term.source!r}; use {_describe(term)}", forbidden)
        return
    if _outside_the_domain(ctx, hit, unit.source):
        return  # the user said what the text is about, and this concept is of another field
    latin = _latin_in_target(term, hit.text, target)
    if latin and any(has_han(t) for t in term.targets) and has_han(target):
        if not kept_as_a_name(hit, unit.source, target) and not (
                hit.text in _names_kept(ctx) and has_han(target)):  # 升级到 Premium
            ctx.report("latin-leftover", unit, f"{hit.text!r} is left in English; the "
                       f"glossary gives {_describe(term)}", latin)
        return
    if not _another_sense(ctx, unit, hit, hits, target) and not (
            _numbers_reported(ctx, unit) and _another_figure_in_its_place(term, unit.source,
                                                                          target)):
        ctx.report("term-missing", unit, f"{hit.text!r} should be rendered as "
                   f"{_describe_all(ctx.glossary, term)}")


#: An acronym entry: capitals and figures (API, EV, 5G).
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")


def _outside_the_domain(ctx: Context, hit: TermHit, source: str) -> bool:
    """True when the user declared the subject fields the text is about (``tm check
    --domain``, ``domain`` in the settings) and *hit* is a one-word common noun or an
    acronym of a concept filed under none of them: the project's text uses the word in its
    own field's sense ("Developer API key" in a software catalog is no pharmaceutical
    ingredient 原料药, a "gallery" in a photo app no museum's 展厅).  A concept without a
    subject field, a longer term and a name are checked as always (they have one sense),
    and so is a forbidden variant in the target (the concept's own word)."""
    if not ctx.domains:
        return False
    field = hit.term.subject.strip().casefold()
    if not field or field in ctx.domains:
        return False
    return _a_common_word(hit, source) or _ACRONYM.fullmatch(hit.term.source.strip()) is not None


def _numbers_reported(ctx: Context, unit: Unit) -> bool:
    """True when the numbers check runs on *unit*: selected, and not silenced by the unit
    (a ``tm-ignore`` note).  Otherwise term-missing is the only finding a changed figure
    of a term can have, and it is kept (review Z-13: ``--select terms``, ``--ignore
    numbers``)."""
    if not ctx.wants("numbers"):
        return False
    off = ctx.silenced.get(id(unit))
    if off is None:
        off = ignored_by_note(unit.note) if unit.note else frozenset()
    return "numbers" not in off


#: A figure in a Chinese rendering: digits, Chinese numerals or Roman ones (III期, 长征五号).
_FIGURE_RUN = "[0-9０-９.〇零一二两三四五六七八九十百千万IVXⅠ-Ⅻ]+"


def _another_figure_in_its_place(term: Term, source: str, target: str) -> bool:
    """True when the target writes an approved rendering of *term* with another figure in
    place of its own (鲲鹏910 for 鲲鹏920 "Kunpeng 920", 4号线 for 14号线 "Line 14", 长征七号
    for 长征五号) and the source says no number of that value: one error, the figure, which
    the numbers check reports (it expects an unrendered term's figure in the target and
    finds another there).  One problem gets one finding, the most specific, so term-missing
    leaves it to the numbers check.  A rendering without a figure, or with nothing but
    figures, is not read this way."""
    said = {n.value for n in stated_numbers_in(source, "en")}
    for rendering in term.targets:
        pattern = _with_any_figure(rendering)
        if pattern is None:
            continue
        own = {n.value for n in stated_numbers_in(rendering, "zh")}
        for match in pattern.finditer(target):
            there = {n.value for n in stated_numbers_in(match.group(), "zh")}
            if there and not there & own and not there & said:
                return True
    return False


@lru_cache(maxsize=4096)
def _with_any_figure(rendering: str) -> re.Pattern[str] | None:
    """*rendering* as a pattern whose figures may be any figure (鲲鹏920 → 鲲鹏 and a
    figure), or None when it holds no figure or nothing but figures."""
    figures = stated_numbers_in(rendering, "zh")
    if not figures:
        return None
    pieces, at = [], 0
    for figure in figures:
        if figure.start < at:
            continue  # a second reading of the same figure (十四五: 14 and 5)
        pieces += [re.escape(rendering[at:figure.start]), _FIGURE_RUN]
        at = figure.end
    pieces.append(re.escape(rendering[at:]))
    frame = re.sub(r"[\d\W]", "", "".join(p for p in pieces if p != _FIGURE_RUN))
    return re.compile("".join(pieces)) if frame else None


def _read_as_a_fraction(hit: TermHit, source: str, target: str) -> bool:
    """True when the term's word is part of a fraction ("down a quarter", "a third of")
    that the target says too (四分之一, 25%): the word is that share there, not the
    glossary's concept (*quarter* → 季度).  The target must hold the share, because
    the reader also takes a period for one ("once a quarter" → 每月 is a wrong period,
    which the numbers check forgives as a spelled fraction: review V-15).  "In the
    second quarter" reads only *second*, and the quarter stays the term."""
    start = max(0, hit.start - _FRACTION_REACH)  # a fraction is read around the word only
    window = source[start:hit.end + _FRACTION_REACH]
    shares = {n.value for n in stated_numbers_in(window, "en") if n.kind == "fraction"
              and n.start <= hit.start - start and hit.end - start <= n.end}
    if not shares:
        return False
    said = {n.value if n.kind == "fraction" else n.value / 100
            for n in stated_numbers_in(target, "zh") if n.kind in ("fraction", "percent")}
    return bool(shares & said)


#: How far around the word its fraction may reach ("two and three quarters" is 22 characters).
_FRACTION_REACH = 24


def _another_sense(ctx: Context, unit: Unit, hit: TermHit, hits: Sequence[TermHit],
                   target: str) -> bool:
    """True when the word of *hit* is not the glossary's concept here (the sense rules)."""
    assert ctx.glossary is not None
    term = hit.term
    if other_sense(hit, unit.source, hits, target) or sense_by_msgctxt(ctx, unit, hit) \
            or (not _COUNTED.search(unit.source[max(0, hit.start - 24):hit.start])
                and another_expansion(term, _full_forms(ctx.glossary, term), target)):
        return True  # the word in another sense: "to balance", "balance sheet", EV chargers
    if renders_the_compound(term, unit.source, hit.start, hit.end, target):
        return True  # "Choose a time slot" → 时段 "time slot"
    if _a_common_word(hit, unit.source) and not _shares_a_character(
            term, hits, target) and another_compound_named(term, unit.source, hit.start,
                                                           hit.end):
        return True  # "Choose a photo from your gallery": a photo gallery, not the museum's
    if folded_into_a_verb(term, target):
        return True  # "accepted your order" → 接单 "to take a customer's order"
    if _in_another_field(ctx, unit, hit, hits, target):
        return True  # "The tutoring platform" → 平台: not the railway platform
    if _sense_unsupported(ctx, unit, hit, hits, target):
        return True  # "stand by the decision" → 坚持: nothing says the forest stand
    if _a_common_word(hit, unit.source) and _rendered_in_an_unrelated_sense(
            ctx, unit, hit, hits, target):
        return True  # "US lawmakers introduced a bill" → 法案, not the utility's 账单
    # last, as it reads the source's numbers: "down a quarter" → 四分之一, not the 季度
    return _read_as_a_fraction(hit, unit.source, target)

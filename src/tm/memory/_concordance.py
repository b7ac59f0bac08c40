"""Concordance search over the memory's index (private).

A unit contains a phrase only if its text has every token of the phrase (as
many times as the phrase has it), so the candidates of one text length are the
intersection of the phrase terms' postings for that length.  Lengths are
visited shortest first, starting from the lengths where the phrase's rarest
term occurs at all, and the search stops as soon as *limit* hits are
confirmed by a case-insensitive match on the text itself, so a phrase as
common as "the" costs no more than one as rare as a name.  The hits found are
returned in the order their units were added.  When the phrase ends in an
English word, its plural and possessive forms (``teams``, ``boxes``,
``Way's``) are separate tokens, so each form is searched and the candidates of
one length are the union over the forms.

Texts and phrase are compared with their compatibility forms folded
(:func:`fold_width`): full-width ``２０１７``, ``ＡＢＣ``, ``５％`` are ``2017``,
``ABC``, ``5%``, as the index and the lookup score compare them, so a phrase
finds every text the index gives as a candidate whichever width either writes.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator

import regex

from tm._shared.script import HAN, KANA
from tm.memory import _store as store
from tm.memory._backend import Connection
from tm.memory._index import MAX_OCC, Index, term_of
from tm.memory._matching import match_tokens
from tm.model import Unit

__all__ = ["concordance"]

_CJK = HAN + KANA  # written without spaces: any substring matches
Hit = tuple[Unit, str, tuple[tuple[int, int], ...]]
# Plural and possessive endings of a phrase's last word, in the text and as match tokens.
_ENDINGS = "(?:e?s)?(?:['’]s)?"
_TOKEN_ENDINGS = ("", "s", "es", "'s", "’s", "s's", "es's", "s’s", "es’s")


def fold_width(text: str) -> str:
    """*text* with each character that NFKC maps to one other character mapped so.

    Full-width Latin letters, digits and signs, half-width katakana, the
    ideographic space, compatibility ideographs: what the index's match tokens
    (NFKC) treat as their plain forms.  One character for one, so a span found
    in the folded text is the same span of *text*.  (A character NFKC expands,
    ``㎞`` to ``km``, stays; the index reads it expanded, a phrase may not.)
    """
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text
    return text.translate(_WIDTH)


class _WidthTable(dict[int, str]):
    """The :func:`fold_width` table, filled one character at a time as texts use them
    (``str.translate`` asks ``__getitem__``; a character NFKC keeps, or expands,
    maps to itself)."""

    def __missing__(self, point: int) -> str:
        char = chr(point)
        norm = unicodedata.normalize("NFKC", char)
        folded = self[point] = norm if len(norm) == 1 else char
        return folded


_WIDTH = _WidthTable()


def _phrase_pattern(phrase: str) -> regex.Pattern[str]:
    """Case-insensitive pattern; Latin words only match whole (``Way`` not in ``Wayne``).

    A phrase ending in a Latin word also matches that word's plural and
    possessive (``team`` -> ``teams``, ``boxes``, ``team's``, ``team’s``),
    the span covering the ending.
    """
    words = phrase.split()
    body = r"\s+".join(regex.escape(w) for w in words)
    head = rf"(?<![^\W{_CJK}])" if regex.match(rf"[^\W{_CJK}]", words[0]) else ""
    tail = rf"(?![^\W{_CJK}])" if regex.search(rf"[^\W{_CJK}]$", words[-1]) else ""
    if _inflectable(words[-1]):
        tail = _ENDINGS + tail
    return regex.compile(head + body + tail, regex.IGNORECASE | regex.FULLCASE | regex.V1)


def _inflectable(word: str) -> bool:
    """True for a word that may take an English plural or possessive ending."""
    return bool(regex.fullmatch(r"\p{L}*\p{Latin}", word))


def _variants(tokens: list[str]) -> list[list[str]]:
    """The phrase's match tokens, and with its last word plural or possessive."""
    if not tokens or not _inflectable(tokens[-1]):
        return [tokens]
    return [[*tokens[:-1], tokens[-1] + end] for end in _TOKEN_ENDINGS]


def concordance(conn: Connection, phrase: str, limit: int) -> list[Hit]:
    """Up to *limit* ``(unit, side, spans)`` whose source or target contains *phrase*."""
    if not phrase.split() or limit <= 0:
        return []
    pattern = _phrase_pattern(fold_width(phrase))
    out: list[tuple[int, Hit]] = []
    done: set[int] = set()
    for entries in _candidates(conn, phrase):
        ids = sorted({e >> 1 for e in entries} - done)
        done.update(ids)
        for start in range(0, len(ids), 200):
            where, params = conn.in_list("id", ids[start:start + 200])
            for row in conn.execute(f"{store.unit_select(conn)} WHERE {where} ORDER BY id",
                                    params):
                unit = store.unit_from_row(row[1:])
                for side, text in (("source", unit.source), ("target", unit.target)):
                    spans = tuple(m.span() for m in pattern.finditer(fold_width(text)))
                    if spans:
                        out.append((row[0], (unit, side, spans)))
                if len(out) >= limit:
                    return _in_order(out[:limit])
    return _in_order(out)


def _in_order(hits: list[tuple[int, Hit]]) -> list[Hit]:
    """Hits in the order their units were added (source before target)."""
    return [hit for _, hit in sorted(hits, key=lambda item: (item[0], item[1][1] != "source"))]


def _candidates(conn: Connection, phrase: str) -> Iterator[list[int]]:
    """Batches of entries that hold every phrase token, shortest texts first."""
    if not regex.search(rf"[\w{_CJK}]", phrase):
        yield store.all_entries(conn)  # punctuation only: nothing to look up
        return
    # Every form's tokens looked up at once (one query, not one per form); a form with a
    # token the memory never stored is in no unit.
    forms = _variants(match_tokens(phrase))
    known = store.known_ids(conn, (token for tokens in forms for token in tokens))
    variants = [[known[token] for token in tokens] for tokens in forms
                if all(token in known for token in tokens)]
    index = Index(conn)
    for cls in store.lang_ids(conn).values():
        plans = [plan for plan in (_plan(index, ids, cls) for ids in variants) if plan[2]]
        for n in sorted(set().union(*(lengths for _, _, lengths in plans))):
            found: set[int] = set()
            for terms, sizes, lengths in plans:
                if n in lengths:
                    found.update(_intersection(index, sorted(terms, key=lambda t: sizes[t][n]),
                                               n))
            yield sorted(found)


def _plan(index: Index, ids: list[int], cls: int,
          ) -> tuple[list[int], dict[int, dict[int, int]], set[int]]:
    """The terms of one phrase variant, their length histograms, and the lengths holding all."""
    terms = [term_of(tok, cls, occ) for tok, count in Counter(ids).items()
             for occ in range(1, min(count, MAX_OCC) + 1)]
    sizes = index.lengths(terms)
    if len(sizes) < len(set(terms)):
        return terms, sizes, set()  # a token of the phrase never occurs in this language
    rarest = min(terms, key=lambda t: sum(sizes[t].values()))
    return terms, sizes, {n for n in sizes[rarest] if all(n in sizes[t] for t in terms)}


def _intersection(index: Index, terms: list[int], n: int) -> list[int]:
    """Entries of length *n* present in the postings of every term (rarest first)."""
    found: set[int] | None = None
    for term in terms:
        posting = index.postings(term, n, n)
        found = set(posting) if found is None else found.intersection(posting)
        if not found:
            return []
    return sorted(found or ())

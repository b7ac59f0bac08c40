"""Load SRX 2.0 segmentation rules and compile them for fast scanning.

SRX (Segmentation Rules eXchange, LISA/GALA) is the format Okapi, OmegaT and
LanguageTool use for sentence rules, so rules written for `tm` work there too
and theirs work here.  A file holds ``<languagerule>`` elements, each an
ordered list of ``<rule break="yes|no">`` with a ``<beforebreak>`` and an
``<afterbreak>`` regular expression, and ``<maprules>`` that map language codes
to language rules (all matching ones, in order, when ``cascade="yes"``).

Semantics (SRX 2.0, section 2.5): at a position in the text, the rules are
tried in order; the first whose *before* pattern matches the text ending there
and whose *after* pattern matches the text starting there decides: a break
rule breaks, a no-break rule prevents the break.

Compilation: each rule becomes ``(?=AFTER)(?<=BEFORE)`` (``regex`` supports
variable-width look-behind).  Candidate break positions are found by scanning
for the break rules (see :class:`CompiledRules`); each candidate is then
decided by one match of the ordered union of *all* rules, whose first
succeeding alternative is exactly the first rule that applies.  Compiled
rules are cached per file and language.  Each rule's patterns are joined with
the others, so a leading ``(?i)`` is scoped to its rule; numbered
back-references (``\\1``) are not supported.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.etree.ElementTree import Element

import regex

from tm._shared.xml import parse_xml
from tm.errors import ParseError

__all__ = ["CompiledRules", "SrxRule", "SrxRules", "compile_rules", "load_srx", "parse_srx"]

SRX_NS = "{http://www.lisa.org/srx20}"


@dataclass(frozen=True, slots=True)
class SrxRule:
    """One SRX rule: break (or not) where *before* ends and *after* starts."""

    breaking: bool
    before: str
    after: str


@dataclass(frozen=True, slots=True, eq=False)
class SrxRules:
    """A parsed SRX document: language rules, map rules and a content digest.

    ``digest`` (8 hex digits of the file's bytes) versions the rules: any edit
    changes it, so outputs signed with it say exactly which rules made them.
    """

    name: str
    cascade: bool
    language_rules: dict[str, tuple[SrxRule, ...]]
    map_rules: tuple[tuple[str, str], ...]
    digest: str

    def rules_for(self, lang: str) -> tuple[SrxRule, ...]:
        """The ordered rules that apply to language code *lang* (via the map rules)."""
        found: list[SrxRule] = []
        for pattern, name in self.map_rules:
            if regex.fullmatch(pattern, lang, flags=regex.IGNORECASE):
                found.extend(self.language_rules.get(name, ()))
                if not self.cascade:
                    break
        return tuple(found)

    @property
    def signature(self) -> str:
        """``name@digest``: the rule set's version, for output signatures."""
        return f"{self.name}@{self.digest}"


def _text_of(rule: Element, tag: str) -> str:
    child = rule.find(SRX_NS + tag)
    return (child.text or "") if child is not None else ""


def _parse_language_rules(body: Element, name: str) -> dict[str, tuple[SrxRule, ...]]:
    found: dict[str, tuple[SrxRule, ...]] = {}
    for lr in body.iter(SRX_NS + "languagerule"):
        rules = []
        for rule in lr.findall(SRX_NS + "rule"):
            breaking = rule.get("break", "yes").strip().lower() != "no"
            rules.append(SrxRule(breaking, _text_of(rule, "beforebreak"),
                                 _text_of(rule, "afterbreak")))
        found[lr.get("languagerulename", "")] = tuple(rules)
    if not found:
        raise ParseError(name, 0, "SRX file has no <languagerule>")
    return found


def parse_srx(data: bytes, name: str = "<srx>") -> SrxRules:
    """Parse SRX 2.0 *data* (read from *name*, used in error messages)."""
    root = parse_xml(data, name, "SRX")
    if root.tag != SRX_NS + "srx":
        raise ParseError(name, 0, "not an SRX 2.0 file (root must be "
                                  "<srx xmlns=\"http://www.lisa.org/srx20\">)")
    header = root.find(SRX_NS + "header")
    cascade = header is not None and header.get("cascade", "no").lower() == "yes"
    body = root.find(SRX_NS + "body")
    if body is None:
        raise ParseError(name, 0, "SRX file has no <body>")
    language_rules = _parse_language_rules(body, name)
    map_rules = tuple(
        (m.get("languagepattern", ".*"), m.get("languagerulename", ""))
        for m in body.iter(SRX_NS + "languagemap")
    )
    for _, target in map_rules:
        if target not in language_rules:
            raise ParseError(name, 0, f"<languagemap> names unknown rule set {target!r}")
    digest = hashlib.blake2b(data, digest_size=4).hexdigest()
    return SrxRules(Path(name).name, cascade, language_rules, map_rules, digest)


@lru_cache(maxsize=32)
def _load_cached(path: str, _mtime: int, _size: int) -> SrxRules:
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise ParseError(path, 0, err.strerror or str(err)) from None
    return parse_srx(data, path)


def load_srx(path: str | os.PathLike[str]) -> SrxRules:
    """Load (and cache, keyed by path, mtime and size) the SRX file at *path*."""
    name = str(path)
    try:
        st = os.stat(name)
    except OSError:
        raise ParseError(name, 0, "no such SRX file") from None
    return _load_cached(name, st.st_mtime_ns, st.st_size)


_LEADING_FLAGS = regex.compile(r"\(\?([aiLmsux]+)\)")


def _scoped(pattern: str) -> str:
    """``(?i)abc`` -> ``(?i:abc)``: a rule's flags must not leak into the other rules."""
    m = _LEADING_FLAGS.match(pattern)
    return f"(?{m.group(1)}:{pattern[m.end():]})" if m else pattern


def _after_is_assertion(after: str) -> bool:
    """Whether *after* is empty or only a look-around assertion (consumes no text)."""
    after = after.strip()
    return not after or after.startswith(("(?!", "(?=", "$", "\\Z"))


def _lookarounds(rule: SrxRule) -> str:
    """``(?=AFTER)(?<=BEFORE)``, or look-behind first when AFTER starts with a long scan.

    Both orders match at the same positions; the cheaper test goes first.  An
    AFTER that starts with a negated class or a wildcard (``[^》]{0,50}》``)
    scans far before it can fail, so BEFORE is tested first then.
    """
    if rule.after.lstrip().startswith(("[^", ".", "\\S", "\\w", "\\p", "\\P")):
        return f"(?<={rule.before})(?={rule.after})"
    return f"(?={rule.after})(?<={rule.before})"


def _leading_literal(pattern: str) -> str | None:
    """The character every match of *pattern* starts with, if it starts with a plain one."""
    if not pattern or pattern.startswith("(?"):
        return None
    if pattern[0] == "\\" and len(pattern) > 1 and not pattern[1].isalnum():
        literal, rest = pattern[1], pattern[2:]
    elif pattern[0] not in "\\[](){}.^$|?*+":
        literal, rest = pattern[0], pattern[1:]
    else:
        return None
    # A quantifier or an alternation right after it would make it optional.
    return None if rest[:1] in ("?", "*", "{") or "|" in pattern else literal


class CompiledRules:
    """An ordered rule list compiled for fast scanning (see the module docstring).

    Candidate positions are where any break rule matches.  They come from two
    scans that find the same positions a rule-by-rule check would, but fast:
    break rules whose *after* consumes text (``\\s``...) are joined into one
    ``(?=AFTER)(?<=BEFORE)`` pattern scanned left to right (the engine drops
    most positions on the first character after them); rules whose *after* is
    only an assertion (Chinese needs no space after 。) are joined into one
    ``(?r)BEFORE(?=AFTER)`` pattern scanned right to left, overlapped, which
    tries every end position once and skips quickly to the rare characters
    (。！？) that *before* ends in.
    """

    def __init__(self, rules: tuple[SrxRule, ...], name: str = "<srx>") -> None:
        rules = tuple(SrxRule(r.breaking, _scoped(r.before), _scoped(r.after)) for r in rules)
        parts = []
        forward: list[str] = []
        backward: list[str] = []
        for index, rule in enumerate(rules):
            part = _lookarounds(rule)
            reverse = f"(?:(?:{rule.before})(?={rule.after}))"
            try:
                regex.compile(part)
                regex.compile("(?r)" + reverse)
            except regex.error as err:
                raise ParseError(name, 0, f"rule {index + 1} has a bad regular expression: "
                                          f"{err}") from None
            parts.append(f"{part}(?P<_srx{index}>)")
            if rule.breaking and _after_is_assertion(rule.after):
                backward.append(reverse)
            elif rule.breaking:
                forward.append(f"(?:{part})")
        self.rules = rules
        self._parts = parts
        # No-break rules whose *before* starts with a plain character (《...) cannot
        # apply to a text without it; they are left out of the ordered pattern then.
        self._literals = [(i, lit) for i, rule in enumerate(rules)
                          if not rule.breaking and (lit := _leading_literal(rule.before))]
        self._ordered_cache: dict[frozenset[int], regex.Pattern[str]] = {}
        self.breaking = tuple(rule.breaking for rule in rules)
        self._forward = regex.compile("|".join(forward)) if forward else None
        self._backward = regex.compile("(?r)" + "|".join(backward)) if backward else None
        #: Ordered union of all rules: the first alternative that matches decides.
        self.ordered = regex.compile("|".join(parts)) if parts else None

    def candidates(self, text: str) -> list[int]:
        """Sorted positions where at least one break rule matches."""
        forward = [m.start() for m in self._forward.finditer(text)] if self._forward else []
        if self._backward is None:
            return forward
        backward = {m.end() for m in self._backward.finditer(text, overlapped=True)}
        return sorted(backward.union(forward))

    def _ordered_for(self, text: str) -> regex.Pattern[str]:
        """The ordered pattern without the rules that cannot apply to *text*."""
        assert self.ordered is not None
        absent = frozenset(i for i, lit in self._literals if lit not in text)
        if not absent:
            return self.ordered
        pattern = self._ordered_cache.get(absent)
        if pattern is None:
            if len(self._ordered_cache) > 64:
                self._ordered_cache.clear()
            pattern = regex.compile("|".join(
                part for i, part in enumerate(self._parts) if i not in absent))
            self._ordered_cache[absent] = pattern
        return pattern

    def decisions(self, text: str) -> list[tuple[int, int]]:
        """``(position, rule index)`` for every candidate: which rule decided there."""
        if self.ordered is None:
            return []
        decide = self._ordered_for(text).match
        found = []
        for pos in self.candidates(text):
            rule = decide(text, pos)
            if rule is not None:
                found.append((pos, int(rule.lastgroup[4:])))  # type: ignore[index]
        return found

    def breaks(self, text: str) -> list[int]:
        """Every position of *text* where the rules say a segment ends."""
        if self.ordered is None:
            return []
        found = []
        decide = self._ordered_for(text).match
        breaking = self.breaking
        for pos in self.candidates(text):
            rule = decide(text, pos)
            if rule is not None and breaking[int(rule.lastgroup[4:])]:  # type: ignore[index]
                found.append(pos)
        return found


@lru_cache(maxsize=64)
def compile_rules(rules: SrxRules, lang: str) -> CompiledRules:
    """Compile (once, cached) the rules of *rules* that apply to *lang*."""
    return CompiledRules(rules.rules_for(lang), rules.name)

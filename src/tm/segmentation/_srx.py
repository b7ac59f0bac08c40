"""Load SRX 2.0 segmentation rules: parse, locate and validate every pattern.

SRX (Segmentation Rules eXchange, LISA/GALA) is the format Okapi, OmegaT and
LanguageTool use for sentence rules, so rules written for `tm` work there too
and theirs work here.  A file holds ``<languagerule>`` elements, each an
ordered list of ``<rule break="yes|no">`` with a ``<beforebreak>`` and an
``<afterbreak>`` regular expression, and ``<maprules>`` that map language codes
to language rules (all matching ones, in order, when ``cascade="yes"``).

A rules file is untrusted input.  Parsing refuses unsafe XML (no entities),
and every pattern, including each ``languagepattern``, is checked before use:
it must compile and stay within the size bounds of
:mod:`tm.segmentation._bounds`.  Errors are one line naming the file, the line
of the element and the rule: ``my.srx:14: rule 3 of <languagerule "English">:
...``.  Matching is bounded in time by :mod:`tm.segmentation._compiled`.
"""

from __future__ import annotations

import hashlib
import os
from contextlib import suppress
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.etree.ElementTree import Element
from xml.parsers import expat

import regex

from tm._shared.xml import parse_xml
from tm.errors import ParseError
from tm.segmentation._bounds import MATCH_SECONDS, MAX_RULES, check_size
from tm.segmentation._words import LISTS, unknown_lists

__all__ = ["SrxRule", "SrxRules", "load_srx", "parse_srx"]

SRX_NS = "{http://www.lisa.org/srx20}"


@dataclass(frozen=True, slots=True)
class SrxRule:
    """One SRX rule: break (or not) where *before* ends and *after* starts.

    ``line`` (1-based, 0 when unknown) and ``where`` (``rule 3 of <languagerule
    "English">``) locate it in its file, for error messages.
    """

    breaking: bool
    before: str
    after: str
    line: int = field(default=0, compare=False)
    where: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True, eq=False)
class SrxRules:
    """A parsed SRX document: language rules, map rules and a content digest.

    ``digest`` (8 hex digits of the file's bytes) versions the rules: any edit
    changes it, so outputs signed with it say exactly which rules made them.
    ``path`` is the file as given (for error messages); ``trusted`` marks the
    rules bundled with tm, which run without a time budget.
    """

    name: str
    cascade: bool
    language_rules: dict[str, tuple[SrxRule, ...]]
    map_rules: tuple[tuple[str, str], ...]
    digest: str
    path: str = ""
    trusted: bool = False
    map_lines: tuple[int, ...] = ()

    def rules_for(self, lang: str) -> tuple[SrxRule, ...]:
        """The ordered rules that apply to language code *lang* (via the map rules)."""
        found: list[SrxRule] = []
        for index, (pattern, name) in enumerate(self.map_rules):
            if self._maps(index, pattern, lang):
                found.extend(self.language_rules.get(name, ()))
                if not self.cascade:
                    break
        return tuple(found)

    def _maps(self, index: int, pattern: str, lang: str) -> bool:
        try:
            return regex.fullmatch(pattern, lang, flags=regex.IGNORECASE,
                                   timeout=MATCH_SECONDS) is not None
        except TimeoutError:
            line = self.map_lines[index] if index < len(self.map_lines) else 0
            raise ParseError(self.path or self.name, line,
                             f"languagepattern {pattern!r} took more than {MATCH_SECONDS:g} s "
                             f"to match {lang[:40]!r}; simplify it") from None

    @property
    def signature(self) -> str:
        """``name@digest``: the rule set's version, for output signatures."""
        return f"{self.name}@{self.digest}"


def _text_of(rule: Element, tag: str) -> str:
    child = rule.find(SRX_NS + tag)
    return (child.text or "") if child is not None else ""


def _element_lines(data: bytes) -> tuple[list[list[int]], list[int]]:
    """Source lines of the rules (per language rule, in order) and of the language maps.

    Read with a plain expat pass: the data has already been parsed safely by
    :func:`tm._shared.xml.parse_xml` (no entities), this pass only counts lines.
    """
    rules: list[list[int]] = []
    maps: list[int] = []
    stack: list[str] = []
    parser = expat.ParserCreate(namespace_separator=" ")

    def start(name: str, _attrs: object) -> None:
        local = name.rpartition(" ")[2]
        if local == "languagerule":
            rules.append([])
        elif local == "rule" and stack and stack[-1] == "languagerule" and rules:
            rules[-1].append(parser.CurrentLineNumber)
        elif local == "languagemap":
            maps.append(parser.CurrentLineNumber)
        stack.append(local)

    def end(_name: str) -> None:
        stack.pop()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    with suppress(expat.ExpatError):  # already parsed once; lines are a courtesy
        parser.Parse(data, True)
    return rules, maps


def _parse_language_rules(body: Element, name: str, lines: list[list[int]], *,
                          trusted: bool = False) -> dict[str, tuple[SrxRule, ...]]:
    found: dict[str, tuple[SrxRule, ...]] = {}
    _check_rule_count(body, name, lines)
    for number, lr in enumerate(body.iter(SRX_NS + "languagerule")):
        rule_name = lr.get("languagerulename", "")
        rule_lines = lines[number] if number < len(lines) else []
        rules = []
        for index, rule in enumerate(lr.findall(SRX_NS + "rule")):
            breaking = rule.get("break", "yes").strip().lower() != "no"
            srx_rule = SrxRule(breaking, _text_of(rule, "beforebreak"),
                               _text_of(rule, "afterbreak"),
                               rule_lines[index] if index < len(rule_lines) else 0,
                               f"rule {index + 1} of <languagerule {rule_name!r}>")
            _check_rule(srx_rule, name, compiled=not trusted)
            rules.append(srx_rule)
        found[rule_name] = tuple(rules)
    if not found:
        raise ParseError(name, 0, "SRX file has no <languagerule>")
    return found


def _check_rule_count(body: Element, name: str, lines: list[list[int]]) -> None:
    """Refuse a file of more than :data:`MAX_RULES` rules before compiling any of them."""
    seen = 0
    for number, lr in enumerate(body.iter(SRX_NS + "languagerule")):
        count = len(lr.findall(SRX_NS + "rule"))
        if seen + count > MAX_RULES:
            rule_lines = lines[number] if number < len(lines) else []
            index = MAX_RULES - seen
            line = rule_lines[index] if index < len(rule_lines) else 0
            raise ParseError(name, line, f"more than {MAX_RULES:,} rules (<languagerule "
                                         f"{lr.get('languagerulename', '')!r} takes the "
                                         f"count past it); split the rules or drop some")
        seen += count


def _check_rule(rule: SrxRule, name: str, *, compiled: bool = True) -> None:
    """Refuse a rule whose patterns are invalid or too big to compile safely."""
    for tag, pattern in (("beforebreak", rule.before), ("afterbreak", rule.after)):
        check_pattern(pattern, name, rule.line, f"{rule.where}: <{tag}>", compiled=compiled)


def check_pattern(pattern: str, name: str, line: int, what: str, *,
                  compiled: bool = True) -> None:
    """Raise :class:`tm.ParseError` (*name*:*line*: *what*: ...) unless *pattern* is safe to use.

    ``compiled=False`` leaves out the trial compilation, which only the rules
    bundled with tm skip (they are known to compile; it was 0.07 CPU s of every
    process that segments).
    """
    problem = check_size(pattern)
    if problem is None and compiled:
        try:
            regex.compile(pattern)
        except (regex.error, OverflowError, RecursionError) as err:
            problem = f"bad regular expression: {err}"
    if problem is None and (unknown := unknown_lists(pattern)):
        problem = (f"no word list named {unknown[0]!r} for a notin_ group "
                   f"(known: {', '.join(sorted(LISTS))})")
    if problem is not None:
        raise ParseError(name, line, f"{what} {_shown(pattern)}: {problem}")


def _shown(pattern: str) -> str:
    return repr(pattern if len(pattern) <= 60 else pattern[:57] + "...")


def _parse_map_rules(body: Element, name: str, lines: list[int],
                     language_rules: dict[str, tuple[SrxRule, ...]]) -> tuple[tuple[str, str], ...]:
    maps = []
    for index, m in enumerate(body.iter(SRX_NS + "languagemap")):
        line = lines[index] if index < len(lines) else 0
        pattern, target = m.get("languagepattern", ".*"), m.get("languagerulename", "")
        check_pattern(pattern, name, line, "<languagemap> languagepattern")
        if target not in language_rules:
            raise ParseError(name, line, f"<languagemap> names unknown rule set {target!r}")
        maps.append((pattern, target))
    return tuple(maps)


def parse_srx(data: bytes, name: str = "<srx>", *, trusted: bool = False) -> SrxRules:
    """Parse SRX 2.0 *data* (read from *name*, used in error messages).

    Every pattern is checked (see the module docstring); a bad one raises
    :class:`tm.ParseError` naming *name*, the line and the rule.
    """
    root = parse_xml(data, name, "SRX")
    if root.tag != SRX_NS + "srx":
        raise ParseError(name, 0, "not an SRX 2.0 file (root must be "
                                  "<srx xmlns=\"http://www.lisa.org/srx20\">)")
    header = root.find(SRX_NS + "header")
    cascade = header is not None and header.get("cascade", "no").lower() == "yes"
    body = root.find(SRX_NS + "body")
    if body is None:
        raise ParseError(name, 0, "SRX file has no <body>")
    rule_lines, map_lines = _element_lines(data)
    language_rules = _parse_language_rules(body, name, rule_lines, trusted=trusted)
    map_rules = _parse_map_rules(body, name, map_lines, language_rules)
    digest = hashlib.blake2b(data, digest_size=4).hexdigest()
    return SrxRules(Path(name).name, cascade, language_rules, map_rules, digest, name, trusted,
                    tuple(map_lines))


@lru_cache(maxsize=32)
def _load_cached(path: str, _mtime: int, _size: int, trusted: bool) -> SrxRules:
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise ParseError(path, 0, err.strerror or str(err)) from None
    return parse_srx(data, path, trusted=trusted)


def load_srx(path: str | os.PathLike[str], *, trusted: bool = False) -> SrxRules:
    """Load (and cache, keyed by path, mtime and size) the SRX file at *path*.

    *trusted* is for the rules bundled with tm: they run without a time budget.
    """
    name = str(path)
    try:
        st = os.stat(name)
    except OSError:
        raise ParseError(name, 0, "no such SRX file") from None
    return _load_cached(name, st.st_mtime_ns, st.st_size, trusted)

"""The character a rule's *before* pattern must end with: a cheap guard for the candidate scan.

The left-to-right candidate scan (:mod:`tm.segmentation._compiled`) tries every
break rule at every position of the text.  Most positions are white space
after a letter, where no rule whose *before* ends in a mark (``[.!?]``, a
closing quote, a footnote digit, an emoji) can match; testing that one
character first, once for all such rules, spares trying each of them there.

:func:`final_atoms` reads a pattern's tail and returns the one-character
regular expressions ("atoms") one of which must match the last character of
any match, or ``None`` when it cannot tell (a back-reference, a flag group, a
wildcard, a pattern that may match nothing).  ``None`` only costs speed: the
rule is then scanned unguarded.  The guard is a necessary condition, so the
candidates found are the same either way.
"""

from __future__ import annotations

import regex

__all__ = ["final_atoms", "group_end", "is_narrow"]

_ZERO_WIDTH_ESCAPES = frozenset("bBAZzGK")
_CLASS_ESCAPES = frozenset("dDwWsShHvV")
_BROAD = ("\\S", "\\W", "\\D", "\\w", "\\P", "[^", ".")


def is_narrow(atoms: list[str]) -> bool:
    """Whether every atom matches a small set of characters (so the guard rejects most text)."""
    return not any(atom.startswith(_BROAD) for atom in atoms)


def final_atoms(pattern: str) -> list[str] | None:
    """One-character patterns, one of which matches the last character any match consumes."""
    try:
        branches = _split(pattern)
    except ValueError:
        return None
    found: list[str] = []
    for items in branches:
        atoms = _tail(items)
        if atoms is None:
            return None
        found.extend(a for a in atoms if a not in found)
    return found


def group_end(pattern: str, start: int) -> int:
    """The end of the group that opens at *start* in *pattern*, or 0 if it cannot be read."""
    try:
        return _group_end(pattern, start)
    except ValueError:
        return 0


# An item: (text, kind, minimum repeats); kind is "char", "group" or "zero".
_Item = tuple[str, str, int]


def _tail(items: list[_Item]) -> list[str] | None:
    atoms: list[str] = []
    for text, kind, least in reversed(items):
        if kind == "zero":
            continue
        if kind == "char":
            atoms.append(text)
        else:
            inner = final_atoms(text)
            if inner is None:
                return None
            atoms.extend(inner)
        if least >= 1:
            return atoms
    return None  # the pattern may consume nothing


def _split(pattern: str) -> list[list[_Item]]:
    """*pattern*'s top-level branches, each a list of items; ValueError when unreadable."""
    branches: list[list[_Item]] = [[]]
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "|":
            branches.append([])
            i += 1
            continue
        if c == "(":
            end = _group_end(pattern, i)
            text, kind = _group(pattern[i:end])
        elif c == "[":
            end = _class_end(pattern, i)
            text, kind = pattern[i:end], "char"
        elif c == "\\":
            end, kind = _escape(pattern, i)
            text = pattern[i:end]
        elif c in "^$":
            end, text, kind = i + 1, c, "zero"
        elif c in ".)*+?{":
            raise ValueError(c)  # a wildcard, or a quantifier with nothing to repeat
        else:
            end, text, kind = i + 1, _literal(c), "char"
        i, least = _quantifier(pattern, end)
        branches[-1].append((text, kind, least))
    return branches


def _literal(c: str) -> str:
    return regex.escape(c)


def _group(text: str) -> tuple[str, str]:
    if text.startswith(("(?=", "(?!", "(?<=", "(?<!")):
        return text, "zero"
    for opener in ("(?:", "(?>", "(?P<", "(?<"):
        if text.startswith(opener):
            inner = text[len(opener):-1]
            if opener in ("(?P<", "(?<"):
                inner = inner.split(">", 1)[1]
            return inner, "group"
    if text.startswith("(?"):
        # Flags ((?i) makes a literal match its other case), conditionals, comments...
        raise ValueError(f"group {text[:4]!r}")
    return text[1:-1], "group"


def _group_end(pattern: str, i: int) -> int:
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced group")


def _class_end(pattern: str, i: int) -> int:
    """The end of the character class opening at *i* (nested sets as the regex module allows)."""
    depth = 0
    j = i
    while j < len(pattern):
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            depth += 1
            j += 1
            if pattern[j:j + 1] == "^":
                j += 1
            if pattern[j:j + 1] == "]":
                j += 1  # a leading ] is a literal
            continue
        if c == "]":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    raise ValueError("unbalanced class")


def _escape(pattern: str, i: int) -> tuple[int, str]:
    letter = pattern[i + 1:i + 2]
    if not letter:
        raise ValueError("trailing backslash")
    if letter in _ZERO_WIDTH_ESCAPES:
        return i + 2, "zero"
    if letter in "pPN":
        close = pattern.find("}", i)
        if pattern[i + 2:i + 3] != "{" or close < 0:
            raise ValueError("bad property")
        return close + 1, "char"
    if letter == "x":
        if pattern[i + 2:i + 3] == "{":
            return pattern.index("}", i) + 1, "char"
        return i + 4, "char"
    if letter in "uU":
        return i + (6 if letter == "u" else 10), "char"
    if letter in _CLASS_ESCAPES or not letter.isalnum():
        return i + 2, "char"
    raise ValueError(f"escape \\{letter}")  # a back-reference or an escape we do not read


def _quantifier(pattern: str, i: int) -> tuple[int, int]:
    """The position after a quantifier at *i* (if any) and its minimum count (1 if none)."""
    c = pattern[i:i + 1]
    if c in ("*", "?"):
        least, i = 0, i + 1
    elif c == "+":
        least, i = 1, i + 1
    elif c == "{":
        counted = _COUNTED.match(pattern, i)
        if counted is None:
            raise ValueError("literal brace")
        least, i = int(counted.group(1) or 0), counted.end()
    else:
        return i, 1
    if pattern[i:i + 1] in ("?", "+"):
        i += 1  # lazy or possessive
    return i, least


_COUNTED = regex.compile(r"\{(\d*)(?:,\d*)?\}")

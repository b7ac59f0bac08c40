"""Which plural forms of a PO catalog stand for one number only.  (private)

``msgfmt -c`` lets a plural form leave out the number's placeholder when the
form is used for a single value of *n*: Arabic's ``msgstr[0]`` (n = 0), ``[1]``
(n = 1) and ``[2]`` (n = 2) may say "no files", "one file", "two files" in
words, while ``[3]`` … ``[5]`` must keep ``%d``.  The header's ``Plural-Forms``
expression (C syntax: ``n``, integers, ``?:``, ``||``, ``&&``, comparisons,
``+ - * / %``, ``!``, parentheses) is evaluated for n = 0 … 1000, as gettext
does, and the forms hit by exactly one n are returned.

The header is untrusted input: an expression longer than 400 characters, one
that does not parse, or one that divides by zero gives no form (every form
then keeps every placeholder, the strict reading).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

__all__ = ["first_form_is_plural", "single_value_forms"]

_FORMS = re.compile(r"nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*([^;]+)")
_TOKEN = re.compile(r"\s*(\d+|n|\|\||&&|==|!=|<=|>=|[<>?:+\-*/%!()])")
_LONGEST = 400
_SAMPLE = range(0, 1001)
_Expr = Callable[[int], int]


class _Invalid(Exception):
    """The expression does not parse, or cannot be evaluated."""


@lru_cache(maxsize=64)
def _form_counts(plural_forms: str) -> Counter[int]:
    """How many n in 0 … 1000 each form of *plural_forms* (a header value) stands for;
    empty when the header has no readable expression."""
    m = _FORMS.search(plural_forms)
    if m is None or len(m.group(2)) > _LONGEST:
        return Counter()
    try:
        expr = _Parser(m.group(2)).parse()
        counts = Counter(expr(n) for n in _SAMPLE)
    except (_Invalid, RecursionError):
        return Counter()
    if any(not 0 <= form < int(m.group(1)) for form in counts):
        return Counter()  # a form the catalog does not have: msgfmt refuses it
    return counts


def single_value_forms(plural_forms: str) -> frozenset[int]:
    """The form indexes that *plural_forms* (a header value) gives to exactly one n."""
    return frozenset(form for form, times in _form_counts(plural_forms).items() if times == 1)


def first_form_is_plural(plural_forms: str) -> bool:
    """True when form 0 stands for several n: a language with one form (Chinese,
    Japanese) or whose first form covers 0 and 1 (French).

    Such a ``msgstr[0]`` renders ``msgid_plural`` ("%d files"), not the singular
    msgid, which may spell the number out ("One file"): gettext compares every
    form that stands for several n with ``msgid_plural``.
    """
    return _form_counts(plural_forms).get(0, 0) > 1


class _Parser:
    """Recursive descent over C's precedence levels, building closures over n."""

    def __init__(self, text: str) -> None:
        self.tokens: list[str] = []
        pos = 0
        text = text.strip()
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if m is None:
                raise _Invalid(text)
            self.tokens.append(m.group(1))
            pos = m.end()
            if pos < len(text) and not text[pos:].strip():
                break
        self.at = 0

    def parse(self) -> _Expr:
        expr = self._ternary()
        if self.at != len(self.tokens):
            raise _Invalid("trailing tokens")
        return expr

    def _peek(self) -> str:
        return self.tokens[self.at] if self.at < len(self.tokens) else ""

    def _take(self, token: str) -> None:
        if self._peek() != token:
            raise _Invalid(f"expected {token}")
        self.at += 1

    def _ternary(self) -> _Expr:
        cond = self._binary(0)
        if self._peek() != "?":
            return cond
        self.at += 1
        yes = self._ternary()
        self._take(":")
        no = self._ternary()
        return lambda n: yes(n) if cond(n) else no(n)

    _LEVELS: tuple[tuple[str, ...], ...] = (
        ("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%"))

    def _binary(self, level: int) -> _Expr:
        if level == len(self._LEVELS):
            return self._unary()
        left = self._binary(level + 1)
        while self._peek() in self._LEVELS[level]:
            op = self._peek()
            self.at += 1
            left = _combine(op, left, self._binary(level + 1))
        return left

    def _unary(self) -> _Expr:
        token = self._peek()
        if token == "!":
            self.at += 1
            inner = self._unary()
            return lambda n: int(not inner(n))
        if token == "(":
            self.at += 1
            expr = self._ternary()
            self._take(")")
            return expr
        if token == "n":
            self.at += 1
            return lambda n: n
        if token.isdigit():
            self.at += 1
            value = int(token)
            return lambda n: value
        raise _Invalid(f"unexpected {token!r}")


def _combine(op: str, a: _Expr, b: _Expr) -> _Expr:
    if op in ("/", "%"):
        def divide(n: int) -> int:
            d = b(n)
            if d == 0:
                raise _Invalid("division by zero")
            return a(n) // d if op == "/" else a(n) % d
        return divide
    ops: dict[str, Callable[[int, int], int]] = {
        "||": lambda x, y: int(bool(x) or bool(y)), "&&": lambda x, y: int(bool(x) and bool(y)),
        "==": lambda x, y: int(x == y), "!=": lambda x, y: int(x != y),
        "<": lambda x, y: int(x < y), ">": lambda x, y: int(x > y),
        "<=": lambda x, y: int(x <= y), ">=": lambda x, y: int(x >= y),
        "+": lambda x, y: x + y, "-": lambda x, y: x - y, "*": lambda x, y: x * y}
    fn = ops[op]
    return lambda n: fn(a(n), b(n))

"""tm._shared.width and formats/linebreak.py: libunistring's widths and line breaks, exactly.

The tables in tm/_shared/_unidata.py are generated from the libunistring GNU
gettext links (tests/tools/gen_unidata.py).  Where that library is installed
(CI installs gettext), these tests compare tm with it directly: the committed
tables with what the library says for every code point, and the ported break
algorithm with ``u32_possible_linebreaks`` over generated text.
"""

from __future__ import annotations

import ctypes
import ctypes.util

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from rows import every_row
from tm._shared.width import char_width, text_width
from tm.formats.linebreak import line_breaks, width_linebreaks
from tools import gen_unidata


def _libunistring() -> ctypes.CDLL | None:
    try:
        lib = gen_unidata.load()
        lib.u32_possible_linebreaks.argtypes = [
            ctypes.POINTER(ctypes.c_uint32), ctypes.c_size_t, ctypes.c_char_p, ctypes.c_char_p]
        getattr(lib, "libunistring_unilbrkprop")  # noqa: B009 (the data symbol must be there)
    except (OSError, AttributeError):
        return None
    return lib


LIB = _libunistring()
needs_lib = pytest.mark.skipif(LIB is None, reason="libunistring (GNU gettext's) not installed")


@needs_lib
def test_committed_tables_are_what_gettexts_libunistring_says() -> None:
    """_unidata.py is exactly what tests/tools/gen_unidata.py makes of the library here."""
    from pathlib import Path

    import tm._shared._unidata as data
    assert LIB is not None
    assert gen_unidata.render(LIB) == Path(data.__file__).read_text(encoding="utf-8"), (
        "regenerate: python tests/tools/gen_unidata.py > src/tm/_shared/_unidata.py")


ANY = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
MIXED = st.lists(st.sampled_from(
    ["a", " ", "中", "。", "(", "“", "-", "\u05d0", "\u0301", "\u200d", "\u200b", "\U0001F1E8",
     "\U0001F44D", "\U0001F3FD", "ｱ", "1", "%", "\u2028", "\n", "\u00a0", "\u2060", "가",
     "\u1100", "\u1161", "\u11a8", "\u0e01", "\ufffc", "\u00b7", "\U000E0001"]),
    max_size=40).map("".join)


@needs_lib
@settings(max_examples=examples(400), deadline=None)
@given(st.one_of(ANY, MIXED))
def test_line_breaks_are_libunistrings(text: str) -> None:
    assert LIB is not None
    codes = (ctypes.c_uint32 * len(text))(*map(ord, text))
    out = ctypes.create_string_buffer(len(text))
    LIB.u32_possible_linebreaks(codes, len(text), b"UTF-8", out)
    assert line_breaks(text) == list(out.raw[:len(text)])


@settings(max_examples=examples(200), deadline=None)
@given(ANY, st.integers(0, 40), st.integers(0, 40))
def test_text_width_is_the_sum_of_char_widths(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert text_width(text, start, end) == sum(map(char_width, text[start:end]))
    assert text_width(text) == sum(map(char_width, text))


@every_row(("char", "width"), [
    ("a", 1), ("中", 2), ("，", 2), ("😀", 2), ("ｱ", 1), ("\u0301", 0), ("\u200b", 0),
    ("·", 1), ("±", 1), ("\u1160", 0), ("\U00030000", 2), ("\x01", 0), ("\u302e", 2)])
def test_widths_gettext_counts(char: str, width: int) -> None:
    assert char_width(char) == width


def test_width_linebreaks_breaks_where_the_piece_overflows() -> None:
    # "aaaa bbbb cccc": a line may break before each b and c (spaces stay on the left)
    text = "aaaa bbbb cccc"
    verdicts = line_breaks(text)
    assert width_linebreaks([1] * len(text), verdicts, 8, 0) == [5, 10]
    assert width_linebreaks([1] * len(text), verdicts, 9, 0) == [5]  # "bbbb cccc" fits
    assert width_linebreaks([1] * len(text), verdicts, 14, 0) == []
    assert width_linebreaks([1] * len(text), verdicts, 14, 1) == [10]  # started at column 1

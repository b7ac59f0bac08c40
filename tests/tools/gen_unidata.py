"""Write src/tm/_shared/_unidata.py: the Unicode tables GNU gettext wraps PO lines with.

``msgcat`` (GNU gettext 0.21) wraps PO strings with libunistring's
``ulc_width_linebreaks``; how wide a character is and where a line may break
come from libunistring's own tables, built from one Unicode version (libunistring
1.0: Unicode 14.0) with its own resolutions.  Python's unicodedata knows widths
only roughly and line-break classes not at all, so this script reads the tables
from the libunistring that gettext links (through ctypes, on a machine with
libunistring.so.2) and writes them as data:

* the display width of every code point (``uc_width(c, "UTF-8")``, control
  characters counted 0 as the wrapping does);
* the line-break class of every code point (libunistring's ``unilbrkprop``
  three-level table) and the class pair table (``unilbrk_table``).

Run it again when gettext's libunistring changes:

    python tests/tools/gen_unidata.py > src/tm/_shared/_unidata.py

tests/shared/test_width.py checks the committed file against the library when
the library is present.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import struct
import sys

#: libunistring 1.0's line-break classes, by their number in the library.  Classes
#: below TABLE_SIZE index the pair table; the others are resolved by the algorithm.
CLASS_NAMES = (
    "WJ GL B2 BA BB HY CL CP CP_EA EX IN NS OP OP_EA QU IS NU PO PR SY AL H2 H3 ID ID_EXT "
    "JL JV JT HL RI ZWJ EB EM BK CR LF CM ZW SP CB AI SA XX").split()
TABLE_SIZE = 33
UNKNOWN = CLASS_NAMES.index("XX")
LAST = 0x10FFFF


def load() -> ctypes.CDLL:
    """The libunistring gettext links."""
    name = ctypes.util.find_library("unistring") or "libunistring.so.2"
    lib = ctypes.CDLL(name)
    lib.uc_width.argtypes = [ctypes.c_uint32, ctypes.c_char_p]
    lib.uc_width.restype = ctypes.c_int
    return lib


def widths(lib: ctypes.CDLL) -> list[int]:
    """The wrapping width of every code point: uc_width, negative (controls) as 0."""
    width, encoding = lib.uc_width, ctypes.c_char_p(b"UTF-8")  # looked up and built once
    return [max(width(code, encoding), 0) for code in range(LAST + 1)]


def line_break_classes(lib: ctypes.CDLL) -> list[int]:
    """The class of every code point from libunistring's three-level ``unilbrkprop``.

    Layout (libunistring 1.0 lbrkprop1.h): int level1[15] by plane, int
    level2[] by 128-code-point block, unsigned char level3[]; -1 means XX.
    """
    size = 60 + 4 * 2048 + 65536
    raw = bytes((ctypes.c_ubyte * size).in_dll(lib, "libunistring_unilbrkprop"))
    level1 = struct.unpack("<15i", raw[:60])
    level2 = struct.unpack("<2048i", raw[60:60 + 4 * 2048])
    level3 = 60 + 4 * 2048
    classes: list[int] = []
    for first in range(0, LAST + 1, 128):  # a level-3 row: 128 code points, one lookup
        plane = first >> 16
        block = level1[plane] if plane < 15 else -1
        offset = level2[block + ((first >> 7) & 511)] if block >= 0 else -1
        classes += raw[level3 + offset:level3 + offset + 128] if offset >= 0 else [UNKNOWN] * 128
    return classes


def pair_table(lib: ctypes.CDLL) -> bytes:
    """``unilbrk_table[before][after]``: 1 break, 2 break only after spaces, 3 no break."""
    return bytes((ctypes.c_ubyte * TABLE_SIZE ** 2).in_dll(lib, "libunistring_unilbrk_table"))


def runs(values: list[int]) -> list[tuple[int, int]]:
    """(first code point, value) of each run of equal values."""
    out: list[tuple[int, int]] = []
    for code, value in enumerate(values):
        if not out or out[-1][1] != value:
            out.append((code, value))
    return out


def _ints(name: str, values: list[int], per_line: int = 10) -> list[str]:
    lines = [f"{name} = ("]
    for i in range(0, len(values), per_line):
        lines.append("    " + " ".join(f"0x{v:X}," for v in values[i:i + per_line]))
    lines.append(")")
    return lines


def _hex(name: str, data: bytes, per_line: int = 44, labels: list[str] | None = None) -> list[str]:
    lines = [f"{name} = bytes.fromhex("]
    for row, i in enumerate(range(0, len(data), per_line)):
        label = f"  # {labels[row]}" if labels else ""
        lines.append(f'    "{data[i:i + per_line].hex()}"{label}')
    lines.append(")")
    return lines


def render(lib: ctypes.CDLL) -> str:
    """The text of _unidata.py."""
    width_runs = runs(widths(lib))
    class_runs = runs(line_break_classes(lib))
    names = ", ".join(repr(n) for n in CLASS_NAMES)
    out = ['"""Unicode tables of GNU gettext\'s line wrapping (generated: do not edit).',
           "",
           "Written by tests/tools/gen_unidata.py from libunistring 1.0 (Unicode 14.0),",
           "the library GNU gettext 0.21's msgcat wraps PO lines with; see that script.",
           '"""', "",
           "#: libunistring's line-break classes by number; the first TABLE_SIZE index PAIR_TABLE.",
           "CLASS_NAMES = ("]
    out += ["    " + line.strip() for line in _wrap_names(names)]
    out += [")", f"TABLE_SIZE = {TABLE_SIZE}",
            "#: PAIR_TABLE[before * TABLE_SIZE + after]: 1 break, 2 break only after spaces, "
            "3 no break."]
    out += _hex("PAIR_TABLE", pair_table(lib), TABLE_SIZE, list(CLASS_NAMES[:TABLE_SIZE]))
    out += ["#: Display width: the run starting at WIDTH_STARTS[i] has width WIDTH_VALUES[i]."]
    out += _ints("WIDTH_STARTS", [s for s, _ in width_runs])
    out += _hex("WIDTH_VALUES", bytes(v for _, v in width_runs))
    out += ["#: Line-break class: the run starting at CLASS_STARTS[i] has class CLASS_VALUES[i]."]
    out += _ints("CLASS_STARTS", [s for s, _ in class_runs])
    out += _hex("CLASS_VALUES", bytes(v for _, v in class_runs))
    return "\n".join(out) + "\n"


def _wrap_names(names: str, width: int = 90) -> list[str]:
    lines, line = [], ""
    for part in names.split(" "):
        if len(line) + len(part) + 1 > width:
            lines.append(line)
            line = ""
        line = f"{line} {part}" if line else part
    return [*lines, line]


if __name__ == "__main__":
    sys.stdout.write(render(load()))

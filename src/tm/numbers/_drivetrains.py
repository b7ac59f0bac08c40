"""The drivetrain of a vehicle, 4x4, 6x6, 4x2 (private).

A 4x4 (wheels by driven wheels) names a vehicle as much as a size, and Chinese names it with
no figure (四驱车, 越野车, 全驱).  :func:`drivetrain_spans` finds them: two single even digits
joined by x or ×, the first not the smaller, no other figure, sign or letter glued around.
The numbers check sets their figures aside when they are left over, the translation has no
figure of its own left over and writes no pair of figures joined by a multiplication sign:
6x6 against 6×4, or a 4x4 grid against 4×2, is compared as figures (review Y-4), and a 4x4
matrix → 4阶矩阵 or 4乘4 meets its figure first (review Y-13).
"""

from __future__ import annotations

from tm.numbers._lazy import lazy_re

__all__ = ["drivetrain_spans", "has_times_pair"]

_DRIVETRAIN = lazy_re(r"(?<![\w.,×/])([2468])[xX×]([2468])(?![\w.,×/])")
#: Two figures joined by a multiplication sign (4×4, 6 x 4, 3*3, 4乘4, 四乘四).
_FIGURE = r"[\d〇零一二两三四五六七八九十]"
_TIMES_PAIR = lazy_re(rf"{_FIGURE}\s*(?:[×xX*]|乘以?)\s*{_FIGURE}")


def drivetrain_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the drivetrains of *text* (4x4, 6x6, 8x4; not 2x4, 3x3 or 4x100m)."""
    if "x" not in text and "X" not in text and "×" not in text:
        return []
    return [m.span() for m in _DRIVETRAIN.finditer(text) if m.group(1) >= m.group(2)]


def has_times_pair(text: str) -> bool:
    """True when *text* joins two figures by a multiplication sign (4×4, 6 x 4, 4乘4)."""
    return _TIMES_PAIR.search(text) is not None

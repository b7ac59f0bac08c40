"""A progress bar for the commands that can run for minutes.

``import``, ``pretranslate``, ``analyze``, ``update --db``, ``lookup --batch`` and
``align`` draw one line on stderr: ``label [#####-----] 1,234/5,000  25%  312/s  ETA 0:12``
(without a known total: ``label 1,234  312/s  0:05``).  It is drawn only when
stderr is a terminal and ``--quiet`` is not given, only once a run has lasted
:data:`DELAY` seconds (short runs stay silent), and at most
:data:`REDRAWS_PER_SECOND` times a second, so it costs nothing measurable.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

__all__ = ["DELAY", "Progress", "counting_lookups", "progress", "wants_progress"]

T = TypeVar("T")

#: Seconds a run must last before the bar appears.
DELAY = 0.5
#: Most redraws per second.
REDRAWS_PER_SECOND = 8
#: Width of the bar in characters.
WIDTH = 24


def wants_progress(args: argparse.Namespace | None) -> bool:
    """A bar only on a terminal, and not with ``--quiet``."""
    if args is not None and getattr(args, "quiet", False):
        return False
    stderr = sys.stderr
    return stderr is not None and stderr.isatty()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Counts work done and redraws the bar (see the module docstring)."""

    def __init__(self, total: int | None, label: str, *, enabled: bool,
                 clock: Callable[[], float] | None = None) -> None:
        self.total = total if total and total > 0 else None
        self.label = label
        self.enabled = enabled
        self.done = 0
        self._clock = clock or time.monotonic
        self._start = self._clock()
        self._drawn_at = 0.0
        self._drawn = False

    def line(self) -> str:
        """The bar as text, for the current count."""
        elapsed = max(self._clock() - self._start, 1e-9)
        rate = self.done / elapsed
        if self.total is None:
            return f"{self.label} {self.done:,}  {rate:,.0f}/s  {_clock(elapsed)}"
        done = min(self.done, self.total)
        filled = WIDTH * done // self.total
        left = (self.total - done) / rate if rate > 0 else 0.0
        return (f"{self.label} [{'#' * filled}{'-' * (WIDTH - filled)}] "
                f"{done:,}/{self.total:,}  {100 * done // self.total}%  {rate:,.0f}/s  "
                f"ETA {_clock(left)}")

    def advance(self, count: int = 1) -> None:
        """Count *count* more items done; redraw when due."""
        self.done += count
        if not self.enabled:
            return
        now = self._clock()
        if now - self._start < DELAY or now - self._drawn_at < 1 / REDRAWS_PER_SECOND:
            return
        self._drawn_at = now
        self._drawn = True
        sys.stderr.write("\r" + self.line() + "\033[K")
        sys.stderr.flush()

    def close(self) -> None:
        """Leave the last state of the bar on its own line (if it was ever drawn)."""
        if self.enabled and self._drawn:
            sys.stderr.write("\r" + self.line() + "\033[K\n")
            sys.stderr.flush()


def progress(items: Iterable[T], total: int | None, label: str,
             args: argparse.Namespace | None = None) -> Iterator[T]:
    """Yield *items*, counting them on a progress bar (see :class:`Progress`)."""
    bar = Progress(total, label, enabled=wants_progress(args))
    try:
        for item in items:
            yield item
            bar.advance()
    finally:
        bar.close()


class counting_lookups:
    """A memory whose ``lookup`` advances a progress bar; everything else is passed through.

    The library's analysis, pre-translation and update call ``memory.lookup``
    once per sentence, so counting lookups shows their progress without any
    progress hook in the library.
    """

    def __init__(self, memory: Any, total: int | None, label: str,
                 args: argparse.Namespace | None) -> None:
        self._memory = memory
        self.bar = Progress(total, label, enabled=wants_progress(args))

    def lookup(self, *args: Any, **kwargs: Any) -> Any:
        """The memory's lookup, counted."""
        found = self._memory.lookup(*args, **kwargs)
        self.bar.advance()
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self._memory, name)

    def __enter__(self) -> Any:
        """Itself, typed as the memory it stands in for."""
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.close()

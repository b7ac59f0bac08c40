"""Pausing Python's cycle collector around bulk work that makes no reference cycles.

Reading a catalog, checking it and importing units into a memory each make
hundreds of thousands of small objects (entries, units, numbers, rows) that
form no reference cycles.  Each batch of them that outlives the collector's
young generations triggers a collection that walks every object still alive:
a fifth of the time of reading 100,000 PO entries, a tenth of the importing
thread's CPU on a 1M-unit import (issue 14 item 5; an import of 300,000 units
left 11 unreachable objects).  Reference counting frees those objects, so
memory is the same with the collector paused; it is restored as it was.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause the cycle collector for the ``with`` block; restore it as it was, also on error."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

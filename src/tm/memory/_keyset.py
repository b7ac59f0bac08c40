"""The keys a writer has written earlier in the same call, as Bloom filters (private).

The writer keeps whole rows only for the batch it has not written yet; a
later unit whose key may have been written before ("maybe" here) is looked
up in the database.  So importing a million units holds a few MiB of keys,
not a dictionary of every row (the import's memory stays flat).

Keys are blake2b digests (uniform bits), so the three bit positions of a key
are simply three 23-bit fields of its first 12 bytes.  A batch's keys are
added, and a chunk's keys tested, all at once with numpy when it is installed
(two million keys per million units: one at a time in Python they cost the
writer seconds); the Python loop gives the same answers.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tm.memory._postings import numpy_or_none

__all__ = ["KeySet"]

#: Bits of each filter (1 MiB) and keys it takes before the next (~1.5 bytes a key).
_FILTER_BITS = 1 << 23
_FILTER_KEYS = _FILTER_BITS // 12
_MASK = _FILTER_BITS - 1


def _positions(key: bytes) -> tuple[int, int, int]:
    h = int.from_bytes(key[:12], "little")
    return h & _MASK, h >> 32 & _MASK, h >> 64 & _MASK


class KeySet:
    """Keys added so far: no false negatives, few false positives.

    *numpy* ``False`` never uses numpy (tests compare both ways).
    """

    def __init__(self, numpy: bool = True) -> None:
        self.filters: list[bytearray] = []
        self.count = _FILTER_KEYS
        self.np: Any = numpy_or_none() if numpy else None

    def add(self, key: bytes) -> None:
        """Remember *key*."""
        if self.count >= _FILTER_KEYS:
            self.filters.append(bytearray(_FILTER_BITS >> 3))
            self.count = 0
        bits, self.count = self.filters[-1], self.count + 1
        for p in _positions(key):
            bits[p >> 3] |= 1 << (p & 7)

    def add_many(self, keys: Iterable[bytes]) -> None:
        """Remember each of *keys* (16-byte keys: one numpy pass per filter)."""
        np = self.np
        listed = list(keys)
        if not listed:
            return
        if np is None or any(len(key) != 16 for key in listed):
            for key in listed:
                self.add(key)
            return
        words = np.frombuffer(b"".join(listed), dtype="<u4").reshape(-1, 4)
        while len(words):
            if self.count >= _FILTER_KEYS:
                self.filters.append(bytearray(_FILTER_BITS >> 3))
                self.count = 0
            take = min(len(words), _FILTER_KEYS - self.count)
            bits = np.frombuffer(self.filters[-1], dtype=np.uint8)
            positions = (words[:take, :3] & np.uint32(_MASK)).ravel()
            np.bitwise_or.at(bits, positions >> 3,
                             np.left_shift(1, positions & 7).astype(np.uint8))
            self.count += take
            words = words[take:]

    def __contains__(self, key: bytes) -> bool:
        a, b, c = _positions(key)
        for bits in self.filters:
            if bits[a >> 3] >> (a & 7) & bits[b >> 3] >> (b & 7) & bits[c >> 3] >> (c & 7) & 1:
                return True
        return False

    def contains_many(self, records: bytes, size: int, offsets: tuple[int, ...]) -> list[bool]:
        """``key in self`` for the keys at *offsets* of each *size*-byte record of
        *records* (record by record, offset by offset)."""
        count = len(records) // size
        np = self.np
        if not self.filters or not count:
            return [False] * (count * len(offsets))
        if np is None or size % 4 or any(o % 4 for o in offsets):
            return [records[at + o:at + o + 16] in self
                    for at in range(0, count * size, size) for o in offsets]
        words = np.frombuffer(records, dtype="<u4", count=count * size // 4).reshape(count, -1)
        columns = np.stack([words[:, o // 4:o // 4 + 3] for o in offsets], axis=1)
        positions = columns & np.uint32(_MASK)  # (records, offsets, 3)
        found = np.zeros(positions.shape[:2], dtype=bool)
        shifts = (positions & 7).astype(np.uint8)
        for filt in self.filters:
            bits = np.frombuffer(filt, dtype=np.uint8)
            hit = (bits[positions >> 3] >> shifts) & 1
            found |= hit.all(axis=2)
        return found.ravel().tolist()  # type: ignore[no-any-return]

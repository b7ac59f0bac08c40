"""The writer's Bloom filters of keys written earlier in a call: never a false negative,
the same answers with numpy (a batch or a chunk at once) as one key at a time."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tm.memory import _keyset
from tm.memory._keyset import KeySet
from tm.memory._postings import numpy_or_none

needs_numpy = pytest.mark.skipif(numpy_or_none() is None, reason="numpy not installed")


def key(n: int) -> bytes:
    return hashlib.blake2b(str(n).encode(), digest_size=16).digest()


def records(numbers: list[int]) -> bytes:
    """Records as the writer's chunks hold them: ukey, pkey, a 12-byte digest."""
    return b"".join(key(n) + key(-n - 1) + bytes(12) for n in numbers)


@needs_numpy
@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(0, 5000), max_size=300), st.lists(st.integers(0, 5000), max_size=300),
       st.sampled_from([3, 50, 10**6]))
def test_keys_added_in_bulk_are_found_and_both_ways_agree(
        added: list[int], probed: list[int], per_filter: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_keyset, "_FILTER_KEYS", per_filter)  # many filters, each filled in turn
        bulk, single = KeySet(), KeySet(numpy=False)
        bulk.add_many(key(n) for n in added)
        for n in added:
            single.add(key(n))
        assert len(bulk.filters) == len(single.filters)
        assert bulk.filters == single.filters
        data = records(probed)
        answers = bulk.contains_many(data, 44, (0, 16))
        assert answers == single.contains_many(data, 44, (0, 16))
        assert answers == [k in single for n in probed for k in (key(n), key(-n - 1))]
        assert all(answers[2 * i] for i, n in enumerate(probed) if n in set(added))


def test_an_empty_set_holds_nothing() -> None:
    assert KeySet().contains_many(records([1, 2]), 44, (0, 16)) == [False] * 4
    assert key(1) not in KeySet()

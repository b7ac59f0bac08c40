"""File formats: each module reads into Units (iterators) and writes any iterable of them."""

"""What a writer computes of a unit before it touches the database (private).

Everything here is a pure function of the unit's fields: its two unique keys
and the digest of its target and note (:mod:`tm.memory._writer`), the hashes
of its neighbour sentences, and the analysis of both texts (match tokens,
tokens never written in lower case, punctuation skeleton:
:func:`tm.memory._matching.analyse`).  That is about half of a bulk import's
CPU, so a writer may run it in a helper process (:mod:`tm.memory._helper`)
while it writes the previous chunk; since nothing here reads the database,
the result is the same wherever it runs.

Units arrive in *chunks* of rows (:data:`Row`), and chunks in *batches* (the
units a writer inserts at a time).  A text's tokens come back as **batch
ids**: small integers numbered in order of first appearance within the batch
(the first chunk of a batch says ``new_batch``), with each chunk's new token
strings.  The writer turns a batch's distinct tokens into vocabulary ids once
and maps the ids with one array gather, so neither process keeps a
dictionary that grows with the import, and only distinct tokens cross
between the processes as strings.
"""

from __future__ import annotations

import hashlib
import itertools
import zlib
from array import array
from typing import NamedTuple

from tm._shared.text import sentence_key
from tm.memory._index import ITEM
from tm.memory._matching import analyse

__all__ = ["KEY_BYTES", "RECORD_BYTES", "Prepared", "Preparer", "Row", "digest", "key_hash",
           "pair_key", "text_hash", "unit_key"]

#: Bytes of ``ukey`` and ``pkey`` (blake2b digests) and of the target/note digest.
KEY_BYTES, DIGEST_BYTES = 16, 12
#: Bytes per unit in :attr:`Prepared.keys`: ukey, pkey, digest.
RECORD_BYTES = 2 * KEY_BYTES + DIGEST_BYTES
#: Neighbour hashes remembered (a source is the next, then the previous, of a unit).
_RECENT_HASHES = 8
#: One unit as a writer sends it: source, target, context, origin file, source and
#: target language (normalized), their language classes, note, previous and next source.
Row = tuple[str, str, str, str, str, str, str, str, str, "str | None", "str | None"]


class Prepared(NamedTuple):
    """What :meth:`Preparer.prepare` returns for one chunk (texts: source then target)."""

    keys: bytes  #: per unit: ukey, pkey, digest (:data:`RECORD_BYTES`)
    hashes: list[int]  #: per unit: :func:`text_hash` of the previous and of the next source
    ids: bytes  #: batch ids of every text's tokens, packed ``array(ITEM)``
    lengths: list[int]  #: tokens per text
    crcs: list[int]  #: per text: CRC-32 of its punctuation skeleton
    upper: dict[int, list[int]]  #: text index -> batch ids of tokens never written in lower case
    tokens: list[str]  #: the batch's tokens first seen in this chunk, in batch id order


def key_hash(*fields: str) -> bytes:
    """A unique key (``ukey``/``pkey``) of *fields*."""
    return hashlib.blake2b("\x1f".join(fields).encode(), digest_size=KEY_BYTES).digest()


def unit_key(source: str, context: str, file: str, src: str, tgt: str) -> bytes:
    """The ``ukey`` of a unit of *source* and *context* from *file* in languages *src* ->
    *tgt*: one per file and sentence, whatever its translation."""
    return key_hash("u", source, context, file, src, tgt)


def pair_key(source: str, target: str, context: str, src_cls: str, tgt_cls: str) -> bytes:
    """The ``pkey`` of the translation pair *source* -> *target* in *context*, whatever file
    says it, between language classes *src_cls* and *tgt_cls* (:func:`tm._shared.lang.lang_key`)."""
    return key_hash("p", source, target, context, src_cls, tgt_cls)


def digest(target: str, note: str) -> bytes:
    """What tells a stored unit's target and note from a new one's."""
    return hashlib.blake2b(f"{target}\x1f{note}".encode(), digest_size=DIGEST_BYTES).digest()


def text_hash(text: str) -> int:
    """A 56-bit hash of the sentence key of *text* (neighbour sentences)."""
    folded = sentence_key(text)
    return int.from_bytes(hashlib.blake2b(folded.encode(), digest_size=7).digest(), "big")


class Numbering(dict[str, int]):
    """Token -> batch id; a token not seen yet gets the next id when looked up."""

    def __missing__(self, token: str) -> int:
        number = self[token] = len(self)
        return number


class Preparer:
    """Prepares chunks in order; holds the current batch's token numbering."""

    def __init__(self) -> None:
        self.batch = Numbering()
        self.recent: dict[str, int] = {}  # text_hash of the last few sources

    def prepare(self, rows: list[Row], new_batch: bool) -> Prepared:
        """The keys, hashes and analyses of *rows* (a new numbering if *new_batch*)."""
        if new_batch:
            self.batch = Numbering()
        batch = self.batch
        number = batch.__getitem__
        known = len(batch)
        keys = bytearray()
        hashes: list[int] = []
        ids: array[int] = array(ITEM)
        lengths: list[int] = []
        crcs: list[int] = []
        upper: dict[int, list[int]] = {}
        for source, target, context, file, src, tgt, src_cls, tgt_cls, note, prev, nxt in rows:
            keys += unit_key(source, context, file, src, tgt)
            keys += pair_key(source, target, context, src_cls, tgt_cls)
            keys += digest(target, note)
            hashes.append(self.neighbour_hash(prev))
            hashes.append(self.neighbour_hash(nxt))
            for text in (source, target):
                tokens, capital, skeleton = analyse(text)
                text_ids = list(map(number, tokens))
                if capital:  # (tokens of the text: numbered already, by the line above)
                    upper[len(lengths)] = sorted({number(token) for token in capital})
                ids.extend(text_ids)
                lengths.append(len(text_ids))
                crcs.append(zlib.crc32(skeleton.encode()))
        new = list(itertools.islice(batch, known, None))
        return Prepared(bytes(keys), hashes, ids.tobytes(), lengths, crcs, upper, new)

    def neighbour_hash(self, text: str | None) -> int:
        """:func:`text_hash` of a neighbour (0: none); each source is a neighbour twice."""
        if text is None:
            return 0
        found = self.recent.get(text)
        if found is None:
            if len(self.recent) >= _RECENT_HASHES:
                self.recent.clear()
            found = self.recent[text] = text_hash(text)
        return found

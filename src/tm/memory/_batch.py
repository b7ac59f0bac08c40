"""The texts of one batch of new units, turned into token ids and postings at once (private).

A writer inserts units a batch at a time.  Their texts were prepared in
chunks (:mod:`tm.memory._prepare`): tokens numbered by first appearance in
the batch.  :meth:`BatchTexts.index` gives the batch's distinct tokens their
vocabulary ids with one :meth:`tm.memory._vocab.Vocabulary.resolve` (new
tokens get the next ids in order of first appearance, as when every text was
resolved token by token), maps every text's ids with one gather (numpy when
installed), stores the packed ids in the unit rows and hands the postings to
the :class:`tm.memory._postings.PostingBuffer` in unit id order.

Only the texts of units still pending count: a unit replaced within the
batch, or one skipped as a duplicate, was prepared but is not indexed (and
the order of first appearance is then taken over the remaining texts, so the
vocabulary is what it would be had the unit never been prepared).
"""

from __future__ import annotations

import itertools
from array import array

from tm.memory._backend import Connection
from tm.memory._index import ITEM
from tm.memory._postings import PostingBuffer, numpy_or_none
from tm.memory._prepare import Prepared
from tm.memory._shapes import shape_columns
from tm.memory._vocab import Vocabulary

__all__ = ["BatchTexts"]


class BatchTexts:
    """The prepared chunks of the current batch and which of their texts were inserted."""

    def __init__(self) -> None:
        self.chunks: list[Prepared] = []
        self.offsets: list[list[int]] = []  # per chunk: first token of each text
        self.tokens: list[str] = []  # the batch's tokens, by batch id
        self.texts: list[tuple[int, int, int, int, int]] = []  # uid, chunk, text, classes
        self.prepared = 0  # texts prepared

    def add_chunk(self, prepared: Prepared) -> int:
        """Take the next chunk of the batch; return its number."""
        self.chunks.append(prepared)
        self.offsets.append(list(itertools.accumulate(prepared.lengths, initial=0)))
        self.tokens.extend(prepared.tokens)
        self.prepared += len(prepared.lengths)
        return len(self.chunks) - 1

    def add(self, uid: int, texts: tuple[int, int], src_cls: int, tgt_cls: int) -> None:
        """Unit *uid* was inserted: *texts* is ``(chunk, text)``, its source is that text
        of that chunk and its target the next one; its language classes."""
        self.texts.append((uid, texts[0], texts[1], src_cls, tgt_cls))

    def index(self, conn: Connection, vocab: Vocabulary, pending: dict[int, list[object]],
              columns: tuple[int, int], buffer: PostingBuffer) -> None:
        """Give the pending units their token ids (row *columns*) and buffer their postings."""
        texts = [t for t in self.texts if t[0] in pending]  # not replaced meanwhile
        if texts:
            self._index(texts, conn, vocab, pending, columns, buffer)
        self.chunks, self.offsets, self.tokens, self.texts = [], [], [], []
        self.prepared = 0

    def _index(self, texts: list[tuple[int, int, int, int, int]], conn: Connection,
               vocab: Vocabulary, pending: dict[int, list[object]], columns: tuple[int, int],
               buffer: PostingBuffer) -> None:
        if 2 * len(texts) == self.prepared:  # every prepared text counts, in order
            local = b"".join(chunk.ids for chunk in self.chunks)
            lengths = [n for chunk in self.chunks for n in chunk.lengths]
            crcs = [crc for chunk in self.chunks for crc in chunk.crcs]
            found = vocab.resolve(conn, self.tokens)
            table = array(ITEM, map(found.__getitem__, self.tokens))
        else:
            local, lengths, crcs = self._gathered(texts)
            order = list(dict.fromkeys(_unpack(local)))  # first appearance in these texts
            found = vocab.resolve(conn, [self.tokens[i] for i in order])
            table = array(ITEM, bytes(4 * len(self.tokens)))
            for i in order:
                table[i] = found[self.tokens[i]]
        ids = _gather(table, local)
        entries: list[int] = []
        langs: list[int] = []
        upper_ids: dict[int, list[int]] = {}  # text -> ids of its tokens never in lower case
        src_column, tgt_column = columns
        pos = k = 0
        for uid, chunk_no, text, src_cls, tgt_cls in texts:
            row, upper = pending[uid], self.chunks[chunk_no].upper
            middle = pos + 4 * lengths[k]
            end = middle + 4 * lengths[k + 1]
            row[src_column], row[tgt_column] = ids[pos:middle], ids[middle:end]
            pos = end
            entries += (uid << 1, uid << 1 | 1)
            langs += (src_cls, tgt_cls)
            for side in (0, 1):
                if upper.get(text + side):
                    upper_ids[k + side] = [table[i] for i in upper[text + side]]
            k += 2
        buffer.add_many(entries, ids, lengths, langs, shape_columns(crcs), upper_ids)

    def _gathered(self, texts: list[tuple[int, int, int, int, int]],
                  ) -> tuple[bytes, list[int], list[int]]:
        """The batch ids of *texts* (source, target of each), their lengths and the CRCs of
        their punctuation skeletons."""
        parts: list[bytes] = []
        lengths: list[int] = []
        crcs: list[int] = []
        for _, chunk_no, text, _, _ in texts:
            chunk, offsets = self.chunks[chunk_no], self.offsets[chunk_no]
            for j in (text, text + 1):
                parts.append(chunk.ids[4 * offsets[j]:4 * offsets[j + 1]])
                lengths.append(chunk.lengths[j])
                crcs.append(chunk.crcs[j])
        return b"".join(parts), lengths, crcs


def _unpack(data: bytes) -> array[int]:
    out = array(ITEM)
    out.frombytes(data)
    return out


def _gather(table: array[int], local: bytes) -> bytes:
    """``table[i]`` for each packed id *i* of *local*, packed (one numpy gather if installed)."""
    np = numpy_or_none()
    if np is None:
        return array(ITEM, map(table.__getitem__, _unpack(local))).tobytes()
    mapped = np.frombuffer(table, dtype=np.uint32)[np.frombuffer(local, dtype=np.uint32)]
    return bytes(mapped.tobytes())

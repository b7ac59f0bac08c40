"""``encode_po`` renders a catalog without changing it (review: one owner, no side effects).

It declared the charset it wrote by editing its argument's header: a caller's
POFile (``tm update``'s returned result) came back with ``charset=CHARSET``
made UTF-8, or its charset set and reset, behind its back.
"""

from __future__ import annotations

import polib

from rows import every_row
from tm.formats.po import encode_po, new_po


def _catalog(content_type: str, msgstr: str) -> polib.POFile:
    po = new_po({"Language": "de", "Content-Type": content_type})
    po.append(polib.POEntry(msgid="Greenhouse", msgstr=msgstr))
    return po


@every_row(("content_type", "charset", "msgstr", "declared"), [
    ("text/plain; charset=CHARSET", "UTF-8", "Gewächshaus", b"charset=UTF-8"),
    ("text/plain; charset=UTF-8", "ISO-8859-1", "Gewächshaus", b"charset=ISO-8859-1"),
    ("text/plain; charset=UTF-8", "ISO-8859-1", "Gewächshaus 温室", b"charset=UTF-8"),
    ("text/plain; charset=ISO-8859-1", "ISO-8859-1", "Gewächshaus", b"charset=ISO-8859-1"),
])
def test_encoding_leaves_the_catalog_as_it_was(
        content_type: str, charset: str, msgstr: str, declared: bytes) -> None:
    po = _catalog(content_type, msgstr)
    header = dict(po.metadata)
    data = encode_po(po, charset)
    assert declared in data
    assert po.metadata == header
    assert [(e.msgid, e.msgstr) for e in po] == [("Greenhouse", msgstr)]

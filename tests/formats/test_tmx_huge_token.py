"""One huge token costs the streaming TMX reader linear, not quadratic, work (R9-1).

expat before 2.6 scans a token it has not seen the end of (a comment, an
attribute value) again from its start at every ``feed``; with 64 KiB feeds
one 64 MB comment was scanned about a thousand times (32 s of CPU).  The
reader now reads at least as much as expat holds pending, so the bytes
scanned stay under three times the file.  Measured here by counting, at each
feed, the pending bytes expat must scan again plus the new ones: no clock.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tm.formats import tmx

#: The token's size: 60 feeds of the 64 KiB chunk, enough for quadratic to show.
_TOKEN = 60 * tmx.CHUNK
_UNIT = ('<body><tu><tuv xml:lang="en"><seg>The pier is closed.</seg></tuv>'
         '<tuv xml:lang="zh-CN"><seg>码头关闭。</seg></tuv></tu></body></tmx>')
DOCUMENTS = {
    "comment": f'<tmx version="1.4"><header srclang="en"/><!--{"C" * _TOKEN}-->{_UNIT}',
    "attribute": f'<tmx version="1.4"><header srclang="en" o-tmf="{"A" * _TOKEN}"/>{_UNIT}',
    "processing instruction": f'<tmx version="1.4"><header srclang="en"/><?tool {"P" * _TOKEN}?>'
                              f'{_UNIT}',
}


@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_a_huge_token_is_scanned_a_bounded_number_of_times(
        kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.tmx"
    path.write_text(DOCUMENTS[kind], encoding="utf-8")
    real = tmx._feed
    fed = scanned = 0

    def counting(target: Any, chunk: bytes, name: str) -> None:
        nonlocal fed, scanned
        stopped = target.parser.parser.CurrentByteIndex
        scanned += fed - max(stopped, 0) + len(chunk)  # pending again, then the new bytes
        fed += len(chunk)
        real(target, chunk, name)

    monkeypatch.setattr(tmx, "_feed", counting)
    units = list(tmx.read_tmx(path))
    assert [(u.source, u.target) for u in units] == [("The pier is closed.", "码头关闭。")]
    assert scanned <= 3 * path.stat().st_size, (scanned, path.stat().st_size)

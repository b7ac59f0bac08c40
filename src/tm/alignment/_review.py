"""A self-contained HTML page to review an alignment: :func:`review_html`.

One file, no network and no external assets (the style and the script are
inline), so it opens from disk or as a mail attachment.  The two texts stand
side by side, bead by bead; each bead is coloured by its confidence (red for
unsure, green for sure; amber for a sentence without a counterpart, 1-0 or
0-1), sentences without a counterpart and beads below the review threshold
are marked with a tag, a switch shows only what needs review,
and the keyboard moves through the beads:

====================  =====================================================
j / ↓                 next bead
k / ↑                 previous bead
n / p                 next / previous bead that needs review
f                     show only what needs review (again: show everything)
====================  =====================================================

A bead *needs review* when its confidence is below the threshold or it has a
sentence on one side only.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from html import escape

from tm.model import Bead

__all__ = ["review_html"]

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;
 padding:.6em 1em;z-index:1}
h1{font-size:1.1em;margin:0 0 .3em}
.meta{color:#555;font-size:.85em}
.keys{color:#555;font-size:.8em;margin-left:1em}
label{font-size:.9em;margin-right:1em}
table{border-collapse:separate;border-spacing:0 4px;width:100%;padding:0 1em}
td{vertical-align:top;padding:.35em .6em;background:var(--bg);width:45%}
td.score{width:10%;text-align:center;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.bead:focus-within td,tr.bead.current td{outline:2px solid #0a60d0}
.tag{display:inline-block;font-size:.75em;border-radius:3px;padding:0 .4em;margin:.1em;
 background:#333;color:#fff}
.tag.low{background:#b00020}.tag.null{background:#7a4a00}
.empty{color:#999;font-style:italic}
body.only-review tr.bead:not(.review){display:none}
.sentence{display:block}
"""

_SCRIPT = """
(function(){
  var rows=Array.prototype.slice.call(document.querySelectorAll('tr.bead'));
  var box=document.getElementById('only-review');
  var current=-1;
  function visible(r){return r.offsetParent!==null;}
  function go(i){
    if(i<0||i>=rows.length)return;
    if(current>=0)rows[current].classList.remove('current');
    current=i;rows[i].classList.add('current');
    rows[i].scrollIntoView({block:'center'});
    document.getElementById('position').textContent=rows[i].dataset.index;
  }
  function step(dir,needReview){
    for(var i=current+dir;i>=0&&i<rows.length;i+=dir){
      if(visible(rows[i])&&(!needReview||rows[i].classList.contains('review'))){go(i);return;}
    }
  }
  function filter(on){
    document.body.classList.toggle('only-review',on);box.checked=on;
    if(current>=0&&!visible(rows[current]))step(1,false);
  }
  box.addEventListener('change',function(){filter(box.checked);});
  document.addEventListener('keydown',function(e){
    if(e.ctrlKey||e.metaKey||e.altKey)return;
    var k=e.key;
    if(k==='j'||k==='ArrowDown'){step(1,false);}
    else if(k==='k'||k==='ArrowUp'){step(-1,false);}
    else if(k==='n'){step(1,true);}
    else if(k==='p'){step(-1,true);}
    else if(k==='f'){filter(!box.checked);}
    else return;
    e.preventDefault();
  });
})();
"""


#: The page's one script, by its hash, is all the Content-Security-Policy lets run: were any
#: sentence or file name ever written unescaped, a <script> or onerror= in it would not run.
_SCRIPT_HASH = "sha256-" + base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()
                                            ).decode("ascii")

#: Background of a sentence with no counterpart: amber, apart from the red-green scale.
_NULL_COLOUR = "hsl(40,90%,85%)"


def _colour(score: float) -> str:
    """Background for a confidence: red (0) through yellow to green (1), light."""
    return f"hsl({round(120 * max(0.0, min(1.0, score)))},70%,88%)"


def _cell(sentences: Sequence[str], missing: str) -> str:
    if not sentences:
        return f'<span class="empty">({missing})</span>'
    return "".join(f'<span class="sentence">{escape(s)}</span>' for s in sentences)


def review_html(beads: Sequence[Bead], source: Sequence[str], target: Sequence[str], *,
                title: str = "Alignment review", source_name: str = "source",
                target_name: str = "target", review_below: float = 0.5,
                signature: str = "") -> str:
    """The review page of *beads* over the *source* and *target* sentences, as one HTML string.

    A bead needs review when its score is below *review_below* or it pairs
    sentences of one side with nothing.  *source_name* / *target_name* head the
    columns; *signature* (what produced the alignment) goes in the page header.
    """
    rows: list[str] = []
    review = 0
    for index, bead in enumerate(beads):
        null = not bead.src or not bead.tgt
        low = bead.score < review_below and not null
        needs = null or low
        review += needs
        tags = []
        if null:
            tags.append(f'<span class="tag null">{"source only" if bead.src else "target only"}'
                        "</span>")
        if low:
            tags.append('<span class="tag low">low confidence</span>')
        classes = "bead review" if needs else "bead"
        rows.append(
            f'<tr class="{classes}" id="b{index}" data-index="{index + 1}" '
            f'data-score="{bead.score:.4f}" data-kind="{bead.kind}" tabindex="-1" '
            f'style="--bg:{_NULL_COLOUR if null else _colour(bead.score)}">'
            f"<td>{_cell([source[i] for i in bead.src], 'no source sentence')}</td>"
            f'<td class="score">{bead.kind}<br>{bead.score:.2f}<br>{"".join(tags)}</td>'
            f"<td>{_cell([target[j] for j in bead.tgt], 'no target sentence')}</td></tr>")
    meta = escape(f"{len(beads)} beads, {review} to review (confidence below "
                  f"{review_below:g}, or a sentence on one side only)")
    sig = f'<div class="meta">{escape(signature)}</div>' if signature else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        f"style-src 'unsafe-inline'; script-src '{_SCRIPT_HASH}'\">\n"
        f"<title>{escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>{escape(title)}</h1>"
        f'<div class="meta">{escape(source_name)} ↔ {escape(target_name)}: {meta}</div>{sig}'
        '<label><input type="checkbox" id="only-review"> show only what needs review</label>'
        '<span class="meta">bead <span id="position">–</span></span>'
        '<span class="keys">keys: j/k next/previous, n/p next/previous to review, '
        "f filter</span></header>\n"
        f'<table><thead><tr><th>{escape(source_name)}</th><th>bead</th>'
        f"<th>{escape(target_name)}</th></tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + f"\n</tbody></table>\n<script>{_SCRIPT}</script>\n</body>\n</html>\n")

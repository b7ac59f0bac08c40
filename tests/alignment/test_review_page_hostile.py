"""Red-team pass 2 (2026-12-06): the review page of ``tm align --format html`` runs no script
but its own.

Hostile sentences and file names (``<script>``, ``<img onerror>``, quotes) were
escaped, but the page's Content-Security-Policy allowed any inline script
(``'unsafe-inline'``), so one escaping slip anywhere would run.  Now only the
page's own script, by its hash, may run.  Named for the class of defect it guards
against; fails on the code before its fix.
"""

from __future__ import annotations

import base64
import hashlib
import re

from tm import Bead
from tm.alignment import review_html

HOSTILE = ['Hello <script>alert(1)</script> world.',
           '</textarea><img src=x onerror=alert(2)> "q" \'s\' & ]]> \u2028 end.']


def test_the_review_page_allows_only_its_own_script() -> None:
    page = review_html([Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.2)], HOSTILE,
                       ["你好<script>alert(3)</script>。", "<svg onload=alert(4)>。"],
                       title="<script>alert(5)</script>", source_name='"><img src=x>',
                       target_name="<b>zh</b>", signature="<i>sig</i>")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert policy, page[:500]
    script_src = re.search(r"script-src ([^;]*)", policy.group(1))
    assert script_src and "unsafe-inline" not in script_src.group(1)
    scripts = re.findall(r"<script>(.*?)</script>", page, flags=re.S)
    assert len(scripts) == 1          # the page's own; every hostile one is text
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
    assert f"'sha256-{digest}'" in script_src.group(1)
    markup = page.replace(scripts[0], "")
    assert "<img" not in markup and "<svg" not in markup and "<b>" not in markup
    assert not re.search(r"<[^>]*\son\w+\s*=", markup)      # no event handler attribute

"""``tm align --format html``: the review page, checked as a file and in a real headless Chromium.

The input is the bundled article with a Chinese sentence left out and two
credit lines added, so the page has 1-0 and 0-1 beads to show.  Chromium
(Debian's ``chromium``; .ci/run installs it) loads the page from disk and the
test checks that it renders every bead, logs no error, that the "needs review"
filter and the keys work, and takes a screenshot (docs/align-review.png is one
such screenshot).  Without Chromium the browser test is skipped on a
developer's machine and FAILS in CI (``CI`` set), so it can never be skipped
silently where it matters.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT, run_tm

sys.path.insert(0, str(ROOT / "tests"))
from chromium import Browser, executable

EN = ROOT / "locales" / "en" / "article.txt"
ZH = ROOT / "locales" / "zh_CN" / "article.txt"


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The review page of the article with an omission and two added credit lines."""
    folder = tmp_path_factory.mktemp("review")
    paragraphs = ZH.read_text(encoding="utf-8").split("\n\n")
    left_out = next(k for k, p in enumerate(paragraphs) if p.startswith("“一杯咖啡的力量”"))
    paragraphs[left_out:left_out + 1] = ["（责任编辑：王立平）"]
    paragraphs.insert(len(paragraphs) // 2 + 2, "来源：新华网")
    zh = folder / "zh.txt"
    zh.write_text("\n\n".join(paragraphs), encoding="utf-8")
    out = folder / "review.html"
    result = run_tm("align", str(EN), str(zh), "--format", "html", "-o", str(out))
    assert result.code == 0, result.err
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    binary = executable()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (.ci/run installs it)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    started = Browser(binary)
    try:
        yield started
    finally:
        started.close()


def test_the_page_is_self_contained(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert "<style>" in html and "<script>" in html
    assert not re.search(r"""(src|href)\s*=|@import|url\(|https?://""", html)
    assert "Content-Security-Policy" in html and "default-src 'none'" in html


def test_the_page_marks_nulls_and_low_confidence(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert html.count('class="bead') == html.count("<tr class=")
    assert "target only" in html and "source only" in html
    assert "（责任编辑：王立平）" in html and "来源：新华网" in html
    scores = [float(s) for s in re.findall(r'data-score="([0-9.]+)"', html)]
    review = len(re.findall(r'class="bead review"', html))
    assert review >= 3          # the left-out sentence and the two credit lines at least
    assert len(scores) > review


def visible(browser: Browser, selector: str) -> int:
    count = browser.evaluate(
        f"Array.from(document.querySelectorAll('{selector}'))"
        ".filter(r => r.offsetParent !== null).length")
    assert isinstance(count, int)
    return count


def test_the_page_works_in_a_real_browser(page: Path, browser: Browser,
                                          tmp_path: Path) -> None:
    browser.open(page)
    html = page.read_text(encoding="utf-8")
    beads = html.count("<tr class=")
    review = html.count('class="bead review"')
    assert visible(browser, "tr.bead") == beads            # rendered, nothing hidden
    assert browser.evaluate("getComputedStyle(document.querySelector('tr.bead td'))"
                            ".backgroundColor") not in ("", "rgba(0, 0, 0, 0)")
    browser.press("f")                                      # filter: only what needs review
    assert browser.evaluate("document.getElementById('only-review').checked") is True
    assert visible(browser, "tr.bead") == review
    browser.press("n")                                      # next bead to review
    first = browser.evaluate("document.querySelector('tr.current').id")
    assert browser.evaluate("document.querySelector('tr.current').classList.contains('review')")
    browser.press("n")
    assert browser.evaluate("document.querySelector('tr.current').id") != first
    browser.press("f")                                      # everything again
    assert visible(browser, "tr.bead") == beads
    browser.press("j")
    assert browser.evaluate("document.getElementById('position').textContent") != "–"
    browser.evaluate("document.getElementById('only-review').click()")   # the checkbox too
    assert visible(browser, "tr.bead") == review
    shot = tmp_path / "review.png"
    browser.screenshot(shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    assert browser.errors() == []

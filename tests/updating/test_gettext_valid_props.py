"""Every PO that ``tm pretranslate`` and ``tm update`` write passes ``msgfmt -c`` (hypothesis).

Trial R3-1: an untrusted exact match from another context gave ``#| msgctxt``
with no ``#| msgid`` (its source equals the msgid, so that line was left out),
which gettext's grammar does not allow: msgfmt, msgcat and msgmerge refused
the whole file.  Here memories and catalogs mix contexts (a program's
``menu``/``status``, an XLIFF id), trusted and untrusted units, fuzzy entries
that already carry ``#|`` lines, plurals, and both of tm's id layouts; the
written file must be one gettext accepts.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples
from tm.formats.po import format_po, new_po
from tm.memory import TranslationMemory
from tm.memory._pretranslate import pretranslate
from tm.model import Unit
from tm.segmentation import stable_ids
from tm.updating import update

pytestmark = pytest.mark.skipif(not shutil.which("msgfmt"), reason="GNU gettext not installed")

SOURCES = ("Open", "Print", "Open the map.", "Save the file.", "Offline mode",
           "Save the file now.", "The map is open.")
CONTEXTS = ("", "menu", "status", "Offline mode", "s1a2b3c4d")
TARGETS = ("打开", "打印", "打开地图。", "保存文件。", "离线模式", "脱机模式", "正常")
HEADER = {"Project-Id-Version": "demo", "Language": "zh_CN",
          "Content-Type": "text/plain; charset=UTF-8",
          "Plural-Forms": "nplurals=1; plural=0;"}

unit = st.builds(lambda s, t, c: Unit(s, t, context=c), st.sampled_from(SOURCES),
                 st.sampled_from(TARGETS), st.sampled_from(CONTEXTS))
memory_units = st.lists(st.tuples(unit, st.booleans()), max_size=10)
#: (msgctxt, msgid, plural, fuzzy with #| lines, translated)
entry = st.tuples(st.sampled_from(CONTEXTS), st.sampled_from(SOURCES), st.booleans(),
                  st.sampled_from(("", "menu", None)), st.booleans())


def _entry(ctx: str, msgid: str, plural: bool, previous: str | None,
           translated: bool) -> polib.POEntry:
    """A catalog entry; *previous* not None: fuzzy, with ``#|`` lines (msgctxt *previous*)."""
    made = polib.POEntry(msgctxt=ctx or None, msgid=msgid)
    if plural:
        made.msgid_plural = msgid + " (many)"
        made.msgstr_plural = {0: "译文" if translated else ""}
    elif translated:
        made.msgstr = "译文"
    if previous is not None and translated:
        made.flags = ["fuzzy"]
        made.previous_msgctxt = previous or None
        made.previous_msgid = msgid.lower()
    return made


def _catalog(entries: list[tuple[str, str, bool, str | None, bool]]) -> polib.POFile:
    po = new_po(dict(HEADER))
    seen = set()
    for ctx, msgid, plural, previous, translated in entries:
        if (ctx, msgid) not in seen:  # gettext refuses a repeated msgctxt + msgid
            seen.add((ctx, msgid))
            po.append(_entry(ctx, msgid, plural, previous, translated))
    return po


def _memory(units: list[tuple[Unit, bool]]) -> TranslationMemory:
    memory = TranslationMemory.open()
    for one, trusted in units:
        memory.add([one], trusted=trusted)
    return memory


def _assert_msgfmt_accepts(po: polib.POFile, path: Path) -> None:
    path.write_text(format_po(po), encoding="utf-8")
    done = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr + path.read_text(encoding="utf-8")


@settings(max_examples=examples(80), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(memory_units, st.lists(entry, min_size=1, max_size=8))
def test_pretranslate_writes_what_gettext_reads(tmp_path: Path,
                                               units: list[tuple[Unit, bool]],
                                               entries: list[tuple[str, str, bool, str | None,
                                                                   bool]]) -> None:
    with _memory(units) as memory:
        filled = pretranslate(_catalog(entries), memory, min_score=50).po
    _assert_msgfmt_accepts(filled, tmp_path / "pre.po")


@settings(max_examples=examples(80), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(memory_units, st.lists(entry, min_size=1, max_size=8),
       st.lists(st.sampled_from(SOURCES), min_size=1, max_size=6), st.booleans())
def test_update_writes_what_gettext_reads(tmp_path: Path, units: list[tuple[Unit, bool]],
                                          entries: list[tuple[str, str, bool, str | None, bool]],
                                          new: list[str], id_contexts: bool) -> None:
    old = _catalog(entries)
    if id_contexts:  # tm's former layout: every msgctxt a sentence id
        for made, ctx in zip(old, stable_ids([e.msgid for e in old]), strict=True):
            made.msgctxt = ctx
    with _memory(units) as memory:
        result = update(new, old, memory=memory).po
    _assert_msgfmt_accepts(result, tmp_path / "upd.po")


def test_a_context_only_change_writes_the_previous_msgid_too(tmp_path: Path) -> None:
    """The trial's case: a fuzzy memory unit from context menu fills the entry without one."""
    with _memory([(Unit("Print", "打印", context="menu"), False)]) as memory:
        filled = pretranslate(_catalog([("", "Print", False, None, False)]), memory).po
    text = format_po(filled)
    assert '#| msgctxt "menu"\n#| msgid "Print"\nmsgid "Print"' in text, text
    _assert_msgfmt_accepts(filled, tmp_path / "one.po")


def test_any_entry_with_a_previous_context_is_written_with_a_previous_msgid() -> None:
    """The PO writer completes what a caller left out (polib allows it; gettext does not)."""
    po = new_po(dict(HEADER))
    po.append(polib.POEntry(msgid="Open", msgstr="打开", flags=["fuzzy"],
                            previous_msgctxt="menu"))
    assert '#| msgctxt "menu"\n#| msgid "Open"\nmsgid "Open"' in format_po(po)

"""tm.update on whole PO files: the revised article, invariants, msgfmt, file safety."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import polib
import pytest

import tm
from rows import every_row
from tm.formats.po import format_po, read_po
from tm.memory import TranslationMemory
from tm.model import Match, Unit
from tm.segmentation import CHROME, segment, stable_ids
from tm.updating import UpdateConflict, update, update_file

DATA = Path(__file__).parents[1] / "data" / "update"
OLD_PO = DATA / "article.po"
REVISED = DATA / "article.revised.txt"
SOURCE_NAME = "tests/data/update/article.revised.txt"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)


def _without_generator(text: str) -> str:
    """The PO text minus the lines that name the version of the rules (the signatures)."""
    return "\n".join(line for line in text.splitlines()
                     if not line.startswith(('"X-Generator', '"X-Tm-Signature', "# tm provenance")))


def _article_result() -> tm.UpdateResult:
    # As tm update does: the page's navigation line ("App | 中文 |") is skipped.
    return update(REVISED.read_text(encoding="utf-8"), OLD_PO, source_name=SOURCE_NAME, now=NOW,
                  skip=CHROME)


def test_revised_article_gives_the_reviewed_po() -> None:
    got = format_po(_article_result().po)
    expected = (DATA / "expected.po").read_text(encoding="utf-8")
    assert _without_generator(got) == _without_generator(expected)
    assert "# tm provenance: update from tests/data/update/article.revised.txt by tm " in got


@every_row(("kind", "count"), [
    ("kept", 9), ("moved", 2), ("edited", 3), ("split", 2), ("merged", 1), ("new", 1),
    ("obsolete", 5), ("memory", 0),
])
def test_revised_article_kinds(kind: str, count: int) -> None:
    assert _article_result().kinds[kind] == count


def test_revised_article_loses_no_translation() -> None:
    old = read_po(OLD_PO)
    new = _article_result().po
    assert {e.msgstr for e in old if e.msgstr} <= {e.msgstr for e in new}


def test_unchanged_entries_keep_translation_flags_and_comments() -> None:
    old = {e.msgid: e for e in read_po(OLD_PO)}
    kept = [e for e in _article_result().po if e.msgid in old and not e.obsolete]
    assert len(kept) == 11
    for entry in kept:
        before = old[entry.msgid]
        assert (entry.msgstr, entry.flags, entry.tcomment, entry.msgctxt) == (
            before.msgstr, before.flags, before.tcomment, before.msgctxt)


def test_fuzzy_entries_carry_previous_msgid_and_score() -> None:
    fuzzy = [e for e in _article_result().po if "fuzzy" in e.flags and not e.obsolete]
    fresh = [e for e in fuzzy if e.comment.startswith("tm-update:")]
    assert len(fresh) == 6
    for entry in fresh:
        assert entry.previous_msgid and entry.previous_msgid != entry.msgid
        assert "% match" in entry.comment


def test_entry_order_follows_the_new_source_and_ids_are_stable() -> None:
    result = _article_result()
    active = [e for e in result.po if not e.obsolete]
    text = " ".join(e.msgid for e in active)
    sentences = [s.text for s in segment(REVISED.read_text(encoding="utf-8"), skip=CHROME)]
    assert text == " ".join(sentences)
    ids = set(stable_ids(sentences))
    assert all(e.msgctxt in ids for e in active)


def test_input_po_is_not_modified() -> None:
    po = read_po(OLD_PO)
    before = format_po(po)
    update(REVISED.read_text(encoding="utf-8"), po, now=NOW)
    assert format_po(po) == before


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext not installed")
def test_result_passes_msgfmt_check(tmp_path: Path) -> None:
    out = tmp_path / "out.po"
    out.write_text(format_po(_article_result().po), encoding="utf-8")
    proc = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(out)], capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 0, proc.stderr


def _po(*pairs: tuple[str, str]) -> polib.POFile:
    po = polib.POFile()
    ids = stable_ids([s for s, _ in pairs])
    for ctx, (source, target) in zip(ids, pairs, strict=True):
        po.append(polib.POEntry(msgctxt=ctx, msgid=source, msgstr=target))
    return po


PAIR = ("The committee met on Monday to discuss the budget.",
        "It approved the plan after a long debate.")
PAIR_ZH = "委员会周一开会讨论预算，经过长时间辩论后批准了该计划。"


@pytest.mark.parametrize(("edited", "old_word", "new_word"), [
    (0, "Monday", "Tuesday"), (1, "long", "short"),
])
def test_edited_two_sentence_entry_stays_one_entry(edited: int, old_word: str,
                                                   new_word: str) -> None:
    po = _po((" ".join(PAIR), PAIR_ZH), ("She wrote a letter.", "她写了一封信。"))
    po[0].msgctxt = stable_ids(PAIR)[0]  # the aligner's id: that of the first sentence
    pair = list(PAIR)
    pair[edited] = pair[edited].replace(old_word, new_word)
    new = [*pair, "She wrote a letter."]
    result = update(new, po, now=NOW)
    assert [c.kind for c in result.changes] == ["edited", "kept"]
    entry = result.po[0]
    assert (entry.msgid, entry.msgstr, entry.flags) == (" ".join(pair), PAIR_ZH, ["fuzzy"])
    assert entry.previous_msgid == " ".join(PAIR)
    assert entry.msgctxt == stable_ids(new)[0]  # the id the aligner gives the bead
    assert entry.previous_msgctxt == (po[0].msgctxt if edited == 0 else None)
    assert entry.comment.startswith("tm-update:") and "edited from" in entry.comment
    again = update(new, result.po, now=NOW)
    assert [c.kind for c in again.changes] == ["kept", "kept"]
    assert format_po(again.po).split("\n\n")[1:] == format_po(result.po).split("\n\n")[1:]


def test_memory_prefills_new_sentences_as_fuzzy() -> None:
    po = _po(("The cat sat on the mat.", "猫坐在垫子上。"))
    new = ["The cat sat on the mat.", "The report will be published later this year."]
    with TranslationMemory.open() as memory:
        memory.add([Unit("The report will be published next year.", "报告将于明年发布。")])
        result = update(new, po, memory=memory, now=NOW)
    entry = next(e for e in result.po if e.msgid == new[1])
    assert entry.msgstr == "报告将于明年发布。"
    assert "fuzzy" in entry.flags
    assert entry.previous_msgid == "The report will be published next year."
    assert [c.kind for c in result.changes] == ["kept", "memory"]


def test_memory_below_threshold_leaves_the_sentence_empty() -> None:
    with TranslationMemory.open() as memory:
        memory.add([Unit("Something else entirely, about fish.", "完全是别的东西。")])
        result = update(["The report will be published later this year."], _po(),
                        memory=memory, now=NOW)
    assert [(e.msgstr, e.flags) for e in result.po] == [("", [])]


def test_obsolete_translation_comes_back() -> None:
    po = _po(("First sentence here.", "第一句。"), ("Second sentence here.", "第二句。"))
    once = update(["First sentence here."], po, now=NOW).po
    assert [(e.msgid, e.obsolete) for e in once] == [
        ("First sentence here.", False), ("Second sentence here.", True)]
    twice = update(["First sentence here.", "Second sentence here."], once, now=NOW)
    assert [c.kind for c in twice.changes] == ["kept", "revived"]
    assert [(e.msgstr, e.obsolete) for e in twice.po] == [("第一句。", False), ("第二句。", False)]


def test_header_is_kept_and_signed() -> None:
    po = _po(("A sentence.", "一句。"))
    po.metadata = {"Project-Id-Version": "demo", "Language": "zh_CN",
                   "PO-Revision-Date": "2026-01-01 10:00+0800"}
    meta = update(["A sentence."], po, now=NOW).po.metadata
    assert meta["Project-Id-Version"] == "demo"
    assert meta["PO-Revision-Date"] == "2026-01-01 10:00+0800"
    assert meta["POT-Creation-Date"] == "2026-11-26 12:00+0000"
    assert meta["X-Generator"].startswith(f"tm {tm.__version__}; segmentation en.srx@")


class _EditsThePoMeanwhile:
    """A memory whose lookup saves the PO meanwhile, as a translator's editor would."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def lookup(self, query: str, *, target_lang: str = "zh-CN", min_score: float = 60,
               limit: int = 1) -> list[Match]:
        self.path.write_text(self.path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        return []


def test_concurrent_change_is_refused(tmp_path: Path) -> None:
    po = tmp_path / "article.po"
    shutil.copy(OLD_PO, po)
    with pytest.raises(UpdateConflict, match="changed on disk"):
        update_file(REVISED, po, memory=_EditsThePoMeanwhile(po))
    saved = po.read_text(encoding="utf-8")
    assert saved.startswith(OLD_PO.read_text(encoding="utf-8")) and "tm-update" not in saved
    assert [p.name for p in tmp_path.iterdir()] == ["article.po"]  # no temporary file left


def test_update_file_dry_run_writes_nothing(tmp_path: Path) -> None:
    po = tmp_path / "article.po"
    shutil.copy(OLD_PO, po)
    result = update_file(REVISED, po, dry_run=True)
    assert result.summary["fuzzy"] == 6
    assert po.read_bytes() == OLD_PO.read_bytes()


ALIGNED = Path(__file__).parents[2] / "locales" / "zh_CN" / "LC_MESSAGES" / "article.po"


@pytest.mark.skipif(not ALIGNED.exists(), reason="the aligned article PO is not there")
def test_the_aligned_article_po_updates_without_loss(tmp_path: Path) -> None:
    old = read_po(ALIGNED)
    result = update(REVISED.read_text(encoding="utf-8"), old, source_name=SOURCE_NAME,
                    skip=CHROME)
    assert {e.msgstr for e in old if e.msgstr} <= {e.msgstr for e in result.po}
    unchanged = {s.text for s in segment(REVISED.read_text(encoding="utf-8"), skip=CHROME)}
    for entry in (e for e in result.po if not e.obsolete):
        before = [o for o in old if o.msgid == entry.msgid]
        if before and all(s.text in unchanged for s in segment(entry.msgid)):
            assert (entry.msgstr, entry.flags) == (before[0].msgstr, before[0].flags)
    if shutil.which("msgfmt"):
        out = tmp_path / "out.po"
        out.write_text(format_po(result.po), encoding="utf-8")
        assert subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(out)],
                              check=False).returncode == 0


def test_plural_entry_with_any_translated_form_is_kept_as_obsolete() -> None:
    """Issue 9.6: msgstr[0] empty, msgstr[1] translated, sentence gone: the entry was dropped."""
    old = polib.POFile()
    old.metadata = {"Language": "zh_CN"}
    old.append(polib.POEntry(msgid="One file.", msgid_plural="%d files.",
                             msgstr_plural={0: "", 1: "%d 个文件。"}))
    old.append(polib.POEntry(msgid="Stays.", msgstr="留下。"))
    result = update(["Stays."], old)
    gone = [e for e in result.po if e.obsolete]
    assert [(e.msgid, e.msgid_plural, e.msgstr_plural) for e in gone] == [
        ("One file.", "%d files.", {0: "", 1: "%d 个文件。"})]
    assert "%d 个文件。" in format_po(result.po)


def test_plural_entry_edited_keeps_every_form_as_obsolete() -> None:
    """A fuzzy suggestion carries one form; the plural entry itself must survive whole."""
    old = polib.POFile()
    old.append(polib.POEntry(msgid="The big red file was opened today.",
                             msgid_plural="The big red files were opened today.",
                             msgstr_plural={0: "今天打开了那个大红文件。",
                                            1: "今天打开了那些大红文件。"}))
    result = update(["The big red file was opened yesterday."], old)
    kept = [e for e in result.po if e.obsolete and e.msgid_plural]
    assert kept and kept[0].msgstr_plural == old[0].msgstr_plural


@every_row("new", [
    [PAIR[0], PAIR[0], PAIR[1]],             # the pair's first sentence repeated before it
    [PAIR[0], PAIR[1], PAIR[1]],             # its second sentence repeated after it
    [PAIR[1], PAIR[0], PAIR[1]],             # a copy of the second before the pair
    [PAIR[0], PAIR[1], PAIR[0], PAIR[1]],    # the whole pair twice
    [PAIR[0], PAIR[0], PAIR[0], PAIR[1]],    # the first sentence three times
], ids=["first-before", "second-after", "second-before", "pair-twice", "first-thrice"])
def test_update_is_idempotent_when_a_two_sentence_entry_has_a_repeated_sentence(
        new: list[str]) -> None:
    """Issue 9.17: a second run over the same source changes nothing.

    A kept 2-1 entry whose sentence also appears elsewhere lost two sentences
    and turned fuzzy on the second run (found by hypothesis seeds 17 and 20).
    """
    old = polib.POFile()
    old.append(polib.POEntry(msgid=" ".join(PAIR), msgstr=PAIR_ZH))
    once = update(new, old, now=NOW).po
    twice = update(new, once, now=NOW)
    assert [c.kind for c in twice.changes if c.kind != "obsolete"] == [
        "kept"] * len([e for e in once if not e.obsolete])
    assert format_po(twice.po) == format_po(once)
    assert PAIR_ZH in {e.msgstr for e in twice.po if not e.obsolete}


def test_update_is_idempotent_when_split_entries_give_a_repeated_sentence() -> None:
    """Found by the property test's ``copy`` edit (hypothesis seed 117), shrunk by hand.

    The first run gave the three ``Alpha alpha.`` two entries (an edited one
    for two copies, a split one for the third, told apart by msgctxt); the
    second run paired the copies with the entries in document order, so the
    file changed.  A sentence without an entry of its own is now one entry
    (the best suggestion) for all its copies, and the other translation stays
    obsolete.
    """
    old = polib.POFile()
    old.append(polib.POEntry(msgid="Alpha alpha alpha.", msgstr="甲。"))
    old.append(polib.POEntry(msgid="Alpha alpha alpha alpha beta.", msgstr="乙。丙。"))
    new = ["Alpha alpha.", "Alpha alpha.", "Alpha alpha.", "Alpha alpha beta."]
    once = update(new, old, now=NOW).po
    twice = update(new, once, now=NOW)
    assert [c.kind for c in twice.changes if c.kind != "obsolete"] == [
        "kept"] * len([e for e in once if not e.obsolete])
    assert format_po(twice.po) == format_po(once)
    active = [e for e in once if not e.obsolete]
    assert [e.msgid for e in active] == ["Alpha alpha.", "Alpha alpha beta."]
    assert {e.msgstr for e in old} <= {e.msgstr for e in once}  # nothing lost


def test_a_fuzzy_entry_edited_again_keeps_its_whole_previous_message() -> None:
    """Red-team pass 11 (R11-5): an entry still fuzzy keeps the message its translation was
    made for (msgmerge's rule), msgctxt and msgid together: a program's context "dialog"
    whose previous message was under msgctxt "toolbar" lost its `#| msgctxt`, so the
    reviewer saw "Close the window." under "dialog", a message that never existed."""
    po = polib.POFile()
    po.append(polib.POEntry(msgctxt="dialog", msgid="Close the window now.",
                            msgstr="关闭窗口。", flags=["fuzzy"],
                            previous_msgctxt="toolbar", previous_msgid="Close the window."))
    result = update(["Close the window right now."], po, now=NOW)
    [entry] = [e for e in result.po if not e.obsolete]
    assert entry.flags[0] == "fuzzy" and entry.msgctxt == "dialog"
    assert (entry.previous_msgctxt, entry.previous_msgid) == ("toolbar", "Close the window.")

"""A file's identity, beside its display origin (red team M-7, schema 10).

A re-imported file supersedes what that same file said before: an entry the
translator dropped, or gave a context, no longer comes back as a trusted 100.
"The same file" is its identity (``add(source_ids=...)``; ``tm import``: the
resolved path or ``--source-id``), not its display path: two projects both
import ``po/zh_CN.po``, and one's re-import must neither replace nor withdraw
the other's translations.  What another file also says is never deleted: it
passes to that file, as trusted as the files still saying it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_memory_markup import TO_SCHEMA_9, _meta, _sql

from conftest import examples, run_tm
from tm import TranslationMemory, Unit
from tm.memory._schema import SCHEMA_VERSION

PO = "po/zh_CN.po"
A, B = {PO: "/home/a/proj/po/zh_CN.po"}, {PO: "/home/b/proj/po/zh_CN.po"}


def _u(source: str, target: str, line: int = 1, context: str = "", path: str = PO) -> Unit:
    return Unit(source, target, context=context, origin=f"{path}:{line}", target_lang="zh-CN")


def _stored(memory: TranslationMemory) -> list[tuple[str, str, str, bool]]:
    """(source, target, context, trusted) of every unit, sorted."""
    return sorted((u.source, u.target, u.context, not u.fuzzy) for u in memory.units())


def test_a_whole_named_file_withdraws_the_entries_it_no_longer_has(location: str) -> None:
    """M-7: the translator dropped Close and gave Open a context; re-imported, neither the
    dropped entry nor the old context-free Open is served any more."""
    with TranslationMemory.open(location) as memory:
        assert memory.add([_u("Open", "开放"), _u("Close", "关闭", 4)],
                          whole_files=True, source_ids=A) == 2
        assert memory.add([_u("Open", "开放"), _u("Close", "关闭", 4)],
                          whole_files=True, source_ids=A) == 0
        assert memory.add([_u("Open", "打开", context="menu")],
                          whole_files=True, source_ids=A) == 3
        assert _stored(memory) == [("Open", "打开", "menu", True)]
        assert [m.unit.target for m in memory.lookup("Close", target_lang="zh-CN")] == []
        # not sent whole (an import that leaves entries out): nothing is withdrawn
        memory.add([_u("Save", "保存")], source_ids=A)
        assert len(memory) == 2


def test_another_projects_file_of_the_same_name_neither_replaces_nor_withdraws(
        location: str) -> None:
    """Two projects' po/zh_CN.po: each is its own file to the memory (before, the second
    replaced the first one's Open, and its re-import withdrew the first's entries)."""
    with TranslationMemory.open(location) as memory:
        memory.add([_u("Open", "开放"), _u("Close", "关闭", 4)], whole_files=True, source_ids=A)
        memory.add([_u("Open", "打开")], whole_files=True, source_ids=B)
        assert _stored(memory) == [("Close", "关闭", "", True), ("Open", "开放", "", True),
                                   ("Open", "打开", "", True)]
        memory.add([_u("Open", "打开")], whole_files=True, source_ids=B)  # B again: A stays
        memory.add([_u("Quit", "退出")], whole_files=True, source_ids=B)  # B drops Open
        assert _stored(memory) == [("Close", "关闭", "", True), ("Open", "开放", "", True),
                                   ("Quit", "退出", "", True)]


def test_a_withdrawn_entry_another_file_says_passes_to_it_with_its_trust(location: str) -> None:
    """Never deleted while another file says it: a reviewed catalog drops a pair an
    unreviewed vendor memory also says; the pair stays, the vendor's, a 99."""
    with TranslationMemory.open(location) as memory:
        memory.add([_u("Print", "打印", path="vendor.tmx")], trusted=False)
        memory.add([_u("Print", "打印"), _u("Open", "打开", 2)], whole_files=True, source_ids=A)
        assert _stored(memory) == [("Open", "打开", "", True), ("Print", "打印", "", True)]
        memory.add([_u("Open", "打开", 2)], whole_files=True, source_ids=A)
        assert [(str(u.origin), not u.fuzzy) for u in memory.units() if u.source == "Print"] \
            == [("vendor.tmx:1", False)]
        [match] = memory.lookup("Print", target_lang="zh-CN")
        assert (match.score, match.trusted) == (99.0, False)
        # and the other way round: a file listed on a unit it no longer says leaves it
        memory.add([_u("Open", "打开", 2, path="vendor.tmx")], trusted=False)
        memory.add([_u("Help", "帮助")], whole_files=True, source_ids=A)
        assert [(str(u.origin), not u.fuzzy) for u in memory.units() if u.source == "Open"] \
            == [("vendor.tmx:2", False)]


def test_a_named_file_supersedes_what_its_path_alone_said_for_the_sentences_it_sends(
        location: str) -> None:
    """A memory filled before files had identities (or by a caller that gives none) knows
    the file by its path: a named import of that path takes over the sentences it sends
    (a changed translation replaces the old one, no two rivals), and leaves the
    others, which may be another project's file of that name."""
    with TranslationMemory.open(location) as memory:
        memory.add([_u("Open", "开放"), _u("Close", "关闭", 4), _u("Quit", "退出", 6)])
        memory.add([_u("Open", "打开"), _u("Close", "关闭", 4)], whole_files=True, source_ids=A)
        assert _stored(memory) == [("Close", "关闭", "", True), ("Open", "打开", "", True),
                                   ("Quit", "退出", "", True)]
        assert [m.final for m in memory.lookup("Open", target_lang="zh-CN")] == [True]
        memory.add([_u("Open", "打开")], whole_files=True, source_ids=A)   # its own Close goes
        assert _stored(memory) == [("Open", "打开", "", True), ("Quit", "退出", "", True)]


def test_a_file_known_by_its_path_alone_withdraws_only_its_sentences_further_translations(
        location: str) -> None:
    """Without an identity (the Python API, the server) a whole file is known by its path,
    which another project may type alike: it withdraws only the further translations of
    the sentences it sends (reviews R-21, R-25), as before."""
    with TranslationMemory.open(location) as memory:
        memory.add([_u("Open", "开放"), _u("Close", "关闭", 4)], whole_files=True)
        memory.add([_u("Open", "打开", context="menu")], whole_files=True)
        assert len(memory) == 3


def test_a_schema_9_memory_gets_its_files_by_path_and_a_named_import_takes_them_over(
        location: str) -> None:
    """The upgrade to schema 10 records each unit's and listing's file by its path (the
    identity its keys were made with): the memory answers as before, a re-import by
    path changes nothing, and a named import supersedes the sentences it sends."""
    with TranslationMemory.open(location) as memory:
        memory.add([_u("Open", "开放"), _u("Close", "关闭", 4), _u("Quit", "退出", 6)])
        memory.add([_u("Close", "关闭", path="b.po")], trusted=False)  # a listing
    _sql(location, TO_SCHEMA_9)
    with TranslationMemory.open(location, readonly=True) as memory:  # read as it is
        assert len(memory) == 3
    with TranslationMemory.open(location) as memory:
        assert _meta(location, "schema") == SCHEMA_VERSION
        assert memory.add([_u("Open", "开放"), _u("Close", "关闭", 4)]) == 0
        memory.add([_u("Open", "打开"), _u("Quit", "退出", 6)], whole_files=True, source_ids=A)
        assert _stored(memory) == [("Close", "关闭", "", True), ("Open", "打开", "", True),
                                   ("Quit", "退出", "", True)]
        memory.remove_origin(PO)  # Close passes to b.po, untrusted
        assert _stored(memory) == [("Close", "关闭", "", False)]


def _left_by_a(location: str, leave: str) -> list[tuple[str, str, bool]]:
    """Go -> 走, owned by a file then listed by an untrusted and a trusted one; the owner
    leaves it in the way *leave* says: (target, origin, trusted) of what is left."""
    with TranslationMemory.open(location) as memory:
        memory.add([_u("Go", "走"), _u("Stay", "留", 2)], source_ids=A)
        memory.add([_u("Go", "走", path="v1.tmx")], trusted=False)
        memory.add([_u("Go", "走", path="v2.po")])
        if leave == "remove_origin":
            memory.remove_origin(PO)
        elif leave == "remove_units":
            memory.remove_units([_u("Go", "走")], source_ids=A)
        elif leave == "dropped":
            memory.add([_u("Stay", "留", 2)], whole_files=True, source_ids=A)
        else:  # the file moves on to another translation
            memory.add([_u("Go", "去")], source_ids=A)
        return sorted((u.target, str(u.origin), not u.fuzzy) for u in memory.units()
                      if u.target == "走")


def test_every_way_a_file_leaves_a_unit_passes_it_alike(
        new_location: Callable[[], str]) -> None:
    """One rule (tm.memory._listed.passing) for withdrawing a file, taking it off some
    units, a re-import without the entry, and the file changing its translation: the
    unit passes to the first file it lists, as trusted as the files left saying it."""
    results = {way: _left_by_a(new_location(), way)
               for way in ("remove_origin", "remove_units", "dropped", "moved on")}
    assert set(map(tuple, results.values())) == {(("走", "v1.tmx:1", True),)}, results


_ENTRIES = st.dictionaries(st.tuples(st.sampled_from(["Open", "Close"]),
                                     st.sampled_from(["", "menu"])),
                           st.sampled_from(["开", "关", "开放"]), max_size=3)
_IMPORT = st.tuples(st.sampled_from(["one", "two", "three"]), _ENTRIES, st.booleans())


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture],
          max_examples=examples(100), deadline=None)
@given(st.lists(_IMPORT, min_size=1, max_size=6))
def test_after_whole_named_imports_the_memory_holds_what_each_file_says_now(
        new_location: Callable[[], str],
        steps: list[tuple[str, dict[tuple[str, str], str], bool]]) -> None:
    """Three projects' po/zh_CN.po, each imported whole again and again, trusted or not:
    after every import the memory holds exactly the pairs some file says now, each
    trusted iff a file saying it was imported trusted (red team M-7, reviews R-21, Y-19); a
    file that sends nothing leaves what it said (review R-8)."""
    says: dict[str, tuple[dict[tuple[str, str], str], bool]] = {}
    with TranslationMemory.open(new_location()) as memory:
        for project, entries, trusted in steps:
            units = [_u(source, target, i + 1, context)
                     for i, ((source, context), target) in enumerate(sorted(entries.items()))]
            memory.add(units, trusted=trusted, whole_files=True,
                       source_ids={PO: f"/home/{project}/po/zh_CN.po"})
            if entries:   # a file that sends nothing withdraws nothing (review R-8)
                says[project] = (entries, trusted)
            expected: dict[tuple[str, str, str], bool] = {}
            for said, trust in says.values():
                for (source, context), target in said.items():
                    key = (source, target, context)
                    expected[key] = expected.get(key, False) or trust
            assert {(s, t, c): trust for s, t, c, trust in _stored(memory)} == expected
            assert len(memory) == len(expected)


def test_a_named_file_that_sends_nothing_withdraws_nothing(location: str) -> None:
    """Review R-8: a whole named file that now sends no unit (a zero-byte file, every
    msgstr reset) is no retraction: what it gave stays, while a file that still sends
    something is taken off what it dropped."""
    with TranslationMemory.open(location) as memory:
        memory.add([_u("Open", "开放"), _u("Close", "关闭", 4)], whole_files=True, source_ids=A)
        counts: dict[str, int] = {}
        assert memory.add([], whole_files=True, source_ids=A, counts=counts) == 0
        assert counts == {"changed": 0, "withdrawn": 0}
        assert _stored(memory) == [("Close", "关闭", "", True), ("Open", "开放", "", True)]
        assert memory.add([_u("Open", "开放")], whole_files=True, source_ids=A,
                          counts=counts) == 1
        assert counts == {"changed": 0, "withdrawn": 1}
        assert _stored(memory) == [("Open", "开放", "", True)]


def test_an_untranslated_sentence_is_no_withdrawal_of_its_translation(location: str) -> None:
    """Review R-8: a sentence the file still holds with an empty msgstr keeps its
    translation; a dropped sentence, or one given another translation, does not."""
    with TranslationMemory.open(location) as memory:
        memory.add([_u("Open", "开放"), _u("Close", "关闭", 4, context="menu"),
                    _u("Save", "保存", 7), _u("Quit", "退出", 9)],
                   whole_files=True, source_ids=A)
        memory.add([_u("Save", "存盘", 7)], whole_files=True, source_ids=A,
                   untranslated={PO: [("Open", ""), ("Close", "menu")]})
        assert _stored(memory) == [("Close", "关闭", "menu", True), ("Open", "开放", "", True),
                                   ("Save", "存盘", "", True)]


_HEAD = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
         '"Language: zh_CN\\n"\n\n')


def _import_po(folder: Path, location: str, entries: str) -> tuple[str, str]:
    (folder / "po").mkdir(parents=True, exist_ok=True)
    (folder / "po" / "zh_CN.po").write_text(_HEAD + entries if entries else "",
                                            encoding="utf-8")
    result = run_tm("import", "po/zh_CN.po", "--db", location, cwd=folder)
    assert result.code == 0, result.err
    return result.out, result.err


def _held(location: str) -> list[tuple[str, str]]:
    with TranslationMemory.open(location) as memory:
        return sorted((u.source, u.target) for u in memory.units())


def test_reimporting_an_emptied_or_untranslated_po_keeps_its_units(
        location: str, tmp_path: Path) -> None:
    """Review R-8 through tm import: a zero-byte po/zh_CN.po and one whose msgstrs were all
    reset to "" withdraw nothing (a warning names the file); one msgstr reset keeps that
    sentence's translation while a dropped entry is withdrawn, counted apart."""
    both = ('msgid "Delete the file?"\nmsgstr "删除文件？"\n\n'
            'msgid "Save changes"\nmsgstr "保存更改"\n')
    out, _ = _import_po(tmp_path, location, both)
    assert "2 new or changed; 2 units" in out
    for emptied in ("", 'msgid "Delete the file?"\nmsgstr ""\n\nmsgid "Save changes"\n'
                        'msgstr ""\n'):
        out, err = _import_po(tmp_path, location, emptied)
        assert "0 new or changed; 2 units" in out
        assert "po/zh_CN.po: no translation in it; nothing it gave before is withdrawn" in err
        assert _held(location) == [("Delete the file?", "删除文件？"), ("Save changes", "保存更改")]
    out, err = _import_po(tmp_path, location,
                          'msgid "Delete the file?"\nmsgstr ""\n\nmsgid "Quit"\nmsgstr "退出"\n')
    assert "1 new or changed, 1 withdrawn" in out and not err
    assert _held(location) == [("Delete the file?", "删除文件？"), ("Quit", "退出")]


def test_a_file_takes_over_what_its_former_identity_said(location: str) -> None:
    """Review R-6: a file known now by its project was known by its resolved path (stop
    31).  Sent whole it takes over everything that identity said (a dropped entry goes);
    sent in part, only the sentences it sends; another file's identity loses nothing."""
    web = {PO: "example.org/web:po/zh_CN.po"}
    with TranslationMemory.open(location) as memory:
        memory.add([_u("Open", "开放"), _u("Close", "关闭", 4), _u("Quit", "退出", 6)],
                   whole_files=True, source_ids=A)
        memory.add([_u("Open", "开放")], whole_files=True, source_ids=B)
        memory.add([_u("Open", "打开")], source_ids=web, former_ids={PO: [A[PO]]})
        assert _stored(memory) == [("Close", "关闭", "", True), ("Open", "开放", "", True),
                                   ("Open", "打开", "", True), ("Quit", "退出", "", True)]
        counts: dict[str, int] = {}
        memory.add([_u("Open", "打开"), _u("Quit", "退出", 6)], whole_files=True,
                   source_ids=web, former_ids={PO: [A[PO]]}, untranslated={PO: [("Close", "")]},
                   counts=counts)
        assert counts == {"changed": 0, "withdrawn": 0}   # Close untranslated: kept
        assert _stored(memory) == [("Close", "关闭", "", True), ("Open", "开放", "", True),
                                   ("Open", "打开", "", True), ("Quit", "退出", "", True)]
        memory.add([_u("Open", "打开")], whole_files=True, source_ids=web,
                   former_ids={PO: [A[PO]]})
        assert _stored(memory) == [("Open", "开放", "", True), ("Open", "打开", "", True)]
        # B's Open is another file's: it stays, and lookup tells the two apart
        ids = sorted(m.source_id for m in memory.lookup("Open", target_lang="zh-CN"))
        assert ids == [B[PO], web[PO]]


def test_another_file_of_the_same_relative_path_holding_another_translation_is_warned_of(
        location: str) -> None:
    """One line per pair of files, naming both, only for a trusted different translation
    of a sentence the named file sends (not for an untrusted one, not for the same)."""
    web = {PO: "example.org/web:po/zh_CN.po"}
    lines: list[str] = []
    with TranslationMemory.open(location) as memory:
        memory.add([_u("Open", "开放"), _u("Close", "关闭", 4)], source_ids=A)
        memory.add([_u("Save", "保存")], source_ids={"b/po/zh_CN.po": "/x/po/zh_CN.po"},
                   trusted=False)
        memory.add([_u("Open", "打开"), _u("Close", "关闭", 4), _u("Save", "存储")],
                   source_ids=web, on_warning=lines.append)
        assert lines == [f"{PO} (example.org/web:po/zh_CN.po) translates 1 sentence otherwise "
                         f"than {A[PO]}, which holds it trusted: 'Open' -> '打开' here, '开放' "
                         f"there (if that is an earlier copy of this file, importing it with "
                         f"--replaces {A[PO]} takes it over)"]
        lines.clear()
        memory.add([_u("Open", "打开")], source_ids={"other.po": "x:other.po"},
                   on_warning=lines.append)
        assert lines == []

"""Red-team finding 22 (2026-12-06): what ``tm import`` says must be what it did.

It reported "from 1 file" for a folder of many; a folder ignored --source-lang and
--encoding; a new memory that failed on a full disk named its staging file; two
imports racing to create one memory both printed the count of their own staging
file.  Each test is named for the class of defect it guards against and fails on
the code before its fix.
"""

from __future__ import annotations

import os
import re
import resource
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import tm
from conftest import ROOT, run_tm
from forked import run_tm_child


def _po(path: Path, pairs: list[tuple[str, str]], header: str = "Language: zh_CN\\n",
        encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f'msgid "{s}"\nmsgstr "{t}"\n\n' for s, t in pairs)
    path.write_bytes(f'msgid ""\nmsgstr "{header}"\n\n{body}'.encode(encoding))
    return path


def _summary(out: str) -> tuple[int, int, int]:
    found = re.search(r"imported (\d+) units? from (\d+) files?.*; (\d+) units? in ", out)
    assert found, out
    read, files, total = found.groups()
    return int(read), int(files), int(total)


def test_the_summary_counts_every_file_a_folder_holds(tmp_path: Path) -> None:
    for i, lang in enumerate(["zh_CN", "zh_TW", "ja"]):
        _po(tmp_path / "locales" / lang / "app.po", [(f"Sentence {i}.", f"句子{i}。")])
    _po(tmp_path / "one.po", [("Alone.", "独自。")])
    result = run_tm("import", str(tmp_path / "locales"), str(tmp_path / "one.po"),
                    "--db", str(tmp_path / "x.db"))
    assert result.code == 0, result.err
    assert _summary(result.out) == (4, 4, 4)
    # Counting the result left no journal files beside the new memory.
    assert sorted(p.name for p in tmp_path.glob("x.db*")) == ["x.db"]
    # REDTEAM12 I-13: a folder holding no PO file (an OmegaT project's tm/, TMX and XLIFF
    # exports) was "no *.po files below this directory"; it is read as its TMX and XLIFF
    # files, while a locale tree is still read as its PO files alone (a TMX beside them
    # is read when named).
    memories = tmp_path / "omegat" / "tm"
    (memories / "auto").mkdir(parents=True)
    assert run_tm("export", "--db", str(tmp_path / "x.db"), "-o",
                  str(memories / "auto" / "all.TMX")).code == 0
    assert run_tm("export", "--db", str(tmp_path / "x.db"), "-o", str(memories / "job.xlf"),
                  "--target-lang", "zh-CN").code == 0
    (tmp_path / "locales" / "stray.tmx").write_bytes((memories / "auto" / "all.TMX").read_bytes())
    (memories / "notes.csv").write_text("source,target\nNot walked.,不读。\n", encoding="utf-8")
    result = run_tm("import", str(memories), "--db", str(tmp_path / "omegat.db"))
    assert result.code == 0, result.err
    assert _summary(result.out)[1] == 2
    # review R-8: OmegaT ranks tm/mt/ (machine translation) and tm/penalty-NNN/ below a
    # translation: their units are imported untrusted, with a warning naming the file
    for rank, sentence in (("mt", "Close the lid."), ("penalty-030", "Open the valve.")):
        (memories / rank).mkdir()
        (memories / rank / "vendor.tmx").write_text(
            '<tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" '
            'o-tmf="x" adminlang="en" creationtool="x" creationtoolversion="1"/><body><tu>'
            f'<tuv xml:lang="en"><seg>{sentence}</seg></tuv><tuv xml:lang="zh-CN"><seg>译文'
            '</seg></tuv></tu></body></tmx>', encoding="utf-8")
    result = run_tm("import", str(memories), "--db", str(tmp_path / "omegat.db"))
    assert "(2 fuzzy, untrusted)" in result.out and result.err.count("OmegaT ranks") == 2
    with tm.TranslationMemory.open(tmp_path / "omegat.db", readonly=True) as memory:
        assert [m.trusted for m in memory.lookup("Close the lid.")] == [False]
    assert run_tm("import", str(tmp_path / "locales"), "--db", str(tmp_path / "y.db")).out \
        .startswith("imported 3 units from 3 files")
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "sub" / "glossary.csv").write_text("source,target\n", encoding="utf-8")
    assert run_tm("import", str(empty), "--db", str(tmp_path / "z.db")).err == (
        f"tm: error: {empty}: no *.po, *.tmx, *.xlf or *.xliff files below this directory\n")


def test_every_import_option_applies_to_each_file_of_a_folder(tmp_path: Path) -> None:
    # No charset declared: --encoding says what it is; --source-lang what the msgids are.
    _po(tmp_path / "loc" / "zh_CN" / "a.po", [("Hallo Welt.", "你好，世界。")],
        header="Language: zh_CN\\n", encoding="gb18030")
    db = tmp_path / "x.db"
    result = run_tm("import", str(tmp_path / "loc"), "--db", str(db), "--encoding", "gb18030",
                    "--source-lang", "de")
    assert result.code == 0, result.err
    with tm.TranslationMemory.open(db, readonly=True) as memory:
        units = list(memory.units())
    assert [(u.source, u.target, u.source_lang) for u in units] == \
        [("Hallo Welt.", "你好，世界。", "de")]


def test_a_new_memory_that_fails_on_a_full_disk_names_the_memory(tmp_path: Path) -> None:
    po = _po(tmp_path / "big.po", [(f"Sentence number {i} about factories and words.",
                                    f"关于工厂的第{i}句话。") for i in range(6000)])
    db = tmp_path / "new.db"
    # A 256 KB file-size limit (SIGXFSZ ignored, as Python ignores it): the write fails with
    # EFBIG as on a full disk.  The limit is the process's: a tm forked from this one.
    limit = 256 * 1024

    def file_size_limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    code, _, err = run_tm_child(["import", str(po), "--db", str(db)], cwd=ROOT,
                                env=dict(os.environ), timeout=300, preexec=file_size_limit)
    assert code == 2, err
    assert err.startswith(f"tm: error: {db}: "), err
    assert ".new" not in err and err.count("\n") == 1
    assert not list(tmp_path.glob("new.db*"))


def test_an_import_racing_another_into_a_new_memory_prints_the_final_count(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tm.cli.import_ as import_command

    db = tmp_path / "new.db"
    ours = _po(tmp_path / "ours.po", [(f"Ours {i}.", f"我们的{i}。") for i in range(5)])
    theirs = [tm.Unit(f"Theirs {i}.", f"他们的{i}。") for i in range(7)]
    real_progress = import_command.progress

    def racing(units: Iterator[tm.Unit], *args: object) -> Iterator[tm.Unit]:
        # While this import builds its memory beside new.db, another creates new.db
        # (another thread: a writer's staging file is named for its process and thread).
        def other_import() -> None:
            with tm.TranslationMemory.writing(db) as other:
                other.add(theirs)

        worker = threading.Thread(target=other_import)
        worker.start()
        worker.join()
        yield from real_progress(units, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(import_command, "progress", racing)
    result = run_tm("import", str(ours), "--db", str(db))
    assert result.code == 0, result.err
    with tm.TranslationMemory.open(db, readonly=True) as memory:
        final = len(memory)
    assert final == 12
    assert _summary(result.out) == (5, 1, final)


def test_a_termbase_given_to_import_is_named_a_glossary(tmp_path: Path) -> None:
    # REDTEAM4 R6-8: "unknown file format; expected .po, .pot, .tmx, .csv or .tsv" (the list
    # also left out XLIFF, which tm import reads).
    tbx = tmp_path / "terms.tbx"
    tbx.write_text('<?xml version="1.0"?>\n<martif type="TBX"><text><body/></text></martif>\n',
                   encoding="utf-8")
    result = run_tm("import", str(tbx), "--db", str(tmp_path / "m.db"))
    assert result.code == 2 and "--glossary" in result.err and result.err.count("\n") == 1

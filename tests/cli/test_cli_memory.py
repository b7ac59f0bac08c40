"""The translation-memory commands through ``tm.cli.main``.

One memory is built from tests/data/memory (a PO with fuzzy, obsolete and
untranslated entries, a TMX with unusual language spellings, a CSV) and shared
by the read-only commands.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, run_tm
from tm.formats.po import read_po
from tm.formats.tabular import read_csv
from tm.formats.tmx import read_tmx

DATA = ROOT / "tests" / "data" / "memory"
FILES = [str(DATA / "news.po"), str(DATA / "news.tmx"), str(DATA / "news.csv")]
# Translated non-obsolete PO entries (one fuzzy: imported untrusted) + TMX units + CSV rows.
EXPECTED_UNITS = 7 + 2 + 2


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("memory") / "tm.db"
    result = run_tm("import", *FILES, "--db", str(path))
    assert result.code == 0, result.err
    return str(path)


def test_import_summary_and_reimport_adds_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "tm.db")
    first = run_tm("import", *FILES, "--db", path, "--skip-fuzzy")
    assert first.code == 0 and first.err == ""
    sure = EXPECTED_UNITS - 1
    assert f"imported {sure} units from 3 files: {sure} new" in first.out
    again = run_tm("import", *FILES, "--db", path, "--skip-fuzzy")
    assert f": 0 new or changed; {sure} units in" in again.out
    fuzzy = run_tm("import", str(DATA / "news.po"), "--db", path)
    assert "(1 fuzzy, untrusted): 1 new or changed" in fuzzy.out
    assert f"{EXPECTED_UNITS} units" in fuzzy.out


def test_fuzzy_po_entries_are_imported_untrusted(db: str) -> None:
    """Class: a fuzzy entry (a translation still to be reviewed) never becomes a 100 match."""
    out = json.loads(run_tm("lookup", "Exports fell sharply.", "--db", db,
                            "--format", "json").out)["results"]
    assert out["matches"][0]["trusted"] is False and out["matches"][0]["score"] == 99


def test_import_is_all_or_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tmx"
    bad.write_text((DATA / "news.tmx").read_text(encoding="utf-8").replace("</seg></tuv>\n"
                   "    </tu>\n    <tu>", "</tuv></tu><tu>", 1), encoding="utf-8")
    path = str(tmp_path / "tm.db")
    result = run_tm("import", str(DATA / "news.po"), str(bad), "--db", path)
    assert result.code == 2
    assert result.err.startswith(f"tm: error: {bad}:") and "malformed XML" in result.err
    assert result.err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.tmx"]  # no memory was created
    assert run_tm("import", str(DATA / "news.csv"), "--db", path).code == 0
    assert run_tm("import", str(DATA / "news.po"), str(bad), "--db", path).code == 2
    stats = json.loads(run_tm("stats", "--db", path, "--format", "json").out)["results"]
    assert stats["units"] == 2  # the PO before the broken TMX was rolled back too


def test_untrusted_exact_match_is_not_final(tmp_path: Path) -> None:
    path = str(tmp_path / "tm.db")
    run_tm("import", str(DATA / "news.csv"), "--db", path, "--untrusted")
    out = json.loads(run_tm("lookup", "Coffee costs 30 yuan a cup.", "--db", path,
                            "--format", "json").out)["results"]
    assert out["matches"][0]["trusted"] is False and out["matches"][0]["score"] < 100


def test_lookup_text_shows_diff_target_adapted_and_origin(db: str) -> None:
    result = run_tm("lookup", "The factory opened in 2017.", "--db", db)
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].split()[0].endswith("%") and "[-2016-]{+2017+}" in lines[0]
    assert lines[1].strip() == "该工厂于2016年开业。"
    assert lines[2].strip() == "adapted: 该工厂于2017年开业。"
    assert "news.po:" in lines[3] and "context factory" in lines[3]


def test_lookup_json_and_reverse_direction(db: str) -> None:
    out = json.loads(run_tm("lookup", "Sales rose 12 percent last year.", "--db", db,
                            "--format", "json").out)["results"]
    best = out["matches"][0]
    assert (best["score"], best["target"]) == (100, "去年销售额增长了12%。")
    assert best["diff"] == [["=", best["source"]]]
    zh = json.loads(run_tm("lookup", "一杯咖啡30元。", "--db", db, "--source-lang", "zh-CN",
                           "--target-lang", "en", "--format", "json").out)["results"]
    assert zh["matches"][0]["target"] == "Coffee costs 30 yuan a cup."


def test_lookup_without_match_says_so_on_stderr(db: str) -> None:
    result = run_tm("lookup", "Completely unrelated words here", "--db", db)
    assert (result.code, result.out) == (0, "")
    assert "no match at or above 70%" in result.err


@pytest.mark.parametrize(("phrase", "needle", "stdin"), [
    ("inno way", "Zhongguancun [Inno Way] is", None),
    ("创业大街", "中关村[创业大街]是", None),
    # REDTEAM13 J-3: '-' searched for a hyphen where tm lookup and tm terms read stdin
    ("-", "Zhongguancun [Inno Way] is", "\n inno way \n"),
])
def test_concordance_brackets_the_phrase(db: str, phrase: str, needle: str,
                                         stdin: str | None) -> None:
    result = run_tm("concordance", phrase, "--db", db, stdin=stdin)
    assert result.code == 0 and needle in result.out
    assert result.out.count("[") == 2  # two units mention it


def test_concordance_json_spans(db: str) -> None:
    out = json.loads(run_tm("concordance", "Inno Way", "--db", db, "--format", "json").out)
    out = out["results"]
    for hit in out["hits"]:
        text = hit[hit["side"]]
        assert all(text[s:e].lower() == "inno way" for s, e in hit["spans"])


def test_export_formats_read_back(db: str, tmp_path: Path) -> None:
    for fmt in ("tmx", "po", "csv"):
        out = tmp_path / f"out.{fmt}"
        result = run_tm("export", "--db", db, "-o", str(out))
        assert result.code == 0 and f"{EXPECTED_UNITS} units written" in result.err
    assert len(list(read_tmx(tmp_path / "out.tmx"))) == EXPECTED_UNITS
    assert len(list(read_csv(tmp_path / "out.csv"))) == EXPECTED_UNITS
    # The PO holds one language pair; en-US and en are one language, so all units fit.
    assert len([e for e in read_po(tmp_path / "out.po") if e.msgid]) == EXPECTED_UNITS


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="GNU gettext is not installed")
def test_exported_po_passes_msgfmt_check(db: str, tmp_path: Path) -> None:
    out = tmp_path / "out.po"
    run_tm("export", "--db", db, "--format", "po", "-o", str(out))
    proc = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(out)], capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr


def test_export_to_stdout_as_csv(db: str) -> None:
    result = run_tm("export", "--db", db, "--format", "csv")
    assert result.out.splitlines()[0] == "source,target,context,note,source_lang,target_lang,fuzzy"
    assert len(result.out.splitlines()) == EXPECTED_UNITS + 1


def test_stats_text_and_json(db: str) -> None:
    data = json.loads(run_tm("stats", "--db", db, "--format", "json").out)["results"]
    assert data["units"] == EXPECTED_UNITS
    assert sum(data["languages"].values()) == EXPECTED_UNITS
    text = run_tm("stats", "--db", db).out
    assert f"units: {EXPECTED_UNITS}" in text and "news.tmx" in text


def test_analyze_text_document(db: str) -> None:
    data = json.loads(run_tm("analyze", str(DATA / "news.txt"), "--db", db,
                             "--format", "json").out)["results"]
    rows = {row["band"]: row for row in data["bands"]}
    assert data["unit"] == "words" and data["total"]["segments"] == 5
    assert rows["Repetitions"]["segments"] == 1  # the repeated sales sentence
    assert rows["100%"]["segments"] == 2
    assert rows["No match"]["segments"] == 1
    assert sum(r["words"] for r in data["bands"]) == data["total"]["words"]
    table = run_tm("analyze", str(DATA / "news.txt"), "--db", db).out
    assert table.splitlines()[0].split() == ["Match", "Segments", "Words", "Percent"]
    assert table.splitlines()[-1].split()[:2] == ["Total", "5"]


def test_analyze_custom_bands(db: str) -> None:
    data = json.loads(run_tm("analyze", str(DATA / "news.pot"), "--db", db, "--bands",
                             "100,60", "--format", "json").out)["results"]
    assert [row["band"] for row in data["bands"]] == ["100%", "Repetitions", "60-99%",
                                                     "No match"]


def test_pretranslate_fills_exact_and_fuzzy(db: str, tmp_path: Path) -> None:
    out = tmp_path / "zh_CN.po"
    result = run_tm("pretranslate", str(DATA / "news.pot"), "--db", db, "-o", str(out))
    assert result.code == 0 and "1 exact, 1 fuzzy, 1 untranslated" in result.err
    entries = {e.msgid: e for e in read_po(out)}
    exact = entries["Sales rose 12 percent last year."]
    assert exact.msgstr == "去年销售额增长了12%。" and "fuzzy" not in exact.flags
    fuzzy = entries["The factory opened in 2017."]
    assert "fuzzy" in fuzzy.flags and fuzzy.msgstr == "该工厂于2017年开业。"
    assert fuzzy.previous_msgid == "The factory opened in 2016."
    assert fuzzy.comment.startswith("tm: 99% match from ")  # only the year: adapted
    assert entries["Heavy rain is expected along the coast this weekend."].msgstr == ""
    if shutil.which("msgfmt"):
        proc = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(out)],
                              capture_output=True, text=True, check=False)
        assert proc.returncode == 0 and proc.stderr == "", proc.stderr


@pytest.mark.parametrize(("content", "args"), [
    (b"this is not a database at all" * 100, ["stats"]),
    (b"SQLite format 3\x00" + b"\xff" * 4000, ["lookup", "x"]),
    (b"\x00" * 4096, ["import", FILES[2]]),
])
def test_corrupted_database_is_one_line_error(tmp_path: Path, content: bytes,
                                              args: list[str]) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(content)
    result = run_tm(*args, "--db", str(path))
    assert result.code == 2 and result.out == ""
    assert result.err.startswith(f"tm: error: {path}") and result.err.count("\n") == 1
    assert path.read_bytes() == content  # never "repaired" or overwritten


def test_missing_database_for_queries(tmp_path: Path) -> None:
    result = run_tm("lookup", "x", "--db", str(tmp_path / "none.db"))
    assert result.code == 2 and "no such translation memory" in result.err


def test_locked_database_is_one_line_error(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "tm.db"
    assert run_tm("import", FILES[2], "--db", str(path)).code == 0
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        result = run_tm("import", FILES[1], "--db", str(path), "--wait", "0.2")
    finally:
        holder.close()
    assert result.code == 2 and result.out == ""
    assert result.err == f"tm: error: {path}: the database is locked by another writer; " \
        "retry when it finishes\n"
    again = run_tm("import", FILES[1], "--db", str(path))
    assert again.code == 0 and "2 new or changed; 4 units" in again.out


def test_lookup_shows_glossary_terms_of_the_query(db: str) -> None:
    glossary = str(DATA / "terms.csv")
    query = "The company employs 350 people in Shenzhen."
    text = run_tm("lookup", query, "--db", db, "--glossary", glossary)
    assert text.code == 0 and "term: Shenzhen = 深圳" in text.out.splitlines()
    data = json.loads(run_tm("lookup", query, "--db", db, "--glossary", glossary,
                             "--format", "json").out)["results"]
    (term,) = data["terms"]
    assert query[term["start"]:term["end"]] == "Shenzhen" and term["targets"] == ["深圳"]


def test_tmx_without_srclang_imports_with_a_warning(tmp_path: Path) -> None:
    tmx = tmp_path / "nosrc.tmx"
    tmx.write_text((DATA / "news.tmx").read_text(encoding="utf-8")
                   .replace(' srclang="en-US"', "").replace('"ZH-CN"', '"x-chinese"'),
                   encoding="utf-8")
    result = run_tm("import", str(tmx), "--db", str(tmp_path / "tm.db"))
    assert result.code == 0 and "imported 2 units" in result.out
    warnings = result.err.splitlines()
    assert len(warnings) == 2 and all(w.startswith("tm: warning: ") for w in warnings)
    assert "no srclang" in warnings[0] and "'x-chinese'" in warnings[1]


@pytest.mark.parametrize(("query", "options", "target"), [
    ("一杯咖啡30元。", [], "Coffee costs 30 yuan a cup."),                 # guessed zh-CN -> en
    ("一杯咖啡30元。", ["--target-lang", "en-US"], "Coffee costs 30 yuan a cup."),
    ("一杯咖啡30元。", ["--source-lang", "zh_CN"], "Coffee costs 30 yuan a cup."),
    ("Coffee costs 30 yuan a cup.", [], "一杯咖啡30元。"),                 # guessed en -> zh-CN
    ("创业公司需要“耐心”资本。", [], 'Startups need "patient" capital.'),
])
def test_lookup_guesses_the_direction_from_the_query(db: str, query: str, options: list[str],
                                                     target: str) -> None:
    result = run_tm("lookup", query, "--db", db, *options)
    assert result.code == 0
    assert result.out.splitlines()[1].strip() == target


def test_every_memory_command_works_on_each_backend(location: str, tmp_path: Path) -> None:
    """--db and TM_DB take a PostgreSQL URL as they take a file: same answers."""
    assert run_tm("import", *FILES, "--db", location).code == 0
    env = {"TM_DB": location}
    lookup = json.loads(run_tm("lookup", "The factory opened in 2017.", "--format", "json",
                               env=env).out)["results"]
    assert lookup["matches"] and lookup["matches"][0]["score"] >= 80
    stats = json.loads(run_tm("stats", "--format", "json", env=env).out)["results"]
    assert stats["units"] == EXPECTED_UNITS
    assert run_tm("concordance", "factory", env=env).code == 0
    out = tmp_path / "all.tmx"
    assert run_tm("export", "-o", str(out), env=env).code == 0
    assert len(list(read_tmx(str(out)))) == EXPECTED_UNITS


def test_summaries_count_one_unit_in_the_singular(tmp_path: Path) -> None:
    tsv = tmp_path / "one.tsv"
    tsv.write_text("Hello.\t你好。\n", encoding="utf-8")
    db = str(tmp_path / "one.db")
    imported = run_tm("import", str(tsv), "--db", db)
    assert imported.code == 0 and "imported 1 unit from 1 file" in imported.out
    exported = run_tm("export", "--db", db, "--format", "tmx", "-o", str(tmp_path / "o.tmx"))
    assert exported.code == 0 and "1 unit written" in exported.err
    assert "1 units" not in imported.out + exported.err

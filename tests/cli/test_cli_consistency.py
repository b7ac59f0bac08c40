"""Issue 12, "one command line": one test over every command's parser, completion, man page.

:func:`test_every_command_speaks_the_same_language` walks the real parser of
every ``tm`` command and checks option spelling (``--source-lang``,
``--target-lang``, ``--min-score``, ``-o/--output``, ``-q``/``-v``; old spellings
only as hidden aliases) and, for every command that offers ``--format json``,
runs it and checks the one JSON envelope and its indentation.  A new command
with ``--format json`` must get a sample run below, or the test fails.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import tm
from conftest import ROOT, run_tm
from rows import every_row
from tm.cli._parsers import Command, commands

DATA = ROOT / "tests" / "data" / "memory"
LONG_OPTION = re.compile(r"--[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
#: Spellings replaced by the one spelling on the right; they may exist only hidden.
OLD_SPELLINGS = {"--srclang": "--source-lang", "--tgtlang": "--target-lang",
                 "--min": "--min-score", "--threshold": "--min-score",
                 "--lang": "--source-lang"}
#: Deliberate exceptions, each with its reason.
ALLOWED = {
    # ``tm terms --lang`` says which side of the glossary TEXT is written in (source
    # terms or target renderings); it is not the document's source language.
    ("terms", "--lang"),
}
#: ``tm align --fuzzy-below`` is a bead confidence (0-1) below which entries are marked
#: fuzzy, not a match score: it keeps its own name (see docs/alignment.md).
SCORE_LIKE = re.compile(r"--(min|threshold|score)")


def _json_samples(db: Path, tmp: Path) -> dict[str, list[str]]:
    po = tmp / "a.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  'msgid "In 10 cities."\nmsgstr "在11座城市。"\n', encoding="utf-8")
    update_po = tmp / "u.po"
    run_tm("segment", str(DATA / "news.txt"), "--format", "pot", "-o", str(update_po))
    return {
        "align": ["align", str(ROOT / "locales/en/article.txt"),
                  str(ROOT / "locales/zh_CN/article.txt")],
        "update": ["update", str(DATA / "news.txt"), "--po", str(update_po), "--dry-run"],
        "check": ["check", str(po)],
        "terms": ["terms", "Premier Li visited.", "--glossary",
                  str(ROOT / "locales/zh_CN/glossary.tbx")],
        "lookup": ["lookup", "Sales rose 12 percent last year.", "--db", str(db)],
        "concordance": ["concordance", "factory", "--db", str(db)],
        "stats": ["stats", "--db", str(db)],
        "export": ["export", "--db", str(db)],
        "analyze": ["analyze", str(DATA / "news.txt"), "--db", str(db)],
        "import": ["import", str(DATA / "news.po"), "--db", str(db)],
        "pretranslate": ["pretranslate", str(DATA / "news.pot"), "--db", str(db),
                         "-o", str(tmp / "filled.po")],
    }


def _spelling_problems(command: Command) -> list[str]:
    problems = []
    flags = [flag for option in command.options for flag in option.flags]
    for flag in flags:
        if flag.startswith("--") and not LONG_OPTION.fullmatch(flag):
            problems.append(f"{flag}: long options are lower-case words joined by hyphens")
        if flag in OLD_SPELLINGS and (command.name, flag) not in ALLOWED:
            problems.append(f"{flag}: spell it {OLD_SPELLINGS[flag]} (keep {flag} hidden)")
        if "lang" in flag and "encoding" not in flag and (command.name, flag) not in ALLOWED \
                and flag not in ("--source-lang", "--target-lang"):
            problems.append(f"{flag}: languages are --source-lang/--target-lang")
        if SCORE_LIKE.match(flag) and flag != "--min-score":
            problems.append(f"{flag}: a lowest match score is --min-score")
    for option in command.options:
        if option.metavar == "SCORE" and option.flags != ("--min-score",):
            problems.append(f"{option.flags}: a SCORE option is --min-score")
        if "--output" in option.flags and option.flags != ("-o", "--output"):
            problems.append("the output option is -o/--output")
        if "--db" in option.flags and "TM_DB" not in option.help:
            problems.append("--db must say where the memory comes from without it (TM_DB)")
    for required in (("-q", "--quiet"), ("-v", "--verbose")):
        if not any(option.flags == required for option in command.options):
            problems.append(f"missing {'/'.join(required)}")
    return problems


def _envelope_problems(name: str, argv: list[str]) -> list[str]:
    result = run_tm(*argv, "--format", "json")
    if result.code not in (0, 1):
        return [f"`tm {' '.join(argv)} --format json` failed: {result.err.strip()}"]
    try:
        data = json.loads(result.out)
    except ValueError as err:
        return [f"--format json printed no JSON document: {err}"]
    problems = []
    if list(data) != ["tm", "signature", "results"]:
        problems.append(f"envelope keys {list(data)}, expected tm, signature, results")
    elif data["tm"] != tm.__version__ or not str(data["signature"]).startswith("tm "):
        problems.append(f"envelope tm={data['tm']!r} signature={data['signature']!r}")
    if result.out != json.dumps(data, ensure_ascii=False, indent=2) + "\n":
        problems.append("JSON is not indented by 2 spaces (the one indentation)")
    return problems


def test_every_command_speaks_the_same_language(tmp_path: Path) -> None:
    db = tmp_path / "tm.db"
    assert run_tm("import", str(DATA / "news.po"), "--db", str(db)).code == 0
    samples = _json_samples(db, tmp_path)
    problems: list[str] = []
    seen_json = set()
    for command in commands():
        problems += [f"tm {command.name}: {p}" for p in _spelling_problems(command)]
        formats = next((o.choices for o in command.options if "--format" in o.flags), ())
        if "json" in formats:
            seen_json.add(command.name)
            if command.name not in samples:
                problems.append(f"tm {command.name}: offers --format json but has no sample "
                                "run in this test")
                continue
            problems += [f"tm {command.name}: {p}"
                         for p in _envelope_problems(command.name, samples[command.name])]
    assert seen_json >= {"lookup", "stats", "check", "terms", "update", "analyze", "align",
                         "concordance", "import", "pretranslate", "export"}
    assert problems == []


@every_row(("old", "new"), sorted(OLD_SPELLINGS.items()))
def test_old_spellings_are_hidden_everywhere(old: str, new: str) -> None:
    for command in commands():
        shown = [f for o in command.options for f in o.flags]
        assert old not in shown or (command.name, old) in ALLOWED, (command.name, old)


# -- completion and man page -----------------------------------------------------------


def _bash_complete(line: str) -> list[str]:
    script = run_tm("completion", "bash").out
    words = line.split(" ")
    probe = (f"{script}\nCOMP_WORDS=({' '.join(repr(w) for w in words)}); "
             f"COMP_CWORD={len(words) - 1}; _tm; printf '%s\\n' \"${{COMPREPLY[@]}}\"")
    proc = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=False,
                          cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.split()


def test_bash_completion_completes_commands_options_and_choices() -> None:
    assert _bash_complete("tm seg") == ["segment"]
    assert "--source-lang" in _bash_complete("tm segment --so")
    assert _bash_complete("tm segment --format ") == ["txt", "jsonl", "csv", "pot", "xliff"]
    assert "--min-score" in _bash_complete("tm lookup --min")
    assert "--min" not in _bash_complete("tm lookup --min")   # hidden old spelling
    assert "README.md" in _bash_complete("tm check README")


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_scripts_are_valid(shell: str, tmp_path: Path) -> None:
    if shutil.which(shell) is None:
        pytest.fail(f"{shell} is not installed (.ci/run installs it)")
    path = tmp_path / f"tm.{shell}"
    path.write_text(run_tm("completion", shell).out, encoding="utf-8")
    check = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True,
                           check=False)
    assert check.returncode == 0, check.stderr
    if shell == "fish":
        proc = subprocess.run(["fish", "-c", f"source {path}; complete -C 'tm segment --fo'"],
                              capture_output=True, text=True, check=False)
        assert proc.stdout.startswith("--format"), proc.stdout + proc.stderr
        values = subprocess.run(["fish", "-c", f"source {path}; complete -C 'tm stats --format '"],
                                capture_output=True, text=True, check=False).stdout
        assert sorted(line.split("\t")[0] for line in values.splitlines()) == ["json", "text"]


def test_man_page_is_current() -> None:
    generated = run_tm("manpage").out
    committed = (ROOT / "docs" / "tm.1").read_text(encoding="utf-8")
    assert committed == generated, "docs/tm.1 is stale: run `tm manpage > docs/tm.1`"
    for command in commands():
        assert f'.SS "tm {command.name}' in generated
    if shutil.which("man"):
        proc = subprocess.run(["man", "-l", "-"], input=generated, capture_output=True,
                              text=True, check=False, env={"MANWIDTH": "80", "PATH": "/usr/bin"})
        assert proc.returncode == 0 and "--source-lang" in proc.stdout

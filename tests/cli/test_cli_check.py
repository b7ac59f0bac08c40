"""`tm check` through ``tm.cli.main``: output formats, exit codes, config, silencing."""

from __future__ import annotations

import contextlib
import gc
import io
import json
from pathlib import Path

import pytest

import tm
from conftest import run_tm
from forked import run_forked
from tm.cli import main

HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Language: zh_CN\\n"\n\n')


def po(tmp_path: Path, body: str, name: str = "a.po") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


CLEAN = '''msgctxt "s1"
msgid "In 2016, 79,000 patents were granted."
msgstr "2016年，共授权专利7.9万件。"
'''
NUMBERS = '''msgctxt "s2"
msgid "It has branches in 10 cities."
msgstr "它已在11座城市开设分店。"
'''
WARNING = '''msgctxt "s3"
msgid "Sales rose."
msgstr "销量增长了"
'''


def test_clean_file_exits_zero(tm_cli, tmp_path: Path) -> None:
    result = tm_cli("check", str(po(tmp_path, CLEAN)))
    assert (result.code, result.out) == (0, "")


def test_text_output_is_file_line_id_message(tm_cli, tmp_path: Path) -> None:
    path = po(tmp_path, CLEAN + "\n" + NUMBERS)
    result = tm_cli("check", str(path))
    assert result.code == 1
    assert result.out == f"{path}:10: numbers number mismatch: 10 in the source not found " \
                         "in the target; 11 in the target not in the source\n"
    assert "1 error(s)" in result.err


def test_warnings_fail_only_with_fail_on_warning(tm_cli, tmp_path: Path) -> None:
    path = po(tmp_path, WARNING)
    assert tm_cli("check", str(path)).code == 0
    assert tm_cli("check", str(path), "--fail-on", "warning").code == 1


def test_json_output_is_signed(tm_cli, tmp_path: Path) -> None:
    path = po(tmp_path, NUMBERS + "\n" + WARNING)
    result = tm_cli("check", str(path), "--format", "json")
    envelope = json.loads(result.out)
    assert envelope["signature"].startswith(f"tm {tm.__version__}; checks ")
    assert envelope["tm"] == tm.__version__
    data = envelope["results"]
    assert data["summary"] == {"error": 1, "warning": 1}
    first = data["findings"][0]
    assert (first["check"], first["file"], first["line"], first["context"]) == \
        ("numbers", str(path), 6, "s2")
    assert first["spans"] == [[3, 5]] and first["target"][3:5] == "11"


def _check_with_something_frozen(path: str, fmt: str) -> None:
    """Freeze an object, run ``tm check`` in this process; fail if it came back unfrozen."""
    marker = [object()]  # a container the collector tracks
    gc.freeze()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["check", path, "--format", fmt]) == 1
    assert not any(thing is marker for thing in gc.get_objects(generation=2)), "unfrozen"
    assert gc.isenabled()


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_check_run_in_process_leaves_what_its_caller_froze_frozen(
        tmp_path: Path, fmt: str) -> None:
    """tm check pauses the cycle collector while it writes its report, and only that.

    It froze the whole heap and then unfroze it, and gc.unfreeze() also returned what
    the caller had frozen (a program calling tm.cli.main, a server's start-up objects,
    the collected tests of this test process) to the collector's oldest generation.
    Run in a forked child, so this process's collector is left as it is.
    """
    path = po(tmp_path, NUMBERS + "\n" + WARNING)
    assert run_forked(_check_with_something_frozen, [(str(path), fmt)]) == [""]


def test_select_and_ignore(tm_cli, tmp_path: Path) -> None:
    path = po(tmp_path, NUMBERS + "\n" + WARNING)
    assert tm_cli("check", str(path), "--select", "punctuation").out.count("\n") == 1
    assert "numbers" not in tm_cli("check", str(path), "--ignore", "numbers").out
    assert tm_cli("check", str(path), "--select", "numbers,punctuation").out.count("\n") == 2


def test_unknown_check_id_is_a_usage_error(tm_cli, tmp_path: Path) -> None:
    result = tm_cli("check", str(po(tmp_path, CLEAN)), "--select", "numbrs")
    assert result.code == 2
    assert result.err.startswith("tm: error: unknown check id 'numbrs'")
    assert "did you mean 'numbers'?" in result.err and result.err.count("\n") == 1


def test_unknown_check_id_message_is_whole_and_points_at_the_list(tm_cli, tmp_path: Path) -> None:
    """Trial R4-5: the list of ids was cut in the middle ("fuzz…[35 characters]…")."""
    for bogus in ("bogus", "x" * 5000):
        result = tm_cli("check", str(po(tmp_path, CLEAN)), "--select", bogus)
        assert result.code == 2 and result.err.count("\n") == 1
        assert "characters]" not in result.err
        assert "tm check --list" in result.err and result.err.rstrip().endswith("or all")
    listed = tm_cli("check", "--list").out
    assert all(name in listed for name in ("brackets", "placeholders", "markup"))


@pytest.mark.parametrize(("content", "line"), [
    ('msgid "a"\nmsgstr "b"\n\nmsgid "c"\nbroken\n', 10),
    ('msgid "a"\nmsgid "b"\nmsgstr "c"\n', 7),
])
def test_malformed_po_is_one_line_with_file_and_line(tm_cli, tmp_path: Path, content: str,
                                                     line: int) -> None:
    path = po(tmp_path, content)
    result = tm_cli("check", str(path))
    assert result.code == 2
    assert result.err.startswith(f"tm: error: {path}:{line}: ")
    assert result.err.count("\n") == 1


def test_malformed_glossary_is_an_input_error(tm_cli, tmp_path: Path) -> None:
    glossary = tmp_path / "g.tbx"
    glossary.write_text("<martif><text><body><termEntry>\n<oops></body>", encoding="utf-8")
    result = tm_cli("check", str(po(tmp_path, CLEAN)), "--glossary", str(glossary))
    assert result.code == 2 and result.err.startswith(f"tm: error: {glossary}")


def test_missing_file_and_no_file(tm_cli, tmp_path: Path) -> None:
    assert tm_cli("check", str(tmp_path / "nope.po")).code == 2
    assert tm_cli("check").code == 2


def test_po_flag_and_translator_comment_silence(tm_cli, tmp_path: Path) -> None:
    body = ("#, tm-ignore:numbers\n" + NUMBERS + "\n# tm-ignore: punctuation\n" + WARNING
            + "\n#, fuzzy, tm-ignore\n" + NUMBERS.replace("s2", "s4"))
    result = tm_cli("check", str(po(tmp_path, body)), "--fail-on", "warning")
    assert (result.code, result.out) == (0, "")


def test_fuzzy_entries_are_checked(tm_cli, tmp_path: Path) -> None:
    result = tm_cli("check", str(po(tmp_path, "#, fuzzy\n" + CLEAN)))
    assert result.code == 0 and " fuzzy " in result.out


def test_list_shows_every_check(tm_cli) -> None:
    result = tm_cli("check", "--list")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].split() == ["ID", "SEVERITY", "DEFAULT", "DESCRIPTION"]
    rows = {line.split()[0]: line.split()[1:3] for line in lines[1:]}
    assert rows["numbers"] == ["error", "on"]
    assert rows["han-latin-spacing"] == ["warning", "off"]
    assert set(rows) == {c.id for c in tm.list_checks()}


def test_config_file_turns_on_style_and_overrides_severity(tm_cli, tmp_path: Path) -> None:
    config = tmp_path / "tm.toml"
    config.write_text('[check]\nextend-select = ["han-latin-spacing"]\nignore = ["numbers"]\n'
                      '[check.severity]\npunctuation = "error"\n'
                      '[check.style]\nhan-latin-spacing = "never"\n', encoding="utf-8")
    path = po(tmp_path, NUMBERS + "\n" + WARNING + '\nmsgid "In 5G"\nmsgstr "在 5G 中"\n')
    result = tm_cli("check", str(path), "--config", str(config))
    assert result.code == 1
    assert [line.split()[1] for line in result.out.splitlines()] == \
        ["punctuation", "han-latin-spacing"]
    # found in the working directory without --config, too
    assert tm_cli("check", path.name, cwd=tmp_path).out == result.out.replace(str(path),
                                                                               path.name)


def test_pyproject_table_is_read(tm_cli, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.tm.check]\nignore = ["numbers"]\n',
                                             encoding="utf-8")
    po(tmp_path, NUMBERS)
    assert tm_cli("check", "a.po", cwd=tmp_path).code == 0


@pytest.mark.parametrize(("content", "message"), [
    ('[check]\nselect = ["nope"]\n', "unknown check id 'nope'"),
    ("[check]\nselect = \n", "tm.toml:2: invalid TOML"),
    ('[check]\ncolour = "red"\n', "unknown key(s) colour"),
    ('[check.style]\nhan-latin-spacing = "sometimes"\n', "must be one of always, never"),
    ('[check.severity]\nnumbers = "fatal"\n', "must be 'error' or 'warning'"),
])
def test_bad_config_is_a_usage_error(tm_cli, tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "tm.toml").write_text(content, encoding="utf-8")
    po(tmp_path, CLEAN)
    result = tm_cli("check", "a.po", cwd=tmp_path)
    assert result.code == 2 and message in result.err


def test_colour_only_when_asked(tmp_path: Path) -> None:
    path = po(tmp_path, NUMBERS)
    out = run_tm("check", str(path), env={"FORCE_COLOR": "1", "NO_COLOR": None}).out
    assert "\033[31mnumbers\033[0m" in out
    out = run_tm("check", str(path), env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).out
    assert "\033[" not in out

"""Every command refuses a language that is not a BCP 47 tag, in one line (issue 9, CLI leftovers).

``tm segment --source-lang xx-yy`` used to segment with the English rules and
write ``xx-yy`` into the POT/XLIFF headers, exit 0.  Every language option of
every command (hidden old spellings too) now goes through the one checker,
``tm.cli._common.language``, which asks :func:`tm.text.is_wellformed_lang`
(owned by ``tm._shared.lang``).
"""

from __future__ import annotations

import argparse

import pytest

from conftest import run_tm
from rows import every_row
from tm.cli import build_parser
from tm.cli._common import language, language_or_auto

BAD_TAGS = ["xx-yy", "xx", "en-yy", "x-foo", "und", "zh-CN,en", "en US", "", "1234"]
GOOD_TAGS = ["en", "en-US", "zh", "zh_CN", "zh_CN.UTF-8", "zh-Hant", "zh-TW", "cmn-Hans-CN",
             "yue", "de-CH-1996", "ZH-cn"]


def _language_options() -> list[tuple[str, str, argparse.Action]]:
    """(command, flag, action) for every option, shown or hidden, that takes a language."""
    found = []
    for action in build_parser()._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for name, sub in action.choices.items():
            for option in sub._actions:
                if option.dest == "lang" or option.dest.endswith("_lang"):
                    found.extend((name, flag, option) for flag in option.option_strings)
    return found


def test_every_language_option_uses_the_one_checker() -> None:
    options = _language_options()
    commands = {name for name, _, _ in options}
    assert commands >= {"segment", "lookup", "import", "export", "analyze", "pretranslate",
                        "terms"}
    unchecked = [f"tm {name} {flag}" for name, flag, action in options
                 if action.type not in (language, language_or_auto)]
    assert unchecked == []


@every_row(("command", "flag"),
           sorted({(name, flag) for name, flag, _ in _language_options()}))
def test_an_invalid_language_tag_is_a_one_line_error(command: str, flag: str) -> None:
    result = run_tm(command, flag, "xx-yy", stdin="Sales rose.\n")
    assert result.code == 2
    assert result.err.startswith(f"tm: error: argument {flag}: 'xx-yy' is not a BCP 47 "
                                 "language tag")
    assert result.err.count("\n") == 1 and result.out == ""


def test_segment_writes_nothing_for_an_invalid_language(tmp_path) -> None:
    out = tmp_path / "a.pot"
    result = run_tm("segment", "-", "--source-lang", "xx-yy", "--format", "pot", "-o", str(out),
                    stdin="Sales rose. Costs fell.\n")
    assert result.code == 2 and not out.exists()


@every_row("tag", BAD_TAGS)
def test_the_checker_refuses_what_is_not_a_language_tag(tag: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="not a BCP 47 language tag"):
        language(tag)


@every_row("tag", GOOD_TAGS)
def test_the_checker_keeps_real_tags_as_given(tag: str) -> None:
    assert language(tag) == tag
    assert language_or_auto(tag) == tag


def test_auto_is_a_choice_of_tm_segment_only() -> None:
    assert language_or_auto("auto") == "auto"
    with pytest.raises(argparse.ArgumentTypeError):
        language("auto")
    assert run_tm("segment", "-", "--source-lang", "auto", stdin="好。好。\n").out == "好。\n好。\n"

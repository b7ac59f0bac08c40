"""The tm(1) manual page in roff, generated from the option parser.

``tm manpage > docs/tm.1`` writes it; a test checks that the committed
docs/tm.1 is what this version generates, so the page cannot fall behind the
options.  The page has no date (only the version), so it is reproducible.
"""

from __future__ import annotations

from tm import __version__
from tm.cli._parsers import Command, Option

__all__ = ["render"]

_HEAD = """\
.TH TM 1 "" "tm {version}" "User Commands"
.SH NAME
tm \\- bilingual English\\(enChinese translation memory: segment, align, look up, check
.SH SYNOPSIS
.B tm
[\\fB\\-\\-version\\fR] [\\fB\\-\\-help\\fR]
.I COMMAND
[\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]
.SH DESCRIPTION
.B tm
segments English and Chinese text into sentences, aligns a text with its
translation, keeps a translation memory (exact, fuzzy, in\\-context and
concordance search), checks translations (terminology, numbers,
punctuation) and merges a revised source into a translated PO file.
Every command reads \\fB\\-\\fR as stdin and writes \\fB\\-\\fR as stdout,
offers \\fB\\-\\-quiet\\fR and \\fB\\-\\-verbose\\fR, and writes files
atomically.  With \\fB\\-\\-format json\\fR every command prints one envelope:
{{"tm": version, "signature": ..., "results": ...}}.
"""

_TAIL = """\
.SH ENVIRONMENT
.TP
.B TM_DB
The translation memory when \\fB\\-\\-db\\fR is not given.
.TP
.B NO_COLOR\\fR, \\fBFORCE_COLOR
Turn colour off, or on when stdout is not a terminal.
.TP
.B SOURCE_DATE_EPOCH
The time written into headers, for reproducible files.
.SH FILES
.TP
.B tm.toml\\fR, \\fBpyproject.toml
Project settings (\\fB[tool.tm]\\fR: \\fBdb\\fR; \\fB[tool.tm.check]\\fR: the checks),
looked for in the current folder and its parents up to the repository root or
the home folder, and reported on stderr.
.SH EXIT STATUS
0 success; 1 findings at or above \\fB\\-\\-fail\\-on\\fR (\\fBtm check\\fR);
2 a usage or input error, reported in one line; 130 interrupted; 143 terminated.
.SH SEE ALSO
.BR msgfmt (1),
.BR msgmerge (1);
the guides in the docs/ folder of the tm sources.
"""


def _escape(text: str) -> str:
    """*text* as roff body text: backslashes, hyphens and leading dots escaped."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    lines = [("\\&" + line) if line.startswith((".", "'")) else line
             for line in text.split("\n")]
    return "\n".join(lines)


def _option(option: Option) -> str:
    flags = ", ".join(f"\\fB{_escape(flag)}\\fR" for flag in option.flags)
    if option.takes_value:
        value = ("{" + ",".join(option.choices) + "}") if option.choices else option.metavar
        flags += f" \\fI{_escape(value)}\\fR"
    return f".TP\n{flags}\n{_escape(option.help)}"


def _command(command: Command) -> str:
    args = " ".join(f"\\fI{_escape(p.metavar)}\\fR" + (" ..." if p.repeat else "")
                    for p in command.positionals)
    parts = [f'.SS "tm {command.name} {args}"'.replace(' "', ' "', 1),
             _escape(command.summary)]
    parts += [_option(p) for p in command.positionals]
    parts += [_option(o) for o in command.options]
    if command.epilog.strip():
        parts += [".PP", ".nf", _escape(command.epilog.rstrip()), ".fi"]
    return "\n".join(parts)


def render(commands: list[Command] | None = None) -> str:
    """The whole page for *commands* (default: every command of ``tm``)."""
    if commands is None:
        from tm.cli._parsers import commands as all_commands

        commands = all_commands()
    body = "\n".join(_command(c) for c in commands)
    return _HEAD.format(version=__version__) + ".SH COMMANDS\n" + body + "\n" + _TAIL

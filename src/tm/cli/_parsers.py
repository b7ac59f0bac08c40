"""What every ``tm`` command accepts, read from the real parser: one model for many uses.

Shell completion (:mod:`tm.cli._completion`), the man page
(:mod:`tm.cli._manpage`) and the consistency test over every command's options
all read :func:`commands`, so none of them can drift from what ``tm`` parses.
Hidden options (deprecated spellings) are left out.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

__all__ = ["Command", "Option", "commands", "top_level_options"]


@dataclass(frozen=True)
class Option:
    """One option or positional argument of a command."""

    flags: tuple[str, ...]          # ("-o", "--output"); () for a positional
    metavar: str                    # "OUT", "FILE" ...; "" for a flag without a value
    help: str
    choices: tuple[str, ...] = ()
    takes_value: bool = True
    repeat: bool = False            # a positional taking several values, or an appending option

    @property
    def is_file(self) -> bool:
        """Whether a file name is the natural completion of its value."""
        return self.takes_value and not self.choices and self.metavar in FILE_METAVARS


#: Metavars whose values are file names (completion offers files for them).
FILE_METAVARS = frozenset({"FILE", "OUT", "DB", "PO", "DOC", "TEMPLATE", "NEW_SOURCE",
                           "EN_FILE", "ZH_FILE"})


@dataclass(frozen=True)
class Command:
    """One subcommand: its name, summary, options, positionals and examples."""

    name: str
    summary: str
    options: tuple[Option, ...]
    positionals: tuple[Option, ...]
    epilog: str
    parser: argparse.ArgumentParser


def _metavar(action: argparse.Action) -> str:
    if isinstance(action.metavar, str):
        return action.metavar
    if action.option_strings:
        return action.dest.upper() if action.nargs != 0 else ""
    return action.dest.upper()


def _option(action: argparse.Action) -> Option:
    takes_value = action.nargs != 0
    help_text = (action.help or "") % {"default": action.default, "prog": "tm"} \
        if action.help and "%(" in action.help else (action.help or "").replace("%%", "%")
    return Option(
        flags=tuple(action.option_strings),
        metavar=_metavar(action) if takes_value else "",
        help=help_text,
        choices=tuple(str(c) for c in action.choices) if action.choices else (),
        takes_value=takes_value,
        repeat=action.nargs in ("*", "+") or isinstance(action, argparse._AppendAction),
    )


def _visible(action: argparse.Action) -> bool:
    return action.help != argparse.SUPPRESS and not isinstance(action, argparse._HelpAction)


def top_level_options(parser: argparse.ArgumentParser) -> tuple[Option, ...]:
    """The options of ``tm`` itself (``--version``), without ``--help``."""
    return tuple(_option(a) for a in parser._actions
                 if a.option_strings and _visible(a))


def commands(parser: argparse.ArgumentParser | None = None) -> list[Command]:
    """Every subcommand of *parser* (default: the full ``tm`` parser), in ``tm --help`` order."""
    if parser is None:
        from tm.cli import build_parser

        parser = build_parser()
    found: list[Command] = []
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        summaries = {choice.dest: choice.help or "" for choice in action._choices_actions}
        for name, sub in action.choices.items():
            visible = [a for a in sub._actions if _visible(a)]
            found.append(Command(
                name=name, summary=summaries.get(name, sub.description or ""),
                options=tuple(_option(a) for a in visible if a.option_strings),
                positionals=tuple(_option(a) for a in visible if not a.option_strings),
                epilog=sub.epilog or "", parser=sub))
    return found

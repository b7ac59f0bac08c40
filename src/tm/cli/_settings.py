"""The project settings a command uses, loaded once and reported.

A ``tm.toml`` or ``pyproject.toml`` found by searching (see :mod:`tm.config`)
changes what a command does -- which checks run, which memory is used -- so
tm says which file it used: one line on stderr, ``tm: settings from PATH``,
unless ``--quiet``.  A file named with ``--config`` is not reported (the user
chose it).  With ``--verbose``, tm also says when no settings file was found.
"""

from __future__ import annotations

import argparse
import os
import sys

from tm.config import Settings, load_settings, search_folders
from tm.errors import UsageError

__all__ = ["DB_VARIABLE", "project_settings", "resolve_db", "say", "shown_db"]

#: Environment variable naming the translation memory when ``--db`` is not given.
DB_VARIABLE = "TM_DB"


def say(args: argparse.Namespace, message: str, *, verbose_only: bool = False) -> None:
    """*message* on stderr unless ``--quiet`` (if *verbose_only*: only with ``--verbose``)."""
    if getattr(args, "quiet", False):
        return
    if verbose_only and not getattr(args, "verbose", False):
        return
    if sys.stderr is not None:
        print(message, file=sys.stderr)


def project_settings(args: argparse.Namespace) -> Settings:
    """The settings of ``--config FILE`` or of the nearest settings file (cached on *args*)."""
    cached = getattr(args, "_settings", None)
    if isinstance(cached, Settings):
        return cached
    given = getattr(args, "config", None)
    settings = load_settings(given) if given else load_settings()
    if settings.path and not given:
        say(args, f"tm: settings from {settings.path}")
    elif not given:
        folders = search_folders()
        say(args, f"tm: no settings file (searched {folders[0]}"
                  f"{f' up to {folders[-1]}' if len(folders) > 1 else ''})", verbose_only=True)
    args._settings = settings
    return settings


def shown_db(db: str) -> str:
    """*db* as it may be printed: a database URL's password hidden."""
    from tm.memory import redact  # lazily: most commands never print this

    return redact(db)


def resolve_db(args: argparse.Namespace) -> str:
    """The memory of a command that needs one: ``--db``, else ``$TM_DB``, else the settings' db.

    The string is passed on as it is (a file name or a database URL); the memory
    backend decides what it means.  None of the three is a usage error.
    """
    given = getattr(args, "db", None)
    if given is not None:
        return str(given)
    from_env = os.environ.get(DB_VARIABLE)
    if from_env:
        say(args, f"tm: memory from ${DB_VARIABLE}: {shown_db(from_env)}", verbose_only=True)
        return from_env
    configured = project_settings(args).db
    if configured:
        say(args, f"tm: memory from the settings file: {shown_db(configured)}",
            verbose_only=True)
        return configured
    raise UsageError(f"no translation memory: pass --db DB, set {DB_VARIABLE}, or put "
                     "db = \"FILE\" in [tool.tm] of pyproject.toml (or tm.toml)")

"""Project configuration: ``[tool.tm]`` in pyproject.toml, or the top level of tm.toml.

A project says once which memory it uses and which QA checks it wants,
instead of repeating ``--db``/``--select``/``--ignore`` in every CI job::

    [tool.tm]                    # in tm.toml: no [tool.tm] line
    db = "memory/tm.db"          # relative to this file; a URL is used as is

    [tool.tm.check]              # in tm.toml: [check]
    extend-select = ["han-latin-spacing"]
    ignore = ["reverse-inconsistent"]
    glossary = "locales/zh_CN/glossary.tbx"

    [tool.tm.check.severity]
    fuzzy = "error"

    [tool.tm.check.style]
    han-latin-spacing = "never"

:func:`find_config` looks for ``tm.toml`` or ``pyproject.toml`` in a folder and
its parents, the first one found winning as with ruff, but it never climbs past
the repository root (a folder holding ``.git``, ``.hg`` or ``.svn``) or the
user's home folder, and outside both it looks in the starting folder only: a
file planted in a shared parent such as the system temporary folder cannot
change what tm does.  :func:`load_settings` reads and validates the file;
``Settings.path`` says which file was used, so the CLI can report it.  Check
ids are validated by :func:`tm.checks.check`, which knows the registry.
"""

from __future__ import annotations

import re
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tm.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

__all__ = ["STYLE_OPTIONS", "CheckConfig", "Settings", "find_config", "load_config",
           "load_settings", "search_folders"]

#: Style options and the values each accepts (None: any string).
STYLE_OPTIONS: dict[str, tuple[str, ...]] = {
    "han-latin-spacing": ("always", "never"),
}
_KEYS = {"select", "extend-select", "ignore", "severity", "style", "glossary", "fail-on",
         "domain"}
#: Keys of ``[tool.tm]`` (tm.toml: the top level).
_TOP_KEYS = {"db", "check"}
#: Files that mark the root of a repository: the config search stops there.
_REPOSITORY_MARKERS = (".git", ".hg", ".svn")


@dataclass(frozen=True)
class CheckConfig:
    """The ``tm check`` settings of a project.

    ``select`` (None: the default checks) replaces the set of checks,
    ``extend_select`` adds to it, ``ignore`` removes from it; ``severity`` maps
    check ids to ``"error"``/``"warning"``; ``style`` holds style options such
    as ``han-latin-spacing``; ``glossary`` is a path (resolved against the
    config file's folder); ``path`` says where the settings came from.  ``domain``
    names the subject fields the project's text is about (``tm check --domain``): a
    one-word common noun or an acronym of a glossary concept filed under another field
    is not checked for its rendering.
    """

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    style: Mapping[str, str] = field(default_factory=dict)
    glossary: str | None = None
    fail_on: str | None = None
    path: str = ""
    domain: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any], path: str = "") -> CheckConfig:
        """Validate a ``[check]`` table; raise ConfigError naming *path* on bad values."""
        where = path or "configuration"
        unknown = sorted(set(table) - _KEYS)
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)} in the check "
                              f"table; known: {', '.join(sorted(_KEYS))}")
        severity = _str_table(table.get("severity", {}), where, "severity")
        for check_id, value in severity.items():
            if value not in ("error", "warning"):
                raise ConfigError(f"{where}: severity of {check_id} must be "
                                  f"'error' or 'warning', not {value!r}")
        style = _str_table(table.get("style", {}), where, "style")
        for key, value in style.items():
            allowed = STYLE_OPTIONS.get(key)
            if allowed is None:
                raise ConfigError(f"{where}: unknown style option {key!r}; "
                                  f"known: {', '.join(STYLE_OPTIONS)}")
            if value not in allowed:
                raise ConfigError(f"{where}: style option {key} must be one of "
                                  f"{', '.join(allowed)}, not {value!r}")
        glossary = table.get("glossary")
        if glossary is not None and (not isinstance(glossary, str) or not glossary.strip()):
            raise ConfigError(f"{where}: glossary must be a file name, not {glossary!r}")
        if glossary is not None:
            _refuse_nul(glossary, where, "glossary")
        if glossary is not None and path:
            glossary = str(Path(path).parent / str(glossary))
        fail_on = table.get("fail-on")
        if fail_on not in (None, "error", "warning"):
            raise ConfigError(f"{where}: fail-on must be 'error' or 'warning', not {fail_on!r}")
        domain = table.get("domain", [])
        if isinstance(domain, str):
            domain = [domain]
        if not isinstance(domain, list) or not all(
                isinstance(d, str) and d.strip() for d in domain):
            raise ConfigError(f"{where}: domain must be a subject field or a list of them "
                              f"(the glossary's subjectField values), not {domain!r}")
        select = table.get("select")
        return cls(
            select=None if select is None else _ids(select, where, "select"),
            extend_select=_ids(table.get("extend-select", []), where, "extend-select"),
            ignore=_ids(table.get("ignore", []), where, "ignore"),
            severity=severity, style=style, glossary=glossary, fail_on=fail_on, path=path,
            domain=tuple(d.strip() for d in domain),
        )


def _refuse_nul(value: str, where: object, key: str) -> None:
    """ConfigError when the file name *value* holds a NUL, which TOML can spell and no path can."""
    if "\0" in value:
        raise ConfigError(f"{where}: {key} holds a NUL character (\\u0000), which no file "
                          "name or database URL can hold")


def _ids(value: Any, where: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be a list of check ids")
    return tuple(value)


def _str_table(value: Any, where: str, key: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ConfigError(f"{where}: [{key}] must be a table of strings")
    return dict(value)


@dataclass(frozen=True)
class Settings:
    """All of a project's tm settings: the memory (``db``) and the ``tm check`` settings.

    ``path`` is the file they came from, ``""`` when no file holds tm settings.
    """

    db: str | None = None
    check: CheckConfig = field(default_factory=CheckConfig)
    path: str = ""


def _home() -> Path | None:
    try:
        return Path.home().resolve()
    except (RuntimeError, OSError):
        return None


def _is_repository_root(folder: Path) -> bool:
    return any((folder / marker).exists() for marker in _REPOSITORY_MARKERS)


def search_folders(start: str | Path = ".") -> list[Path]:
    """The folders :func:`find_config` looks in, nearest first.

    *start* and its parents up to and including the repository root or the
    user's home, whichever comes first; only *start* when neither is above it.
    """
    folder = Path(start).resolve()
    chain = [folder, *folder.parents]
    home = _home()
    for index, candidate in enumerate(chain):
        if candidate == home or _is_repository_root(candidate):
            return chain[:index + 1]
    return chain[:1]


def find_config(start: str | Path = ".") -> Path | None:
    """The nearest ``tm.toml`` or ``pyproject.toml`` in :func:`search_folders` of *start*."""
    for candidate in search_folders(start):
        for name in ("tm.toml", "pyproject.toml"):
            path = candidate / name
            if path.is_file():
                return path
    return None


_TOML_LINE = re.compile(r"\(at line (\d+)")


def _read_toml(found: Path) -> dict[str, Any]:
    """The TOML document of *found*; ConfigError (one line, with the line when known) if bad.

    Only a regular file is read (a device such as ``/dev/zero`` is refused, not
    read forever), and a document nested too deeply for the parser is an error
    of the file, not a crash of tm.
    """
    try:
        info = found.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ConfigError(f"{found}: is a directory, not a settings file")
        if not stat.S_ISREG(info.st_mode):  # /dev/zero, a FIFO: read forever
            raise ConfigError(f"{found}: is a device or a pipe, not a settings file")
        text = found.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{found}: no such file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{found}: cannot read: {err}") from None
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        m = _TOML_LINE.search(str(err))
        line = f":{m.group(1)}" if m else ""
        raise ConfigError(f"{found}{line}: invalid TOML: {str(err).split(' (at')[0]}") from None
    except RecursionError:
        raise ConfigError(f"{found}: invalid TOML: arrays or tables nested too deeply") from None
    return data


def _tm_table(data: dict[str, Any], found: Path) -> dict[str, Any]:
    """``[tool.tm]`` of a pyproject.toml, the whole of a tm.toml; ConfigError if not a table."""
    if found.name != "pyproject.toml":
        return data
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{found}: 'tool' must be a table, not {type(tool).__name__}")
    table = tool.get("tm", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{found}: [tool.tm] must be a table, not {type(table).__name__}")
    return table


def _db_setting(value: Any, found: Path) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{found}: db must be a file name or a database URL")
    _refuse_nul(value, found, "db")
    if "://" in value:
        return value
    return str(found.parent / value)


def load_settings(path: str | Path | None = None, *, start: str | Path = ".") -> Settings:
    """Read the tm settings from *path*, or from the file :func:`find_config` finds.

    No file, or a pyproject.toml without ``[tool.tm]``, gives the defaults.
    A malformed file raises ConfigError with ``file:line``.
    """
    found = Path(path) if path is not None else find_config(start)
    if found is None:
        return Settings()
    table = _tm_table(_read_toml(found), found)
    if not table:
        return Settings()
    unknown = sorted(set(table) - _TOP_KEYS)
    if unknown:
        where = "[tool.tm]" if found.name == "pyproject.toml" else "the top level"
        raise ConfigError(f"{found}: unknown key(s) {', '.join(unknown)} in {where}; "
                          f"known: {', '.join(sorted(_TOP_KEYS))}")
    check = table.get("check", {})
    if not isinstance(check, dict):
        raise ConfigError(f"{found}: the check settings must be a table")
    return Settings(db=_db_setting(table.get("db"), found),
                    check=CheckConfig.from_mapping(check, str(found)) if check
                    else CheckConfig(),
                    path=str(found))


def load_config(path: str | Path | None = None, *, start: str | Path = ".") -> CheckConfig:
    """The ``tm check`` settings of :func:`load_settings` (defaults when there are none)."""
    return load_settings(path, start=start).check

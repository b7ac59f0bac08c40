"""Project configuration: ``[tool.tm.check]`` in pyproject.toml, or ``[check]`` in tm.toml.

A project says once which QA checks it wants and how strict they are, instead
of repeating ``--select``/``--ignore`` in every CI job::

    [tool.tm.check]              # in tm.toml: [check]
    extend-select = ["han-latin-spacing"]
    ignore = ["reverse-inconsistent"]
    glossary = "locales/zh_CN/glossary.tbx"

    [tool.tm.check.severity]
    fuzzy = "error"

    [tool.tm.check.style]
    han-latin-spacing = "never"

:func:`find_config` looks for ``tm.toml`` or ``pyproject.toml`` in a folder and
its parents (the first one found wins, as ruff does); :func:`load_config` reads
and validates it.  Check ids are validated by :func:`tm.checks.check`, which
knows the registry.
"""

from __future__ import annotations

import re
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

__all__ = ["STYLE_OPTIONS", "CheckConfig", "find_config", "load_config"]

#: Style options and the values each accepts (None: any string).
STYLE_OPTIONS: dict[str, tuple[str, ...]] = {
    "han-latin-spacing": ("always", "never"),
}
_KEYS = {"select", "extend-select", "ignore", "severity", "style", "glossary", "fail-on"}


@dataclass(frozen=True)
class CheckConfig:
    """The ``tm check`` settings of a project.

    ``select`` (None: the default checks) replaces the set of checks,
    ``extend_select`` adds to it, ``ignore`` removes from it; ``severity`` maps
    check ids to ``"error"``/``"warning"``; ``style`` holds style options such
    as ``han-latin-spacing``; ``glossary`` is a path (resolved against the
    config file's folder); ``path`` says where the settings came from.
    """

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    style: Mapping[str, str] = field(default_factory=dict)
    glossary: str | None = None
    fail_on: str | None = None
    path: str = ""

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
        if glossary is not None and path:
            glossary = str(Path(path).parent / str(glossary))
        fail_on = table.get("fail-on")
        if fail_on not in (None, "error", "warning"):
            raise ConfigError(f"{where}: fail-on must be 'error' or 'warning', not {fail_on!r}")
        select = table.get("select")
        return cls(
            select=None if select is None else _ids(select, where, "select"),
            extend_select=_ids(table.get("extend-select", []), where, "extend-select"),
            ignore=_ids(table.get("ignore", []), where, "ignore"),
            severity=severity, style=style, glossary=glossary, fail_on=fail_on, path=path,
        )


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


def find_config(start: str | Path = ".") -> Path | None:
    """The nearest ``tm.toml`` or ``pyproject.toml`` in *start* or its parents."""
    folder = Path(start).resolve()
    for candidate in (folder, *folder.parents):
        for name in ("tm.toml", "pyproject.toml"):
            path = candidate / name
            if path.is_file():
                return path
    return None


_TOML_LINE = re.compile(r"\(at line (\d+)")


def load_config(path: str | Path | None = None, *, start: str | Path = ".") -> CheckConfig:
    """Read the check settings from *path*, or from the file :func:`find_config` finds.

    No file, or a pyproject.toml without ``[tool.tm.check]``, gives the defaults.
    A malformed file raises ConfigError with ``file:line``.
    """
    found = Path(path) if path is not None else find_config(start)
    if found is None:
        return CheckConfig()
    try:
        data = tomllib.loads(found.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{found}: no such file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{found}: cannot read: {err}") from None
    except tomllib.TOMLDecodeError as err:
        m = _TOML_LINE.search(str(err))
        line = f":{m.group(1)}" if m else ""
        raise ConfigError(f"{found}{line}: invalid TOML: {str(err).split(' (at')[0]}") from None
    if found.name == "pyproject.toml":
        table = data.get("tool", {}).get("tm", {}).get("check", {})
    else:
        table = data.get("check", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{found}: the check settings must be a table")
    if not table:
        return CheckConfig()
    return CheckConfig.from_mapping(table, str(found))

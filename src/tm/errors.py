"""The exceptions `tm` raises.

The library raises only :class:`TMError` subclasses (and ``ValueError`` for bad
arguments), so a caller, and the CLI, can catch one base class.  Every message
is one line that names the file and, where known, the line.
"""

from __future__ import annotations

__all__ = ["ConfigError", "ParseError", "StoreError", "TMError"]


class TMError(Exception):
    """Base class of every error `tm` raises on purpose."""


class ParseError(TMError):
    """Input that cannot be read: a missing, binary, undecodable or malformed file.

    ``path`` and ``line`` (1-based, 0 when unknown) locate the problem; ``str(err)``
    is the one-line ``path:line: message`` that the CLI prints.
    """

    def __init__(self, path: str, line: int, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class StoreError(TMError):
    """The translation-memory database cannot be opened, read or written."""


class ConfigError(TMError):
    """A configuration file or option is invalid."""

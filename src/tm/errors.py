"""The exceptions `tm` raises.

The library raises only :class:`TMError` subclasses (:class:`UsageError`, also a
``ValueError``, for bad arguments), so a caller, and the CLI, can catch one base
class.  Every message is one line that names the file and, where known, the
line.  The warning categories, :class:`TMXWarning` and :class:`LanguageWarning`,
live here too.
"""

from __future__ import annotations

__all__ = ["ConfigError", "LanguageWarning", "ParseError", "StoreError", "TMError", "TMXWarning",
           "UpdateConflict", "UsageError"]


class TMError(Exception):
    """Base class of every error `tm` raises on purpose."""


class UsageError(TMError, ValueError):
    """A bad argument or option value from the caller (an unknown encoding, a score out of range).

    It is a ``ValueError`` for library callers and a :class:`TMError` for the CLI,
    which reports it in one line with exit code 2.  A plain ``ValueError`` that
    escapes is a bug, and the CLI shows its traceback.
    """


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

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, int, str]]:
        # Exception's own reduce re-calls __init__ with the one-line text alone: a copy
        # (copy.deepcopy of a POFile holding one) or a pickle (multiprocessing) failed.
        return type(self), (self.path, self.line, self.message)


class StoreError(TMError):
    """The translation-memory database cannot be opened, read or written."""


class ConfigError(TMError):
    """A configuration file or option is invalid."""


class UpdateConflict(TMError):
    """The PO file changed on disk between reading it and writing the merge (``tm update``)."""


class TMXWarning(UserWarning):
    """A TMX file that imports, but not cleanly (no srclang, unusual language codes)."""


class LanguageWarning(UserWarning):
    """A language tm has no built-in rules for; it falls back on the English ones.

    :func:`tm.segment` splits text it has no rules for (``lang="fr"``, ``"ja"``)
    with the English rules, which suit most languages written with Latin
    letters and full stops, not Japanese or Thai.  A caller that wants an
    error instead turns it into one:
    ``warnings.simplefilter("error", tm.errors.LanguageWarning)``.
    """

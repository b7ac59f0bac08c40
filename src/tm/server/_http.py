"""JSON responses, client errors and validated request parameters.

Every answer of the server is JSON (UTF-8, not ASCII-escaped, so Chinese
stays readable); every refusal is ``{"error": "one line"}`` with the HTTP
status that names its class (400 bad parameter, 401/403 writes, 404, 405,
413 too large, 503 memory unavailable).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from werkzeug.wrappers import Response

from tm._shared.lang import is_wellformed_lang
from tm.server._config import ServerConfig

__all__ = ["ApiError", "Params", "json_response"]


class ApiError(Exception):
    """A request the server refuses: *status* and a one-line *message* for the client."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None
                 ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


def json_response(data: object, status: int = 200,
                  headers: Mapping[str, str] | None = None) -> Response:
    """*data* as a JSON response (UTF-8, ``ensure_ascii=False``)."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    response = Response(body.encode("utf-8"), status=status,
                        content_type="application/json; charset=utf-8")
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


class Params:
    """Typed, bounded access to a query string or a JSON object, with the limits of *config*.

    Each getter raises :class:`ApiError` (400) naming the parameter when it
    is missing, of the wrong type, or out of bounds.
    """

    def __init__(self, values: Mapping[str, Any], config: ServerConfig, *,
                 where: str = "") -> None:
        self.values = values
        self.config = config
        self.where = where

    def _name(self, name: str) -> str:
        return f"{self.where}{name}"

    def text(self, name: str, *, required: bool = False, default: str = "") -> str:
        """A string no longer than the query limit."""
        value = self.values.get(name)
        if value is None:
            if required:
                raise ApiError(400, f"{self._name(name)} is required")
            return default
        if not isinstance(value, str):
            raise ApiError(400, f"{self._name(name)}: expected a string")
        return check_length(value, self.config, self._name(name))

    def lang(self, name: str, default: str) -> str:
        """A language code (``en``, ``zh-CN``, ``zh_hans``)."""
        value = self.text(name, default=default)
        if not is_wellformed_lang(value):
            raise ApiError(400, f"{self._name(name)}: {value!r} is not a language code")
        return value

    def given_lang(self, name: str) -> str | None:
        """A language code when the request names one, else None (the caller guesses)."""
        return self.lang(name, "") if self.values.get(name) is not None else None

    def number(self, name: str, default: float, low: float, high: float) -> float:
        """A number in ``[low, high]``; a query string's text is parsed."""
        value = self.values.get(name, default)
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ApiError(400, f"{self._name(name)}: expected a number") from None
        if isinstance(value, bool) or not math.isfinite(number) or not low <= number <= high:
            raise ApiError(400, f"{self._name(name)}: must be a number in {low:g}..{high:g}")
        return number

    def min_score(self, name: str = "min_score") -> float:
        """The lowest score wanted, within what the server allows."""
        return self.number(name, self.config.min_score, self.config.lowest_min_score, 100)

    def limit(self, name: str = "limit") -> int:
        """How many matches are wanted, within what the server allows."""
        number = self.number(name, self.config.limit, 1, self.config.max_limit)
        if number != int(number):
            raise ApiError(400, f"{self._name(name)}: expected a whole number")
        return int(number)


def check_length(text: str, config: ServerConfig, name: str) -> str:
    """*text*, or a 400 when it is longer than the server's query limit."""
    if len(text) > config.max_query_chars:
        raise ApiError(400, f"{name}: longer than {config.max_query_chars} characters")
    return text

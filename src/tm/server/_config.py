"""What a ``tm serve`` instance is allowed to do, in one frozen value.

Every limit the server enforces lives here with its default, so the command
line, the WSGI application and the process manager read the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from tm.errors import UsageError

__all__ = ["DEFAULT_PORT", "DEFAULT_READ_TIMEOUT", "MAX_TIMEOUT", "ServerConfig"]

#: The port ``tm serve`` listens on unless told otherwise.
DEFAULT_PORT = 8765
#: The longest request line gunicorn can be asked to accept (its hard maximum).
#: Weblate sends at most 500 characters of text, 12 bytes each when
#: percent-encoded 4-byte UTF-8, so its longest tmserver URL fits.
MAX_REQUEST_LINE = 8190
#: How long a client has to send its request unless told otherwise: a browser or
#: Weblate sends a lookup in milliseconds, a 4 MiB batch of units in well under this.
DEFAULT_READ_TIMEOUT = 10.0
#: The longest request timeout (a day): gunicorn's select() overflows on huge ones
#: (``--timeout 1e308`` made every worker die at boot, respawned forever).
MAX_TIMEOUT = 86_400.0


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """The settings of one server.

    ``db`` is what :meth:`tm.TranslationMemory.open` accepts (a SQLite path,
    or a PostgreSQL URL where that backend is installed).  Writes
    (``POST /api/units``) need both ``readonly=False`` and a ``token``; the
    token is compared in constant time.  ``min_score`` and ``limit`` are the
    defaults of a query that does not say; ``lowest_min_score`` and
    ``max_limit`` bound what a query may ask for (a score of 0 would scan the
    whole memory).  ``max_query_chars`` bounds every query and phrase,
    ``max_unit_chars`` every field of a posted unit (storing a unit costs time
    linear in its words: a 2.7 MB unit outlived the request timeout),
    ``max_body_bytes`` every request body, ``max_batch`` the queries of one
    batch lookup.  ``timeout`` is how long one request may take before its
    worker is killed and replaced; ``db_timeout`` how long a write waits for
    another writer.  ``proxy_hops`` is how many reverse proxies in front of
    the server to trust for ``X-Forwarded-*`` headers (0: trust none).
    """

    db: str
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    workers: int = 2
    readonly: bool = False
    token: str | None = None
    min_score: float = 70.0
    lowest_min_score: float = 50.0
    limit: int = 5
    max_limit: int = 50
    max_query_chars: int = 1000
    max_unit_chars: int = 20_000
    max_body_bytes: int = 4 * 2**20
    max_batch: int = 100
    timeout: float = 30.0
    db_timeout: float = 10.0
    read_timeout: float | None = None
    proxy_hops: int = 0
    access_log: str | None = None

    def __post_init__(self) -> None:
        checks = [
            (1 <= self.workers <= 64, "workers must be 1..64"),
            (0 <= self.port <= 65535, "port must be 0..65535"),
            (0 < self.lowest_min_score <= self.min_score <= 100,
             "scores must satisfy 0 < lowest min score <= min score <= 100"),
            (1 <= self.limit <= self.max_limit, "limit must be 1..max limit"),
            (self.max_query_chars >= 1, "the query length limit must be at least 1"),
            (self.max_unit_chars >= 1, "the unit length limit must be at least 1"),
            (self.max_body_bytes >= 1024, "the body size limit must be at least 1024 bytes"),
            (self.max_batch >= 1, "the batch limit must be at least 1"),
            (self.timeout > 0 and self.db_timeout > 0, "timeouts must be positive"),
            (self.timeout <= MAX_TIMEOUT, f"the request timeout must be at most {MAX_TIMEOUT:g} "
                                          "seconds"),
            (self.db_timeout < self.timeout, "the database timeout must be below the "
                                             "request timeout"),
            (self.read_timeout is None or 0 < self.read_timeout <= self.timeout,
             "the read timeout must be positive and at most the request timeout"),
            (self.proxy_hops >= 0, "proxy hops must be 0 or more"),
            (self.token is None or len(self.token) >= 16,
             "the write token must be at least 16 characters"),
        ]
        for ok, message in checks:
            if not ok:
                raise UsageError(message)

    @property
    def request_read_seconds(self) -> float:
        """How long a client has to send its whole request (see ``read_timeout``)."""
        if self.read_timeout is not None:
            return self.read_timeout
        return min(DEFAULT_READ_TIMEOUT, self.timeout)

    @property
    def writable(self) -> bool:
        """True when ``POST /api/units`` is enabled (a token and not read-only)."""
        return self.token is not None and not self.readonly

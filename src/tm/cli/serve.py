"""``tm serve``: answer lookups over HTTP (Weblate's tmserver protocol and tm's JSON API)."""

from __future__ import annotations

import argparse
import os
import socket
from pathlib import Path

from tm.cli._common import add_db_option, new_command
from tm.cli._memory import open_memory
from tm.errors import ConfigError, UsageError

__all__ = ["register", "run"]

#: The environment variable holding the write token (never a command-line argument).
TOKEN_ENV = "TM_SERVE_TOKEN"

EXAMPLES = """\
  tm serve --db tm.db                          # http://127.0.0.1:8765, read and query only
  tm serve --db tm.db --read-only --workers 4  # never writes, even with a token
  TM_SERVE_TOKEN=$(cat token) tm serve --db tm.db   # POST /api/units enabled
  tm serve --db tm.db --token-file /etc/tm/token --proxy-hops 1  # behind nginx

  curl http://127.0.0.1:8765/tmserver/en/zh_hans/unit/The%20store%20opens%20at%2010%20am.
  curl 'http://127.0.0.1:8765/api/lookup?q=The+store+opens+at+10+am.'

Weblate: add the "tmserver" automatic suggestion service with the URL
http://HOST:PORT/tmserver/ (docs/team.md).  Needs the 'serve' extra:
pip install 'tm[serve]'.  Stop with Ctrl-C or SIGTERM.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``tm serve`` to the ``tm`` command."""
    p = new_command(sub, "serve", EXAMPLES)
    add_db_option(p)
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8765, help="port (default: 8765; 0: any free)")
    p.add_argument("--workers", type=int, default=min(os.cpu_count() or 2, 8), metavar="N",
                   help="worker processes, each answering one request at a time "
                        "(default: the number of CPUs, at most 8)")
    p.add_argument("--read-only", action="store_true",
                   help="open the memory read-only; POST /api/units is refused")
    p.add_argument("--token-file", metavar="FILE",
                   help=f"file holding the token that enables POST /api/units (or set "
                        f"{TOKEN_ENV}); without one the server never writes")
    limits = p.add_argument_group("limits")
    limits.add_argument("--min-score", type=float, default=70, metavar="SCORE",
                        help="score of a query that gives none (default: 70)")
    limits.add_argument("--lowest-min-score", type=float, default=50, metavar="N",
                        help="the lowest --min-score a query may ask for, 0-100 (default: 50; "
                             "low scores make lookups slow)")
    limits.add_argument("--limit", type=int, default=5, metavar="N",
                        help="matches per query when the query does not say (default: 5)")
    limits.add_argument("--max-limit", type=int, default=50, metavar="N",
                        help="most matches a query may ask for (default: 50)")
    limits.add_argument("--max-query-chars", type=int, default=1000, metavar="N",
                        help="longest query or phrase, in characters (default: 1000)")
    limits.add_argument("--max-unit-chars", type=int, default=20_000, metavar="N",
                        help="longest source or target a POSTed unit may hold, in characters "
                             "(default: 20000)")
    limits.add_argument("--max-body", type=int, default=4 * 2**20, metavar="BYTES",
                        help="largest request body (default: 4194304, 4 MiB)")
    limits.add_argument("--max-batch", type=int, default=100, metavar="N",
                        help="most queries in one batch lookup (default: 100)")
    limits.add_argument("--timeout", type=float, default=30, metavar="SECONDS",
                        help="a request running longer has its worker restarted (default: 30)")
    limits.add_argument("--read-timeout", type=float, default=None, metavar="SECONDS",
                        help="a client must send its whole request (head and body) within "
                             "this many seconds or is disconnected, so a slow client holds a "
                             "worker no longer (default: 10, at most --timeout)")
    p.add_argument("--proxy-hops", type=int, default=0, metavar="N",
                   help="trust X-Forwarded-For/-Proto/-Host/-Prefix from N reverse proxies "
                        "(default: 0, trust none)")
    p.add_argument("--access-log", metavar="FILE",
                   help="write an access log line per request to FILE ('-' = stderr)")
    p.set_defaults(run=run)


def read_token(path: str | None) -> str | None:
    """The write token from *path* or ``$TM_SERVE_TOKEN``; None when neither is set."""
    if path:
        try:
            token = Path(path).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeError) as err:
            raise ConfigError(f"{path}: cannot read the token file ({err})") from None
        where = path
    else:
        token = os.environ.get(TOKEN_ENV, "").strip()
        where = TOKEN_ENV
        if not token:
            return None
    if len(token) < 16:
        raise ConfigError(f"{where}: the token must be at least 16 characters")
    return token


def run(args: argparse.Namespace) -> int:
    """Run ``tm serve`` until stopped; return the exit code."""
    try:
        from tm.server import ServerConfig, serve
    except ImportError as err:
        raise ConfigError(f"tm serve needs the 'serve' extra: pip install 'tm[serve]' "
                          f"({err})") from None
    config = ServerConfig(
        db=args.db, host=args.host, port=args.port, workers=args.workers,
        readonly=args.read_only, token=read_token(args.token_file),
        min_score=args.min_score, lowest_min_score=args.lowest_min_score, limit=args.limit,
        max_limit=args.max_limit, max_query_chars=args.max_query_chars,
        max_unit_chars=args.max_unit_chars,
        max_body_bytes=args.max_body, max_batch=args.max_batch, timeout=args.timeout,
        db_timeout=min(10.0, args.timeout / 2), read_timeout=args.read_timeout,
        proxy_hops=args.proxy_hops, access_log=args.access_log)
    # Fail here, in one line, rather than in every worker: a missing, locked or
    # foreign database.  A writable server may create a new, empty memory.
    with open_memory(args.db, readonly=not config.writable):
        pass
    _check_can_listen(config.host, config.port)
    _check_can_log(config.access_log)
    serve(config)
    return 0


def _check_can_listen(host: str, port: int) -> None:
    """UsageError, in one line and at once, when *host*:*port* cannot be listened on.

    gunicorn retried for five seconds, logged ten lines and exited 1 for a port in
    use or an address that is not this machine's.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                   flags=socket.AI_PASSIVE)
    except (OSError, UnicodeError) as err:
        raise UsageError(f"--host {host}: not an address of this machine ({err})") from None
    family, kind, proto, _, address = infos[0]
    probe = socket.socket(family, kind, proto)
    try:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as gunicorn does
        probe.bind(address)
    except OSError as err:
        raise UsageError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
    finally:
        probe.close()


def _check_can_log(path: str | None) -> None:
    """UsageError when the access log cannot be appended to (gunicorn said 'Error: Error:')."""
    if not path or path == "-":
        return
    try:
        with open(path, "a", encoding="utf-8"):
            pass
    except OSError as err:
        raise UsageError(f"--access-log {path}: cannot write: {err.strerror or err}") from None

"""The WSGI application of ``tm serve``: routes, limits, authentication, errors.

Routes (all answers JSON):

========================================  =====================================
``GET /healthz``                          ``{"status": "ok", ...}``, or 503: memory unreadable
``GET /tmserver/languages/``              the tmserver language lists (:mod:`._tmserver`)
``GET /tmserver/{src}/{tgt}/unit/{text}`` tmserver matches for *text*
``GET /api/lookup?q=...``                 tm's matches for one query
``POST /api/lookup``                      a batch: ``{"queries": [...]}``
``GET /api/concordance?q=...``            units containing a phrase
``POST /api/units``                       add units (``Authorization: Bearer TOKEN``)
========================================  =====================================

HTTP parsing, workers and timeouts belong to the server under the
application (gunicorn, see :mod:`._runner`); this module only sees parsed
requests, which is also how the tests drive it without a socket.
"""

from __future__ import annotations

import hmac
import json
import logging
import math
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_to_bytes

from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import BaseConverter, Map, Rule
from werkzeug.wrappers import Request, Response

from tm._shared.lang import query_languages
from tm._version import __version__
from tm.errors import ParseError, StoreError
from tm.memory import TranslationMemory, skip_reason
from tm.model import Unit
from tm.server._config import ServerConfig
from tm.server._http import ApiError, Params, check_length, json_response
from tm.server._json import hit_json, match_json, unit_from_json
from tm.server._memories import Memories, MemoryReplaced
from tm.server._tmserver import advertised_codes, match_entry

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

__all__ = ["Application", "behind_proxies", "create_app"]

log = logging.getLogger("tm.server")
#: How long the tmserver language list is reused before the memory is asked again.
LANGUAGES_TTL = 300.0
#: The longest concordance answer a client may ask for.
MAX_CONCORDANCE = 200


class _AnyText(BaseConverter):
    """A path tail taken whole: slashes, dots and an empty string included."""

    regex = r"[\s\S]*"  # newlines too (Weblate sends them as %0A)
    part_isolating = False


class Application:
    """The server's WSGI callable over the memory of *config*."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.memories = Memories(config.db, readonly=not config.writable,
                                 timeout=config.db_timeout)
        self._languages: tuple[float, list[str]] | None = None
        self.url_map = Map([
            Rule("/healthz", endpoint=self.healthz, methods=["GET"]),
            Rule("/tmserver/languages/", endpoint=self.tmserver_languages, methods=["GET"]),
            Rule("/tmserver/<source>/<target>/unit/<any_text:text>",
                 endpoint=self.tmserver_unit, methods=["GET"]),
            Rule("/api/lookup", endpoint=self.lookup, methods=["GET"]),
            Rule("/api/lookup", endpoint=self.batch_lookup, methods=["POST"]),
            Rule("/api/concordance", endpoint=self.concordance, methods=["GET"]),
            Rule("/api/units", endpoint=self.add_units, methods=["POST"]),
        ], converters={"any_text": _AnyText}, merge_slashes=False, strict_slashes=False)

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse
                 ) -> Iterable[bytes]:
        request = Request(environ)
        # One byte over the limit is read so that a chunked body (no Content-Length),
        # which werkzeug cuts at the limit without a word, is still seen to be too large.
        request.max_content_length = self.config.max_body_bytes + 1
        response = self.respond(request)
        return response(environ, start_response)

    def respond(self, request: Request) -> Response:
        """Route *request* and turn every refusal into a JSON error."""
        try:
            path = request.environ.get("PATH_INFO", "").encode("latin-1").decode("utf-8")
        except UnicodeError:
            return json_response({"error": "the URL is not valid UTF-8"}, 400)
        undecodable = _undecodable_parameter(request.query_string)
        if undecodable is not None:   # werkzeug kept '%ED%A0%80' as that text: searched (R4-9)
            return json_response({"error": f"{undecodable}: not valid UTF-8 (a percent-escape "
                                           "that decodes to no character)"}, 400)
        try:
            adapter = self.url_map.bind("localhost", path_info=path)
            endpoint, values = adapter.match(method=request.method)
            handler: Callable[..., Response] = endpoint
            return handler(request, **values)
        except ApiError as err:
            return json_response({"error": err.message}, err.status, err.headers)
        except HTTPException as err:
            return _http_error(err, request.method, path)
        except MemoryReplaced as err:  # for good: no Retry-After
            log.error("%s", err)
            return json_response({"error": "the translation memory file was removed or "
                                  "replaced; the server must be restarted"}, 503)
        except StoreError as err:
            # Locked by a writer, or a database server restarting: usually soon over.  Say
            # when to come back, so clients (and proxies) do not retry at once in a loop.
            log.error("memory unavailable: %s", err)
            return json_response({"error": "the translation memory is unavailable"}, 503,
                                 {"Retry-After": str(max(1, math.ceil(self.config.db_timeout)))})
        except Exception:
            log.exception("internal error on %s %s", request.method, path)
            return json_response({"error": "internal server error"}, 500)

    # -- tmserver --------------------------------------------------------------

    def tmserver_languages(self, request: Request) -> Response:
        """``{"sourceLanguages": [...], "targetLanguages": [...]}`` (lookup works both ways)."""
        codes = self._advertised()
        return json_response({"sourceLanguages": codes, "targetLanguages": codes})

    def _advertised(self) -> list[str]:
        now = time.monotonic()
        if self._languages is None or now - self._languages[0] > LANGUAGES_TTL:
            with self.memories.use() as memory:
                self._languages = (now, advertised_codes(memory.languages()))
        return self._languages[1]

    def tmserver_unit(self, request: Request, source: str, target: str, text: str) -> Response:
        """tmserver matches for *text*, best first."""
        params = Params(request.args, self.config)
        query = check_length(text, self.config, "the text")
        source_lang = Params({"source": source}, self.config).lang("source", "")
        target_lang = Params({"target": target}, self.config).lang("target", "")
        with self.memories.use() as memory:
            matches = memory.lookup(query, source_lang=source_lang, target_lang=target_lang,
                                    min_score=params.min_score("min_similarity"),
                                    limit=params.limit("max_candidates"))
        return json_response([match_entry(m) for m in matches])

    # -- tm's JSON API -----------------------------------------------------------

    def lookup(self, request: Request) -> Response:
        """``GET /api/lookup?q=...&source_lang=&target_lang=&min_score=&limit=&context=``."""
        params = Params(request.args, self.config)
        with self.memories.use() as memory:
            return json_response(self._lookup_one(memory, params))

    def batch_lookup(self, request: Request) -> Response:
        """``POST /api/lookup`` with ``{"queries": [...], ...}``; one result per query."""
        body = self._json_body(request)
        queries = body.get("queries")
        if not isinstance(queries, list):
            raise ApiError(400, "queries: expected a list of strings or objects")
        if len(queries) > self.config.max_batch:
            raise ApiError(413, f"queries: at most {self.config.max_batch} per request")
        shared = {k: v for k, v in body.items() if k != "queries"}
        results = []
        with self.memories.use() as memory:
            for i, item in enumerate(queries):
                one = {**shared, **(item if isinstance(item, dict) else {"q": item})}
                where = f"queries[{i}]."
                results.append(self._lookup_one(memory, Params(one, self.config, where=where)))
        return json_response({"results": results})

    def _lookup_one(self, memory: TranslationMemory, params: Params) -> dict[str, Any]:
        query = params.text("q", required=True)
        source_lang, target_lang = query_languages(
            query, params.given_lang("source_lang"), params.given_lang("target_lang"))
        matches = memory.lookup(
            query, source_lang=source_lang, target_lang=target_lang,
            min_score=params.min_score(), limit=params.limit(),
            context=params.text("context"), prev=params.text("prev"),
            next=params.text("next"))
        return {"query": query, "source_lang": source_lang, "target_lang": target_lang,
                "matches": [match_json(m) for m in matches]}

    def concordance(self, request: Request) -> Response:
        """``GET /api/concordance?q=PHRASE&limit=N``: units containing the phrase."""
        params = Params(request.args, self.config)
        phrase = params.text("q", required=True)
        if not phrase.strip():
            raise ApiError(400, "q: the phrase is empty")
        limit = int(params.number("limit", 50, 1, MAX_CONCORDANCE))
        with self.memories.use() as memory:
            hits = memory.concordance(phrase, limit=limit)
        return json_response({"phrase": phrase, "hits": [hit_json(h) for h in hits]})

    def add_units(self, request: Request) -> Response:
        """``POST /api/units`` ``{"units": [...], "trusted": bool, "origin": str}``."""
        self._authorize(request)
        body = self._json_body(request)
        units = body.get("units")
        if not isinstance(units, list):
            raise ApiError(400, "units: expected a list of objects")
        parsed = [unit_from_json(item, f"units[{i}]", self.config.max_unit_chars)
                  for i, item in enumerate(units)]
        trusted = body.get("trusted", True)
        origin = body.get("origin")
        if not isinstance(trusted, bool):
            raise ApiError(400, "trusted: expected true or false")
        if origin is not None and not isinstance(origin, str):
            raise ApiError(400, "origin: expected a string")
        reached = 0

        def numbered() -> Iterator[Unit]:  # which unit the memory refuses, if it does
            nonlocal reached
            for i, unit in enumerate(parsed):
                reached = i
                yield unit

        with self.memories.use() as memory:
            try:  # the memory is the one owner of what a unit may hold (text, markup)
                added = memory.add(numbered(), trusted=trusted, origin=origin)
            except ParseError as err:
                raise ApiError(400, f"units[{reached}]: {err.message}") from None
        skipped = [{"index": i, "reason": reason} for i, unit in enumerate(parsed)
                   if (reason := skip_reason(unit)) is not None]
        return json_response({"added": added, "received": len(parsed), "skipped": skipped})

    def _authorize(self, request: Request) -> None:
        if self.config.readonly:
            raise ApiError(403, "this server is read-only")
        token = self.config.token
        if token is None:
            raise ApiError(403, "writes are disabled: the server has no token configured")
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        expected = token.encode("utf-8")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
                given.strip().encode("utf-8"), expected):
            raise ApiError(401, "a valid 'Authorization: Bearer TOKEN' header is required",
                           {"WWW-Authenticate": 'Bearer realm="tm"'})

    def _json_body(self, request: Request) -> dict[str, Any]:
        data = request.get_data(cache=False)
        if len(data) > self.config.max_body_bytes:
            raise ApiError(413, "the request body is larger than this server accepts "
                                f"({self.config.max_body_bytes} bytes)")
        try:
            body = json.loads(data, parse_int=_json_int)
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            raise ApiError(400, f"the body is not JSON: {err}") from None
        except RecursionError:  # [[[[...]]]]: the decoder recursed; not a server fault
            raise ApiError(400, "the body is not JSON tm accepts: nested too deeply") from None
        except _LongNumber:
            raise ApiError(400, "the body is not JSON tm accepts: a number of more than "
                                f"{_JSON_INT_DIGITS} digits") from None
        if not isinstance(body, dict):
            raise ApiError(400, "the body must be a JSON object")
        return body

    # -- health ----------------------------------------------------------------------

    def healthz(self, request: Request) -> Response:
        """200 when the memory answers a query, else 503 (a load balancer's probe)."""
        with self.memories.use() as memory:
            memory.lookup("healthz", limit=1)
        return json_response({"status": "ok", "tm": __version__,
                              "read_only": self.config.readonly,
                              "writes": self.config.writable})


#: Longest integer a JSON body may write: Python's own limit on converting digits
#: (sys.int_info.default_max_str_digits, 4300), past which json.loads raised a bare
#: ValueError, answered 500 with a traceback in the log (R9-6).
_JSON_INT_DIGITS = 4300


class _LongNumber(ValueError):
    """An integer of more digits than :data:`_JSON_INT_DIGITS` in a JSON body."""


def _json_int(text: str) -> int:
    """json's ``parse_int``: *text* as an int, or :class:`_LongNumber` when too long."""
    if len(text.lstrip("-")) > _JSON_INT_DIGITS:
        raise _LongNumber(text[:20])
    return int(text)


def _undecodable_parameter(query: bytes) -> str | None:
    """The name of the first query parameter whose value is not UTF-8 once unescaped."""
    for pair in query.split(b"&"):
        name, _, value = pair.partition(b"=")
        try:
            unquote_to_bytes(value.replace(b"+", b" ")).decode("utf-8")
        except UnicodeDecodeError:
            return unquote_to_bytes(name).decode("utf-8", "replace")[:40] or "a parameter"
    return None


def _http_error(err: HTTPException, method: str, path: str) -> Response:
    """werkzeug's refusals (404, 405, 413) as one-line JSON errors."""
    headers = {k: v for k, v in err.get_headers() if k.lower() == "allow"}
    messages = {
        404: f"no such endpoint: {path}",
        405: f"{method} is not allowed here; allowed: {headers.get('Allow', '')}",
        413: "the request body is larger than this server accepts",
    }
    code = err.code or 500
    return json_response({"error": messages.get(code, err.name)}, code, headers)


def create_app(config: ServerConfig) -> WSGIApplication:
    """The WSGI application serving *config*'s memory, behind ``proxy_hops`` trusted proxies."""
    return behind_proxies(Application(config), config)


def behind_proxies(app: Application, config: ServerConfig) -> WSGIApplication:
    """*app*, reading the client's address from ``config.proxy_hops`` trusted proxies."""
    if not config.proxy_hops:
        return app
    hops = config.proxy_hops
    return ProxyFix(app, x_for=hops, x_proto=hops, x_host=hops, x_port=hops, x_prefix=hops)

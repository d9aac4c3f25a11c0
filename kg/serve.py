"""A read-only SPARQL 1.1 Protocol endpoint over the built graph: ``kg serve``.

``http://HOST:PORT/sparql`` answers queries by GET (``?query=``) or POST
(``application/x-www-form-urlencoded`` with ``query=``, or an
``application/sparql-query`` body), with results in the format the
``Accept`` header asks for:

- SELECT and ASK: ``application/sparql-results+json`` (the default),
  ``application/sparql-results+xml``, ``text/csv``, ``text/tab-separated-values``;
- CONSTRUCT and DESCRIBE: ``text/turtle`` (the default), ``application/n-triples``,
  ``application/rdf+xml``, ``application/ld+json``.

The default graph is the union of all graphs, as for ``kg query``; the
protocol's ``default-graph-uri`` and ``named-graph-uri`` parameters narrow it.
Updates are refused with 403, and so are federated queries (``SERVICE``,
which would make the server fetch other URLs); malformed queries get 400
with the parser's message, bodies over 1 MB get 413. Only the standard library's
:mod:`http.server` and pyoxigraph are used.
"""

from __future__ import annotations

import re
import signal
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.errors import KGError
from kg.store import code_text

MAX_BODY = 1 << 20  # 1 MB
DRAIN_LIMIT = 16 << 20  # bodies we read and discard to answer cleanly; larger ones: close
PATH = "/sparql"

RESULTS_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
# What a text that is not a query starts with when it is an update (after its prologue).
_UPDATE_START = re.compile(
    r"^(?:\s|#[^\n]*\n?)*(?:(?:BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)(?:\s|#[^\n]*\n?)*)*"
    r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE)


# The SERVICE keyword (not ?service, ex:service or service:x): pyoxigraph would fetch the remote endpoint.
_SERVICE = re.compile(r"(?<![?$\w:])SERVICE(?![\w:-])", re.IGNORECASE)


class Refused(Exception):
    """A request the endpoint answers with an error status and a plain-text message."""

    def __init__(self, status: HTTPStatus, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def is_update(text: str) -> bool:
    """Whether ``text`` (which did not parse as a query) is a SPARQL update."""
    if _UPDATE_START.match(text):
        return True
    if len(text) > 100_000:
        return False
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(text)
    except Exception:  # pyparsing and rdflib raise several exception types
        return False
    return True


def _accept(header: str | None) -> list[str]:
    """Media types of an Accept header, best first (q-values honoured, order kept among equals)."""
    if not header:
        return ["*/*"]
    items = []
    for n, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            items.append((-q, n, media))
    return [m for _, _, m in sorted(items)]


def negotiate(header: str | None, offered: dict[str, Any], default: str) -> tuple[str, Any]:
    """The (media type, format) to answer with, or :class:`Refused` 406."""
    for media in _accept(header):
        if media in offered:
            return media, offered[media]
        if media in ("*/*", "application/*", "text/*"):
            if media == "*/*" or default.startswith(media[:-1]):
                return default, offered[default]
            prefix = media[:-1]
            for m, fmt in offered.items():
                if m.startswith(prefix):
                    return m, fmt
    raise Refused(HTTPStatus.NOT_ACCEPTABLE, "none of the Accept header's types is offered; use one of "
                  + ", ".join(offered))


class SparqlEndpoint:
    """Answers SPARQL query text against a pyoxigraph store, never updating it."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def run(self, query: str, accept: str | None, default_graphs: list[str], named_graphs: list[str]
            ) -> tuple[str, bytes]:
        """Content type and body for ``query``, or :class:`Refused`."""
        if not query.strip():
            raise Refused(HTTPStatus.BAD_REQUEST, "empty query")
        if _SERVICE.search(code_text(query)):
            raise Refused(HTTPStatus.FORBIDDEN, "federated queries (SERVICE) are refused: this endpoint only "
                          "answers over its own graph")
        kwargs: dict[str, Any] = {}
        try:
            if default_graphs:
                kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
            else:
                kwargs["use_default_graph_as_union"] = True
            if named_graphs:
                kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        except ValueError as exc:
            raise Refused(HTTPStatus.BAD_REQUEST, f"bad graph IRI: {exc}") from None
        try:
            res = self.store.query(query, **kwargs)
        except SyntaxError as exc:
            if is_update(query):
                raise _update_refused() from None
            raise Refused(HTTPStatus.BAD_REQUEST, f"malformed query: {exc}") from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise Refused(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {exc}") from None
        try:
            if isinstance(res, ox.QueryTriples):
                media, fmt = negotiate(accept, GRAPH_FORMATS, "text/turtle")
            else:
                media, fmt = negotiate(accept, RESULTS_FORMATS, "application/sparql-results+json")
            body = res.serialize(format=fmt)
        except (OSError, RuntimeError, ValueError) as exc:
            raise Refused(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {exc}") from None
        if media.startswith("text/"):
            media += "; charset=utf-8"
        return media, body or b""


def _update_refused() -> Refused:
    return Refused(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL updates are refused "
                   "(rebuild the graph with `kg build` instead)")


class Handler(BaseHTTPRequestHandler):
    """The HTTP side: parses the SPARQL 1.1 Protocol request, delegates to the server's endpoint."""

    server: "SparqlServer"
    server_version = "kg-sparql/1"
    protocol_version = "HTTP/1.1"

    # ----------------------------------------------------------------- replies

    def _reply(self, status: HTTPStatus, content_type: str, body: bytes,
               headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, err: Refused) -> None:
        self._reply(err.status, "text/plain; charset=utf-8", (err.message + "\n").encode("utf-8"), err.headers)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        if not self.server.quiet:
            super().log_message(format, *args)

    # ----------------------------------------------------------------- methods

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._handle(with_body=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._handle(with_body=False)

    def do_POST(self) -> None:  # noqa: N802
        self._handle(with_body=True)

    def do_OPTIONS(self) -> None:  # noqa: N802
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Allow", "GET, HEAD, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _not_allowed(self) -> None:
        self._drain()
        self._error(Refused(HTTPStatus.METHOD_NOT_ALLOWED, f"{self.command} is not allowed: the endpoint is "
                            "read-only (GET or POST a query)", {"Allow": "GET, HEAD, POST, OPTIONS"}))

    do_PUT = do_DELETE = do_PATCH = _not_allowed

    def handle_expect_100(self) -> bool:
        """Refuse an oversized body before the client sends it (``Expect: 100-continue``)."""
        length = (self.headers.get("Content-Length") or "").strip()
        if length.isdigit() and int(length) > MAX_BODY:
            self.close_connection = True
            self._error(Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes"))
            return False
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            self._error(Refused(HTTPStatus.LENGTH_REQUIRED, "send the body with a Content-Length (no chunked encoding)"))
            return False
        return super().handle_expect_100()

    def _drain(self) -> None:
        """Read and discard a request body we will not use, so the client sees our answer.

        Bodies past ``DRAIN_LIMIT`` are not read: the connection is closed instead.
        """
        length = (self.headers.get("Content-Length") or "").strip()
        if length.isdigit() and int(length) <= DRAIN_LIMIT:
            left = int(length)
            while left > 0:
                chunk = self.rfile.read(min(left, 65536))
                if not chunk:
                    break
                left -= len(chunk)
            if int(length) > MAX_BODY:
                self.close_connection = True
        elif length or self.headers.get("Transfer-Encoding"):
            self.close_connection = True

    # ----------------------------------------------------------------- the protocol

    def _handle(self, with_body: bool) -> None:
        try:
            url = urlsplit(self.path)
            if url.path.rstrip("/") not in (PATH, ""):
                if with_body:
                    self._drain()
                raise Refused(HTTPStatus.NOT_FOUND, f"no such resource: the SPARQL endpoint is {PATH}")
            if url.path.rstrip("/") == "" and not url.query:
                if with_body:
                    self._drain()
                self._reply(HTTPStatus.OK, "text/plain; charset=utf-8",
                            f"kg SPARQL endpoint (read-only): GET or POST queries to {PATH}\n".encode())
                return
            params = parse_qs(url.query, keep_blank_values=True)
            query = self._query_text(params, with_body)
            ctype, body = self.server.endpoint.run(query, self.headers.get("Accept"),
                                                   params.get("default-graph-uri", []),
                                                   params.get("named-graph-uri", []))
            self._reply(HTTPStatus.OK, ctype, body)
        except Refused as err:
            self._error(err)
        except (ConnectionError, TimeoutError):
            self.close_connection = True  # the client went away
        except Exception as exc:  # a bug: answer 500 rather than drop the connection
            self.log_error("internal error: %r", exc)
            self.close_connection = True
            self._error(Refused(HTTPStatus.INTERNAL_SERVER_ERROR, f"internal error: {type(exc).__name__}: {exc}"))

    def _query_text(self, params: dict[str, list[str]], with_body: bool) -> str:
        if "update" in params:
            if with_body:
                self._drain()
            raise _update_refused()
        if not with_body:
            queries = params.get("query", [])
            if len(queries) != 1:
                raise Refused(HTTPStatus.BAD_REQUEST, "give exactly one query parameter: ?query=SPARQL")
            return queries[0]
        body = self._read_body()
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            raise _update_refused()
        if ctype == "application/sparql-query":
            text = self._decode(body)
        elif ctype == "application/x-www-form-urlencoded":
            form = parse_qs(self._decode(body), keep_blank_values=True)
            if "update" in form:
                raise _update_refused()
            for key in ("default-graph-uri", "named-graph-uri"):
                params.setdefault(key, []).extend(form.get(key, []))
            queries = form.get("query", []) + params.get("query", [])
            if len(queries) != 1:
                raise Refused(HTTPStatus.BAD_REQUEST, "give exactly one query parameter: query=SPARQL")
            return queries[0]
        else:
            raise Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                          "POST a query as application/x-www-form-urlencoded (query=...) or application/sparql-query")
        if "query" in params:
            raise Refused(HTTPStatus.BAD_REQUEST, "give the query either in the body or as ?query=, not both")
        return text

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            raise Refused(HTTPStatus.LENGTH_REQUIRED, "send the body with a Content-Length (no chunked encoding)")
        length = self.headers.get("Content-Length")
        if length is None:
            raise Refused(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length")
        if not length.strip().isdigit():
            self.close_connection = True
            raise Refused(HTTPStatus.BAD_REQUEST, "bad Content-Length")
        n = int(length)
        if n > MAX_BODY:
            self._drain()  # discarded, never held in memory
            raise Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes")
        return self.rfile.read(n)

    @staticmethod
    def _decode(body: bytes) -> str:
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            raise Refused(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8") from None


class SparqlServer(ThreadingHTTPServer):
    """A threading HTTP server holding the endpoint."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], endpoint: SparqlEndpoint, quiet: bool = False) -> None:
        self.endpoint = endpoint
        self.quiet = quiet
        super().__init__(address, Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}{PATH}"


def make_server(store: ox.Store, host: str = "127.0.0.1", port: int = 7878, quiet: bool = False) -> SparqlServer:
    """A server bound to ``host:port`` (port 0 picks a free one), not yet serving."""
    try:
        return SparqlServer((host, port), SparqlEndpoint(store), quiet=quiet)
    except OSError as exc:
        raise KGError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None


def start_in_thread(store: ox.Store, host: str = "127.0.0.1", port: int = 0,
                    quiet: bool = True) -> tuple[SparqlServer, threading.Thread]:
    """Serve in a background thread (for tests and notebooks); stop with ``server.shutdown()``."""
    server = make_server(store, host, port, quiet=quiet)
    thread = threading.Thread(target=server.serve_forever, name="kg-sparql", daemon=True)
    thread.start()
    return server, thread


def serve(store: ox.Store, host: str, port: int, echo: Callable[[str], None] = print) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM), then close the socket and return."""
    server = make_server(store, host, port)

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, stop)
    try:
        echo(f"SPARQL endpoint (read-only, {len(store)} quads): {server.url}  (Ctrl-C to stop)")
        server.serve_forever()
    except KeyboardInterrupt:
        echo("stopped")
    finally:
        server.server_close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)

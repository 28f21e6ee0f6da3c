"""A read-only SPARQL 1.1 Protocol endpoint over a kg graph (stdlib HTTP server + pyoxigraph).

Queries run in worker processes: pyoxigraph cannot interrupt a running query, so a query
past its deadline is stopped by ending its worker, and a fresh worker takes its place.
Updates and ``SERVICE`` are refused, results are cut at ``max_rows``, and the server binds
to 127.0.0.1 unless told otherwise.

Routes: ``/sparql`` (the endpoint; a GET without ``query`` returns the service
description), ``/`` (the graph as HTML), ``/query`` (an offline query page),
``/queries.json`` (the query library).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import queue
import signal
import sys
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.errors import KgError, QueryError
from kg.sparql.library import library
from kg.sparql.query import RefusedQueryError, check_query, run_query
from kg.sparql.results import RDF_FORMATS, serialize_result
from kg.sparql.store import PREFIXES, to_rdflib

__all__ = [
    "MEDIA_TYPES",
    "NotAcceptable",
    "ServerConfig",
    "SparqlServer",
    "negotiate",
]

MEDIA_TYPES: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
"""The Content-Type sent for each result format."""

# Accept media types and format=/output= names, per kind of result.
_ACCEPT = {
    "select": {
        "application/sparql-results+json": "json",
        "application/json": "json",
        "text/javascript": "json",
        "application/javascript": "json",
        "application/sparql-results+xml": "xml",
        "application/xml": "xml",
        "text/xml": "xml",
        "text/csv": "csv",
        "text/tab-separated-values": "tsv",
    },
    "construct": {
        "text/turtle": "turtle",
        "application/turtle": "turtle",
        "application/x-turtle": "turtle",
        "text/n3": "turtle",
        "text/rdf+n3": "turtle",
        "application/n3": "turtle",
        "application/n-triples": "ntriples",
        "text/plain": "ntriples",
        "application/ld+json": "jsonld",
        "application/x-json+ld": "jsonld",
        "application/json": "jsonld",
        "application/rdf+xml": "rdfxml",
        "application/xml": "rdfxml",
    },
}
_NAMES = {
    "select": {
        "json": "json",
        "xml": "xml",
        "csv": "csv",
        "tsv": "tsv",
        "sparql-results+json": "json",
        "sparql-results+xml": "xml",
    },
    "construct": {
        "turtle": "turtle",
        "ttl": "turtle",
        "n3": "turtle",
        "nt": "ntriples",
        "ntriples": "ntriples",
        "n-triples": "ntriples",
        "json-ld": "jsonld",
        "jsonld": "jsonld",
        "json": "jsonld",
        "rdf+xml": "rdfxml",
        "rdfxml": "rdfxml",
        "xml": "rdfxml",
    },
}
_DEFAULT = {"select": "json", "construct": "turtle"}
_MAX_BODY = 1_000_000


class NotAcceptable(QueryError):
    """No format the client accepts fits the query's kind of result (HTTP 406)."""


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """How the endpoint runs: where it listens and how it bounds queries.

    ``timeout`` is seconds per query, ``max_rows`` the most rows (or triples) returned,
    ``workers`` the number of query processes.
    """

    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    max_rows: int = 10_000
    workers: int = 2


def negotiate(kind: str, accept: str | None, formats: list[str] = ()) -> str:
    """Pick the result format for ``kind`` (``select``/``ask``/``construct``).

    ``format=``/``output=`` values (as SPARQLWrapper sends them) come first: a short name
    (``json``, ``xml``, ``csv``, ``tsv``, ``turtle``...) or a media type. Then the Accept
    header, by q-value. ``*/*`` or nothing gives JSON for SELECT/ASK, Turtle for CONSTRUCT.

    Raises
    ------
    NotAcceptable
        Nothing acceptable fits.

    Examples
    --------
    >>> negotiate("select", "text/csv")
    'csv'
    >>> negotiate("construct", "application/ld+json;q=0.5, text/turtle")
    'turtle'
    >>> negotiate("select", "*/*", ["xml"])
    'xml'
    """
    kind = "select" if kind == "ask" else kind
    for value in formats:
        value = value.strip().lower()
        found = _NAMES[kind].get(value) or _ACCEPT[kind].get(value.split(";")[0].strip())
        if found:
            return found
    if not accept or not accept.strip():
        return _DEFAULT[kind]
    ranges = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        quality = 1.0
        for field in fields[1:]:
            if field.startswith("q="):
                try:
                    quality = float(field[2:])
                except ValueError:
                    quality = 0.0
        ranges.append((-quality, position, fields[0].lower()))
    for negative_q, _, media in sorted(ranges):
        if negative_q == 0:
            continue
        if media in _ACCEPT[kind]:
            return _ACCEPT[kind][media]
        if media in ("*/*", "application/*", "text/*"):
            return _DEFAULT[kind]
    offered = ", ".join(sorted({MEDIA_TYPES[v].split(";")[0] for v in _ACCEPT[kind].values()}))
    raise NotAcceptable(
        f"cannot answer a {kind.upper()} query as {accept}; ask for one of {offered}"
    )


# --- worker processes ------------------------------------------------------------------


def _answer(
    store: ox.Store, query: str, accept: str | None, formats: list[str], max_rows: int
) -> tuple[int, str, bytes, dict[str, str]]:
    """Run one request in a worker: (status, content type, body, extra headers)."""
    try:
        result = run_query(store, query, max_rows=max_rows)
        fmt = negotiate(result.kind, accept, formats)
        body = serialize_result(result, fmt)
    except RefusedQueryError as error:
        return 403, "text/plain; charset=utf-8", str(error).encode(), {}
    except NotAcceptable as error:
        return 406, "text/plain; charset=utf-8", str(error).encode(), {}
    except QueryError as error:
        return 400, "text/plain; charset=utf-8", str(error).encode(), {}
    headers = {"X-KG-Truncated": f"max-rows={max_rows}"} if result.truncated else {}
    return 200, MEDIA_TYPES[fmt], body, headers


def _worker(conn, parent_end, store: ox.Store | None, store_dir: str | None, max_rows: int) -> None:
    """Serve requests from ``conn`` until it closes or the parent dies.

    Ctrl-C is the parent's business. Forked siblings hold copies of each other's pipe
    ends, so a closed pipe alone does not prove the parent gone: the parent pid does.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent_end.close()
    parent = os.getppid()
    if store is None:
        store = ox.Store.read_only(store_dir)
    while True:
        try:
            while not conn.poll(1.0):
                if os.getppid() != parent:
                    return
            query, accept, formats = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = _answer(store, query, accept, formats, max_rows)
        except Exception as error:  # noqa: BLE001 - report, keep the worker alive
            reply = (500, "text/plain; charset=utf-8", f"query failed: {error}".encode(), {})
        conn.send(reply)


class _Worker:
    def __init__(self, context, store, store_dir, max_rows):
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_worker, args=(child, self.conn, store, store_dir, max_rows), daemon=True
        )
        self.process.start()
        child.close()

    def stop(self) -> None:
        self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)


class _Pool:
    """Worker processes that each answer one query at a time, under a deadline."""

    def __init__(self, store: ox.Store | None, store_dir: str | None, config: ServerConfig):
        # fork: workers share the parent's in-memory store copy-on-write, no reload.
        self._context = multiprocessing.get_context("fork")
        self._store, self._store_dir, self._config = store, store_dir, config
        self.fork_lock = threading.Lock()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        for _ in range(max(1, config.workers)):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        with self.fork_lock:
            worker = _Worker(self._context, self._store, self._store_dir, self._config.max_rows)
        self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        self._all.discard(worker)
        self._idle.put(self._spawn())

    def run(self, query: str, accept: str | None, formats: list[str]):
        timeout = self._config.timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            message = f"all {self._config.workers} query workers are busy; try again shortly"
            return 503, "text/plain; charset=utf-8", message.encode(), {}
        try:
            worker.conn.send((query, accept, list(formats)))
            if not worker.conn.poll(timeout):
                self._replace(worker)
                return (
                    503,
                    "text/plain; charset=utf-8",
                    (
                        f"query stopped: it ran longer than {timeout:g} s; add a LIMIT or narrow "
                        "its patterns (the limit is `kg serve --timeout`)"
                    ).encode(),
                    {},
                )
            reply = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            return 500, "text/plain; charset=utf-8", b"the query worker stopped; try again", {}
        self._idle.put(worker)
        return reply

    def close(self) -> None:
        for worker in list(self._all):
            worker.stop()
        self._all.clear()


# --- HTTP ---------------------------------------------------------------------------------


def _service_description(endpoint: str, triples: int) -> str:
    formats = [
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "JSON-LD",
        "RDF_XML",
    ]
    result_formats = ", ".join(f"<http://www.w3.org/ns/formats/{f}>" for f in formats)
    return (
        "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n"
        "@prefix void: <http://rdfs.org/ns/void#> .\n"
        "@prefix dcterms: <http://purl.org/dc/terms/> .\n\n"
        f"<{endpoint}> a sd:Service ;\n"
        f"    sd:endpoint <{endpoint}> ;\n"
        "    sd:supportedLanguage sd:SPARQL11Query ;\n"
        f"    sd:resultFormat {result_formats} ;\n"
        '    dcterms:description "kg actor graph, read-only: SPARQL Update and SERVICE are '
        f"refused; prefixes {', '.join(PREFIXES)} are "
        'predeclared."@en ;\n'
        "    sd:defaultDataset [ a sd:Dataset ;\n"
        f"        sd:defaultGraph [ a sd:Graph ; void:triples {triples} ] ] .\n"
    )


def _fallback_page(reason: str) -> str:
    return (
        '<!doctype html><html lang="en"><meta charset="utf-8"><title>kg SPARQL</title>'
        "<body><h1>kg SPARQL endpoint</h1>"
        f"<p>The graph view is not available here ({_html_escape(reason)}).</p>"
        '<p><a href="/query">Open the query page</a> or send SPARQL to '
        "<code>/sparql</code>.</p></body></html>"
    )


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SparqlServer:
    """The endpoint: a threading HTTP server in front of a pool of query workers.

    Parameters
    ----------
    store : pyoxigraph.Store, optional
        An in-memory store (from :func:`kg.sparql.store.load_store`).
    store_dir : str or os.PathLike, optional
        An on-disk store; each worker opens it read-only.
    config : ServerConfig
        Host, port (0 picks a free port), timeout, row limit, workers.
    quiet : bool
        Do not log requests to stderr.

    Examples
    --------
    >>> server = SparqlServer(ox.Store(), config=ServerConfig(port=0), quiet=True)
    >>> server.start()
    >>> server.url.startswith("http://127.0.0.1:")
    True
    >>> server.close()
    """

    def __init__(
        self,
        store: ox.Store | None = None,
        store_dir: str | os.PathLike | None = None,
        *,
        config: ServerConfig = ServerConfig(),
        quiet: bool = False,
    ):
        if (store is None) == (store_dir is None):
            raise QueryError("give the server either an in-memory store or a store directory")
        self.config = config
        self._store = store
        self._store_dir = None if store_dir is None else str(store_dir)
        self._pool = _Pool(store, self._store_dir, config)
        self._html: str | None = None
        self._html_lock = threading.Lock()
        self._triples = len(self._open())
        self._thread: threading.Thread | None = None
        handler = type("Handler", (_Handler,), {"app": self, "quiet": quiet})
        self.httpd = ThreadingHTTPServer((config.host, config.port), handler)
        self.httpd.daemon_threads = True

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def _open(self) -> ox.Store:
        return self._store if self._store is not None else ox.Store.read_only(self._store_dir)

    def run(self, query: str, accept: str | None, formats: list[str]):
        return self._pool.run(query, accept, formats)

    def graph_html(self) -> str:
        """The graph page (kg.viewer) built on first use; a short page if that fails."""
        with self._html_lock:
            if self._html is None:
                try:
                    from kg.viewer import render_html
                except ImportError as error:
                    self._html = _fallback_page(f"kg.viewer cannot be imported: {error}")
                else:
                    with self._pool.fork_lock:  # never fork while this thread reads the store
                        graph = to_rdflib(self._open())
                    try:
                        self._html = render_html(graph)
                    except KgError as error:
                        self._html = _fallback_page(str(error))
            return self._html

    def service_description(self, endpoint: str) -> str:
        return _service_description(endpoint, self._triples)

    def start(self) -> None:
        """Serve in a background thread (tests, notebooks); stop with :meth:`close`."""
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()

    def serve_forever(self) -> None:
        """Serve until Ctrl-C, then stop the workers and close the socket."""
        try:
            self.httpd.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            self.close()

    def close(self) -> None:
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join(5)
            self._thread = None
        self.httpd.server_close()
        self._pool.close()


class _Handler(BaseHTTPRequestHandler):
    app: SparqlServer
    quiet = False
    server_version = "kg-sparql"
    protocol_version = "HTTP/1.1"

    # -- plumbing
    def log_message(self, format, *args):  # noqa: A002 - BaseHTTPRequestHandler's name
        if not self.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def _send(
        self, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "X-KG-Truncated")
        self.send_header("Vary", "Accept")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _read_body(self) -> bytes | None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > _MAX_BODY:
            self._text(413, f"request body too large or unreadable (limit {_MAX_BODY} bytes)")
            return None
        return self.rfile.read(length)

    # -- routes
    def do_OPTIONS(self):  # noqa: N802 - http.server naming
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):  # noqa: N802
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path == "/sparql":
            self._sparql(params, params.get("query", [None])[0])
        elif url.path in ("/", "/index.html"):
            self._send(200, "text/html; charset=utf-8", self.app.graph_html().encode("utf-8"))
        elif url.path in ("/query", "/query.html"):
            page = files("kg.sparql.page").joinpath("index.html").read_bytes()
            self._send(200, "text/html; charset=utf-8", page)
        elif url.path == "/queries.json":
            self._send(200, "application/json", _library_json())
        else:
            self._text(
                404, f"no page at {url.path}; the endpoint is /sparql, the query page /query"
            )

    do_HEAD = do_GET

    def do_POST(self):  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._text(404, f"no endpoint at {url.path}; POST queries to /sparql")
            return
        params = parse_qs(url.query, keep_blank_values=True)
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        body = self._read_body()
        if body is None:
            return
        if content_type == "application/x-www-form-urlencoded":
            form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
            self._sparql(params, params.get("query", [None])[0])
        elif content_type == "application/sparql-query":
            self._sparql(params, body.decode("utf-8", "replace"))
        elif content_type == "application/sparql-update":
            self._refuse_update()
        else:
            self._text(
                415,
                f"cannot read a {content_type or 'body without Content-Type'}; send "
                "application/sparql-query or an application/x-www-form-urlencoded query=",
            )

    def _refuse(self, *_args):
        self.send_response(405)
        self.send_header("Allow", "GET, POST, OPTIONS")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_DELETE = do_PATCH = _refuse

    def _refuse_update(self) -> None:
        try:
            check_query("INSERT DATA {}")
        except RefusedQueryError as error:
            self._text(403, str(error))

    def _sparql(self, params: dict[str, list[str]], query: str | None) -> None:
        if "update" in params:
            self._refuse_update()
            return
        formats = params.get("format", []) + params.get("output", []) + params.get("results", [])
        accept = self.headers.get("Accept")
        if query is None:
            # From the address we listen on, never from the client's Host header.
            host, port = self.server.server_address[:2]
            endpoint = f"http://{host}:{port}/sparql"
            self._description(endpoint, accept, formats)
            return
        if not query.strip():
            self._text(400, "empty query; send SPARQL as query=... (GET or POST)")
            return
        status, content_type, body, headers = self.app.run(query, accept, formats)
        self._send(status, content_type, body, headers)

    def _description(self, endpoint: str, accept: str | None, formats: list[str]) -> None:
        turtle = self.app.service_description(endpoint)
        try:
            fmt = negotiate("construct", accept, formats)
        except NotAcceptable:
            fmt = "turtle"
        if fmt == "turtle":
            body = turtle.encode("utf-8")
        else:
            triples = [q.triple for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)]
            body = ox.serialize(triples, format=RDF_FORMATS[fmt])
        self._send(200, MEDIA_TYPES[fmt], body)


def _library_json() -> bytes:
    listing = [
        {
            "name": q.name,
            "summary": q.summary,
            "description": q.description,
            "params": [
                {"name": p.name, "kind": p.kind, "default": p.default, "description": p.description}
                for p in q.params
            ],
            "text": q.text,
        }
        for q in library().values()
    ]
    return json.dumps({"prefixes": PREFIXES, "queries": listing}, ensure_ascii=False).encode()

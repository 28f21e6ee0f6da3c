"""kg serve: a read-only SPARQL endpoint, the graph page and a query page on localhost."""

from __future__ import annotations

import signal

import click

from kg.cli._app import cli
from kg.sparql.server import ServerConfig, SparqlServer
from kg.sparql.store import open_store

__all__ = ["serve"]


def _stop(_signum, _frame) -> None:
    """SIGTERM stops the server as Ctrl-C does: workers ended, socket closed."""
    raise KeyboardInterrupt


@cli.command()
@click.argument("graph", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False),
    help="Oxigraph store directory: filled from GRAPH when given, else reused.",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; 0.0.0.0 exposes the graph to the network.",
)
@click.option(
    "--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
    help="Port to listen on (0 picks a free one).",
)  # fmt: skip
@click.option(
    "--timeout",
    default=30.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds a query may run before it is stopped (HTTP 503).",
)
@click.option(
    "--max-rows",
    default=10_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Rows (or triples) returned at most; the rest are cut (X-KG-Truncated).",
)
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Query processes (queries that run at the same time).",
)
def serve(graph, store_dir, host, port, timeout, max_rows, workers):
    """Serve a graph over the SPARQL 1.1 Protocol, read-only, until Ctrl-C.

    GRAPH is the Turtle that `kg build` writes; with --store DIR it is loaded into an
    on-disk store that later runs reuse with --store DIR alone. /sparql answers GET and
    POST (SELECT/ASK as SPARQL JSON, XML, CSV, TSV; CONSTRUCT/DESCRIBE as Turtle,
    N-Triples, JSON-LD), / shows the graph, /query is a query page that works offline.
    Updates and SERVICE are refused; --timeout and --max-rows bound each query.

    \b
    Example:
        kg serve outputs/graph.ttl
        kg serve outputs/graph.ttl --store outputs/store --port 8000
        curl --data-urlencode 'query=ASK { ?s ?p ?o }' http://127.0.0.1:7878/sparql
    """
    if graph is None and store_dir is None:
        raise click.UsageError("give GRAPH.ttl (or --store DIR)")
    config = ServerConfig(host=host, port=port, timeout=timeout, max_rows=max_rows, workers=workers)
    if store_dir is not None:
        store = open_store(graph, store_dir, read_only=True)
        del store  # workers open the directory read-only themselves
        server = SparqlServer(store_dir=store_dir, config=config)
    else:
        server = SparqlServer(open_store(graph), config=config)
    click.echo(
        f"SPARQL endpoint {server.url}/sparql · graph {server.url}/ · "
        f"query page {server.url}/query  (Ctrl-C stops)",
        err=True,
    )
    signal.signal(signal.SIGTERM, _stop)
    server.serve_forever()
    click.echo("stopped", err=True)

"""kg query: run SPARQL (or a library query) on a graph and print the answer."""

from __future__ import annotations

import threading
from pathlib import Path

import click

from kg.cli._app import cli
from kg.errors import InputError, QueryError
from kg.sparql.library import library, prepare
from kg.sparql.query import bind_params, param_term, run_query
from kg.sparql.results import RDF_FORMATS, RESULT_FORMATS, QueryResult, serialize_result, to_table
from kg.sparql.store import open_store

__all__ = ["query"]

FORMATS = ["table", *RESULT_FORMATS, *RDF_FORMATS]


def _split_args(args: tuple[str, ...], store_dir: str | None) -> tuple[str | None, str | None]:
    """GRAPH and QUERY from the positional arguments (GRAPH may be left out with --store)."""
    if len(args) > 2:
        raise click.UsageError("give at most GRAPH and QUERY (quote the query)")
    if len(args) == 2:
        return args[0], args[1]
    if len(args) == 1:
        if store_dir is not None and not Path(args[0]).is_file():
            return None, args[0]
        return args[0], None
    return None, None


def _params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(
                f"{value!r}: write NAME=VALUE, e.g. type=REJECT", param_hint="--param"
            )
        params[name.strip()] = text
    return params


def _run_interruptibly(store, text: str) -> QueryResult:
    """Run in a thread: pyoxigraph ignores Ctrl-C while it works, the main thread does not."""
    outcome: dict = {}

    def work() -> None:
        try:
            outcome["result"] = run_query(store, text)
        except BaseException as error:  # noqa: BLE001 - re-raised in the caller
            outcome["error"] = error

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    while thread.is_alive():
        thread.join(0.1)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def _list_library() -> str:
    lines = []
    for q in library().values():
        lines.append(f"{q.name}\n    {q.summary}")
        for p in q.params:
            default = f" (default {p.default})" if p.default else ""
            lines.append(f"    --param {p.name}=...  {p.description}{default}")
        lines.append("")
    return "\n".join(lines).rstrip()


@cli.command()
@click.argument("args", nargs=-1, metavar="[GRAPH.ttl] [QUERY]")
@click.option(
    "--file",
    "query_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Read the query from a .rq file.",
)
@click.option("--name", help="Run a library query (see --list).")
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a query parameter (repeatable), e.g. --param type=REJECT.",
)
@click.option("--list", "list_", is_flag=True, help="List the library queries and exit.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="table, csv, tsv, json or xml (SPARQL results) for SELECT/ASK; "
    "turtle, ntriples, jsonld, rdfxml for CONSTRUCT/DESCRIBE.",
)
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False),
    help="Oxigraph store directory: filled from GRAPH.ttl when given, else reused.",
)
def query(args, query_file, name, params, list_, fmt, store_dir):
    """Run a SPARQL query on a graph and print the answer.

    GRAPH.ttl is the Turtle that `kg build` writes (or use --store DIR). The query comes
    as an argument, from --file, or from the library with --name; the prefixes pakg,
    actor, doc, interaction, pakgid, rdf, rdfs, owl, xsd, skos, prov and dcterms are
    predeclared (actor:IRN is the actor with key IRN). SELECT prints an
    aligned table (or --format csv/tsv/json/xml), ASK prints true/false, CONSTRUCT prints
    Turtle. Updates and SERVICE are refused.

    \b
    Example:
        kg query outputs/graph.ttl --name who-did-what --param type=REJECT
        kg query outputs/graph.ttl 'SELECT ?a WHERE { ?a a pakg:State }' --format csv
        kg query --list
    """
    if list_:
        click.echo(_list_library())
        return
    graph, text = _split_args(args, store_dir)
    sources = [s for s in (text, query_file, name) if s is not None]
    if len(sources) != 1:
        raise click.UsageError("give exactly one of QUERY, --file or --name")
    if graph is None and store_dir is None:
        raise click.UsageError("give GRAPH.ttl (or --store DIR)")
    bindings = _params(params)
    if name is not None:
        text = prepare(name, bindings)
    else:
        if query_file is not None:
            try:
                text = Path(query_file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise InputError(f"{query_file}: cannot read the query ({error})") from error
        text = bind_params(text, {k: param_term(v) for k, v in bindings.items()})
    store = open_store(graph, store_dir)
    result = _run_interruptibly(store, text)
    click.echo(_render(result, fmt), nl=fmt == "table")


def _render(result: QueryResult, fmt: str) -> str:
    if fmt == "table":
        return to_table(result)
    is_graph = result.kind == "construct"
    if is_graph != (fmt in RDF_FORMATS):
        wanted = ", ".join(RDF_FORMATS if is_graph else ["table", *RESULT_FORMATS])
        raise QueryError(f"--format {fmt} does not fit a {result.kind.upper()} query; use {wanted}")
    return serialize_result(result, fmt).decode("utf-8")

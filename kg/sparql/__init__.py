"""SPARQL over kg graphs: Oxigraph stores, the query library, a read-only endpoint.

Queries run on pyoxigraph; rdflib stays the graph API elsewhere (convert with
:func:`to_rdflib` / :func:`from_rdflib`).
"""

from kg.sparql.library import LibraryQuery, Param, library, library_query, prepare
from kg.sparql.query import PREFIXES, RefusedQueryError, bind_params, check_query, run_query
from kg.sparql.results import QueryResult, serialize_result, to_table
from kg.sparql.server import ServerConfig, SparqlServer
from kg.sparql.store import (
    from_rdflib,
    load_store,
    open_store,
    to_rdflib,
    turtle_bytes,
    write_turtle,
)

__all__ = [
    "PREFIXES",
    "LibraryQuery",
    "Param",
    "QueryResult",
    "RefusedQueryError",
    "ServerConfig",
    "SparqlServer",
    "bind_params",
    "check_query",
    "from_rdflib",
    "library",
    "library_query",
    "load_store",
    "open_store",
    "prepare",
    "run_query",
    "serialize_result",
    "to_rdflib",
    "to_table",
    "turtle_bytes",
    "write_turtle",
]

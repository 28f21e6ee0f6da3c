"""Oxigraph stores for kg graphs: load Turtle or a store directory, convert to rdflib at the edge.

Queries run on pyoxigraph (fast); rdflib stays the API for the rest of kg and for users'
scripts. Terms cross between the two here, and Turtle for large graphs is written by
pyoxigraph's serialiser.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.errors import InputError
from kg.rdf.turtle import PREFIXES, ox_triples, to_rdflib_term, turtle_bytes, write_turtle

__all__ = [
    "PREFIXES",
    "from_rdflib",
    "load_store",
    "open_store",
    "to_rdflib",
    "turtle_bytes",
    "write_turtle",
]


def load_store(path: str | os.PathLike) -> ox.Store:
    """Load a Turtle file into a new in-memory Oxigraph store.

    Parameters
    ----------
    path : str or os.PathLike
        A Turtle file (``graph.ttl`` as ``kg build`` writes it).

    Returns
    -------
    pyoxigraph.Store
        An in-memory store holding the triples in its default graph.

    Raises
    ------
    InputError
        The file is missing or is not valid Turtle (the message gives line and column).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> ttl = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
    >>> iri = "<https://w3id.org/pakg/id/actor/IRN>"
    >>> _ = ttl.write_text(iri + " a <https://w3id.org/pakg/ont#State> .")
    >>> len(load_store(ttl))
    1
    """
    path = Path(path)
    if path.is_dir() and (path / "graph.ttl").is_file():
        path = path / "graph.ttl"  # the --out directory of kg build
    if not path.is_file():
        raise InputError(f"{path}: no such graph file; run `kg build INPUT --out DIR` first")
    store = ox.Store()
    _load_into(store, path)
    return store


def open_store(
    graph: str | os.PathLike | None = None,
    store_dir: str | os.PathLike | None = None,
    *,
    read_only: bool = False,
) -> ox.Store:
    """Open the store a command asks for: a Turtle file, an on-disk store, or both.

    Parameters
    ----------
    graph : str or os.PathLike, optional
        A Turtle file. Alone, it is loaded into memory.
    store_dir : str or os.PathLike, optional
        An Oxigraph store directory. Alone, it must already hold a store. With ``graph``,
        the directory is (re)filled from the Turtle file, so later runs can pass only
        ``--store DIR`` and skip parsing.
    read_only : bool
        Open an existing store directory read-only (several processes may share it).

    Raises
    ------
    InputError
        Neither given, a file is missing or malformed, or the directory holds no store.
    """
    if graph is None and store_dir is None:
        raise InputError("no graph given; pass GRAPH.ttl or --store DIR")
    if store_dir is None:
        return load_store(graph)
    store_dir = Path(store_dir)
    if graph is not None:
        graph = Path(graph)
        if not graph.is_file():
            raise InputError(f"{graph}: no such graph file; run `kg build INPUT --out DIR` first")
        try:
            store = ox.Store(str(store_dir))
        except OSError as error:
            raise InputError(
                f"{store_dir}: cannot open a store here ({error}); choose another --store directory"
            ) from error
        store.clear()
        _load_into(store, graph, bulk=True)
        store.flush()
        if not read_only:
            return store
        del store
    if not (store_dir / "CURRENT").is_file():
        raise InputError(
            f"{store_dir}: not an Oxigraph store; create it with "
            "`kg serve GRAPH.ttl --store DIR` (or `kg query GRAPH.ttl --store DIR`)"
        )
    try:
        return ox.Store.read_only(str(store_dir)) if read_only else ox.Store(str(store_dir))
    except OSError as error:
        raise InputError(
            f"{store_dir}: cannot open the store ({error}); is another process writing it?"
        ) from error


def _load_into(store: ox.Store, path: Path, *, bulk: bool = False) -> None:
    """Parse the Turtle file ``path`` into ``store``, turning parse errors into InputError."""
    load = store.bulk_load if bulk else store.load
    try:
        load(path=str(path), format=ox.RdfFormat.TURTLE)
    except SyntaxError as error:
        where = f"line {error.lineno}, column {error.offset}" if error.lineno else "?"
        message = str(error.msg or error).removeprefix("Parser error at ")
        raise InputError(
            f"{path}: not valid Turtle at {where} ({message}); "
            "fix the file or rebuild it with `kg build`"
        ) from error
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: cannot read the graph ({error})") from error


# --- rdflib <-> pyoxigraph, term by term -------------------------------------------------


def from_rdflib(graph: rdflib.Graph, store: ox.Store | None = None) -> ox.Store:
    """Copy an rdflib graph into an Oxigraph store (a new in-memory one by default).

    Examples
    --------
    >>> g = rdflib.Graph()
    >>> _ = g.add((rdflib.URIRef("https://w3id.org/pakg/id/actor/IRN"),
    ...            rdflib.URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"),
    ...            rdflib.Literal("Iran", lang="en")))
    >>> [q.object for q in from_rdflib(g)]
    [<Literal value=Iran language=en>]
    """
    store = ox.Store() if store is None else store
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in ox_triples(graph))
    return store


def to_rdflib(store: ox.Store) -> rdflib.Graph:
    """Copy the default graph of an Oxigraph store into a new rdflib graph with kg's prefixes.

    Examples
    --------
    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("https://w3id.org/pakg/id/actor/IRN"),
    ...                   ox.NamedNode("https://w3id.org/pakg/ont#actorKey"), ox.Literal("IRN")))
    >>> g = to_rdflib(store)
    >>> list(g.objects(predicate=rdflib.URIRef("https://w3id.org/pakg/ont#actorKey")))
    [rdflib.term.Literal('IRN')]
    """
    graph = rdflib.Graph()
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True)
    add = graph.add
    for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        add(
            (
                to_rdflib_term(quad.subject),
                to_rdflib_term(quad.predicate),
                to_rdflib_term(quad.object),
            )
        )
    return graph

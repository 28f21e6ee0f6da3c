"""Terms between rdflib and pyoxigraph, and Turtle written fast with kg's prefixes.

rdflib is the API kg and its users script against; pyoxigraph parses, queries and
serialises large graphs many times faster. Terms cross between the two here.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.atomic import atomic_write
from kg.errors import OutputError
from kg.rdf.iri import ID

__all__ = [
    "PREFIXES",
    "TURTLE_PREFIXES",
    "ox_triples",
    "to_ox",
    "to_rdflib_term",
    "turtle_bytes",
    "write_turtle",
]

PREFIXES: dict[str, str] = {
    "pakg": "https://w3id.org/pakg/ont#",
    "pakgid": ID,
    "actor": f"{ID}actor/",
    "doc": f"{ID}doc/",
    "interaction": f"{ID}interaction/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
}
"""The prefixes kg writes in Turtle and predeclares in every SPARQL query.

``actor:IRN``, ``doc:…`` and ``interaction:…`` name kg's resources in Turtle and
SPARQL alike (``pakgid:actor/IRN`` would read as a property path in SPARQL).
"""

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# pakgid's IRIs all have a '/' in the local part, which Turtle can only write escaped
# (pakgid:actor\/IRN); the actor/doc/interaction prefixes write them instead.
TURTLE_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "pakgid"}


def to_ox(term: rdflib.term.Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot convert {term!r} to an Oxigraph term")


def to_rdflib_term(term) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype in (_XSD_STRING, _RDF_LANG_STRING):
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(datatype))
    raise TypeError(f"cannot convert {term!r} to an rdflib term")


def ox_triples(graph: rdflib.Graph) -> Iterator[ox.Triple]:
    for s, p, o in graph:
        yield ox.Triple(to_ox(s), to_ox(p), to_ox(o))


def _sorted_triples(source: rdflib.Graph | ox.Store) -> Iterable[ox.Triple]:
    """Triples in N-Triples order: grouped by subject (so Turtle can use ';'), stable.

    Sorting in Python by the N-Triples text measured 4x faster than a SPARQL
    ``CONSTRUCT ... ORDER BY`` (200k triples: 0.44 s against 2.0 s).
    """
    if isinstance(source, rdflib.Graph):
        triples = ox_triples(source)
    else:
        triples = (q.triple for q in source.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    return sorted(triples, key=str)


def turtle_bytes(source: rdflib.Graph | ox.Store) -> bytes:
    """Serialise a graph or a store's default graph as Turtle with kg's prefixes.

    Examples
    --------
    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("https://w3id.org/pakg/id/actor/IRN"),
    ...                   ox.NamedNode("https://w3id.org/pakg/ont#actorKey"), ox.Literal("IRN")))
    >>> print(turtle_bytes(store).decode().splitlines()[-1])
    actor:IRN pakg:actorKey "IRN" .
    """
    return ox.serialize(
        _sorted_triples(source), format=ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES
    )


def write_turtle(source: rdflib.Graph | ox.Store, path: str | os.PathLike) -> Path:
    """Write ``source`` as Turtle to ``path`` atomically (temp file, then rename).

    pyoxigraph's serialiser is many times faster than rdflib's on large graphs; the output
    declares kg's prefixes and groups each subject's triples.

    Raises
    ------
    OutputError
        The file cannot be written.
    """
    try:
        payload = turtle_bytes(source)
    except (OSError, ValueError) as error:
        raise OutputError(f"{path}: cannot serialise the graph ({error})") from error
    return atomic_write(path, payload)

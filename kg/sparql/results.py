"""Query results as text: an aligned table, SPARQL JSON/XML/CSV/TSV, or RDF for CONSTRUCT."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pyoxigraph as ox

from kg.rdf.turtle import TURTLE_PREFIXES
from kg.sparql.store import PREFIXES

__all__ = [
    "RDF_FORMATS",
    "RESULT_FORMATS",
    "QueryResult",
    "compact",
    "serialize_result",
    "to_table",
]

RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
"""SELECT/ASK result formats by short name."""

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
"""CONSTRUCT/DESCRIBE formats by short name."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The answer to one query, held in memory.

    ``kind`` is ``"select"``, ``"ask"`` or ``"construct"`` (DESCRIBE too). SELECT fills
    ``variables`` and ``rows`` (``None`` for an unbound cell), ASK ``boolean``, CONSTRUCT
    ``triples``. ``truncated`` says that rows or triples past the limit were dropped.
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = ()
    truncated: bool = False


def _tsv(result: QueryResult) -> bytes:
    """SPARQL TSV: every term in N-Triples syntax, which pyoxigraph writes escaped."""
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def serialize_result(result: QueryResult, fmt: str) -> bytes:
    """Serialise a result in a standard format.

    SELECT/ASK take ``json``, ``xml``, ``csv``, ``tsv`` (the SPARQL 1.1 results formats);
    CONSTRUCT takes ``turtle``, ``ntriples``, ``jsonld``, ``rdfxml``.

    Examples
    --------
    >>> r = QueryResult("select", ("x",), ((ox.Literal("Iran", language="en"),),))
    >>> serialize_result(r, "json").decode()
    '{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"Iran","xml:lang":"en"}}]}}'
    >>> serialize_result(QueryResult("ask", boolean=False), "csv")
    b'false'
    """
    if result.kind == "construct":
        if fmt not in RDF_FORMATS:
            raise ValueError(f"{fmt} is not an RDF format; use one of {', '.join(RDF_FORMATS)}")
        rdf_format = RDF_FORMATS[fmt]
        prefixes = None
        if rdf_format != ox.RdfFormat.N_TRIPLES:
            prefixes = TURTLE_PREFIXES
        return ox.serialize(result.triples, format=rdf_format, prefixes=prefixes)
    if fmt not in RESULT_FORMATS:
        raise ValueError(f"{fmt} is not a results format; use one of {', '.join(RESULT_FORMATS)}")
    if result.kind == "ask":
        source = b"true" if result.boolean else b"false"
    else:
        source = _tsv(result)
    parsed = ox.parse_query_results(source, format=ox.QueryResultsFormat.TSV)
    return parsed.serialize(format=RESULT_FORMATS[fmt])


def compact(term, prefixes: dict[str, str] = PREFIXES) -> str:
    """A term as a person reads it in a table: prefixed IRI, literal value, ``_:`` blank node.

    Examples
    --------
    >>> compact(ox.NamedNode("https://w3id.org/pakg/id/actor/IRN"))
    'actor:IRN'
    >>> compact(ox.Literal("إيران", language="ar"))
    'إيران'
    >>> compact(None)
    ''
    """
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        # The longest namespace wins: actor:IRN rather than pakgid:actor/IRN.
        for prefix, iri in sorted(prefixes.items(), key=lambda item: -len(item[1])):
            if term.value.startswith(iri) and len(term.value) > len(iri):
                return f"{prefix}:{term.value[len(iri) :]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value.replace("\n", " ").replace("\t", " ")
    return str(term)


def _width(text: str) -> int:
    """Display columns of ``text``: combining marks (Arabic diacritics) take none, wide take two."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) == "Cf":
            continue
        width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return width


def to_table(result: QueryResult, max_cell: int = 60) -> str:
    """An aligned plain-text table for a terminal (``kg query`` without ``--format``).

    Examples
    --------
    >>> r = QueryResult("select", ("actor", "n"),
    ...                 ((ox.NamedNode("https://w3id.org/pakg/id/actor/IRN"), ox.Literal(3)),))
    >>> print(to_table(r))
    actor      n
    ---------  -
    actor:IRN  3
    <BLANKLINE>
    (1 row)
    """
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    if result.kind == "construct":
        return serialize_result(result, "turtle").decode("utf-8")
    header = list(result.variables)
    cells = [[_clip(compact(t), max_cell) for t in row] for row in result.rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(values: list[str]) -> str:
        padded = (v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True))
        return "  ".join(padded).rstrip()

    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in cells]
    count = len(result.rows)
    note = ", truncated" if result.truncated else ""
    out += ["", f"({count} row{'s' if count != 1 else ''}{note})"]
    return "\n".join(out)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

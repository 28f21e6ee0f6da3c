"""Run SPARQL on an Oxigraph store: predeclared prefixes, safe parameters, clear errors.

Queries are read-only: SPARQL Update is refused, and so is ``SERVICE`` (pyoxigraph would
otherwise send an HTTP request to the named endpoint).
"""

from __future__ import annotations

import itertools
import re

import pyoxigraph as ox

from kg.errors import QueryError
from kg.sparql.results import QueryResult
from kg.sparql.store import PREFIXES

__all__ = [
    "PREFIXES",
    "RefusedQueryError",
    "bind_params",
    "check_query",
    "param_term",
    "query_form",
    "run_query",
]

_PREFIX_HINT = "the prefixes " + ", ".join(PREFIXES) + " are predeclared"
_UPDATE_FORMS = {
    "INSERT",
    "DELETE",
    "LOAD",
    "CLEAR",
    "CREATE",
    "DROP",
    "COPY",
    "MOVE",
    "ADD",
    "WITH",
}
_QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}

# Strings, IRIs and comments, in the order SPARQL reads them: whatever matches first wins,
# so a '#' inside a string or a '"' inside a comment is read correctly.
_LEXICAL = re.compile(
    r"""(?P<long>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''|\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\")
      |(?P<short>'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
      |(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      |(?P<comment>\#[^\n\r]*)""",
    re.VERBOSE | re.DOTALL,
)
_PROLOGUE_THEN_FORM = re.compile(
    r"(?:\s*(?:BASE\s*<>|PREFIX\s+[^\s:]*:\s*<>))*\s*([A-Za-z]+)", re.IGNORECASE
)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:])", re.IGNORECASE)
_OX_ERROR = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)


class RefusedQueryError(QueryError):
    """A well-formed request kg will not run: an update, or a federated ``SERVICE`` call."""


def _skeleton(query: str) -> str:
    """The query with strings and comments blanked and IRIs reduced to ``<>``."""

    def blank(match: re.Match) -> str:
        return " <> " if match.lastgroup == "iri" else " "

    return _LEXICAL.sub(blank, query)


def query_form(query: str) -> str:
    """The operation a request asks for: SELECT, ASK, CONSTRUCT, DESCRIBE, UPDATE or ``""``.

    Examples
    --------
    >>> query_form("PREFIX ex: <http://example.org/> # a comment\\nselect * { ?s ?p ?o }")
    'SELECT'
    >>> query_form("INSERT DATA { <a> <b> <c> }")
    'UPDATE'
    """
    match = _PROLOGUE_THEN_FORM.match(_skeleton(query))
    word = match.group(1).upper() if match else ""
    if word in _UPDATE_FORMS:
        return "UPDATE"
    return word if word in _QUERY_FORMS else ""


def check_query(query: str) -> str:
    """Refuse updates and ``SERVICE``; return the query form.

    Raises
    ------
    RefusedQueryError
        The request is an update, or calls a remote endpoint with ``SERVICE``.

    Examples
    --------
    >>> check_query('SELECT ?s { ?s ?p "SERVICE" } # SERVICE in a comment')
    'SELECT'
    >>> check_query("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.sparql.query.RefusedQueryError: SERVICE is refused: ... remove the SERVICE clause
    """
    form = query_form(query)
    if form == "UPDATE":
        raise RefusedQueryError(
            "this graph is read-only: SPARQL Update (INSERT, DELETE, LOAD, "
            "CLEAR, ...) is refused; edit the input and run `kg build` again"
        )
    if _SERVICE.search(_skeleton(query)):
        raise RefusedQueryError(
            "SERVICE is refused: kg answers from this graph only and never "
            "makes outbound requests; remove the SERVICE clause"
        )
    return form


def param_term(value: str, kind: str = "string") -> ox.NamedNode | ox.Literal:
    """The RDF term a ``--param`` value stands for.

    ``<...>`` (or kind ``iri``) is an IRI, kind ``integer`` an xsd:integer, anything else a
    plain string literal. The term is built by pyoxigraph, so quotes and braces in the value
    are escaped when it is written into a query, never read as SPARQL.

    Examples
    --------
    >>> str(param_term('IRN" } ?x ?y ?z'))
    '"IRN\\\\" } ?x ?y ?z"'
    >>> param_term("<https://w3id.org/pakg/id/actor/IRN>")
    <NamedNode value=https://w3id.org/pakg/id/actor/IRN>
    """
    if value.startswith("<") and value.endswith(">"):
        kind = "iri"
    try:
        if kind == "iri":
            return ox.NamedNode(value.removeprefix("<").removesuffix(">"))
        if kind == "integer":
            return ox.Literal(int(value))
    except ValueError as error:
        raise QueryError(f"--param value {value!r} is not a valid {kind}: {error}") from error
    return ox.Literal(value)


def _placeholder(name: str) -> re.Pattern:
    return re.compile(r"VALUES\s+\?" + re.escape(name) + r"\s*\{\s*UNDEF\s*\}")


def bind_params(query: str, params: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """Fill the placeholders ``VALUES ?name { UNDEF }`` of a query with terms.

    A placeholder left as ``UNDEF`` leaves its variable free, so a parameter that is not
    given does not filter. The terms are written by pyoxigraph (escaped), so a value can
    never change the query's structure.

    Raises
    ------
    QueryError
        The query has no placeholder for a parameter.

    Examples
    --------
    >>> q = 'SELECT ?a { VALUES ?key { UNDEF } ?a <https://w3id.org/pakg/ont#actorKey> ?key }'
    >>> bind_params(q, {"key": param_term("IRN")})
    'SELECT ?a { VALUES ?key { "IRN" } ?a <https://w3id.org/pakg/ont#actorKey> ?key }'
    """
    for name, term in params.items():
        pattern = _placeholder(name)
        if not pattern.search(query):
            raise QueryError(
                f"the query has no parameter {name!r} (no `VALUES ?{name} "
                "{ UNDEF }` placeholder); check the name with `kg query --list`"
            )
        query = pattern.sub(lambda _m, n=name, t=term: f"VALUES ?{n} {{ {t} }}", query)
    return query


def _clean_message(query: str, line: int, column: int, message: str) -> str:
    """A parser message a person can read: no character classes, the text at the spot."""
    text_line = query.splitlines()[line - 1] if 0 < line <= len(query.splitlines()) else ""
    if "Prefix not found" in message:
        before = text_line[: max(column - 1, 0)]
        found = re.search(r"([A-Za-z][\w.-]*)?:[\w.-]*$", before)
        name = (found.group(1) or "") if found else ""
        return f"unknown prefix '{name}:'; declare it with PREFIX {name}: <...>"
    if message.startswith("expected one of"):
        # pyoxigraph lists quoted tokens, then character classes in brackets that may
        # themselves contain quotes; keep the first few tokens only.
        tokens = re.findall(r'"((?:[^"\\]|\\.)*)"', message.split("[", 1)[0] + '"')
        tokens = [token for token in tokens if token.strip(", ")]
        shown = ", ".join(f'"{token}"' for token in tokens[:10])
        more = ", …" if len(tokens) > 10 else ""
        message = f"expected one of {shown}{more}" if tokens else "unexpected character"
    else:
        message = re.sub(r",?\s*\[[^\]]*\]", "", message).strip().rstrip(",")
        if message in ("expected", ""):
            message = "unexpected character"
    near = text_line[max(column - 1, 0) : max(column - 1, 0) + 25].strip()
    return f"{message}{f' near {near!r}' if near else ''}"


def query_error(query: str, error: SyntaxError) -> QueryError:
    """Turn pyoxigraph's SyntaxError into a QueryError naming line and column."""
    match = _OX_ERROR.match(str(error))
    if not match:
        return QueryError(f"bad SPARQL: {error}; {_PREFIX_HINT}")
    line, column = int(match.group(1)), int(match.group(2))
    message = _clean_message(query, line, column, match.group(3))
    return QueryError(f"bad SPARQL at line {line}, column {column}: {message} ({_PREFIX_HINT})")


def run_query(store: ox.Store, query: str, *, max_rows: int | None = None) -> QueryResult:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) with kg's prefixes predeclared.

    Parameters
    ----------
    store : pyoxigraph.Store
        The graph, e.g. from :func:`kg.sparql.store.load_store`.
    query : str
        SPARQL 1.1 query text; ``PREFIX`` lines may be left out for kg's prefixes.
    max_rows : int, optional
        Keep at most this many rows (triples for CONSTRUCT); ``truncated`` tells if more
        existed.

    Raises
    ------
    QueryError
        Malformed query (the message gives line and column); :class:`RefusedQueryError`
        for an update or ``SERVICE``.

    Examples
    --------
    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("https://w3id.org/pakg/id/actor/IRN"),
    ...                   ox.NamedNode("https://w3id.org/pakg/ont#actorKey"), ox.Literal("IRN")))
    >>> run_query(store, "SELECT ?key WHERE { ?a pakg:actorKey ?key }").rows
    ((<Literal value=IRN datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>,),)
    >>> run_query(store, "SELECT ?key WHERE { ?a pakg:actorKey ?key ")
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: bad SPARQL at line 1, column 43: expected one of ...
    """
    check_query(query)
    try:
        answer = store.query(query, prefixes=PREFIXES)
    except SyntaxError as error:
        raise query_error(query, error) from error
    except (OSError, RuntimeError, ValueError) as error:
        raise QueryError(f"the query failed: {error}") from error
    limit = None if max_rows is None else max_rows + 1
    try:
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(answer))
        if isinstance(answer, ox.QueryTriples):
            triples = tuple(itertools.islice(answer, limit))
            return QueryResult(
                "construct",
                triples=triples[:max_rows],
                truncated=max_rows is not None and len(triples) > max_rows,
            )
        variables = tuple(v.value for v in answer.variables)
        rows = tuple(tuple(s[v] for v in variables) for s in itertools.islice(answer, limit))
    except (OSError, RuntimeError, ValueError) as error:
        raise QueryError(f"the query failed while running: {error}") from error
    return QueryResult(
        "select",
        variables,
        rows[:max_rows],
        truncated=max_rows is not None and len(rows) > max_rows,
    )

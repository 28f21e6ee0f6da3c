"""The query library: ``queries/*.rq``, each a question analysts ask, with named parameters.

A library file opens with comment lines: the first says what the query answers, then a
paragraph, then one ``# param NAME[ (TYPE)][ = DEFAULT]: description`` line per parameter.
Each parameter has a placeholder ``VALUES ?NAME { UNDEF }`` in the query, which
:func:`kg.sparql.query.bind_params` fills with a safely written term; a parameter left out
stays unbound and does not filter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from kg.errors import QueryError
from kg.sparql.query import bind_params, param_term

__all__ = ["LibraryQuery", "Param", "library", "library_query", "prepare"]

_PARAM = re.compile(
    r"param\s+(?P<name>[A-Za-z_]\w*)(?:\s*\((?P<kind>string|integer|iri)\))?"
    r"(?:\s*=\s*(?P<default>[^:\s]+))?\s*:\s*(?P<text>.*)"
)


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter of a library query."""

    name: str
    description: str
    kind: str = "string"
    default: str | None = None


@dataclass(frozen=True, slots=True)
class LibraryQuery:
    """A library query: its name (the file stem), what it answers, parameters and text."""

    name: str
    summary: str
    description: str
    params: tuple[Param, ...]
    text: str


def _parse(name: str, text: str) -> LibraryQuery:
    comments = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        comments.append(line[1:].strip())
    if not comments or not comments[0]:
        raise QueryError(
            f"queries/{name}.rq: the first line must be a comment saying what it answers"
        )
    params, prose = [], []
    for line in comments[1:]:
        match = _PARAM.fullmatch(line)
        if match:
            params.append(
                Param(
                    match["name"],
                    match["text"].strip(),
                    match["kind"] or "string",
                    match["default"],
                )
            )
        elif line.startswith("param"):
            raise QueryError(
                f"queries/{name}.rq: cannot read {line!r}; write "
                "`# param NAME[ (TYPE)][ = DEFAULT]: description`"
            )
        else:
            prose.append(line)
    return LibraryQuery(name, comments[0], " ".join(p for p in prose if p), tuple(params), text)


@cache
def library() -> dict[str, LibraryQuery]:
    """All library queries by name, sorted.

    Examples
    --------
    >>> "who-did-what" in library()
    True
    >>> [p.name for p in library()["evidence"].params]
    ['source', 'type', 'target']
    """
    folder = files("kg.sparql.queries")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name.removesuffix(".rq")
            found[name] = _parse(name, entry.read_text(encoding="utf-8"))
    return found


def library_query(name: str) -> LibraryQuery:
    """The library query called ``name``; QueryError listing the names otherwise."""
    queries = library()
    if name not in queries:
        raise QueryError(
            f"no library query named {name!r}; choose one of "
            f"{', '.join(queries)} (see `kg query --list`)"
        )
    return queries[name]


def prepare(name: str, params: dict[str, str] | None = None) -> str:
    """The text of library query ``name`` with its parameters bound.

    Defaults apply to parameters not given; an unknown parameter is an error.

    Examples
    --------
    >>> q = prepare("who-did-what", {"type": "REJECT"})
    >>> 'VALUES ?type { "REJECT" }' in q and 'VALUES ?lang { "en" }' in q
    True
    """
    query = library_query(name)
    given = dict(params or {})
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        raise QueryError(
            f"query {name!r} has no parameter {', '.join(unknown)}; its parameters: "
            f"{', '.join(declared) or 'none'}"
        )
    terms = {}
    for param in query.params:
        value = given.get(param.name, param.default)
        if value is not None:
            terms[param.name] = param_term(value, param.kind)
    return bind_params(query.text, terms)

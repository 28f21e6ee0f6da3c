"""Running SPARQL: predeclared prefixes, errors with positions, refusals, parameters, formats."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.sparql.query import RefusedQueryError, bind_params, check_query, param_term, run_query
from kg.sparql.results import QueryResult, serialize_result, to_table


def test_prefixes_are_predeclared(sample_store):
    result = run_query(sample_store, "SELECT ?key WHERE { ?a a pakg:State ; pakg:actorKey ?key }")
    assert sorted(row[0].value for row in result.rows) == ["IRN", "IRQ", "USA"]


def test_a_declared_prefix_wins_over_the_predeclared_one(sample_store):
    query = "PREFIX pakg: <http://elsewhere.example/> SELECT ?a WHERE { ?a a pakg:State }"
    assert run_query(sample_store, query).rows == ()


@pytest.mark.parametrize(
    ("query", "where", "says"),
    [
        ("SELECT ?a WHERE { ?a a pakg:State ", "line 1, column", "expected"),
        ("SELECT ?a\nWHERE {\n  ?a a foo:State }", "line 3, column", "unknown prefix 'foo:'"),
        ("SELECT ?a WHERE { ?a a pakg:State } LIMIT ten", "line 1, column", "near 'ten'"),
    ],
)
def test_bad_sparql_names_line_and_column(sample_store, query, where, says):
    with pytest.raises(QueryError) as caught:
        run_query(sample_store, query)
    message = str(caught.value)
    assert message.startswith("bad SPARQL at ") and where in message and says in message
    assert "predeclared" in message and "[" not in message


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "select * where { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o . OPTIONAL { SERVICE ?endpoint { ?s ?q ?r } } }",
    ],
)
def test_service_is_refused(sample_store, query):
    with pytest.raises(RefusedQueryError, match="SERVICE is refused"):
        run_query(sample_store, query)


@pytest.mark.parametrize(
    "query",
    [
        'SELECT ?service WHERE { ?service ?p "SERVICE <http://x.example/> {" }',
        "SELECT ?s WHERE { ?s ?p ?o } # SERVICE <http://x.example/> { }",
        "SELECT ?s WHERE { ?s <http://x.example/SERVICE> ?o }",
        "PREFIX service: <http://x.example/> SELECT ?s WHERE { ?s service:p ?o }",
    ],
)
def test_the_word_service_elsewhere_is_allowed(sample_store, query):
    assert check_query(query) == "SELECT"
    run_query(sample_store, query)


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <http://a.example/> <http://b.example/> 1 }",
        "PREFIX ex: <http://x.example/>\nDELETE WHERE { ?s ?p ?o }",
        "LOAD <http://x.example/data.ttl>",
        "CLEAR DEFAULT",
        "DROP ALL",
    ],
)
def test_updates_are_refused(sample_store, update):
    before = len(sample_store)
    with pytest.raises(RefusedQueryError, match="read-only"):
        run_query(sample_store, update)
    assert len(sample_store) == before


def test_param_values_cannot_change_the_query(sample_store):
    query = "SELECT ?a WHERE { VALUES ?key { UNDEF } ?a pakg:actorKey ?key }"
    hostile = 'IRN" } ?a ?p ?o . FILTER(true'
    bound = bind_params(query, {"key": param_term(hostile)})
    assert run_query(sample_store, bound).rows == ()
    bound = bind_params(query, {"key": param_term("IRN")})
    assert [r[0].value for r in run_query(sample_store, bound).rows] == [
        "https://w3id.org/pakg/id/actor/IRN"
    ]


def test_a_param_without_placeholder_is_an_error():
    with pytest.raises(QueryError, match="no parameter 'type'"):
        bind_params("SELECT * WHERE { ?s ?p ?o }", {"type": param_term("REJECT")})


def test_bad_iri_param_is_an_error():
    with pytest.raises(QueryError, match="not a valid iri"):
        param_term("<http://x.example/a b>")


def test_max_rows_truncates(sample_store):
    result = run_query(sample_store, "SELECT ?s WHERE { ?s pakg:actorKey ?k }", max_rows=3)
    assert len(result.rows) == 3 and result.truncated
    whole = run_query(sample_store, "SELECT ?s WHERE { ?s pakg:actorKey ?k }", max_rows=100)
    assert len(whole.rows) == 10 and not whole.truncated


def test_ask_and_construct(sample_store):
    assert run_query(sample_store, "ASK { ?a pakg:rejects ?b }").boolean is True
    query = "CONSTRUCT { ?a pakg:rejects ?b } WHERE { ?a pakg:rejects ?b }"
    result = run_query(sample_store, query)
    assert result.kind == "construct" and len(result.triples) == 1
    assert "pakg:rejects" in serialize_result(result, "turtle").decode()


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_result_formats_parse_back(sample_store, fmt):
    query = (
        'SELECT ?a ?label ?none WHERE { ?a skos:prefLabel ?label ; pakg:actorKey "IRN" '
        "OPTIONAL { ?a pakg:nothing ?none } }"
    )
    result = run_query(sample_store, query)
    body = serialize_result(result, fmt)
    if fmt == "csv":  # values only, by the standard; pyoxigraph does not read CSV back
        lines = body.decode("utf-8").split("\r\n")
        assert lines[0] == "a,label,none" and len(lines) == 4 and lines[3] == ""
        assert {line.split(",")[1] for line in lines[1:3]} == {"Iran", "إيران"}
        return
    parsed = list(ox.parse_query_results(body, format=ox.QueryResultsFormat.from_extension(fmt)))
    assert {s["label"].value for s in parsed} == {"Iran", "إيران"}
    assert {s["label"].language for s in parsed} == {"en", "ar"}
    assert all(s["none"] is None for s in parsed)


def test_table_aligns_arabic_and_counts_rows(sample_store):
    result = run_query(
        sample_store,
        "SELECT ?label WHERE { ?a pakg:actorKey 'IRN' ; skos:prefLabel ?label } ORDER BY ?label",
    )
    table = to_table(result).splitlines()
    assert table[0] == "label" and table[2:4] == ["Iran", "إيران"] and table[-1] == "(2 rows)"
    assert to_table(QueryResult("ask", boolean=True)) == "true"

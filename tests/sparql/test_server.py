"""The endpoint, driven by real clients on a free loopback port."""

from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, XML, SPARQLWrapper

from kg.sparql.server import negotiate

SELECT = "SELECT ?key WHERE { ?a a pakg:State ; pakg:actorKey ?key } ORDER BY ?key"
CONSTRUCT = "CONSTRUCT { ?a pakg:rejects ?b } WHERE { ?a pakg:rejects ?b }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def fetch(url, *, data=None, headers=None, method=None):
    """(status, headers, body) of a request, HTTP errors included."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def get(endpoint, query, accept=None, **extra):
    params = urllib.parse.urlencode({"query": query, **extra})
    return fetch(f"{endpoint.url}/sparql?{params}", headers={"Accept": accept} if accept else {})


@pytest.mark.parametrize("method", ["GET", "POST", "POSTDIRECTLY"])
@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select(endpoint, method, fmt):
    client = SPARQLWrapper(f"{endpoint.url}/sparql")
    client.setQuery(SELECT)
    client.setReturnFormat(fmt)
    if method != "GET":
        client.setMethod(POST)
        if method == "POSTDIRECTLY":
            client.setRequestMethod(POSTDIRECTLY)
    answer = client.query().convert()
    if fmt == JSON:
        keys = [b["key"]["value"] for b in answer["results"]["bindings"]]
    elif fmt == XML:
        keys = [n.firstChild.data for n in answer.getElementsByTagName("literal")]
    else:
        lines = answer.decode("utf-8").splitlines()
        keys = [line.strip('"') for line in lines[1:]]
    assert keys == ["IRN", "IRQ", "USA"]


def test_sparqlwrapper_ask_and_construct(endpoint):
    client = SPARQLWrapper(f"{endpoint.url}/sparql")
    client.setQuery("ASK { ?a pakg:assaults ?b }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    client.setQuery(CONSTRUCT)
    client.setReturnFormat("turtle")
    graph = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
    assert len(graph) == 1


@pytest.mark.parametrize(
    ("accept", "content_type"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("application/json", "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
    ],
)
def test_select_content_negotiation(endpoint, accept, content_type):
    status, headers, body = get(endpoint, SELECT, accept)
    assert status == 200 and headers["Content-Type"].startswith(content_type)
    assert "IRQ" in body.decode("utf-8")


@pytest.mark.parametrize(
    ("accept", "content_type", "rdf_format"),
    [
        ("text/turtle", "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("*/*", "text/turtle", "turtle"),
    ],
)
def test_construct_content_negotiation(endpoint, accept, content_type, rdf_format):
    status, headers, body = get(endpoint, CONSTRUCT, accept)
    assert status == 200 and headers["Content-Type"].startswith(content_type)
    graph = rdflib.Graph().parse(data=body.decode("utf-8"), format=rdf_format)
    assert (
        rdflib.URIRef("https://w3id.org/pakg/id/actor/IRN"),
        rdflib.URIRef("https://w3id.org/pakg/ont#rejects"),
        rdflib.URIRef("https://w3id.org/pakg/id/actor/COALITION"),
    ) in graph


def test_format_parameter_wins_over_accept(endpoint):
    status, headers, _ = get(endpoint, SELECT, "application/sparql-results+json", format="csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")


def test_unacceptable_format_is_406(endpoint):
    status, _, body = get(endpoint, SELECT, "image/png")
    assert status == 406 and b"application/sparql-results+json" in body


@pytest.mark.parametrize(
    "request_args",
    [
        {"path": "/sparql?update=" + urllib.parse.quote("CLEAR DEFAULT")},
        {
            "data": b"update=CLEAR+DEFAULT",
            "headers": {"Content-Type": "application/x-www-form-urlencoded"},
        },
        {"data": b"DROP ALL", "headers": {"Content-Type": "application/sparql-update"}},
        {
            "data": b"LOAD <http://127.0.0.1:9/x.ttl>",
            "headers": {"Content-Type": "application/sparql-query"},
        },
        {
            "path": "/sparql?query="
            + urllib.parse.quote("INSERT DATA { <http://a.example/> <http://b.example/> 1 }")
        },
    ],
)
def test_updates_are_refused_with_403(endpoint, request_args):
    path = request_args.get("path", "/sparql")
    status, _, body = fetch(
        endpoint.url + path, data=request_args.get("data"), headers=request_args.get("headers")
    )
    assert status == 403 and b"read-only" in body
    assert get(endpoint, "ASK { ?s pakg:actorKey 'IRN' }")[2].endswith(b"true}")


def test_service_is_refused_and_nothing_leaves(endpoint):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(1.0)
    port = listener.getsockname()[1]
    calls = []

    def accept():
        try:
            calls.append(listener.accept())
        except OSError:
            pass

    thread = threading.Thread(target=accept)
    thread.start()
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    status, _, body = get(endpoint, query)
    thread.join()
    listener.close()
    assert status == 403 and b"SERVICE is refused" in body
    assert calls == []


def test_malformed_query_is_400_with_position(endpoint):
    status, _, body = get(endpoint, "SELECT ?a WHERE {\n  ?a a pakg:State \n")
    assert status == 400
    assert body.decode().startswith("bad SPARQL at line 3, column")


def test_runaway_query_is_stopped_and_the_server_recovers(endpoint):
    status, _, body = get(endpoint, RUNAWAY)
    assert status == 503 and b"ran longer than 2 s" in body
    for _ in range(3):  # the killed worker was replaced
        assert get(endpoint, "ASK { ?s pakg:actorKey 'IRN' }")[0] == 200


def test_results_are_cut_at_max_rows(endpoint):
    status, headers, body = get(endpoint, "SELECT ?a WHERE { ?a pakg:actorKey ?k }")
    assert status == 200 and headers["X-KG-Truncated"] == "max-rows=5"
    assert len(json.loads(body)["results"]["bindings"]) == 5


def test_cors(endpoint):
    status, headers, _ = fetch(
        f"{endpoint.url}/sparql",
        method="OPTIONS",
        headers={"Origin": "http://example.org", "Access-Control-Request-Method": "POST"},
    )
    assert status == 204 and headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert get(endpoint, SELECT)[1]["Access-Control-Allow-Origin"] == "*"


def test_service_description(endpoint):
    status, headers, body = fetch(f"{endpoint.url}/sparql")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=body.decode("utf-8"), format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert len(list(graph.objects(None, sd.resultFormat))) == 8


def test_pages(endpoint):
    status, headers, body = fetch(f"{endpoint.url}/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"<html" in body.lower()
    status, _, page = fetch(f"{endpoint.url}/query")
    text = page.decode("utf-8")
    assert status == 200 and "/sparql" in text
    assert 'src="http' not in text and 'href="http' not in text and "@import" not in text
    status, _, listing = fetch(f"{endpoint.url}/queries.json")
    names = {q["name"] for q in json.loads(listing)["queries"]}
    assert status == 200 and "who-did-what" in names
    assert fetch(f"{endpoint.url}/nowhere")[0] == 404


def test_binds_to_loopback_by_default():
    from kg.sparql.server import ServerConfig

    assert ServerConfig().host == "127.0.0.1"


@pytest.mark.parametrize(
    ("kind", "accept", "formats", "expected"),
    [
        ("select", None, [], "json"),
        ("ask", "text/csv;q=0.2, application/sparql-results+xml", [], "xml"),
        ("select", "text/turtle, */*;q=0.1", [], "json"),
        ("construct", "application/json", [], "jsonld"),
        ("select", None, ["tsv", "text/tab-separated-values"], "tsv"),
        ("construct", "*/*", ["json"], "jsonld"),
    ],
)
def test_negotiate(kind, accept, formats, expected):
    assert negotiate(kind, accept, formats) == expected


def test_store_directory_endpoint(tmp_path, sample_path):
    from kg.sparql import ServerConfig, SparqlServer
    from kg.sparql.store import open_store

    directory = tmp_path / "store"
    filled = open_store(sample_path, directory)
    del filled  # release the write lock before the workers open it read-only
    server = SparqlServer(store_dir=directory, config=ServerConfig(port=0), quiet=True)
    server.start()
    try:
        status, _, body = get(server, SELECT)
        assert status == 200
        assert [b["key"]["value"] for b in json.loads(body)["results"]["bindings"]] == [
            "IRN",
            "IRQ",
            "USA",
        ]
    finally:
        server.close()
    assert isinstance(ox.Store.read_only(str(directory)), ox.Store)

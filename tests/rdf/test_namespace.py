"""PAKG (kg/rdf/namespace.py) against the terms of kg/ontology/pakg.ttl."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph, URIRef

from kg.rdf.namespace import PAKG

NS = "https://w3id.org/pakg/ont#"


def _defined(graph: Graph) -> set[URIRef]:
    """pakg: IRIs with an rdf:type in the graph: what the namespace creator lists."""
    return {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(NS)}


def _used(graph: Graph) -> set[URIRef]:
    """Every pakg: IRI in any position of the graph."""
    return {
        term
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and term.startswith(NS) and term != URIRef(NS)
    }


def test_namespace_iri():
    assert str(PAKG) == NS


def test_every_ontology_term_is_in_pakg(ontology):
    missing = _defined(ontology) - set(dir(PAKG))
    assert not missing, f"regenerate kg/rdf/namespace.py: {sorted(missing)}"


def test_every_pakg_term_is_defined_in_the_ontology(ontology):
    extra = set(dir(PAKG)) - _defined(ontology)
    assert not extra, f"PAKG has terms that pakg.ttl no longer defines: {sorted(extra)}"


def test_the_ontology_uses_only_terms_it_defines(ontology):
    assert _used(ontology) <= _defined(ontology)


@pytest.mark.parametrize("graph_fixture", ["shapes", "sample_graph"])
def test_shapes_and_sample_use_only_pakg_terms(graph_fixture, request):
    graph = request.getfixturevalue(graph_fixture)
    unknown = _used(graph) - set(dir(PAKG))
    assert not unknown, f"misspelt pakg: terms in {graph_fixture}: {sorted(unknown)}"


@pytest.mark.parametrize(
    ("name", "iri"),
    [
        ("REJECT", NS + "REJECT"),
        ("rejects", NS + "rejects"),
        ("Interaction", NS + "Interaction"),
        ("EventTypeScheme", NS + "EventTypeScheme"),
        ("actorKey", NS + "actorKey"),
    ],
)
def test_terms_resolve(name, iri):
    assert getattr(PAKG, name) == URIRef(iri)
    assert PAKG[name] == URIRef(iri)


@pytest.mark.parametrize("name", ["Reject", "rejectss", "Actors", "event_type", "countrycode"])
def test_misspelt_term_raises(name):
    with pytest.raises(AttributeError, match="not in namespace"):
        getattr(PAKG, name)
    with pytest.raises(AttributeError, match="not in namespace"):
        PAKG[name]

"""tests/data/sample_graph.ttl is faithful to docs/design.md, so other tests can rely on it."""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import RDF, SKOS, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.model import EVENT_TYPES
from kg.rdf.namespace import PAKG

ID = "https://w3id.org/pakg/id/"
# rdflib's XSD warns when pytest probes module attributes, so name the one term used.
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


def _key(graph: Graph, actor: URIRef) -> str:
    return str(graph.value(actor, PAKG.actorKey))


def _event_types(graph: Graph) -> set[URIRef]:
    return set(graph.subjects(SKOS.inScheme, PAKG.EventTypeScheme))


def _interactions(graph: Graph) -> list[URIRef]:
    return sorted(graph.subjects(RDF.type, PAKG.Interaction))


def test_sizes(sample_graph):
    assert len(set(sample_graph.subjects(RDF.type, PAKG.Document))) == 3
    assert len(set(sample_graph.subjects(PAKG.actorKey, None))) >= 6
    assert len(_interactions(sample_graph)) >= 10
    types = {sample_graph.value(i, PAKG.eventType) for i in _interactions(sample_graph)}
    assert len(types) >= 5


def test_interaction_iris_follow_the_design_recipe(sample_graph):
    g = sample_graph
    for node in _interactions(g):
        document = g.value(node, PROV.wasDerivedFrom)
        parts = (
            str(g.value(document, DCTERMS.identifier)),
            str(g.value(node, PAKG.charStart)),
            str(g.value(node, PAKG.triggerStart)),
            _key(g, g.value(node, PAKG.source)),
            str(g.value(g.value(node, PAKG.eventType), SKOS.notation)),
            _key(g, g.value(node, PAKG.target)),
        )
        digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
        assert node == URIRef(f"{ID}interaction/{digest}")


def test_actor_and_document_iris_are_built_from_keys(sample_graph):
    for actor, key in sample_graph.subject_objects(PAKG.actorKey):
        assert actor == URIRef(f"{ID}actor/{quote(str(key), safe='')}")
    for document, identifier in sample_graph.subject_objects(DCTERMS.identifier):
        assert document == URIRef(f"{ID}doc/{quote(str(identifier), safe='')}")


def test_offsets_agree_with_evidence_and_trigger(sample_graph):
    g = sample_graph
    for node in _interactions(g):
        evidence = g.value(node, PAKG.evidence)
        start, end = (
            g.value(node, PAKG.charStart).toPython(),
            g.value(node, PAKG.charEnd).toPython(),
        )
        t_start = g.value(node, PAKG.triggerStart).toPython()
        t_end = g.value(node, PAKG.triggerEnd).toPython()
        trigger = str(g.value(node, PAKG.trigger))
        assert end - start == len(evidence)
        assert start <= t_start < t_end <= end
        assert str(evidence)[t_start - start : t_end - start] == trigger
        document = g.value(node, PROV.wasDerivedFrom)
        assert evidence.language == str(g.value(document, DCTERMS.language))
        assert g.value(node, PAKG.confidence).datatype == XSD_DECIMAL


def test_direct_triples_are_exactly_the_non_negated_interactions(sample_graph):
    g = sample_graph
    prop = {g.value(c, SKOS.notation): g.value(c, PAKG.directProperty) for c in _event_types(g)}
    expected = {
        (g.value(i, PAKG.source), prop[g.value(g.value(i, PAKG.eventType), SKOS.notation)],
         g.value(i, PAKG.target))
        for i in _interactions(g)
        if not g.value(i, PAKG.negated).toPython()
    }  # fmt: skip
    direct = {(s, p, o) for s, p, o in g if p in set(prop.values())}
    assert direct == expected


def test_the_cases_other_tests_rely_on(sample_graph):
    g = sample_graph
    negated = [i for i in _interactions(g) if g.value(i, PAKG.negated).toPython()]
    assert len(negated) == 1
    (n,) = negated
    direct = g.value(g.value(n, PAKG.eventType), PAKG.directProperty)
    assert direct is not None
    assert (g.value(n, PAKG.source), direct, g.value(n, PAKG.target)) not in g
    assert len(set(g.subjects(PAKG.attributedTo, None))) == 1
    languages = {g.value(i, PAKG.evidence).language for i in _interactions(g)}
    assert languages == {"ar", "en"}
    evidence = [str(g.value(i, PAKG.evidence)) for i in _interactions(g)]
    assert sum("<script>alert(1)</script>" in e for e in evidence) == 1
    classes = {g.value(a, RDF.type) for a in g.subjects(PAKG.actorKey, None)}
    assert {
        PAKG.State,
        PAKG.Person,
        PAKG.GovernmentBody,
        PAKG.ArmedGroup,
        PAKG.Coalition,
    } <= classes
    persons = set(g.subjects(RDF.type, PAKG.Person))
    assert any(g.value(p, PAKG.countryCode) and g.value(p, PAKG.affiliatedWith) for p in persons)


def test_event_type_concepts_are_copied_in(sample_graph):
    g = sample_graph
    concepts = _event_types(g)
    assert {str(g.value(c, SKOS.notation)) for c in concepts} == set(EVENT_TYPES)
    for concept in concepts:
        assert {label.language for label in g.objects(concept, SKOS.prefLabel)} == {"en", "ar"}
        assert g.value(concept, PAKG.quadClass) is not None

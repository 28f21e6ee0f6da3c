"""The Turtle kg build writes, read back and checked against docs/design.md's contract."""

from __future__ import annotations

from rdflib import RDF, Graph
from rdflib.namespace import DCTERMS, PROV

from kg.model import Interaction
from kg.rdf.iri import actor_iri, interaction_iri
from kg.rdf.namespace import PAKG
from kg.rdf.write import event_properties


def _seed_graph(seed_build) -> Graph:
    out, _ = seed_build
    return Graph().parse(out / "graph.ttl", format="turtle")


def test_interaction_iris_follow_the_recipe(seed_build):
    graph = _seed_graph(seed_build)
    interactions = list(graph.subjects(RDF.type, PAKG.Interaction))
    assert interactions
    for node in interactions:

        def key(role, node=node):
            return str(graph.value(graph.value(node, role), PAKG.actorKey))

        document = graph.value(node, PROV.wasDerivedFrom)
        recomputed = Interaction(
            source=key(PAKG.source),
            type=str(graph.value(node, PAKG.eventType)).rsplit("#", 1)[1],
            target=key(PAKG.target),
            doc_id=str(graph.value(document, DCTERMS.identifier)),
            sent_start=int(graph.value(node, PAKG.charStart)),
            sent_end=int(graph.value(node, PAKG.charEnd)),
            trigger=str(graph.value(node, PAKG.trigger)),
            confidence=float(graph.value(node, PAKG.confidence)),
            trigger_start=int(graph.value(node, PAKG.triggerStart)),
        )
        assert interaction_iri(recomputed) == node


def test_direct_triples_exactly_for_asserted_interactions(seed_build):
    graph = _seed_graph(seed_build)
    asserted = set()
    for node in graph.subjects(RDF.type, PAKG.Interaction):
        if not graph.value(node, PAKG.negated).toPython():
            notation = str(graph.value(node, PAKG.eventType)).rsplit("#", 1)[1]
            prop = event_properties()[notation]
            asserted.add((graph.value(node, PAKG.source), prop, graph.value(node, PAKG.target)))
    direct = {(s, p, o) for p in event_properties().values() for s, o in graph.subject_objects(p)}
    assert direct == asserted


def test_every_affiliation_points_to_an_actor_in_the_graph(seed_build):
    graph = _seed_graph(seed_build)
    for actor, affiliation in graph.subject_objects(PAKG.affiliatedWith):
        assert graph.value(affiliation, PAKG.actorKey) is not None, (actor, affiliation)


def test_actor_iris_use_the_actor_prefix_in_the_file(seed_build):
    out, _ = seed_build
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "@prefix actor: <https://w3id.org/pakg/id/actor/>" in text
    assert "actor:IRN" in text and str(actor_iri("IRN")) not in text

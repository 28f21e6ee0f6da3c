"""Extractions -> an rdflib Graph under the pakg ontology -> Turtle on disk.

The graph is built with rdflib (the API users' scripts know); Turtle is written
through pyoxigraph, which serialises large graphs many times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import cache
from importlib.resources import files

from rdflib import RDF, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.extract import DocumentExtraction
from kg.model import Actor, Document, Interaction
from kg.rdf.iri import actor_iri, document_iri, interaction_iri
from kg.rdf.namespace import PAKG
from kg.rdf.turtle import PREFIXES, write_turtle

__all__ = [
    "PREFIXES",
    "add_extraction",
    "build_graph",
    "event_properties",
    "ontology",
    "write_turtle",
]

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@cache
def ontology() -> Graph:
    """The pakg ontology shipped with kg (``kg/ontology/pakg.ttl``)."""
    graph = Graph()
    graph.parse(source=str(files("kg.ontology") / "pakg.ttl"), format="turtle")
    return graph


@cache
def event_properties() -> dict[str, URIRef]:
    """PLOVER notation -> the direct actor-to-actor property (``"REJECT"`` -> ``pakg:rejects``)."""
    graph = ontology()
    return {
        str(graph.value(concept, SKOS.notation)): prop
        for concept, prop in graph.subject_objects(PAKG.directProperty)
    }


def _concept_triples() -> Iterable[tuple]:
    """The event-type and quad-class concepts, so queries can use notations and labels."""
    graph = ontology()
    for kind in (SKOS.Concept, SKOS.ConceptScheme):
        for subject in graph.subjects(RDF.type, kind):
            yield from graph.triples((subject, None, None))


def _add_actor(graph: Graph, actor: Actor) -> None:
    node = actor_iri(actor.key)
    graph.add((node, RDF.type, PAKG[actor.actor_class]))
    graph.add((node, PAKG.actorKey, Literal(actor.key)))
    for lang, label in actor.labels:
        graph.add((node, SKOS.prefLabel, Literal(label, lang=lang)))
    if not actor.labels:
        graph.add((node, SKOS.prefLabel, Literal(actor.key)))
    preferred = {label for _, label in actor.labels}
    for lang, form in actor.forms_seen:
        if form not in preferred:
            graph.add((node, SKOS.altLabel, Literal(form, lang=lang)))
    if actor.country:
        graph.add((node, PAKG.countryCode, Literal(actor.country, datatype=XSD.string)))
    if actor.affiliation and actor.affiliation != actor.key:
        graph.add((node, PAKG.affiliatedWith, actor_iri(actor.affiliation)))


def _add_document(graph: Graph, document: Document) -> None:
    node = document_iri(document.id)
    graph.add((node, RDF.type, PAKG.Document))
    graph.add((node, DCTERMS.identifier, Literal(document.id)))
    graph.add((node, DCTERMS.language, Literal(document.lang)))
    if document.title:
        graph.add((node, DCTERMS.title, Literal(document.title, lang=document.lang)))
    if document.date:
        date = document.date.strip()
        literal = Literal(date, datatype=XSD.date) if _ISO_DATE.match(date) else Literal(date)
        graph.add((node, DCTERMS.date, literal))
    if document.url:
        url = document.url.strip()
        if re.match(r"^https?://[^\s<>\"{}|\\^`]+$", url):
            graph.add((node, DCTERMS.source, URIRef(url)))
        else:
            graph.add((node, DCTERMS.source, Literal(url)))
    if document.source:
        graph.add((node, DCTERMS.publisher, Literal(document.source)))


def _add_interaction(graph: Graph, item: Interaction, document: Document) -> None:
    node = interaction_iri(item)
    add = graph.add
    add((node, RDF.type, PAKG.Interaction))
    add((node, PAKG.source, actor_iri(item.source)))
    add((node, PAKG.target, actor_iri(item.target)))
    add((node, PAKG.eventType, PAKG[item.type]))
    add((node, PROV.wasDerivedFrom, document_iri(item.doc_id)))
    evidence = document.text[item.sent_start : item.sent_end]
    add((node, PAKG.evidence, Literal(evidence, lang=document.lang)))
    add((node, PAKG.charStart, Literal(item.sent_start, datatype=XSD.integer)))
    add((node, PAKG.charEnd, Literal(item.sent_end, datatype=XSD.integer)))
    add((node, PAKG.trigger, Literal(item.trigger, lang=document.lang)))
    add((node, PAKG.triggerStart, Literal(item.trigger_start, datatype=XSD.integer)))
    add((node, PAKG.triggerEnd, Literal(item.trigger_end, datatype=XSD.integer)))
    add((node, PAKG.confidence, Literal(Decimal(str(item.confidence)), datatype=XSD.decimal)))
    add((node, PAKG.negated, Literal(item.negated)))
    if item.speaker:
        add((node, PAKG.attributedTo, actor_iri(item.speaker)))
    if not item.negated:
        add((actor_iri(item.source), event_properties()[item.type], actor_iri(item.target)))


def add_extraction(graph: Graph, extraction: DocumentExtraction) -> Graph:
    """Add one document's actors, document node and interactions to ``graph``."""
    for actor in extraction.actors:
        _add_actor(graph, actor)
    _add_document(graph, extraction.document)
    for item in extraction.interactions:
        _add_interaction(graph, item, extraction.document)
    return graph


def build_graph(extractions: Iterable[DocumentExtraction]) -> Graph:
    """An rdflib Graph of ``extractions`` with the ontology's event-type concepts included."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    for triple in _concept_triples():
        graph.add(triple)
    for extraction in extractions:
        add_extraction(graph, extraction)
    return graph

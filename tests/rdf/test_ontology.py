"""kg/ontology/pakg.ttl and shapes.ttl: content, labels, and what the shapes reject."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.model import ACTOR_CLASSES, EVENT_TYPES, QUAD_CLASS
from kg.rdf.namespace import PAKG

CAMEO = Namespace("https://w3id.org/pakg/cameo#")
ACTOR = Namespace("https://w3id.org/pakg/id/actor/")
IX = Namespace("https://w3id.org/pakg/id/interaction/")

#: The direct-triple table of docs/design.md.
DIRECT_PROPERTY = {
    "AGREE": "agreesWith", "CONSULT": "consults", "SUPPORT": "supports",
    "REQUEST": "requests", "CONCEDE": "concedesTo", "COOPERATE": "cooperatesWith",
    "AID": "aids", "RETREAT": "retreatsFrom", "ACCUSE": "accuses", "REJECT": "rejects",
    "THREATEN": "threatens", "PROTEST": "protestsAgainst", "SANCTION": "sanctions",
    "MOBILIZE": "mobilizesAgainst", "COERCE": "coerces", "ASSAULT": "assaults",
}  # fmt: skip


def _langs(graph: Graph, subject: URIRef, *predicates: URIRef) -> list[str | None]:
    return [o.language for p in predicates for o in graph.objects(subject, p)]


def _concepts(graph: Graph, scheme: URIRef) -> set[URIRef]:
    return set(graph.subjects(SKOS.inScheme, scheme))


# ---------------------------------------------------------------- ontology


def test_ontology_header(ontology):
    (header,) = ontology.subjects(RDF.type, OWL.Ontology)
    assert ontology.value(header, OWL.versionInfo) is not None
    assert ontology.value(header, DCTERMS.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    assert {"en", "ar"} <= set(_langs(ontology, header, DCTERMS.title))
    credit = " ".join(map(str, ontology.objects(header, RDFS.comment)))
    assert "github.com/openeventdata/PLOVER" in credit and "CC BY-SA 4.0" in credit


def test_actor_classes_match_the_model(ontology):
    subclasses = set(ontology.transitive_subjects(RDFS.subClassOf, PAKG.Actor)) - {PAKG.Actor}
    assert subclasses == {PAKG[name] for name in ACTOR_CLASSES}
    organizations = set(ontology.subjects(RDFS.subClassOf, PAKG.Organization))
    assert organizations == {
        PAKG.InternationalOrganization,
        PAKG.ArmedGroup,
        PAKG.Coalition,
        PAKG.GovernmentBody,
    }


DOCUMENTED_TYPES = [
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    SKOS.Concept,
    SKOS.ConceptScheme,
]


def _documented_terms(ontology: Graph) -> list[URIRef]:
    return sorted(
        {s for t in DOCUMENTED_TYPES for s in ontology.subjects(RDF.type, t) if s in PAKG}
    )


def test_every_term_is_typed_and_documented_somewhere(ontology):
    assert set(_documented_terms(ontology)) == set(dir(PAKG))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_term_has_one_label_and_a_definition_per_language(ontology, lang):
    for term in _documented_terms(ontology):
        labels = _langs(ontology, term, RDFS.label, SKOS.prefLabel)
        definitions = _langs(ontology, term, RDFS.comment, SKOS.definition)
        assert labels.count(lang) == 1, f"{term}: {labels.count(lang)} labels @{lang}"
        assert lang in definitions, f"{term}: no comment/definition @{lang}"


def test_arabic_texts_are_arabic(ontology):
    for term in _documented_terms(ontology):
        for text in ontology.objects(term, None):
            if isinstance(text, Literal) and text.language == "ar":
                assert any("\u0600" <= c <= "\u06ff" for c in text), f"{term}: {text!r}"


def test_direct_properties_are_subproperties_of_interacts_with(ontology):
    subs = set(ontology.subjects(RDFS.subPropertyOf, PAKG.interactsWith))
    assert subs == {PAKG[name] for name in DIRECT_PROPERTY.values()}
    assert (PAKG.attributedTo, RDFS.subPropertyOf, PROV.wasAttributedTo) in ontology


# ---------------------------------------------------------------- concepts


def test_event_type_scheme_holds_the_16_types(ontology):
    concepts = _concepts(ontology, PAKG.EventTypeScheme)
    assert {str(ontology.value(c, SKOS.notation)) for c in concepts} == set(EVENT_TYPES)
    assert concepts == {PAKG[t] for t in EVENT_TYPES}
    assert set(ontology.objects(PAKG.EventTypeScheme, SKOS.hasTopConcept)) == concepts


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_event_type_concept(ontology, event_type):
    concept = PAKG[event_type]
    assert (concept, RDF.type, SKOS.Concept) in ontology
    assert [str(n) for n in ontology.objects(concept, SKOS.notation)] == [event_type]
    assert sorted(_langs(ontology, concept, SKOS.prefLabel)) == ["ar", "en"]
    assert {"en", "ar"} <= set(_langs(ontology, concept, SKOS.definition))
    assert ontology.value(concept, PAKG.quadClass) == PAKG[QUAD_CLASS[event_type]]
    assert ontology.value(concept, PAKG.directProperty) == PAKG[DIRECT_PROPERTY[event_type]]
    matches = set(ontology.objects(concept, SKOS.closeMatch))
    assert matches, f"{event_type} has no CAMEO closeMatch"
    for match in matches:
        code = match.removeprefix(str(CAMEO))
        assert len(code) == 2 and code.isdigit() and 3 <= int(code) <= 20, match
        assert sorted(_langs(ontology, match, SKOS.prefLabel)) == ["ar", "en"]


def test_close_matches_cover_every_cameo_root_once_mapped(ontology):
    roots = set(ontology.objects(None, SKOS.closeMatch))
    assert roots == {CAMEO[f"{n:02d}"] for n in range(3, 21)}


@pytest.mark.parametrize(
    ("event_type", "roots"),
    [
        ("CONSULT", {"04"}),
        ("ACCUSE", {"09", "11"}),
        ("RETREAT", {"08"}),
        ("COERCE", {"17", "19"}),
        ("ASSAULT", {"18", "19", "20"}),
    ],
)
def test_close_matches_follow_the_cameo_table(ontology, event_type, roots):
    assert set(ontology.objects(PAKG[event_type], SKOS.closeMatch)) == {CAMEO[r] for r in roots}


def test_quad_class_scheme(ontology):
    concepts = _concepts(ontology, PAKG.QuadClassScheme)
    assert concepts == {PAKG[q] for q in set(QUAD_CLASS.values())}
    for concept in concepts:
        assert sorted(_langs(ontology, concept, SKOS.prefLabel)) == ["ar", "en"]
        assert str(ontology.value(concept, SKOS.notation)) == concept.removeprefix(str(PAKG))


# ---------------------------------------------------------------- shapes


@pytest.mark.parametrize("with_ontology", [False, True], ids=["data-only", "with-ontology"])
def test_sample_graph_conforms(sample_graph, validate, with_ontology):
    conforms, messages = validate(sample_graph, with_ontology=with_ontology)
    assert conforms, sorted(messages)


SMALL_GRAPH = """
@prefix pakg: <https://w3id.org/pakg/ont#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix actor: <https://w3id.org/pakg/id/actor/> .
@prefix ix: <https://w3id.org/pakg/id/interaction/> .

<https://w3id.org/pakg/id/doc/d1> a pakg:Document ;
    dcterms:identifier "d1" ; dcterms:language "en" .
actor:TUR a pakg:State ; pakg:actorKey "TUR" ;
    skos:prefLabel "Turkey"@en , "تركيا"@ar ; pakg:countryCode "TUR" .
actor:PKK a pakg:ArmedGroup ; pakg:actorKey "PKK" ; skos:prefLabel "PKK"@en .
actor:TUR.ARMY a pakg:GovernmentBody ; pakg:actorKey "TUR.ARMY" ;
    skos:prefLabel "Turkish army"@en ; pakg:countryCode "TUR" ; pakg:affiliatedWith actor:TUR .
pakg:EventTypeScheme a skos:ConceptScheme .
pakg:ASSAULT a skos:Concept ; skos:inScheme pakg:EventTypeScheme ;
    skos:notation "ASSAULT" ; pakg:directProperty pakg:assaults .
ix:00112233445566ff a pakg:Interaction ;
    pakg:source actor:TUR.ARMY ; pakg:target actor:PKK ; pakg:eventType pakg:ASSAULT ;
    prov:wasDerivedFrom <https://w3id.org/pakg/id/doc/d1> ;
    pakg:evidence "Turkish army jets bombed PKK camps."@en ;
    pakg:charStart 0 ; pakg:charEnd 35 ; pakg:trigger "bombed"@en ;
    pakg:triggerStart 18 ; pakg:triggerEnd 24 ; pakg:confidence 0.8 ; pakg:negated false .
actor:TUR.ARMY pakg:assaults actor:PKK .
"""

IX1 = IX["00112233445566ff"]

BROKEN = {
    "interaction without source": ([(IX1, PAKG.source, None)], [], "exactly one pakg:source"),
    "two targets": ([], [(IX1, PAKG.target, ACTOR.TUR)], "exactly one pakg:target"),
    "state without countryCode": ([(ACTOR.TUR, PAKG.countryCode, None)], [], "a state needs"),
    "countryCode not alpha-3": (
        [(ACTOR.TUR, PAKG.countryCode, None)],
        [(ACTOR.TUR, PAKG.countryCode, Literal("TR"))],
        "a state needs",
    ),
    "confidence 1.5": (
        [(IX1, PAKG.confidence, None)],
        [(IX1, PAKG.confidence, Literal(Decimal("1.5")))],
        "pakg:confidence must be",
    ),
    "confidence as xsd:double": (
        [(IX1, PAKG.confidence, None)],
        [(IX1, PAKG.confidence, Literal(0.8))],
        "pakg:confidence must be",
    ),
    "evidence without language tag": (
        [(IX1, PAKG.evidence, None)],
        [(IX1, PAKG.evidence, Literal("Turkish army jets bombed PKK camps."))],
        "pakg:evidence",
    ),
    "negative charStart": (
        [(IX1, PAKG.charStart, None)],
        [(IX1, PAKG.charStart, Literal(-1))],
        "pakg:charStart",
    ),
    "event type outside the scheme": (
        [(IX1, PAKG.eventType, None)],
        [(IX1, PAKG.eventType, PAKG.assaults)],
        "exactly one pakg:eventType",
    ),
    "no document": ([(IX1, PROV.wasDerivedFrom, None)], [], "prov:wasDerivedFrom"),
    "two negated values": ([], [(IX1, PAKG.negated, Literal(True))], "pakg:negated"),
    "actor without prefLabel": ([(ACTOR.PKK, SKOS.prefLabel, None)], [], "skos:prefLabel"),
    "actor IRI does not match its key": (
        [(ACTOR.PKK, PAKG.actorKey, None)],
        [(ACTOR.PKK, PAKG.actorKey, Literal("KURDS"))],
        "percent-encoded pakg:actorKey",
    ),
    "body with no country or non-state affiliation": (
        [(ACTOR["TUR.ARMY"], PAKG.countryCode, None)],
        [],
        "needs a pakg:countryCode, or",
    ),
    "direct triple of a negated interaction": (
        [(IX1, PAKG.negated, None)],
        [(IX1, PAKG.negated, Literal(True))],
        "has no non-negated interaction",
    ),
    "non-negated interaction without its direct triple": (
        [(ACTOR["TUR.ARMY"], PAKG.assaults, ACTOR.PKK)],
        [],
        "has no direct triple",
    ),
    "document without identifier": (
        [(URIRef("https://w3id.org/pakg/id/doc/d1"), DCTERMS.identifier, None)],
        [],
        "dcterms:identifier",
    ),
}


@pytest.fixture(scope="module")
def small_graph() -> Graph:
    return Graph().parse(data=SMALL_GRAPH, format="turtle")


def test_small_graph_conforms(small_graph, validate):
    conforms, messages = validate(small_graph)
    assert conforms, sorted(messages)


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_broken_graph_is_reported(small_graph, validate, case):
    remove, add, expected = BROKEN[case]
    graph = Graph()
    graph += small_graph
    for triple in remove:
        assert triple in graph, f"the case removes nothing: {triple}"
        graph.remove(triple)
    for triple in add:
        graph.add(triple)
    conforms, messages = validate(graph)
    assert not conforms
    assert any(expected in m for m in messages), sorted(messages)


def test_person_of_a_non_state_group_needs_no_country_code(small_graph, validate):
    graph = Graph()
    graph += small_graph
    person = ACTOR.abdullah_ocalan
    graph.add((person, RDF.type, PAKG.Person))
    graph.add((person, PAKG.actorKey, Literal("abdullah_ocalan")))
    graph.add((person, SKOS.prefLabel, Literal("Abdullah Öcalan", lang="en")))
    graph.add((person, PAKG.affiliatedWith, ACTOR.PKK))
    assert validate(graph) == (True, set())
    graph.set((person, PAKG.affiliatedWith, ACTOR.TUR))
    conforms, messages = validate(graph)
    assert not conforms and any("non-state actor" in m for m in messages)

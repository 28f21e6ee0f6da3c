"""A generated kg graph of any size, in the RDF shape of docs/design.md.

Used by the viewer's browser tests and ``benchmarks/viewer_scale.py`` to check
that the HTML view stays interactive on a large graph. Actors get English and
Arabic labels and aliases; degrees follow a power law, so there are hubs.

    python -m tools.synthetic_graph 5000 20000 OUT.ttl
"""

from __future__ import annotations

import random
import sys
from urllib.parse import quote

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.model import EVENT_TYPES

__all__ = ["arabic_name", "synthetic_graph"]

PAKG = "https://w3id.org/pakg/ont#"
ID = "https://w3id.org/pakg/id/"
CLASSES = (
    "State",
    "Person",
    "GovernmentBody",
    "ArmedGroup",
    "InternationalOrganization",
    "Coalition",
    "Organization",
)
_WEIGHTS = (20, 40, 20, 8, 5, 2, 5)
_SYLLABLES_AR = ("بر", "سا", "لم", "نو", "ري", "كا", "دي", "فو", "تا", "جا", "مي", "زو", "حا", "قي")
_SYLLABLES_EN = (
    "bar",
    "sa",
    "lam",
    "no",
    "ri",
    "ka",
    "di",
    "fu",
    "ta",
    "ja",
    "mi",
    "zo",
    "ha",
    "qi",
)
_VERBS = {
    "AGREE": "agreed with",
    "CONSULT": "met",
    "SUPPORT": "backed",
    "REQUEST": "urged",
    "CONCEDE": "gave way to",
    "COOPERATE": "worked with",
    "AID": "sent aid to",
    "RETREAT": "withdrew from",
    "ACCUSE": "accused",
    "REJECT": "rejected",
    "THREATEN": "threatened",
    "PROTEST": "protested against",
    "SANCTION": "sanctioned",
    "MOBILIZE": "deployed troops toward",
    "COERCE": "detained members of",
    "ASSAULT": "shelled",
}


def arabic_name(i: int) -> tuple[str, str]:
    """A made-up (English, Arabic) name pair for actor number ``i``, unique per ``i``.

    >>> arabic_name(0)
    ('Bar', 'بر')
    """
    en, ar = [], []
    while True:
        en.append(_SYLLABLES_EN[i % len(_SYLLABLES_EN)])
        ar.append(_SYLLABLES_AR[i % len(_SYLLABLES_AR)])
        i //= len(_SYLLABLES_EN)
        if i == 0:
            break
        i -= 1
    return "".join(en).capitalize(), "".join(ar)


def synthetic_graph(n_actors: int, n_edges: int, *, seed: int = 1, lang: str = "ar") -> Graph:
    """A graph with ``n_actors`` actors and ``n_edges`` distinct (source, type, target).

    Every actor takes part in at least one edge. Each edge has 1 or 2
    non-negated interactions, from ``n_edges // 8`` documents.
    """
    if n_edges < n_actors // 2:
        raise ValueError("need at least n_actors / 2 edges so that every actor has one")
    rng = random.Random(seed)
    g = Graph()
    quads = []

    def add(s, p, o):
        quads.append((s, p, o, g))

    actors = []
    for i in range(n_actors):
        key = f"A{i:05d}"
        iri = URIRef(ID + "actor/" + quote(key, safe=""))
        actors.append(iri)
        cls = rng.choices(CLASSES, _WEIGHTS)[0]
        en, ar = arabic_name(i)
        add(iri, RDF.type, URIRef(PAKG + cls))
        add(iri, URIRef(PAKG + "actorKey"), Literal(key))
        add(iri, SKOS.prefLabel, Literal(en, lang="en"))
        add(iri, SKOS.prefLabel, Literal(ar, lang="ar"))
        add(iri, SKOS.altLabel, Literal("ال" + ar + "ية", lang="ar"))
    # Power-law endpoints: actor i drawn with weight 1/(i+1)^0.8.
    weights = [1.0 / (i + 1) ** 0.8 for i in range(n_actors)]
    edges = set()
    order = list(range(n_actors))
    rng.shuffle(order)
    for j in range(0, n_actors - 1, 2):  # a perfect matching first: nobody is isolated
        edges.add((order[j], rng.choice(EVENT_TYPES), order[j + 1]))
    if n_actors % 2:
        edges.add((order[-1], rng.choice(EVENT_TYPES), order[0]))
    while len(edges) < n_edges:
        s, t = rng.choices(range(n_actors), weights, k=2)
        if s != t:
            edges.add((s, rng.choice(EVENT_TYPES), t))
    n_docs = max(1, n_edges // 8)
    docs = []
    for d in range(n_docs):
        doc = URIRef(f"{ID}doc/d{d:06d}")
        docs.append(doc)
        add(doc, RDF.type, URIRef(PAKG + "Document"))
        add(doc, DCTERMS.identifier, Literal(f"d{d:06d}"))
        add(doc, DCTERMS.language, Literal(lang))
        add(doc, DCTERMS.title, Literal(f"Report {d}", lang="en"))
        add(doc, DCTERMS.date, Literal("2014-09-15", datatype=XSD.date))
        add(doc, DCTERMS.source, URIRef(f"https://news.example.org/{d}"))
    n_inter = 0
    for s, etype, t in sorted(edges):
        for _ in range(rng.choice((1, 1, 1, 1, 2))):
            n_inter += 1
            doc = docs[rng.randrange(n_docs)]
            verb = _VERBS[etype]
            sentence = f"{arabic_name(s)[0]} {verb} {arabic_name(t)[0]} on Monday."
            start = len(arabic_name(s)[0]) + 1
            inter = URIRef(f"{ID}interaction/{n_inter:016x}")
            add(inter, RDF.type, URIRef(PAKG + "Interaction"))
            add(inter, URIRef(PAKG + "source"), actors[s])
            add(inter, URIRef(PAKG + "target"), actors[t])
            add(inter, URIRef(PAKG + "eventType"), URIRef(PAKG + etype))
            add(inter, PROV.wasDerivedFrom, doc)
            add(inter, URIRef(PAKG + "evidence"), Literal(sentence, lang="en"))
            add(inter, URIRef(PAKG + "charStart"), Literal(0))
            add(inter, URIRef(PAKG + "charEnd"), Literal(len(sentence)))
            add(inter, URIRef(PAKG + "trigger"), Literal(verb, lang="en"))
            add(inter, URIRef(PAKG + "triggerStart"), Literal(start))
            add(inter, URIRef(PAKG + "triggerEnd"), Literal(start + len(verb)))
            add(inter, URIRef(PAKG + "confidence"), Literal("0.7", datatype=XSD.decimal))
            add(inter, URIRef(PAKG + "negated"), Literal(False))
    g.addN(quads)
    return g


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: python -m tools.synthetic_graph N_ACTORS N_EDGES OUT.ttl")
    synthetic_graph(int(sys.argv[1]), int(sys.argv[2])).serialize(sys.argv[3], format="turtle")

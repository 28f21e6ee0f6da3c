"""Stable IRIs for actors, documents and interactions: the same IRI in every build."""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import URIRef

from kg.model import Interaction

__all__ = ["ID", "actor_iri", "document_iri", "interaction_iri"]

#: Base of kg's resource IRIs (the ontology's terms live under ``https://w3id.org/pakg/ont#``).
ID = "https://w3id.org/pakg/id/"


def actor_iri(key: str) -> URIRef:
    """IRI of the actor with ``key``.

    Examples
    --------
    >>> actor_iri("IRN")
    rdflib.term.URIRef('https://w3id.org/pakg/id/actor/IRN')
    >>> actor_iri("USA.PENTAGON")
    rdflib.term.URIRef('https://w3id.org/pakg/id/actor/USA.PENTAGON')
    """
    return URIRef(f"{ID}actor/{quote(key, safe='')}")


def document_iri(doc_id: str) -> URIRef:
    """IRI of the document with ``doc_id`` (percent-encoded: ids may hold any character)."""
    return URIRef(f"{ID}doc/{quote(doc_id, safe='')}")


def interaction_iri(interaction: Interaction) -> URIRef:
    """IRI of one extracted interaction, a hash of where it was found and what it says."""
    parts = (
        interaction.doc_id,
        str(interaction.sent_start),
        str(interaction.trigger_start),
        interaction.source,
        interaction.type,
        interaction.target,
    )
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    return URIRef(f"{ID}interaction/{digest}")

"""The plain data every stage of kg passes on; read this first.

Offsets are character positions in ``Document.text`` (never token indices), so
nothing after extraction needs spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ACTOR_CLASSES",
    "EVENT_TYPES",
    "QUAD_CLASS",
    "Actor",
    "Document",
    "Interaction",
    "Mention",
]

#: The 16 PLOVER event types, in the guidelines' order.
EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "REQUEST",
    "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

#: PLOVER type -> quad class (the guidelines' "Scores" section).
QUAD_CLASS: dict[str, str] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "REQUEST"), "VerbalCooperation"),
    **dict.fromkeys(("CONCEDE", "COOPERATE", "AID", "RETREAT"), "MaterialCooperation"),
    **dict.fromkeys(("ACCUSE", "REJECT", "THREATEN"), "VerbalConflict"),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "MaterialConflict"),
}

#: Actor classes: local names of the ontology's subclasses of ``pakg:Actor``.
ACTOR_CLASSES: tuple[str, ...] = (
    "State",
    "Person",
    "Organization",
    "InternationalOrganization",
    "ArmedGroup",
    "Coalition",
    "GovernmentBody",
)


@dataclass(frozen=True, slots=True)
class Document:
    """One input text and what is known about it."""

    id: str
    text: str
    lang: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical entity: a state, an organisation, a body or a person.

    ``key`` is the guideline key for states and fixed non-state actors
    (``IRN``, ``ISIS``), ``ISO.NAME`` for government bodies (``USA.PENTAGON``)
    and a lower-case slug for persons (``ali_khamenei``). ``country`` is the
    ISO 3166-1 alpha-3 code of the state the actor is or belongs to;
    ``affiliation`` the key of the state or organisation it serves.
    """

    key: str
    actor_class: str
    country: str | None = None
    affiliation: str | None = None
    labels: tuple[tuple[str, str], ...] = ()  # (lang, label) pairs
    forms_seen: tuple[tuple[str, str], ...] = ()  # (lang, surface form) pairs seen in text
    # The states a grouping speaks for (the E3: France, Germany, Britain): each acts.
    members: tuple[str, ...] = ()
    # A state's neighbours and where each lies from it (("DZA", "N"), …): "its northern
    # neighbour" is read with them.
    neighbours: tuple[tuple[str, str], ...] = ()
    # A state ruled by a military council since a coup: "the junta", المجلس العسكري, with
    # no state named, is its government.
    junta: bool = False

    def label(self, lang: str) -> str | None:
        return next((text for code, text in self.labels if code == lang), None)


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor named in a document, at ``text[start:end]``."""

    doc_id: str
    start: int
    end: int
    text: str
    actor: str  # Actor.key
    # Referred to rather than named ("the group", البلدين): the text is no name of the actor.
    reference: bool = False


@dataclass(frozen=True, slots=True)
class Interaction:
    """Who did what to whom, with the sentence that says so.

    ``sent_start``/``sent_end`` are the evidence sentence's character offsets
    in the document; ``trigger`` is the word that signalled the event.
    """

    source: str  # Actor.key
    type: str  # one of EVENT_TYPES
    target: str  # Actor.key
    doc_id: str
    sent_start: int
    sent_end: int
    trigger: str
    confidence: float
    negated: bool = False
    speaker: str | None = None  # Actor.key of the reported speaker
    trigger_start: int = 0  # the trigger's character offsets in the document
    trigger_end: int = 0

"""Mentions -> canonical actors: the lexicon entry each mention names, with the forms seen."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from kg.lexicon import Lexicon
from kg.model import Actor, Mention

__all__ = ["resolve_mentions", "side"]


def resolve_mentions(
    mentions: Iterable[Mention],
    lexicon: Lexicon,
    lang: str,
    people: dict[str, Actor] | None = None,
) -> list[Actor]:
    """The actors named by ``mentions``, each with the surface forms it was seen under.

    An official's or body's state comes along too, so every ``affiliation`` an
    actor points to is itself an actor of the result. ``people`` are persons
    found by name next to a title, known to this document only.
    """
    people = people or {}

    def known(key: str) -> Actor | None:
        return people.get(key) or lexicon.actors.get(key)

    forms: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for mention in mentions:
        seen = forms[mention.actor]
        if not mention.reference:  # "the group" is no name of the group
            seen.add((lang, mention.text))
    # Affiliations chain (a militia's leader -> the militia -> its state): follow them
    # until every actor the result points to is in it.
    pending = list(forms)
    while pending:
        actor = known(pending.pop())
        affiliation = actor.affiliation if actor else None
        if affiliation and known(affiliation) and affiliation not in forms:
            forms[affiliation] = set()
            pending.append(affiliation)
    actors = []
    for key in sorted(forms):
        actor = known(key)
        if actor is None:
            continue
        actors.append(replace(actor, forms_seen=tuple(sorted(forms[key]))))
    return actors


def side(actor: Actor) -> str:
    """The actor an action counts for: an official or body for the state or group it serves.

    Examples
    --------
    >>> side(Actor("ali_khamenei", "Person", country="IRN", affiliation="IRN"))
    'IRN'
    >>> side(Actor("hassan_nasrallah", "Person", affiliation="HEZBOLLAH"))
    'HEZBOLLAH'
    >>> side(Actor("ISIS", "ArmedGroup"))
    'ISIS'
    """
    if actor.actor_class in {"Person", "GovernmentBody"}:
        return actor.affiliation or actor.country or actor.key
    return actor.key

"""Relation rules on short sentences written for each rule: scope of denials and failures."""

from __future__ import annotations

import pytest

from kg.evaluate import system_triples
from kg.extract import extract
from kg.model import Document


def _asserted_and_denied(text: str, lang: str, lexicon):
    extraction = extract(Document("t", text, lang), lexicon)
    keys = {actor.key: actor for actor in extraction.actors}
    from kg.resolve import side

    def triple(item):
        return (side(keys[item.source]), item.type, side(keys[item.target]))

    denied = {triple(item) for item in extraction.interactions if item.negated}
    return system_triples(extraction), denied


@pytest.mark.parametrize(
    ("text", "lang", "asserted", "denied"),
    [
        # A denial covers its complement and stops at the next clause.
        ("نفت إيران أن تكون زودت روسيا بالأسلحة، لكن أوكرانيا اتهمت طهران بالتواطؤ.", "ar",
         ("UKR", "ACCUSE", "IRN"), ("IRN", "AID", "RUS")),
        ("Tehran denied supplying drones to Moscow, but Kyiv accused Iran of complicity.", "en",
         ("UKR", "ACCUSE", "IRN"), ("IRN", "AID", "RUS")),
        # A failure covers what failed, not a statement made after it.
        ("فشلت مصر وإثيوبيا في التوصل إلى اتفاق، وأكدت قطر دعمها للسودان.", "ar",
         ("QAT", "SUPPORT", "SDN"), ("EGY", "AGREE", "ETH")),
    ],
)  # fmt: skip
def test_denial_and_failure_scope(text, lang, asserted, denied, lexicon):
    found, negated = _asserted_and_denied(text, lang, lexicon)
    assert asserted in found
    assert denied not in found
    assert denied in negated

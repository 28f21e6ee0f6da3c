"""Score extraction against gold records, as ``../shared/eval/GUIDELINES.md`` defines.

Triples are compared as sets per record, micro-averaged over records, at three
levels: ``type`` (exact triple), ``quad`` (type mapped to its quad class) and
``dyad`` (source and target only). System actors map to guideline keys through
their state (``pakg:countryCode``) when they are officials or bodies.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import decode
from kg.errors import InputError
from kg.extract import DocumentExtraction, extract
from kg.lang import LANGUAGES, detect
from kg.lexicon import load_lexicon
from kg.model import QUAD_CLASS, Actor, Document

__all__ = ["GoldRecord", "Score", "evaluate", "guideline_key", "read_gold", "system_triples"]

Triple = tuple[str, str, str]
LEVELS = ("type", "quad", "dyad")


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    lang: str
    text: str
    triples: frozenset[Triple]
    optional: frozenset[Triple]
    negated: frozenset[Triple]


@dataclass(slots=True)
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class RecordErrors:
    id: str
    missing: list[Triple]
    extra: list[Triple]
    negated_as_asserted: list[Triple]


@dataclass(slots=True)
class Score:
    """Counts per level, negation errors, and each record's mistakes."""

    levels: dict[str, Count] = field(default_factory=lambda: {level: Count() for level in LEVELS})
    negated_as_asserted: int = 0
    records: int = 0
    errors: list[RecordErrors] = field(default_factory=list)


def read_gold(path: str | Path) -> list[GoldRecord]:
    """Read a gold JSON Lines file; a malformed line is an InputError naming ``file:line``."""
    path = Path(path)
    try:
        text = decode(path.read_bytes(), str(path))
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from error
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            lang = raw.get("lang") if raw.get("lang") in LANGUAGES else detect(raw["text"])
            records.append(
                GoldRecord(
                    id=str(raw.get("id") or f"{path.stem}-{number}"),
                    lang=lang,
                    text=raw["text"],
                    triples=frozenset(tuple(t) for t in raw.get("triples", [])),
                    optional=frozenset(tuple(t) for t in raw.get("optional", [])),
                    negated=frozenset(tuple(t) for t in raw.get("negated", [])),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as error:
            raise InputError(
                f"{path}:{number}: not a gold record ({error}); see GUIDELINES.md"
            ) from error
    return records


def guideline_key(actor: Actor) -> str:
    """The guideline key an actor counts as: officials and bodies count as their state.

    Examples
    --------
    >>> guideline_key(Actor("ali_khamenei", "Person", country="IRN", affiliation="IRN"))
    'IRN'
    >>> guideline_key(Actor("hassan_nasrallah", "Person", affiliation="HEZBOLLAH"))
    'HEZBOLLAH'
    >>> guideline_key(Actor("ISIS", "ArmedGroup"))
    'ISIS'
    """
    if actor.actor_class in {"Person", "GovernmentBody"}:
        return actor.country or actor.affiliation or actor.key
    return actor.key


def system_triples(extraction: DocumentExtraction) -> set[Triple]:
    """The asserted (non-negated) triples of an extraction, in guideline keys."""
    keys = {actor.key: guideline_key(actor) for actor in extraction.actors}
    triples = set()
    for item in extraction.interactions:
        if item.negated:
            continue
        source, target = keys.get(item.source, item.source), keys.get(item.target, item.target)
        if source != target:
            triples.add((source, item.type, target))
    return triples


def _project(triples: Iterable[Triple], level: str) -> set[tuple]:
    if level == "type":
        return set(triples)
    if level == "quad":
        return {(s, QUAD_CLASS.get(t, t), o) for s, t, o in triples}
    return {(s, o) for s, _, o in triples}


def evaluate(records: Iterable[GoldRecord]) -> Score:
    """Run extraction on each gold record and score it."""
    lexicon = load_lexicon()
    score = Score()
    for record in records:
        score.records += 1
        extraction = extract(Document(record.id, record.text, record.lang), lexicon)
        system = system_triples(extraction)
        for level in LEVELS:
            gold = _project(record.triples, level)
            optional = _project(record.optional, level)
            predicted = _project(system, level)
            count = score.levels[level]
            count.tp += len(predicted & gold)
            count.fp += len(predicted - gold - optional)
            count.fn += len(gold - predicted)
        wrong_negation = sorted((system & record.negated) - record.triples)
        score.negated_as_asserted += len(wrong_negation)
        score.errors.append(
            RecordErrors(
                record.id,
                missing=sorted(record.triples - system),
                extra=sorted(system - record.triples - record.optional),
                negated_as_asserted=wrong_negation,
            )
        )
    return score

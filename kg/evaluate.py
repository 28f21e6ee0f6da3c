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
from kg.lexicon import Lexicon, load_lexicon
from kg.model import EVENT_TYPES, QUAD_CLASS, Document
from kg.resolve import side

__all__ = [
    "LEVELS",
    "Count",
    "GoldRecord",
    "RecordErrors",
    "Score",
    "evaluate",
    "guideline_key",
    "parse_gold_line",
    "read_gold",
    "score_record",
    "system_triples",
]

Triple = tuple[str, str, str]
LEVELS = ("type", "quad", "dyad")


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold record: a text and the triples a correct extraction asserts, may or must not."""

    id: str
    lang: str
    text: str
    triples: frozenset[Triple]
    optional: frozenset[Triple]
    negated: frozenset[Triple]


@dataclass(slots=True)
class Count:
    """True positives, false positives and false negatives at one level, summed over records."""

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
    """One record's mistakes (type level): gold triples missed, extra ones, denied ones asserted."""

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


def _triples(raw: dict, name: str, place: str) -> frozenset[Triple]:
    value = raw.get(name, [])
    if not isinstance(value, list):
        raise InputError(f'{place}: "{name}" must be a list of [source, TYPE, target]')
    triples = set()
    for index, item in enumerate(value):
        if not (
            isinstance(item, list | tuple)
            and len(item) == 3
            and all(isinstance(part, str) and part for part in item)
        ):
            raise InputError(
                f'{place}: "{name}"[{index}] is {json.dumps(item, ensure_ascii=False)}, '
                "not [source, TYPE, target]; see GUIDELINES.md"
            )
        if item[1] not in QUAD_CLASS:
            raise InputError(
                f'{place}: "{name}"[{index}] has unknown type {item[1]!r}; '
                f"use one of {', '.join(EVENT_TYPES)}"
            )
        triples.add(tuple(item))
    return frozenset(triples)


def parse_gold_line(line: str, place: str, default_id: str) -> GoldRecord:
    """One gold JSON Lines record; a malformed one is an InputError naming ``place``.

    Examples
    --------
    >>> record = parse_gold_line(
    ...     '{"id": "t1", "text": "Iran condemned Israel.", "triples": [["IRN", "ACCUSE", "ISR"]]}',
    ...     "gold.jsonl:1", "gold-1")
    >>> record.lang, sorted(record.triples)
    ('en', [('IRN', 'ACCUSE', 'ISR')])
    """
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{place}: invalid JSON ({error.msg}, column {error.colno}); see GUIDELINES.md"
        ) from None
    if not isinstance(raw, dict):
        raise InputError(f"{place}: not a JSON object; see GUIDELINES.md for the record format")
    if not isinstance(raw.get("text"), str) or not raw["text"].strip():
        raise InputError(f'{place}: no "text" string in this gold record')
    text = raw["text"]
    lang = raw.get("lang") if raw.get("lang") in LANGUAGES else detect(text)
    return GoldRecord(
        id=str(raw.get("id") or default_id),
        lang=lang,
        text=text,
        triples=_triples(raw, "triples", place),
        optional=_triples(raw, "optional", place),
        negated=_triples(raw, "negated", place),
    )


def read_gold(path: str | Path) -> list[GoldRecord]:
    """Read a gold JSON Lines file; a malformed line is an InputError naming ``file:line``.

    Raises
    ------
    kg.errors.InputError
        The file cannot be read or decoded, a line is not a gold record, or
        the file holds no record.
    """
    path = Path(path)
    try:
        text = decode(path.read_bytes(), str(path))
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    records = [
        parse_gold_line(line, f"{path}:{number}", f"{path.stem}-{number}")
        for number, line in enumerate(text.split("\n"), start=1)
        if line.strip()
    ]
    if not records:
        raise InputError(f"{path}: no gold records (one JSON object per line); see GUIDELINES.md")
    return records


#: The guideline key an actor counts as: officials and bodies count as their state
#: (the side they act for, the same rule the extractor uses).
guideline_key = side


#: The non-state actors the guidelines give a key ("Non-state actors have fixed keys").
#: States are keyed by ISO 3166-1 alpha-3. Any other group kg knows (the RSF,
#: al-Shabaab, the YPG …) stays in the graph but is no guideline actor, so its
#: triples are not scored.
GUIDELINE_GROUPS = frozenset(
    "ISIS ALQAEDA HEZBOLLAH HAMAS HOUTHIS UN UNSC NATO EU ARAB_LEAGUE GCC AU IAEA "
    "COALITION TALIBAN NUSRA PKK SDF OPPOSITION_SYR".split()
)


def system_triples(
    extraction: DocumentExtraction, groups: frozenset[str] = GUIDELINE_GROUPS
) -> set[Triple]:
    """The asserted (non-negated) triples of an extraction, in guideline keys.

    Only triples between annotated actors count: states and ``groups`` (the
    guidelines' non-state keys, plus any other key the gold set itself uses).
    """
    keys = {actor.key: guideline_key(actor) for actor in extraction.actors}
    states = {actor.key for actor in extraction.actors if actor.actor_class == "State"}
    scored = states | groups
    triples = set()
    for item in extraction.interactions:
        if item.negated:
            continue
        source, target = keys.get(item.source, item.source), keys.get(item.target, item.target)
        if source != target and source in scored and target in scored:
            triples.add((source, item.type, target))
    return triples


def _project(triples: Iterable[Triple], level: str) -> set[tuple]:
    """Triples as compared at ``level``: ``type`` as is, ``quad`` with the quad class, ``dyad``.

    Examples
    --------
    >>> sorted(_project([("IRN", "ACCUSE", "ISR"), ("IRN", "REJECT", "ISR")], "quad"))
    [('IRN', 'VerbalConflict', 'ISR')]
    >>> _project([("IRN", "ACCUSE", "ISR")], "dyad")
    {('IRN', 'ISR')}
    """
    if level == "type":
        return set(triples)
    if level == "quad":
        return {(s, QUAD_CLASS.get(t, t), o) for s, t, o in triples}
    if level == "dyad":
        return {(s, o) for s, _, o in triples}
    raise ValueError(f"unknown level {level!r}; one of {', '.join(LEVELS)}")


def score_record(score: Score, record: GoldRecord, system: Iterable[Triple]) -> RecordErrors:
    """Add one record's counts to ``score`` (micro-averaging) and return its mistakes.

    ``system`` holds the asserted triples in guideline keys. Per level, a
    system triple in ``triples`` is a true positive, one in neither
    ``triples`` nor ``optional`` a false positive (a ``negated`` one too, and
    it is also counted in ``negated_as_asserted``); a gold triple not produced
    is a false negative.

    Examples
    --------
    >>> gold = GoldRecord("r1", "en", "...", frozenset({("IRN", "ACCUSE", "ISR")}),
    ...                   frozenset(), frozenset({("IRN", "ASSAULT", "ISR")}))
    >>> score = Score()
    >>> errors = score_record(score, gold, {("IRN", "ASSAULT", "ISR")})
    >>> score.levels["type"], score.levels["dyad"], score.negated_as_asserted
    (Count(tp=0, fp=1, fn=1), Count(tp=1, fp=0, fn=0), 1)
    """
    system = set(system)
    score.records += 1
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
    errors = RecordErrors(
        record.id,
        missing=sorted(record.triples - system),
        extra=sorted(system - record.triples - record.optional - set(wrong_negation)),
        negated_as_asserted=wrong_negation,
    )
    score.errors.append(errors)
    return errors


def evaluate(records: Iterable[GoldRecord], lexicon: Lexicon | None = None) -> Score:
    """Run extraction on each gold record and score it (see :func:`score_record`).

    Parameters
    ----------
    records : iterable of GoldRecord
        From :func:`read_gold`.
    lexicon : Lexicon, optional
        Defaults to the lexicon shipped with kg.

    Returns
    -------
    Score
        Micro-averaged counts per level over all records, and each record's mistakes.
    """
    lexicon = lexicon or load_lexicon()
    records = list(records)
    # A gold set that annotates a group beyond the guidelines' keys scores it too.
    named = {
        key for r in records for t in r.triples | r.optional | r.negated for key in (t[0], t[2])
    }
    groups = GUIDELINE_GROUPS | frozenset(named)
    score = Score()
    for record in records:
        extraction = extract(Document(record.id, record.text, record.lang), lexicon)
        score_record(score, record, system_triples(extraction, groups))
    return score

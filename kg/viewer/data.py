"""RDF graph -> the actors, documents and aggregated edges the HTML view draws.

The view reads only the RDF contract of ``docs/design.md``: one pass over the
graph's triples collects actors, documents and interactions; the rest is plain
Python on those records.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter, defaultdict, deque
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from urllib.parse import unquote

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.errors import InputError
from kg.model import ACTOR_CLASSES, EVENT_TYPES, QUAD_CLASS
from kg.rdf.namespace import PAKG

__all__ = [
    "ActorRecord",
    "DocumentRecord",
    "EdgeRecord",
    "InteractionRecord",
    "ViewData",
    "cut",
    "find_actor",
    "majority_language",
    "normalize_name",
    "read_view",
]

_PAKG = str(PAKG._NS)
_ACTOR_CLASS_IRIS = {URIRef(_PAKG + name): name for name in ACTOR_CLASSES}
_EVENT_TYPE_IRIS = {URIRef(_PAKG + name): name for name in EVENT_TYPES}


@dataclass(slots=True)
class ActorRecord:
    """An actor as the view shows it: key, class, labels per language, aliases."""

    key: str
    actor_class: str = "Actor"
    labels: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    affiliation: str | None = None  # the key of the actor it belongs to

    def label(self, lang: str) -> str:
        """The label in ``lang``, else in any language, else the key."""
        if lang in self.labels:
            return self.labels[lang]
        for code in sorted(self.labels):
            return self.labels[code]
        return self.key


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """What the evidence panel shows about a source document."""

    id: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class InteractionRecord:
    """One interaction: who did what to whom, and the sentence that says so.

    ``trigger_start``/``trigger_end`` are offsets into ``sentence`` (not into the
    document), or -1 when the trigger cannot be placed.
    """

    source: str
    type: str
    target: str
    doc: str | None
    sentence: str
    trigger: str
    trigger_start: int
    trigger_end: int
    confidence: float | None
    negated: bool
    speaker: str | None
    sentence_lang: str | None


@dataclass(frozen=True, slots=True)
class EdgeRecord:
    """All non-negated interactions of one (source, type, target)."""

    source: str
    type: str
    target: str
    interactions: tuple[int, ...]  # indices into ViewData.interactions

    @property
    def count(self) -> int:
        return len(self.interactions)

    @property
    def quad_class(self) -> str:
        return QUAD_CLASS.get(self.type, "VerbalCooperation")


@dataclass(slots=True)
class ViewData:
    """Everything the view needs, read from one RDF graph."""

    actors: dict[str, ActorRecord]
    documents: dict[str, DocumentRecord]
    interactions: list[InteractionRecord]
    edges: list[EdgeRecord]
    negated: int = 0  # negated interactions, never drawn
    focus: str | None = None  # the ego actor of a cut, drawn even without edges

    def drawn_actors(self) -> list[str]:
        """Keys of the actors that take part in at least one edge (and the focus), sorted."""
        keys = {edge.source for edge in self.edges} | {edge.target for edge in self.edges}
        if self.focus is not None:
            keys.add(self.focus)
        return sorted(keys)

    def interaction_counts(self) -> Counter[str]:
        """How many (non-negated, drawn) interactions each actor takes part in."""
        counts: Counter[str] = Counter()
        for edge in self.edges:
            counts[edge.source] += edge.count
            if edge.target != edge.source:
                counts[edge.target] += edge.count
        return counts


def _local_key(iri: URIRef) -> str:
    """An actor key from its IRI, for actors the graph never gave a ``pakg:actorKey``."""
    return unquote(str(iri).rstrip("/").rsplit("/", 1)[-1])


def _text(value) -> str | None:
    return None if value is None else str(value)


def _int(value) -> int | None:
    try:
        return int(value.toPython()) if isinstance(value, Literal) else None
    except (TypeError, ValueError):
        return None


def _float(value) -> float | None:
    try:
        return float(value.toPython()) if isinstance(value, Literal) else None
    except (TypeError, ValueError):
        return None


def _place_trigger(
    sentence: str, trigger: str, t_start: int | None, s_start: int | None
) -> tuple[int, int]:
    """Offsets of the trigger inside the sentence, from the document offsets or a search."""
    if trigger and t_start is not None and s_start is not None:
        start = t_start - s_start
        if 0 <= start and sentence[start : start + len(trigger)] == trigger:
            return start, start + len(trigger)
    if trigger:
        found = sentence.find(trigger)
        if found >= 0:
            return found, found + len(trigger)
    return -1, -1


_WANTED = {
    RDF.type,
    PAKG.actorKey,
    SKOS.prefLabel,
    SKOS.altLabel,
    PAKG.countryCode,
    PAKG.affiliatedWith,
    DCTERMS.identifier,
    DCTERMS.language,
    DCTERMS.title,
    DCTERMS.date,
    DCTERMS.source,
    DCTERMS.publisher,
    PAKG.source,
    PAKG.target,
    PAKG.eventType,
    PROV.wasDerivedFrom,
    PAKG.evidence,
    PAKG.charStart,
    PAKG.trigger,
    PAKG.triggerStart,
    PAKG.confidence,
    PAKG.attributedTo,
    PAKG.negated,
}


def read_view(graph: Graph) -> ViewData:
    """Read actors, documents and interactions from a graph in the kg RDF shape.

    One pass over the graph's triples; interactions are then aggregated per
    (source, type, target). Negated interactions are counted, not drawn.

    Parameters
    ----------
    graph : rdflib.Graph
        A graph written by ``kg build`` (see "RDF contract" in docs/design.md).

    Returns
    -------
    ViewData

    Examples
    --------
    >>> g = Graph().parse(format="turtle", data='''
    ... @prefix pakg: <https://w3id.org/pakg/ont#> .
    ... @prefix a: <https://w3id.org/pakg/id/actor/> .
    ... a:IRN a pakg:State ; pakg:actorKey "IRN" .
    ... a:USA a pakg:State ; pakg:actorKey "USA" .
    ... <https://w3id.org/pakg/id/interaction/1> a pakg:Interaction ;
    ...     pakg:source a:IRN ; pakg:target a:USA ; pakg:eventType pakg:REJECT .
    ... ''')
    >>> [(e.source, e.type, e.target, e.count) for e in read_view(g).edges]
    [('IRN', 'REJECT', 'USA', 1)]
    """
    subjects: dict[URIRef, dict] = defaultdict(lambda: defaultdict(list))
    for s, p, o in graph.triples((None, None, None)):
        if p in _WANTED:
            subjects[s][p].append(o)

    actors: dict[str, ActorRecord] = {}
    actor_keys: dict[URIRef, str] = {}
    documents: dict[URIRef, DocumentRecord] = {}
    raw_interactions: list[dict] = []
    for subject, props in subjects.items():
        types = props.get(RDF.type, ())
        if PAKG.actorKey in props:
            actor_keys[subject] = str(props[PAKG.actorKey][0])
        if PAKG.Interaction in types or PAKG.eventType in props:
            raw_interactions.append(props)
        elif PAKG.Document in types or DCTERMS.identifier in props:
            documents[subject] = _document(subject, props)

    for subject, key in actor_keys.items():
        actors[key] = _actor(key, subjects[subject], actor_keys)

    def actor_of(node) -> str | None:
        if node is None:
            return None
        key = actor_keys.get(node) or _local_key(node)
        if key not in actors:
            actors[key] = ActorRecord(key=key)
        return key

    interactions: list[InteractionRecord] = []
    for props in raw_interactions:
        record = _interaction(props, actor_of, documents)
        if record is not None:
            interactions.append(record)
    # A total order (down to the trigger), so the same graph always gives the same page:
    # rdflib iterates in hash order, which changes from run to run.
    interactions.sort(
        key=lambda r: (r.source, r.type, r.target, r.doc or "", r.sentence, r.trigger_start,
                       r.trigger, r.negated, r.speaker or "")
    )  # fmt: skip

    grouped: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    negated = 0
    for index, record in enumerate(interactions):
        if record.negated:
            negated += 1
        else:
            grouped[(record.source, record.type, record.target)].append(index)
    edges = [EdgeRecord(s, t, o, tuple(ids)) for (s, t, o), ids in sorted(grouped.items())]
    docs_by_id = {doc.id: doc for doc in documents.values()}
    return ViewData(actors, docs_by_id, interactions, edges, negated)


def _document(subject: URIRef, props: dict) -> DocumentRecord:
    first = {p: values[0] for p, values in props.items() if values}
    doc_id = _text(first.get(DCTERMS.identifier)) or _local_key(subject)
    url = first.get(DCTERMS.source)
    return DocumentRecord(
        id=doc_id,
        title=_text(first.get(DCTERMS.title)),
        date=_text(first.get(DCTERMS.date)),
        url=str(url) if url is not None else None,
        publisher=_text(first.get(DCTERMS.publisher)),
        lang=_text(first.get(DCTERMS.language)),
    )


def _actor(key: str, props: dict, actor_keys: dict[URIRef, str]) -> ActorRecord:
    classes = [_ACTOR_CLASS_IRIS[t] for t in props.get(RDF.type, ()) if t in _ACTOR_CLASS_IRIS]
    # The most specific class: the contract writes one; if several, prefer non-generic ones.
    classes.sort(key=lambda name: (name in ("Organization", "Actor"), name))
    labels: dict[str, str] = {}
    for label in sorted(props.get(SKOS.prefLabel, ()), key=str):
        lang = getattr(label, "language", None) or ""
        labels.setdefault(lang, str(label))
    aliases = sorted({str(alias) for alias in props.get(SKOS.altLabel, ())})
    country = props.get(PAKG.countryCode)
    affiliation = props.get(PAKG.affiliatedWith)
    return ActorRecord(
        key=key,
        actor_class=classes[0] if classes else "Actor",
        labels=labels,
        aliases=aliases,
        country=str(country[0]) if country else None,
        affiliation=(actor_keys.get(affiliation[0]) or _local_key(affiliation[0]))
        if affiliation
        else None,
    )


def _interaction(props: dict, actor_of, documents: dict) -> InteractionRecord | None:
    first = {p: values[0] for p, values in props.items() if values}
    event = _EVENT_TYPE_IRIS.get(first.get(PAKG.eventType))
    source = actor_of(first.get(PAKG.source))
    target = actor_of(first.get(PAKG.target))
    if event is None or source is None or target is None:
        return None
    evidence = first.get(PAKG.evidence)
    sentence = str(evidence) if evidence is not None else ""
    trigger = _text(first.get(PAKG.trigger)) or ""
    t_start, t_end = _place_trigger(
        sentence, trigger, _int(first.get(PAKG.triggerStart)), _int(first.get(PAKG.charStart))
    )
    doc_node = first.get(PROV.wasDerivedFrom)
    doc = None
    if doc_node is not None:
        doc = documents[doc_node].id if doc_node in documents else _local_key(doc_node)
    negated = first.get(PAKG.negated)
    return InteractionRecord(
        source=source,
        type=event,
        target=target,
        doc=doc,
        sentence=sentence,
        trigger=trigger,
        trigger_start=t_start,
        trigger_end=t_end,
        confidence=_float(first.get(PAKG.confidence)),
        negated=bool(negated.toPython()) if isinstance(negated, Literal) else False,
        speaker=actor_of(first.get(PAKG.attributedTo)),
        sentence_lang=getattr(evidence, "language", None),
    )


def majority_language(data: ViewData, default: str = "en") -> str:
    """The language most documents (else most evidence sentences) are written in.

    Examples
    --------
    >>> majority_language(ViewData({}, {"d": DocumentRecord("d", lang="ar")}, [], []))
    'ar'
    >>> majority_language(ViewData({}, {}, [], []))
    'en'
    """
    votes = Counter(doc.lang for doc in data.documents.values() if doc.lang)
    if not votes:
        votes = Counter(r.sentence_lang for r in data.interactions if r.sentence_lang)
    if not votes:
        return default
    return sorted(votes.items(), key=lambda item: (-item[1], item[0]))[0][0]


def normalize_name(text: str) -> str:
    """Fold a label for matching: case, Arabic diacritics, tatweel, alef/ya/ta marbuta forms.

    Examples
    --------
    >>> normalize_name("الإيرانيّة") == normalize_name("الايرانيه")
    True
    >>> normalize_name("  Iran ")
    'iran'
    """
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    out = []
    for char in text:
        if "\u064b" <= char <= "\u065f" or char in "\u0670\u0640":
            continue
        out.append(_FOLD.get(char, char))
    return " ".join("".join(out).split())


_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}


def _names(actor: ActorRecord) -> Iterable[str]:
    yield actor.key
    yield from actor.labels.values()
    yield from actor.aliases


def find_actor(data: ViewData, name: str) -> str:
    """The key of the actor whose key, label or alias is ``name``.

    Raises
    ------
    kg.errors.InputError
        When no actor has that name; the message lists close matches.
    """
    if name in data.actors:
        return name
    wanted = normalize_name(name)
    index: dict[str, set[str]] = defaultdict(set)
    for key, actor in data.actors.items():
        for label in _names(actor):
            index[normalize_name(label)].add(key)
    if wanted in index:
        return sorted(index[wanted])[0]
    close = difflib.get_close_matches(wanted, list(index), n=5, cutoff=0.6)
    hint = ", ".join(
        f"{data.actors[sorted(index[c])[0]].label('en')} ({sorted(index[c])[0]})" for c in close
    )
    hint = (
        f"; close matches: {hint}"
        if hint
        else "; list actors with `kg query GRAPH 'SELECT ?key WHERE { ?a pakg:actorKey ?key }'`"
    )
    raise InputError(f"--ego {name!r}: no actor has this key, label or alias{hint}")


def cut(
    data: ViewData,
    *,
    ego: str | None = None,
    depth: int = 1,
    types: Collection[str] | None = None,
    min_count: int = 1,
) -> ViewData:
    """Keep the edges of some types, with at least ``min_count`` interactions, near ``ego``.

    Types and the minimum count are applied first; then, with ``ego``, only the
    actors within ``depth`` steps of it (edges in either direction) remain.

    Raises
    ------
    kg.errors.InputError
        For an unknown type, a depth below 0 or an unknown ego actor.
    """
    if types:
        wanted = {t.strip().upper() for t in types if t.strip()}
        unknown = sorted(wanted - set(EVENT_TYPES))
        if unknown:
            raise InputError(
                f"--types: unknown event type {', '.join(unknown)}; "
                f"choose among {', '.join(EVENT_TYPES)}"
            )
    else:
        wanted = set(EVENT_TYPES)
    if depth < 0:
        raise InputError(f"--depth {depth}: must be 0 or more")
    edges = [e for e in data.edges if e.type in wanted and e.count >= max(1, min_count)]
    centre = None
    if ego is not None:
        centre = find_actor(data, ego)
        neighbours: dict[str, set[str]] = defaultdict(set)
        for edge in edges:
            neighbours[edge.source].add(edge.target)
            neighbours[edge.target].add(edge.source)
        seen = {centre: 0}
        queue = deque([centre])
        while queue:
            node = queue.popleft()
            if seen[node] >= depth:
                continue
            for other in sorted(neighbours[node]):
                if other not in seen:
                    seen[other] = seen[node] + 1
                    queue.append(other)
        edges = [e for e in edges if e.source in seen and e.target in seen]
    return ViewData(data.actors, data.documents, data.interactions, edges, data.negated, centre)

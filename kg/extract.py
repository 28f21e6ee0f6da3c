"""extract(doc) -> DocumentExtraction: sentences, actor mentions, interactions; a pure function.

The stages run in order over one document: tokenise and split sentences, find
actor mentions, roles and cue words, resolve them to actors, then find each
sentence's interactions. Nothing here does I/O, so documents can be extracted
in any order, in any process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.attrs import IDX, LENGTH, NORM
from spacy.tokens import Doc

from kg.lang import nlp
from kg.lang.ar.normalize import normalize
from kg.lexicon import LanguageLexicon, Lexicon, load_lexicon
from kg.mentions import match_table, person_spans, token_forms
from kg.model import Actor, Document, Interaction, Mention
from kg.relations import Found, SentenceFrame, Slot, TriggerHit, find_interactions
from kg.resolve import resolve_mentions, side

__all__ = ["DocumentExtraction", "Tokens", "extract", "extract_many", "sentences", "tokens_of"]

_TERMINALS = {".", "!", "?", "؟"}
_CLOSERS = {"»", '"', "”", "’", ")", "'"}


@dataclass(frozen=True, slots=True)
class DocumentExtraction:
    """What one document yields."""

    document: Document
    sentences: tuple[tuple[int, int], ...]  # character offsets
    mentions: tuple[Mention, ...]
    actors: tuple[Actor, ...]
    interactions: tuple[Interaction, ...]


@dataclass(frozen=True, slots=True)
class Tokens:
    """One document's tokens as plain lists: no spaCy objects past this point."""

    texts: list[str]
    norms: list[str]  # normalised Arabic, lower-case English
    starts: list[int]  # character offsets in the document
    ends: list[int]
    after: list[str]  # the whitespace after each token


def tokens_of(doc: Doc, lang: str, text: str | None = None) -> Tokens:
    """Read a spaCy Doc into plain lists in one pass over its arrays (no Token objects).

    ``text`` is the text the Doc was made from, if the caller has it (``Doc.text``
    rebuilds it token by token).
    """
    array = doc.to_array([IDX, LENGTH, NORM]).tolist() if len(doc) else []
    text = doc.text if text is None else text
    strings = doc.vocab.strings
    starts = [row[0] for row in array]
    ends = [row[0] + row[1] for row in array]
    texts = [text[s:e] for s, e in zip(starts, ends, strict=True)]
    following = starts[1:] + [len(text)] if starts else []
    after = [text[e:f] for e, f in zip(ends, following, strict=True)]
    norms = [strings[row[2]] for row in array] if lang == "ar" else [t.lower() for t in texts]
    return Tokens(texts, norms, starts, ends, after)


def sentences(tokens: Tokens) -> list[tuple[int, int]]:
    """Token ranges of sentences: after . ! ? ؟ (with closing quotes) and at line breaks.

    A headline line without final punctuation is its own sentence.
    """
    texts, spaces = tokens.texts, tokens.after
    blank = [not text.strip() for text in texts]
    spans: list[tuple[int, int]] = []
    start, i, n = 0, 0, len(texts)
    while i < n:
        text = texts[i]
        end_here = False
        if text in _TERMINALS or text == "...":
            while i + 1 < n and texts[i + 1] in _CLOSERS:
                i += 1
            end_here = True
        elif (
            "\n" in spaces[i] or (i + 1 < n and "\n" in texts[i + 1]) or (blank[i] and "\n" in text)
        ):
            end_here = True
        if end_here:
            spans.append((start, i + 1))
            start = i + 1
        i += 1
    if start < n:
        spans.append((start, n))
    return [(s, e) for s, e in spans if not all(blank[s:e])]


def _frame(
    tokens: Tokens,
    lang: str,
    table: LanguageLexicon,
    start: int,
    end: int,
    actors: dict[str, Actor],
) -> tuple[SentenceFrame, list[tuple[int, int]]]:
    """One sentence's mentions, triggers, titles, names and cue words, and its name spans."""
    texts = tokens.texts[start:end]
    norms = tokens.norms[start:end]
    alias_forms = token_forms(lang, texts, norms, table="aliases")
    lemma_forms = token_forms(lang, texts, norms, table="triggers")
    slots = [
        Slot(m.start, m.end, m.value[0], m.value[1], m.prefix, side(actors[m.value[0]]))
        for m in match_table(lang, alias_forms, _unambiguous(table), table.longest["aliases"])
        if m.value[0] and _article_ok(table, m, alias_forms)
    ]
    mention_positions = {i for slot in slots for i in range(slot.start, slot.end)}
    punctuation = {
        i for i, text in enumerate(texts) if not any(c.isalnum() for c in text) and text != "-"
    }  # a hyphen may sit inside a phrase: "lifted nuclear-related sanctions"
    hits = [
        TriggerHit(m.start, m.end, tuple(m.value), m.prefix, m.suffix, m.stem, m.reach)
        for m in match_table(
            lang,
            lemma_forms,
            table.triggers,
            table.longest["triggers"],
            suffixes=True,
            clitics="trigger",
            gap=3 if lang == "en" else 0,
            stop=mention_positions | punctuation,
        )  # fmt: skip
    ]
    roles = {
        i
        for m in match_table(lang, norms, table.roles, table.longest["roles"])
        for i in range(m.start, m.end)
    }
    cues: dict[int, str] = {}
    cue_table = _cue_table(table)
    for m in match_table(lang, lemma_forms if lang == "en" else norms, cue_table, 3, clitics="cue"):
        if lang == "en" and m.value in _LOWER_CASE_CUES and not texts[m.start].islower():
            continue  # "US" is the United States and "May" a month, not "us" and "may"
        for i in range(m.start, m.end):
            cues[i] = m.value
    # Possessive suffixes of the first person (بلادنا، حكومتنا) and "we/our" count as the speaker.
    for i, form in enumerate(norms):
        if (
            lang == "ar"
            and form.endswith("نا")
            and i not in cues
            and len(form) > 3
            and (form[:-2] in {"بلاد", "حكومت", "دولت", "شعب", "قوات", "جيش", "موقف"})
        ):
            cues[i] = "first_person"
    # A capital naming a meeting or deal is a place: مؤتمر باريس، the Doha talks.
    slots = [slot for slot in slots if not _venue(slot, cues, lang)]
    # ة reads as ه once normalised: أسلحة is not أسلح + the suffix ه.
    hits = [hit for hit in hits if not (hit.suffix == "ه" and texts[hit.start].endswith("ة"))]
    hits = [hit for hit in hits if hit.start not in roles]  # وزارة is no و + زار + ة
    blocked = {i for hit in hits for i in range(hit.start, hit.end)} | set(cues) | punctuation
    people = {i for slot in slots if slot.kind == "person" for i in range(slot.start, slot.end)}
    names = person_spans(
        lang, texts, norms, taken=mention_positions, roles=roles, blocked=blocked,
        known_people=people,
    )  # fmt: skip
    persons = {i for start, end in names for i in range(start, end)}
    frame = SentenceFrame(lang, texts, norms, lemma_forms, slots, hits, roles, persons, cues)
    return frame, names


_LOWER_CASE_CUES = {"first_person", "intent"}
_UNAMBIGUOUS_CACHE: dict[int, dict] = {}
_CUE_CACHE: dict[int, dict] = {}


#: When one form is listed under several kinds for one actor, the kind it counts as.
_KIND_ORDER = ("name", "short", "abbrev", "capital", "body", "person", "demonym")


def _unambiguous(table: LanguageLexicon) -> dict:
    """Alias index: a form naming one actor maps to it; an ambiguous form maps to None.

    Ambiguous forms still take up their words, so "Latin American" or
    "أمريكا اللاتينية" never leave a shorter match ("American") behind.
    """
    cached = _UNAMBIGUOUS_CACHE.get(id(table))
    if cached is None:
        cached = {}
        for tokens, entries in table.aliases.items():
            keys = {key for key, kind in entries if kind != "ambiguous"}
            if len(keys) == 1:
                key = next(iter(keys))
                kinds = {kind for k, kind in entries if k == key}
                kind = next(k for k in _KIND_ORDER if k in kinds)
                cached[tokens] = (key, kind)
            else:
                cached[tokens] = ("", "ambiguous")
        _UNAMBIGUOUS_CACHE[id(table)] = cached
    return cached


def _cue_table(table: LanguageLexicon) -> dict:
    cached = _CUE_CACHE.get(id(table))
    if cached is None:
        cached = {}
        for kind, forms in table.cues.items():
            for form in forms:
                cached.setdefault(form, kind)
        _CUE_CACHE[id(table)] = cached
    return cached


def _venue(slot: Slot, cues: dict[int, str], lang: str) -> bool:
    if slot.kind != "capital":
        return False
    return cues.get(slot.start - 1 if lang == "ar" else slot.end) == "venue"


def _article_ok(table: LanguageLexicon, match, forms: list[str]) -> bool:
    """A form indexed without its article (عراق for العراق) counts only after لل، where the
    article merged with the preposition: للعراق yes, تحالف ("an alliance") no."""
    key = (match.stem, *forms[match.start + 1 : match.end])
    return key not in table.bare or match.prefix.endswith(("لل", "ال"))


def _person_key(lang: str, name: str) -> str:
    """A stable key for a person kg only knows by name: "John Kerry" -> "john_kerry"."""
    words = name.split() if lang == "ar" else name.replace("-", " ").split()
    return "_".join(word.lower() for word in words)


def _attach_people(
    frame: SentenceFrame, names: list[tuple[int, int]], lexicon: Lexicon, people: dict[str, Actor]
) -> None:
    """A name right after a title and a state becomes that state's Person, in place of the state.

    "وزير الخارجية الأمريكي جون كيري", "Iranian Foreign Minister Mohammad Javad Zarif":
    the person acts, and counts for the state through ``pakg:affiliatedWith``.
    """
    for start, end in names:
        title = start - 1
        while title >= 0 and (title in frame.roles or frame.texts[title] in {"'s", "’s", "of"}
                              or _slot_at(frame, title) is not None):  # fmt: skip
            title -= 1
        cluster = range(title + 1, start)
        if not any(i in frame.roles for i in cluster):
            continue
        states = [
            slot for slot in frame.mentions
            if slot.start in cluster and slot.key in lexicon.actors
            and lexicon.actors[slot.key].actor_class == "State"
        ]  # fmt: skip
        if len(states) != 1:
            continue
        state = states[0]
        name = " ".join(frame.texts[start:end])
        key = _person_key(frame.lang, name)
        if key in lexicon.actors and lexicon.actors[key].actor_class != "Person":
            continue
        people.setdefault(
            key,
            lexicon.actors.get(key)
            or Actor(
                key,
                "Person",
                country=state.key,
                affiliation=state.key,
                labels=((frame.lang, name),),
            ),  # fmt: skip
        )
        index = frame.mentions.index(state)
        frame.mentions[index] = Slot(start, end, key, "person", "", state.key)
        frame.mentions.sort(key=lambda slot: slot.start)


def _slot_at(frame: SentenceFrame, position: int) -> Slot | None:
    return next((s for s in frame.mentions if s.start <= position < s.end), None)


def _discourse(found: list[tuple[Found, int]]) -> list[tuple[Found, int]]:
    """A refusal or acceptance with no object answers the latest request made to its source."""
    resolved: list[tuple[Found, int]] = []
    requests: list[Found] = []
    for item, sentence in found:
        if item.type == "REQUEST" and item.target and not item.negated:
            requests.append(item)
        if not item.target:
            if item.type in {"REJECT", "AGREE"}:
                asker = next(
                    (r.source for r in reversed(requests) if r.target == item.source), None
                )
                if asker and asker != item.source:
                    resolved.append(
                        (
                            Found(
                                item.source,
                                item.type,
                                asker,
                                item.trigger_start,
                                item.trigger_end,
                                0.6,
                                item.negated,
                                item.speaker,
                            ),
                            sentence,
                        )  # fmt: skip
                    )
            continue
        resolved.append((item, sentence))
    return resolved


def extract(
    document: Document, lexicon: Lexicon | None = None, *, doc: Doc | None = None
) -> DocumentExtraction:
    """Extract actors and interactions from one document.

    Parameters
    ----------
    document : Document
        The text and its metadata; ``document.lang`` picks the rules.
    lexicon : Lexicon, optional
        Defaults to the lexicon shipped with kg.
    doc : spacy.tokens.Doc, optional
        The document already tokenised (``nlp.pipe`` in batches).

    Returns
    -------
    DocumentExtraction
    """
    lexicon = lexicon or load_lexicon()
    lang = document.lang
    table = lexicon[lang]
    doc = doc if doc is not None else nlp(lang).make_doc(document.text)
    tokens = tokens_of(doc, lang, document.text)
    spans = sentences(tokens)
    mentions: list[Mention] = []
    found: list[tuple[Found, int]] = []
    people: dict[str, Actor] = {}
    for index, (start, end) in enumerate(spans):
        frame, names = _frame(tokens, lang, table, start, end, lexicon.actors)
        _attach_people(frame, names, lexicon, people)
        for slot in frame.mentions:
            first, last = start + slot.start, start + slot.end - 1
            skip = _prefix_length(tokens.texts[first], slot.prefix) if lang == "ar" else 0
            char_start, char_end = tokens.starts[first] + skip, tokens.ends[last]
            mentions.append(
                Mention(
                    document.id, char_start, char_end, document.text[char_start:char_end], slot.key
                )
            )
        if frame.triggers and frame.mentions:
            found.extend((item, index) for item in find_interactions(frame, table))
    actors = resolve_mentions(mentions, lexicon, lang, people)
    known = {actor.key for actor in actors}
    interactions: list[Interaction] = []
    seen: set[tuple] = set()
    for item, index in _discourse(found):
        if item.source not in known or item.target not in known:
            continue
        start, end = spans[index]
        trigger_start = tokens.starts[start + item.trigger_start]
        trigger_end = tokens.ends[start + item.trigger_end - 1]
        record = Interaction(
            source=item.source,
            type=item.type,
            target=item.target,
            doc_id=document.id,
            sent_start=tokens.starts[start],
            sent_end=tokens.ends[end - 1],
            trigger=document.text[trigger_start:trigger_end],
            confidence=item.confidence,
            negated=item.negated,
            speaker=item.speaker if item.speaker in known else None,
            trigger_start=trigger_start,
            trigger_end=trigger_end,
        )
        identity = (record.source, record.type, record.target, record.sent_start, trigger_start)
        if identity not in seen:
            seen.add(identity)
            interactions.append(record)
    char_spans = tuple((tokens.starts[s], tokens.ends[e - 1]) for s, e in spans)
    return DocumentExtraction(
        document, char_spans, tuple(mentions), tuple(actors), tuple(interactions)
    )


def _prefix_length(original: str, prefix: str) -> int:
    """Characters of ``original`` taken by a clitic prefix measured on its normalised form.

    Diacritics and tatweel do not survive normalisation, so they are counted
    without using up the prefix, and those right after it are skipped too: the
    mention of وَلِإِسْرَائِيلَ starts at its إ.
    """
    remaining, position = len(prefix), 0
    while position < len(original) and (remaining or _is_mark(original[position])):
        if not _is_mark(original[position]):
            remaining -= 1
        position += 1
    return min(position, max(len(original) - 1, 0))


def _is_mark(char: str) -> bool:
    return normalize(char) == ""


def extract_many(
    documents: Iterable[Document], lexicon: Lexicon | None = None, *, batch_size: int = 64
) -> Iterator[DocumentExtraction]:
    """Extract documents lazily, tokenising each language's documents in batches."""
    lexicon = lexicon or load_lexicon()
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= batch_size:
            yield from _extract_batch(batch, lexicon)
            batch = []
    if batch:
        yield from _extract_batch(batch, lexicon)


def _extract_batch(batch: list[Document], lexicon: Lexicon) -> Iterator[DocumentExtraction]:
    for document in batch:
        yield extract(document, lexicon)

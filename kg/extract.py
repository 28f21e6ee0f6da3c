"""extract(doc) -> DocumentExtraction: sentences, actor mentions, interactions; a pure function.

The stages run in order over one document: tokenise and split sentences, find
actor mentions, roles and cue words, resolve them to actors, then find each
sentence's interactions. Nothing here does I/O, so documents can be extracted
in any order, in any process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import compress

from spacy.attrs import IDX, LENGTH, NORM
from spacy.tokens import Doc

from kg.lang import nlp
from kg.lang.ar.ambiguity import (
    CAPITAL_NAMES,
    read_ambiguous,
    read_occupation,
    read_occupier,
    unprefixed,
)
from kg.lang.ar.normalize import normalize
from kg.lang.en.ambiguity import read_ambiguous as read_ambiguous_en
from kg.lexicon import LanguageLexicon, Lexicon, load_lexicon
from kg.mentions import Table, Vocabulary, match_table, person_spans
from kg.model import Actor, Document, Interaction, Mention
from kg.references import (
    GROUP_CLASSES,
    anaphor_index,
    conflict_parties,
    conjoined,
    government_anaphors,
    group_anaphors,
    latter_anaphors,
    neighbour_anaphors,
    own_anaphors,
    plural_anaphors,
    state_anaphors,
)
from kg.relations import (
    Found,
    SentenceFrame,
    Slot,
    TriggerHit,
    find_interactions,
    resolve_discourse,
)
from kg.relations.search import _AR_ON_THE, _AR_TIME_WORDS
from kg.relations.words import (
    _ACTS_WITHOUT_TRIGGER,
    _AR_MONEY_WORDS,
    _AR_NOMINAL_BEFORE,
    _AR_NUMBER_WORDS,
    _AR_PARTITIVES,
    _BELONGING,
    _BIDS,
    _CROWD_COUNTS,
    _EN_DETERMINERS,
    _EN_MODALS,
    _ENVOYS,
    _QUOTES,
    _VOWING,
)
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
    text = doc.text if text is None else text
    if not len(doc):
        return Tokens([], [], [], [], [])
    array = doc.to_array([IDX, LENGTH, NORM])
    starts = array[:, 0].tolist()
    ends = (array[:, 0] + array[:, 1]).tolist()
    texts = [text[s:e] for s, e in zip(starts, ends, strict=True)]
    following = starts[1:] + [len(text)]
    after = [text[e:f] for e, f in zip(ends, following, strict=True)]
    if lang == "ar":
        norms = list(map(doc.vocab.strings.__getitem__, array[:, 2].tolist()))
    else:
        norms = [t.lower() for t in texts]
    return Tokens(texts, norms, starts, ends, after)


def _dateline_end(texts: list[str], start: int) -> int | None:
    """Where a wire dateline opening a sentence ends ("NEW DELHI (Reuters) -", "ZAGREB,
    Croatia (AP) —", "PARIS, Aug 28 (AFP) -", "KABUL/ISLAMABAD, Dec 25 (Reuters) -",
    "BEIRUT —"): the place in capitals, an optional region and date, an optional agency in
    brackets, then a dash. None if the sentence opens otherwise."""
    first = texts[start]
    if _arabic_word(first):
        # "القاهرة –", "بيروت (رويترز) -": a place of one to three words, then the dash.
        position = start + 1
        while position < min(len(texts), start + 3) and _arabic_word(texts[position]):
            position += 1
    elif first.isalpha() and first.isupper() and len(first) > 1:
        position = start + 1
        while position < min(len(texts), start + 10) and (
            texts[position] in {",", "/"}
            or texts[position].isdigit()
            or (texts[position].isalpha() and texts[position][0].isupper())
            # "SHARM EL-SHEIKH, Egypt": a hyphen inside a place in capitals is no dash
            or (
                texts[position] == "-"
                and texts[position - 1].isupper()
                and position + 1 < len(texts)
                and texts[position + 1].isupper()
            )
        ):
            position += 1
    else:
        return None
    if position < len(texts) and texts[position] == "(":
        close = next((p for p in range(position + 1, min(len(texts), position + 5))
                      if texts[p] == ")"), None)  # fmt: skip
        if close is None:
            return None
        position = close + 1
    if position < len(texts) and texts[position] in _DATELINE_DASHES:
        return position + 1
    return None


_DATELINE_DASHES = {"-", "—", "–", "--"}


def _arabic_word(text: str) -> bool:
    return text.isalpha() and "\u0621" <= text[0] <= "\u064a"


def _may_open_dateline(texts: list[str], spaces: list[str], start: int) -> bool:
    """Whether a sentence starting at ``start`` may open with a dateline: an Arabic one
    only where a line opens (inside a paragraph, أدانت مصر - في بيان - is a clause)."""
    if start == 0 or not _arabic_word(texts[start]):
        return True
    return "\n" in spaces[start - 1] or "\n" in texts[start - 1]


def sentences(tokens: Tokens) -> list[tuple[int, int]]:
    """Token ranges of sentences: after . ! ? ؟ (with closing quotes) and at line breaks.

    A headline line without final punctuation is its own sentence.
    """
    texts, spaces = tokens.texts, tokens.after
    spans: list[tuple[int, int]] = []
    start, i, n = 0, 0, len(texts)
    while i < n:
        if i == start and _may_open_dateline(texts, spaces, start):
            dateline = _dateline_end(texts, start)
            if dateline is not None:
                # "NEW DELHI (Reuters) - India on Wednesday …": the dateline is no part
                # of the first sentence.
                spans.append((start, dateline))
                start = i = dateline
                continue
        text = texts[i]
        end_here = False
        if text in _TERMINALS or text == "...":
            while i + 1 < n and texts[i + 1] in _CLOSERS:
                i += 1
            end_here = True
        elif (
            "\n" in spaces[i]
            or (i + 1 < n and "\n" in texts[i + 1])
            or ("\n" in text and not text.strip())
        ):
            end_here = True
        if end_here:
            spans.append((start, i + 1))
            start = i + 1
        i += 1
    if start < n:
        spans.append((start, n))
    return [(s, e) for s, e in spans if any(text.strip() for text in texts[s:e])]


_STATELESS: dict[int, tuple[dict[str, Actor], frozenset[str]]] = {}


def _stateless(actors: dict[str, Actor]) -> frozenset[str]:
    """The actors that are no state and belong to none (the RSF, the UN), built once per
    lexicon: "the two countries" are never among them."""
    cached = _STATELESS.get(id(actors))
    if cached is None or cached[0] is not actors:
        keys = frozenset(
            key
            for key, actor in actors.items()
            if actor.actor_class != "State" and not actor.country
        )
        cached = _STATELESS[id(actors)] = (actors, keys)
    return cached[1]


# What a body's size counts: "35-nation", "15-member".
_SIZED = {"nation", "member", "country", "state", "strong"}


def _frame(
    tokens: Tokens,
    words: _DocumentWords,
    lang: str,
    table: LanguageLexicon,
    vocabulary: Vocabulary,
    start: int,
    end: int,
    actors: dict[str, Actor],
    earlier: tuple[str, ...] = (),
    parties: tuple[tuple[str, ...], ...] = (),
    titled: dict[str, str] | None = None,
    named: frozenset[str] = frozenset(),
    agency: str = "",
    last_person: Slot | None = None,
) -> tuple[SentenceFrame, list[tuple[int, int]]]:
    """One sentence's mentions, triggers, titles, names and cue words, and its name spans.

    ``earlier`` are the actors the document named so far (states by their side), the
    latest last, which "the movement" (الحركة، the group) and "the kingdom" (المملكة)
    refer back to; ``parties``
    the actors named together so far, which "the two countries" (البلدين) refers to;
    ``titled`` the state each title's head word (and "role:" + its role key) last
    stood for (وزاره -> RUS), which a bare title (الوزارة، "the ministry") refers to;
    ``named`` the actors named so far, which a descriptive alias ("the bloc", الحلف)
    needs before it can stand for one.
    """
    texts = tokens.texts[start:end]
    norms = tokens.norms[start:end]
    alias_forms = texts if lang == "en" else norms
    slots = []
    matches = match_table(alias_forms, words.aliases[start:end], vocabulary.aliases)
    # (the word after an ambiguous name, when it starts another name: مالي والنيجر)
    named_at = {m.start for m in matches if m.value[0]} if lang == "ar" else set()
    grouped: list[tuple[Slot, tuple[str, ...]]] = []  # "the E3": each member state
    for m in matches:
        key, kind = m.value[0], m.value[1]
        members = actors[m.value[2][0]].members if not key and len(m.value[2]) == 1 else ()
        if members:
            slot = Slot(m.start, m.end, members[0], "plural", m.prefix, members[0], True)
            grouped.append((slot, members))
            continue
        if not key and lang == "ar" and m.end - m.start == 1:
            previous = norms[m.start - 1] if m.start else ""
            following = norms[m.end] if m.end in named_at else ""
            reading = read_ambiguous(texts[m.start], m.prefix, previous, m.value[2], following)
            if reading is None and read_occupier(m.value[2], norms, earlier):
                reading = "ISR", "short"  # محمّلةً الاحتلال المسؤولية, after Hamas is named
            key, kind = reading or ("", kind)
        elif not key and lang == "ar":
            key = read_occupation(m.value[2], norms) or ""  # قوات الاحتلال
            kind = "body" if key else kind
        elif not key and lang == "en" and m.end - m.start == 1:
            # "his Uzbek counterpart", "the Tajik government": a people's adjective before
            # a noun only a state has.
            following = [text.lower() for text in texts[m.end : m.end + 3]]
            key = read_ambiguous_en(texts[m.start], following, m.value[2]) or ""
            kind = "demonym" if key else kind
        if key and _article_ok(table, m, alias_forms):
            actor = actors[key]
            if _someone_elses_surname(actor, m.start, m.end, texts, lang):
                continue  # "Colombian Foreign Minister Luis Gilberto Murillo": not Rosario
            slots.append(
                Slot(m.start, m.end, key, kind, m.prefix, side(actor), actor.actor_class == "State")
            )
    if lang == "en":
        slots = _possessed_bodies(slots, texts)
        slots = [slot for slot in slots if not _possessed_modifier(slot, texts)]
    places = {slot.start: slot for slot in slots if slot.kind == "place"}
    slots = [slot for slot in slots if slot.kind != "place" and _referent_named(slot, slots, named)]
    slots = [slot for slot in slots if not _national_council(slot, slots, norms, lang)]
    slots = _with_restatements(slots, texts)
    lemma_forms = words.lemmas[start:end]
    cue_forms = lemma_forms if lang == "en" else norms
    anaphors = anaphor_index(table)
    plurals = grouped
    slots = sorted(slots + [slot for slot, _keys in grouped], key=lambda slot: slot.start)
    if not anaphors.words.isdisjoint(cue_forms):  # "the group", الحركة، البلدين
        # (states first: in فاتهمت الحركة السلطة the noun after "the movement" is an
        # actor, not an adjective making it a name of its own)
        slots += state_anaphors(lang, cue_forms, anaphors, slots, earlier, table)
        slots += group_anaphors(lang, cue_forms, texts, anaphors, slots, earlier, table, actors)
        slots += neighbour_anaphors(lang, cue_forms, anaphors, slots, earlier, actors)
        slots += latter_anaphors(lang, cue_forms, anaphors, slots, earlier)
        slots += own_anaphors(cue_forms, anaphors, slots, earlier, actors)
        slots += government_anaphors(cue_forms, anaphors, slots, actors)
        english = texts if lang == "en" else None
        two = plural_anaphors(  # the two countries
            cue_forms, anaphors, slots, parties, english, _stateless(actors)
        )
        plurals = grouped + two
        slots += [slot for slot, _keys in two]
        slots.sort(key=lambda slot: slot.start)
    if lang == "en" and last_person is not None:
        slots = sorted(slots + _pronoun_speakers(texts, lemma_forms, last_person, slots),
                       key=lambda slot: slot.start)  # fmt: skip
    parties_of_conflict = table.cues.get("conflict_parties")
    sides_of_conflict: set[int] = set()  # "the warring parties": no war is waged in the name
    if parties_of_conflict and ("في" in cue_forms or "in" in cue_forms):
        sides = conflict_parties(cue_forms, parties_of_conflict, slots)  # طرفي النزاع في ليبيا
        sides_of_conflict = {i for slot in sides for i in range(slot.start, slot.end)}
        slots = sorted(slots + sides, key=lambda slot: slot.start)
    if not slots and not titled and not agency:  # no actor: nothing said can be kept
        return SentenceFrame(lang, texts, norms, lemma_forms, [], []), []
    role_matches = match_table(norms, words.roles[start:end], vocabulary.roles)
    # وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج: a people named
    # inside a title is part of the office's name, no actor of its own.
    slots = [
        slot for slot in slots
        if not any(m.start < slot.start and slot.end < m.end for m in role_matches)
    ]  # fmt: skip
    # (or, earlier in the same sentence: فرضت وزارة الخزانة الأمريكية …، واتهمت الوزارة)
    sentence_titles = _titles_at(lang, norms, texts, role_matches, slots) if lang == "ar" else []
    if titled or sentence_titles or agency:
        # وقالت الوزارة، "the ministry said": the state that title last stood for
        slots += _bare_titles(
            lang, norms, role_matches, slots, titled or {}, sentence_titles, agency
        )
        slots.sort(key=lambda slot: slot.start)
    slots += _bare_juntas(norms, role_matches, slots, earlier, actors)
    slots.sort(key=lambda slot: slot.start)
    if not slots:
        return SentenceFrame(lang, texts, norms, lemma_forms, [], []), []
    mention_positions = {i for slot in slots for i in range(slot.start, slot.end)}
    punctuation = set(compress(range(end - start), words.punctuation[start:end]))
    roles = {i for m in role_matches for i in range(m.start, m.end)}
    if lang == "en":
        # "the watchdog's 35-nation Board of Governors", "a 15-member delegation": the
        # size of a body belongs to its title.
        roles |= {
            i for m in role_matches if m.start >= 3 and norms[m.start - 2] == "-"
            and norms[m.start - 3].isdigit() and norms[m.start - 1] in _SIZED
            for i in range(m.start - 3, m.start)
        }  # fmt: skip
    if lang == "ar":
        # المبعوث الأمريكي الخاص ستيف ويتكوف، مندوب السودان الدائم لدى الأمم المتحدة: the
        # title's own adjective after its demonym or its state's name.
        roles |= {
            slot.end for slot in slots
            if slot.kind in {"demonym", "name"} and slot.start - 1 in roles
            and slot.end < len(norms)
            and norms[slot.end] in _AR_TITLE_ADJECTIVES
        }  # fmt: skip
    # تبادل 150 أسيراً، أطلقت جماعة «أنصار الله» صاروخاً: numbers and the marks round a name.
    # A lone و joins two names of the subject: الحكومة و«حزب الله»; a crowd's count
    # stands before its people: خرج آلاف الإيرانيين في مسيرات.
    numbers = {
        i for i, text in enumerate(texts)
        if text.isdigit() or text in _QUOTES or text == "و" or norms[i] in _CROWD_COUNTS
        or norms[i] in _AR_NUMBER_WORDS or norms[i] in _AR_MONEY_WORDS
        or norms[i] in _AR_PARTITIVES  # تلبّي أحد أبرز مطالب
        or (norms[i] == "من" and i and norms[i - 1] in _AR_MONEY_WORDS | _AR_PARTITIVES)
        or norms[i].removeprefix("ال") in _BELONGING  # أطلقت زوارق تابعة للحرس الثوري النار
    }  # fmt: skip
    # "ordered the French ambassador to leave": a demonym before an envoy is inside the phrase.
    # (and "gave France's ambassador 72 hours to leave": a possessor before one)
    # (and "declared U.N. envoy Volker Perthes persona non grata": the envoy is the body's)
    envoy_states = {
        i for slot in slots if slot.end < len(norms)
        and ((slot.kind == "demonym" and _envoy_at(norms, slot.end))
             or (slot.kind == "body" and norms[slot.end - 1] in _ENVOYS)
             # "declared U.N. envoy Volker Perthes persona non grata": the envoy named
             or (slot.kind == "person" and slot.start and norms[slot.start - 1] in _ENVOYS)
             or (norms[slot.end] in {"'s", "’s"} and slot.end + 1 < len(norms)
                 and norms[slot.end + 1] in _ENVOYS))
        for i in range(slot.start, slot.end + (norms[slot.end] in {"'s", "’s"}))
    } if lang == "en" else set()  # fmt: skip
    # "held Israel responsible for": the one held answerable stands inside the phrase.
    held = _objects_inside(lemma_forms, slots) if lang == "en" else set()
    # "signed a U.S.-brokered peace declaration": a hyphenated modifier is inside the phrase.
    compounds = {
        i for slot in slots if slot.end + 1 < len(texts) and texts[slot.end] == "-"
        for i in range(slot.start, slot.end + 2)
    } if lang == "en" else set()  # fmt: skip
    # "joint US-South Korean military drills": the partners named inside the phrase.
    partners = _joint_partners(norms, slots) if lang == "en" else set()
    # "lifted a four-month-old ban": a hyphenated modifier is one word of the gap.
    hyphens = _hyphenated(texts, tokens.after[start:end]) if lang == "en" else set()
    # 'lodged a "stern protest" with Tokyo': quotation marks inside a phrase are no gap.
    quotes = _short_quote_marks(texts) if lang == "en" else set()
    # "massed tens of thousands of troops", "sent a shipment of aid": a count or a
    # measure of goods inside the phrase is no gap.
    counts = {
        i for i, form in enumerate(norms)
        if form in _EN_COUNTS or (form == "of" and i and norms[i - 1] in _EN_COUNTS)
    } if lang == "en" else set()  # fmt: skip
    # "handed the Iraqi ambassador a formal protest note": how formal a note or a protest
    # is does not split its phrase.
    tones = {i for i, form in enumerate(norms) if form in _EN_TONES} if lang == "en" else set()
    # English splits a phrase with modifiers (imposed new sanctions on), Arabic with
    # the verb's subject (فرضت الولايات المتحدة عقوبات، وقعت اليابان والفلبين اتفاقية)
    # and a day set off by commas (استدعت الحكومة الصومالية، الثلاثاء، سفيرها).
    occasions = _occasion_asides(norms, texts) if lang == "ar" else set()
    days = _day_asides(norms, texts) | occasions if lang == "ar" else set()
    # أعلنت أربعة دبلوماسيين من السفارة الإيرانية في باكو أشخاصاً غير مرغوب فيهم: the
    # seat of a body named in the phrase is part of its object.
    seats = {
        slot.start - 1 for slot in slots if slot.start and norms[slot.start - 1] in {"في", "لدي"}
    } if lang == "ar" else set()  # fmt: skip
    # أعلنت الحكومة البيروفية السفير المكسيكي بابلو مونروي شخصاً غير مرغوب فيه: the name
    # after an official's title is part of the phrase's object.
    official_names = {
        i for name_start, name_end in person_spans(
            lang, texts, norms, taken=mention_positions, roles=roles, blocked=punctuation,
            titles={m.end - 1 for m in role_matches if m.value[1] == "person"},
        ) for i in range(name_start, name_end)
    } if lang == "ar" else set()  # fmt: skip
    hits = [
        TriggerHit(m.start, m.end, tuple(m.value), m.prefix, m.suffix, m.stem, m.reach)
        for m in match_table(
            lemma_forms,
            words.triggers[start:end],
            vocabulary.triggers,
            gap=3 if lang == "en" else 1,
            stop=(mention_positions - envoy_states - compounds - held - partners)
            | (punctuation - quotes - partners - hyphens)
            if lang == "en"
            else punctuation - numbers - days,
            skippable=compounds | counts | quotes | partners | envoy_states | held | tones | hyphens
            if lang == "en"
            else mention_positions | roles | numbers | seats | official_names,
            asides=days,
        )  # fmt: skip
    ]
    if sides_of_conflict:
        hits = [hit for hit in hits if hit.start not in sides_of_conflict]
    # "praised the alliance's response": an actor's descriptive name is no act of its own.
    described = {i for slot in slots if slot.kind == "anaphor" for i in range(slot.start, slot.end)}
    hits = [hit for hit in hits if not described.issuperset(range(hit.start, hit.end))]
    if lang == "ar":
        # قيادة العمليات المشتركة العراقية: an act noun inside a title names no act.
        hits = [hit for hit in hits if hit.start not in roles]
    hits = _without_figures(lang, norms, hits)
    if lang == "en" and "visiting" in norms:
        # "a request from visiting German Chancellor Olaf Scholz": an adjective of the
        # visitor named after it, not a verb whose object he is.
        starts = {slot.start for slot in slots} | set(roles)
        hits = [
            hit
            for hit in hits
            if not (
                norms[hit.start] == "visiting"
                and hit.end == hit.start + 1
                and hit.end in starts
                and hit.start > 0
                and norms[hit.start - 1] in _BEFORE_VISITOR
            )
        ]
    if lang == "en" and any(t.form in _DIRECTING for hit in hits for t in hit.triggers):
        # "told reporters", "insisted that it had never …": a report or a claim, no demand
        starts = {slot.start: slot for slot in slots}
        hits = [hit for hit in hits if _directive(hit, texts, norms, lemma_forms, starts, roles)]
    if lang == "ar":
        # عُقدت في بغداد محادثات: a place right after the verb of a split phrase reads it as
        # a passive, with no subject; the noun after it stands alone.
        # (Not after its subject: مصر وفرنسا وقّعتا في القاهرة عقداً.)
        hits = [
            hit for hit in hits
            if not (hit.reach > hit.end and norms[hit.end] == "في")
            or hit.start - 1 in mention_positions
        ]  # fmt: skip
    if (
        not hits
        and not roles
        and all(slot.kind != "capital" for slot in slots)
        and _ACTS_WITHOUT_TRIGGER.isdisjoint(norms)
    ):
        # With no trigger there is no interaction, and with no title no name to attach:
        # the mentions are all the sentence gives, and only a venue cue could change them.
        frame = SentenceFrame(lang, texts, norms, lemma_forms, slots, [], roles)
        frame.plurals = {slot.start: keys for slot, keys in plurals}
        return frame, []
    cues: dict[int, str] = {}
    for m in match_table(cue_forms, words.cues[start:end], vocabulary.cues):
        if lang == "en" and m.value in _LOWER_CASE_CUES and not texts[m.start].islower():
            continue  # "US" is the United States and "May" a month, not "us" and "may"
        if lang == "en" and m.start and texts[m.start][:1].isupper() and m.value in _NAMED_CUES:
            continue  # "Prime Minister Denys Shmyhal": a name inside the sentence, no denial
        if lang == "en" and norms[m.start] == "note" and _after_determiner(norms, m.start):
            continue  # "asked Moscow in a formal note": a noun, no one notes anything
        if (
            lang == "en"
            and norms[m.start] == "written"
            and m.start + 1 < len(norms)
            and (norms[m.start + 1] not in {"that", "to", "by", ",", "."})
        ):
            continue  # "a demand for written guarantees": an adjective, no one writes
        for i in range(m.start, m.end):
            cues[i] = m.value
    if lang == "en" and not _VOWING.isdisjoint(lemma_forms):
        # "Saree vowed that the strikes would not go unanswered": a vow or warning with a
        # that-clause reports its speaker's words, as "said" does.
        for i, lemma in enumerate(lemma_forms[:-1]):
            if lemma in _VOWING and texts[i].endswith("ed") and norms[i + 1] == "that":
                cues.setdefault(i, "report")
    # "Added 140 Chinese companies to its trade blacklist", أضافت … إلى قائمة الكيانات: adding
    # sanctions only with a blacklist after it; otherwise "added", أضاف report speech.
    listings = [hit for hit in hits if any(t.form in _LISTINGS for t in hit.triggers)]
    for hit in listings:
        # (past a long list of those added: "seven Iranian individuals and entities, among
        # them national carrier Iran Air, to its sanctions list")
        listed = any(cues.get(p) == "blacklist" for p in range(hit.end, hit.end + 20))
        if (
            any(t.form == "take" for t in hit.triggers)
            and "off" not in norms[hit.end : hit.end + 6]
        ):
            listed = False  # "took Cuba off the list", not "take steps to add Cuba to it"
        if listed:
            cues.pop(hit.start, None)
        else:
            hits.remove(hit)
    # "Our country" (بلادنا) and, in reported speech, "his country" (بلاده) are the speaker.
    if lang == "ar":
        for i, form in enumerate(norms):
            if i not in cues and _own_side(form):
                cues[i] = "first_person"
            elif cues.get(i) == "negation" and form == "ما" and _relative_ma(norms, i):
                del cues[i]
            elif cues.get(i) == "report" and i and unprefixed(norms[i - 1]) == _PALACE:
                del cues[i]  # في قصر بيان: a palace's name, no statement
    # A capital naming a meeting or deal is a place: مؤتمر باريس، the Doha talks (kept as
    # one: "protesters rallied outside the Russian embassy in Yerevan" are there).
    venues = [slot for slot in slots if _venue(slot, cues, lang, norms)]
    if lang == "en":  # (an Arabic signing in a capital, وقعتا اتفاقاً في بكين, is no visit)
        places |= {slot.start: slot for slot in venues if slot.state}
    slots = [
        slot
        for slot in slots
        if slot not in venues
        and not _modifier(slot, texts)
        and not _place_phrase(slot, norms, hits)
    ]
    # ة reads as ه once normalised: أسلحة is not أسلح + the suffix ه.
    hits = [hit for hit in hits if not (hit.suffix == "ه" and texts[hit.start].endswith("ة"))]
    # A verb takes no article with a pronoun suffix: الغزواني is a name, not ال + غزوا
    # ("they invaded") + ني (but التوصل إلى اتفاق is a verbal noun the verb entry covers).
    hits = [
        hit for hit in hits
        if not ("ال" in hit.prefix and hit.suffix)
        or any(t.pos != "verb" for t in hit.triggers)
    ]  # fmt: skip
    if lang == "ar":
        hits = [_noun_reading(hit, norms, table) for hit in hits]
    else:  # "an Afghan serving a life sentence": who serves one was sentenced, not sentencing
        hits = [hit for hit in hits if not _served(hit, lemma_forms)]
        hits = [_whole_idiom(hit, table) for hit in hits]
    if lang == "ar":  # وزارته، وزارتها: "his ministry", no و + زارت + ه ("she visited him")
        hits = [hit for hit in hits if norms[hit.start] not in _HIS_MINISTRY]
    # وزارة is no و + زار + ة; but "military support" is more than the title "military".
    phrases = [hit for hit in hits if lang == "en" and hit.end - hit.start > 1]
    roles -= {i for hit in phrases for i in range(hit.start, hit.end)}
    hits = [hit for hit in hits if hit.start not in roles]
    if lang == "ar":  # الاحتلال الإسرائيلي names Israel: no occupation is told
        multiword = [slot for slot in slots if slot.end - slot.start > 1]
        inside = {i for slot in multiword for i in range(slot.start, slot.end)}
        hits = [hit for hit in hits if hit.start not in inside]
    if lang == "ar":  # القاطع is an adjective ("categorical"), not قاطع "boycotted"
        hits = [hit for hit in hits if not _participle_with_article(hit)]
        # يسود هدوء حذر: a "cautious" calm, not a warning
        hits = [
            hit for hit in hits
            if not (norms[hit.start] == "حذر" and hit.start and norms[hit.start - 1] in _CALM)
        ]  # fmt: skip
    blocked = {i for hit in hits for i in range(hit.start, hit.end)} | set(cues) | punctuation
    people = {i for slot in slots if slot.kind == "person" for i in range(slot.start, slot.end)}
    # Only an official's title is followed by a name: not السفارة الإسرائيلية بعمان.
    titles = {m.end - 1 for m in role_matches if m.value[1] == "person"}
    if lang == "ar":
        # وكيل الأمين العام للشؤون الإنسانية توم فليتشر: an organisation's official, named.
        titles |= {
            slot.end - 1 for slot in slots
            if slot.kind == "body" and norms[slot.start][len(slot.prefix) :] in _AR_OFFICIALS
        }  # fmt: skip
    names = person_spans(
        lang, texts, norms, taken=mention_positions, roles=roles, blocked=blocked,
        known_people=people, titles=titles,
    )  # fmt: skip
    persons = {i for start, end in names for i in range(start, end)}
    frame = SentenceFrame(lang, texts, norms, lemma_forms, slots, hits, roles, persons, cues)
    frame.plurals = {slot.start: keys for slot, keys in plurals}
    frame.occasions = occasions
    frame.places = places
    frame.titles = [
        (title, key) for _, title, key in _titles_at(lang, norms, texts, role_matches, slots)
    ]
    return frame, names


# Routes and lines of supply (طرق إمداد، خطوط الإمداد): roads, not aid.
_ROUTES = {normalize(word) for word in ("طرق", "طريق", "خطوط", "خط", "ممر", "ممرات")}
# "On the eve of", "just before": a meeting named as a date (عشية قمة الحلف).
_EVE = {normalize(word) for word in ("عشية", "قبيل")}
_SUMMITS = {normalize(word) for word in ("قمة", "القمة", "اجتماعات", "مؤتمر")}


# Sheltering verbs (آوى، يؤوي) and forces as their object: a base "housing" troops.
_SHELTERING = {normalize(word) for word in ("آوى", "آوت", "يؤوي", "تؤوي", "إيواء")}
_AR_TROOPS = {normalize(word) for word in (
    "القوات", "قوات", "الجنود", "جنود", "عسكريين", "العسكريين", "الطائرات", "طائرات",
)}  # fmt: skip


def _hosts_forces(norms: list[str], hit: TriggerHit) -> bool:
    """An Arabic verb of sheltering whose object is troops (القاعدة الجوية التي تؤوي القوات
    الفرنسية): a base housing forces, no aid to anyone."""
    return norms[hit.start] in _SHELTERING and hit.end < len(norms) and norms[hit.end] in _AR_TROOPS


# What a vote or veto brings down (أسقطت روسيا بالفيتو في مجلس الأمن مشروع قرار).
_DRAFTS = {"مشروع", "مشروعي", "مشاريع", "الفيتو", "النقض", "بالفيتو"}


def _downs_a_draft(norms: list[str], hit: TriggerHit) -> bool:
    """An Arabic verb of downing (أسقط) whose object, past its subject and a veto or a
    venue, is a draft resolution: a vote, not a shot (the veto gives the rejection)."""
    if not all(t.type == "ASSAULT" and normalize(t.form).startswith("اسقط") for t in hit.triggers):
        return False
    return any(form in _DRAFTS for form in norms[hit.end : hit.end + 10])


def _without_figures(lang: str, norms: list[str], hits: list[TriggerHit]) -> list[TriggerHit]:
    """The hits left once words that only look like an act where they stand are dropped:
    figures of speech, adjectives of manner, passives of receiving, kinds of weapon."""

    def keep(hit: TriggerHit) -> bool:
        before = norms[hit.start - 1] if hit.start else ""
        after = norms[hit.end : hit.end + 2]
        if lang == "ar":
            # نفت "بشكل قاطع", بصورة قاطعة: after بشكل (in a … way) the word is an
            # adjective of manner, not the verb it is spelt like (قاطع, boycotted).
            # تطلق النار على قدميها, "shoots itself in the foot": no attack. تستهدف
            # العلاقات الأخوية: what a charge "targets" is ties, not a place.
            # اثني عشر موظفاً: "twelve", not أثنى (praised).
            return not (
                before in _IN_A_WAY
                or tuple(after) in _OWN_FEET
                or after[:1] in (["عشر"], ["عشره"])
                or (after[:1] in (["العلاقات"], ["علاقات"])
                    and all(t.type == "ASSAULT" for t in hit.triggers))
                or _downs_a_draft(norms, hit)
                or _hosts_forces(norms, hit)
                # طرق إمداد قوات الحلف: "supply routes", a road, no aid given
                or (before in _ROUTES and all(t.type == "AID" for t in hit.triggers))
                # عشية قمة حلف الأطلسي: "on the eve of the summit", a date, no meeting (but
                # عشية زيارة يجريها الوزير: a visit announced, with whom it will be)
                or (before in _EVE and norms[hit.start] in _SUMMITS)
            )  # fmt: skip
        # "would be met with a response", "was met with criticism": received, no meeting;
        # "close to the border with Mali": near it; "an attack helicopter": a weapon.
        return not (
            (before in _EN_BE_FORMS and any(t.form == "meet with" for t in hit.triggers))
            # "retaliating for Moscow's decision to slash …", "retaliated by expelling": the
            # cause or the means, which says what kind of act the retaliation is
            or (norms[hit.start].startswith("retaliat") and after[:1] in (["for"], ["by"]))
            # "hammered out a deal with Tehran": negotiated, not struck
            or (norms[hit.start].startswith("hammer") and after[:1] == ["out"])
            or norms[hit.start : hit.start + 2] == ["close", "to"]
            or tuple(norms[hit.start : hit.end + 1]) in _WEAPON_KINDS
            # "14,000 tank shells", "a carrier strike group": munitions and formations
            or (norms[hit.start] in {"shell", "shells"} and before in _SHELL_KINDS)
            or (norms[hit.start] == "strike" and after[:1] in (["group"], ["groups"]))
            # "off the coast of occupied Palestine", "the occupied West Bank": an adjective
            or (norms[hit.start] == "occupied" and before in {"of", "the", "in", "into", "from"})
            # "two sources briefed on the talks said": who speaks, no new talks
            or tuple(norms[max(0, hit.start - 3) : hit.start]) in _ATTRIBUTION_ABOUT
        )

    return [hit for hit in hits if keep(hit)]


_EN_BE_FORMS = {"be", "been", "was", "were", "is", "are", "being"}

# Sources described by what they know of: "sources familiar with the talks said".
_ATTRIBUTION_ABOUT = {
    ("familiar", "with", "the"), ("briefed", "on", "the"), ("close", "to", "the"),
    ("involved", "in", "the"), ("knowledge", "of", "the"),
}  # fmt: skip

_IN_A_WAY = {normalize(word) for word in ("بشكل", "بصورة", "بطريقة")}

# How formal or sharp a note or a protest is: "a formal protest note", "strongly worded".
_EN_TONES = {"formal", "strong", "stern", "official", "written", "strongly", "worded",
             "strongly-worded", "sharp", "sharply"}  # fmt: skip

# Adjectives of a title that follow the state's demonym: المبعوث الأمريكي الخاص.
_AR_TITLE_ADJECTIVES = {normalize(word) for word in (
    "الخاص", "الخاصة", "السابق", "السابقة", "الجديد", "الجديدة", "الأعلى", "المكلف", "المكلفة",
    "الدائم", "الدائمة",
)}  # fmt: skip


# The first word of an organisation's official's title: a name may follow it.
_AR_OFFICIALS = {normalize(word) for word in (
    "وكيل", "وكيلة", "الأمين", "المبعوث", "المبعوثة", "مبعوث", "المفوض", "المفوضة", "المنسق",
    "المنسقة", "منسق", "الممثل", "الممثلة", "المدير", "المديرة", "رئيس", "رئيسة",
)}  # fmt: skip


def _whole_idiom(hit: TriggerHit, table: LanguageLexicon) -> TriggerHit:
    """ "Joined forces" is an idiom only whole: "joined a U.S.-led task force" joins the
    force (the verb's own reading)."""
    if hit.reach <= hit.start + 2 or all(t.form != "join force" for t in hit.triggers):
        return hit
    verb = table.triggers.get(("join",), ())
    return TriggerHit(hit.start, hit.start + 1, tuple(verb), hit.prefix, hit.suffix, hit.stem)


def _served(hit: TriggerHit, lemmas: list[str]) -> bool:
    """Whether an English "sentence" is one served: "serving a life sentence"."""
    return lemmas[hit.start] == "sentence" and "serve" in lemmas[max(0, hit.start - 4) : hit.start]


# English phrases whose object stands inside them, between the verb and the phrase's last
# word: (verbs, how far before the actor; closing words, how far after it; the actor's
# kind if only one). "held Israel responsible", "approve Sweden's application to join
# NATO", "adopted the Egyptian plan", "handed three Israeli hostages over".
_SPLIT_BY_OBJECT = (
    ({"hold"}, 2, {"responsible", "accountable"}, 3, ""),
    ({"approve", "endorse", "forward", "adopt"}, 3, _BIDS, 4, ""),
    ({"hand"}, 3, {"over", "back"}, 3, "demonym"),
    ({"hand", "give"}, 1, {"protest", "note"}, 4, ""),  # handed Zagreb a formal protest note
    ({"become"}, 1, {"member"}, 3, ""),  # became NATO's 31st member
    ({"bar", "block", "prevent", "stop"}, 3, {"from"}, 4, ""),  # barred the Turkish minister from
    ({"order"}, 2, {"pay"}, 3, ""),  # ordered Hungary to pay a fine
    ({"place", "put"}, 5, {"under"}, 3, ""),  # placed the French embassy under a blockade
)


def _objects_inside(lemmas: list[str], slots: list[Slot]) -> set[int]:
    """Positions of the actors that stand inside an English phrase as its object (the
    lexicon lists "hold responsible", "approve application", "hand over")."""
    inside = set()
    for slot in slots:
        for verbs, before, closing, after, kind in _SPLIT_BY_OBJECT:
            if kind and slot.kind != kind:
                continue
            if verbs & set(lemmas[max(0, slot.start - before) : slot.start]) and closing & set(
                lemmas[slot.end : slot.end + after]
            ):
                inside.update(range(slot.start, slot.end))
    return inside


def _noun_reading(hit: TriggerHit, norms: list[str], table: LanguageLexicon) -> TriggerHit:
    """A verb + pronoun reading that is a verbal noun's ة written ت before the suffix:
    عقب استضافته (his hosting, not "she hosted him"), بعد إدانتها. After a preposition
    only the noun can stand."""
    if not hit.suffix or hit.end - hit.start != 1 or not hit.stem.endswith("ت"):
        return hit
    after_preposition = "ب" in hit.prefix or "ل" in hit.prefix
    if not after_preposition and not (hit.start and norms[hit.start - 1] in _AR_NOMINAL_BEFORE):
        return hit
    nouns = [t for t in table.triggers.get((hit.stem[:-1] + "ه",), ()) if t.pos == "noun"]
    if not nouns:
        return hit
    return TriggerHit(hit.start, hit.end, tuple(nouns), hit.prefix, hit.suffix, hit.stem, hit.reach)


@dataclass(frozen=True, slots=True)
class _DocumentWords:
    """Per token of a document: what the tables make of its word, looked up once."""

    lemmas: list[str]  # the form triggers are keyed on: normalised (ar), lemma (en)
    aliases: list[tuple]  # the readings of the word that start an entry, per table
    triggers: list[tuple]
    roles: list[tuple]
    cues: list[tuple]
    punctuation: list[bool]  # no letter or digit; a hyphen may sit inside a phrase


def _document_words(tokens: Tokens, lang: str, vocabulary: Vocabulary) -> _DocumentWords:
    words = vocabulary.words(tokens.texts if lang == "en" else tokens.norms)
    return _DocumentWords(
        [word.lemma for word in words],
        [word.aliases for word in words],
        [word.triggers for word in words],
        [word.roles for word in words],
        [word.cues for word in words],
        [_is_punctuation(text) for text in tokens.texts],
    )


# "the Russian military attaché", "the Turkish deputy ambassador": an envoy's own rank or
# service between his demonym and him.
_ENVOY_RANKS = {"military", "defense", "defence", "deputy", "top", "acting"}


def _envoy_at(norms: list[str], position: int) -> bool:
    """Whether an envoy's title starts at ``position``, after a rank or service or not."""
    if position + 1 < len(norms) and norms[position] in _ENVOY_RANKS:
        position += 1
    return norms[position] in _ENVOYS


def _after_determiner(forms: list[str], position: int) -> bool:
    """Whether an English word follows a determiner, past an adjective or two ("a formal
    note", "the diplomatic note"): a noun, not a verb."""
    for before in range(position - 1, max(-1, position - 3), -1):
        if forms[before] in _EN_DETERMINERS:
            return True
        if forms[before] not in _NOTE_ADJECTIVES:
            return False
    return False


_NOTE_ADJECTIVES = {"formal", "diplomatic", "verbal", "official", "written", "protest"}


@lru_cache(maxsize=1 << 16)
def _is_punctuation(text: str) -> bool:
    # A hyphen may sit inside a phrase: "lifted nuclear-related sanctions", and a percent
    # sign: "scrap its 80.5% tariffs".
    return not any(c.isalnum() for c in text) and text not in {"-", "%"}


_LOWER_CASE_CUES = {"first_person", "intent"}
# Cues a capitalised word inside an English sentence is a name rather than: "Denys"
# (lemmatised "deny"), "Refuse", "Fail".
_NAMED_CUES = {"denial", "negation", "refusal", "failure"}

# Nouns for a speaker's own side: بلادنا "our country", and in reported speech
# بلاده/بلادها "his/its country" (قال الوزير إن بلاده تدعم …) is the speaker's too.
_SIDE_NOUNS = {"بلاد", "حكومت", "دولت", "شعب", "قوات", "جيش", "موقف"}
_SIDE_SUFFIXES = ("نا", "ها", "ه")


@lru_cache(maxsize=1 << 16)
def _own_side(form: str) -> bool:
    """Whether an Arabic word is "our/his country, government, army …"."""
    return any(
        form.endswith(suffix) and form[: -len(suffix)] in _SIDE_NOUNS for suffix in _SIDE_SUFFIXES
    )


_VOCABULARIES: dict[int, tuple[LanguageLexicon, Vocabulary]] = {}


#: When one form is listed under several kinds for one actor, the kind it counts as.
_KIND_ORDER = (
    "name", "short", "abbrev", "capital", "body", "person", "demonym", "place", "anaphor",
)  # fmt: skip


def _vocabulary(table: LanguageLexicon) -> Vocabulary:
    """The matcher's tables for one language, built once per lexicon."""
    cached = _VOCABULARIES.get(id(table))
    if cached is None or cached[0] is not table:
        lang = table.lang
        vocabulary = Vocabulary(
            lang,
            aliases=Table(_unambiguous(table), table.longest["aliases"]),
            triggers=Table(
                _object_variants(table),
                table.longest["triggers"],
                clitics="trigger",
                suffixes=True,
            ),  # fmt: skip
            roles=Table(table.roles, table.longest["roles"]),
            cues=Table(_cue_table(table), 3, clitics="cue"),
        )
        cached = _VOCABULARIES[id(table)] = (table, vocabulary)
    return cached[1]


# "His/her/their/our ministry": the title with a pronoun, never a verb.
_HIS_MINISTRY = {normalize("وزارت" + pronoun) for pronoun in ("ه", "ها", "هم", "نا", "ي")}


# Nouns that حذر ("cautious") describes rather than follows as a verb.
_CALM = {"هدوء", "الهدوء", "ترقب", "الترقب", "تفاؤل", "التفاؤل"}


def _hyphenated(texts: list[str], after: list[str]) -> set[int]:
    """The positions of a hyphenated modifier after a determiner or a number, all but its
    last part ("a four-month-old ban": four, -, month, -), which counts as the word."""
    joined = {
        i for i in range(1, len(texts) - 1)
        if texts[i] == "-" and not after[i - 1] and not after[i]
        and texts[i - 1][-1:].isalnum() and texts[i + 1][:1].isalnum()
    }  # fmt: skip
    positions: set[int] = set()
    for i in joined:
        first = i - 1
        while first - 1 in joined:
            first -= 2  # back to the compound's first part
        before = texts[first - 1].lower() if first else ""
        if before in _EN_MODIFIED or before.isdigit():
            positions |= set(range(first, i + 1))
    return positions


# Words a hyphenated modifier follows: "a four-month-old ban", "its long-standing demand".
_EN_MODIFIED = {"a", "an", "the", "its", "their", "his", "her", "this", "that", "another"}


def _day_asides(norms: list[str], texts: list[str]) -> set[int]:
    """Positions of a day, time or date set off by commas (، الثلاثاء،، ، مساء الأحد،،
    ، في الأول من يناير/كانون الثاني 2017،), commas included."""
    found: set[int] = set()
    for i, text in enumerate(texts):
        if text != "،" or i + 1 >= len(norms):
            continue
        dated = norms[i + 1] == "في" and i + 2 < len(norms) and _date_word(norms[i + 2])
        if norms[i + 1] not in _AR_TIME_WORDS and not dated:
            continue
        for close in range(i + 2, min(i + 10, len(texts))):
            if texts[close] == "،":
                found.update(range(i, close + 1))
                break
            if norms[close] not in _AR_TIME_WORDS and not _date_word(norms[close]):
                break
    return found


# Words opening an occasion set off by commas: ، في مؤتمره الصحافي الأسبوعي،، ، خلال زيارته
# لبغداد،، ، على هامش القمة،. (Not a clause: ، في حين، ، في وقت، ، بعد أن.)
_AR_OCCASIONS = {normalize(word) for word in ("في", "خلال", "أثناء")}
_AR_CLAUSE_OPENERS = {normalize(word) for word in ("حين", "وقت", "ظل", "أن", "ما")}


def _occasion_asides(norms: list[str], texts: list[str]) -> set[int]:
    """Positions of a short occasion set off by commas (، في مؤتمره الصحافي الأسبوعي،),
    commas included: a split phrase reaches over it (وحمّل كنعاني، في مؤتمره الصحافي،
    الولايات المتحدة مسؤولية …)."""
    found: set[int] = set()
    for i, text in enumerate(texts):
        if text != "،" or i + 2 >= len(norms) or norms[i + 2] in _AR_CLAUSE_OPENERS:
            continue
        if norms[i + 1] not in _AR_OCCASIONS and (norms[i + 1], norms[i + 2]) not in _AR_ON_THE:
            continue
        for close in range(i + 3, min(i + 9, len(texts))):
            if texts[close] == "،":
                found.update(range(i, close + 1))
                break
            if not texts[close][:1].isalnum():
                break
    return found


def _date_word(norm: str) -> bool:
    """A word of a written date: a number, a month's name, an ordinal day, من or /."""
    return norm.isdigit() or norm in _AR_DATE_WORDS


# Months (both the Gregorian and the Levantine names) and the ordinal days of a date.
_AR_DATE_WORDS = {normalize(word) for word in (
    "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
    "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز",
    "آب", "أيلول", "تشرين", "الثاني", "الأول", "/", "من", "عام", "العام",
)}  # fmt: skip


# "Attack" before a kind of weapon names the weapon: "an attack helicopter".
_WEAPON_KINDS = {("attack", weapon) for weapon in (
    "helicopter", "helicopters", "drone", "drones", "submarine", "submarines", "aircraft",
    "boat", "boats", "jet", "jets",
)}  # fmt: skip
_SHELL_KINDS = {"tank", "artillery", "mortar", "howitzer", "155mm", "152mm"}
# "On its (their, his) feet" after an act of shooting: a figure of speech.
_OWN_FEET = {("علي", normalize(word)) for word in ("قدميها", "قدميه", "قدمها", "قدمه", "قدميهم")}

# Verbs of adding, a sanction when what they add goes onto a blacklist (see "blacklist" in
# the cues files), and of striking off, an easing when what they strike off is on one.
_LISTINGS = {"add", "return", "put", "relist", "أضاف", "أضافت", "أضافوا", "تضيف", "يضيف",
             "remove", "delist", "take", "شطب", "شطبت", "يشطب", "تشطب"}  # fmt: skip
_EN_COUNTS = {"tens", "hundreds", "thousands", "dozens", "millions",
              "shipment", "shipments", "consignment", "consignments", "cargo", "batch",
              "batches", "tonnes", "tons", "planeloads", "truckloads", "shiploads",
              "convoy", "convoys"}  # fmt: skip


def _object_variants(table: LanguageLexicon) -> dict:
    """Trigger index with Arabic verb phrases also read with a definite or possessed
    object (the lexicon lists أطلق صواريخ، علقت مساعدات; news also writes أطلق الصواريخ
    and علقت مساعداتها), and noun phrases with the article (التدريب المشترك)."""
    if table.lang != "ar":
        return table.triggers
    index = dict(table.triggers)
    for tokens, triggers in table.triggers.items():
        if len(tokens) != 2 or tokens[1].startswith("ال"):
            continue
        if all(t.pos == "noun" for t in triggers):
            # التدريب المشترك، الدعم العسكري: a noun and its adjective both take the article
            # (the first one's is read as a clitic).
            index.setdefault((tokens[0], "ال" + tokens[1]), triggers)
            continue
        if not all(t.pos == "verb" for t in triggers):
            continue
        verb, noun = tokens
        index.setdefault((verb, "ال" + noun), triggers)
        # The ta marbuta (normalised to ه) is written ت before a suffix: مساعدتها.
        base = noun[:-1] + "ت" if noun.endswith("ه") else noun
        for suffix in _OBJECT_SUFFIXES:
            index.setdefault((verb, base + suffix), triggers)
    return index


# Pronoun suffixes on a verb phrase's object noun: its, their, our.
_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "نا")


def _unambiguous(table: LanguageLexicon) -> dict:
    """Alias index: a form naming one actor maps to it; an ambiguous form maps to None.

    Ambiguous forms still take up their words, so "Latin American" or
    "أمريكا اللاتينية" never leave a shorter match ("American") behind.
    """
    index = {}
    for tokens, entries in table.aliases.items():
        keys = {key for key, kind in entries if kind != "ambiguous"}
        if len(keys) == 1:
            key = next(iter(keys))
            kinds = {kind for k, kind in entries if k == key}
            kind = next(k for k in _KIND_ORDER if k in kinds)
            index[tokens] = (key, kind)
        else:  # the candidates, for the context rules of kg.lang.ar.ambiguity
            index[tokens] = ("", "ambiguous", tuple(sorted({key for key, _ in entries})))
    return index


def _cue_table(table: LanguageLexicon) -> dict:
    index = {}
    for kind, forms in table.cues.items():
        for form in forms:
            index.setdefault(form, kind)
            if kind == "event_anaphor" and form[0].startswith("ال"):
                # نددت بالخطوة، رحبت بالقرار: verbs of judging take the act after ب. (Cue
                # words take only the conjunctions, so the one other clitic is spelled out.)
                index.setdefault(("ب" + form[0], *form[1:]), kind)
            if kind in {"venue", "document"} and table.lang == "ar":
                # رحبت باتفاق الجزائر، شارك في مؤتمر باريس: a deal's or meeting's noun
                # after a preposition still names the city it was made in.
                for clitic in ("ب", "وب", "ل", "ول"):
                    index.setdefault((clitic + form[0], *form[1:]), kind)
    return index


# "the Saudi-backed government", "the U.N.-recognised government", "Iranian-led
# militias": the actor before a hyphenated participle only qualifies the noun after it
# and is neither its subject nor its object.
_IRREGULAR_PARTICIPLES = {"led", "run", "made", "held", "written", "built", "drawn"}
# Participles that keep their actor: a mediation ("U.S.-brokered", see
# relations.find._compound_agent), a ship's flag or owner, which is what seizing the ship
# acts on ("seized a British-flagged tanker"), and whoever holds or runs a place struck
# ("the Houthi-held port was struck", "a Hezbollah-run depot").
# (and a text's author: "vetoed a U.S.-drafted resolution" rejects Washington's text)
_KEPT_PARTICIPLES = {"brokered", "mediated", "flagged", "owned", "registered", "operated", "held",
                     "run", "controlled", "drafted", "sponsored"}  # fmt: skip


def _modifier(slot: Slot, texts: list[str]) -> bool:
    after = slot.end
    if after + 1 >= len(texts) or texts[after] != "-":
        return False
    head = texts[after + 1].lower()
    participle = head.endswith("ed") or head in _IRREGULAR_PARTICIPLES
    led = {text.lower() for text in texts[after + 2 : after + 4]}
    if head == "led" and not slot.state and _LED_FORCES & led:
        return False  # "NATO-led peacekeepers", "UN-led mission": the body acts through them
    led = {text.lower() for text in texts[after + 2 : after + 5]}
    if head == "led" and slot.state and _LED_MISSIONS & led:
        return False  # "joining a U.S.-led naval task force": the leader is who is joined
    return participle and head not in _KEPT_PARTICIPLES


# What a body leads and acts through (not a coalition, which is an actor of its own),
# among them the government a group heads ("the Taliban-led administration thanked Tokyo").
_LED_FORCES = {"peacekeepers", "peacekeeping", "forces", "force", "troops", "mission",
               "government", "administration", "authorities", "cabinet"}  # fmt: skip
# What a state leads with others, no actor of its own (not "U.S.-led forces" or a coalition).
_LED_MISSIONS = {"task", "mission", "operation"}


# An envoy's or ambassador's posting is no party to what the envoy does:
# المبعوث الأممي إلى اليمن، سفير إيران لدى العراق، the U.S. ambassador to Iraq.
_POSTING_PREPS = {"الي", "لدي", "to", "for"}


def _place_phrase(slot: Slot, norms: list[str], hits: list[TriggerHit]) -> bool:
    """A state named as a diplomat's posting, not as an actor.

    Unless an act on the diplomat comes first: "recalled its ambassador to Israel",
    استدعت سفيرها لدى إسرائيل, which is aimed at the posting.
    """
    before = norms[slot.start - 1] if slot.start else ""
    if before not in _POSTING_PREPS:
        return False
    envoys = [i for i in range(max(0, slot.start - 4), slot.start - 1) if norms[i] in _ENVOYS]
    if not envoys:
        return False
    # (also past the subject and a day: استدعى السودان، الاثنين، سفيره لدى أديس أبابا)
    return not any(
        0 <= envoys[0] - hit.end <= 6
        and any(t.type in {"SANCTION", "ACCUSE"} for t in hit.triggers)
        and not any(other.start >= hit.end and other.end <= envoys[0] for other in hits)
        for hit in hits
    )  # "recalled its ambassador to", not "دعا المبعوث الأممي إلى اليمن"


# After a preposition, ما is "what", not "not": ردّاً على ما وصفته بالانتهاكات.
_BEFORE_RELATIVE_MA = {
    normalize(word)
    for word in (
        "على", "عن", "من", "إلى", "مع", "في", "بسبب", "حول", "بشأن", "ضد", "رغم", "مثل",
        "وفق", "حسب", "بحسب", "عبر", "بعد", "قبل", "عند", "لدى", "تجاه", "أمام", "إثر", "كل",
    )
}  # fmt: skip


def _directive(
    hit: TriggerHit,
    texts: list[str],
    norms: list[str],
    lemmas: list[str],
    starts: dict[int, Slot],
    roles: Iterable[int],
) -> bool:
    """Whether an English "told", "ordered" or "insisted" directs an actor to act: "told
    Manila to stop", "ordering Iran to cooperate", "insisted that Seoul shoulder" (a bare
    verb after the actor); any other hit passes."""
    forms = {t.form for t in hit.triggers}
    if not forms <= _DIRECTING:
        return True
    position = hit.end
    if "insist" in forms:
        position = next((p for p in range(hit.end, min(hit.end + 4, len(norms)))
                         if norms[p] == "that"), -1) + 1  # fmt: skip
        if position == 0:
            return False
    position += position < len(norms) and norms[position] == "the"
    slot = starts.get(position)
    if slot is None:
        return False
    end = slot.end
    while end + 1 < len(norms) and norms[end] == "and" and end + 1 in starts:
        end = starts[end + 1].end  # "told Israel and Hamas to …"
    while end in roles:
        end += 1
    if end + 1 >= len(norms):
        return False
    if forms & _ORDERING:
        after = norms[end + 1]
        if "order" in forms and lemmas[end + 1] in _LEAVING:
            return False  # "ordered French troops to leave the country": an expulsion
        return norms[end] == "to" and after not in _EN_DETERMINERS and end + 1 not in starts
    return (
        texts[end].lower() == lemmas[end]
        and texts[end][:1].islower()
        and norms[end] not in _MODALS
        and end not in starts
    )


_MODALS = _EN_MODALS | {"shall", "not"}
# Words before an English "visiting" that make it an adjective: "from visiting Chancellor X".
_BEFORE_VISITOR = {"from", "by", "the", "a", "with", "to", "for", "of", "and", "received",
                   "met", "hosted", "welcomed"}  # fmt: skip
# Verbs that direct someone only with a verb after whom they address.
_DIRECTING = {"tell", "order", "instruct", "insist"}
# Those of them that take "to" and the verb: "told Manila to stop", "ordered Iran to".
_ORDERING = _DIRECTING - {"insist"}
# What an order to leave or shut down orders: no request, an expulsion.
_LEAVING = {"leave", "depart", "quit", "exit", "shut", "close", "vacate", "withdraw"}


def _relative_ma(norms: list[str], i: int) -> bool:
    """ما as a relative pronoun: after a preposition, or before a verb with an object
    suffix that points back to it (ما وصفته، ما اعتبرته), or opening a clause of
    consequence after a comma or وهو (، ما استدعى تحذيراً; وهو ما دفع)."""
    after = norms[i + 1] if i + 1 < len(norms) else ""
    before = norms[i - 1] if i > 0 else ""
    consequence = before in _BEFORE_CONSEQUENCE_MA and after not in _NEGATED_AFTER_MA
    return before in _BEFORE_RELATIVE_MA or consequence or after.endswith(("ته", "تها", "وه"))


# A palace, whose name may be a word that reports (قصر بيان).
_PALACE = normalize("قصر")
# ما after these opens "which (led to …)": ، ما أدى إلى، وهو ما استدعى.
_BEFORE_CONSEQUENCE_MA = {normalize(word) for word in ("،", ",", "وهو", "وهي", "هو", "هي", "وهذا")}
# … unless what follows makes it a negation or "still": ، ما لم، ما زال، ما يزال.
_NEGATED_AFTER_MA = {normalize(word) for word in ("لم", "زال", "زالت", "يزال", "تزال", "دام")}


def _venue(slot: Slot, cues: dict[int, str], lang: str, norms: list[str]) -> bool:
    # (اتفاق الجزائر: a state named like its capital is the city too)
    name = norms[slot.start][len(slot.prefix) :]
    city = lang == "ar" and slot.kind == "name" and name in CAPITAL_NAMES
    if slot.kind != "capital" and not city:
        return False
    if cues.get(slot.start - 1 if lang == "ar" else slot.end) in {"venue", "document"}:
        return True
    # "talks in Doha", محادثات في الدوحة
    return slot.start >= 2 and norms[slot.start - 1] in _IN and cues.get(slot.start - 2) == "venue"


_IN = {"in", "at", "في"}


def _article_ok(table: LanguageLexicon, match, forms: list[str]) -> bool:
    """A form indexed without its article (عراق for العراق) counts only after لل، where the
    article merged with the preposition: للعراق yes, تحالف ("an alliance") no."""
    key = (match.stem, *forms[match.start + 1 : match.end])
    return key not in table.bare or match.prefix.endswith(("لل", "ال"))


def _person_key(name: str) -> str:
    """A stable key for a person kg only knows by name: "John Kerry" -> "john_kerry"."""
    return "_".join(word.lower() for word in name.replace("-", " ").split())


def _someone_elses_surname(actor: Actor, start: int, end: int, texts: list[str], lang: str) -> bool:
    """Whether a known person's one-word alias is part of a longer name, so names someone
    else: joined to another by a hyphen (غراندي-مارلاسكا is not Filippo Grandi), or, in
    English, ending a longer capitalised name ("Luis Gilberto Murillo" is not Rosario
    Murillo)."""
    if actor.actor_class != "Person" or end - start != 1:
        return False
    if (end + 1 < len(texts) and texts[end] == "-") or (start >= 2 and texts[start - 1] == "-"):
        return True
    if lang != "en" or start < 2:
        return False
    first = texts[start - 1]
    if not (first[:1].isupper() and first.isalpha() and texts[start - 2][:1].isupper()):
        return False
    # (his own first name: "President Volodymyr Zelenskiy")
    return not any(first in label.split() for _, label in actor.labels)


def _people_by_surname(
    frame: SentenceFrame, people: dict[str, Actor], written: dict[str, Actor]
) -> None:
    """A person the document named in full with a title, named again by surname alone
    (مستشار الأمن القومي الفلبيني إدواردو آنو … وأكد آنو أن بلاده, "Majali said"): the
    same person, acting for the same state. ``written`` holds the surnames as the document
    spelled them (نيكوس خريستودوليديس, where kg's label has خريستودوليدس)."""
    surnames: dict[str, Actor] = dict(written)
    for key, actor in people.items():
        # (a person kg knows is keyed in Latin letters: his Arabic name is his label)
        label = actor.label("ar") if frame.lang == "ar" else None
        words = label.split() if label else key.split("_")
        if len(words) >= 2 and len(words[-1]) >= 3 and actor.affiliation:
            surname = normalize(words[-1]) if frame.lang == "ar" else words[-1]
            surnames.setdefault(surname, actor)
        if frame.lang == "en" and len(words) >= 2 and _family_name_first(actor):
            surnames.setdefault(words[0], actor)  # "Kim Jong Un … Trump thanked Kim"
    if not surnames:
        return
    taken = {i for slot in frame.mentions for i in range(slot.start, slot.end)}
    for position, form in enumerate(frame.forms):
        actor = surnames.get(form)
        if actor is None or position in taken or position in frame.roles:
            continue
        if frame.lang == "en" and not frame.texts[position][:1].isupper():
            continue
        frame.mentions.append(
            Slot(position, position + 1, actor.key, "person", "", actor.affiliation)
        )
    frame.mentions.sort(key=lambda slot: slot.start)


def _family_name_first(actor: Actor) -> bool:
    """Whether English writes a person's family name first: Chinese and Korean names
    (Kim Jong Un is "Kim", Xi Jinping "Xi")."""
    return (actor.country or "") in _FAMILY_NAME_FIRST


_FAMILY_NAME_FIRST = {"CHN", "PRK", "KOR", "TWN"}


# Words that name a body, never a person, though capitalised after a title.
_INSTITUTION_WORDS = {
    "office", "ministry", "department", "council", "agency", "commission", "committee",
    "bureau", "authority", "service", "directorate", "parliament", "assembly", "court",
    "government", "embassy", "mission", "command", "administration", "secretariat",
}  # fmt: skip


def _attach_people(
    frame: SentenceFrame,
    names: list[tuple[int, int]],
    lexicon: Lexicon,
    people: dict[str, Actor],
    home: str = "",
) -> None:
    """A name right after a title and a state becomes that state's Person, in place of the state.

    "وزير الخارجية الأمريكي جون كيري", "Iranian Foreign Minister Mohammad Javad Zarif":
    the person acts, and counts for the state through ``pakg:affiliatedWith``. A head of
    state named with no state ("President Hassan Sheikh Mohamud", in a sentence naming no
    state before him) is the ``home`` state's: the one the previous sentences opened with.
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
        if not states and home and _heads_state(frame, cluster, start):
            states = [Slot(start, start, home, "name", "", home, True)]
            frame.mentions.append(states[0])
        if len(states) != 1:
            continue
        if frame.lang == "en" and not _INSTITUTION_WORDS.isdisjoint(frame.forms[start:end]):
            continue  # "an official of Serbia's Office for Kosovo": a body, not his name
        state = states[0]
        name = " ".join(frame.texts[start:end])
        key = _person_key(name)
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
        # The state's words now belong to the person's title, like the title's own words.
        possessive = state.end < start and frame.texts[state.end] in _POSSESSIVES
        frame.roles.update(range(state.start, state.end + possessive))
        frame.mentions.sort(key=lambda slot: slot.start)
    if frame.lang != "en":
        return  # (Arabic reads a title's state with its own rules: بلاده، الذي طالب)
    for person in [slot for slot in frame.mentions if slot.kind == "person"]:
        # "Iranian Foreign Minister Abbas Araghchi and his Saudi counterpart Faisal bin
        # Farhan": a known person's title and state are his, not a second actor.
        title = person.start - 1
        while title >= 0 and (
            title in frame.roles
            or _slot_at(frame, title) is not None
            or frame.forms[title] in _COUNTERPARTS | _POSTING_PREPS | _POSSESSIVES
            or (title and frame.forms[title - 1] in _POSTING_PREPS)  # "U.N. envoy to Libya"
        ):
            title -= 1
        cluster = range(title + 1, person.start)
        if not any(i in frame.roles or frame.forms[i] in _COUNTERPARTS for i in cluster):
            continue
        states = [slot for slot in frame.mentions if slot.start in cluster and slot is not person]
        if len(states) == 1 and person.side in {states[0].key, states[0].side}:
            # One mention from the state's word to the name, as for a person named by title.
            frame.mentions.remove(states[0])
            frame.mentions[frame.mentions.index(person)] = replace(person, start=states[0].start)
            frame.mentions.sort(key=lambda slot: slot.start)


_COUNTERPARTS = {"counterpart", "counterparts"}
_POSSESSIVES = {"'s", "’s"}  # "Qatar's Emir Sheikh Tamim": the state's title


# Titles of a head of state or government, or of a minister, which name the state they
# serve ("President X", "Foreign Minister Y", وزير الخارجية).
_HEAD_TITLES = {
    "president", "premier", "king", "emir", "minister", "الرءيس", "الملك", "الامير", "وزير",
    "الوزير",
}  # fmt: skip


def _heads_state(frame: SentenceFrame, cluster: range, start: int) -> bool:
    """Whether a bare head-of-state or minister's title stands before a name, no state
    named before it in the sentence (so it can only be the state the text is about)."""
    if any(slot.state and slot.start < start for slot in frame.mentions):
        return False
    return any(frame.forms[i] in _HEAD_TITLES for i in cluster)


def _slot_at(frame: SentenceFrame, position: int) -> Slot | None:
    return next((s for s in frame.mentions if s.start <= position < s.end), None)


def extract(document: Document, lexicon: Lexicon | None = None) -> DocumentExtraction:
    """Extract actors and interactions from one document.

    Parameters
    ----------
    document : Document
        The text and its metadata; ``document.lang`` picks the rules.
    lexicon : Lexicon, optional
        Defaults to the lexicon shipped with kg.

    Returns
    -------
    DocumentExtraction
    """
    lexicon = lexicon or load_lexicon()
    lang = document.lang
    table = lexicon[lang]
    doc = nlp(lang).make_doc(document.text)
    tokens = tokens_of(doc, lang, document.text)
    spans = sentences(tokens)
    agency = _agency_state(tokens, spans, table)
    vocabulary = _vocabulary(table)
    words = _document_words(tokens, lang, vocabulary)
    mentions: list[Mention] = []
    found: list[tuple[Found, int]] = []
    sides: dict[str, str] = {}  # an official -> the actor it speaks for
    people: dict[str, Actor] = {}
    written: dict[str, Actor] = {}  # surnames as printed: خريستودوليديس
    earlier: list[str] = []  # the actors named so far (states by their side), latest last
    parties: list[tuple[str, ...]] = []  # actors named together so far, latest last
    titled: dict[str, str] = {}  # a title's head word -> the state it last stood for
    named: set[str] = set()  # the actors named so far, by name
    home = ""  # the state the latest sentence naming one opened with
    last_person: Slot | None = None  # the person the document named last ("he said")
    for index, (start, end) in enumerate(spans):
        frame, names = _frame(
            tokens, words, lang, table, vocabulary, start, end, lexicon.actors, tuple(earlier),
            tuple(parties), titled, frozenset(named), agency, last_person,
        )  # fmt: skip
        titled.update(frame.titles)
        named_together = conjoined(
            [slot for slot in frame.mentions if slot.kind != "plural"],
            words.lemmas[start:end] if lang == "en" else tokens.norms[start:end],
            titles=frame.roles | frame.persons,
        )
        _attach_people(frame, names, lexicon, people, home)
        # (a person kg knows, named in full, may come back by surname, in this sentence
        # too: استقبل السيسي الرئيس الفلسطيني محمود عباس، حيث ثمّن عباس …; وحمّل كنعاني)
        for slot in frame.mentions:
            if slot.kind == "person" and slot.key in lexicon.actors:
                actor = people.setdefault(slot.key, lexicon.actors[slot.key])
                surname = frame.forms[slot.end - 1]
                if slot.end - slot.start >= 2 and len(surname) >= 3 and actor.affiliation:
                    written.setdefault(surname, actor)
        _people_by_surname(frame, people, written)
        home = next((slot.key for slot in frame.mentions if slot.state), home)
        last_person = next(
            (slot for slot in reversed(frame.mentions) if slot.kind == "person"), last_person
        )
        named.update(slot.key for slot in frame.mentions if slot.kind != "anaphor")
        earlier += [
            slot.key if slot.key in lexicon.actors
            and lexicon.actors[slot.key].actor_class in GROUP_CLASSES
            else slot.side or slot.key
            for slot in frame.mentions if slot.kind != "plural"
        ]  # fmt: skip
        for slot in frame.mentions:
            sides.setdefault(slot.key, slot.side or slot.key)
            reference = slot.kind in {"anaphor", "plural"}
            for key in frame.plurals.get(slot.start, (slot.key,)):  # "the two countries"
                mentions.append(_mention(document, tokens, start, slot, key, reference))
        # ("Bahrain followed suit", حذت البحرين حذو الرياض, "said Iran must stop": no
        # trigger, but an act)
        untriggered = not _ACTS_WITHOUT_TRIGGER.isdisjoint(frame.forms)
        items = find_interactions(frame, table) if frame.mentions and (
            frame.triggers or untriggered
        ) else []  # fmt: skip
        # (the latest pair is likeliest: one acted on, then two named together, then two
        # that acted on each other)
        guests = _guests(items, {slot.key: slot.side or slot.key for slot in frame.mentions})
        # (two officials of one state are one side: "the two sides" are never they)
        parties += _distinct_sides(
            _one_way_pairs(items) + _hosted_groups(guests) + named_together, sides
        )
        parties += _distinct_sides(_mutual_pairs(items, guests), sides)
        if items:
            found.extend((item, index) for item in items)
            # A place an act was aimed at, or a crowd rallied in, stands for its state (by
            # reference, not a label).
            involved = {key for item in items for key in (item.source, item.target)}
            involved -= {slot.key for slot in frame.mentions}
            mentions += [
                _mention(document, tokens, start, slot, slot.key, True)
                for slot in frame.places.values() if slot.key in involved
            ]  # fmt: skip
    actors = resolve_mentions(mentions, lexicon, lang, people)
    known = {actor.key for actor in actors}
    interactions: list[Interaction] = []
    seen: set[tuple] = set()
    for item, index in resolve_discourse(found, sides):
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


def _distinct_sides(runs: list[tuple[str, ...]], sides: dict[str, str]) -> list[tuple[str, ...]]:
    """Runs of actors named together, one actor per side (the first named): two officials
    of one state are one side, and a pair of them is no pair."""
    kept = []
    for run in runs:
        first: dict[str, str] = {}
        for key in run:
            first.setdefault(sides.get(key, key), key)
        if len(first) > 1:
            kept.append(tuple(first.values()))
    return kept


def _mention(
    document: Document, tokens: Tokens, start: int, slot: Slot, key: str, reference: bool
) -> Mention:
    """The document-level mention of a sentence's slot (``start``: the sentence's first
    token), its offsets past any Arabic proclitic."""
    first, last = start + slot.start, start + slot.end - 1
    skip = _prefix_length(tokens.texts[first], slot.prefix) if document.lang == "ar" else 0
    char_start, char_end = tokens.starts[first] + skip, tokens.ends[last]
    text = document.text[char_start:char_end]
    return Mention(document.id, char_start, char_end, text, key, reference)


def _title_head(lang: str, words: list[str]) -> str:
    """The word a title is known by when it stands alone: وزارة الخارجية -> وزاره (its
    first word, without the article), "foreign ministry" -> ministry (its last)."""
    if lang == "en":
        return words[-1].lower()
    first = words[0]
    return first[2:] if first.startswith("ال") and len(first) > 4 else first


def _titles_at(
    lang: str, norms: list[str], texts: list[str], role_matches: list, slots: list[Slot]
) -> list[tuple[int, str, str]]:
    """The (where, title head, state) triples a sentence attaches: وزارة الخارجية الروسية,
    "Russia's foreign ministry", "the Russian foreign ministry"."""
    by_start = {slot.start: slot for slot in slots}
    by_end = {slot.end: slot for slot in slots}
    pairs = []
    for m in role_matches:
        slot = _attached_after(norms, m, by_start)  # وزارة الخارجية الروسية
        named = by_start.get(m.start)
        if slot is None and named is not None and named.kind == "body" and named.end >= m.end:
            # وزارة الخزانة الأمريكية: a state's body named by its own alias (المبعوث
            # الأممي: an organisation's official, named by its alias)
            pairs.append((m.start, _title_head(lang, norms[m.start : m.end]), named.key))
            pairs.append((m.start, f"role:{m.value[0]}", named.key))
            continue
        if lang == "en":
            possessive = m.start >= 2 and texts[m.start - 1] in {"'s", "’s"}
            slot = by_end.get(m.start - 1 if possessive else m.start)  # Russia's / Russian
        # (a union's or a group's official too: المفوضة الأوروبية … أعلنت المفوضة)
        if slot is not None and (slot.state or slot.kind == "demonym") and slot.kind != "anaphor":
            pairs.append((m.start, _title_head(lang, norms[m.start : m.end]), slot.key))
            pairs.append((m.start, f"role:{m.value[0]}", slot.key))  # الخارجية المصرية ... الوزارة
    return pairs


def _attached_after(norms: list[str], m, by_start: dict[int, Slot]) -> Slot | None:
    """The state a title's Arabic adjective or genitive names right after it: الوزارة
    الروسية، وزارة الخارجية الروسية، حكومة إيران (but not وحذّرت الوزارة بريطانيا, a
    definite title then the verb's object)."""
    slot = by_start.get(m.end)
    if slot is None:
        return None
    # (a title already definite by its last word takes no genitive: وكيل وزارة الخزانة
    # طهران is the Treasury's undersecretary, then the verb's object)
    definite = norms[m.start].startswith("ال") or norms[m.end - 1].startswith("ال")
    # (a state's name shaped like its adjective agrees too: وزارة الخارجية السورية)
    adjective = slot.kind == "name" and slot.prefix == "ال" and norms[slot.start].endswith("يه")
    return slot if slot.kind == "demonym" or adjective or not definite else None


# Verbs a quotation's speaker takes after it: '…," he said', '…," she told reporters'.
_QUOTING_VERBS = {"say", "tell", "add", "warn", "write", "insist", "stress", "note"}


def _pronoun_speakers(
    texts: list[str], lemmas: list[str], last_person: Slot, slots: list[Slot]
) -> list[Slot]:
    """'he' or 'she' speaking after a quotation or a comma ('…," he said'): the person the
    document named last, when this sentence names none before the pronoun."""
    found = []
    for position in range(1, len(texts) - 1):
        if (
            texts[position].lower() not in {"he", "she"}
            or lemmas[position + 1] not in _QUOTING_VERBS
        ):
            continue
        if texts[position - 1] not in {",", '"', "”", "’", "'"}:
            continue
        if any(slot.kind == "person" and slot.start < position for slot in slots):
            continue
        found.append(Slot(position, position + 1, last_person.key, "anaphor", "", last_person.side))
    return found


def _with_restatements(slots: list[Slot], texts: list[str]) -> list[Slot]:
    """A name and its short form in brackets are one mention ("the Syrian Democratic Forces
    (SDF)", قوات سوريا الديمقراطية (قسد)): the brackets neither end a list nor stand
    between a subject and its verb."""
    slots = sorted(slots, key=lambda slot: slot.start)
    merged: list[Slot] = []
    for slot in slots:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.key == slot.key
            and slot.start == previous.end + 1
            and texts[previous.end] == "("
            and slot.end < len(texts)
            and texts[slot.end] == ")"
        ):
            merged[-1] = Slot(previous.start, slot.end + 1, previous.key, previous.kind,
                              previous.prefix, previous.side, previous.state)  # fmt: skip
            continue
        merged.append(slot)
    return merged


def _bare_juntas(
    norms: list[str],
    role_matches: list,
    slots: list[Slot],
    earlier: tuple[str, ...],
    actors: dict[str, Actor],
) -> list[Slot]:
    """The junta with no state of its own and none it stood for before (داعياً المجلس
    العسكري إلى الإفراج عن الرئيس): the state ruled by one (``Actor.junta``, from
    ``lang/juntas.tsv``) named last before it, in the sentence or earlier in the document;
    not the actor right before it, the verb's subject (وتتهم باريس المجلس العسكري)."""
    taken = {i for slot in slots for i in range(slot.start, slot.end)}
    by_start = {slot.start: slot for slot in slots}
    found = []
    for m in role_matches:
        arabic = m.value[0] == "junta" and norms[m.start].startswith("ال")
        # ("days after the ruling junta accused Paris": the English title after "the")
        english = "junta" in norms[m.start : m.end] and m.start and norms[m.start - 1] == "the"
        if not (arabic or english):
            continue
        if set(range(m.start, m.end)) & taken or _attached_after(norms, m, by_start) is not None:
            continue
        if norms[m.end : m.end + 1] in (["في"], ["in"]):
            continue  # المجلس العسكري الحاكم في مالي, "the junta in Niamey": its seat names it
        named = [*earlier] + [slot.side or slot.key for slot in slots if slot.end < m.start]
        key = next((k for k in reversed(named) if k in actors and actors[k].junta), None)
        if key is not None:
            found.append(Slot(m.start, m.end, key, "anaphor", "", key, False))
    return found


def _bare_titles(
    lang: str,
    norms: list[str],
    role_matches: list,
    slots: list[Slot],
    titled: dict[str, str],
    sentence_titles: list[tuple[int, str, str]],
    agency: str = "",
) -> list[Slot]:
    """Titles with the article and no state of their own (وقالت الوزارة، "the ministry
    said"): the state the same title last stood for in the document, or earlier in the
    sentence (``sentence_titles``, from ``_titles_at``)."""
    taken = {i for slot in slots for i in range(slot.start, slot.end)}
    by_start = {slot.start: slot for slot in slots}
    role_starts = {m.start for m in role_matches}
    found = []
    for m in role_matches:
        before = [(title, key) for start, title, key in sentence_titles if start < m.start]
        # (the same title only: not القوات after الجيش السوداني in one sentence)
        titled_here = {**titled, **dict(before)} if before else titled
        attached = _attached_after(norms, m, by_start) if lang == "ar" else None
        if attached is not None or m.start - 1 in taken or set(range(m.start, m.end)) & taken:
            continue  # وزارة الخارجية الروسية، "Russia's ministry": the title has its state
        if lang == "en" and m.end in taken:
            continue
        if by_start.get(m.end) is not None and by_start[m.end].kind == "person":
            continue  # الرئيس عبد الفتاح السيسي: the title of the person it names
        definite = (
            norms[m.start].startswith("ال")
            # (a body's name is definite by its annexed noun: وزارة الخزانة, the Treasury)
            or (m.value[1] == "body" and m.end - m.start > 1 and norms[m.end - 1].startswith("ال"))
            if lang == "ar"
            else (m.start > 0 and norms[m.start - 1] == "the")
        )
        key = titled_here.get(_title_head(lang, norms[m.start : m.end])) if definite else None
        if key is None and definite:
            # "the ministry" after "the foreign ministry": a title of the same kind.
            kind = m.value[0]
            key = next(
                (state for title, state in reversed(titled.items())
                 if title.startswith("role:") and title.endswith(kind)),
                None,
            )  # fmt: skip
        if (
            key is None
            and agency
            and m.value[0] in _HOME_ROLES
            and (_title_definite(lang, norms, m) or _of_the_country(lang, norms, m))
            and _unqualified(lang, norms, m, by_start, role_starts)
        ):
            # الدوحة - قنا: استقبل رئيس مجلس الوزراء وزير الخارجية …: a state agency's
            # own officials go without their state's name.
            key = agency
        if key is not None:
            found.append(Slot(m.start, m.end, key, "anaphor", "", key, False))
    return found


def _of_the_country(lang: str, norms: list[str], m) -> bool:
    """An Arabic title of "the country" (أمير البلاد، رئيس البلاد): under a state agency's
    dateline, the country is the agency's."""
    return lang == "ar" and m.end < len(norms) and norms[m.end] == _THE_COUNTRY


_THE_COUNTRY = normalize("البلاد")


# The offices a state agency names without their state: its own state's. (Not the air
# force, navy or air defence, whose words also qualify weapons: منظومات الدفاع الجوي.)
_HOME_ROLES = {
    "government", "president", "prime_minister", "foreign_ministry", "foreign_minister",
    "army", "parliament", "presidency", "defence_ministry",
    "defence_minister", "interior_ministry", "interior_minister", "finance_ministry",
    "finance_minister", "king", "crown_prince", "emir", "sultan", "supreme_leader",
    "security_forces", "police", "judiciary", "intelligence", "vice_president",
    "deputy_prime_minister", "deputy_foreign_minister", "national_security_council",
    "national_security_adviser", "chief_of_staff", "sovereignty_council",
    "presidential_council", "ministry", "minister", "spokesperson",
    "intelligence_chief", "intelligence_ministry", "intelligence_minister", "trade_minister",
}  # fmt: skip


def _unqualified(
    lang: str, norms: list[str], m, by_start: dict[int, Slot], role_starts: set[int]
) -> bool:
    """Whether a title names no one else's office: not followed by its seat or whose
    office it is (وزير الخارجية في حكومة طالبان، المتحدث باسم الخارجية الإيرانية، "minister
    of …"), by an actor a few words later (جهاز المخابرات العامة المصرية) or by another
    title that has one (المتحدث الرسمي لوزارة الخارجية الإيرانية), and no lone adjective
    (قاعدة الخمس البحرية)."""
    position = m.end
    # (past its adjectives: المحكمة الاتحادية العليا في العراق)
    while position < min(len(norms), m.end + 4):
        if by_start.get(position) is not None or norms[position] in _SEATS:
            return False
        if position in role_starts:
            ahead = range(position, min(len(norms), position + 5))
            return not any(by_start.get(p) is not None for p in ahead)
        if not _adjective(norms[position]):
            break
        position += 1
    return not (lang == "ar" and m.end - m.start == 1 and norms[m.start].endswith("يه"))


# Words after a title that say where it sits or whose it is.
_SEATS = {"في", "لدي", "باسم", "of", "in", "for", "at"}


def _adjective(form: str) -> bool:
    """Whether a definite Arabic word reads as an adjective of the title before it (a
    nisba, العليا، العامة), not the verb's object (دانت الوزارة الغارات الإسرائيلية)."""
    return form.startswith("ال") and (form.endswith(("يه", "ي", "يا")) or form in _PLAIN_ADJECTIVES)


_PLAIN_ADJECTIVES = {normalize(word) for word in ("العامة", "العام", "الدائم", "الدائمة")}


def _title_definite(lang: str, norms: list[str], m) -> bool:
    """Whether a title is definite: by its article or, in Arabic, by its last word's
    (وزير الخارجية، رئيس مجلس الوزراء)."""
    if lang == "ar":
        # (the last word may be joined by و: وزارة الخارجية والمغتربين)
        return norms[m.start].startswith("ال") or norms[m.end - 1].startswith(("ال", "وال"))
    return m.start > 0 and norms[m.start - 1] == "the"


def _agency_state(tokens: Tokens, spans: list[tuple[int, int]], table: LanguageLexicon) -> str:
    """The state whose news agency signs the dispatch ("الدوحة - قنا:", "RIYADH (SPA) -"),
    if one does: its name in the opening words, set off by a dash, brackets or a colon."""
    if not spans or not table.agencies:
        return ""
    stop = min(spans[1][1] if len(spans) > 1 else spans[0][1], spans[0][0] + 12)
    texts, norms = tokens.texts, tokens.norms
    for position in range(spans[0][0], stop):
        if position and texts[position - 1] not in _AGENCY_OPENERS:
            continue
        for size in (4, 3, 2, 1):
            state = table.agencies.get(tuple(norms[position : position + size]))
            if state and position + size < len(texts) and texts[position + size] in _AGENCY_CLOSERS:
                return state
    return ""


# The marks round an agency's name in a dateline: "الدوحة - قنا:"، "(واس)"، «الوطنية».
_AGENCY_OPENERS = {"-", "–", "—", "(", "«"}
_AGENCY_CLOSERS = {":", ")", "»", "-", "–", "—"}


# Nouns an organisation's name qualifies after a possessive: "its Security Council veto",
# "their NATO ally", "its EU partners" (what the owner has, not the organisation acting).
_QUALIFIED_BY_BODY = {
    "veto", "vetoes", "seat", "membership", "ally", "allies", "partner", "partners", "neighbour",
    "neighbor", "colleagues", "counterparts",
}  # fmt: skip


def _possessed_modifier(slot: Slot, texts: list[str]) -> bool:
    """An organisation named between a possessive and a noun it qualifies: "Russia wielded
    its Security Council veto" is Russia's veto; the Council is not there."""
    return (
        not slot.state
        and slot.start > 0
        and texts[slot.start - 1].lower() in {"its", "their", "his", "her"}
        and slot.end < len(texts)
        and texts[slot.end].lower() in _QUALIFIED_BY_BODY
    )


def _possessed_bodies(slots: list[Slot], texts: list[str]) -> list[Slot]:
    """A body another state's possessive owns is that state's: "Pakistan's Foreign
    Office" (not Britain's, whose alias "Foreign Office" is)."""
    by_end = {slot.end: slot for slot in slots}
    owned = []
    for slot in slots:
        owner = by_end.get(slot.start - 1)
        if (
            slot.kind == "body"
            and owner is not None
            and owner.state
            and texts[slot.start - 1] in {"'s", "’s"}
            and owner.side != slot.side
        ):
            slot = Slot(slot.start, slot.end, owner.key, "body", slot.prefix, owner.side, True)
        owned.append(slot)
    return owned


def _joint_partners(norms: list[str], slots: list) -> set[int]:
    """Positions of the actors, and the marks joining them, right after "joint" ("joint
    US-South Korean air drills", "joint Chinese and Russian patrols")."""
    inside: set[int] = set()
    for slot in slots:
        if slot.start and norms[slot.start - 1] == "joint":
            position = slot.start
            while True:
                current = next((s for s in slots if s.start == position), None)
                if current is None:
                    break
                inside.update(range(current.start, current.end))
                if current.end < len(norms) and norms[current.end] in {"-", "and"}:
                    inside.add(current.end)
                    position = current.end + 1
                else:
                    break
    return inside


def _short_quote_marks(texts: list[str]) -> set[int]:
    """The marks round quotations of at most four words ('a "stern protest"', 'considered
    "an act of war"'), which a phrase may reach over (not those round a statement:
    'calling it "an assault on the sovereignty of …"')."""
    marks = [i for i, text in enumerate(texts) if text in _QUOTES]
    return {
        i for opening, closing in zip(marks[::2], marks[1::2], strict=False)
        if closing - opening <= 5
        and not texts[opening + 1][:1].isupper()  # a name: '"Joint Sword" drills' is no phrase
        for i in (opening, closing)
    }  # fmt: skip


def _participle_with_article(hit: TriggerHit) -> bool:
    """A verb form of the pattern فاعل with the article: an active participle used as an
    adjective (الرفض القاطع "the categorical refusal"), not the verb قاطع "boycotted".
    (A verbal noun with the article, التوصل إلى اتفاق, stays.)"""
    stem = hit.stem
    return (
        "ال" in hit.prefix
        and len(stem) == 4
        and stem[1] == "ا"
        and all(trigger.pos in {"verb", "passive"} for trigger in hit.triggers)
    )


def _national_council(slot: Slot, slots: list[Slot], norms: list[str], lang: str) -> bool:
    """Whether "Security Council" is a state's own, by its demonym or possessor next to it
    ("Armenian Security Council Secretary", "Russia's Security Council", أمين مجلس الأمن
    الروسي), not the UN's."""
    if slot.key != "UNSC":
        return False
    states = [other for other in slots if other.state or other.kind == "demonym"]
    before = slot.start - (slot.start >= 1 and norms[slot.start - 1] in {"'s", "’s"})
    if lang == "en":
        return any(other.end == before for other in states)
    return any(other.start == slot.end and other.kind == "demonym" for other in states)


def _referent_named(slot: Slot, slots: list[Slot], named: frozenset[str]) -> bool:
    """Whether a mention may stand: a descriptive alias (kind "anaphor": "the bloc", "the
    alliance", الحلف) only once its actor was named, earlier in the document or the
    sentence."""
    if slot.kind != "anaphor":
        return True
    return slot.key in named or any(
        other.key == slot.key and other.kind != "anaphor" and other.end <= slot.start
        for other in slots
    )


def _mutual_pairs(items: list[Found], guests: dict[str, dict[str, str]]) -> list[tuple[str, ...]]:
    """Pairs that acted on each other (talks between two delegations, a prisoner swap):
    "the two sides" of a later sentence may be them. ``guests``: see ``_guests``."""
    acts = [(f.source, f.target, f.trigger_start) for f in items if f.source and f.target]
    done = set(acts)
    # A meeting is between both, whichever way it is told ("Kim hosted Putin"), but a
    # pair that acted on each other is likelier still, and the latest comes last.
    meetings = [f for f in items if f.source and f.target and f.type == "CONSULT" and not f.negated]
    # A host of two parties meets neither alone (two officials of one state are one
    # party: عقد مباحثات مع البرهان وحمدوك), nor does a guest of such a host make a pair
    # with it: "Erdogan hosted Somali President … and Ethiopian Prime Minister …".
    many = {host for host, met in guests.items() if len(met) > 1}
    hosting = {
        (f.source, f.target, f.trigger_start) for f in meetings if {f.source, f.target} & many
    }
    met = [tuple(sorted((f.source, f.target))) for f in meetings if not {f.source, f.target} & many]
    mutual = [
        (a, b) for a, b, at in acts if (b, a, at) in done and a < b and (a, b, at) not in hosting
    ]
    return list(dict.fromkeys([pair for pair in met if pair not in mutual] + mutual))


def _hosted_groups(guests: dict[str, dict[str, str]]) -> list[tuple[str, ...]]:
    """A host and the guests it met ("Wang Yi hosted his Pakistani and Afghan
    counterparts"): "the three ministers" of a later sentence."""
    return [(host, *met.values()) for host, met in guests.items() if len(met) > 1]


def _guests(items: list[Found], side_of: dict[str, str]) -> dict[str, dict[str, str]]:
    """Each meeting's source -> the sides it met (``side_of``: the side an official's
    key stands for), each with the first key naming it."""
    guests: dict[str, dict[str, str]] = {}
    for f in items:
        if f.source and f.target and f.type == "CONSULT" and not f.negated:
            side = side_of.get(f.target, f.target)
            guests.setdefault(f.source, {}).setdefault(side, f.target)
    return guests


def _one_way_pairs(items: list[Found]) -> list[tuple[str, ...]]:
    """Two that one acted on ("Somalia expelled Ethiopia's ambassador … Turkey later hosted
    the two countries' foreign ministers"): less likely "the two" than two named together."""
    return list(dict.fromkeys(
        tuple(sorted((f.source, f.target))) for f in items
        if f.source and f.target and not f.negated and f.type != "CONSULT"
    ))  # fmt: skip


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


@cache  # one entry per distinct character
def _is_mark(char: str) -> bool:
    return normalize(char) == ""


def extract_many(
    documents: Iterable[Document], lexicon: Lexicon | None = None
) -> Iterator[DocumentExtraction]:
    """Extract documents one by one as they are read (batching with ``nlp.pipe`` was
    measured: tokenising is ~3 µs a sentence, so it buys nothing)."""
    lexicon = lexicon or load_lexicon()
    for document in documents:
        yield extract(document, lexicon)

"""Relation triggers and their arguments: who did what to whom, sentence by sentence.

A trigger (a verb or verbal noun from ``triggers.tsv``) takes a source and a
target among the sentence's actor mentions by word-order rules a linguist would
write for news: Arabic verb-subject-object and subject-verb orders, English
subject-verb-object and passives, verbal nouns with their genitive or possessive,
targets after the trigger's prepositions, coordinated actors, reported speech
(first person resolves to the speaker), negation and denial.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.lexicon import LanguageLexicon, Trigger

__all__ = ["Sentence", "SentenceFrame", "find_interactions"]


@dataclass(frozen=True, slots=True)
class Slot:
    """An actor mention in a sentence: tokens ``start``..``end``, its key and attached clitic."""

    start: int
    end: int
    key: str
    kind: str
    prefix: str = ""


@dataclass(frozen=True, slots=True)
class TriggerHit:
    start: int
    end: int
    triggers: tuple[Trigger, ...]
    prefix: str = ""
    suffix: str = ""


@dataclass(slots=True)
class SentenceFrame:
    """What one sentence holds, in token positions relative to the sentence."""

    lang: str
    texts: list[str]
    forms: list[str]  # normalised (ar) or lower-case (en) tokens
    lemmas: list[str]
    mentions: list[Slot]
    triggers: list[TriggerHit]
    roles: set[int] = field(default_factory=set)  # token positions inside a role title
    persons: set[int] = field(default_factory=set)  # token positions inside a person's name
    cues: dict[int, str] = field(default_factory=dict)  # token position -> cue kind


@dataclass(frozen=True, slots=True)
class Found:
    """An interaction found in a sentence, before it gets document offsets."""

    source: str
    type: str
    target: str
    trigger_start: int  # token positions in the sentence
    trigger_end: int
    confidence: float
    negated: bool
    speaker: str | None


Sentence = SentenceFrame

# Function words that end a search for an argument (besides punctuation).
_AR_STOP = {"ان", "الذي", "التي", "الذين", "لكن", "بينما", "حيث", "كما", "اذ", "بعد", "قبل", "منذ"}
_EN_STOP = {"that", "which", "who", "whom", "whose", "while", "but", "because", "after", "before",
            "since", "although", "as", "when", "if"}  # fmt: skip
_CLAUSE_PUNCT = {".", "!", "?", "؟", ";", "؛", ":"}
_COMMA = {",", "،"}
_QUOTES = {"«", "»", '"', "“", "”"}
_AR_PREPS = {
    "في",
    "على",
    "الى",
    "مع",
    "ضد",
    "من",
    "عن",
    "ب",
    "ل",
    "لدي",
    "عند",
    "تجاه",
    "بحق",
    "نحو",
}
_EN_PREPS = {"in", "on", "at", "to", "with", "against", "from", "of", "for", "by", "into", "toward",
             "towards", "over", "about", "inside", "within", "near", "across"}  # fmt: skip
_LOCATIVE = {"في", "in", "at", "near", "inside", "within", "across", "to"}
_EN_BE = {"be", "is", "are", "was", "were", "been", "being", "get", "got"}
_EN_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our"}


def _pos(frame: SentenceFrame, hit: TriggerHit) -> Trigger:
    """Choose the reading of an ambiguous written form (Arabic رفض: verb or verbal noun)."""
    readings = {trigger.pos: trigger for trigger in hit.triggers}
    if len(readings) == 1:
        return hit.triggers[0]
    before = frame.forms[hit.start - 1] if hit.start else ""
    if frame.lang == "ar":
        nominal = (
            "ال" in hit.prefix
            or hit.prefix.endswith(("ب", "ل", "ك"))
            or before in {"ان", "عدم", "غير", "الى", "على", "في", "من", "بعد", "قبل", "مع", "عن"}
            or _mention_at(frame, hit.start - 1) is not None
            and hit.suffix == ""
            and not _mention_ends_before(frame, hit.start)
        )
    else:
        nominal = (
            before in _EN_DETERMINERS
            or before in {"'s", "’s"}
            or before in _EN_PREPS
            or _adjective_before(frame, hit.start)
        )
    if nominal and "noun" in readings:
        return readings["noun"]
    return readings.get("verb") or readings.get("passive") or readings["noun"]


def _adjective_before(frame: SentenceFrame, position: int) -> bool:
    """An English demonym right before a word makes it a noun: "Iraqi targets", "a U.S. request"."""
    slot = _mention_at(frame, position - 1) if position else None
    if slot is None or slot.end != position:
        return False
    bare = frame.texts[position].lower() == frame.lemmas[position]
    return slot.kind == "demonym" or (slot.kind == "abbrev" and bare)


def _mention_at(frame: SentenceFrame, position: int) -> Slot | None:
    for slot in frame.mentions:
        if slot.start <= position < slot.end:
            return slot
    return None


def _mention_ends_before(frame: SentenceFrame, position: int) -> bool:
    return any(slot.end == position for slot in frame.mentions)


def _is_barrier(frame: SentenceFrame, position: int, *, commas: bool = False) -> bool:
    text, form = frame.texts[position], frame.forms[position]
    if text in _CLAUSE_PUNCT or (commas and text in _COMMA):
        return True
    stop = _AR_STOP if frame.lang == "ar" else _EN_STOP
    return form in stop or frame.cues.get(position) == "report"


def _coordinated(frame: SentenceFrame, slot: Slot) -> list[Slot]:
    """The mention and the actors coordinated with it (وسوريا، and Syria, ", Jordan and")."""
    group = [slot]
    index = frame.mentions.index(slot)
    conjunctions = (
        {"and", "or", ",", "the", "as well as"} if frame.lang == "en" else {"و", "او", "،"}
    )
    while index + 1 < len(frame.mentions):
        current, following = frame.mentions[index], frame.mentions[index + 1]
        gap = [frame.forms[i] for i in range(current.end, following.start)]
        joined = following.prefix.startswith("و") and not gap
        listed = gap and all(word in conjunctions for word in gap)
        if not (joined or listed):
            break
        group.append(following)
        index += 1
    return group


def _first_person(frame: SentenceFrame, start: int, end: int) -> bool:
    return any(frame.cues.get(i) == "first_person" for i in range(start, end))


def _left_subject(frame: SentenceFrame, start: int, max_gap: int) -> Slot | None:
    """The actor right before ``start`` (subject-verb order), skipping titles and names."""
    position = start - 1
    gap = 0
    if frame.lang == "en" and position >= 0 and frame.forms[position] in {"which", "who", "that"}:
        # "Russia, which backs Syria": the relative pronoun's antecedent is the subject.
        position -= 1 + (position >= 1 and frame.texts[position - 1] in _COMMA)
        slot = _mention_at(frame, position) if position >= 0 else None
        return _coordination_head(frame, slot) if slot is not None else None
    while position >= 0 and gap <= max_gap:
        slot = _mention_at(frame, position)
        if slot is not None:
            return _coordination_head(frame, slot)
        if frame.lang == "en" and frame.texts[position] in _COMMA:
            skipped = _skip_insertion(frame, position)
            if skipped is not None:
                position = skipped
                continue
        if _is_barrier(frame, position, commas=True) or frame.texts[position] in _QUOTES:
            return None
        if position not in frame.roles and position not in frame.persons:
            gap += 1
        position -= 1
    return None


def _skip_insertion(frame: SentenceFrame, comma: int) -> int | None:
    """Before a comma that closes "…, which backs Y," or an apposition, the position before it."""
    position = comma - 1
    while (
        position >= 0
        and frame.texts[position] not in _COMMA
        and frame.texts[position] not in _CLAUSE_PUNCT
    ):
        position -= 1
    if position < 0 or frame.texts[position] not in _COMMA or position + 1 >= comma:
        return None
    opener = frame.forms[position + 1]
    if opener in {"which", "who", "whose", "whom", "a", "an", "the", "its", "his", "her"}:
        return position - 1
    return None


def _coordination_head(frame: SentenceFrame, slot: Slot) -> Slot:
    """For "Jordan and Egypt condemned", the first conjunct: coordination expands forward."""
    index = frame.mentions.index(slot)
    while index > 0:
        previous = frame.mentions[index - 1]
        if slot in _coordinated(frame, previous):
            index -= 1
        else:
            break
    return frame.mentions[index]


def _right_mention(
    frame: SentenceFrame,
    start: int,
    *,
    max_gap: int,
    preps: tuple[str, ...] = (),
    skip_keys: frozenset[str] = frozenset(),
    require_prep: bool = False,
) -> tuple[Slot, int] | None:
    """The first actor after ``start``, within ``max_gap`` non-title words.

    With ``require_prep`` the actor must follow one of ``preps`` (as a word or
    as a clitic on the mention or a word before it). Returns the mention and
    the number of words skipped.
    """
    gap = 0
    seen_prep = False
    position = start
    while position < len(frame.texts) and gap <= max_gap:
        if _is_barrier(frame, position):
            return None
        slot = _mention_at(frame, position)
        if slot is not None and slot.key not in skip_keys:
            clitic_prep = frame.lang == "ar" and any(p in slot.prefix for p in preps if len(p) == 1)
            before = frame.forms[position - 1] if position else ""
            if before in _LOCATIVE and before not in preps and slot.kind in {"capital", "name"}:
                position = slot.end  # a place, not an actor: "in Paris", "في باريس"
                continue
            if not require_prep or seen_prep or clitic_prep:
                return slot, gap
            position = slot.end
            continue
        if slot is not None:
            position = slot.end
            continue
        form = frame.forms[position]
        if form in preps or (
            frame.lang == "ar" and any(form.startswith(p) for p in preps if len(p) == 1)
        ):
            seen_prep = True
        if position not in frame.roles and position not in frame.persons:
            gap += 1
        position += 1
    return None


def _noun_source(frame: SentenceFrame, hit: TriggerHit) -> tuple[Slot | None, int]:
    """A verbal noun's agent: the genitive or adjective after it.

    رفض طهران، المساعدات الإيرانية; in English the possessor before it: Tehran's rejection.
    """
    if frame.lang == "en":
        # "Tehran's rejection", "a U.S. request": the actor just before the noun.
        position = hit.start - 1
        while position >= 0 and frame.forms[position] in _EN_DETERMINERS | {"'s", "’s"}:
            position -= 1
        slot = _mention_at(frame, position) if position >= 0 else None
        if slot is not None and position == slot.end - 1:
            return slot, 0
        found = _right_mention(frame, hit.end, max_gap=1, preps=("by",), require_prep=True)
        return (found[0], 0) if found else (None, 0)
    position = hit.end
    # Nouns coordinated with the trigger share its adjective: المساعدات والاستشارات الإيرانية.
    while (
        position < len(frame.forms)
        and frame.forms[position].startswith("و")
        and _mention_at(frame, position) is None
        and position - hit.end < 2
    ):
        position += 1
    slot = _mention_at(frame, position)
    if slot is not None and slot.start == position and not slot.prefix.strip("و"):
        return slot, 0
    return None, 0


def _negated(frame: SentenceFrame, start: int) -> bool:
    """Negation right before the trigger, or a denial earlier in the sentence."""
    window = range(max(0, start - (3 if frame.lang == "en" else 2)), start)
    if any(frame.cues.get(i) in {"negation", "failure"} for i in window):
        return True
    return any(frame.cues.get(i) == "denial" for i in range(0, start))


def _speakers(frame: SentenceFrame) -> list[tuple[int, str]]:
    """(position, actor key) of each reporting verb's speaker, in order."""
    speakers: list[tuple[int, str]] = []
    for position, kind in sorted(frame.cues.items()):
        if kind != "report":
            continue
        found = _right_mention(frame, position + 1, max_gap=4)
        slot = found[0] if found and found[1] <= 4 else None
        if slot is None or frame.lang == "en":
            left = _left_subject(frame, position, max_gap=2)
            slot = left or slot
        if slot is not None:
            speakers.append((position, slot.key))
    return speakers


def find_interactions(frame: SentenceFrame, lexicon: LanguageLexicon) -> list[Found]:
    """Every interaction one sentence asserts or denies, with its trigger position.

    Pure: reads the frame, returns plain records; the caller adds offsets.
    """
    found: list[Found] = []
    speakers = _speakers(frame)
    # Quoted speech before "X said" (English order: "…," X said) belongs to X too.
    last_subject: str | None = None
    for hit in frame.triggers:
        if _mention_at(frame, hit.start) is not None:
            continue
        trigger = _pos(frame, hit)
        if frame.lang == "en" and trigger.pos == "verb" and _adjective_before(frame, hit.start):
            continue  # "Iraqi targets": a noun the lexicon lists only as a verb
        speaker = next((key for position, key in reversed(speakers) if position < hit.start), None)
        if speaker is None and frame.lang == "en" and speakers:
            speaker = speakers[0][1] if speakers[0][0] > hit.start else None
        confidence = 0.9
        sources: list[Slot] = []
        source_key: str | None = None
        skip = frozenset()
        passive = trigger.pos == "passive" or (
            frame.lang == "en"
            and trigger.pos == "verb"
            and any(frame.forms[i] in _EN_BE for i in range(max(0, hit.start - 2), hit.start))
            and frame.texts[hit.start].lower() != frame.lemmas[hit.start]
            and not frame.texts[hit.start].lower().endswith(("ing", "s"))
        )
        if trigger.pos == "noun":
            slot, _ = _noun_source(frame, hit)
            if slot is not None:
                sources = _coordinated(frame, slot)
                confidence = 0.8
            elif hit.suffix == "نا" or _first_person(frame, max(0, hit.start - 1), hit.start):
                source_key = speaker
                confidence = 0.7
        elif passive:
            agent = _right_mention(
                frame, hit.end, max_gap=8, preps=("قبل", "يد", "by"), require_prep=True
            )
            patient = _left_subject(frame, hit.start, max_gap=3)
            if patient is None and frame.lang == "ar":
                right = _right_mention(frame, hit.end, max_gap=3)
                patient = right[0] if right else None
            if agent and patient:
                for source in _coordinated(frame, agent[0]):
                    for target in _coordinated(frame, patient):
                        if source.key != target.key:
                            found.append(
                                Found(
                                    source.key,
                                    trigger.type,
                                    target.key,
                                    hit.start,
                                    hit.end,
                                    0.75,
                                    _negated(frame, hit.start),
                                    speaker,
                                )  # fmt: skip
                            )
            continue
        else:
            left = _left_subject(frame, hit.start, max_gap=1 if frame.lang == "ar" else 4)
            if left is not None:
                sources = _coordinated(frame, left)
            elif frame.lang == "ar":
                right = _right_mention(frame, hit.end, max_gap=3, skip_keys=skip)
                carried = hit.prefix.startswith(("و", "ف")) and last_subject is not None
                if right is not None and not (carried and _only_one_after(frame, hit, right[0])):
                    sources = _coordinated(frame, right[0])
                    confidence = 0.85 if right[1] == 0 else 0.75
                elif last_subject is not None:
                    source_key = last_subject
                    confidence = 0.6
            if (
                not sources
                and source_key is None
                and _first_person(frame, max(0, hit.start - 2), hit.start)
            ):
                source_key, confidence = speaker, 0.7
            if not sources and source_key is None and speaker is not None:
                source_key, confidence = speaker, 0.5
        source_keys = [slot.key for slot in sources] or ([source_key] if source_key else [])
        if not source_keys:
            continue
        last_subject = source_keys[0]
        after = max([hit.end] + [slot.end for slot in sources if slot.start >= hit.end])
        skip = frozenset(source_keys)
        target = _right_mention(
            frame, after, max_gap=6, preps=trigger.preps, skip_keys=skip,
            require_prep=bool(trigger.preps),
        )  # fmt: skip
        if target is None and trigger.preps:
            target = _right_mention(frame, after, max_gap=2, skip_keys=skip)
        targets = _coordinated(frame, target[0]) if target else []
        if target:
            confidence -= 0.05 * min(target[1], 4)
        negated = _negated(frame, hit.start)
        for source in source_keys:
            for slot in targets:
                if slot.key != source:
                    found.append(
                        Found(
                            source,
                            trigger.type,
                            slot.key,
                            hit.start,
                            hit.end,
                            round(max(confidence, 0.3), 2),
                            negated,
                            speaker,
                        )  # fmt: skip
                    )
            if not targets:
                # Kept without a target for discourse rules (a refusal of an earlier request).
                found.append(
                    Found(source, trigger.type, "", hit.start, hit.end, 0.5, negated, speaker)
                )
    return found


def _only_one_after(frame: SentenceFrame, hit: TriggerHit, first: Slot) -> bool:
    """True when the first actor after a coordinated verb is its only one: then it is the object."""
    for slot in frame.mentions:
        if slot.start >= first.end and slot.start - first.end < 6:
            if not _is_barrier(frame, slot.start):
                return False
    return True

"""Relation triggers and their arguments: who did what to whom, sentence by sentence.

A trigger (a verb or verbal noun from ``triggers.tsv``) takes a source and a
target among the sentence's actor mentions by word-order rules a linguist would
write for news: Arabic verb-subject-object and subject-verb orders, English
subject-verb-object and passives, verbal nouns with their genitive or possessive,
targets after the trigger's prepositions, coordinated actors, reported speech
(first person resolves to the speaker), negation and denial.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter, or_

from kg.lang.ar.normalize import normalize
from kg.lexicon import LanguageLexicon, Trigger

__all__ = ["Sentence", "SentenceFrame", "find_interactions", "resolve_discourse"]


@dataclass(frozen=True, slots=True)
class Slot:
    """An actor mention in a sentence: tokens ``start``..``end``, its key and attached clitic."""

    start: int
    end: int
    key: str
    kind: str
    prefix: str = ""
    side: str = ""  # whom the actor acts for: its state, for officials and bodies
    state: bool = False  # a state (named, or by its capital): it can also be a place


# Not frozen: one is made per trigger or interaction, and frozen ones cost 4x to make.
@dataclass(slots=True)
class TriggerHit:
    start: int
    end: int
    triggers: tuple[Trigger, ...]
    prefix: str = ""
    suffix: str = ""
    stem: str = ""
    reach: int = 0  # where a phrase split by other words ends ("imposed new sanctions on")


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
    speaker_slots: set[Slot] = field(default_factory=set)  # subjects of reporting verbs
    # Position -> the mention or trigger covering it; rebuilt by index().
    slot_at: list[Slot | None] = field(default_factory=list)
    hit_at: list[TriggerHit | None] = field(default_factory=list)
    # Look-ups the rules make over and over, built once by index(): the argument
    # searches step word by word, and each step asks the same questions.
    stops: list[bool] = field(default_factory=list, init=False)  # ends an argument search
    stops_at_comma: list[bool] = field(default_factory=list, init=False)  # ... or is a comma
    quote_ends: set[int] = field(default_factory=set, init=False)  # closes a quoted statement
    order: dict[int, int] = field(default_factory=dict, init=False)  # mention start -> index
    named: set[int] = field(default_factory=set, init=False)  # roles | persons
    cue_at: dict[str, list[int]] = field(default_factory=dict, init=False)  # kind -> positions
    # What find_interactions works out once per mention or trigger (by start position;
    # mentions do not overlap, nor do triggers): coordinated groups and verbal nouns' agents.
    groups: dict[int, tuple[Slot, ...]] = field(default_factory=dict, init=False)
    agents: dict[int, Slot | None] = field(default_factory=dict, init=False)
    sides: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict, init=False)

    def index(self) -> SentenceFrame:
        """Build the position look-ups once the mentions are final."""
        self.mentions.sort(key=attrgetter("start"))
        self.slot_at = [None] * len(self.texts)
        for slot in self.mentions:
            self.slot_at[slot.start : slot.end] = [slot] * (slot.end - slot.start)
        self.hit_at = [None] * len(self.texts)
        for hit in self.triggers:
            self.hit_at[hit.start : hit.end] = [hit] * (hit.end - hit.start)
        self.stops = _barriers(self)
        self.stops_at_comma = self.stops  # the same, unless there is a comma
        if not _COMMA.isdisjoint(self.texts):
            commas = map(_COMMA.__contains__, self.texts)
            self.stops_at_comma = list(map(or_, self.stops, commas))
        self.quote_ends = set()
        if not _QUOTE_CLOSERS.isdisjoint(self.texts):
            self.quote_ends = {
                position
                for position, text in enumerate(self.texts)
                if text in _QUOTE_CLOSERS and _closing_quote(self, position)
            }
        self.order = {slot.start: index for index, slot in enumerate(self.mentions)}
        self.named = self.roles | self.persons
        self.cue_at = {}
        for position, kind in sorted(self.cues.items()):
            self.cue_at.setdefault(kind, []).append(position)
        self.groups = {}
        self.agents = {}
        self.sides = {}
        return self


@dataclass(slots=True)  # not frozen: see TriggerHit
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
    about: str = ""  # no target, but an object event noun of this type ("condemned the strikes")


Sentence = SentenceFrame

# Function words that end a search for an argument (besides punctuation).
_AR_STOP = {"ان", "الذي", "التي", "الذين", "لكن", "بينما", "حيث", "كما", "اذ", "بعد", "قبل", "منذ"}
_EN_STOP = {"that", "which", "who", "whom", "whose", "while", "but", "because", "after", "before",
            "since", "although", "as", "when", "if"}  # fmt: skip
_CLAUSE_PUNCT = {".", "!", "?", "؟", ";", "؛", ":"}
_COMMA = {",", "،"}
_QUOTES = {"«", "»", '"', "“", "”"}
_QUOTE_CLOSERS = {"»", "”", '"'}
# Arabic word lists are written as printed and normalised once, like the lexicon
# (على is matched as علي, إلى as الي).
_AR_PREPS = {
    normalize(word)
    for word in ("في", "على", "إلى", "مع", "ضد", "من", "عن", "ب", "ل", "لدى", "عند", "تجاه",
                 "بحق", "نحو")
}  # fmt: skip
_EN_PREPS = {"in", "on", "at", "to", "with", "against", "from", "of", "for", "by", "into", "toward",
             "towards", "over", "about", "inside", "within", "near", "across"}  # fmt: skip
_PREPS = _AR_PREPS | _EN_PREPS
_LOCATIVE = {"في", "in", "at", "near", "inside", "within", "across", "to"}
# Words after which an Arabic form that could be a verb is a verbal noun (أن رفض طهران …).
_AR_NOMINAL_BEFORE = {
    normalize(word)
    for word in ("أن", "عدم", "غير", "إلى", "على", "في", "من", "بعد", "قبل", "مع", "عن", "جاء",
                 "يأتي", "تم", "يتم", "خلال", "إثر", "عقب", "بسبب", "رغم")
}  # fmt: skip
_EN_PRONOUNS = {"he", "she", "it", "they"}
_EN_BE = {"be", "is", "are", "was", "were", "been", "being", "get", "got"}
_EN_FINITE_BE = _EN_BE - {"be", "being", "been"}
_EN_CONJUNCTIONS = {"and", "or", ",", "the", "as well as"}
_AR_CONJUNCTIONS = {"و", "او", "،"}
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
            or _prep_clitic(hit.prefix)
            or before in _AR_NOMINAL_BEFORE
            or bool(hit.start and _trigger_at(frame, hit.start - 1))
            or frame.cues.get(hit.start - 1) in {"report", "light_verb", "negation"}
            and before in {"عدم", "غير"}
            or _object_position(frame, hit.start)
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


def _object_position(frame: SentenceFrame, position: int) -> bool:
    """Right after a verb's subject (رفضت طهران طلباً): the object slot, where nouns stand."""
    slot = _mention_at(frame, position - 1) if position else None
    if slot is None or slot.end != position:
        return False
    return any(hit.end == slot.start for hit in frame.triggers)


def _adjective_before(frame: SentenceFrame, position: int) -> bool:
    """An English demonym right before a word makes it a noun: "Iraqi targets", "a U.S. request"."""
    slot = _mention_at(frame, position - 1) if position else None
    if slot is None or slot.end != position:
        return False
    bare = frame.texts[position].lower() == frame.lemmas[position]
    plural = frame.texts[slot.end - 1].endswith("s")  # "Kenyans demonstrated": a subject
    return (slot.kind == "demonym" and not plural) or (slot.kind == "abbrev" and bare)


def _new_predicate(frame: SentenceFrame, position: int) -> bool:
    """A coordinated verb starts a new predicate: وتوعدت، and vowed; objects stop before it.

    So does an English auxiliary "be": "Islamic State targets … were struck".
    """
    if frame.lang == "en" and frame.texts[position] in _EN_FINITE_BE:
        return True
    hit = frame.hit_at[position]
    if hit is None or hit.start != position:
        return False
    verb = all(trigger.pos != "noun" for trigger in hit.triggers)
    joined = hit.prefix.startswith(("و", "ف")) or (
        position and frame.forms[position - 1] in {"and", "but"}
    )
    return verb and joined


@lru_cache(maxsize=1 << 10)  # a handful of distinct proclitic strings, asked about often
def _prep_clitic(prefix: str) -> bool:
    """Whether Arabic proclitics hold a preposition: بـ، لـ، كـ (وللعراق yes, وال no)."""
    if prefix.endswith("لل"):
        return True
    base = prefix[:-2] if prefix.endswith("ال") else prefix
    return any(letter in base for letter in "بلك")


def _mention_at(frame: SentenceFrame, position: int) -> Slot | None:
    return frame.slot_at[position] if 0 <= position < len(frame.slot_at) else None


def _closing_quote(frame: SentenceFrame, position: int) -> bool:
    """The end of a quoted statement (not of a quoted name such as تنظيم «داعش»)."""
    text = frame.texts[position]
    if text in {"»", "”"}:
        opening = {"»": "«", "”": "“"}[text]
    elif text == '"' and frame.texts[:position].count('"') % 2 == 1:
        opening = '"'
    else:
        return False
    start = position - 1
    while start >= 0 and frame.texts[start] != opening:
        start -= 1
    return position - start > 4  # more than three words inside


def _nominal_after(frame: SentenceFrame, position: int) -> bool:
    """Whether an English word is followed by a noun phrase (an actor, a determiner, a name)."""
    following = position + 1
    if following >= len(frame.forms):
        return False
    text = frame.texts[following]
    return (
        _mention_at(frame, following) is not None
        or frame.forms[following] in _EN_DETERMINERS
        or text[:1].isupper()
    )


def _noun_at(frame: SentenceFrame, position: int) -> bool:
    hit = frame.hit_at[position] if 0 <= position < len(frame.hit_at) else None
    return hit is not None and hit.start == position and any(t.pos == "noun" for t in hit.triggers)


def _trigger_at(frame: SentenceFrame, position: int) -> bool:
    return 0 <= position < len(frame.hit_at) and frame.hit_at[position] is not None


def _barriers(frame: SentenceFrame) -> list[bool]:
    """Per position, whether the word ends a search for an argument (commas aside).

    Clause punctuation, complementisers and conjunctions (``_AR_STOP``,
    ``_EN_STOP``) and reporting words end it. Read as ``frame.stops``, and as
    ``frame.stops_at_comma`` where a comma ends the search too.
    """
    stop = _AR_STOP if frame.lang == "ar" else _EN_STOP
    forms = frame.forms
    # Word by word "text in _CLAUSE_PUNCT or form in stop", looked up by map(): this
    # runs for every sentence, and a Python loop over its words costs 3x as much.
    flags = list(
        map(or_, map(_CLAUSE_PUNCT.__contains__, frame.texts), map(stop.__contains__, forms))
    )
    if "قبل" in stop and "قبل" in forms:
        for position in range(1, len(forms)):
            if forms[position] == "قبل" and forms[position - 1] == "من":
                flags[position] = False  # من قبل introduces a passive's agent, it is no "before"
    for position, kind in frame.cues.items():
        if kind == "report" and frame.texts[position] not in _CLAUSE_PUNCT:
            # في بيان مشترك, "in a statement": a report noun inside a phrase ends nothing.
            flags[position] = not (position and frame.forms[position - 1] in {"في", "in", "via"})
    return flags


def _coordinated(frame: SentenceFrame, slot: Slot) -> tuple[Slot, ...]:
    """The mention and the actors coordinated with it (وسوريا، and Syria, ", Jordan and")."""
    group = frame.groups.get(slot.start)
    if group is None:  # each search asks again for the same few mentions
        group = frame.groups[slot.start] = tuple(_find_coordinated(frame, slot))
    return group


def _find_coordinated(frame: SentenceFrame, slot: Slot) -> list[Slot]:
    group = [slot]
    index = frame.order[slot.start]
    conjunctions = _EN_CONJUNCTIONS if frame.lang == "en" else _AR_CONJUNCTIONS
    closed = len(group)  # members up to here are joined by a real conjunction
    while index + 1 < len(frame.mentions):
        current, following = frame.mentions[index], frame.mentions[index + 1]
        gap = frame.forms[current.end : following.start]
        titles_only = frame.named.issuperset(range(current.end, following.start))
        if titles_only and following.side == current.side and following.key != current.key:
            # "Japanese Prime Minister Fumio Kishida", الإيراني محمد جواد ظريف: one actor.
            group[-1] = following
            index += 1
            continue
        joined = (following.prefix.startswith("و") or _adjectives(current, following)) and not gap
        listed = gap and conjunctions.issuperset(gap)
        if not (joined or listed):
            break
        if (
            frame.lang == "en"
            and "," in gap
            and following.end < len(frame.forms)
            and (_trigger_at(frame, following.end) and not _noun_at(frame, following.end))
        ):
            break  # "recognised Palestine, and Israel recalled …": a new clause's subject
        group.append(following)
        index += 1
        if joined or any(word not in {",", "،", "the"} for word in gap):
            closed = len(group)
    # "Syria, the Pentagon said": commas alone make a list only when "and" ends it.
    return group[:closed]


def _cue_in(frame: SentenceFrame, kinds: tuple[str, ...], start: int, end: int) -> bool:
    """Whether a cue of one of ``kinds`` stands at a position from ``start`` to ``end - 1``."""
    for kind in kinds:
        for position in frame.cue_at.get(kind, ()):
            if start <= position < end:
                return True
    return False


def _adjectives(current: Slot, following: Slot) -> bool:
    """Two demonyms in a row qualify one noun jointly: المقترح المصري القطري."""
    return current.kind == "demonym" and following.kind == "demonym"


def _first_person(frame: SentenceFrame, start: int, end: int) -> bool:
    return _cue_in(frame, ("first_person",), start, end)


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
        if frame.texts[position] in _COMMA:
            skipped = _skip_insertion(frame, position)
            if skipped is not None:
                position = skipped
                continue
        if frame.stops_at_comma[position] or frame.texts[position] in _QUOTES:
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
    if opener in _INSERTION_OPENERS:
        return position - 1
    return None


# Words that open a relative clause or an apposition set off by commas:
# "Russia, which backs Syria, …", "وطهران، التي تقدم نفسها حليفاً لدمشق، أرسلت …".
_INSERTION_OPENERS = {"which", "who", "whose", "whom", "a", "an", "the", "its", "his", "her",
                      "التي", "الذي", "الذين", "اللذان", "اللتان", "وهي", "وهو"}  # fmt: skip


def _coordination_head(frame: SentenceFrame, slot: Slot) -> Slot:
    """For "Jordan and Egypt condemned", the first conjunct: coordination expands forward."""
    index = frame.order[slot.start]
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
    subject: bool = False,
) -> tuple[Slot, int] | None:
    """The first actor after ``start``, within ``max_gap`` non-title words.

    With ``require_prep`` the actor must follow one of ``preps`` (as a word or
    as a clitic on the mention or a word before it). A ``subject`` search (verb
    then subject) skips no other trigger: in "طلبت تعاون طهران" Tehran is not the
    subject. Returns the mention and the number of words skipped.
    """
    gap = 0
    seen_prep = False
    position = start
    letters = _clitic_letters(preps) if frame.lang == "ar" else ()
    while position < len(frame.texts) and gap <= max_gap:
        if frame.stops[position] or (
            not subject and position > start and position in frame.quote_ends
        ):
            return None  # an object never lies past the end of a quotation
        slot = frame.slot_at[position]
        if slot is not None and slot.key not in skip_keys:
            clitic_prep = bool(letters) and any(letter in slot.prefix for letter in letters)
            before = frame.forms[position - 1] if position else ""
            seat = position >= 2 and position - 2 in frame.roles  # الحكومة في بغداد
            # A place, not an actor: "a conference in Paris", "strikes inside Syria". Past
            # the event's own preposition it locates the target: "strikes on cities across
            # Ukraine", "pulled back from towns around Kyiv".
            if (
                slot.state
                and before in _LOCATIVE
                and position - 1 >= start  # not the particle of "lashed out at"
                and before not in preps
                and not seen_prep
                and not seat
            ):
                position = slot.end
                continue
            # لروسيا، بواشنطن: a prepositional phrase is never the subject, except the
            # body a unit belongs to: القوات البحرية التابعة للحرس الثوري.
            belongs = before in {"التابعه", "التابع", "التابعين", "التابعون"} or (
                position - 1 in frame.roles  # الأمين العام لحزب الله: the office's holder
            )
            if subject and frame.lang == "ar" and _prep_clitic(slot.prefix) and not belongs:
                return None
            if not subject and slot in frame.speaker_slots:
                return None  # "…, South Korea's military said": the speaker, not an object
            if not require_prep or seen_prep or clitic_prep:
                return slot, gap
            position = slot.end
            continue
        if slot is not None:
            position = slot.end
            continue
        form = frame.forms[position]
        # المرشد الأعلى في إيران، الحكومة في بغداد، وفد من حماس
        title_of = form in {"في", "من", "of"} and position - 1 in frame.roles
        if subject and not title_of and (frame.hit_at[position] is not None or form in _PREPS):
            return None
        shared = gap <= 1 and frame.forms[position - 1] in {"and", "or"}
        if not subject and not shared and position > start and _new_predicate(frame, position):
            return None  # "fired on and seized X" shares X; "condemned Y and vowed" does not
        prep_here = form in preps or form.startswith(letters)  # no letters: False
        if prep_here and form == "to" and not _nominal_after(frame, position):
            prep_here = False  # "ordered troops to withdraw": an infinitive, not a direction
        if prep_here:
            if not seen_prep:
                gap = 0  # distance counts from the preposition: ضربات … على مراكز … سورية
            seen_prep = True
            event = position + 1 if form in preps else position
            if (
                require_prep
                and event < len(frame.forms)
                and event > start
                and _noun_at(frame, event)
            ):
                return None  # الانضمام إلى العقوبات: the object is an event, not an actor
        elif (
            position not in frame.roles
            and position not in frame.persons
            and _wordlike(frame.texts[position])
        ):
            gap += 1
        position += 1
    return None


@lru_cache(maxsize=1 << 10)
def _clitic_letters(preps: tuple[str, ...]) -> tuple[str, ...]:
    """Arabic prepositions of one letter, written as clitics: لروسيا، بواشنطن."""
    return tuple(p for p in preps if len(p) == 1)


@lru_cache(maxsize=1 << 16)
def _wordlike(text: str) -> bool:
    """A word rather than punctuation: it counts toward a search's distance."""
    return any(c.isalnum() for c in text)


def _noun_source(frame: SentenceFrame, hit: TriggerHit) -> Slot | None:
    """A verbal noun's own agent: the genitive or adjective after it, or a possessor.

    رفض طهران، المساعدات الإيرانية، اتصالات أجراها مسؤولون أميركيون; in English
    "Tehran's rejection", "a U.S. request", "the rejection by Tehran".

    Several rules ask about the same noun; the answer is kept in ``frame.agents``
    (asked only once the speakers, which no agent can be, are known).
    """
    if hit.start not in frame.agents:
        frame.agents[hit.start] = _find_noun_source(frame, hit)
    return frame.agents[hit.start]


def _find_noun_source(frame: SentenceFrame, hit: TriggerHit) -> Slot | None:
    if frame.lang == "en":
        position = hit.start - 1
        while position >= 0 and (
            frame.forms[position] in _EN_DETERMINERS | {"'s", "’s"} or position in frame.roles
        ):  # "the Russian defence ministry's accusation"
            position -= 1
        slot = _mention_at(frame, position) if position >= 0 else None
        if slot is not None and position == slot.end - 1:
            return slot
        # "the rejection by Tehran", "criticism from Egypt"
        found = _right_mention(frame, hit.end, max_gap=1, preps=("by", "from"), require_prep=True)
        return found[0] if found else None
    position = hit.end
    # Nouns coordinated with the trigger share its adjective: المساعدات والاستشارات الإيرانية.
    while (
        position < len(frame.forms)
        and position - hit.end < 2
        and frame.forms[position].startswith("و")
        and _mention_at(frame, position) is None
    ):
        position += 1
    slot = _mention_at(frame, position)
    if slot is not None and slot.start == position and not _prep_clitic(slot.prefix):
        return slot
    # A light verb after the noun carries its agent: اتصالات أجراها مسؤولون أميركيون،
    # غارات جوية نُفّذت من قبل طائرات أميركية.
    for light in (hit.end, hit.end + 1):
        if frame.cues.get(light) == "light_verb":
            found = _right_mention(frame, light + 1, max_gap=2, subject=True) or _right_mention(
                frame, light + 1, max_gap=3, preps=("قبل", "يد"), require_prep=True
            )
            return found[0] if found else None
    return None


def _clause_start(frame: SentenceFrame, position: int) -> int:
    """Where the clause holding ``position`` begins: after punctuation, quote or complementiser."""
    while position > 0:
        previous = position - 1
        if (
            frame.stops_at_comma[previous]
            or frame.texts[previous] in _QUOTES
            or frame.cues.get(previous) == "report"
        ):
            return position
        position = previous
    return 0


def _clause_subject(frame: SentenceFrame, position: int, max_words: int = 2) -> Slot | None:
    """The subject of the clause a verbal noun is the object of: فرضت واشنطن عقوبات على …

    It is the clause's first actor, standing within its first two words (after
    the verb, or before it), not after a preposition.
    """
    start = _clause_start(frame, position)
    words = 0
    for index in range(start, position):
        slot = _mention_at(frame, index)
        if slot is not None and slot.end <= position:
            if slot.start != index:
                continue
            if any(
                hit.end == index and ("ال" in hit.prefix or _prep_clitic(hit.prefix))
                for hit in frame.triggers
            ):
                return None  # لدعوة إيران: the genitive of a verbal noun, not a subject
            return _coordination_head(frame, slot) if not _prep_clitic(slot.prefix) else None
        if index in frame.roles or index in frame.persons or frame.cues.get(index) == "negation":
            continue
        words += 1
        if words > max_words:
            return None
    return None


def _negated(frame: SentenceFrame, start: int) -> bool:
    """Negation right before the trigger, or a denial earlier in the same predicate.

    A denial covers what it denies, not a verb coordinated after it: in نفت X أي
    مسؤولية … وحمّلت الجيش المسؤولية the blame is asserted.
    """
    window = max(0, start - (3 if frame.lang == "en" else 2))
    if _cue_in(frame, ("negation", "failure"), window, start):
        return True
    # Failure scopes like a denial: فشلت مصر وإثيوبيا في التوصل إلى اتفاق, "failed to …".
    denials = sorted(
        p for kind in ("denial", "failure") for p in frame.cue_at.get(kind, ()) if p < start
    )
    if not denials:
        return False
    denial = denials[-1]
    # A complementiser (denied that, نفى … أن) opens the denial's scope; another clause
    # boundary (but, لكن, a comma, a full stop) closes it.
    closed = any(
        frame.stops_at_comma[p] and frame.forms[p] not in {"that", "ان", "بان"}
        for p in range(denial + 1, start)
    )
    return not closed and not any(_new_predicate(frame, p) for p in range(denial + 1, start + 1))


def _hypothetical(frame: SentenceFrame, start: int) -> bool:
    """An intended or conditional event (تسعى إلى، يريد أن، plans to, if): not asserted.

    A reported "will" stays a commitment: "Britain announced it would send …".
    """
    for position in range(max(0, start - 4), start):
        kind = frame.cues.get(position)
        if kind == "condition":
            return True
        if kind == "intent" and not _reported_will(frame, position):
            return True
    return False


def _reported_will(frame: SentenceFrame, position: int) -> bool:
    """ "said it would": the backshifted future of a reported statement."""
    if frame.forms[position] != "would":
        return False
    return any(frame.cues.get(p) == "report" for p in range(max(0, position - 3), position))


def _refused(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> Found | None:
    """The refusal governing this trigger: رفضت طهران الانضمام، Iran refused to join.

    A complement with its own agent is the thing refused, not an act of the
    refuser: in رفضت طهران طلباً أميركياً the request stands.
    """
    if _noun_source(frame, hit) is not None:
        return None
    for item in reversed(found):
        if (
            item.type == "REJECT"
            and 0 <= hit.start - item.trigger_end <= 3
            and all(
                _mention_at(frame, i) is not None or frame.forms[i] in {"to", "ان"}
                for i in range(item.trigger_end, hit.start)
            )
        ):
            return item
    if frame.lang == "en":
        for back in (2, 3):
            if hit.start >= back and frame.cues.get(hit.start - back) == "refusal":
                return Found("", "REJECT", "", hit.start - back, hit.start - back + 1, 0.8,
                             False, None)  # fmt: skip
    return None


def _complement_of_negated(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """الانضمام إلى العقوبات after رفض: a noun that completes a denied noun is denied too."""
    for item in reversed(found):
        if item.negated and 0 < hit.start - item.trigger_end <= 2:
            between = range(item.trigger_end, hit.start)
            return all(frame.forms[i] in _PREPS for i in between)
    return False


def _speakers(frame: SentenceFrame) -> list[tuple[int, str]]:
    """(position, actor key) of each reporting verb's speaker, in order."""
    speakers: list[tuple[int, str]] = []
    for position, kind in sorted(frame.cues.items()):
        if kind != "report":
            continue
        slot = None
        if frame.lang == "ar":
            found = _right_mention(frame, position + 1, max_gap=4, subject=True)
            slot = found[0] if found else _left_subject(frame, position, max_gap=1)
        else:
            slot = _left_subject(frame, position, max_gap=3)
            if slot is None and position and frame.texts[position - 1] in _COMMA:
                # ", telling Putin …": a participle shares the main clause's subject.
                slot = next((m for m in frame.mentions if m.end <= position), None)
                slot = _left_subject(frame, slot.end, max_gap=0) if slot else None
            if slot is None:
                found = _right_mention(frame, position + 1, max_gap=3, subject=True)
                slot = found[0] if found else None
        if slot is not None:
            # The titled person, not the state before the title: "Iranian Foreign
            # Minister Mohammad Javad Zarif said" is Zarif speaking.
            speakers.append((position, _keys(frame, slot)[0]))
            if slot.start > 0 and slot.end <= position:
                frame.speaker_slots.add(slot)
    return speakers


def _speaker_for(
    frame: SentenceFrame, speakers: list[tuple[int, str]], position: int
) -> str | None:
    before = [key for at, key in speakers if at < position]
    if before:
        return before[-1]
    # English puts the quote first: "We will stand by Iraq," the minister said.
    if frame.lang == "en" and speakers:
        return speakers[0][1]
    return None


def _first_person_verb(frame: SentenceFrame, hit: TriggerHit, triggers: dict) -> bool:
    """An Arabic verb inflected for "we": نرفض (beside يرفض), رفضنا (beside رفض)."""
    stem = hit.stem
    if frame.lang != "ar" or len(stem) < 3:
        return False
    return (stem.startswith("ن") and ("ي" + stem[1:],) in triggers) or (
        stem.endswith("نا") and (stem[:-2],) in triggers
    )


def _verb_sources(
    frame: SentenceFrame,
    hit: TriggerHit,
    speaker: str | None,
    last_group: list[str],
    triggers: dict,
) -> tuple[list[str], float, int]:
    """Who does what an active verb says, how sure the word order makes us, and
    where the object may start (after a subject that follows the verb).

    ``last_group`` holds the subjects of the sentence's previous verb, which a
    coordinated verb shares.
    """
    after = max(hit.end, hit.reach)
    if speaker and _first_person_verb(frame, hit, triggers):
        return [speaker], 0.75, after
    if speaker and _first_person(frame, max(0, hit.start - 1), hit.start):
        return [speaker], 0.75, after  # "… and we reject …": we, whatever stands before
    if frame.lang == "en" and not last_group and hit.start and frame.forms[hit.start - 1] == "and":
        # "Ankara denied buying oil from IS and dismissed …": the sentence's subject.
        last_group = _sentence_subject(frame, hit.start)
    if frame.lang == "en" and last_group and _continues_clause(frame, hit):
        # "met Houthi negotiators in Muscat and urged Riyadh", ", accusing Doha of":
        # the second verb shares the first one's subjects.
        return list(last_group), 0.7, after
    left = _left_subject(frame, hit.start, max_gap=1 if frame.lang == "ar" else 4)
    if left is not None and frame.lang == "ar" and hit.suffix in _OBJECT_SUFFIXES:
        # بحارة أوكرانيون احتجزتهم موسكو: the actor before is the object the suffix
        # points back to, the one after is the subject.
        right = _right_mention(frame, hit.end, max_gap=1, subject=True)
        if right is not None:
            return _keys(frame, right[0]), 0.75, after
    if left is not None:
        return _keys(frame, left), 0.9, after
    if _first_person(frame, max(0, hit.start - 2), hit.start) and speaker:
        return [speaker], 0.75, after
    if frame.lang == "ar":
        right = _right_mention(frame, hit.end, max_gap=3, subject=True)
        verb_only = all(t.pos != "noun" for t in hit.triggers)
        if (
            not last_group
            and verb_only
            and (
                hit.prefix.startswith(("و", "ف"))
                or any(
                    frame.forms[i] in {"ان", "تكون", "يكون"}
                    for i in range(max(0, hit.start - 2), hit.start)
                )
            )
        ):
            last_group = _sentence_subject(frame, hit.start)  # جدّد مجلس التعاون …، ودعا طهران
        # A verb joined by و/ف, or opening a that-clause with no subject of its own
        # (نفت إيران أن تكون زودت روسيا …), may share the sentence's subject.
        embedded = any(
            frame.forms[i] in {"ان", "تكون", "يكون"}
            for i in range(max(0, hit.start - 2), hit.start)
        )
        carried = (hit.prefix.startswith(("و", "ف")) or embedded) and bool(last_group)
        titled = right is not None and any(i in frame.roles for i in range(hit.end, right[0].start))
        # After a verb that shares the previous subject, the actor right after it is its
        # object when a preposition follows (ودعا طهران إلى، ودعا الدولة اللبنانية إلى) or
        # nothing else does; a title otherwise marks a new subject (فرفضت الحكومة التركية).
        leads = right is not None and _prep_follows(frame, right[0])
        alone = right is not None and _only_one_after(frame, right[0])
        object_first = carried and (leads or (alone and not titled))
        if right is not None and not object_first:
            group = _coordinated(frame, right[0])
            return [slot.key for slot in group], 0.85 - 0.05 * right[1], max(after, group[-1].end)
        if carried:
            return list(last_group), 0.65, after
        clause = _clause_subject(frame, hit.start)
        if clause is not None:
            return _keys(frame, clause), 0.7, after
    else:
        pronoun = _pronoun_before(frame, hit.start)
        if pronoun and (speaker or last_group):
            return ([speaker] if speaker else list(last_group)), 0.7, after
        if last_group and hit.start and frame.forms[hit.start - 1] == "and":
            return list(last_group), 0.65, after
    if speaker:
        return [speaker], 0.55, after
    return [], 0.0, after


def _continues_clause(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An English verb right after "and"/"but" or a comma participle (", accusing")."""
    before = hit.start - 1
    if before < 0:
        return False
    if frame.forms[before] in {"and", "but", "then"}:
        return True
    return frame.texts[before] in _COMMA and frame.forms[hit.start].endswith("ing")


def _sentence_subject(frame: SentenceFrame, before: int) -> list[str]:
    """The actor the sentence opens with (first two words), if it stands before ``before``."""
    if not frame.mentions or frame.mentions[0].end > before:
        return []
    slot = _clause_subject(frame, frame.mentions[0].end)
    return _keys(frame, slot) if slot is not None else []


def _prep_follows(frame: SentenceFrame, slot: Slot) -> bool:
    """Whether a preposition comes right after an Arabic mention (دعا طهران إلى، بالإفراج)."""
    if slot.end >= len(frame.forms):
        return False
    word = frame.forms[slot.end]
    return word in _AR_PREPS or (word[:1] in {"ب", "ل"} and _mention_at(frame, slot.end) is None)


def _keys(frame: SentenceFrame, slot: Slot) -> list[str]:
    return [member.key for member in _coordinated(frame, slot)]


def _pronoun_before(frame: SentenceFrame, position: int) -> bool:
    """ "he had personally turned down": a third-person subject pronoun just before the verb."""
    for index in range(position - 1, max(-1, position - 4), -1):
        if frame.forms[index] in _EN_PRONOUNS:
            return True
        if _mention_at(frame, index) is not None or frame.texts[index] in _COMMA | _CLAUSE_PUNCT:
            return False
    return False


def _governing_verb(frame: SentenceFrame, position: int) -> tuple[str, int] | None:
    """A light or aspectual verb shortly before a verbal noun: شنت إسرائيل غارات، held talks."""
    for index in range(position - 1, max(-1, position - 5), -1):
        kind = frame.cues.get(index)
        if kind in {"light_verb", "aspect"}:
            return kind, index
        if frame.stops_at_comma[index] or _trigger_at(frame, index):
            return None
    return None


def _noun_sources(
    frame: SentenceFrame, hit: TriggerHit, speaker: str | None
) -> tuple[list[str], float, int]:
    """Who does what a verbal noun says, and where its target may start."""
    after = max(hit.end, hit.reach)
    governing = _governing_verb(frame, hit.start)
    if governing is not None:
        kind, position = governing
        subject = _left_subject(frame, position, max_gap=1 if frame.lang == "ar" else 4)
        if subject is None and frame.lang == "ar":
            right = _right_mention(frame, position + 1, max_gap=2, subject=True)
            subject = right[0] if right and right[0].end <= hit.start else None
        if subject is not None:
            return _keys(frame, subject), 0.8, after
        if speaker and (
            frame.forms[position].startswith(("ن", "سن"))
            or _first_person(frame, max(0, position - 2), position)
        ):
            return [speaker], 0.75, after
        if kind == "aspect" and speaker:
            return [speaker], 0.6, after
    if frame.lang == "ar" and _prep_clitic(hit.prefix) and not hit.suffix:
        # بدعم أوكرانيا، لإقناع طهران: after a preposition the genitive is the object,
        # and the agent is the clause's subject (or "we", the speaker).
        if speaker and _first_person(frame, _clause_start(frame, hit.start), hit.start):
            return [speaker], 0.65, after
        clause = _clause_subject(frame, hit.start, max_words=4)
        if clause is not None:
            return _keys(frame, clause), 0.6, after
        return [], 0.0, after
    announced = next((slot for slot in frame.speaker_slots if slot.end == hit.start), None)
    if announced is None and frame.lang == "ar" and hit.start:
        report = hit.start - 1
        while report >= 0 and frame.cues.get(report) != "report" and _mention_at(frame, report):
            report -= 1
        slot = _mention_at(frame, hit.start - 1)
        if report >= 0 and frame.cues.get(report) == "report" and slot is not None:
            announced = slot  # أعلن حزب الله استهداف …: the announced act is the speaker's
    if announced is not None:
        return _keys(frame, announced), 0.7, after
    if frame.lang == "ar" and hit.suffix in _OBJECT_SUFFIXES:
        # زيارته طهران، لقائه X: the suffix is the agent (the one just spoken of), the
        # actor after the noun its object.
        clause = _clause_subject(frame, hit.start, max_words=4)
        if clause is not None:
            return _keys(frame, clause), 0.6, after
        return ([speaker], 0.6, after) if speaker else ([], 0.0, after)
    own = _noun_source(frame, hit)
    if own is not None:
        group = _coordinated(frame, own)
        if own.start >= hit.end:
            after = max(after, group[-1].end)
        return [slot.key for slot in group], 0.8, after
    if speaker and (hit.suffix == "نا" or _first_person(frame, max(0, hit.start - 1), hit.start)):
        return [speaker], 0.75, after
    before = frame.forms[hit.start - 1] if hit.start else ""
    adjunct = (
        _prep_clitic(hit.prefix)
        or before in _AR_PREPS - {"من"} | _EN_PREPS
        # انسحاب بلاده من الاتفاق: the complement of another verbal noun (not حزمة من العقوبات)
        or (before == "من" and hit.start >= 2 and _trigger_at(frame, hit.start - 2))
    )
    if frame.lang == "ar" and not adjunct:
        clause = _clause_subject(frame, hit.start)
        if clause is not None:
            return _keys(frame, clause), 0.65, after
    return [], 0.0, after


def _targets(
    frame: SentenceFrame, hit: TriggerHit, trigger: Trigger, after: int, sources: list[str]
) -> tuple[list[str], int]:
    skip = _own_side(frame, sources)
    max_gap = 6 if trigger.pos != "noun" else 4
    found = _right_mention(
        frame, after, max_gap=max_gap, preps=trigger.preps, skip_keys=skip,
        require_prep=bool(trigger.preps),
    )  # fmt: skip
    # A meeting noun's genitive is its host (قمة الاتحاد الأفريقي), and a meeting that is
    # "theirs" (اجتماعهم) is among its owners; only "his/her meeting" (لقائه الرئيس)
    # takes the other side as a direct object.
    meeting = frame.lang == "ar" and trigger.pos == "noun" and trigger.type == "CONSULT"
    hosted = meeting and hit.suffix not in {"ه", "ها"}
    if found is None and trigger.preps and not hosted:
        # Verbal nouns also take a direct object: استهداف موقع عسكري إسرائيلي.
        found = _right_mention(
            frame, after, max_gap=3 if trigger.pos == "noun" else 1, skip_keys=skip
        )
    if found is None:
        return [], 0
    return [slot.key for slot in _coordinated(frame, found[0])], found[1]


def _own_side(frame: SentenceFrame, sources: list[str]) -> frozenset[str]:
    """The sources and the actors on their side (their officials, their state): no target.

    Each trigger of a sentence asks for the same few groups; answers are kept in
    ``frame.sides``.
    """
    key = tuple(sources)
    skip = frame.sides.get(key)
    if skip is None:
        sides = {slot.side for slot in frame.mentions if slot.key in sources} | set(sources)
        skip = frozenset(slot.key for slot in frame.mentions if slot.side in sides)
        skip = frame.sides[key] = skip | frozenset(sources)
    return skip


_RECIPROCAL = {"AGREE", "CONSULT", "COOPERATE", "SUPPORT"}  # SUPPORT: signing a pact together
_OBJECT_SUFFIXES = {"ه", "ها", "هم", "هما", "هن"}
_JOINING = {"COOPERATE", "CONSULT", "AGREE"}


def _complement_of(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """Whether this agentless verbal noun is the object of a refusal or acceptance just before."""
    if _noun_source(frame, hit) is not None:
        return False
    return any(
        item.type in {"REJECT", "AGREE"}
        and 0 <= hit.start - item.trigger_end <= 3
        and all(_mention_at(frame, i) is not None for i in range(item.trigger_end, hit.start))
        for item in found
    )


def _antecedent(frame: SentenceFrame, hit: TriggerHit) -> Slot | None:
    """The actor an Arabic object suffix refers back to, right before the verb."""
    if frame.lang != "ar" or hit.suffix not in _OBJECT_SUFFIXES:
        return None
    if _right_mention(frame, hit.end, max_gap=1, subject=True) is None:
        return None
    return _left_subject(frame, hit.start, max_gap=1)


def _complement(frame: SentenceFrame, position: int) -> Trigger | None:
    """The agentless verbal noun a verb takes as its object: رفضت طهران الانضمام."""
    for hit in frame.triggers:
        if _noun_source(frame, hit) is not None:
            continue
        if hit.start == position or (
            frame.lang == "en" and hit.start == position + 1 and frame.forms[position] == "to"
        ):
            nouns = [t for t in hit.triggers if t.pos == "noun"]
            return nouns[0] if nouns else (hit.triggers[0] if frame.lang == "en" else None)
    return None


def _target_before_noun(
    frame: SentenceFrame, hit: TriggerHit, trigger: Trigger, sources: list[str]
) -> list[str]:
    """The target a light verb put before its noun: قدمت إيران لبغداد أسلحة، gave Kyiv weapons."""
    governing = _governing_verb(frame, hit.start)
    if governing is None or not trigger.preps:
        return []
    for slot in frame.mentions:
        if governing[1] < slot.start < hit.start and slot.key not in sources:
            marked = frame.lang == "ar" and any(
                p in slot.prefix for p in trigger.preps if len(p) == 1
            )
            if marked or frame.lang == "en":
                return _keys(frame, slot)
    return []


def _passive(
    frame: SentenceFrame, hit: TriggerHit, trigger: Trigger, speaker: str | None
) -> list[Found]:
    """A passive verb: the subject is acted upon, the agent follows من قبل / على يد / by."""
    agent = _right_mention(frame, hit.end, max_gap=14, preps=("قبل", "يد", "by"), require_prep=True)
    patient = _left_subject(frame, hit.start, max_gap=3)
    if patient is None and frame.lang == "ar":
        right = _right_mention(frame, hit.end, max_gap=3)
        patient = right[0] if right else None
    if not (agent and patient):
        return []
    negated = _negated(frame, hit.start)
    return [
        Found(source.key, trigger.type, target.key, hit.start, hit.end, 0.75, negated, speaker)
        for source in _coordinated(frame, agent[0])
        for target in _coordinated(frame, patient)
        if source.key != target.key
    ]


def _is_passive(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    if trigger.pos == "passive":
        return True
    if frame.lang == "ar" and trigger.pos == "verb":
        # Writers mark the passive with a damma on an early letter: قُصفت، استُهدفت، نُفّذت.
        word = frame.texts[hit.start]
        return "\u064f" in word[len(hit.prefix) : len(hit.prefix) + 6]
    if frame.lang != "en" or trigger.pos != "verb":
        return False
    word = frame.texts[hit.start].lower()
    return (
        # The printed word, not its lower-cased form: "IS" is Islamic State, not "is".
        any(frame.texts[i] in _EN_BE for i in range(max(0, hit.start - 2), hit.start))
        and word != frame.lemmas[hit.start]
        and not word.endswith(("ing", "s"))
    )


def find_interactions(frame: SentenceFrame, lexicon: LanguageLexicon) -> list[Found]:
    """Every interaction one sentence asserts or denies, with its trigger position.

    Pure: reads the frame, returns plain records; the caller adds offsets. An
    interaction whose target is not found is returned with ``target == ""`` so
    that discourse rules (a refusal answering an earlier request) can use it.
    """
    frame.index()
    found: list[Found] = []
    speakers = _speakers(frame)
    last_group: list[str] = []  # the last verb's subjects
    last_verb_end = -1
    skip_positions: set[int] = set()
    # Words a split phrase reaches over: "lodged a formal protest".
    inside_phrase = {p for other in frame.triggers for p in range(other.start + 1, other.reach)}
    for hit in frame.triggers:
        if hit.start in skip_positions:
            continue
        if _mention_at(frame, hit.start) is not None or _hypothetical(frame, hit.start):
            continue
        if hit.start in inside_phrase:
            continue  # "lodged a formal protest": protest belongs to the phrase, not a PROTEST
        if _alleged(frame, hit, found):
            continue  # اتهمت الهند باكستان بدعم …, accused X of backing Y: only alleged
        if _requested(frame, hit, found):
            continue  # طلباً للتعاون، urged Iran to stop …: asked for, not done
        trigger = _pos(frame, hit)
        if frame.lang == "en" and trigger.pos == "verb" and _adjective_before(frame, hit.start):
            continue  # "Iraqi targets": a noun the lexicon lists only as a verb
        speaker = _speaker_for(frame, speakers, hit.start)
        if _is_passive(frame, hit, trigger):
            found.extend(_passive(frame, hit, trigger, speaker))
            continue
        refusal = _refused(frame, hit, found)
        if (
            trigger.pos == "noun"
            and trigger.type not in _JOINING
            and _complement_of(frame, hit, found)
        ):
            continue  # رفضت الحكومة الدعوة: the refused request is resolved in discourse
        if trigger.pos == "participle":
            # "…، متهماً طهران": the participle's agent is the main clause's subject.
            # A reported statement's participle belongs to the report: أعلن X أن حماس
            # وافقت …، داعياً إسرائيل — X calls on Israel, not Hamas.
            agents = [speaker] if speaker else list(last_group)
            agents = agents or _sentence_subject(frame, hit.start)  # فرض الاتحاد …، متهماً
            sources, confidence, after = agents, 0.7, hit.end
        elif trigger.pos == "noun" and _answered(frame, hit, found):
            # رفض الكرملين مطالب واشنطن، رضخت أثينا لمطالب الاتحاد: the demands answered
            # are the genitive's own, even after a preposition.
            own = _noun_source(frame, hit)
            sources, confidence, after = _keys(frame, own), 0.8, max(hit.end, own.end)
        elif trigger.pos == "noun":
            sources, confidence, after = _noun_sources(frame, hit, speaker)
            if (
                not sources
                and frame.lang == "en"
                and last_group
                and _in_clause_of(frame, last_verb_end, hit.start)
            ):
                # "Moscow retaliated with a ban on imports from …": the verb's subject acts.
                sources, confidence = list(last_group), 0.6
            if not sources and refusal is not None and refusal.source:
                sources, confidence = [refusal.source], 0.6
            if trigger.type == "CONSULT" and len(last_group) > 1 and _setting(frame, hit):
                # "Putin and Erdogan agreed at talks in Sochi", اتفقتا خلال قمة: the talks
                # were between the parties of the verb.
                negated = _negated(frame, hit.start)
                found.extend(
                    Found(a, "CONSULT", b, hit.start, hit.end, 0.6, negated, speaker)
                    for a in last_group for b in last_group if a != b
                )  # fmt: skip
                continue
        else:
            sources, confidence, after = _verb_sources(
                frame, hit, speaker, last_group, lexicon.triggers
            )
        pair = _between(frame, hit)
        if pair:
            negated = _negated(frame, hit.start)
            if (
                trigger.type == "CONSULT"
                and sources
                and (trigger.pos != "noun" or hit.suffix or _noun_source(frame, hit) is not None)
            ):
                # "Qatar mediated between Israel and Hamas": the mediator meets each party.
                found.extend(
                    Found(a, trigger.type, b, hit.start, hit.end, 0.7, negated, speaker)
                    for a in sources for b in pair if a != b
                )  # fmt: skip
            else:
                # محادثات بين الهند وباكستان، a deal between Israel and Hamas: the parties act
                # on each other, whoever hosts or announces it.
                found.extend(
                    Found(a, trigger.type, b, hit.start, hit.end, 0.7, negated, speaker)
                    for a in pair for b in pair if a != b
                )  # fmt: skip
                if trigger.type == "CONSULT":
                    # استضافت مسقط محادثات بين إيران والولايات المتحدة: the host meets both.
                    found.extend(
                        Found(a, "CONSULT", b, hit.start, hit.end, 0.6, negated, speaker)
                        for a in sources if a not in pair for b in pair
                    )  # fmt: skip
            continue
        if not sources:
            continue
        if trigger.pos != "noun":
            last_group, last_verb_end = sources, hit.end
        antecedent = _antecedent(frame, hit) if trigger.pos == "verb" else None
        complement = _complement(frame, after) if trigger.type == "REJECT" else None
        possessed = trigger.pos == "verb" and _possessed_event(frame, after)
        about = _definite_event(frame, after) if trigger.pos == "verb" else ""
        if complement is not None and complement.type not in _JOINING:
            targets, distance = [], 0  # rejecting a condemnation is no rejection of its target
        elif complement is not None:
            # "رفضت طهران الانضمام إلى التحالف": refusing to join the coalition rejects it.
            targets, distance = _targets(frame, hit, complement, after + 1, sources)
        elif possessed:
            # انتقد دعمها لـ…, criticised its support for …: the target is whoever "its"
            # refers to, which word order cannot tell; the phrase yields nothing.
            skip_positions.add(possessed)
            targets, distance = [], 0
        elif about:
            targets, distance = [], 0  # "condemned the strikes": resolved in discourse
        elif antecedent is not None and antecedent.key not in sources:
            targets, distance = _keys(frame, antecedent), 0
        else:
            targets, distance = _targets(frame, hit, trigger, after, sources)
        confidence -= 0.05 * min(distance, 4)
        if not targets and trigger.pos == "noun":
            # "رفضت طهران طلباً أميركياً", "Iran rejected a U.S. request", "dismissed Russia's
            # accusation": what is rejected or accepted was addressed to the rejecter.
            governing = next(
                (f for f in reversed(found)
                 if f.type in _ANSWERS and _object_of(frame, f.trigger_end, hit.start)),
                None,
            )  # fmt: skip
            if governing is not None:
                targets = [governing.source]
        if not targets and trigger.pos == "noun":
            targets = _target_before_noun(frame, hit, trigger, sources)
        if not targets and trigger.pos == "noun" and _agent_after_from(frame, hit):
            # "Ukraine received assistance from Germany": the receiver is the target.
            first = next((m for m in frame.mentions if m.end <= hit.start), None)
            targets = [k for k in _keys(frame, first) if k not in sources] if first else []
        if not targets and trigger.type == "THREATEN":
            targets = _threatened_if(frame, hit, sources)
        if not targets and trigger.type == "REQUEST" and hit.end < len(frame.forms):
            if frame.forms[hit.end] in {"that", "ان", "بان"}:  # demanded that Paris withdraw
                slot = _mention_at(frame, hit.end + 1)
                targets = _keys(frame, slot) if slot and slot.key not in sources else []
        if not targets and len(sources) > 1 and trigger.type in _RECIPROCAL:
            # "موسكو وأنقرة اتفقتا", "Putin and Erdogan agreed": each with the other.
            for source in sources:
                found.extend(
                    Found(source, trigger.type, other, hit.start, hit.end, 0.7,
                          _negated(frame, hit.start), speaker)
                    for other in sources if other != source
                )  # fmt: skip
            continue
        negated = (
            _negated(frame, hit.start)
            or (refusal is not None and refusal.type == "REJECT" and trigger.type != "REJECT")
            or (trigger.pos == "noun" and _complement_of_negated(frame, hit, found))
        )
        if refusal is not None and frame.lang == "en" and not refusal.source and targets:
            # "Iran refused to join the coalition": a rejection of the coalition.
            found.extend(
                Found(source, "REJECT", target, hit.start, hit.end, 0.8, _negated(
                    frame, refusal.trigger_start), speaker)
                for source in sources for target in targets if source != target
            )  # fmt: skip
        for source in sources:
            for target in targets:
                if target != source:
                    found.append(
                        Found(
                            source,
                            trigger.type,
                            target,
                            hit.start,
                            hit.end,
                            round(max(confidence, 0.3), 2),
                            negated,
                            speaker,
                        )  # fmt: skip
                    )
            if not targets:
                found.append(
                    Found(
                        source, trigger.type, "", hit.start, hit.end, 0.5, negated, speaker, about
                    )  # fmt: skip
                )
    return found


def _agent_after_from(frame: SentenceFrame, hit: TriggerHit) -> bool:
    position = hit.end
    return position < len(frame.forms) and frame.forms[position] == "from"


def _object_noun(frame: SentenceFrame, position: int) -> TriggerHit | None:
    """The verbal noun standing as a verb's direct object at ``position`` (after "the")."""
    if frame.lang == "en" and position < len(frame.forms) and frame.forms[position] in {
        "the", "its", "their", "his", "her", "this", "these", "that", "those",
    }:  # fmt: skip
        position += 1
    if not _noun_at(frame, position):
        return None
    return frame.hit_at[position]


def _possessed_event(frame: SentenceFrame, position: int) -> int:
    """Position of an object verbal noun owned by a pronoun (دعمها، its support), else 0."""
    noun = _object_noun(frame, position)
    if noun is None:
        return 0
    owned = noun.suffix in _OBJECT_SUFFIXES or (
        frame.lang == "en" and frame.forms[position] in {"its", "their", "his", "her"}
    )
    return noun.start if owned else 0


def _definite_event(frame: SentenceFrame, position: int) -> str:
    """The type of a definite object event noun ("the strikes", الضربات), for discourse."""
    noun = _object_noun(frame, position)
    if noun is None or _noun_source(frame, noun) is not None:
        return ""
    definite = "ال" in noun.prefix if frame.lang == "ar" else frame.forms[position] in {
        "the", "this", "these", "that", "those",
    }  # fmt: skip
    nouns = [t for t in noun.triggers if t.pos == "noun"]
    return nouns[0].type if definite and nouns else ""


def _setting(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """A meeting noun that sets the scene of the verb before it: at talks, خلال قمة."""
    before = frame.forms[hit.start - 1] if hit.start else ""
    agentless = not hit.suffix and _noun_source(frame, hit) is None
    return agentless and before in {"at", "during", "in", "خلال", "في", "اثناء"}


# Verbs that answer a demand or offer: what they answer was addressed to their subject.
_ANSWERS = {"REJECT", "AGREE", "CONCEDE"}


def _in_clause_of(frame: SentenceFrame, verb_end: int, position: int) -> bool:
    """Whether a noun is the object of the verb just before it (or of its "with").

    "retaliated with a one-year ban" yes; "a request for talks on fighting" no:
    nothing but modifiers, and no other event word, may stand between.
    """
    if verb_end < 0 or not 0 <= position - verb_end <= 8:
        return False
    if any(frame.stops_at_comma[verb_end:position]):
        return False
    return not any(
        _trigger_at(frame, i) or (frame.forms[i] in _EN_PREPS and frame.forms[i] != "with")
        for i in range(verb_end, position)
    )


def _answered(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """A verbal noun with its own agent that a rejection, acceptance or concession takes."""
    if _noun_source(frame, hit) is None:
        return False
    return any(f.type in _ANSWERS and _object_of(frame, f.trigger_end, hit.start) for f in found)


def _object_of(frame: SentenceFrame, verb_end: int, noun_start: int) -> bool:
    """Whether only the noun's own modifiers stand between a verb and a verbal noun.

    "rejected a U.S. request", رفضت طهران طلباً, "dismissed the Russian defence
    ministry's allegations": determiners, actors, titles and the possessive.
    """
    if not 0 <= noun_start - verb_end <= 6:
        return False
    return all(
        frame.forms[i] in _EN_DETERMINERS | {"'s", "’s"}
        or i in frame.roles
        or _mention_at(frame, i) is not None
        for i in range(verb_end, noun_start)
    )


def _threatened_if(frame: SentenceFrame, hit: TriggerHit, sources: list[str]) -> list[str]:
    """The actor a threat is conditioned on: هددت بـ… إذا واصلت إيران، "threatened … if Iran"."""
    for position in range(hit.end, min(hit.end + 12, len(frame.forms))):
        if frame.cues.get(position) == "condition":
            for after in range(position + 1, min(position + 4, len(frame.forms))):
                slot = _mention_at(frame, after)
                if slot is not None and slot.key not in sources:
                    return _keys(frame, slot)
            return []
        if frame.stops[position]:
            return []
    return []


def _between(frame: SentenceFrame, hit: TriggerHit) -> list[str]:
    """The parties after "بين"/"between" right after a trigger, when there are two or more."""
    for position in range(hit.end, min(hit.end + 5, len(frame.forms))):
        if frame.forms[position] in {"بين", "between"}:
            slot = _mention_at(frame, position + 1)
            if (
                slot is None
                and position + 2 < len(frame.forms)
                and frame.forms[position + 1] == "the"
            ):
                slot = _mention_at(frame, position + 2)
            if slot is not None:
                keys = list(dict.fromkeys(_keys(frame, slot)))
                return keys if len(keys) > 1 else []
            return []
        if frame.stops_at_comma[position] or _mention_at(frame, position):
            return []  # a trigger may stand between: اتفاق لوقف إطلاق النار بين …
    return []


def _requested(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """An act someone is asked to do: a verbal noun or verb right after a request."""
    before = frame.forms[hit.start - 1] if hit.start else ""
    marked = (frame.lang == "ar" and _prep_clitic(hit.prefix)) or before in {
        "to",
        "for",
        "ان",
        "بان",
    }  # fmt: skip  (a request for talks: the talks are asked for)
    if not marked:
        return False
    return any(item.type == "REQUEST" and 0 <= hit.start - item.trigger_end <= 4 for item in found)


def _alleged(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """An act the speaker accuses someone of: بـ/of after an accusation and its object."""
    before = hit.start - 1
    marked = (frame.lang == "ar" and hit.prefix.startswith(("ب", "وب"))) or (
        before >= 0 and frame.forms[before] == "of"
    )
    if not marked:
        return False
    return any(
        item.type == "ACCUSE" and 0 < hit.start - item.trigger_end <= 5 and item.target
        for item in found
    )


def _only_one_after(frame: SentenceFrame, first: Slot) -> bool:
    """True when the first actor after a coordinated verb is its only one: then it is the object."""
    for slot in frame.mentions:
        if slot.start >= first.end and slot.start - first.end < 6:
            if not frame.stops[slot.start]:
                return False
    return True


def resolve_discourse(found: list[tuple[Found, int]]) -> list[tuple[Found, int]]:
    """Give targets to interactions whose object was named earlier in the document.

    ``found`` holds (interaction, sentence index) pairs in text order. A refusal
    or acceptance with no object answers the latest request made to its
    source; "condemned the strikes" (``about``) targets whoever carried out the
    latest strikes. Interactions still without a target are dropped.
    """
    resolved: list[tuple[Found, int]] = []
    for position, (item, sentence) in enumerate(found):
        if item.target:
            resolved.append((item, sentence))
            continue
        earlier = [o for o, _ in found[:position] if o.target and not o.negated]
        where = {id(o): at for o, at in found[:position]}
        targets: list[str] = []
        if item.about:
            event = next((o for o in reversed(earlier) if o.type == item.about), None)
            if event is not None:
                targets = [
                    o.source for o in earlier
                    if (o.type, o.trigger_start, o.target, where[id(o)])
                    == (event.type, event.trigger_start, event.target, where[id(event)])
                ]  # fmt: skip
        elif item.type in {"REJECT", "AGREE"}:
            targets = [
                next((o.source for o in reversed(earlier)
                      if o.type == "REQUEST" and o.target == item.source), "")
            ]  # fmt: skip
        for target in dict.fromkeys(targets):
            if target and target != item.source:
                answered = replace(item, target=target, confidence=0.6, about="")
                resolved.append((answered, sentence))
    return resolved

"""What a sentence holds for the rules: its mentions, triggers and cues, indexed by position."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter, or_

from kg.lang.ar.normalize import normalize
from kg.lexicon import Trigger
from kg.relations.words import (
    _AR_MANNER_WORDS,
    _AR_STOP,
    _CLAUSE_PUNCT,
    _COMMA,
    _EN_STOP,
    _QUOTE_CLOSERS,
    _QUOTES,
)

__all__ = ["Found", "Sentence", "SentenceFrame", "Slot", "TriggerHit", "quote_opening"]


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
    # "the two countries" (a mention of kind "plural", keyed on its start) -> the actors.
    plurals: dict[int, tuple[str, ...]] = field(default_factory=dict)
    # Cities and regions a state holds (kind "place"), by start: never actors that act,
    # but what an attack with no other target is aimed at (صواريخ على عسقلان).
    places: dict[int, Slot] = field(default_factory=dict)
    # Positions of short occasions set off by commas (، في مؤتمره الصحافي،), commas
    # included: split phrases reach over them, and a trigger inside one is its own act.
    occasions: set[int] = field(default_factory=set)
    # (title head word, state) for each title the sentence ties to a state: وزارة -> RUS.
    titles: list[tuple[str, str]] = field(default_factory=list)
    # A speaker's key -> every actor speaking with it: "Britain, France and Germany said".
    speaker_groups: dict[str, list[str]] = field(default_factory=dict)
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
    # No target, but an object event noun of this type ("condemned the strikes"); "*" an
    # act just reported ("the decision"), "^" the one right before ("which X called …"),
    # "!" whoever last struck the source (see kg.relations.discourse).
    about: str = ""
    # The trigger's head word, and that of the event noun ``about`` names ("the strikes"):
    # discourse matches the two.
    word: str = ""
    about_word: str = ""


Sentence = SentenceFrame


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
    if "دفع" in stop and "دفع" in forms:
        for position, form in enumerate(forms):
            hit = frame.hit_at[position] if form == "دفع" else None
            if hit is not None and hit.triggers[0].type == "MOBILIZE":
                # دانت دفعَ الجيش الإسرائيلي بتعزيزات: the sending of troops, a noun inside
                # the clause, not the "prompted" of ما دفع الرئيس إلى
                flags[position] = False
    if not _TIME_PREPS.isdisjoint(forms):
        for position in range(len(forms) - 1):
            if (
                forms[position] in _TIME_PREPS
                and forms[position + 1] in _DURATIONS
                # (but بعد أيام من ضربات أميركية, "days after strikes": another act)
                and forms[position + 2 : position + 3] not in (["من"], ["of"])
            ):
                flags[position] = False  # بعد ساعات، "after hours": when, no new clause
    for position, kind in frame.cues.items():
        if kind == "report" and frame.texts[position] not in _CLAUSE_PUNCT:
            # في بيان مشترك, "in a statement": a report noun inside a phrase ends nothing
            # (nor one an act is aimed at: احتجاجاً على تصريحات للرئيس الفرنسي).
            flags[position] = not (
                (position and frame.forms[position - 1] in {"في", "in", "via", "علي"})
                or claims_described(forms, position)
                or (frame.lang == "ar" and judged_statement(frame, position))
            )
    return flags


def judged_statement(frame: SentenceFrame, position: int) -> bool:
    """Whether an Arabic noun of saying at ``position`` is what a verb of condemning or
    rejecting acts on (not of signing: ووقّعا «إعلان أنقرة»),
    past its subject and manner (أدانت الخارجية الجزائرية «بأشد العبارات» إعلان الحكومة
    الفرنسية): the announcement is judged, and its author speaks no further words here."""
    for before in range(position - 1, max(-1, position - 10), -1):
        hit = frame.hit_at[before]
        if hit is not None:
            return any(t.pos == "verb" and t.type in {"ACCUSE", "REJECT"} for t in hit.triggers)
        if not (
            frame.slot_at[before] is not None
            or before in frame.roles
            or frame.texts[before] in _QUOTES
            or frame.forms[before] in _AR_MANNER_WORDS
        ):
            return False
    return False


def claims_described(forms: list[str], position: int) -> bool:
    """Whether the report word at ``position`` is the noun "claims" going on to what it
    is called ("dismissing U.S. intelligence claims as a rumour"): no report."""
    return forms[position] == "claims" and forms[position + 1 : position + 2] == ["as"]


# "بعد ساعات", "after hours": a time adverbial inside the clause, not a subordinator.
_TIME_PREPS = {"بعد", "قبل", "after", "before", "within"}
_DURATIONS = {normalize(word) for word in (
    "ساعات", "ساعة", "ساعتين", "دقائق", "أيام", "يومين", "أسابيع", "أسبوعين", "أشهر", "شهرين",
    "سنوات", "hours", "days", "weeks", "months", "years", "minutes",
)}  # fmt: skip


def quote_opening(texts: list[str], position: int) -> int | None:
    """Where the quotation that the mark at ``position`` closes opens (-1 if nowhere
    before), or None if the mark closes none."""
    text = texts[position] if position < len(texts) else ""
    if text in {"»", "”"}:
        opening = {"»": "«", "”": "“"}[text]
    elif text == '"' and texts[:position].count('"') % 2 == 1:
        opening = '"'
    else:
        return None
    start = position - 1
    while start >= 0 and texts[start] != opening:
        start -= 1
    return start


def _closing_quote(frame: SentenceFrame, position: int) -> bool:
    """The end of a quoted statement (not of a quoted name such as تنظيم «داعش»)."""
    start = quote_opening(frame.texts, position)
    return start is not None and position - start > 4  # more than three words inside

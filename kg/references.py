"""Mentions by reference: an actor named by a description instead of its name.

"the group", الحركة، التنظيم stand for the armed group or movement named last
(preferring, in Arabic, one whose name has that noun: الحركة for حركة طالبان);
"the two countries", البلدين، الدول الثلاث stand for the actors named together
last. The words are cue data (``group_anaphor``, ``pair_anaphor``, ``trio_anaphor``
in ``kg/lang/{ar,en}/cues.tsv``); this module turns them into mention slots for
the frame, which ``kg.extract`` marks as references (never labels of the actor).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.lang.ar.normalize import normalize
from kg.lexicon import LanguageLexicon
from kg.model import Actor
from kg.relations import Slot
from kg.relations.search import _AR_MEDIATION
from kg.relations.words import _AR_GROUP_HEADS, _QUOTES, conjoined_title
from kg.resolve import side

__all__ = [
    "GROUP_CLASSES",
    "anaphor_index",
    "conflict_parties",
    "conjoined",
    "government_anaphors",
    "group_anaphors",
    "latter_anaphors",
    "neighbour_anaphors",
    "own_anaphors",
    "state_anaphors",
    "plural_anaphors",
]


def group_anaphors(
    lang: str,
    forms: list[str],
    texts: list[str],
    anaphors: _AnaphorIndex,
    slots: list[Slot],
    earlier: tuple[str, ...],
    table: LanguageLexicon,
    actors: dict[str, Actor],
) -> list[Slot]:
    """Mentions of the last named group by a definite noun: وقالت الحركة، "the group said".

    The group is the latest named before the noun (in the sentence, else among the
    actors the document named ``earlier``) whose Arabic name has that noun (الحركة:
    حركة طالبان، not تنظيم القاعدة), else the latest. Not when the noun starts a name of
    its own: الحركة الإسلامية، the Group of Seven.
    """
    taken = {i for slot in slots for i in range(slot.start, slot.end)}
    demonyms = {slot.start for slot in slots if slot.kind == "demonym"}
    found = []
    for position, form in enumerate(forms):
        if position in taken:
            continue
        reading = anaphors.group.get(form)
        if reading is None:
            continue
        prefix, noun = reading
        following = forms[position + 1] if position + 1 < len(forms) else ""
        if lang == "ar":
            adjective = following.startswith("ال") and following not in _NOT_ADJECTIVES
            if adjective and position + 1 not in taken:
                continue  # الحركة الإسلامية: an adjective makes it a name of its own
            if position + 1 in demonyms:
                continue  # البعثة الصينية لدى الاتحاد الأوروبي: that state's own
        elif not _after_the(forms, position) or (
            following == "of"  # "the Group of Seven" (but "accusing the group of shelling")
            and not (position + 2 < len(texts) and texts[position + 2].endswith("ing"))
        ):
            continue
        elif following and texts[position + 1][:1].isupper():
            continue
        # "The organisation", المنظمة: also an international one (متهمة المنظمة، ECOWAS).
        international = {"InternationalOrganization"} if noun in _ORGANISATION else set()
        classes = GROUP_CLASSES | international
        before = [*earlier, *(slot.key for slot in slots if slot.end <= position)]
        if noun == "council":
            # "requested an emergency session of the council": the latest body named
            # whose name is a council (the Security Council), of whatever kind.
            named = [key for key in before if "council" in _name_ends(table, -1).get(key, ())]
        else:
            named = [key for key in before if key in actors and actors[key].actor_class in classes]
        key = _antecedent_group(lang, noun, named, table)
        if key:
            found.append(Slot(position, position + 1, key, "anaphor", prefix, side(actors[key])))
    return found


# Words in ال that are no adjective: relatives and إلى (normalised الي): دعا الجماعة إلى.
_NOT_ADJECTIVES = {"التي", "الذي", "الذين", "اللذين", "اللتين", "الي", "الا"}


def state_anaphors(
    lang: str,
    forms: list[str],
    anaphors: _AnaphorIndex,
    slots: list[Slot],
    earlier: tuple[str, ...],
    table: LanguageLexicon,
) -> list[Slot]:
    """ "The kingdom", المملكة، السلطنة: the latest state named before (in the sentence,
    else ``earlier`` in the document) whose names have that noun (المملكة المغربية,
    "Hashemite Kingdom of Jordan"); never the United Kingdom."""
    taken = {i for slot in slots for i in range(slot.start, slot.end)}
    found = []
    for position, form in enumerate(forms):
        reading = anaphors.state.get(form)
        if reading is None or position in taken:
            continue
        if lang == "en" and not _after_the(forms, position):
            continue
        prefix, noun = reading
        before = sorted((s for s in slots if s.end <= position), key=lambda s: s.start)
        # (not one of a list acting together: أكدت الرياض وأبوظبي والدوحة وقوفها إلى جانب
        # المملكة: the kingdom is someone they stand by, not one of them)
        listed = (
            {key for run in conjoined(before, forms) if len(run) > 1 for key in run}
            if lang == "ar"
            else set()
        )
        named = [*earlier] + [
            slot.side or slot.key for slot in before if (slot.side or slot.key) not in listed
        ]
        words = _name_words(table)
        head = noun.removeprefix("ال")
        if head == "island":  # "Mexico would ship food to the island": Cuba, named before
            key = next((k for k in reversed(named) if k in _ISLAND_STATES), "")
        else:
            key = next((k for k in reversed(named) if head in words.get(k, ())), "")
        if key:
            found.append(Slot(position, position + 1, key, "anaphor", prefix, key, True))
    return found


# States that are one island or most of one, which news calls "the island".
_ISLAND_STATES = {
    "CUB", "TWN", "CYP", "LKA", "MDG", "MLT", "ISL", "JAM", "BHR", "SGP", "MUS", "TTO",
    "BRB", "CPV", "COM", "STP", "NRU",
}  # fmt: skip


def latter_anaphors(
    lang: str,
    forms: list[str],
    anaphors: _AnaphorIndex,
    slots: list[Slot],
    earlier: tuple[str, ...],
) -> list[Slot]:
    """ "The latter", الأخيرة standing alone (رفضت الأخيرة, not الجولة الأخيرة): the actor
    named last before it, in the sentence or else earlier in the document."""
    found = []
    for position, form in enumerate(forms):
        prefix = anaphors.latter.get(form)
        if prefix is None or not position:
            continue
        before = forms[position - 1]
        if lang == "en" and before != "the":
            continue
        verb_or_particle = before.endswith("ت") or before in _AR_PARTICLES
        if lang == "ar" and (before.startswith("ال") or not verb_or_particle):
            continue  # الجولة الأخيرة, "the last round": an adjective
        named = [*earlier] + [slot.side or slot.key for slot in slots if slot.end <= position]
        if named:
            key = named[-1]
            found.append(Slot(position, position + 1, key, "anaphor", prefix, key))
    return found


def conflict_parties(
    forms: list[str], phrases: set[tuple[str, ...]], slots: list[Slot]
) -> list[Slot]:
    """ "The warring parties in Sudan", طرفي النزاع في ليبيا: the state the conflict is in
    (its two sides are that state's, whoever they are)."""
    found = []
    for slot in slots:
        if not slot.state or slot.start < 3 or forms[slot.start - 1] not in {"في", "in"}:
            continue
        for phrase in phrases:
            start = slot.start - 1 - len(phrase)
            if start >= 0 and tuple(forms[start : slot.start - 1]) == phrase:
                found.append(Slot(start, slot.start - 1, slot.key, "anaphor", "", slot.key, True))
                break
    return found


# Particles a clause's subject may follow: بأن الأخيرة، فيما الأخيرة.
_AR_PARTICLES = {"ان", "بان", "وان", "لان", "فيما", "بينما", "لكن", "ولكن", "كما"}


def neighbour_anaphors(
    lang: str,
    forms: list[str],
    anaphors: _AnaphorIndex,
    slots: list[Slot],
    earlier: tuple[str, ...] = (),
    actors: dict[str, Actor] | None = None,
) -> list[Slot]:
    """ "its neighbour", جارتها: the one state other than the subject's named before it in
    the sentence ("Congo severed relations with Rwanda, accusing its neighbour of …"), else
    the state the document named most before the sentence, the latest of equals (كينيا …
    نيروبي … . دعت الخارجية الصومالية جارتها; not لندن, named once in passing).

    Where the subject is a state whose neighbours the lexicon lists, the neighbour is one of
    them, on the side a compass word gives (جارتها الشمالية، "its western neighbour"): the one
    named in the document, else the only one on that side (كوريا الجنوبية … جارتها الشمالية).
    """
    found = []
    for position, form in enumerate(forms):
        prefix = anaphors.neighbour.get(form)
        if prefix is None:
            continue
        if lang == "en" and not {"its", "their"} & set(forms[max(0, position - 2) : position]):
            continue  # "its (western) neighbour": a neighbour of the subject's
        before = [slot for slot in slots if slot.end <= position]
        sides = list(dict.fromkeys(slot.side or slot.key for slot in before))
        around = _neighbours(lang, forms, position, sides[0], actors) if sides and actors else None
        if around is not None:
            named = [key for key in (*reversed(sides[1:]), *reversed(earlier)) if key in around]
            # (one not yet named only when nothing but the subject is: اتهمت كوريا الجنوبية
            # جارتها الشمالية)
            if named or (len(around) == 1 and len(sides) == 1):
                key = named[0] if named else next(iter(around))
                found.append(Slot(position, position + 1, key, "anaphor", prefix, key))
                continue
        others = sides[1:]
        if not others and sides and actors:
            states = [key for key in earlier if key != sides[0] and _is_state(key, actors)]
            others = [max(reversed(states), key=states.count)] if states else []
        if len(others) == 1 and others[0] != sides[0]:
            found.append(Slot(position, position + 1, others[0], "anaphor", prefix, others[0]))
    return found


# Compass words that say which neighbour: جارتها الشمالية، "its western neighbour".
_COMPASS = {
    **{normalize(f"{article}{word}{ending}"): side
       for word, side in (("شمالي", "N"), ("جنوبي", "S"), ("شرقي", "E"), ("غربي", "W"))
       for article in ("", "ال") for ending in ("", "ة")},
    "northern": "N", "southern": "S", "eastern": "E", "western": "W",
}  # fmt: skip


def _neighbours(
    lang: str, forms: list[str], position: int, subject: str, actors: dict[str, Actor]
) -> set[str] | None:
    """The subject state's listed neighbours on the side a compass word next to the noun
    gives (after it in Arabic, before it in English), all of them without one; None when
    the lexicon lists none for the subject."""
    actor = actors.get(subject)
    if actor is None or not actor.neighbours:
        return None
    word = (
        forms[position + 1]
        if lang == "ar" and position + 1 < len(forms)
        else (forms[position - 1] if lang == "en" and position else "")
    )
    side = _COMPASS.get(word)
    # (the one due west before those to the south-west: Algeria's western neighbour is
    # Morocco, not Mauritania)
    due = {key for key, direction in actor.neighbours if direction == side}
    return due or {key for key, direction in actor.neighbours if side is None or side in direction}


def own_anaphors(
    forms: list[str],
    anaphors: _AnaphorIndex,
    slots: list[Slot],
    earlier: tuple[str, ...],
    actors: dict[str, Actor],
) -> list[Slot]:
    """An Arabic organ of a state named by a pronoun: وقالت وزارة خارجيتها، وزارة دفاعه
    ("its foreign ministry", "its defence ministry"). It is the state the sentence names
    first, the subject its clauses share (رفضت إثيوبيا الاتهامات المصرية، وقالت وزارة
    خارجيتها), else the state the document named last."""
    found = []
    for position, form in enumerate(forms):
        if form not in anaphors.own or not position or forms[position - 1] not in _OWN_HEADS:
            continue  # (only after its head: وزارة خارجيتها، باسم خارجيته)
        states = [
            slot.key for slot in slots
            if slot.end <= position and slot.state and slot.kind != "anaphor"
        ]  # fmt: skip
        if not states:
            states = [key for key in reversed(earlier) if _is_state(key, actors)]
        if states:
            found.append(Slot(position, position + 1, states[0], "anaphor", "", states[0]))
    return found


# The heads an organ by pronoun stands after: وزارة خارجيتها، المتحدث باسم خارجيته.
_OWN_HEADS = {
    prefix + normalize(head)
    for head in ("وزارة", "وزير", "وزيرة", "باسم", "ناطق", "متحدث", "قيادة", "رئيس", "بيان")
    for prefix in ("", "و", "ف", "ل", "ب", "ول", "وب")
}


def government_anaphors(
    forms: list[str], anaphors: _AnaphorIndex, slots: list[Slot], actors: dict[str, Actor]
) -> list[Slot]:
    """A bare "the government" opening a that-clause (أبلغت الخارجية السودانية الأمين
    العام بأن الحكومة قررت، رفض حزب الله القرار واعتبر أن الحكومة «ارتكبت خطيئة»): the
    government of the state the sentence names first. Not with an adjective after it
    (بأن الحكومة الموازية: another one), nor with no state named before it."""
    taken = {i for slot in slots for i in range(slot.start, slot.end)}
    found = []
    for position, form in enumerate(forms):
        if form not in anaphors.government or position in taken or not position:
            continue
        if forms[position - 1] not in _THAT or position + 1 in taken:
            continue
        following = forms[position + 1] if position + 1 < len(forms) else ""
        if following.startswith("ال") and following not in _NOT_ADJECTIVES:
            continue
        states = [
            slot.key for slot in sorted(slots, key=lambda slot: slot.start)
            if slot.end <= position and _is_state(slot.key, actors)
        ]  # fmt: skip
        if states:
            found.append(Slot(position, position + 1, states[0], "anaphor", "", states[0]))
    return found


# The word that opens a that-clause (أن، إن، بأن، وأن), as normalised.
_THAT = {"ان", "بان", "وان", "لان"}


def _is_state(key: str, actors: dict[str, Actor]) -> bool:
    return key in actors and actors[key].actor_class == "State"


def plural_anaphors(
    forms: list[str],
    anaphors: _AnaphorIndex,
    slots: list[Slot],
    parties: tuple[tuple[str, ...], ...],
    texts: list[str] | None = None,
    stateless: frozenset[str] = frozenset(),
) -> list[tuple[Slot, tuple[str, ...]]]:
    """ "the two countries", البلدين، الدول الثلاث: the two (three) actors named together
    last, in this sentence before the phrase or earlier in the document. ``texts`` (English)
    must show the noun in the plural: "two government officials" are no governments.
    "The two countries" are never among ``stateless`` (the armed groups and bodies that
    belong to no state): ودعا البلدين after "Emirati arms to the RSF" are not those two."""
    found = []
    for position, form in enumerate(forms):
        entries = anaphors.plural.get(form, ())
        if form == "two" and _bare_two(forms, position):
            entries = [*entries, (("two",), 2)]
        for entry, size in entries:
            if tuple(forms[position : position + len(entry)]) != entry:
                continue
            last = position + len(entry) - 1
            if texts is not None and len(entry) > 1 and texts[last].lower() == forms[last]:
                continue
            if any(s.start == last + 1 and s.kind == "demonym" for s in slots):
                continue  # بين الجانبين الروسي والأوكراني: the adjectives name the two
            # The sentence's first pair ("Pakistan and Afghanistan agreed … after talks
            # mediated by Qatar and Turkey … between the two neighbours"), else the latest.
            earlier = sorted((s for s in slots if s.end <= position), key=lambda s: s.start)
            # A mediator is no party: "talks mediated by Qatar and Turkey", بوساطة قطرية وتركية.
            mediators = {
                s.key for s in earlier
                if s.start and (forms[s.start - 1] in _AR_MEDIATION or forms[s.start - 1] == "by"
                                and s.start >= 2 and forms[s.start - 2] in _MEDIATING)
            }  # fmt: skip
            countries = not _COUNTRY_NOUNS.isdisjoint(entry)  # (الدول الثلاث too)
            here = [
                run for run in conjoined(earlier, forms)
                if len(run) == size and not mediators & set(run)
                and not (countries and stateless & set(run))
            ]  # fmt: skip
            # "the two parties" after "mediating between Israel and Hamas": those two.
            between = [
                run for run in conjoined(earlier, forms, after_between=True) if len(run) == size
            ]
            # "Seoul and Tokyo condemned the two countries", ودعت روسيا البلدين: the
            # subject right before the phrase is not what it refers to.
            gap = forms[earlier[-1].end : position] if earlier else []
            if earlier and len(gap) <= 3 and not {",", "،", "بين", "between"} & set(gap):
                here = [run for run in here if earlier[-1].key not in run]
            here = between or here
            before = [
                run for run in parties
                if len(run) == size and not (countries and stateless & set(run))
            ]  # fmt: skip
            keys = here[0] if here else (before[-1] if before else None)
            # (not a venue: على هامش اجتماعات آسيان في العاصمة اللاوسية، واتفق الجانبان)
            actors = [s for s in earlier if not _venue_of(forms, s)]
            named = tuple(dict.fromkeys(s.key for s in actors if s.key not in mediators))
            if keys is None and len(named) == size:
                keys = named  # اتهمت باكستان الهند …، وتبادل البلدان: the only two named
            sides = tuple(dict.fromkeys(s.side or s.key for s in actors if s.key not in mediators))
            if keys is None and len(sides) == size:
                # التقى الدبيبة في طرابلس الوزير التركي فيدان، ووقّع الجانبان: the only two
                # sides named, each by its officials, capital or demonym.
                keys = sides
            if keys is None and len(sides) == size + 1 and position - earlier[-1].end <= 4:
                # "…, and the African Union called on both sides", "Rubio phoned leaders on
                # both sides": the subject addressing them is not one of them.
                last = earlier[-1].side or earlier[-1].key
                rest = tuple(side for side in sides if side != last)
                keys = rest if len(rest) == size else None
            if keys:
                slot = Slot(position, position + len(entry), keys[0], "plural", "", keys[0])
                found.append((slot, keys))
    return found


# The nouns of a pair or trio anaphor that only states can be: البلدين، الدول الثلاث، "the
# two nations".
_COUNTRY_NOUNS = {normalize(word) for word in (
    "البلدين", "البلدان", "الدولتين", "الدولتان", "الدول", "country", "nation", "state",
)}  # fmt: skip


def _venue_of(forms: list[str], slot: Slot) -> bool:
    """Whether a mention only names where a meeting was: in a place (في العاصمة
    اللاوسية، "in Kabul") or on the margins of another's meeting (على هامش اجتماعات آسيان)."""
    start = max(0, slot.start - 10)
    commas = [i for i in range(start, slot.start) if forms[i] == "،"]
    before = forms[commas[-1] + 1 if commas else start : slot.start]  # (this clause's)
    # (and "met … in Kabul for trilateral talks, at which the three sides agreed")
    return "هامش" in before or "في" in before[-2:] or before[-1:] in (["in"], ["at"])


# What "the two" says when it stands for two actors on its own: "and the two signed a
# pact", "the two also agreed" (as lemmas).
_AFTER_BARE_TWO = {
    "sign", "agree", "discuss", "hold", "meet", "exchange", "also", "have", "will", "would",
    "reach", "pledge", "vow", "call", "express", "stress", "affirm", "announce", "issue",
    "review", "talk", "conclude",
}  # fmt: skip


def _bare_two(forms: list[str], position: int) -> bool:
    """ "the two" followed by its verb, not by a noun ("the two countries", "two soldiers")."""
    return (
        position > 0
        and forms[position - 1] == "the"
        and position + 1 < len(forms)
        and forms[position + 1] in _AFTER_BARE_TWO
    )


# English verbs of mediating before "by", as lemmas (the forms here are lemmas in English).
_MEDIATING = {"mediate", "broker", "facilitate", "sponsor"}


def conjoined(
    slots: list[Slot],
    forms: list[str],
    after_between: bool = False,
    titles: frozenset[int] | set[int] = frozenset(),
) -> list[tuple[str, ...]]:
    """Runs of distinct actors joined by و, "and" or commas: مصر والأردن، Spain and Norway.

    With the positions of ``titles``, an official named after its state's demonym is
    that one actor (الرئيس الصومالي حسن شيخ محمود), and a title opening with و joins
    the next (… ورئيس الوزراء الإثيوبي)."""
    runs: list[list[Slot]] = []
    for slot in slots:
        previous = runs[-1][-1] if runs else None
        gap = (
            [w for w in forms[previous.end : slot.start] if w not in _QUOTES] if previous else None
        )
        if gap and len(gap) == 1 and gap[0] in _AR_GROUP_HEADS:
            gap = ["و"]  # إسرائيل وحركة «حماس»
        inner = range(previous.end, slot.start) if previous is not None else range(0)
        titled = previous is not None and all(p in titles or forms[p] in _AND for p in inner)
        joins = [p for p in inner if forms[p] in _AND or conjoined_title(forms[p])]
        if titled and len(joins) == 1:
            gap = ["و"]  # "… Hassan Sheikh Mohamud and Ethiopian Prime Minister"
        elif titled and not joins and slot.side == (previous.side or previous.key):
            runs[-1][-1] = slot  # "Somali President Hassan Sheikh Mohamud": one actor
            continue
        joined = previous is not None and (
            (not gap and slot.prefix.startswith("و"))
            or (gap and set(gap) <= {"and", ",", "،", "و", "the"})
        )
        if joined:
            runs[-1].append(slot)
        else:
            runs.append([slot])
    if after_between:  # only runs right after بين / between (the)
        runs = [
            run for run in runs
            if {forms[i] for i in range(max(0, run[0].start - 2), run[0].start)}
            & {"بين", "between"}
        ]  # fmt: skip
    keys = [tuple(dict.fromkeys(s.key for s in run)) for run in runs]
    return [run for run in keys if len(run) > 1]


_AND = {"and", "و"}


@dataclass(frozen=True, slots=True)
class _AnaphorIndex:
    """The anaphor cue words of one language, indexed for a pass over a sentence's words."""

    group: dict[str, tuple[str, str]]  # written form -> (proclitics, noun): وللحزب -> ول، الحزب
    state: dict[str, tuple[str, str]]  # the same for "the kingdom": للمملكة -> ل، المملكة
    neighbour: dict[str, str]  # written form -> proclitics: وجارتها -> و
    latter: dict[str, str]  # the same for "the latter": والأخيرة -> و
    own: frozenset[str]  # "its foreign ministry": خارجيتها (after its head, no clitic)
    government: frozenset[str]  # "the government" with no state named: الحكومة
    plural: dict[str, list[tuple[tuple[str, ...], int]]]  # first word -> (phrase, how many)
    words: frozenset[str]  # every key of both: a sentence with none of them has no anaphor


_ANAPHORS: dict[int, tuple[LanguageLexicon, _AnaphorIndex]] = {}


def _after_the(forms: list[str], position: int) -> bool:
    """ "the group", "the Iran-backed movement": "the" at most four words before."""
    for before in range(position - 1, max(-1, position - 5), -1):
        if forms[before] == "the":
            return True
        if forms[before] in {",", ".", "and", "a", "an", "its", "their"}:
            return False
    return False


def _with_clitics(table: LanguageLexicon, kind: str) -> dict[str, tuple[str, str]]:
    """A cue's written forms, in Arabic with their proclitics: written form -> (proclitics,
    noun), وللحزب -> (ول، الحزب)."""
    forms: dict[str, tuple[str, str]] = {}
    for form, *_ in table.cues.get(kind, ()):
        forms[form] = ("", form)
        if table.lang == "ar":
            for prefix in ("و", "ف", "ب", "وب", "فب"):
                forms[prefix + form] = (prefix, form)
            for prefix in ("لل", "ولل", "فلل"):  # للحزب: ل + الحزب
                forms[prefix + form[2:]] = (prefix, form)
    return forms


def anaphor_index(table: LanguageLexicon) -> _AnaphorIndex:
    cached = _ANAPHORS.get(id(table))
    if cached is None or cached[0] is not table:
        group = _with_clitics(table, "group_anaphor")
        state = _with_clitics(table, "state_anaphor")
        plural: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for kind, size in (("pair_anaphor", 2), ("trio_anaphor", 3)):
            for entry in table.cues.get(kind, ()):
                plural.setdefault(entry[0], []).append((entry, size))
        neighbour: dict[str, str] = {}
        for form, *_ in table.cues.get("neighbour_anaphor", ()):
            neighbour[form] = ""
            if table.lang == "ar":
                for prefix in ("و", "ف", "ب", "ل", "وب", "ول"):
                    neighbour[prefix + form] = prefix
        latter: dict[str, str] = {}
        for form, *_ in table.cues.get("latter_anaphor", ()):
            latter[form] = ""
            if table.lang == "ar":
                for prefix in ("و", "ف"):
                    latter[prefix + form] = prefix
        own = frozenset(form for form, *_ in table.cues.get("own_anaphor", ()))
        government = frozenset(form for form, *_ in table.cues.get("government_anaphor", ()))
        words = (
            frozenset(group) | frozenset(state) | frozenset(plural) | frozenset(neighbour)
            | frozenset(latter) | own | government
        )  # fmt: skip
        index = _AnaphorIndex(group, state, neighbour, latter, own, government, plural, words)
        cached = _ANAPHORS[id(table)] = (table, index)
    return cached[1]


def _antecedent_group(lang: str, noun: str, named: list[str], table: LanguageLexicon) -> str:
    """The latest of ``named`` that an Arabic name calls ``noun`` (حركه for حركة حماس),
    else the latest of all."""
    if lang == "ar" and named:
        head = noun[2:] if noun.startswith("ال") else noun
        heads = _name_ends(table, 0)
        for key in reversed(named):
            if head in heads.get(key, ()):
                return key
    return named[-1] if named else ""


_NAME_WORDS: dict[int, tuple[LanguageLexicon, dict[str, frozenset[str]]]] = {}


def _name_words(table: LanguageLexicon) -> dict[str, frozenset[str]]:
    """Per state, the words of its names without the article (مملكه، kingdom), built
    once; "United Kingdom" gives none (the United Kingdom is not "the kingdom")."""
    cached = _NAME_WORDS.get(id(table))
    if cached is None or cached[0] is not table:
        words: dict[str, set[str]] = {}
        for tokens, entries in table.aliases.items():
            lowered = [token.lower().removeprefix("ال") for token in tokens]
            if "united" in lowered or "المتحده" in lowered:
                continue
            for key, kind in entries:
                if kind in {"name", "short"}:
                    words.setdefault(key, set()).update(lowered)
        frozen = {key: frozenset(found) for key, found in words.items()}
        cached = _NAME_WORDS[id(table)] = (table, frozen)
    return cached[1]


_NAME_ENDS: dict[tuple[int, int], tuple[LanguageLexicon, dict[str, frozenset[str]]]] = {}


def _name_ends(table: LanguageLexicon, index: int) -> dict[str, frozenset[str]]:
    """Per actor key, the first (``index`` 0) or last (-1) words of its names: حركه، تنظيم،
    جماعه …; "council" for "Security Council". Built once per table and end."""
    cached = _NAME_ENDS.get((id(table), index))
    if cached is None or cached[0] is not table:
        ends: dict[str, set[str]] = {}
        for tokens, entries in table.aliases.items():
            for key, _kind in entries:
                ends.setdefault(key, set()).add(tokens[index])
        frozen = {key: frozenset(words) for key, words in ends.items()}
        cached = _NAME_ENDS[(id(table), index)] = (table, frozen)
    return cached[1]


#: The actors "the group" or الحركة can stand for.
GROUP_CLASSES = {"ArmedGroup", "Organization"}

# Nouns for an organisation of any kind, international ones included.
_ORGANISATION = {"المنظمه", "البعثه", "organisation", "organization"}

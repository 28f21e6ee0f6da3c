"""Word-order searches over a frame: actors left and right, coordination, clause subjects."""

from __future__ import annotations

from functools import lru_cache

from kg.lang.ar.ambiguity import unprefixed
from kg.lang.ar.normalize import normalize
from kg.relations.frame import SentenceFrame, Slot, TriggerHit
from kg.relations.words import (
    _AR_CONJUNCTIONS,
    _AR_GROUP_HEADS,
    _AR_NUMBER_WORDS,
    _AR_PREPS,
    _BELONGING,
    _CLAUSE_PUNCT,
    _COMMA,
    _CROWD_COUNTS,
    _EN_ADVERBS,
    _EN_CONJUNCTIONS,
    _EN_DETERMINERS,
    _EN_FINITE_BE,
    _EN_PREPS,
    _EN_WEEKDAYS,
    _ENVOYS,
    _LOCATIVE,
    _OPERATION_NOUNS,
    _PREPS,
    _QUOTES,
    _adverb_phrase_after,
    _adverb_phrase_before,
    conjoined_title,
)

__all__ = [
    "_EN_TAKING_PART",
    "_en_taking_part",
    "_past_partner",
    "_titled_mention",
    "_relative_clause_subject",
    "_mention_at",
    "_trigger_at",
    "_noun_at",
    "_prep_clitic",
    "_new_predicate",
    "_cue_in",
    "_first_person",
    "_coordinated",
    "_keys",
    "_left_subject",
    "_right_mention",
    "_clause_start",
    "_clause_subject",
    "_each_of_word",
    "_sentence_subject",
    "_noun_source",
    "_placed",
]


def _mention_at(frame: SentenceFrame, position: int) -> Slot | None:
    return frame.slot_at[position] if 0 <= position < len(frame.slot_at) else None


def _actor_before_titles(frame: SentenceFrame, end: int) -> Slot | None:
    """The actor that ends where the titles and possessive mark before ``end`` begin:
    "Pyongyang's defence ministry", "Mali's military government", or one right before."""
    owner = end
    while owner > 1 and (owner - 1 in frame.roles or frame.forms[owner - 1] in {"'s", "’s"}):
        owner -= 1
    slot = _mention_at(frame, owner - 1)
    return slot if slot is not None and slot.end == owner else None


def _trigger_at(frame: SentenceFrame, position: int) -> bool:
    return 0 <= position < len(frame.hit_at) and frame.hit_at[position] is not None


def _noun_at(frame: SentenceFrame, position: int) -> bool:
    hit = frame.hit_at[position] if 0 <= position < len(frame.hit_at) else None
    return hit is not None and hit.start == position and any(t.pos == "noun" for t in hit.triggers)


@lru_cache(maxsize=1 << 10)  # a handful of distinct proclitic strings, asked about often
def _prep_clitic(prefix: str) -> bool:
    """Whether Arabic proclitics hold a preposition: بـ، لـ، كـ (وللعراق yes, وال no)."""
    if prefix.endswith("لل"):
        return True
    base = prefix[:-2] if prefix.endswith("ال") else prefix
    return any(letter in base for letter in "بلك")


def _nominal_after(frame: SentenceFrame, position: int) -> bool:
    """Whether an English word is followed by a noun phrase (an actor, a determiner, a name)."""
    following = position + 1
    if following >= len(frame.forms):
        return False
    text = frame.texts[following]
    return (
        _mention_at(frame, following) is not None
        or frame.forms[following] in _EN_DETERMINERS | _DIRECTIONS  # "to northern Iraq"
        or frame.forms[following] in {"neighbouring", "neighboring"}  # "to neighbouring Niger"
        or text[:1].isupper()
    )


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
    before = _adverb_phrase_before(frame.forms, position) - 1  # "and in turn accused"
    if before > 0 and frame.forms[before].endswith("ly") and len(frame.forms[before]) > 4:
        before -= 1  # "and strongly urged"
    joined = hit.prefix.startswith(("و", "ف")) or (
        position and frame.forms[before] in {"and", "but"}
    )
    return verb and joined


def _cue_in(frame: SentenceFrame, kinds: tuple[str, ...], start: int, end: int) -> bool:
    """Whether a cue of one of ``kinds`` stands at a position from ``start`` to ``end - 1``."""
    for kind in kinds:
        for position in frame.cue_at.get(kind, ()):
            if start <= position < end:
                return True
    return False


def _first_person(frame: SentenceFrame, start: int, end: int) -> bool:
    return _cue_in(frame, ("first_person",), start, end)


# Head nouns a conjunct may carry before its name: وحركة «حماس»، ودول الاتحاد الأوروبي.
# (and a force or mission named by its body: مجلس الأمن وقوة الأمم المتحدة; an ally or a
# backer: لحكومة الوفاق وحليفتها أنقرة، وداعمتها أنقرة)
_AR_JOINED_HEADS = _AR_GROUP_HEADS | {
    "ودول", "وقوه", "وقوات", "وبعثه", "وحليفتها", "وحليفها", "وحليفته", "وحليفه",
    "وداعمتها", "وداعمها", "وداعمته", "وداعمه",
}  # fmt: skip


def _coordinated(frame: SentenceFrame, slot: Slot) -> tuple[Slot, ...]:
    """The mention and the actors coordinated with it (وسوريا، and Syria, ", Jordan and")."""
    group = frame.groups.get(slot.start)
    if group is None:  # each search asks again for the same few mentions
        group = frame.groups[slot.start] = tuple(_find_coordinated(frame, slot))
    return group


# Adjectives before an English title that leave it a title: "interim President".
_TITLE_ADJECTIVES = {"interim", "acting", "caretaker", "outgoing", "incoming", "new", "former",
                     "then"}  # fmt: skip


# Adjectives of a side named after "and the": "the rival Rapid Support Forces".
_SIDE_ADJECTIVES = {"rival", "paramilitary", "opposing", "breakaway", "separatist", "allied",
                    "neighbouring", "neighboring"}  # fmt: skip


# A partner named in apposition after "and its": "Minsk and its ally Moscow".
_EN_ALLY_NOUNS = {"ally", "neighbour", "neighbor", "partner", "backer", "patron"}


def _find_coordinated(frame: SentenceFrame, slot: Slot) -> list[Slot]:
    if slot.start in frame.plurals:  # "the two countries": the actors it stands for
        return [
            Slot(slot.start, slot.end, key, "plural", slot.prefix, key, slot.state)
            for key in frame.plurals[slot.start]
        ]
    group = [slot]
    index = frame.order[slot.start]
    conjunctions = _EN_CONJUNCTIONS if frame.lang == "en" else _AR_CONJUNCTIONS
    closed = len(group)  # members up to here are joined by a real conjunction
    while index + 1 < len(frame.mentions):
        current, following = frame.mentions[index], frame.mentions[index + 1]
        gap = [w for w in frame.forms[current.end : following.start] if w not in _QUOTES]
        if frame.lang == "ar" and len(gap) == 1 and gap[0] in _AR_JOINED_HEADS:
            gap = ["و"]  # إسرائيل وحركة «حماس»
        if (
            frame.lang == "ar"
            and gap == ["في"]
            and following.kind == "capital"
            and (following.side or following.key).split(".")[0]
            == (current.side or current.key).split(".")[0]
        ):
            # حكومة الوفاق الوطني في طرابلس وداعمتها أنقرة: past the body's seat
            index += 1
            continue
        # ("Libya's Tripoli-based Government of National Unity": past a hyphenated
        # modifier too)
        modifier = gap[1:]
        if gap[:1] in (["'s"], ["’s"]) and (
            not modifier or (len(modifier) in (3, 5) and set(modifier[1::2]) == {"-"})
        ):
            # "Pakistan and Afghanistan's Taliban government": the possessor only
            # qualifies the actor that follows it.
            group[-1] = following
            index += 1
            continue
        if (
            frame.lang == "ar"
            and current.kind in {"demonym", "person"}  # (وزير الدفاع الروسي سيرغي شويغو)
            and following.kind == "demonym"
            # (or on the second noun: القوات البحرية الإماراتية ومشاة البحرية الأميركية،
            # قاذفتان روسيتان وقاذفتان صينيتان)
            and (following.prefix.startswith("و") or frame.forms[current.end].startswith("و"))
            and (current.kind == "demonym" or conjoined_title(frame.texts[current.end]))
            and 0 < len(gap) <= 3
            and not any(
                frame.hit_at[i] or frame.stops_at_comma[i]
                for i in range(current.end, following.start)
            )
        ):
            # وزيرا الدفاع اللبناني ميشال منسى والسوري مرهف أبو قصرة: a name the lexicon
            # does not know, then the second minister's demonym on its own.
            group.append(following)
            closed = len(group)
            index += 1
            continue
        titles_only = all(  # (quotes round a name in a title: وقائد «قوات سوريا الديمقراطية»)
            i in frame.named or frame.forms[i] in _QUOTES
            for i in range(current.end, following.start)
        )
        if titles_only and following.side == current.side and following.key != current.key:
            # "Japanese Prime Minister Fumio Kishida", الإيراني محمد جواد ظريف: one actor.
            group[-1] = following
            index += 1
            continue
        if not titles_only and frame.lang == "ar" and len(gap) > 1 and gap[-1] == "من":
            # ووفد من حركة حماس: a title and its "of" before the next actor.
            titles_only = frame.named.issuperset(range(current.end, following.start - 1))
        if titles_only and gap and frame.lang == "ar" and conjoined_title(frame.texts[current.end]):
            # الدبيبة ورئيس الوزراء المالطي: the conjunction is on the next actor's title.
            group.append(following)
            closed = len(group)
            index += 1
            continue
        # "Egyptian-Qatari", "U.S.-South Korean drills": a state and a demonym hyphenated
        # qualify one noun jointly.
        hyphened = gap == ["-"] and following.kind == "demonym" and current.state
        joined = (
            following.prefix.startswith("و") or _adjectives(current, following) or hyphened
        ) and (not gap or (gap == ["-"] and (_adjectives(current, following) or hyphened)))
        listed = gap and conjunctions.issuperset(gap)
        if not listed and frame.lang == "en" and gap[:1] == ["and"] and len(gap) == 2:
            # "Mirzoyan and his Azerbaijani counterpart" (not "Turkey and its allies")
            listed = gap[1] in {"his", "her"}
        if not listed and frame.lang == "en" and gap[:2] in (["and", "its"], ["and", "their"]):
            listed = len(gap) == 3 and gap[2] in _EN_ALLY_NOUNS  # "Minsk and its ally Moscow"
        if not listed and frame.lang == "en" and {"and", "or"} & set(gap):
            # "Syria's interim government and the Kurdish-led SDF": the first actor's
            # title stands in the gap.
            listed = all(
                frame.forms[i] in conjunctions
                or frame.forms[i] in {"'s", "’s"}
                or i in frame.named
                or frame.forms[i] in _TITLE_ADJECTIVES  # "… and interim President al-Sharaa"
                or frame.forms[i] in _SIDE_ADJECTIVES  # "Sudan's army and the rival RSF"
                # "Egypt's prime minister and his Libyan counterpart"
                or (frame.forms[i] in {"his", "her"} and frame.forms[i - 1] == "and")
                or "-" in frame.texts[i - 1 : i + 2]  # "Libya's Tripoli-based government"
                for i in range(current.end, following.start)
            )
        if not (joined or listed):
            break
        if frame.lang == "en" and len(group) == 1 and gap in ([",", "and"], [",", "but"]):
            break  # "… its war in Ukraine, and Minsk vowed": a new clause, not a list
        verb = following.end
        while verb < len(frame.forms) and (  # ", and Pakistan's Foreign Office summoned"
            frame.forms[verb] in {"'s", "’s"} or verb in frame.named or frame.slot_at[verb]
        ):
            verb += 1
        verb += verb < len(frame.forms) and frame.forms[verb] in _EN_ADVERBS  # "and Ankara again"
        if (
            frame.lang == "en"
            and "," in gap
            and verb < len(frame.forms)
            and (
                # ("warned" is a verb, whatever noun "warn" may also be)
                (
                    _trigger_at(frame, verb)
                    and (not _noun_at(frame, verb) or frame.texts[verb].endswith("ed"))
                )
                or frame.cues.get(verb) in {"report", "light_verb"}  # "…, and France said"
            )
        ):
            break  # "recognised Palestine, and Israel recalled …": a new clause's subject
        if (
            frame.lang == "en"
            and gap == ["and"]
            and verb < len(frame.forms)
            and frame.forms[verb] in _EN_AUXILIARIES
            and _after_act(frame, group[0].start)
        ):
            break  # "… drones in Ukraine and France will pay for missiles": a new clause
        group.append(following)
        index += 1
        if joined or any(word not in {",", "،", "the"} for word in gap):
            closed = len(group)
    # "Syria, the Pentagon said": commas alone make a list only when "and" ends it.
    return group[:closed]


# Words that open a predicate after its subject: a conjunct followed by one starts a clause.
_EN_AUXILIARIES = {"will", "would", "has", "have", "had", "is", "was", "are", "were", "said",
                   "says", "could", "can", "should", "must", "did", "does", "plans"}  # fmt: skip


def _after_act(frame: SentenceFrame, start: int) -> bool:
    """Whether a verb of the clause comes shortly before ``start``: the actor there is its
    object ("sent tanks to Ukraine"), not a subject that a verb after "and" shares."""
    for position in range(start - 1, max(-1, start - 8), -1):
        if frame.stops_at_comma[position]:
            return False
        hit = frame.hit_at[position]
        if hit is not None:
            # (a verb's object: not "mediation between Israel and Hamas would continue")
            return (
                any(t.pos == "verb" for t in hit.triggers) and frame.forms[start - 1] != "between"
            )
    return False


def _adjectives(current: Slot, following: Slot) -> bool:
    """Two demonyms in a row qualify one noun jointly: المقترح المصري القطري."""
    return current.kind == "demonym" and following.kind == "demonym"


def _coordination_head(frame: SentenceFrame, slot: Slot) -> Slot:
    """For "Jordan and Egypt condemned", the first conjunct: coordination expands forward."""
    index = frame.order[slot.start]
    while index > 0:
        previous = frame.mentions[index - 1]
        if slot in _coordinated(frame, previous) and not _ends_phrase(frame, previous, index):
            index -= 1
        else:
            break
    return frame.mentions[index]


# Prepositions whose object, followed by a comma, ends its phrase: "under the auspices of
# Turkish President Erdogan, Somalia's president and Abiy Ahmed agreed" (not a conjunct).
_EN_PHRASE_PREPS = {"of", "under"}


def _ends_phrase(frame: SentenceFrame, previous: Slot, index: int) -> bool:
    """Whether an English actor governed by a preposition is closed by the comma after it,
    so the list that follows is no longer its."""
    head = frame.mentions[index]
    if frame.lang != "en" or frame.forms[previous.end : head.start] != [","]:
        return False
    before = previous.start - 1  # (back over the actor's title: "of Qatar's Emir Tamim")
    while before >= 0 and (
        before in frame.roles or before in frame.named or frame.forms[before] in {"'s", "’s"}
    ):
        before -= 1
    return before >= 0 and frame.forms[before] in _EN_PHRASE_PREPS


def _keys(frame: SentenceFrame, slot: Slot) -> list[str]:
    return [member.key for member in _coordinated(frame, slot)]


def _whose_antecedent(frame: SentenceFrame, start: int) -> Slot | None:
    """The actor before ", whose <noun> (are) <verb>": "Ukraine, whose forces are fighting"
    (a few plain words and auxiliaries between), else None."""
    for position in range(start - 1, max(-1, start - 6), -1):
        if frame.forms[position] == "whose":
            before = position - 1 - (position >= 1 and frame.texts[position - 1] in _COMMA)
            slot = _mention_at(frame, before) if before >= 0 else None
            return _coordination_head(frame, slot) if slot is not None else None
        if frame.slot_at[position] is not None or frame.hit_at[position] is not None:
            return None
        if frame.stops_at_comma[position] or not frame.forms[position].isalpha():
            return None
    return None


# Nouns of cover before a backer: تحت غطاء أميركي، بغطاء روسي، تحت مظلة الناتو.
_COVER = {normalize(word) for word in ("غطاء", "بغطاء", "مظلة", "بمظلة")}

# The pronoun of a cleft before its relative: واشنطن هي التي، الحزب هو الذي.
_AR_CLEFT = {"هي", "هو", "هم"}


def _left_subject(frame: SentenceFrame, start: int, max_gap: int) -> Slot | None:
    """The actor right before ``start`` (subject-verb order), skipping titles and names."""
    position = start - 1
    gap = 0
    relative = (
        {"which", "who", "that"}
        if frame.lang == "en"
        else {"التي", "الذي", "الذين", "اللتان", "اللذان", "اللتين", "اللذين"}
    )
    if frame.lang == "en" and position >= 1:
        # "Eritrea, which last month declined", "which also backs": past the adverbial
        back = _adverb_phrase_before(frame.forms, position + 1) - 1
        back -= back == position and frame.forms[position] in _EN_ADVERBS
        if back >= 0 and frame.forms[back] in relative:
            position = back
    if (
        frame.lang == "en"
        and position >= 1
        and frame.forms[position] in {"has", "have", "had"}
        and frame.forms[position - 1] in relative
    ):
        position -= 1  # "Brazil, which has mediated between …"
    if position >= 0 and frame.forms[position] in relative:
        # "Russia, which backs Syria", الحركة التي نددت: the relative pronoun's antecedent
        # is the subject.
        position -= 1 + (position >= 1 and frame.texts[position - 1] in _COMMA)
        if frame.lang == "ar" and position >= 1 and frame.forms[position] in _AR_CLEFT:
            position -= 1  # واشنطن هي التي منحت: the cleft's pronoun stands for it
        slot = _mention_at(frame, position) if position >= 0 else None
        if slot is not None and _placed(frame, slot) and not _seat(frame, slot):
            slot = None  # "an attack on the base in western Iraq that wounded": a place
        if slot is None and position in frame.roles:
            slot = _actor_before_titles(frame, position + 1)  # "the Iranian president, who"
        operation = next(
            (i for i in range(position, max(-1, position - 4), -1)
             if frame.forms[i] in _OPERATION_NOUNS),
            None,
        )  # fmt: skip
        if slot is None and operation is not None:
            # "French troops conducted an operation near Menaka that killed 40 fighters":
            # whoever carried out the operation.
            slot = _clause_subject(frame, operation)
        return _coordination_head(frame, slot) if slot is not None else None
    whose = _whose_antecedent(frame, start) if frame.lang == "en" else None
    if whose is not None:
        return whose  # "Ukraine, whose forces are fighting Russian troops": Ukraine's
    if frame.lang == "en":
        position = _past_armed_with(frame, position)
    while position >= 0 and gap <= max_gap:
        slot = _mention_at(frame, position)
        # "the government in Tripoli appealed", "protesters in Amman denounced": the
        # capital is the seat of the body, the home of the crowd.
        seat = slot is not None and _seat(frame, slot)
        opening = slot.start - 1 if slot is not None else -1
        capital = opening > 0 and frame.forms[opening] == "العاصمه"
        if capital:
            opening -= 1  # من العاصمة السعودية
        if (
            slot is not None
            and frame.lang == "ar"
            and not seat
            and opening >= 0
            and (frame.forms[opening] in {"لدي", "عند", "امام", "من"}
                 or capital and frame.forms[opening] == "في")
        ):  # fmt: skip
            return None  # استدعت مالي سفيرها لدى الجزائر واتهمت، أعلن ترامب من الرياض رفع
            # العقوبات: a place, the verb's subject is the first verb's
        against = slot is not None and frame.forms[max(0, slot.start - 2) : slot.start] == [
            "anti",
            "-",
        ]  # "Georgians chanting anti-Russian slogans protested": whom they oppose
        if (
            slot is not None
            and not against
            and (seat or not (frame.lang == "en" and _placed(frame, slot)))
        ):
            if _participle_after_object(frame, slot, start):
                # "Egypt has written to the U.N. Security Council objecting to …": the one
                # written to is no subject of the participle; the clause's subject is
                return _clause_subject(frame, slot.start)
            return _envoy_home(frame, slot) or _coordination_head(frame, slot)
        if slot is not None:  # "positions across southern Lebanon": a place, no subject
            position = slot.start - 1
            continue
        if frame.texts[position] in _COMMA:
            named = _mention_at(frame, position - 1) if position else None
            if (
                named is not None
                and named.kind == "person"
                and named.start
                and frame.texts[named.start - 1] in _COMMA
            ):
                return named  # "Lebanon's prime minister, Najib Mikati, condemned"
            office = _office_apposed(frame, position) if frame.lang == "en" else None
            if office is not None:
                return office  # "Roza Otunbayeva, head of the U.N. mission in Kabul, welcomed"
            skipped = _skip_insertion(frame, position)
            if skipped is not None:
                position = skipped
                continue
        if frame.texts[position] in _QUOTES and _quoted_name(frame, position):
            # إسرائيل وحركة «حماس» وافقتا: the marks around a name; but a name after a
            # preposition is no subject (التحالف الدولي ضد «داعش» التوصل).
            opening = position - 1
            while opening >= 0 and frame.texts[opening] not in {"«", "“"}:
                opening -= 1
            if opening >= 1 and frame.forms[opening - 1] in _PREPS:
                return None
            position -= 1
            continue
        negated = start >= 2 and frame.forms[start - 1] in _AR_NEGATIONS
        if negated and position == start - 1 and frame.texts[position - 1] in _QUOTE_OPENERS:
            position -= 1  # بأن طهران «لن تتفاوض»: the negation inside the quotation, no gap
            continue
        adverb = frame.lang == "en" and start >= 2 and frame.forms[start - 1].endswith("ly")
        if (
            position == start - 1 - negated - adverb  # (and Turkey "strongly condemns")
            and frame.texts[position] in _QUOTE_OPENERS
        ):
            # أن القاهرة «لن تقف مكتوفة الأيدي»: a quotation opening on the verb (or its
            # negation); but not a place before it (الوفد الذي توجّه إلى القاهرة «لن يقبل»;
            # a seat is one: الحكومة الانتقالية في مالي «قطع العلاقات»).
            named = _mention_at(frame, position - 1) if position else None
            if named is not None and named.start and frame.forms[named.start - 1] in _AR_TOWARD:
                return None
            position -= 1
            continue
        if frame.stops_at_comma[position] or frame.texts[position] in _QUOTES:
            return None
        if frame.forms[position] in _EN_WEEKDAYS and frame.forms[position - 1] == "on":
            position -= 2  # "The IAEA board on Thursday passed": a date, no gap
            continue
        if frame.forms[position] in _EN_SPANS and frame.forms[position - 1] in _EN_WHICH_SPAN:
            # "Iraq's parliament voted the same day to demand": a time, no gap
            position -= 2 + (position >= 2 and frame.forms[position - 2] == "the")
            continue
        if position not in frame.roles and position not in frame.persons:
            gap += 1
        position -= 1
    return None


# "the same day", "the next week", "that morning": when, not what.
_EN_SPANS = {"day", "week", "month", "morning", "evening", "night", "afternoon"}
_EN_WHICH_SPAN = {"same", "next", "following", "previous", "that", "this"}


def _participle_after_object(frame: SentenceFrame, slot: Slot, start: int) -> bool:
    """Whether an English participle at ``start`` follows, right after it, an actor that
    a preposition makes an object ("written to the U.N. Security Council objecting")."""
    if frame.lang != "en" or not frame.forms[start].endswith("ing"):
        return False
    between = frame.forms[slot.end : start]  # (or past a day: "at the United Nations on
    if between and not (len(between) == 2 and between[0] == "on" and between[1] in _EN_WEEKDAYS):
        return False  # Friday accusing Britain")
    before = slot.start - 1 - (slot.start >= 1 and frame.forms[slot.start - 1] == "the")
    # (not "with Kyiv agreeing": an absolute phrase, Kyiv agrees)
    return before >= 0 and frame.forms[before] in {"to", "at"}


def _seat(frame: SentenceFrame, slot: Slot) -> bool:
    """Whether a capital names where a body or crowd is ("the junta in Niamey",
    "protesters in Amman"): the seat of the body, the home of the crowd."""
    if slot.start < 2 or frame.forms[slot.start - 1] not in {"in", "في"}:
        return False
    if slot.start - 2 in frame.roles:
        # (not an organisation's own body posted there: "the U.N. mission in Afghanistan",
        # بعثة الأمم المتحدة في ليبيا)
        owner = _mention_at(frame, slot.start - 3) if slot.start >= 3 else None
        return owner is None or owner.state or owner.end != slot.start - 2
    return _crowd_noun(frame, slot.start - 2)


def _envoy_home(frame: SentenceFrame, slot: Slot) -> Slot | None:
    """The state whose envoy to the body ``slot`` is speaks for it: "India's ambassador to
    the U.N.", "the Iranian ambassador to the U.N." (the body is only his posting)."""
    if frame.lang != "en" or slot.state or slot.start < 4:
        return None
    forms = frame.forms
    if forms[slot.start - 2 : slot.start] not in (["to", "the"], ["at", "the"]):
        return None
    envoy = slot.start - 3
    if forms[envoy] not in _ENVOYS:
        return None
    if forms[envoy - 1] in {"'s", "’s"}:
        home = _mention_at(frame, envoy - 2)
    else:
        home = _mention_at(frame, envoy - 1)  # "the Indian ambassador to the U.N."
    return home if home is not None and home.state else None


def _before_participle_aside(frame: SentenceFrame, comma: int) -> Slot | None:
    """The actor before an English participle phrase set off by commas that ``comma``
    closes: "Pistorius, speaking hours after Russian drones hit the port, accused": the
    actors inside the aside are not the verb's subject."""
    if comma < 3 or frame.texts[comma] not in _COMMA:
        return None
    for opening in range(comma - 2, max(0, comma - 16), -1):
        if frame.texts[opening] in _COMMA:
            participle = frame.texts[opening + 1]
            slot = _mention_at(frame, opening - 1)
            if participle.islower() and participle.endswith("ing") and slot is not None:
                return _coordination_head(frame, slot)
            return None
    return None


def _past_armed_with(frame: SentenceFrame, position: int) -> int:
    """Before a participle phrase of arms between a subject and its verb ("coast guard
    personnel armed with knives and axes rammed", "wielding knives and axes boarded"),
    else ``position`` itself."""
    for at in range(position, max(0, position - 8), -1):
        if frame.stops_at_comma[at]:
            break
        if frame.forms[at - 1 : at + 1] == ["armed", "with"]:
            return at - 2
        if frame.forms[at] in _WIELDING:
            return at - 1
    return position


_WIELDING = {"wielding", "brandishing"}


_AR_NEGATIONS = {"لن", "لم", "لا"}
# Prepositions that make an Arabic name a destination or a source, no subject.
_AR_TOWARD = {"الي", "من", "علي", "عن"}
# Marks a quotation may open with (the straight one opens as well as closes).
_QUOTE_OPENERS = {"«", "“", '"'}
_NO_LESS_THAN = ("ما", "لا", "يقل", "عن")
_MORE_THAN = ("اكثر", "من")


def _crowd_noun(frame: SentenceFrame, position: int) -> bool:
    """A protest noun naming people: protesters, demonstrators, المحتجون."""
    hit = frame.hit_at[position]
    return hit is not None and any(t.type == "PROTEST" and t.pos == "noun" for t in hit.triggers)


def _placed(frame: SentenceFrame, slot: Slot) -> bool:
    """A state named as a place: after "in/across" (and a compass word), في (شمال)."""
    if not slot.state:
        return False
    if _place_adjective(frame, slot):
        return True
    if not slot.start:
        return False
    before = frame.forms[slot.start - 1]
    if before in _DIRECTIONS and slot.start >= 2:
        before = frame.forms[slot.start - 2]
    return before in _LOCATIVE - {"to"}


def _seat_name(frame: SentenceFrame, slot: Slot) -> bool:
    """A city standing for the body seated there (Brussels, بروكسل for the EU): an anaphor
    that is a proper name, not a description ("the bloc", التكتل)."""
    if slot.kind != "anaphor":
        return False
    if frame.lang == "en":
        return frame.texts[slot.start][:1].isupper() and frame.forms[slot.start] != "the"
    return not frame.forms[slot.start].startswith("ال")


def _place_adjective(frame: SentenceFrame, slot: Slot) -> bool:
    """An English demonym on a place noun: "near the Malian border", "Syrian territory";
    not "Russian border guards"."""
    after = frame.forms[slot.end] if slot.end < len(frame.forms) else ""
    if frame.lang != "en" or slot.kind != "demonym" or after not in _EN_PLACE_NOUNS:
        return False
    following = frame.forms[slot.end + 1] if slot.end + 1 < len(frame.forms) else ""
    if following in _BORDER_UNITS:
        return False  # "fired on Pakistani border posts": the posts are Pakistan's
    return slot.end not in frame.roles and slot.end + 1 not in frame.roles


def _quoted_name(frame: SentenceFrame, position: int) -> bool:
    """Whether the quotation mark at ``position`` encloses a name of at most three words
    («حماس»، "Islamic State"), not a quoted statement."""
    text = frame.texts[position]
    if text in {"»", "”"}:
        opening = {"»": "«", "”": "“"}[text]
        inner = range(position - 1, max(-1, position - 5), -1)
        return any(frame.texts[i] == opening for i in inner)
    if text in {"«", "“"}:
        closing = {"«": "»", "“": "”"}[text]
        inner = range(position + 1, min(len(frame.texts), position + 5))
        return any(frame.texts[i] == closing for i in inner)
    return False


# Heads of an office set off by commas after a name: "X, head of the U.N. mission, …".
_EN_OFFICE_HEADS = {
    "head", "chief", "leader", "director", "spokesman", "spokeswoman", "spokesperson", "envoy",
    "representative", "commander", "president",
}  # fmt: skip


def _office_apposed(frame: SentenceFrame, comma: int) -> Slot | None:
    """Before the comma that closes ", head of the U.N. mission in Afghanistan,": the body
    the office belongs to, which the named person acts for (not the place after it)."""
    opening = comma - 1
    while opening >= 0 and frame.texts[opening] not in _COMMA and not frame.stops[opening]:
        opening -= 1
    if opening < 1 or frame.texts[opening] not in _COMMA or opening + 2 >= comma:
        return None
    if frame.forms[opening + 1] not in _EN_OFFICE_HEADS or frame.forms[opening + 2] != "of":
        return None
    for position in range(opening + 3, comma):
        slot = frame.slot_at[position]
        if slot is not None and not _placed(frame, slot):
            return slot
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
    # (or two names joined: "The foreign ministers of Armenia and Azerbaijan, Ararat
    # Mirzoyan and Jeyhun Bayramov,")
    words = [word for word in frame.texts[position + 1 : comma] if word != "-"]
    names = [word for word in words if word != "and"]
    joined = len(words) - len(names)
    if (
        frame.lang == "en"
        and joined <= 1
        and 2 <= len(names) <= 4 * (1 + joined)
        and all(_name_word(word) for word in names)
        and "and" not in (words[0], words[-1])
    ):
        return position - 1  # "The head of Libya's Presidential Council, Mohamed al-Menfi,"
    return None


def _name_word(text: str) -> bool:
    """A word of an English person's name: capitalised, or a particle (al-, bin)."""
    return text[:1].isupper() or text.split("-")[0] in {"al", "bin", "ibn", "de", "van", "von"}


# Words that open a relative clause or an apposition set off by commas:
# "Russia, which backs Syria, …", "وطهران، التي تقدم نفسها حليفاً لدمشق، أرسلت …",
# "Thousands of Iraqis, many waving flags, marched".
_INSERTION_OPENERS = {"which", "who", "whose", "whom", "a", "an", "the", "its", "his", "her",
                      "among", "including", "many", "some", "most", "several", "mostly",
                      "التي", "الذي", "الذين", "اللذان", "اللتان", "وهي", "وهو",
                      "بينها", "بينهم", "منها", "منهم"}  # fmt: skip


def _accusative_demonym(frame: SentenceFrame, slot: Slot) -> bool:
    """An Arabic demonym in the indefinite accusative (فلسطينياً، إسرائيليا): its final
    alif is the case ending, so it is an object or agrees with one, never a subject."""
    return (
        frame.lang == "ar"
        and slot.kind == "demonym"
        and frame.texts[slot.end - 1].rstrip("\u064b").endswith("يا")
    )


# Duals of "side", "party", "country" in the oblique case (الجانبين، not الجانبان): a
# demonym after one qualifies an object, never the subject.
_OBLIQUE_DUALS = {normalize(word) for word in (
    "الجانبين", "الطرفين", "البلدين", "الدولتين", "الحكومتين", "الجيشين", "الوفدين",
)}  # fmt: skip


# English nouns of a place within a state: "Syria's Idlib province", "Ukraine's Kursk region".
_EN_REGIONS = {"province", "provinces", "region", "regions", "city", "town", "governorate",
               "district", "port", "oblast", "state"}  # fmt: skip


def _possessed_place(frame: SentenceFrame, slot: Slot) -> bool:
    """A state in the possessive before a named region of it: "in Syria's Idlib province"."""
    if frame.lang != "en" or frame.forms[slot.end : slot.end + 1] not in (["'s"], ["’s"]):
        return False
    ahead = frame.forms[slot.end + 1 : slot.end + 4]
    return any(form in _EN_REGIONS for form in ahead) and frame.slot_at[slot.end + 1] is None


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
        if tuple(frame.forms[position : position + 2]) == _MORE_THAN:
            position += 2  # رحّلت أكثر من 80 ألف لاجئ أفغاني: a count, before its people
            continue
        if not subject and position > start and _relative_report_at(frame, position):
            position += 2  # عقوبات على شبكة قالت إنها تعمل لصالح …: past "which it said"
            continue
        if frame.stops[position] or (
            not subject and position > start and position in frame.quote_ends
        ):
            return None  # an object never lies past the end of a quotation
        slot = frame.slot_at[position]
        if slot is not None and not subject and _followers_of(frame, position):
            position = slot.end  # المحتجين من أنصار التيار الصدري: whom they follow
            continue
        if slot is not None and slot.key not in skip_keys:
            clitic_prep = bool(letters) and any(
                letter in _without_article(slot.prefix) for letter in letters
            )
            before = frame.forms[position - 1] if position else ""
            seat = position >= 2 and (  # الحكومة في بغداد، وزارة اللاجئين في كابل
                position - 2 in frame.roles or _portfolio(frame, position - 2)
            )
            # A place, not an actor: "a conference in Paris", "strikes inside Syria". Past
            # the event's own preposition it locates the target: "strikes on cities across
            # Ukraine", "pulled back from towns around Kyiv".
            if not subject and position > start and _via(frame, position, start):
                position = slot.end  # عبر ميناء العريش المصري، "via Oman": a go-between
                continue
            if not subject and position > start and before in _COVER:
                position = slot.end  # يقتل أهلنا تحت غطاء أميركي: a backer, not the target
                continue
            owned = _owned_after_place(frame, slot) if not subject and slot.state else None
            if owned is not None:
                position = owned  # "targets in Iraq and Syria linked to the Guards": whose
                continue
            if (
                slot.state
                and (
                    before in _PLACE_NOUNS
                    or _place_adjective(frame, slot)
                    or _in_capital(frame, position)
                )
                and not (position >= 2 and frame.forms[position - 2] in _INTEGRITY)
                and not (frame.lang == "ar" and position - 2 in frame.roles)
            ):
                # داخل الأراضي السورية، "near the Malian border": a place (but وحدة الأراضي
                # السورية: the state's own territory; وزير المياه العراقي: a title's)
                position = slot.end
                continue
            if not subject and slot.state and before == "in" and _possessed_place(frame, slot):
                position = slot.end  # "a ceasefire in Syria's Idlib province": a place
                continue
            if (
                not subject
                and frame.lang == "en"
                and slot.kind == "demonym"
                and frame.forms[slot.end : slot.end + 1] == ["capital"]
                and frame.forms[max(0, position - 2) : position] in (["in", "the"], ["at", "the"])
            ):
                position = slot.end + 1  # "a summit in the Lithuanian capital": a venue
                continue
            if (
                not subject
                and slot.kind == "demonym"
                and unprefixed(before) in _CAPITAL_NOUNS
                and "في" in frame.forms[max(start, position - 5) : position - 1]
            ):
                position = slot.end  # في أحد فنادق العاصمة القطرية: where, not whom
                continue
            if slot.kind == "demonym" and unprefixed(before) in _CRISIS:
                position = slot.end  # حلاً سياسياً للأزمة اليمنية: the crisis, no actor
                continue
            if (
                slot.state
                and before in _DIRECTIONS
                and frame.lang == "en"
                and position >= 2
                and frame.forms[position - 2] in _LOCATIVE
                and not seen_prep
            ):
                position = slot.end  # "near Sulaimaniyah in northern Iraq", في شمال العراق
                continue
            if (
                # في البيت الأبيض، "at the Kremlin", "in Brussels" (a seat standing for a body)
                (slot.state or slot.kind == "body" or _seat_name(frame, slot))
                and before in _LOCATIVE
                and position - 1 >= start  # not the particle of "lashed out at"
                and before not in preps
                and not seen_prep
                and not seat
                and not _act_preposition(frame, position - 1)
            ):
                position = slot.end
                continue
            # لروسيا، بواشنطن: a prepositional phrase is never the subject, except the
            # body a unit belongs to: القوات البحرية التابعة للحرس الثوري.
            belongs = before.removeprefix("ال") in _BELONGING or (
                position - 1 in frame.roles  # الأمين العام لحزب الله: the office's holder
            )
            if subject and frame.lang == "ar" and _prep_clitic(slot.prefix) and not belongs:
                return None
            # (القوات التابعة للجيش المصري: a definite unit's owner; but طائرة مسيّرة تابعة
            # للجيش المالي: an indefinite thing is the object)
            unit = frame.forms[position - 2] if position >= 2 else ""
            unit_owner = unit.startswith("ال") and unit.removeprefix("ال") in _BELONGING
            if (
                subject
                and frame.lang == "ar"
                and slot.kind == "demonym"
                and position > start
                and before.startswith(("لل", "بال", "ولل", "وبال"))
                and position - 2 not in frame.roles  # (مساعد القائد العام للجيش السوداني)
                and not unit_owner
            ):
                return None  # دعم بلاده للحكومة اللبنانية: the adjective of a prepositional phrase
            if subject and position > start and _accusative_demonym(frame, slot):
                # اعتقلت خلالها 23 فلسطينياً: the accusative ending marks an object (but
                # طلباً أميركياً: the adjective of the act noun itself, its maker)
                return None
            if subject and slot.kind == "demonym" and before in _OBLIQUE_DUALS:
                return None  # ودعا الجانبين الروسي والأوكراني: the dual's -ين marks an object
            if subject and frame.cues.get(slot.start) == "neighbour_anaphor":
                return None  # واتهمت جارتها: "her neighbour" is the object of her verb
            if not subject and slot in frame.speaker_slots:
                return None  # "…, South Korea's military said": the speaker, not an object
            if (
                not subject
                and frame.lang == "en"
                and slot.end + 1 < len(frame.texts)
                and frame.texts[slot.end] == "-"
                and frame.hit_at[slot.end + 1] is not None
            ):
                # "accepted a Qatari-mediated truce with Hamas" (but "seized a
                # British-flagged tanker": the flag's state)
                position = slot.end + 2
                continue
            if not require_prep or seen_prep or clitic_prep:
                return slot, gap
            position = slot.end
            continue
        if slot is not None:
            position = slot.end
            continue
        form = frame.forms[position]
        if form == "كل" and _each_of_word(frame, position):
            position += 2  # دانت كل من مصر والأردن: "each of", before the actors
            continue
        if tuple(frame.forms[position : position + 4]) == _NO_LESS_THAN:
            position += 4  # اعتقلت … ما لا يقل عن 25 فلسطينياً: a count, before its people
            continue
        if (
            not subject
            and form in {",", "،"}
            and position + 1 < len(frame.forms)
            and frame.forms[position + 1] in {"and", "but", "while", "with"}
        ):
            # "attacks on shipping, and Iran's ministry …", "from Houthi attacks, with
            # Greece, Italy … contributing frigates": a new clause
            return None
        if (
            not subject
            and form == "and"
            and _verb_follows(frame, position + 1)
            and not _verb_follows(frame, position - 1)  # "blocked and fired at": one object
            and frame.forms[position - 1] not in _EN_PREPS  # "fired on and seized"
        ):
            return None  # "condemned the Israeli raid and called on the Council": a new verb
        if (
            not subject
            and frame.lang == "ar"
            and form in {",", "،"}
            and position + 1 < len(frame.texts)
            and frame.texts[position + 1].endswith("اً")
            and frame.slot_at[position + 1] is None
            # (a participle trigger too: أطلقته الجماعة باتجاه جازان، متهماً إيران)
            and (
                frame.hit_at[position + 1] is None
                or all(t.pos == "participle" for t in frame.hit_at[position + 1].triggers)
            )
            and frame.forms[position + 1] != "ردا"  # ، رداً على: what the act answers
        ):
            return None  # والتقى بري، ناقلاً إليه …: a circumstantial clause of its own
        if not subject and form == "what" and frame.lang == "en":
            # "struck what it described as Hezbollah launchers": past the attribution.
            for ahead in range(position + 1, min(position + 6, len(frame.forms))):
                if frame.forms[ahead] in {"as", "called", "calls", "termed", "were", "was"}:
                    position = ahead + 1
                    break
            else:
                position += 1
            continue
        if (
            not subject
            and frame.lang == "en"
            and form == ","
            and position + 1 < len(frame.forms)
            and frame.forms[position + 1].endswith("ing")
            and frame.forms[position + 1] not in {"including", "according"}
            and frame.slot_at[position + 1] is None
        ):
            return None  # "Israel's war in Gaza, chanting slogans against …": a new clause
        if not subject and frame.texts[position] == "،" and position >= start:
            skipped = _adverbial_insertion(frame, position)
            if skipped is not None:
                position = skipped  # دعا المجلس، في ختام دورته بالرياض، إيران إلى
                continue
        if (
            not subject
            and form in _OWNED
            and frame.forms[position + 1 : position + 2] == [_OWNED[form]]
        ):
            position += 2  # "targets belonging to the Houthis": the owner is the object
            gap, seen_prep = 0, True
            continue
        if (
            not subject
            and form in _RIGHT_OF
            and position + 1 < len(frame.forms)
            and frame.slot_at[position + 1] is not None
        ):
            position += 1  # دعمه لحق الإمارات في السيادة: the right's holder is supported
            gap, seen_prep = 0, True
            continue
        if (
            not subject
            and form in _AR_MEMBERSHIP
            and frame.forms[position + 1 : position + 2] == ["الي"]
        ):
            position += 2  # يشتبه في انتمائهم إلى تنظيم «داعش»: whose members they are
            gap, seen_prep = 0, True
            continue
        if not subject and form in _AR_MEDIATION:
            return None  # لوقف إطلاق النار برعاية الأمم المتحدة: a sponsor, not the object
        if form == "by" and not subject and frame.forms[position - 1] in _MEDIATING:
            return None  # "a swap brokered by the EU": an agent, not the object
        # المرشد الأعلى في إيران، الحكومة في بغداد، وفد من حماس
        title_of = form in {"في", "من", "of", "ل"} and (
            position - 1 in frame.roles or (subject and _portfolio(frame, position - 1))
        )
        # تظاهر مئات من الإيرانيين، من أنصار حزب الله: "of" after a crowd's count
        partitive = form == "من" and position and frame.forms[position - 1] in _CROWD_COUNTS
        if (
            subject
            and not title_of
            and not partitive
            and (frame.hit_at[position] is not None or form in _PREPS)
        ):
            return None
        if subject and frame.lang == "ar" and form.removeprefix("ال") in _BELONGING:
            # شنّت طائرات إف-16 تابعة للقوة الجوية العراقية: the owner of what acts
            position, gap = position + 1, 0
            continue
        if subject and title_of and form == "في":
            # وزارة شؤون اللاجئين والعودة في كابل: the seat names the office's holder,
            # however long its portfolio.
            position, gap = position + 1, 0
            continue
        if (
            not subject
            and form == "with"
            and position + 1 < len(frame.forms)
            and (
                frame.hit_at[position + 1] or frame.hit_at[min(position + 2, len(frame.forms) - 1)]
            )
            and frame.forms[position + 1 : position + 3] != ["water", "cannon"]  # a weapon
        ):
            return None  # "struck camps in Mali with logistical support from Chad"
        if (
            not subject
            and frame.lang == "en"
            and position > start
            and form.endswith("ing")
            and form != "visiting"  # "a request from visiting German Chancellor Olaf Scholz"
            and frame.forms[position - 1] in {"of", "for", "from", "about", "against"}
        ):
            return None  # "executed a man convicted of spying for Israel": another clause
        shared = gap <= 1 and frame.forms[position - 1] in {"and", "or"}
        if not subject and not shared and position > start and _new_predicate(frame, position):
            return None  # "fired on and seized X" shares X; "condemned Y and vowed" does not
        alongside = (
            form == "الي"
            and frame.forms[position + 1 : position + 2] == ["جانب"]
            and "الي" not in preps
            and not subject
        )  # للقتال إلى جانب القوات الروسية: fighting beside them, not against them
        if alongside:
            position = _past_participant(frame, position + 2)
            continue
        if form in _AR_PARTICIPATION or form == "alongside":
            # التقى … بحضور ولي العهد، شنت القوات، بمشاركة مقاتلات بريطانية، غارات على, "flew
            # bombers alongside South Korean jets": who took part is no object; the search
            # goes on past them.
            position = _past_participant(frame, position + 1)
            continue
        prep_here = form in preps or form.startswith(letters)  # no letters: False
        if prep_here and form == "to" and not _nominal_after(frame, position):
            prep_here = False  # "ordered troops to withdraw": an infinitive, not a direction
        if prep_here:
            if not seen_prep:
                gap = 0  # distance counts from the preposition: ضربات … على مراكز … سورية
            seen_prep = True
            event = position + 1 if form in preps else position
            if event < len(frame.forms) and frame.forms[event] in {"a", "an", "the"}:
                event += 1  # "condemnation of a visit to Taipei": the visit is the object
            if (
                require_prep
                and event < len(frame.forms)
                and event >= start
                and _noun_at(frame, event)
            ):
                return None  # الانضمام إلى العقوبات: the object is an event, not an actor
        elif (
            position not in frame.roles
            and position not in frame.persons
            and _wordlike(frame.texts[position])
            and form not in _AR_TIME_WORDS
            # (an object's count is no word between: رحّلت 80 ألف لاجئ أفغاني)
            and (subject or form not in _AR_NUMBER_WORDS)
            # (nor a crowd's count before its people: احتشد عشرات الآلاف من أنصار الحوثيين)
            and not (subject and (form in _CROWD_COUNTS or partitive))
            and form != "visiting"  # (an adjective of the visitor after it)
            # ("against the Kurdish-led group": a hyphenated modifier is one word)
            and frame.texts[position + 1 : position + 2] != ["-"]
        ):
            gap += 1
        position += 1
    return None


def _act_preposition(frame: SentenceFrame, position: int) -> bool:
    """Whether the preposition at ``position`` is the own one of the act right before it:
    "threatened to suspend aid to Nigeria" aims the threat where the aid goes, no place."""
    hit = frame.hit_at[position - 1] if position else None
    return (
        hit is not None
        and hit.end == position
        and any(frame.forms[position] in trigger.preps for trigger in hit.triggers)
    )


def _past_participant(frame: SentenceFrame, position: int) -> int:
    """The position after the actor a participation noun (بحضور، بمشاركة) names, if one
    follows within three words (its title included); else ``position``."""
    for ahead in range(position, min(position + 4, len(frame.forms))):
        slot = frame.slot_at[ahead]
        if slot is not None:
            return slot.end
        if frame.stops[ahead]:
            break
    return position


@lru_cache(maxsize=1 << 10)
def _without_article(prefix: str) -> str:
    """The proclitics of an Arabic prefix before the article: بال -> ب، لل -> ل، ال -> ''
    (the ل of ال is no preposition)."""
    if prefix.endswith("ال"):
        return prefix[:-2]
    return prefix[:-1] if prefix.endswith("لل") else prefix


def _clitic_letters(preps: tuple[str, ...]) -> tuple[str, ...]:
    """Arabic prepositions of one letter, written as clitics: لروسيا، بواشنطن."""
    return tuple(p for p in preps if len(p) == 1)


@lru_cache(maxsize=1 << 16)
def _wordlike(text: str) -> bool:
    """A word rather than punctuation: it counts toward a search's distance."""
    return any(c.isalnum() for c in text)


def _clause_start(frame: SentenceFrame, position: int) -> int:
    """Where the clause holding ``position`` begins: after punctuation, quote or complementiser."""
    while position > 0:
        previous = position - 1
        if (
            frame.stops_at_comma[previous]
            # (not the quotes round a name: حركة «الشباب»)
            or (frame.texts[previous] in _QUOTES and frame.slot_at[previous] is None)
            or frame.cues.get(previous) == "report"
        ):
            return position
        position = previous
    return 0


# Prepositions of place that go on a clause past a day set off by commas.
_AR_WHERE = {normalize(word) for word in ("أمام", "في", "قرب", "عند", "خارج", "داخل", "قبالة")}


def _time_aside(frame: SentenceFrame, comma: int) -> bool:
    """Whether an Arabic comma closes a time word set off by commas: ، السبت،"""
    return (
        frame.lang == "ar"
        and comma >= 2
        and frame.texts[comma] == "،"
        and frame.texts[comma - 2] == "،"
        and frame.forms[comma - 1] in _AR_TIME_WORDS
    )


def _each_of_word(frame: SentenceFrame, position: int) -> bool:
    """Whether ``position`` is a word of كل من ("each of") before a list of actors:
    دانت كل من مصر والأردن، فعّلت كل من فرنسا وبريطانيا."""
    return frame.forms[position : position + 2] == ["كل", "من"] or (
        position > 0 and frame.forms[position - 1 : position + 1] == ["كل", "من"]
    )


def _clause_subject(frame: SentenceFrame, position: int, max_words: int = 2) -> Slot | None:
    """The subject of the clause a verbal noun is the object of: فرضت واشنطن عقوبات على …

    It is the clause's first actor, standing within its first two words (after
    the verb, or before it), not after a preposition.
    """
    start = _clause_start(frame, position)
    if _time_aside(frame, start - 1) and _plain_object_head(frame, start, position):
        # اختتمت القوات المصرية، السبت، مناورات: the object past a time set off by commas
        # (or its head: تبنى الاتحاد الأوروبي، الثلاثاء، الحزمة السابعة عشرة من العقوبات)
        return _clause_subject(frame, start - 3, max_words)
    noun = frame.hit_at[position]
    if (
        _time_aside(frame, start - 1)
        and frame.forms[start] in _AR_WHERE
        and not (
            noun is None or _prep_clitic(noun.prefix) or frame.forms[position - 1] in _AR_PREPS
        )
    ):
        # تظاهر مئات التونسيين، الجمعة، أمام السفارة الأمريكية احتجاجاً على: where it took
        # place goes on the clause before the day; the embassy there is no subject.
        return _clause_subject(frame, start - 3, max_words)
    owner = _owner_of_subject(frame, start, position)
    if owner is not None:
        return owner  # قرر مجلس السلم والأمن التابع للاتحاد الأفريقي: the union decides
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
            if _prep_clitic(slot.prefix) or (
                slot.state and index and frame.forms[index - 1] in _LOCATIVE
            ):
                return None  # لروسيا, في القاهرة: a prepositional phrase or a place
            if (
                index >= 2
                and frame.forms[index - 1] == "العاصمه"
                and frame.forms[index - 2] in _LOCATIVE | {"من"}
            ):
                return None  # أعلن ترامب، الثلاثاء، من العاصمة السعودية رفع: a place
            return _coordination_head(frame, slot)
        if index in frame.roles or index in frame.persons or frame.cues.get(index) == "negation":
            continue
        if _each_of_word(frame, index):
            continue  # فعّلت كل من فرنسا وبريطانيا: "each of", before the actors
        words += 1
        if words > max_words:
            return None
    return None


def _plain_object_head(frame: SentenceFrame, start: int, position: int) -> bool:
    """Whether the few words from ``start`` to a verbal noun at ``position`` only count or
    measure it (الحزمة السابعة عشرة من): no actor, title or other act among them, and
    the noun no preposition's past them (نفت طهران، الأحد، أي صلة لها بالهجمات)."""
    if position == start:
        return True
    hit = frame.hit_at[position]
    if hit is not None and _prep_clitic(hit.prefix):
        return False
    return position - start <= 4 and not any(
        frame.slot_at[i] is not None or frame.hit_at[i] is not None or i in frame.named
        for i in range(start, position)
    )


def _owner_of_subject(frame: SentenceFrame, start: int, position: int) -> Slot | None:
    """The actor an Arabic subject phrase belongs to, when the phrase opens the clause:
    مجلس السلم والأمن التابع للاتحاد الأفريقي (within six words of the clause start)."""
    if frame.lang != "ar":
        return None
    for index in range(start, min(position, start + 7)):
        if frame.stops[index] or frame.texts[index] in {"،", ","}:
            return None
        slot = frame.slot_at[index + 1] if index + 1 < len(frame.texts) else None
        if frame.forms[index].removeprefix("ال") in _BELONGING and slot is not None:
            return _coordination_head(frame, slot) if slot.end <= position else None
        if frame.slot_at[index] is not None and index > start + 1:
            return None  # an actor of its own comes first
    return None


def _verb_follows(frame: SentenceFrame, position: int) -> bool:
    """Whether an English verb in the past (a trigger read only as a verb, or a word in
    -ed) starts at ``position``, past an adverb ("and later demanded")."""
    if frame.lang != "en" or position >= len(frame.forms):
        return False
    if frame.forms[position] in {"later", "then", "also"} and position + 1 < len(frame.forms):
        position += 1
    position = _adverb_phrase_after(frame.forms, position)  # "and in turn accused"
    if position >= len(frame.forms):
        return False
    hit = frame.hit_at[position]
    if hit is None or hit.start != position:
        return False
    return frame.texts[position].endswith("ed") or all(t.pos == "verb" for t in hit.triggers)


def _sentence_subject(frame: SentenceFrame, before: int) -> list[str]:
    """The actor the sentence opens with (first two words), if it stands before ``before``."""
    if not frame.mentions or frame.mentions[0].end > before:
        return []
    slot = _clause_subject(frame, frame.mentions[0].end)
    return _keys(frame, slot) if slot is not None else []


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


def _requesting(hit: TriggerHit) -> bool:
    return any(t.type == "REQUEST" and t.pos == "noun" for t in hit.triggers)


def _asked_for(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An English noun for what a request noun asks for: "calls for dialogue". (Whether
    that act is asserted at all is scope._requested's question; here it only keeps the
    request's "from" from being read as the act's agent.)"""
    if hit.start < 2 or frame.forms[hit.start - 1] != "for":
        return False
    other = frame.hit_at[hit.start - 2]
    return other is not None and _requesting(other)


def _portfolio(frame: SentenceFrame, position: int) -> bool:
    """Whether an Arabic word ends the portfolio of the title before it: وزارة اللاجئين،
    هيئة الأركان، وزارة شؤون اللاجئين والعودة (what a bare title names, before في and
    its seat)."""
    if frame.lang != "ar" or not frame.forms[position].removeprefix("و").startswith("ال"):
        return False
    for word in range(position, max(0, position - 4), -1):
        if (
            word in frame.roles
            or frame.slot_at[word] is not None
            or frame.hit_at[word] is not None
            or frame.stops_at_comma[word]
        ):
            return False
        if word - 1 in frame.roles:
            return True
    return False


def _plain_modifier(frame: SentenceFrame, position: int) -> bool:
    """An English word that can only modify a noun after it: a number, "percent", or a
    lower-case word that is no actor, act, title or clause word ("new", "sweeping")."""
    form, text = frame.forms[position], frame.texts[position]
    if text[:1].isdigit() or form in {"percent", "%", "per", "cent"}:
        return True
    return (
        text.isalpha()
        and text.islower()
        and frame.slot_at[position] is None
        and frame.hit_at[position] is None
        and position not in frame.roles
        and not frame.stops_at_comma[position]
        and form not in {"'s", "of", "on", "in", "to", "for", "with", "by", "and", "or"}
    )


def _agent_past_object(frame: SentenceFrame, start: int) -> tuple[Slot, int] | None:
    """The actor after "by" past a noun's "of" object: "the seizure of an oil tanker by
    Iran's Revolutionary Guards", "the detention of two Britons by Iranian authorities"."""
    for position in range(start, min(start + 8, len(frame.forms) - 1)):
        if frame.stops_at_comma[position] or frame.hit_at[position] is not None:
            return None
        if frame.forms[position] == "by":
            agent = position + 1 + (frame.forms[position + 1] == "the")
            slot = _mention_at(frame, agent) if agent < len(frame.forms) else None
            if slot is None and agent in frame.roles:
                slot = _titled_mention(frame, agent)
            return (slot, 0) if slot is not None else None
    return None


def _titled_mention(frame: SentenceFrame, position: int) -> Slot | None:
    """The mention starting right after the title at ``position`` (الرئيس الأميركي، وزير
    الخارجية الياباني), if a title starts there."""
    titled = position
    while titled < min(len(frame.forms), position + 4) and titled in frame.roles:
        titled += 1
        slot = _mention_at(frame, titled) if titled < len(frame.forms) else None
        if slot is not None and slot.start == titled and titled in frame.roles:
            # رئيس مجلس النواب الأميركي: the body the title heads starts inside it.
            return slot
    slot = _mention_at(frame, titled) if titled > position else None
    return slot if slot is not None and slot.start == titled else None


# What an Arabic noun phrase of sanctioning takes away from its genitive: membership,
# participation, assets.
_HELD_BY_TARGET = {normalize(word) for word in ("عضوية", "مشاركة", "أصول", "أرصدة", "ودائع")}
_DECISIONS = {normalize(word) for word in ("قرار", "بقرار", "لقرار", "وقرار", "قرارات")}


def _relative_clause_subject(frame: SentenceFrame, hit: TriggerHit) -> tuple[Slot, int] | None:
    """The subject of an English relative clause on a verbal noun whose verb is a light
    verb ("the sanctions that Washington imposed", "strikes which Israel has carried out",
    with no "that" in the past: "the tariffs Washington has imposed"), and where that verb
    ends."""
    if frame.lang != "en" or hit.end + 2 >= len(frame.forms):
        return None
    marked = frame.forms[hit.end] in {"that", "which"}
    opening = hit.end + marked
    opening += frame.forms[opening] == "the"
    subject = _mention_at(frame, opening)
    if subject is None or subject.start != opening:
        return None
    subject = _coordinated(frame, subject)[-1]
    verb = subject.end + (subject.end < len(frame.forms)
                          and frame.forms[subject.end] in {"has", "have", "had"})  # fmt: skip
    if verb >= len(frame.forms) or frame.cues.get(verb) != "light_verb":
        return None
    if not marked and not frame.texts[verb].endswith("ed"):
        return None  # ("sanctions Washington imposes" is no clause of its own)
    return subject, verb + 1


def _plain_adjective(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a plain Arabic nisba adjective, as definite as the noun, follows a one-word
    verbal noun (غارات جوية، القصف المدفعي، دعم عسكري): no actor, trigger or comma."""
    position = hit.end
    if frame.lang != "ar" or hit.end - hit.start != 1 or position >= len(frame.forms):
        return False
    word = frame.forms[position]
    definite = "ال" in hit.prefix
    stem = word[2:] if word.startswith("ال") else word
    return (
        word.startswith("ال") == definite
        and word.endswith(("ي", "يه"))
        and len(stem) >= 4
        and word not in _AR_PREPS
        and frame.hit_at[position] is None
        and frame.slot_at[position] is None
        and not frame.stops_at_comma[position]
    )


def _find_noun_source(frame: SentenceFrame, hit: TriggerHit) -> Slot | None:
    if frame.lang == "en":
        position = hit.start - 1
        modifiers = 0  # "Washington's new 30 percent tariffs": plain words before the noun
        while position >= 0 and (
            frame.forms[position] in _EN_DETERMINERS | {"'s", "’s"}
            or position in frame.roles
            or (modifiers < 4 and _plain_modifier(frame, position))
        ):  # "the Russian defence ministry's accusation"
            modifiers += _plain_modifier(frame, position)
            position -= 1
        approved = _approver(frame, hit.start)
        if approved is not None:
            return approved  # "Washington's approval of a $2 billion arms sale to Taiwan"
        if modifiers and frame.forms[position + 1] not in {"'s", "’s"}:
            position = hit.start - 1  # modifiers count only after a possessor
        slot = _mention_at(frame, position) if position >= 0 else None
        if slot is not None and position == slot.end - 1:
            return slot
        if _asked_for(frame, hit):
            return None  # "calls for dialogue from Seoul": the calls are Seoul's
        relative = _relative_clause_subject(frame, hit)
        if relative is not None:
            return relative[0]  # "the 50% tariffs Washington has imposed on Brazilian goods"
        # "the rejection by Tehran", "criticism from Egypt"; "the withdrawal of French troops"
        preps = ("by", "from", "of") if _leaving(hit) else ("by", "from")
        found = _right_mention(frame, hit.end, max_gap=1, preps=preps, require_prep=True)
        if not found and frame.forms[hit.end : hit.end + 1] == ["of"]:
            found = _agent_past_object(frame, hit.end + 1)  # "the seizure of a tanker by Iran"
        if not found and _requesting(hit) and frame.forms[hit.end : hit.end + 1] == ["for"]:
            # "repeated calls for dialogue from Seoul and Washington"
            found = _right_mention(frame, hit.end, max_gap=4, preps=("from",), require_prep=True)
        return found[0] if found else None
    position = hit.end
    # The decision's maker does what it decides: قرار تالين طرد دبلوماسي روسي، قرار الاتحاد
    # الأفريقي تعليق عضوية غينيا.
    decider = _mention_at(frame, hit.start - 1) if hit.start > 1 else None
    if (
        decider is not None
        and decider.end == hit.start
        and decider.start > 0
        and frame.forms[decider.start - 1] in _DECISIONS
    ):
        return decider
    if position < len(frame.forms) and frame.forms[position] in _ENVOYS:  # طرد السفير الفرنسي
        # طرد السفير الفرنسي، استدعاء سفير إيران: the envoy is acted upon; but اتهام السفيرة
        # الأمريكية إيران: an envoy's words, aimed at the actor after him.
        return _envoy_speaking(frame, hit, position)
    if hit.end - hit.start > 1 and frame.forms[hit.end - 1] in _HELD_BY_TARGET:
        # تعليق عضوية الخرطوم، تجميد أصول روسيا: whose they are is acted upon, no agent
        # (unless a decision's, above).
        return None
    # Nouns coordinated with the trigger share its adjective: المساعدات والاستشارات الإيرانية.
    while (
        position < len(frame.forms)
        and position - hit.end < 2
        and frame.forms[position].startswith("و")
        and _mention_at(frame, position) is None
        and frame.hit_at[position] is None  # (دانت الهجوم وطالبت مجلس الأمن: a new verb)
    ):
        position += 1
    if position + 1 < len(frame.forms) and frame.forms[position] in _CROWD_COUNTS:
        position += 1  # خروج آلاف الأردنيين في مسيرة: the crowd past its count
    slot = _mention_at(frame, position)
    if slot is not None and slot.start == position and not _prep_clitic(slot.prefix):
        return slot
    if slot is None and position == hit.end and _plain_adjective(frame, hit):
        # غارات جوية باكستانية: a demonym past a plain adjective
        slot = _mention_at(frame, position + 1)
        if (
            slot is not None
            and slot.start == position + 1
            and slot.kind == "demonym"
            and not _prep_clitic(slot.prefix)  # (مساعدات إنسانية للسوريين: for them)
        ):
            return slot
    if {t.type for t in hit.triggers if t.pos == "noun"} <= _SAID or _leaving(hit):
        # دعوة الرئيس الأميركي، تهديد وزير الدفاع الإسرائيلي: what is said is the
        # office holder's (but مقتل الجنود الإسرائيليين: the soldiers are the victims).
        slot = _titled_mention(frame, position)
        if slot is not None and not _prep_clitic(slot.prefix):
            return slot
    if (
        position + 2 < len(frame.forms)
        and frame.forms[position + 1] == "من"
        # an adjective: دعوة جديدة من، عرض رسمي من، طلب عاجل من
        and (frame.forms[position].endswith(("ه", "ي")) or frame.forms[position] in _AR_NEW)
        and frame.slot_at[position] is None
        and frame.hit_at[position] is None
    ):
        position += 1
    if position + 1 < len(frame.forms) and frame.forms[position] == "من":
        # دعوة من سول، طلب من واشنطن: the maker of a request or offer, after من.
        slot = _mention_at(frame, position + 1)
        nouns = {t.type for t in hit.triggers if t.pos == "noun"}
        if slot is not None and slot.start == position + 1 and nouns & _FROM_AGENT:
            return slot
    # A light verb after the noun carries its agent: اتصالات أجراها مسؤولون أميركيون،
    # غارات جوية نُفّذت من قبل طائرات أميركية.
    # … past adjectives and a relative pronoun: المناورات المشتركة التي تجريها الولايات
    # المتحدة وكوريا الجنوبية، تدريبات بحرية مشتركة تجريها القوات الفلبينية والأمريكية.
    for light in range(hit.end, min(hit.end + 4, len(frame.forms))):
        relative = frame.forms[light] in {"التي", "الذي"}
        if frame.slot_at[light] is not None or (frame.stops_at_comma[light] and not relative):
            break
        if frame.cues.get(light) == "light_verb":
            found = _right_mention(frame, light + 1, max_gap=2, subject=True) or _right_mention(
                frame, light + 1, max_gap=3, preps=("قبل", "يد"), require_prep=True
            )
            return found[0] if found else None
    return None


def _envoy_speaking(frame: SentenceFrame, hit: TriggerHit, position: int) -> Slot | None:
    """The envoy at ``position`` after a noun of saying, when the actor the act is aimed at
    follows him directly (اتهام السفيرة الأمريكية إيران): the envoy said it."""
    if not {t.type for t in hit.triggers if t.pos == "noun"} <= _FROM_AGENT:
        return None
    own = frame.slot_at[position]
    if own is not None and own.start == position and _requesting(hit):
        return own  # دعوة المبعوث الأممي إلى التراجع: an organisation's envoy asks
    # (his state, or his name when it carries the state: السفيرة الأمريكية ليندا …)
    envoy = next((
        slot for start in (position + 1, position + 2)
        if start < len(frame.forms) and (slot := frame.slot_at[start]) is not None
        and slot.start == start
    ), None)  # fmt: skip
    if envoy is None:
        return None
    end = envoy.end
    while end < len(frame.forms) and (person := frame.slot_at[end]) is not None:
        if person.kind != "person":
            break
        end = person.end  # (past his name: السفيرة الأمريكية ليندا توماس غرينفيلد)
    aimed = frame.slot_at[end] if end < len(frame.forms) else None
    if aimed is None or aimed.start != end or _prep_clitic(aimed.prefix):
        return None
    return envoy


# "The right of" (لحق الإمارات): support for a right supports its holder.
_RIGHT_OF = {normalize(word) for word in ("لحق", "حق", "بحق", "وحق")}


# "Their belonging to" an organisation: اعتقلت 30 شخصاً يشتبه في انتمائهم إلى «داعش».
_AR_MEMBERSHIP = {normalize(prefix + "انتماء" + suffix) for prefix in ("", "ب", "ل")
                  for suffix in ("هم", "ه", "هما", "ها")}  # fmt: skip


def _approver(frame: SentenceFrame, start: int) -> Slot | None:
    """Whose approval the English act noun at ``start`` is the object of: "Washington's
    approval of the sale", "the State Department's approval of a $2 billion arms sale"."""
    of = next((p for p in range(start - 1, max(0, start - 7), -1) if frame.forms[p] == "of"), -1)
    if of < 3 or frame.forms[of - 1] not in _APPROVALS:
        return None
    if any(frame.slot_at[p] is not None or frame.hit_at[p] is not None for p in range(of, start)):
        return None
    if frame.forms[of - 2] not in {"'s", "’s"}:
        return None
    return _mention_at(frame, of - 3)


_APPROVALS = {"approval", "authorisation", "authorization", "go-ahead"}


# Participles of belonging, and their preposition: "positions belonging to", "vessels linked
# to", "goods imported from" the object's owner.
_OWNED = {"belonging": "to", "linked": "to", "tied": "to", "affiliated": "with", "links": "to",
          "imported": "from", "originating": "from"}  # fmt: skip


# "That it/he/they", after an Arabic reporting verb: قالت إنها.
_AR_THAT_IT = {"انها", "انه", "انهم", "انهما", "انهن"}


def _relative_report_at(frame: SentenceFrame, position: int) -> bool:
    """An Arabic reporting verb opening a clause on the noun right before it, with no و
    or comma: شبكة قالت إنها تعمل لصالح «فيلق القدس» ("a network it said works for")."""
    return (
        frame.lang == "ar"
        and frame.cues.get(position) == "report"
        and not frame.forms[position].startswith(("و", "ف"))
        and frame.texts[position - 1] not in _COMMA
        and frame.forms[position + 1 : position + 2] != []
        and frame.forms[position + 1] in _AR_THAT_IT
    )


def _owned_after_place(frame: SentenceFrame, slot: Slot) -> int | None:
    """Where "linked to"/"belonging to" stands past a place the object stands in, before
    any other word but more places: "85 targets in Iraq and Syria linked to Iran's
    Revolutionary Guards" (the owner is the object, the states only where it is)."""
    before = slot.start - (frame.forms[slot.start - 1 : slot.start] == ["the"])
    if frame.lang != "en" or frame.forms[before - 1 : before] not in (["in"], ["across"]):
        return None
    position = slot.end
    while position + 1 < len(frame.forms):
        form = frame.forms[position]
        if form in _OWNED and frame.forms[position + 1] == _OWNED[form]:
            return position
        following = frame.slot_at[position]
        if following is not None and following.state:
            position = following.end
        elif form in {"and", ","}:
            position += 1
        else:
            return None
    return None


# Followers of a movement: what follows names whom they follow, not whom they act on.
_FOLLOWERS = {normalize(word) for word in (
    "أنصار", "مؤيدي", "أتباع", "موالين", "supporters", "followers", "loyalists", "loyal",
)}  # fmt: skip


def _followers_of(frame: SentenceFrame, position: int) -> bool:
    """Whether the mention at ``position`` names whom a crowd follows: من أنصار التيار
    الصدري، "supporters of Imran Khan"."""
    while position and (position - 1 in frame.named or frame.forms[position - 1] == "'s"):
        position -= 1  # "loyal to Shi'ite cleric Moqtada al-Sadr": past the title
    before = frame.forms[position - 1] if position else ""
    if before in {"of", "to"} and position >= 2:
        before = frame.forms[position - 2]
    return before in _FOLLOWERS


# Words opening an Arabic adverbial set off by commas: time, place, occasion.
_AR_ADVERBIAL = {normalize(word) for word in (
    "في", "خلال", "عقب", "بعد", "قبل", "أثناء", "إثر", "لدى",
    "برئاسة",  # ، برئاسة رئيس الوزراء،: who chairs the subject body
    "عبر",  # ، عبر بعثته الدائمة لدى الأمم المتحدة،: through whom the subject acts
)}  # fmt: skip


# Adverbials opened by على: ، على هامش مؤتمر ميونيخ للأمن في ألمانيا، ، على لسان متحدثها،.
_AR_ON_THE = {("علي", normalize(word)) for word in ("هامش", "خلفية", "لسان", "صعيد")}


def _adverbial_insertion(frame: SentenceFrame, comma: int, reach: int = 14) -> int | None:
    """After an Arabic comma opening an adverbial that a second comma closes (، في ختام
    دورته بالرياض،) within ``reach`` words, the position after it: nothing inside is the
    verb's object. Not a call or meeting "with" someone (، في اتصال هاتفي مع بلينكن،):
    who was spoken with is the object of بحث or طالب."""
    if comma + 1 < len(frame.forms) and frame.forms[comma + 1] in _AR_DATES:
        # ، السبت 12 أبريل/نيسان،: a day with its date (، فجر الجمعة 12 يناير/كانون الثاني
        # 2024،: and a month with both its names)
        reach = 11
    if comma + 1 >= len(frame.forms) or not (
        frame.forms[comma + 1] in _AR_ADVERBIAL
        or frame.forms[comma + 1] in _AR_DATES
        or frame.forms[comma + 1] in _AR_PARTICIPATION
        or frame.forms[comma + 1] in _AR_MEDIATION
        or tuple(frame.forms[comma + 1 : comma + 3]) in _AR_ON_THE
    ):
        return None  # (، بحضور وزير الخارجية المصري، and ، برعاية تركية، are asides too)
    contact = False
    for position in range(comma + 2, min(comma + reach, len(frame.forms))):
        if frame.texts[position] == "،":
            if contact:
                # ، خلال مؤتمر صحفي مشترك مع نظيره الأردني، مجلس الأمن: an actor right
                # after the aside is the object, not the one spoken with.
                after = frame.slot_at[position + 1] if position + 1 < len(frame.forms) else None
                return position + 1 if after is not None and after.start == position + 1 else None
            return position + 1
        contact = contact or _contact_with(frame, comma + 1, position)
        if frame.stops[position] and frame.forms[position] not in {"الذي", "التي"}:
            return None  # (، في ختام اجتماعهم الذي استضافته بروكسل،: a relative inside)
    return None


def _before_aside(frame: SentenceFrame, position: int) -> int:
    """Where an Arabic adverbial aside set off by commas that ends right before
    ``position`` begins (، في بيان مشترك صدر في بكين،); else ``position``."""
    if frame.lang != "ar" or position < 3 or frame.texts[position - 1] != "،":
        return position
    for opening in range(position - 3, max(-1, position - 20), -1):
        if frame.texts[opening] == "،":
            skipped = _adverbial_insertion(frame, opening, reach=20)
            return opening if skipped == position else position
    return position


def _contact_with(frame: SentenceFrame, start: int, position: int) -> bool:
    """Whether ``position`` holds the مع of a call or meeting begun at or after ``start``
    (في اتصال هاتفي مع، خلال لقاء مع; not في بيان مشترك مع)."""
    return frame.forms[position] == normalize("مع") and any(
        t.type == "CONSULT"
        for hit in frame.triggers
        if start <= hit.start < position
        for t in hit.triggers
    )


# Common adjectives of a request or offer that end in neither ة nor ي.
_AR_NEW = {"جديد", "عاجل", "مباشر", "صريح"}


def _leaving(hit: TriggerHit) -> bool:
    """A noun of leaving or moving forces, whose "of" names who moves: "the withdrawal of
    French troops", "the deployment of American warships" (not "the release of
    hostages": who is released)."""
    return any(
        t.form in {"withdrawal", "pullout", "departure", "deployment", "buildup", "dispatch"}
        or t.form.startswith(_AR_LEAVING)
        for t in hit.triggers
    )


# Arabic nouns of leaving: انسحاب القوات الأمريكية، سحب القوات، خروج القوات الأجنبية.
_AR_LEAVING = ("انسحاب", "سحب", "خروج", "رحيل")


# Participles naming a go-between: "talks brokered by Oman", "a swap mediated by the UAE".
_MEDIATING = {"brokered", "mediated", "facilitated", "sponsored", "hosted", "opened", "chaired"}


# "Under the auspices of", "through the mediation of" (normalised Arabic).
_AR_MEDIATION = {"برعايه", "بوساطه", "رعايه", "وبرعايه", "وبوساطه", "وساطه", "لوساطه"}
# Nouns after ب that say who else took part (بحضور ولي العهد، بمشاركة قطر): no preposition
# of the verb, so the actor after them is no object.
_AR_PARTICIPATION = {normalize(word) for word in (
    "بحضور", "وبحضور", "بمشاركة", "وبمشاركة", "بقيادة", "بدعم", "بالتنسيق", "بالتعاون",
    "بتنسيق", "وبتنسيق", "وبالتنسيق",
    "بالشراكة", "بإسناد", "وبإسناد",
)}  # fmt: skip
# Arabic words of time inside a clause (في اليوم التالي، مساء الأحد، أمس): no gap before an
# object.
_AR_TIME_WORDS = {normalize(word) for word in (
    "اليوم", "أمس", "غدا", "التالي", "لاحق", "لاحقا", "وقت", "صباح", "مساء", "ليل", "ليلة",
    "فجر", "ظهر", "الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
    "السبت", "الماضي", "الماضية", "الجاري", "الحالي",
)}  # fmt: skip
# Words that open a date or time set off by commas: ، اليوم الأحد،، فجر الثلاثاء،، مطلع
# ديسمبر 2023،
_AR_DATES = _AR_TIME_WORDS | {normalize(word) for word in (
    "مطلع", "أوائل", "منتصف", "أواخر", "نهاية", "بداية",
)}  # fmt: skip


# Nouns for a state's ground, air or sea: with its demonym they name a place.
# (Not a border: troops massed near a state's border are aimed at it.)
# Unity, integrity, sovereignty of a state's territory: وحدة الأراضي السورية names Syria.
_INTEGRITY = {normalize(word) for word in (
    "وحدة", "لوحدة", "ووحدة", "بوحدة", "سلامة", "لسلامة", "وسلامة", "سيادة", "لسيادة", "وسيادة",
)}  # fmt: skip


def _in_capital(frame: SentenceFrame, position: int) -> bool:
    """Whether an Arabic demonym at ``position`` names the capital something happens in:
    في العاصمة العمانية (a place; but استضافتها العاصمة الصينية hosts, and a delegation sent
    إلى العاصمة الإثيوبية visits the state)."""
    before = frame.forms[position - 1] if position else ""
    if before == "بالعاصمه":
        return True
    return before == "العاصمه" and position >= 2 and frame.forms[position - 2] == "في"


_PLACE_NOUNS = {"الاراضي", "اراضي", "الاجواء", "اجواء", "المياه", "مياه", "territory", "soil",
                "airspace", "waters"}  # fmt: skip


# A capital named by its state's adjective (العاصمة القطرية): after في, a venue.
_CAPITAL_NOUNS = {normalize(word) for word in ("العاصمة", "عاصمة")}


# A crisis named by its state's adjective (للأزمة السورية) is a topic, not the state.
_CRISIS = {normalize(word) for word in ("أزمة", "أزمات")}


# Words for the route or go-between of an act: what follows is neither its target nor
# its agent (أرسلت مساعدات إلى غزة عبر ميناء العريش المصري، "a message via Oman").
_VIA = {"عبر", "via", "through"}


def _via(frame: SentenceFrame, position: int, start: int) -> bool:
    """Whether the mention at ``position`` is introduced by a word of ``_VIA``, at most
    two plain words before it (عبر ميناء العريش المصري)."""
    for before in range(position - 1, max(start, position - 4) - 1, -1):
        if frame.forms[before] in _VIA:
            return True
        if frame.slot_at[before] is not None or frame.hit_at[before] is not None:
            return False
    return False


# Compass words between a locative and a state: "in northern Iraq", في شمال سوريا.
_DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "north", "south",
               "east", "west", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي",
               "شرقي", "غربي"}  # fmt: skip

_EN_PLACE_NOUNS = {"border", "frontier", "territory", "soil", "airspace", "waters", "coast"}
# What stands at a border and belongs to its state: "Pakistani border posts".
_BORDER_UNITS = {"post", "posts", "outpost", "outposts", "guard", "guards", "checkpoint",
                 "checkpoints", "position", "positions", "police", "troops", "forces",
                 "security"}  # fmt: skip


# Verbal nouns whose maker may follow من: a request, an offer, an invitation, a proposal.
_FROM_AGENT = {"REQUEST", "AGREE", "REJECT", "ACCUSE", "THREATEN"}
# Acts done by saying: their genitive is their maker, whatever the title before it.
_SAID = _FROM_AGENT | {"SUPPORT", "PROTEST", "CONSULT"}


# Nouns of death, injury and killing, whose genitive is the one killed: مقتل، اغتيال.
# Announcing them (أعلنت طالبان مقتل 46 شخصاً) is no claim to have caused them.
_DEATHS = {normalize(word) for word in (
    "مقتل", "مصرع", "إصابة", "استشهاد", "وفاة", "سقوط", "اغتيال",
)}  # fmt: skip

# Words that put an attack as the means or cause of a death: في غارة، جراء قصف.
_MEANS_MARKS = {normalize(word) for word in ("في", "جراء", "إثر", "بسبب", "خلال", "نتيجة")}


def _means_maker(frame: SentenceFrame, start: int, reach: int = 8) -> Slot | None:
    """The state an attack noun's demonym names, where the attack is the means of a death
    named before it: مقتل ثلاثة جنود في غارة إسرائيلية، اغتيال أحد قادتها بقصف روسي."""
    for position in range(start, min(start + reach, len(frame.forms))):
        if frame.stops_at_comma[position]:
            return None
        hit = frame.hit_at[position]
        if hit is None or hit.start != position:
            continue
        if not any(t.type == "ASSAULT" and t.pos == "noun" for t in hit.triggers):
            return None  # (another act comes first)
        if "ال" in hit.prefix or not (
            hit.prefix.endswith("ب") or frame.forms[position - 1] in _MEANS_MARKS
        ):
            return None
        # (past one plain adjective: في غارة جوية إسرائيلية)
        for later in range(hit.end, min(hit.end + 2, len(frame.forms))):
            slot = frame.slot_at[later]
            if slot is not None:
                return slot if slot.kind == "demonym" and slot.state else None
        return None
    return None


# English phrases of taking part in an operation, as the Arabic noun each stands for
# (the nouns find.py reads): "with the participation of" shares the operation
# (بمشاركة), "with air support from" backs it (بإسناد من), "in coordination with"
# works beside its maker (بالتنسيق مع).
_EN_TAKING_PART = {
    ("with", "the", "participation", "of"): normalize("بمشاركة"),
    ("with", "participation", "of"): normalize("بمشاركة"),
    ("with", "air", "support", "from"): normalize("بإسناد"),
    ("with", "logistical", "support", "from"): normalize("بإسناد"),
    ("with", "intelligence", "support", "from"): normalize("بإسناد"),
    ("with", "the", "backing", "of"): normalize("بإسناد"),
    ("in", "coordination", "with"): normalize("بالتنسيق"),
    ("in", "close", "coordination", "with"): normalize("بالتنسيق"),
}


def _en_taking_part(frame: SentenceFrame, position: int) -> tuple[str, int] | None:
    """The Arabic noun an English phrase of taking part at ``position`` stands for, and
    the position after the phrase ("with air support from" -> بإسناد)."""
    if frame.forms[position] not in {"with", "in"}:
        return None
    for words, noun in _EN_TAKING_PART.items():
        if tuple(frame.forms[position : position + len(words)]) == words:
            return noun, position + len(words)
    return None


def _past_partner(frame: SentenceFrame, position: int) -> int:
    """Where the words after an English operation resume once a partner in it is named:
    "launched airstrikes in coordination with the Iraqi army on ISIS positions" (the
    target comes after the partner, who is not it; "struck, in coordination with the
    Malian army, al-Qaeda camps")."""
    aside = frame.forms[position : position + 1] == [","]
    start = position + 1 if aside else position
    phrase = _en_taking_part(frame, start) if start < len(frame.forms) else None
    if phrase is None:
        return position
    found = _right_mention(frame, phrase[1], max_gap=2)
    if found is None:
        return position
    end = _coordinated(frame, found[0])[-1].end
    while end in frame.roles:  # "the Malian army"
        end += 1
    if aside:
        return end + 1 if frame.forms[end : end + 1] == [","] else position
    return end

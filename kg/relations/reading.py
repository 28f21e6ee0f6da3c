"""Which reading a trigger takes: verb, verbal noun or passive."""

from __future__ import annotations

from kg.lang.ar.normalize import normalize
from kg.lexicon import Trigger
from kg.relations.frame import SentenceFrame, TriggerHit
from kg.relations.search import (
    _AR_DATES,
    _before_aside,
    _left_subject,
    _mention_at,
    _prep_clitic,
    _trigger_at,
)
from kg.relations.words import (
    _AR_MANNER_WORDS,
    _AR_NOMINAL_BEFORE,
    _AR_PREPS,
    _COMMA,
    _EN_BE,
    _EN_DETERMINERS,
    _EN_PREPS,
    _EXPRESSING,
    _TALLIES,
)

__all__ = ["_pos", "_adjective_before", "_announced_with_agent", "_is_passive"]


def _own_preposition_next(frame: SentenceFrame, hit: TriggerHit, verb: Trigger | None) -> bool:
    """Whether the verb reading's own preposition follows, then an actor or a determiner:
    "to appeal to both sides", "to call on Iran"."""
    if verb is None or hit.end + 1 >= len(frame.forms) or frame.forms[hit.end] not in verb.preps:
        return False
    after = hit.end + 1
    return frame.slot_at[after] is not None or frame.forms[after] in _EN_DETERMINERS


def _pos(frame: SentenceFrame, hit: TriggerHit) -> Trigger:
    """Choose the reading of an ambiguous written form (Arabic رفض: verb or verbal noun)."""
    readings = {trigger.pos: trigger for trigger in hit.triggers}
    if len(readings) == 1:
        return hit.triggers[0]
    before = frame.forms[hit.start - 1] if hit.start else ""
    if (
        frame.lang == "ar"
        and "participle" in readings
        and not hit.prefix
        and hit.start
        and frame.texts[hit.start - 1] in _COMMA
    ):
        # "…، مطالبةً مجلس الأمن بـ": after a comma a bare مطالبة is the circumstantial
        # participle (its agent the clause's subject), not "the Security Council's demand".
        return readings["participle"]
    if frame.lang == "ar":
        nominal = (
            "ال" in hit.prefix
            or _prep_clitic(hit.prefix)
            or hit.suffix in {"هما", "هم"}  # رفضهما القاطع: "their rejection"
            or (
                hit.suffix in {"ه", "ها"}  # جدّد المجلس، في ختام دورته، دعمه لحق الإمارات
                and hit.start > 0
                and (
                    frame.texts[hit.start - 1] in _COMMA
                    or frame.cues.get(hit.start - 1) in {"report", "light_verb"}
                    or _after_reporter(frame, hit.start)
                )
            )
            or before in _AR_NOMINAL_BEFORE
            # …، مجدداً دعمه للحكومة: "his support", renewed
            or (before in _EXPRESSING and hit.suffix in {"ه", "ها"})
            or before in _AR_MANNER_WORDS  # استنكرت بشدة قصف: its object
            or bool(hit.start and _trigger_at(frame, hit.start - 1))
            or (frame.cues.get(hit.start - 1) == "negation" and before in {"عدم", "غير"})
            # سنواصل دعم أوكرانيا، قررت دعم: the verbal noun an aspect or light verb takes
            or frame.cues.get(hit.start - 1) in {"light_verb", "aspect"}
            or _object_position(frame, hit.start)
            # رفض طلباً تقدمت به واشنطن: a request with the accusative ending printed is a
            # noun (طلبا is also "they both asked"); دعماً، تنديداً are purposes, read apart
            or (
                hit.end - hit.start == 1
                and frame.texts[hit.start].endswith("\u064b")
                and "REQUEST" in {t.type for t in hit.triggers}
            )
        )
    else:
        following = frame.forms[hit.end] if hit.end < len(frame.forms) else ""
        infinitive = before == "to" and (
            following in _EN_DETERMINERS
            or (hit.end < len(frame.forms) and frame.slot_at[hit.end] is not None)
            or (following.endswith("ly") and len(following) > 4)  # "to appeal directly to"
            or _own_preposition_next(frame, hit, readings.get("verb"))  # "to appeal to both"
        )  # "to demand the withdrawal", "to support Kyiv"
        nominal = not infinitive and (
            before in _EN_DETERMINERS
            or before in {"'s", "’s"}
            or before in _EN_PREPS
            or _adjective_before(frame, hit.start)
            or _plural_noun(frame, hit.start)
            or _after_adjective(frame, hit.start)
            or _after_light_verb(frame, hit.start)
        )
    if nominal and "noun" in readings:
        return readings["noun"]
    return readings.get("verb") or readings.get("passive") or readings["noun"]


def _after_reporter(frame: SentenceFrame, position: int) -> bool:
    """Right after an official who is a verb of saying's subject, named past his title and
    its demonym: أعلن رئيس مجلس النواب اللبناني نبيه بري رفضه (his rejection, announced)."""
    slot = _mention_at(frame, position - 1) if position else None
    if slot is None or slot.end != position or slot.kind != "person":
        return False
    start = slot.start
    title_state = _mention_at(frame, start - 1) if start > 0 else None
    if title_state is not None and title_state.kind == "demonym" and title_state.end == start:
        start = title_state.start
    while start > 0 and start - 1 in frame.roles:
        start -= 1
    return start < slot.start and frame.cues.get(start - 1) == "report"


def _announced_with_agent(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a bare Arabic form stands right after a verb of saying and its subject (past
    the subject's title) with an actor right after it: the verbal noun announced, that
    actor its agent (أعلن رئيس الوزراء القطري توصّل إسرائيل وحماس إلى اتفاق)."""
    slot = _mention_at(frame, hit.start - 1) if hit.start else None
    agent = frame.slot_at[hit.end] if hit.end < len(frame.forms) else None
    if slot is None or slot.end != hit.start or hit.prefix or hit.suffix or agent is None:
        return False
    if agent.start != hit.end or agent.prefix:
        return False
    start = slot.start  # (back over the subject's title and its demonym)
    while start > 0 and (start - 1 in frame.roles or frame.slot_at[start - 1] is not None):
        start = start - 1 if start - 1 in frame.roles else frame.slot_at[start - 1].start
    return start > 0 and frame.cues.get(start - 1) == "report"


def _after_light_verb(frame: SentenceFrame, position: int) -> bool:
    """ "imposed sanctions", "reimposing U.N. sanctions": the object of a light verb, past
    at most an actor that qualifies it."""
    before = position - 1
    if before >= 0 and frame.slot_at[before] is not None:
        before = frame.slot_at[before].start - 1
    return before >= 0 and frame.cues.get(before) in {"light_verb", "aspect"}


_NOUN_PREPS = {"with", "for", "of", "in"}


def _after_adjective(frame: SentenceFrame, position: int) -> bool:
    """ "a direct appeal", "the latest strikes", "with logistical support", "$1 billion in
    military aid": a determiner (or a preposition) and a plain word before it."""
    if position < 2 or frame.forms[position - 2] not in _EN_DETERMINERS | _NOUN_PREPS:
        return False
    word = frame.texts[position].lower()
    if word != frame.lemmas[position] and not word.endswith(("s", "ing")):
        return False  # "the army shelled", "the army struck": a past tense, no noun
    previous = position - 1
    return (
        frame.forms[previous].isalpha()
        and frame.hit_at[previous] is None
        and frame.slot_at[previous] is None
    )


def _plural_noun(frame: SentenceFrame, position: int) -> bool:
    """ "indirect talks mediated by …": a word in -s with no subject before it is a plural
    noun, not a verb (a verb in -s follows its subject: "Iran talks to …")."""
    text = frame.texts[position]
    if not text.endswith("s") or text.lower() == frame.lemmas[position] or not position:
        return False
    return _mention_at(frame, position - 1) is None and frame.forms[position - 1] not in {
        "he", "she", "it", "who", "which", "that",
    }  # fmt: skip


def _object_position(frame: SentenceFrame, position: int) -> bool:
    """Right after a verb's subject (رفضت طهران طلباً): the object slot, where nouns stand."""
    if frame.lang == "ar" and position > 1 and frame.texts[position - 1] in _COMMA:
        return _object_past_aside(frame, position)
    slot = _mention_at(frame, position - 1) if position else None
    if slot is None or slot.end != position:
        return False
    verb = slot.start
    while verb > 0 and verb - 1 in frame.roles:  # جدّد المجلس الوزاري لمجلس التعاون دعمه
        verb -= 1
    if frame.cues.get(verb - 1) in {"report", "light_verb", "aspect"}:
        return True
    return any(hit.end in (slot.start, verb) for hit in frame.triggers)


def _object_past_aside(frame: SentenceFrame, position: int) -> bool:
    """Right after an aside set off by commas that follows an act verb's subject: رفضت
    القاهرة، الاثنين، طلب إثيوبيا (not after a verb of saying: أعلنت مصر، الاثنين، رفض
    إثيوبيا, where what is announced has its own agent)."""
    opening = _before_aside(frame, position)
    slot = _mention_at(frame, opening - 1) if 0 < opening < position else None
    return (
        slot is not None
        and slot.end == opening
        and any(hit.end == slot.start for hit in frame.triggers)
    )


def _adjective_before(frame: SentenceFrame, position: int) -> bool:
    """An English demonym right before a word makes it a noun: "Iraqi targets", "a U.S. request"."""
    slot = _mention_at(frame, position - 1) if position else None
    if slot is None or slot.end != position:
        return False
    bare = frame.texts[position].lower() == frame.lemmas[position]
    plural = frame.texts[slot.end - 1].endswith("s")  # "Kenyans demonstrated": a subject
    return (slot.kind == "demonym" and not plural) or (slot.kind == "abbrev" and bare)


def _is_passive(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    if trigger.pos == "passive":
        return True
    if frame.lang == "ar" and trigger.pos == "noun" and hit.prefix.startswith("ل"):
        return _undergone(frame, hit.start)  # تعرضت سفينة أمريكية لهجوم من قبل الحوثيين
    if (
        frame.lang == "ar"
        and trigger.pos == "noun"
        and hit.start
        and frame.forms[hit.start - 1] in _AR_SERIES
    ):
        return _undergone(frame, hit.start - 1)  # تعرّضت مواقع للحوثيين لسلسلة غارات
    if frame.lang == "ar" and trigger.pos == "verb":
        # Writers mark the passive with a damma on an early letter: قُصفت، استُهدفت، نُفّذت.
        word = frame.texts[hit.start]
        marks = word[len(hit.prefix) : len(hit.prefix) + 6]
        if "\u064f" in marks:
            return True
        if (
            not hit.stem.startswith(("ي", "ت", "ن"))
            and not hit.suffix  # ما وصفته بالانتهاكات من قبل باماكو: an object, so active
            and _agent_phrase_follows(frame, hit.end)
        ):
            return True  # اعتقل دبلوماسي أمريكي من قبل السلطات الروسية: unvowelled
        return (
            trigger.type in {"ASSAULT", "COERCE"}
            and "\u064e" not in marks  # قَتل: an active verb, vowelled
            and not hit.stem.startswith(("ي", "ت", "ن"))  # the perfect: يقاتل عناصر is active
            # (a form III perfect, هاجم، داهم، حاصر, is هوجم in the passive: هاجم عناصر من
            # خفر السواحل is active)
            and not (len(hit.stem) == 4 and hit.stem[1] == "ا")
            and _victims_follow(frame, hit.end)
            and _left_subject(frame, hit.start, max_gap=1) is None  # القوات التركية أوقفت 23
        )
    if frame.lang != "en" or trigger.pos != "verb":
        return False
    word = frame.texts[hit.start].lower()
    if word.endswith("ed") and trigger.type == "COERCE" and _reduced_relative(frame, hit):
        return True  # "five Iranians detained in the United States"
    following = frame.forms[hit.end] if hit.end < len(frame.forms) else ""
    if (
        word.endswith("ed")
        and following == "by"
        and _mention_at(frame, hit.start - 1) is None
        and _TALLIES.isdisjoint(frame.forms[hit.end + 1 : hit.end + 6])
    ):
        # "an attack later claimed by Islamic State and condemned by the U.N." (but not
        # "the Assembly demanded by 141 votes to 7 that …": a vote's count)
        return True
    if word.endswith("ed") and hit.start and frame.cues.get(hit.start - 1) == "event_anaphor":
        return True  # "…, a campaign condemned as inhumane by the Taliban"
    # "was rammed and hit with water cannon by …": a participle joined to a passive one.
    joined = hit.start >= 3 and frame.forms[hit.start - 1] in {"and", "or"}
    if joined and hit.end < len(frame.forms) and frame.slot_at[hit.end] is not None:
        joined = False  # "said 23 soldiers were killed and accused Kabul of": it has an object
    auxiliary = hit.start - 3 if joined else hit.start - 1
    return (
        # The printed word, not its lower-cased form: "IS" is Islamic State, not "is".
        any(frame.texts[i] in _EN_BE for i in range(max(0, auxiliary - 1), auxiliary + 1))
        # (joined, and the participles spelled as their verb: "was hit", "were shut")
        and (joined or word != frame.lemmas[hit.start] or word in _SAME_PARTICIPLES)
        and not word.endswith(("ing", "s"))
        and (not joined or frame.texts[hit.start - 2].lower().endswith("ed"))
    )


# English participles spelled as their verb.
_SAME_PARTICIPLES = {"hit", "shut", "cut", "put", "set", "hurt", "upset"}


# تعرّض لـ, "to be subjected to": the subject undergoes the act after ل.
_UNDERGOING = ("تعرض", "يتعرض", "تتعرض", "نتعرض")


# "A series of", "a wave of" with ل, before the act undergone: لسلسلة غارات، لموجة هجمات.
_AR_SERIES = {normalize(word) for word in ("لسلسلة", "لموجة", "لعدة", "لوابل")}


def _undergone(frame: SentenceFrame, position: int) -> bool:
    """Whether a verb of undergoing (تعرضت، يتعرض) governs the noun at ``position`` in its
    clause, a few words before it: its subject is acted upon."""
    return _undergoing_verb(frame, position) is not None


def _undergoing_verb(frame: SentenceFrame, position: int) -> int | None:
    """Where the verb of undergoing that governs the noun at ``position`` stands: within
    ten words, past a date set off by commas (تعرّضت مواقع للحوثيين، فجر الجمعة، لغارات)."""
    before, limit = position - 1, max(0, position - 11)
    while before >= limit:
        if frame.texts[before] in {"،", ","}:
            opening = next(
                (p for p in range(before - 1, max(-1, before - 4), -1)
                 if frame.texts[p] in {"،", ","}),
                None,
            )  # fmt: skip
            if opening is None or frame.forms[opening + 1] not in _AR_DATES:
                return None
            limit = max(0, limit - (before - opening + 1))  # (the date counts no words)
            before = opening - 1
            continue
        if frame.stops_at_comma[before]:
            return None
        if frame.forms[before].removeprefix("و").removeprefix("ف").startswith(_UNDERGOING):
            return before
        before -= 1
    return None


def _agent_phrase_follows(frame: SentenceFrame, position: int) -> bool:
    """Whether من قبل or على يد ("by", "at the hands of") follows a verb within its clause,
    past an indefinite subject (دبلوماسي أمريكي، سفينة): the mark of a passive the writer
    left unvowelled."""
    for ahead in range(position, min(position + 8, len(frame.forms) - 1)):
        slot = frame.slot_at[ahead]
        if slot is not None and (slot.kind != "demonym" or "ال" in slot.prefix):
            return False  # ووصف شمخاني مساعي … من قبل واشنطن: a named, definite subject
        pair = (frame.forms[ahead], frame.forms[ahead + 1])
        if pair in {("من", "قبل"), ("علي", "يد")}:
            # (an actor after it: من قبل alone is also "before", كما فعلت من قبل)
            return any(frame.slot_at[ahead + 2 : ahead + 5])
        if frame.stops_at_comma[ahead] or frame.hit_at[ahead] is not None:
            return False
    return False


# Who is killed, wounded or arrested: a noun that follows an unvowelled قتل/اعتقل as its
# passive subject (قتل 21 جندياً، اعتقل فلسطينيون), the accusative and dual forms too.
_VICTIMS = {normalize(word) for word in (
    "جندي", "جنديا", "جنديان", "جنديين", "جنود", "عسكري", "عسكريا", "عسكريين", "عسكريون",
    "عنصر", "عنصرا", "عنصران", "عناصر", "مدني", "مدنيا", "مدنيين", "مدنيون", "شخص", "شخصا",
    "شخصان", "أشخاص", "مواطن", "مواطنا", "مواطنين", "مواطنون", "شرطي", "شرطيا", "شرطيين",
    "شرطيون", "ضابط", "ضابطا", "ضباط", "طفل", "طفلا", "أطفال", "مسلح", "مسلحا", "مسلحين",
    "مقاتل", "مقاتلا", "مقاتلين", "بحارة", "صحفي", "صحفيا", "صحفيين", "ناشط", "ناشطا", "ناشطين",
    "فلسطيني", "فلسطينيا", "فلسطينيين", "فلسطينيون", "عامل", "عاملا", "عمال", "رهائن",
)}  # fmt: skip


# Numbers written as words, and the words that head a count (عشرات الجنود).
_NUMBER_WORDS = {normalize(word) for word in (
    "اثنان", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة",
    "عشرات", "مئات", "آلاف", "نحو", "قرابة", "حوالي", "أكثر", "أحد", "عدد", "بضعة",
)}  # fmt: skip


def _victims_follow(frame: SentenceFrame, position: int) -> bool:
    """Whether the words after an Arabic verb of harm are its victims, so that an
    unvowelled قتل is read قُتل: a count or a victim noun, then (past an agreeing
    adjective) not another noun but a preposition, a conjunction or the clause's end.

    Active verb-subject order puts the agent there instead: قتل مسلحون جنديين.
    """
    forms = frame.forms
    n = len(forms)
    counted = False
    while position < n and (forms[position].isdigit() or forms[position] in _NUMBER_WORDS):
        position += 1
        counted = True
    if position >= n:
        return False
    slot = frame.slot_at[position]
    if slot is not None and slot.kind == "demonym":
        position = slot.end  # قتل فلسطينيان: the demonym is the noun
    elif forms[position] in _VICTIMS or counted:
        position += 1
        slot = frame.slot_at[position] if position < n else None
        if slot is not None and slot.kind == "demonym":
            position = slot.end  # جنود ماليون
    else:
        return False
    if position >= n:
        return True
    form = forms[position]
    return (
        frame.slot_at[position] is None
        and frame.hit_at[position] is None
        and (form in _AR_PREPS or form[:1] in {"ب", "و", "ف"} or not form.isalpha())
    )


def _reduced_relative(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """A participle right after a plural noun actor and before a preposition qualifies
    that noun: "Iranians detained in the United States", "Americans held in Iran"."""
    slot = _mention_at(frame, hit.start - 1) if hit.start else None
    if slot is None or slot.end != hit.start or not frame.texts[slot.end - 1].endswith("s"):
        return False
    return hit.end < len(frame.forms) and frame.forms[hit.end] in _EN_PREPS

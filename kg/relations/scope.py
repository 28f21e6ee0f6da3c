"""Scope rules: speakers, negation and denial, hypotheticals, refusals, requests, allegations."""

from __future__ import annotations

from dataclasses import replace

from kg.lang.ar.normalize import normalize
from kg.relations.frame import (
    Found,
    SentenceFrame,
    Slot,
    TriggerHit,
    claims_described,
    judged_statement,
)
from kg.relations.search import (
    _AR_TIME_WORDS,
    _DEATHS,
    _adverbial_insertion,
    _clause_subject,
    _cue_in,
    _keys,
    _left_subject,
    _means_maker,
    _mention_at,
    _new_predicate,
    _noun_source,
    _prep_clitic,
    _right_mention,
    _time_aside,
)
from kg.relations.words import (
    _COMMA,
    _EN_BE,
    _EN_DETERMINERS,
    _PREPS,
    _TALLIES,
    _THAT_THEY,
    _VOWING,
)

__all__ = [
    "_speakers",
    "_speaker_for",
    "_hypothetical",
    "_alleged",
    "_requested",
    "_refused",
    "_complement_of",
    "_negated",
    "_complement_of_negated",
]


def _statement_object(frame: SentenceFrame, position: int) -> bool:
    """Whether an English noun of saying at ``position`` is a verb's object, its author
    before it: "vetoed a joint EU statement" (a verb, an article, words, the noun)."""
    for article in range(position - 1, max(0, position - 4) - 1, -1):
        if frame.forms[article] in {"a", "an"}:
            verb = frame.hit_at[article - 1] if article else None
            return verb is not None and any(t.pos == "verb" for t in verb.triggers)
    return False


def _participle_owner(frame: SentenceFrame, slot: Slot) -> Slot | None:
    """The actor a participle before ``slot`` describes: "the Saudi-led coalition
    fighting the Houthis in Yemen said" (the coalition said, not the Houthis)."""
    lead = slot.start - 1
    if lead >= 0 and frame.forms[lead] == "the":
        lead -= 1
    if lead < 1 or not frame.texts[lead].endswith("ing"):
        return None
    return _mention_at(frame, lead - 1)


def _speakers(frame: SentenceFrame) -> list[tuple[int, str]]:
    """(position, actor key) of each reporting verb's speaker, in order."""
    speakers: list[tuple[int, str]] = []
    last: tuple[int, Slot | None] = (-1, None)  # the previous reporting verb, its speaker
    for position, kind in sorted(frame.cues.items()):
        # (a denial speaks too: فيما نفى المتحدث باسم الحركة …، داعياً إسلام آباد)
        if kind != "report" and not (kind == "denial" and frame.lang == "ar"):
            if not (kind == "inform" and _tells_that(frame, position)):
                continue
        if claims_described(frame.forms, position):
            continue  # "dismissing U.S. intelligence claims as a rumour": a noun, no report
        if frame.lang == "en" and _statement_object(frame, position):
            continue  # "Hungary vetoed a joint EU statement": what was vetoed, no report
        if frame.lang == "ar" and judged_statement(frame, position):
            continue  # أدانت الجزائر إعلان فرنسا اعترافها: what was condemned, no report
        slot = None
        if frame.lang == "ar" and _adverbial_statement(frame, position):
            # اتهمت قسد في بيان أنقرة: "in a statement" is the subject's own; the actor
            # after it is the verb's object, not the statement's author (بيان لأنقرة).
            slot = _left_subject(frame, position - 1, max_gap=0)
        elif frame.lang == "ar":
            found = _right_mention(frame, position + 1, max_gap=4, subject=True)
            if found and position in frame.occasions and found[0].start not in frame.occasions:
                # ودعا الجانبان، في بيان مشترك، أديس أبابا: a statement set off by commas is
                # the subject's own; the actor past it is the verb's object.
                continue
            if found:
                slot = found[0]
            elif not frame.forms[position].startswith(("و", "ف")):
                slot = _left_subject(frame, position, max_gap=1)
                if slot is not None:
                    # فرضت الخزانة عقوبات على حزب الله قالت إنه …: no new clause opens
                    # without و, so the verb describes the object, in its subject's words.
                    slot = _relative_report(frame, slot, position) or slot
            elif frame.mentions and frame.mentions[0].end <= position:
                # … لمطالب الاتحاد الأفريقي وأعلن، اتهمت الحكومة الصومالية إثيوبيا … وأعلنت:
                # the actor before a joined verb ends the clause before it; the verb speaks
                # for the sentence's subject.
                slot = _clause_subject(frame, frame.mentions[0].end)
            indefinite = slot is not None and slot.kind == "demonym" and "ال" not in slot.prefix
            if not found and indefinite:
                # ثلاثة جنود كولومبيين قالت إنهم: an indefinite noun's clause, not its subject
                slot = None
        elif position and frame.texts[position - 1] in _EN_BE:
            # "was claimed by Islamic State", "was announced by the ministry": the agent.
            found = _right_mention(frame, position + 1, max_gap=2, preps=("by",), require_prep=True)
            slot = found[0] if found else None
        elif (
            last[0] >= 0
            and frame.texts[position - 1] in _COMMA
            and position - last[0] <= 6
            and not any(
                frame.slot_at[i] is not None or frame.hit_at[i] is not None
                for i in range(last[0] + 1, position - 1)
            )
        ):  # (also "…, the ministry said on Tuesday, adding that …")
            # "…, the coalition said, adding that …": the same speaker goes on (or the
            # same unknown one: "…, a ministry spokesman said, adding").
            slot = last[1]
        elif (
            position >= 2
            and frame.forms[position - 1] in {"it", "they", "he", "she"}
            and frame.forms[position - 2] == "what"
        ):
            # "expelled two Russian diplomats over what it said was …": the pronoun is the
            # sentence's subject, not the actor just before it.
            slot = _opening_subject(frame, position)
        elif frame.forms[position - 1 : position] == ["and"] and _opening_subject(frame, position):
            # "Kabul condemned the strikes, warned Pakistan of consequences and said …":
            # the coordinated verb's subject is the sentence's, not the object before it.
            slot = _opening_subject(frame, position)
        else:
            slot = _left_subject(frame, position, max_gap=3)
            seated = _mention_at(frame, slot.start - 2) if slot and slot.start >= 2 else None
            if seated is not None and frame.forms[slot.start - 1] in {"in", "at"}:
                slot = seated  # "the Taliban administration in Kabul said": not the place
            if slot is not None and frame.lang == "en":
                slot = _participle_owner(frame, slot) or slot
            if slot is None and position and frame.texts[position - 1] in _COMMA:
                # ", telling Putin …": a participle shares the main clause's subject.
                slot = next((m for m in frame.mentions if m.end <= position), None)
                slot = _left_subject(frame, slot.end, max_gap=0) if slot else None
            if slot is None:
                found = _right_mention(frame, position + 1, max_gap=3, subject=True)
                slot = found[0] if found else None
        last = (position, slot)
        if slot is not None and kind == "denial":
            # The denier speaks only past the denial's clause (what it denies is no act of
            # its own): from the first comma after it, where a participle may go on.
            comma = next(
                (p for p in range(position + 1, len(frame.texts))
                 if frame.texts[p] in _COMMA and not _time_aside(frame, p)
                 and not (p + 2 < len(frame.texts) and _time_aside(frame, p + 2))),
                None,
            )  # fmt: skip
            if comma is not None:
                speakers.append((comma, _keys(frame, slot)[0]))
            continue
        if slot is not None:
            # The titled person, not the state before the title: "Iranian Foreign
            # Minister Mohammad Javad Zarif said" is Zarif speaking.
            keys = _keys(frame, slot)
            speakers.append((position, keys[0]))
            if len(keys) > 1:
                frame.speaker_groups[keys[0]] = list(dict.fromkeys(keys))
            if slot.start > 0 and slot.end <= position:
                frame.speaker_slots.add(slot)
    return sorted(speakers)


# "that" opening what a verb of telling says: أبلغ X Y بأن …، أبلغته أنها …
_THAT_WORDS = {"ان", "بان"} | _THAT_THEY


def _tells_that(frame: SentenceFrame, position: int) -> bool:
    """An Arabic verb of telling whose message is a that-clause a few words on (أبلغ
    الوزير نظيره بأن بلاده ترفض …): it reports its subject's words, as قال does."""
    if frame.lang != "ar" or not frame.forms[position].endswith(("بلغ", "بلغت", "بلغوا", "بلغا")):
        return False
    that = next(
        (p for p in range(position + 1, min(len(frame.forms), position + 9))
         if frame.forms[p] in _THAT_WORDS),
        None,
    )  # fmt: skip
    if that is None:
        return False
    # Both the teller and the one told are named (أنها أبلغت الأمين العام بأن: the
    # teller came before, and the actor after the verb is only the one told).
    named = {id(frame.slot_at[p]) for p in range(position + 1, that) if frame.slot_at[p]}
    return len(named) >= 2


def _relative_report(frame: SentenceFrame, left: Slot, position: int) -> Slot | None:
    """The sentence's subject, when an Arabic reporting verb right after ``left`` (no
    comma, no و) opens a clause on the object of the sentence's opening verb rather
    than one of ``left``'s own: the verb's subject is named before ``left``."""
    first = frame.mentions[0]
    adjacent = left.end == position or (
        left.end == position - 1 and frame.texts[left.end] in {'"', "»", "”"}
    )
    opening = any(
        frame.hit_at[p] is not None or frame.cues.get(p) == "light_verb" for p in range(first.start)
    )
    # (لكن نيودلهي أكدت، فيما قالت موسكو: a conjunction opens the clause of ``left``)
    opened = left.start > 0 and frame.forms[left.start - 1] in _CLAUSE_OPENERS
    if first.start < left.start and adjacent and opening and not opened:
        return _clause_subject(frame, first.end)
    return None


_CLAUSE_OPENERS = {normalize(word) for word in ("لكن", "ولكن", "بينما", "فيما", "أن", "إن")}


def _opening_subject(frame: SentenceFrame, position: int) -> Slot | None:
    """The actor an English sentence opens with, if a verb follows it before ``position``
    and another actor stands between (else the nearest actor is the subject anyway)."""
    first = frame.mentions[0] if frame.mentions else None
    if first is None or first.start > 3 or first.end >= position:
        return None
    between = [m for m in frame.mentions if first.end < m.start and m.end <= position]
    verb = any(frame.hit_at[p] is not None for p in range(first.end, position))
    return first if between and verb else None


def _adverbial_statement(frame: SentenceFrame, position: int) -> bool:
    """An Arabic statement noun after في right after the clause's subject, its author
    not named after it: اتهمت قسد في بيان أنقرة (but في بيان لأنقرة، بيان صادر عن)."""
    if position < 2 or frame.forms[position - 1] != "في" or position + 1 >= len(frame.forms):
        return False
    after = frame.slot_at[position + 1]
    quoted = frame.texts[position + 1] in {"«", '"', "“", ":"}  # في بيان «احترام وحدة الصومال»
    return _mention_at(frame, position - 2) is not None and (
        quoted or (after is not None and "ل" not in after.prefix)
    )


def _speaker_for(
    frame: SentenceFrame, speakers: list[tuple[int, str]], position: int
) -> str | None:
    before = [key for at, key in speakers if at < position]
    if before:
        return before[-1]
    # English puts the quote first: "We will stand by Iraq," the minister said (but not
    # before a vow or warning: "…, as Saree vowed that the strikes would not go unanswered").
    if frame.lang != "en":
        return None
    said = [key for at, key in speakers if frame.lemmas[at] not in _VOWING]
    return said[0] if said else None


def _hypothetical(frame: SentenceFrame, start: int) -> bool:
    """An intended or conditional event (تسعى إلى، يريد أن، plans to, if): not asserted.

    A reported "will" stays a commitment: "Britain announced it would send …".
    """
    for position in range(max(0, start - 6), start):
        kind = frame.cues.get(position)
        if kind not in {"condition", "intent"} or (kind == "intent" and start - position > 4):
            continue  # (a condition reaches further: "if Bosnia takes steps towards joining")
        if any(frame.stops_at_comma[i] for i in range(position + 1, start)):
            continue  # "In an effort to end the fighting, Qatar hosted talks": its own clause
        if _new_past_verb(frame, position, start):
            continue  # "said attacks would continue and warned Washington": its own verb
        if kind == "condition":
            return True
        if kind == "intent" and not _reported_will(frame, position) and _governs(frame, position):
            return True
    return _conditional_subject(frame, start)


def _new_past_verb(frame: SentenceFrame, position: int, start: int) -> bool:
    """An English past-tense verb after "and", past the verb a modal governs: no modal
    governs it ("would continue and warned"; not "would have attacked")."""
    return (
        frame.lang == "en"
        and frame.texts[start].endswith("ed")
        and frame.forms[start - 1] == "and"
        and start - 1 > position + 1
    )


def _conditional_subject(frame: SentenceFrame, start: int) -> bool:
    """An act that is the subject of what would follow: "warned that joining NATO would
    trigger countermeasures", "any attack on Iran would be met …"; not asserted."""
    if frame.lang != "en" or not start:
        return False
    before = frame.forms[start - 1]
    if not (before == "any" or (before == "that" and frame.texts[start].endswith("ing"))):
        return False
    for position in range(start + 1, min(start + 7, len(frame.forms))):
        if frame.forms[position] in {"would", "could", "might", "will"}:
            return True
        if frame.stops_at_comma[position] or frame.hit_at[position] is not None:
            return False
    return False


def _governs(frame: SentenceFrame, position: int) -> bool:
    """Whether an English intent noun after a determiner governs what follows it ("a bid
    to join", "the plan for talks"), not ends its phrase ("consulted on the plan and
    accusing …")."""
    if frame.lang != "en" or not position or frame.forms[position - 1] not in _EN_DETERMINERS:
        return True
    if frame.texts[position].endswith("ed"):
        return True  # "a planned visit": the participle qualifies what follows
    following = frame.forms[position + 1] if position + 1 < len(frame.forms) else ""
    return following in {"to", "for", "of"}


def _reported_will(frame: SentenceFrame, position: int) -> bool:
    """ "said it would": the backshifted future of a reported statement."""
    if frame.forms[position] != "would":
        return False
    # "said it would", "said on Sunday it would": a report a few words before, same clause
    for before in range(position - 1, max(-1, position - 6), -1):
        if frame.cues.get(before) == "report":
            return True
        if frame.texts[before] in _COMMA:
            return False
        if frame.forms[before] == "that":
            # "warned in a statement carried by KCNA that Seoul would": the report may
            # stand further back before its "that".
            return any(
                frame.cues.get(p) == "report" for p in range(before - 1, max(-1, before - 12), -1)
            )
    return False


def _alleged(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """An act the speaker accuses someone of: بـ/of after an accusation and its object,
    or "that" after a charge ("rejected U.S. accusations that it supplied Russia")."""
    if _charged_that(frame, hit):
        return True
    before = hit.start - 1
    marked = (frame.lang == "ar" and hit.prefix.startswith(("ب", "وب"))) or (
        before >= 0 and frame.forms[before] == "of"
    )
    previous = frame.hit_at[before] if before >= 0 else None
    if not marked and previous is not None and previous.prefix.startswith(("ب", "وب")):
        # اتهمت طالبان باكستان بشنّ غارات: the light verb's object is alleged with it.
        return _alleged(frame, previous, found)
    if not marked and frame.lang == "ar" and hit.prefix.startswith("ل"):
        # اتهمت طهران باستخدام عائداته لتسليح الحوثيين: the purpose of an alleged act is
        # alleged too.
        marked = any(
            frame.forms[p].startswith("ب") and frame.slot_at[p] is None
            for p in range(max(0, hit.start - 3), hit.start)
        )
    if (
        not marked
        and frame.lang == "ar"
        and hit.prefix.startswith("و")
        and all(t.pos == "noun" for t in hit.triggers)
    ):
        # اتهمتها بعرقلة المسار السياسي وتسليح الانفصاليين: a verbal noun joined by و to
        # the charge's is charged with it.
        charge = [
            p for p in range(max(0, hit.start - 6), hit.start)
            if frame.forms[p].startswith("ب") and frame.slot_at[p] is None
        ]  # fmt: skip
        if charge and not any(frame.stops_at_comma[p] for p in range(charge[0], hit.start)):
            marked, hit = True, replace(hit, start=charge[0])  # (the accused end at the first)
    if not marked:
        return False
    if frame.lang == "en" and not _accused_before_of(frame, before):
        return False  # "denounced the start of joint drills": of a noun, not of the accused
    if any(
        item.type == "ACCUSE"
        and item.target
        and _accused_object_between(frame, item.trigger_end, hit)
        and not _blamed_as_maker(frame, item.target, hit)
        for item in found
    ):
        return True
    return _accused_by_unknown(frame, hit)


def _blamed_as_maker(frame: SentenceFrame, key: str, hit: TriggerHit) -> bool:
    """Whether the one a condemnation blames is the maker of a death named after it
    (نددت حماس باغتيال أحد قادتها في غارة إسرائيلية): then the death is condemned as
    done, not alleged."""
    if frame.lang != "ar" or (hit.stem or frame.forms[hit.start]) not in _DEATHS:
        return False
    maker = _means_maker(frame, hit.end)
    return maker is not None and maker.key == key


def _accused_by_unknown(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An act alleged by an accuser the lexicon does not know (اتهم حاكم ولاية فراه غربي
    أفغانستان، الأربعاء، إيران بتزويد …): the accused stands right before the act, and
    an accusing verb before them with no other act between."""
    if any(t.type == "ACCUSE" for t in hit.triggers):
        return False  # (دانته قطر بوصفه «اعتداءً»: a second accusation, not an alleged act)
    accused = [m for m in frame.mentions if m.end <= hit.start and hit.start - m.end <= 2]
    if not accused or any(frame.hit_at[p] for p in range(accused[-1].end, hit.start)):
        return False
    for position in range(accused[-1].start - 1, max(-1, accused[-1].start - 15), -1):
        accusation = frame.hit_at[position]
        if accusation is not None:
            # Arabic puts the accuser right after the verb: someone unknown must stand
            # between (اتهم حاكم ولاية فراه … إيران; not دانته قطر).
            subject = frame.lang == "en" or accused[-1].start - accusation.end >= 2
            return subject and any(
                t.type == "ACCUSE" and t.pos == "verb" for t in accusation.triggers
            )
        if frame.stops[position] and frame.texts[position] not in _COMMA:
            return False
    return False


# English nouns of a charge whose "that" clause says what is alleged.
_CHARGES = {"claim", "claims", "allegation", "allegations", "accusation", "accusations",
            "charge", "charges", "suggestion", "suggestions"}  # fmt: skip


def _charged_that(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An English act inside "accusations that …", "claims that …" (some words on), or
    inside reports a sentence waves away ("dismissed as fabricated reports circulating on
    Chinese social media that its forces had opened fire")."""
    if frame.lang != "en":
        return False
    for position in range(hit.start - 1, max(-1, hit.start - 10), -1):
        if frame.forms[position] == "that":
            return position >= 1 and _charge_before(frame, position)
        if (
            frame.stops_at_comma[position]
            or frame.cues.get(position) == "report"  # "rejected the claims and said Israel"
            or frame.forms[position] in _CONTRASTING
        ):
            return False
    return False


def _charge_before(frame: SentenceFrame, that: int) -> bool:
    """Whether a charge or a dismissed report ends a few words before ``that``: "Manila's
    allegation that", "reports circulating on Chinese social media that", "a report in The
    Wall Street Journal that" (the words between only say where it ran)."""
    for position in range(that - 1, max(-1, that - 7), -1):
        if frame.forms[position] in _CHARGES or _dismissed_report(frame, position):
            return True
        if (
            frame.stops_at_comma[position]
            or frame.cues.get(position) == "report"
            or frame.hit_at[position] is not None
        ):
            return False
    return False


# Words that start a clause of their own: an act after them is not the charge's.
_CONTRASTING = {"but", "while", "whereas"}


def _dismissed_report(frame: SentenceFrame, noun: int) -> bool:
    """Whether the word at ``noun`` is reports or rumours its own sentence waves away: "dismissed
    reports that", "rejected as baseless media reports that" (reports just cited are news)."""
    if frame.forms[noun] not in _REPORTS:
        return False
    # ('dismissed as "totally mendacious and unfounded" a report': the verb further back)
    return any(frame.lemmas[p] in _DISMISSING for p in range(max(0, noun - 10), noun))


_REPORTS = {"report", "reports", "rumour", "rumours", "rumor", "rumors"}
_DISMISSING = {"dismiss", "reject"}


def _accused_before_of(frame: SentenceFrame, of: int) -> bool:
    """Whether the word before "of" ends the accused or is the accusing verb: an actor, a
    title, a name, a pronoun or the verb ("accused Russia of", "accused them of", "which it
    accused of"; not "the start of")."""
    last = of - 1
    return last >= 0 and (
        frame.slot_at[last] is not None
        or last in frame.named
        or frame.forms[last] in _EN_OBJECT_PRONOUNS
        or frame.hit_at[last] is not None
    )


_EN_OBJECT_PRONOUNS = {"them", "him", "her", "it", "us", "other", "another", "both"}


def _accused_object_between(frame: SentenceFrame, accusation_end: int, hit: TriggerHit) -> bool:
    """Whether only the accused stand between an accusation and the act it alleges: a few
    words, or a longer object with no other act and no clause break (اتهمت موريتانيا
    الجيش المالي وعناصر من مجموعة فاغنر الروسية بقتل)."""
    distance = hit.start - accusation_end
    if 0 < distance <= 5:
        return True
    between = range(accusation_end, hit.start)
    return 0 < distance <= 12 and not any(
        frame.stops_at_comma[p] or frame.hit_at[p] is not None for p in between
    )


def _joined_to_requested(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An Arabic verbal noun joined by و to the act a request asks for, in the same clause:
    طالبا إسرائيل بوقف عملياتها العسكرية في شمال الضفة ورفع القيود (the lifting is asked
    for too)."""
    if frame.lang != "ar" or not hit.prefix.startswith("و") or hit.suffix:
        return False  # (واتهامه نظيره: the asker's own second act)
    word = frame.forms[hit.start][len(hit.prefix) :]
    if word.endswith(("ت", "وا", "تا")) and not word.endswith("ات"):
        return False  # ووصفت احتجازها: a verb with its subject's ending starts a clause
    for other in frame.triggers:
        if (
            not any(t.type == "REQUEST" for t in other.triggers)
            or not 0 <= hit.start - other.end <= _JOINED_REACH
        ):
            continue
        between = range(other.end, hit.start)
        if any(frame.stops_at_comma[p] for p in between):
            continue
        if any(
            (frame.forms[p].startswith("ب") and frame.slot_at[p] is None) or frame.forms[p] == "الي"
            for p in between
        ):
            return True
    return False


# The most words between a request and a verbal noun joined to the act it asks for.
_JOINED_REACH = 12


def _requested(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """An act someone is asked to do: a verbal noun or verb right after a request."""
    if _joined_to_requested(frame, hit):
        return True
    before = frame.forms[hit.start - 1] if hit.start else ""
    if hit.start >= 2 and (
        frame.cues.get(hit.start - 1) in {"aspect", "light_verb"}
        or frame.forms[hit.start - 1] in _RESUMING
    ):
        before = frame.forms[hit.start - 2]  # "urged … to resume talks", إلى استئناف المحادثات
    elif (
        frame.lang == "ar"
        and hit.start >= 2
        and frame.forms[hit.start - 2] == "الي"
        and frame.slot_at[hit.start - 1] is None
    ):
        before = "الي"  # إلى عقد اجتماع، إلى استئناف المفاوضات: a verbal noun governs it
    # بعقد اجتماع، بإجراء محادثات: the verbal noun governing it carries the preposition.
    governed = frame.lang == "ar" and before[:1] in {"ب", "ل"} and before[1:] in _RESUMING
    marked = (
        governed
        or (frame.lang == "ar" and _prep_clitic(hit.prefix))
        or before
        in {
            "to",
            "for",
            "ان",
            "بان",
            "الي",  # داعية الجامعة إلى عقد اجتماع
        }
    )  # fmt: skip  (a request for talks: the talks are asked for)
    if frame.lang == "ar" and not marked and hit.start:
        # طلبت تعاون طهران، طلبت مساعدة إيرانية: the noun right after the request is asked for.
        previous = frame.hit_at[hit.start - 1]
        return previous is not None and any(
            item.type == "REQUEST" and item.trigger_end == hit.start for item in found
        )
    if frame.lang == "en" and not marked and hit.start:
        subject = frame.slot_at[hit.start - 1]
        that = subject.start - 1 if subject is not None else -1
        that -= that >= 1 and frame.forms[that] == "the"  # "demanded that the Houthis"
        if (
            that >= 1
            and frame.forms[that] == "that"
            and (
                any(
                    item.type == "REQUEST"
                    and 0
                    <= that - item.trigger_end
                    <= 3 + 5 * _tallied(frame, item.trigger_end, that)
                    for item in found
                )
                # (or a demand whose maker is no actor: "the communique demanded that …")
                or any(
                    frame.hit_at[p] is not None
                    and all(t.type == "REQUEST" for t in frame.hit_at[p].triggers)
                    for p in range(max(0, that - 3), that)
                )
            )
        ):
            return True  # "demanded that China withdraw a survey ship": asked for
    if frame.lang == "en" and _in_requested_clause(frame, hit, found):
        return True
    if frame.lang == "en" and not marked:
        # "demanded the withdrawal of French troops": the object of a request is asked for.
        position = hit.start - 1
        while position > 0 and frame.forms[position] in _EN_DETERMINERS:
            position -= 1
        previous = frame.hit_at[position] if position >= 0 else None
        marked = frame.forms[position] in {"to", "for"}  # "calls for the withdrawal of"
        asker = frame.hit_at[position - 1] if marked and position else None
        if asker is not None and any(t.type == "REQUEST" for t in asker.triggers):
            return True  # "a plan that calls for the withdrawal": asked for by whoever
        if not marked and previous is not None:
            return any(
                t.type == "REQUEST" and t.pos == "verb" and not t.preps for t in previous.triggers
            )
        if not marked:
            # "urging the African Union to step up its mediation": the object of the verb
            # asked for is asked for too.
            to = next((p for p in range(position, max(-1, position - 3), -1)
                       if frame.forms[p] == "to"), None)  # fmt: skip
            if to is None or any(frame.stops_at_comma[p] for p in range(to, hit.start)):
                return False
            return any(
                item.type == "REQUEST" and 0 <= to - item.trigger_end
                and _words_between(frame, item.trigger_end, to) <= 4
                for item in found
            )  # fmt: skip
    if not marked:
        return False
    # "urged Israel and Hamas on Sunday to accept": the addressees do not count. A request
    # noun counts even when it asserts nothing itself (رفضت طلباً أوروبياً بالإفراج عن).
    ends = [item.trigger_end for item in found if item.type == "REQUEST"] + [
        other.end for other in frame.triggers
        if other.end <= hit.start and any(
            t.type == "REQUEST" and t.pos == "noun" for t in other.triggers
        )
    ]  # fmt: skip
    return any(0 <= hit.start - end and _words_between(frame, end, hit.start) <= 4 for end in ends)


def _in_requested_clause(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """An English act inside the "that" clause of a request: "Islamabad's demand for
    written guarantees that militants would not use Afghan soil to attack Pakistan"."""
    for item in found:
        if item.type != "REQUEST" or item.trigger_end >= hit.start:
            continue
        that = next(
            (p for p in range(item.trigger_end, min(item.trigger_end + 4, hit.start))
             if frame.forms[p] == "that"),
            None,
        )  # fmt: skip
        if that is not None and not any(
            frame.stops_at_comma[p] for p in range(that + 1, hit.start)
        ):
            return True
    return False


# Arabic verbal nouns of starting or resuming an act asked for: إلى استئناف المحادثات.
_RESUMING = {normalize(word) for word in ("استئناف", "مواصلة", "بدء", "إجراء", "عقد", "تمديد")}


def _words_between(frame: SentenceFrame, start: int, end: int) -> int:
    """Words from ``start`` to ``end`` that are not part of an actor, a title or a name, nor
    a verb of starting or resuming (إلى استئناف المحادثات)."""
    return sum(
        1
        for i in range(start, end)
        if frame.slot_at[i] is None
        and i not in frame.named
        and frame.cues.get(i) not in {"aspect", "light_verb"}
        and frame.forms[i] not in _RESUMING
        and frame.texts[i] not in _COMMA  # دعا غوتيريش، الثلاثاء، الطرفين إلى
        and frame.forms[i] not in _AR_TIME_WORDS  # (a date: دعا غوتيريش، الثلاثاء، الطرفين)
    )


def _refused(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> Found | None:
    """The refusal governing this trigger: رفضت طهران الانضمام، Iran refused to join.

    A complement with its own agent is the thing refused, not an act of the
    refuser: in رفضت طهران طلباً أميركياً the request stands.
    """
    if _noun_source(frame, hit) is not None:
        return None
    if frame.lang == "ar" and hit.prefix.startswith("و"):
        return None  # رفض الأردن وإدانته للحرب: two acts joined, the second not refused
    for item in reversed(found):
        if (
            item.type == "REJECT"
            and 0 <= hit.start - item.trigger_end <= 8
            and all(  # the refuser may stand between: رفض الرئيس الأوكراني زيلينسكي أن تتنازل
                _mention_at(frame, i) is not None
                or i in frame.named
                or frame.forms[i] in {"to", "ان"}
                for i in range(item.trigger_end, hit.start)
            )
        ):
            return item
    if (
        frame.lang == "ar"
        and hit.start
        and hit.prefix.startswith("ل")
        and frame.forms[hit.start - 1] in _REFUSING_ADJECTIVES
    ):
        # موقف القاهرة الرافض للاعتراف بشرعية الحكومة: what a stance refuses is not done
        return Found("", "REJECT", "", hit.start - 1, hit.start, 0.8, False, None)
    if frame.lang == "en":
        for back in (2, 3):
            if hit.start >= back and frame.cues.get(hit.start - back) == "refusal":
                return Found("", "REJECT", "", hit.start - back, hit.start - back + 1, 0.8,
                             False, None)  # fmt: skip
    return None


# Adjectives of refusing before what is refused (with ل): الرافض لـ، الرافضة لـ، رافضاً لـ.
_REFUSING_ADJECTIVES = {normalize(word) for word in (
    "الرافض", "الرافضة", "الرافضين", "الرافضون", "رافض", "رافضة", "رافضين", "رافضا", "رافضةً",
)}  # fmt: skip


def _complement_of(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """Whether this agentless verbal noun is the object of a refusal or acceptance just before."""
    if _noun_source(frame, hit) is not None:
        return False
    if frame.lang == "ar" and hit.prefix.startswith("و"):
        return False  # رفض مصر واستنكارها: joined to the refusal, not its object
    return any(
        item.type in {"REJECT", "AGREE"}
        and 0 <= hit.start - item.trigger_end <= 3
        and all(_mention_at(frame, i) is not None for i in range(item.trigger_end, hit.start))
        for item in found
    )


def _pluperfect_start(frame: SentenceFrame, start: int) -> int:
    """Where a negated pluperfect before the verb at ``start`` begins: لم تكن الرباط قد
    استدعت سفيرها, "Rabat had not recalled": the negation stands before the auxiliary,
    its subject and قد. ``start`` itself when the verb has none."""
    if start < 2 or frame.forms[start - 1] != "قد":
        return start
    position = start - 2
    while position > 0 and (frame.slot_at[position] is not None or position in frame.named):
        position -= 1  # past the subject: its name and title
    return position - 1 if frame.forms[position] in _NEGATED_AUXILIARY else start


# The jussive of كان after لم: لم يكن، لم تكن، لم يكونوا.
_NEGATED_AUXILIARY = {"يكن", "تكن", "يكونوا", "تكونا", "يكونا", "نكن", "اكن"}


# عدم ("not doing") with a clitic; the cue list holds it bare, as its clitics would make
# other words of بعد.
_NOT_DOING = {"بعدم", "وعدم", "وبعدم", "لعدم"}


# Verbs and nouns of preventing someone from an act: منع X من …، لمنع X من ….
_PREVENTING = {"منع", "منعت", "يمنع", "تمنع", "لمنع", "بمنع", "ومنع", "ومنعت"}


def _prevented(frame: SentenceFrame, start: int) -> bool:
    """An Arabic act after the من of a verb of preventing in its clause (منع تنظيم القاعدة
    من استخدام الأراضي الأفغانية منطلقاً لتهديد أمن الولايات المتحدة): not done. Who was
    prevented acted otherwise (منعت الشرطة محتجين إيرانيين من اقتحام السفارة: they protested)."""
    for position in range(start - 1, max(-1, start - 12), -1):
        if frame.stops_at_comma[position]:
            return False
        if frame.forms[position] in _PREVENTING:
            return "من" in frame.forms[position + 1 : start]
    return False


def _tallied(frame: SentenceFrame, start: int, end: int) -> bool:
    """Whether a vote's count stands between ``start`` and ``end`` ("by 141 votes to 7")."""
    return not _TALLIES.isdisjoint(frame.forms[start:end])


def _negated(frame: SentenceFrame, start: int) -> bool:
    """Negation right before the trigger, or a denial earlier in the same predicate.

    A denial covers what it denies, not a verb coordinated after it: in نفت X أي
    مسؤولية … وحمّلت الجيش المسؤولية the blame is asserted.
    """
    if _called_off(frame, start) or _came_to_nothing(frame, start):
        return True
    window = max(0, start - (3 if frame.lang == "en" else 2))
    if frame.lang == "ar":
        window = min(window, _pluperfect_start(frame, start))
    # Not across a comma: "talks had failed, blaming Addis Ababa" blames.
    window = max([window] + [p + 1 for p in range(window, start) if frame.texts[p] in {",", "،"}])
    if any(
        window <= p < start and (frame.forms[p] != "غير" or p == start - 1)
        for p in frame.cue_at.get("negation", ())
    ):
        return True  # (غير negates the word after it: مفاوضات غير مباشرة رعتها الدوحة)
    if frame.lang == "ar" and any(frame.forms[p] in _NOT_DOING for p in range(window, start)):
        return True  # تعهدت واشنطن بعدم فرض عقوبات: "pledged not to impose"
    if frame.lang == "ar" and _prevented(frame, start):
        return True
    if _cue_in(frame, ("failure",), window, start) and "and" not in frame.forms[window:start]:
        return True  # "blocked and fired on": the blocking is an act of its own
    if frame.lang == "en" and _no_subject(frame, start):
        return True
    # Failure scopes like a denial: فشلت مصر وإثيوبيا في التوصل إلى اتفاق, "failed to …".
    denials = sorted(
        p for kind in ("denial", "failure") for p in frame.cue_at.get(kind, ()) if p < start
    )
    if not denials:
        return False
    denial = denials[-1]
    if _denied_charge(frame, start) == denial or _known_event_in(frame, denial, start):
        return False
    if frame.cues.get(denial) == "failure" and _purpose_adverb(frame, start):
        return False  # ألغت الحكومة القرارات استجابةً لمطالب الجماعة: why, not what, it cancelled
    # A complementiser (denied that, نفى … أن) opens the denial's scope; another clause
    # boundary (but, لكن, a comma, a full stop) closes it. An insertion between the
    # denial and its complementiser is no boundary: نفى الوزير، خلال اتصال مع نظيره، أن تكون.
    # (Not another speaker's أن: نفت طهران أي صلة … بعدما قال البنتاغون إن إيران …; but
    # the denial's own statement is no other speaker: نفت، في بيان صدر الأحد، أن)
    reports = [r for r in frame.cue_at.get("report", ()) if not r or frame.forms[r - 1] != "في"]
    # (Nor the أن of a participle of saying after a comma: نفت الوزارة ما تداولته وسائل
    # الإعلام، مؤكدةً أن الرئيس أبلغ …: what it affirms is no longer denied.)
    opening = [
        p for p in range(denial + 1, start)
        if frame.forms[p] in _THAT and not any(denial < r < p for r in reports)
        and not (p >= 2 and frame.texts[p - 2] in {"،", ","} and frame.slot_at[p - 1] is None)
    ]  # fmt: skip
    denies = frame.cues.get(denial) == "denial"
    scope = opening[0] if opening and denies and frame.lang == "ar" else denial
    return not _scope_closed(frame, scope, start) and not any(
        _new_predicate(frame, p) for p in range(scope + 1, start + 1)
    )


def _purpose_adverb(frame: SentenceFrame, position: int) -> bool:
    """An Arabic verbal noun in the accusative of purpose (استجابةً، رداً، احتجاجاً): it says
    why the clause's act was done, outside what that act cancels or blocks."""
    hit = frame.hit_at[position]
    unprefixed = hit is not None and not hit.prefix
    return frame.lang == "ar" and unprefixed and frame.texts[position].endswith(("ةً", "اً"))


def _known_event_in(frame: SentenceFrame, denial: int, start: int) -> bool:
    """Whether the act at ``start`` is another's known event that the denier denies
    taking part in: نفت الإمارات تقارير عن مشاركة مقاتلاتها في الضربات الأميركية, "denied
    taking part in the U.S. strikes". The part is denied; the strikes happened. (Not
    with no maker of their own: نفت حماس أي تورط في الهجوم denies the attack.)"""
    before = start - 1
    if frame.lang == "en":  # (past the article and the maker: in the U.S. strikes)
        while before > denial and (frame.slot_at[before] or frame.forms[before] == "the"):
            before -= 1
        maker = any(frame.slot_at[p] for p in range(before + 1, start))
    else:
        maker = start + 1 < len(frame.forms) and frame.slot_at[start + 1] is not None
    return (
        maker
        and before > denial
        and frame.forms[before] in {"في", "in"}
        and any(frame.forms[p] in _TAKING_PART for p in range(denial + 1, before))
    )


_TAKING_PART = {normalize(word) for word in (
    "مشاركة", "المشاركة", "بالمشاركة", "مشاركتها", "مشاركته", "تورط", "تورطها", "تورطه",
)} | {"part", "participation", "involvement", "participating", "involved"}  # fmt: skip


def _scope_closed(frame: SentenceFrame, scope: int, start: int) -> bool:
    """Whether a clause boundary stands between a denial's scope and ``start``.

    Neither the commas round a day (نفت الخارجية الصينية، الجمعة، تقارير عن تزويد بكين)
    nor those round an adverbial (نفى الوزير، في تصريحات للجزيرة السبت، ما تردد عن
    موافقة الخرطوم) close it: what follows the aside is still the denial's object.
    """
    position = scope + 1
    while position < start:
        aside = None
        if frame.lang == "ar" and frame.texts[position] == "،":
            aside = _adverbial_insertion(frame, position)
        if aside is not None and aside <= start:
            position = aside
            continue
        if (
            frame.stops_at_comma[position]
            and frame.forms[position] not in _THAT
            and not _time_aside(frame, position)
            and not (position + 2 < start and _time_aside(frame, position + 2))
        ):
            return True
        position += 1
    return False


_THAT = {"that", "ان", "بان"}


def _called_off(frame: SentenceFrame, start: int) -> bool:
    """Whether a meeting named by an English noun at ``start`` is said, later in its
    clause, not to take place: "a summit between Tshisekedi and Kagame was called off"."""
    hit = frame.hit_at[start]
    if (
        frame.lang != "en"
        or hit is None
        or not any(t.type == "CONSULT" and t.pos == "noun" for t in hit.triggers)
    ):
        return False
    for at in range(hit.end, min(hit.end + 16, len(frame.forms) - 1)):
        if frame.forms[at] in {"was", "were", "been"} and (
            frame.forms[at + 1] in _CALLED_OFF or frame.forms[at + 1 : at + 3] == ["called", "off"]
        ):
            return True
        if frame.stops[at]:
            return False
    return False


_CALLED_OFF = {"cancelled", "canceled", "postponed", "scrapped", "shelved"}


def _came_to_nothing(frame: SentenceFrame, start: int) -> bool:
    """Whether the clause of the act at ``start`` ends by saying it came to nothing: "tried
    to telephone Modi, without success", حاول الاتصال بنظيره دون جدوى."""
    for at in range(start + 1, min(start + 16, len(frame.forms))):
        if _in_vain_at(frame, at):
            return True
        if frame.texts[at] in {",", "،"}:
            return _in_vain_at(frame, at + 1)  # (the clause ends at a comma, but for this)
        if frame.hit_at[at] is not None or frame.stops[at]:
            return False
    return False


def _in_vain_at(frame: SentenceFrame, at: int) -> bool:
    return any(tuple(frame.forms[at : at + len(words)]) == words for words in _IN_VAIN)


# What ends a clause whose act was tried and failed.
_IN_VAIN = {
    ("without", "success"), ("in", "vain"), ("unsuccessfully",), ("to", "no", "avail"),
    ("دون", "جدوي"), ("بدون", "جدوي"), ("بلا", "جدوي"), ("من", "دون", "جدوي"), ("عبثا",),
}  # fmt: skip


def _no_subject(frame: SentenceFrame, start: int) -> bool:
    """Whether the act's subject is one nobody fills: "no American troops were fighting
    Hamas", "none of the Iranian forces attacked" (a head noun and auxiliaries between)."""
    for p in range(max(0, start - 8), start):
        if frame.forms[p] not in {"no", "none"}:
            continue
        actor = p + 1
        while actor < start and frame.forms[actor] in {"of", "the"}:
            actor += 1
        slot = frame.slot_at[actor] if actor < start else None
        if slot is not None and start - slot.end <= 3:
            return not any(frame.stops_at_comma[i] for i in range(p, start))
    return False


def _denied_charge(frame: SentenceFrame, start: int) -> int | None:
    """The denial of the charge at ``start``: "denied Thai accusations", نفت الاتهامات
    التايلاندية deny what the charge says, not that it was made. Only the charge's maker (a
    name, title, demonym or article) stands between the two."""
    hit = frame.hit_at[start]
    if hit is None or not any(t.type == "ACCUSE" and t.pos == "noun" for t in hit.triggers):
        return None
    for position in range(start - 1, max(-1, start - 8), -1):
        if frame.cues.get(position) == "denial":
            return position
        if frame.texts[position] in _COMMA or frame.forms[position] in _AR_TIME_WORDS:
            continue  # نفت إريتريا، الجمعة، اتهامات إثيوبية: a date between
        maker = frame.slot_at[position] is not None or position in frame.roles
        if not maker and frame.forms[position] not in _CHARGE_MAKERS:
            return None  # (titles too: نفت وزارة الدفاع الكمبودية الاتهامات)
    return None


_CHARGE_MAKERS = _EN_DETERMINERS | {"'s", "’s", "any"}


def _complement_of_negated(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """الانضمام إلى العقوبات after رفض: a noun that completes a denied noun is denied too."""
    for item in reversed(found):
        if item.negated and 0 < hit.start - item.trigger_end <= 2:
            between = range(item.trigger_end, hit.start)
            return all(frame.forms[i] in _PREPS for i in between)
    return False

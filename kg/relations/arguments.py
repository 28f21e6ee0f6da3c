"""Sources and targets of verbs, verbal nouns and passives; "between", meeting and answer rules."""

from __future__ import annotations

from kg.lang.ar.ambiguity import unprefixed
from kg.lang.ar.normalize import normalize
from kg.lexicon import Trigger
from kg.relations.frame import Found, SentenceFrame, Slot, TriggerHit
from kg.relations.reading import _is_passive, _pos, _undergoing_verb
from kg.relations.scope import _negated
from kg.relations.search import (
    _AR_DATES,
    _AR_THAT_IT,
    _DEATHS,
    _DIRECTIONS,
    _MEDIATING,
    _OBLIQUE_DUALS,
    _PLACE_NOUNS,
    _actor_before_titles,
    _adverbial_insertion,
    _before_aside,
    _before_participle_aside,
    _clause_start,
    _clause_subject,
    _coordinated,
    _coordination_head,
    _each_of_word,
    _first_person,
    _keys,
    _left_subject,
    _means_maker,
    _mention_at,
    _noun_at,
    _noun_source,
    _past_partner,
    _placed,
    _plain_modifier,
    _prep_clitic,
    _relative_clause_subject,
    _right_mention,
    _sentence_subject,
    _skip_insertion,
    _titled_mention,
    _trigger_at,
    _without_article,
)
from kg.relations.words import (
    _AGAINST,
    _AR_GROUP_HEADS,
    _AR_ITS_DECISION,
    _AR_MANNER_WORDS,
    _AR_PREPS,
    _ARRIVE,
    _BELONGING,
    _BIDS,
    _CLAUSE_PUNCT,
    _COMMA,
    _CROWD_COUNTS,
    _EN_ADVERBS,
    _EN_BE,
    _EN_DETERMINERS,
    _EN_PREPS,
    _EN_PRONOUNS,
    _ENVOYS,
    _HOSTILE_ACTS,
    _OBJECT_SUFFIXES,
    _QUOTES,
    _THAT_THEY,
    _adverb_phrase_before,
)

__all__ = [
    "_verb_sources",
    "_noun_sources",
    "_cue_verb_subject",
    "_targets",
    "_antecedent",
    "_complement",
    "_target_before_noun",
    "_passive",
    "_between",
    "_mediated",
    "_inside_phrase",
    "_own_side",
    "_setting",
    "_threatened_if",
    "_threatened_with",
    "_threat_content",
    "_past_destination",
    "_past_described_as",
    "_inside_threat",
    "_agent_after_from",
    "_embassy_owner",
    "_AT_EMBASSY",
    "_possessed_event",
    "_prompted",
    "_definite_event",
    "_ANSWERS",
    "_answered",
    "_object_of",
    "_in_clause_of",
    "_object_of_verbal",
]


def _first_person_verb(frame: SentenceFrame, hit: TriggerHit, triggers: dict) -> bool:
    """An Arabic verb inflected for "we": نرفض (beside يرفض), رفضنا (beside رفض)."""
    stem = hit.stem
    if frame.lang != "ar" or len(stem) < 3:
        return False
    rest = tuple(frame.forms[hit.start + 1 : hit.end])  # سنقف إلى جانب: the phrase's other words
    return (stem.startswith("ن") and ("ي" + stem[1:], *rest) in triggers) or (
        stem.endswith("نا") and (stem[:-2], *rest) in triggers
    )


def _verb_sources(
    frame: SentenceFrame,
    hit: TriggerHit,
    speaker: str | None,
    last_group: list[str],
    triggers: dict,
    previous_verb: str = "",
) -> tuple[list[str], float, int]:
    """Who does what an active verb says, how sure the word order makes us, and
    where the object may start (after a subject that follows the verb).

    ``last_group`` holds the subjects of the sentence's previous verb, which a
    coordinated verb shares, and ``previous_verb`` that verb as written.
    """
    after = max(hit.end, hit.reach)
    fronted = _fronted_participle_subject(frame, hit)
    if fronted is not None:
        return _keys(frame, fronted), 0.7, after  # "After meeting the emir, Raisi …"
    before_aside = _before_participle_aside(frame, hit.start - 1) if frame.lang == "en" else None
    if before_aside is not None:
        return _keys(frame, before_aside), 0.75, after  # "Pistorius, speaking …, accused"
    if (
        frame.lang == "ar"
        and any(frame.forms[hit.end : hit.end + 1] in p for p in _PRONOUN_OBJECTS.values())
        and _mention_at(frame, hit.end + 1) is not None
    ):
        # أسيراً سعودياً أفرجت عنهم جماعة الحوثي: the actor after the pronoun is the subject.
        subject = _mention_at(frame, hit.end + 1)
        return _keys(frame, subject), 0.8, subject.end
    if speaker and _first_person_verb(frame, hit, triggers):
        return [speaker], 0.75, after
    sender = _letter_sender(frame, hit)
    if sender is not None:
        # رسالة إلى مجلس الأمن طالب فيها المجلس بـ: the letter's sender asks, in it.
        return _keys(frame, sender), 0.7, hit.end + 1
    prompted = _prompted(frame, hit.start)
    if prompted:
        return prompted, 0.7, after  # "…, prompting Guterres to appeal to both sides"
    if speaker and _reported_occasion(frame, hit):
        return [speaker], 0.7, after  # "…, Grossi said on Saturday after meeting Raisi"
    if (
        frame.lang == "en"
        and speaker
        and hit.start >= 2
        and frame.texts[hit.start - 1] in _COMMA
        and frame.cues.get(hit.start - 2) == "report"
    ):
        return [speaker], 0.75, after  # "…, the Taliban in Kabul said, accusing Pakistan"
    if speaker and _first_person(frame, max(0, hit.start - 1), hit.start):
        return [speaker], 0.75, after  # "… and we reject …": we, whatever stands before
    denier = (
        _cue_verb_subject(frame, 0, hit.start, _ANSWERING)
        if frame.lang == "ar"
        and not speaker
        and _first_person(frame, max(0, hit.start - 3), hit.start)
        else None
    )
    if denier is not None:
        # نفت الخارجية الإيرانية أن تكون بلادها قد زوّدت الحوثيين: "its country" is the
        # denier's, as a speaker's is.
        return _keys(frame, denier), 0.75, after
    that = hit.start - 1 - (hit.start >= 2 and frame.texts[hit.start - 1] in _QUOTES)
    if speaker and hit.start and frame.forms[that] in _THAT_THEY:
        # قالت مصر والأردن إنهما تدينان: the speakers (also past a quotation's opening
        # mark: ردت الخارجية بأنها «ترفض القرار الأمريكي»)
        return [speaker], 0.75, after
    if (
        hit.start
        and frame.forms[hit.start - 1] in _RESOLUTIONS
        and hit.suffix not in _OBJECT_SUFFIXES  # (وهو قرار وصفه الوزير: its object)
    ):
        # تبنّى المجلس قراراً يدين هجمات الحوثيين: the resolution speaks for its adopters.
        adopters = list(last_group) or _sentence_subject(frame, hit.start)
        if not adopters:
            # اعتُمد من قبل الجمعية العامة … قرار يدين: the passive's agent adopted it.
            agent = _right_mention(frame, 0, max_gap=3, preps=("قبل", "by"), require_prep=True)
            adopters = _keys(frame, agent[0]) if agent and agent[0].end < hit.start else []
        if adopters:
            return adopters, 0.65, after
    if (
        frame.lang == "en"
        and not last_group
        and hit.start
        and (
            frame.forms[hit.start - 1] == "and"
            or (
                frame.texts[hit.start - 1] in _COMMA
                and frame.texts[hit.start].endswith(("ed", "ing"))
            )
        )
    ):
        # "Ankara denied buying oil from IS and dismissed …", "New Delhi put the treaty in
        # abeyance, expelled Pakistani attaches …, accusing Islamabad": the sentence's subject
        # (or that of the clause after ", but": "…, but Kyiv stripped …, accusing Iran").
        last_group = _joined_clause_subject(frame, hit.start) or _sentence_subject(frame, hit.start)
    if frame.lang == "en" and last_group and hit.start and frame.forms[hit.start - 1] == "to":
        # "summoned the Afghan envoy in Islamabad to lodge a protest": the main subject;
        # but "prompting Mexico to break off ties": the actor before "to".
        controller = _before_to(frame, hit.start - 1)
        if frame.forms[hit.start - 2] in _ENVOYS:
            controller = None  # "summoned Israel's ambassador to protest": the summoner's aim
        if controller is None and frame.cues.get(hit.start - 2) == "materiel":
            # "the deployment of North Korean troops to fight alongside Russian forces":
            # the forces' state
            controller = _mention_at(frame, hit.start - 3)
            if controller is not None and controller.kind != "demonym":
                controller = None
        if controller is None and frame.forms[hit.start - 2] == "and":
            controller = _earlier_controller(frame, hit.start - 2)
            if controller is not None and not _placed(frame, controller):
                return _keys(frame, controller), 0.7, after  # "… and to urge Iran"
        if controller is None or _placed(frame, controller):
            return list(last_group), 0.7, after
    if (
        frame.lang == "en"
        and last_group
        and hit.start
        and frame.forms[hit.start - 1] in _SUBORDINATORS  # a gerund: "after warning"
        and frame.texts[hit.start].endswith("ing")
    ):
        # "fired a missile, hours after warning that …" (but "the envoy said after meeting
        # the negotiators": the speaker)
        if speaker and hit.start >= 2 and frame.cues.get(hit.start - 2) == "report":
            return [speaker], 0.7, after
        return list(last_group), 0.7, after
    own = _subordinate_subject(frame, hit) if frame.lang == "en" and last_group else None
    if own is not None:
        # "…, a day after Spain dropped its neutrality and endorsed …": the subordinate
        # clause's own subject, not the main clause's.
        return _keys(frame, own), 0.7, after
    if frame.lang == "en" and last_group and _continues_clause(frame, hit):
        joined = _joined_clause_subject(frame, hit.start, after_verbs=True)
        if joined and not set(joined) & set(last_group):
            return joined, 0.7, after  # "…, but Kyiv stripped …, accusing Iran"
        # "met Houthi negotiators in Muscat and urged Riyadh", ", accusing Doha of":
        # the second verb shares the first one's subjects; after reported speech a
        # comma participle is the speaker's ("Erdogan said …, accusing Stockholm").
        if (
            speaker
            and frame.texts[hit.start - 1] in _COMMA
            and "report" in map(frame.cues.get, range(hit.start))
            # (a reported act's result is its maker's: "UNIFIL said an Israeli tank had
            # fired at a watchtower, wounding two peacekeepers")
            and not all(t.type in {"ASSAULT", "COERCE"} for t in hit.triggers)
        ):  # (not "Russian artillery shelled Kherson, killing three, Ukraine said")
            return [speaker], 0.7, after
        return list(last_group), 0.7, after
    if (
        frame.lang == "ar"
        and hit.start >= 2
        and frame.forms[hit.start - 1] in {"خطوه", "اجراء"}
        and frame.forms[hit.start - 2] == "في"
        and last_group
        and not hit.suffix  # (في خطوة انتقدتها موسكو، رحّبت بها كييف: their own subjects)
        and hit.end < len(frame.forms)
        and not frame.forms[hit.end].endswith(("ها", "ه"))
        # (في خطوة اتهمت على إثرها أديس أبابا القاهرة: a subject after it)
        and not any(frame.slot_at[i] for i in range(hit.end, min(hit.end + 3, len(frame.forms))))
    ):
        # أدرج المجلس الحزب على القائمة، في خطوة تستجيب لمطلب تركي: the step is the main
        # clause's act, its subject the step's.
        return list(last_group), 0.65, after
    if frame.lang == "en" and _bare_forces_before(frame, hit.start):
        # "Israel held the group responsible, and troops arrested 12 Hamas members": forces
        # no one is named for are the clause's state's (or the speaker's).
        owner = [speaker] if speaker else list(last_group) or _sentence_subject(frame, hit.start)
        if owner:
            return owner, 0.6, after
    if frame.lang == "ar" and _own_forces_before(frame, hit.start):
        # أعلنت الوزارة أن مقاتلاتها قصفت …: "its jets" are the speaker's, or the subject's.
        owner = [speaker] if speaker else list(last_group) or _sentence_subject(frame, hit.start)
        if owner:
            return owner, 0.7, after
    if (
        frame.lang == "en"
        and last_group
        and hit.start >= 2
        and frame.forms[hit.start - 1] in {"it", "they"}
        and frame.forms[hit.start - 2] in {"what", "which"}
    ):
        # "recalled its ambassador from Somalia over what it called interference": the
        # pronoun is the clause's subject (or the speaker's: "…, Manila said, summoning
        # Beijing's envoy over what it called …"), not the actor just before it; right
        # after a verb, that verb's subject ("prompting Lebanon to condemn what it called").
        governed = hit.start >= 3 and _trigger_at(frame, hit.start - 3)
        return [speaker] if speaker and not governed else list(last_group), 0.7, after
    if frame.lang == "ar" and frame.forms[hit.end : hit.end + 1] in (["بموجبه"], ["بموجبها"]):
        # اتفاقاً تنسحب بموجبه القوات الأمريكية: a clause on the deal, its subject after
        right = _right_mention(frame, hit.end + 1, max_gap=1, subject=True)
        if right is not None:
            return _keys(frame, right[0]), 0.8, right[0].end
    left = _left_subject(frame, hit.start, max_gap=1 if frame.lang == "ar" else 4)
    if left is not None and frame.lang == "ar" and hit.prefix.startswith(("و", "ف")):
        # قطعت … علاقاتها مع قطر وأغلقت …: the actor before a verb joined by و ends the
        # previous clause; the joined verb's subject follows it or is the first verb's.
        left = None
    if left is not None and frame.lang == "ar" and hit.suffix in _OBJECT_SUFFIXES:
        # بحارة أوكرانيون احتجزتهم موسكو: the actor before is the object the suffix
        # points back to, the one after is the subject.
        right = _right_mention(frame, hit.end, max_gap=1, subject=True)
        if right is not None:
            return _keys(frame, right[0]), 0.75, after
    if (
        left is not None
        and frame.lang == "ar"
        and frame.cues.get(left.start - 1) == "report"  # أعلنت قطر ومصر … توصّل
        and not hit.suffix
        and hit.end < len(frame.forms)
        and frame.slot_at[hit.end] is not None
        and not _prep_clitic(frame.slot_at[hit.end].prefix)  # أعربت عن شكرها لأنقرة
    ):
        # أعلنت قطر ومصر، …، توصّل الطرفين إلى اتفاق: the announced act is a verbal noun
        # whose own subject follows it.
        return _keys(frame, frame.slot_at[hit.end]), 0.8, frame.slot_at[hit.end].end
    if left is not None:
        return _keys(frame, left), 0.9, after
    if _first_person(frame, max(0, hit.start - 2), hit.start) and speaker:
        return [speaker], 0.75, after
    if (
        frame.lang == "ar"
        and last_group
        and _first_person(frame, max(0, hit.start - 2), hit.start)
        and any(frame.forms[p] in {"ان", "بان"} for p in range(max(0, hit.start - 3), hit.start))
    ):
        # حذّر وزير الدفاع من أن بلاده ستضرب: "his country" in a warning's that-clause is
        # the warner's
        return list(last_group), 0.7, after
    if frame.lang == "ar" and hit.start and frame.forms[hit.start - 1] in _BUT_HE:
        # رحّب هاياشي بالقرار، لكنه دعا الصين إلى …: "but he" is the verb's subject, the
        # previous clause's, so the actor after the verb is its object.
        owner = list(last_group) or _sentence_subject(frame, hit.start)
        owner = owner or ([speaker] if speaker else [])
        if owner:
            return owner, 0.7, after
    if frame.lang == "ar" and _describes_indefinite(frame, hit):
        # حملة إعلامية «ممنهجة» تستهدف مؤسسات الدولة الجزائرية: the campaign targets them;
        # the actor after the verb is in its object, no subject. (في خطوة تلبّي مطلباً
        # لواشنطن: a step is its maker's, the subject of the clause before.)
        step = unprefixed(frame.forms[hit.start - 1]) in _STEPS
        owner = (list(last_group) or _sentence_subject(frame, hit.start)) if step else []
        return owner, 0.65, after
    if frame.lang == "ar":
        right = _right_mention(frame, _past_destination(frame, hit), max_gap=3, subject=True)
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
            # جدّد مجلس التعاون …، ودعا طهران: the sentence's subject, else its speaker.
            last_group = _sentence_subject(frame, hit.start) or ([speaker] if speaker else [])
        # A verb joined by و/ف, or opening a that-clause with no subject of its own
        # (نفت إيران أن تكون زودت روسيا …), may share the sentence's subject.
        embedded = any(
            frame.forms[i] in {"ان", "تكون", "يكون"}
            for i in range(max(0, hit.start - 2), hit.start)
        )
        # حملة مداهمات …، اعتقلت خلالها 23 فلسطينياً: a clause on the previous act, its
        # pronoun pointing back, has that act's subject.
        during = frame.forms[hit.end : hit.end + 1] in (["خلالها"], ["خلاله"])
        if during and not last_group:
            last_group = _sentence_subject(frame, hit.start)
        carried = (hit.prefix.startswith(("و", "ف")) or embedded or during) and bool(last_group)
        titled = right is not None and any(i in frame.roles for i in range(hit.end, right[0].start))
        # After a verb that shares the previous subject, the actor right after it is its
        # object when a preposition follows (ودعا طهران إلى، ودعا الدولة اللبنانية إلى) or
        # nothing else does; a title otherwise marks a new subject (فرفضت الحكومة التركية).
        leads = right is not None and _prep_follows(frame, right[0])
        # ورحّب الأمين العام للحلف بالخطوة، وأشادت الولايات المتحدة بالعملية: رحّب and
        # أشاد take their object with ب, so the actor before it is the verb's new subject.
        welcomer = (
            right is not None
            and _welcoming(hit)
            and right[0].end < len(frame.forms)
            and frame.forms[right[0].end].startswith("ب")
        )
        # واحتجت مانيلا رسمياً: a protest takes its object with على, so the actor right
        # after it is its subject.
        protester = right is not None and all(
            t.type == "PROTEST" and t.pos == "verb" for t in hit.triggers
        )
        # … unless a definite noun follows it, the object of a verb-subject-object
        # clause: وانتقدت باكستان القرار، ودانت اليابان التجربة.
        alone = (
            right is not None
            and _only_one_after(frame, right[0])
            and not _definite_noun_at(frame, _past_statement(frame, right[0].end))
        )
        # (Not after a bare أن: على أن تفرج الحركة عن الرهائن — the actor after it is its
        # subject; after أن تكون the subject is the main clause's: أن تكون زودت روسيا.)
        auxiliary = any(
            frame.forms[i] in {"تكون", "يكون"} for i in range(max(0, hit.start - 2), hit.start)
        )
        joined = (hit.prefix.startswith(("و", "ف")) or auxiliary) and bool(last_group)
        # A light verb's event noun after the actor makes the actor its subject: وشنت
        # إسرائيل بعد ساعات غارات (the strikes are the object, not Israel).
        light = right is not None and frame.cues.get(hit.start) == "light_verb"
        if light:
            ahead = range(right[0].end, min(right[0].end + 3, len(frame.forms)))
            light = any(frame.hit_at[i] is not None for i in ahead)
        # A meeting needs someone met: after والتقى a titled actor left alone is the one met
        # (وصل روته إلى كييف، والتقى الرئيس زيلينسكي).
        meets = any(t.type == "CONSULT" and t.pos == "verb" for t in hit.triggers)
        # "The two sides" after the verb are its subject unless a preposition follows them
        # (ووقّع الجانبان مذكرة تفاهم, but ودعا الجانبين إلى).
        # A nominative dual (الجانبان، البلدان، الطرفان) is a subject whatever follows:
        # واتفق الجانبان على تشكيل لجنة.
        pair = (
            right is not None
            and right[0].kind == "plural"
            and (not leads or frame.forms[right[0].end - 1].endswith("ان"))
        )
        # A count of people before them makes them a crowd, the subject: وتظاهر مئات
        # اللبنانيين في بيروت (not whom the previous subject acted on).
        crowd = right is not None and any(
            frame.forms[i] in _CROWD_COUNTS for i in range(hit.end, right[0].start)
        )
        # وأمهلت الدبلوماسيين الكينيين سبعة أيام، واستدعت السفير الفرنسي: envoys sent
        # away or summoned are the object, their demonym says whose.
        # (also past their mission: وطردت الملحقين العسكريين في المفوضية العليا الباكستانية)
        envoys = (
            right is not None
            and right[0].start > 0
            and any(frame.forms[i] in _ENVOYS for i in range(hit.start, right[0].start))
            and right[0].kind == "demonym"  # (انتقد مندوب الجزائر: Algeria's envoy criticised)
            and all(
                t.type in {"SANCTION", "COERCE"} or t.form.startswith("استدع") for t in hit.triggers
            )
        )
        # وانتقدتها موسكو: a verb that carries its object as a suffix has the actor right
        # after it as subject.
        suffixed = right is not None and right[1] == 0 and hit.suffix in _OBJECT_SUFFIXES
        # ورحّبت به وزارة الخارجية الأمريكية: so does a preposition with the object's
        # pronoun right after the verb.
        # (not after a dual or plural verb, whose subject it carries: التي وعدتا بها كييف)
        suffixed = suffixed or (
            right is not None
            and right[0].start == hit.end + 1
            and frame.forms[hit.end] in _PREPOSITION_PRONOUNS
            and not frame.forms[hit.end - 1].endswith(("تا", "وا"))
        )
        # نشرت روسيا قوات …، وطالب الأمين العام: a masculine verb after a feminine one has
        # a subject of its own.
        regendered = frame.lang == "ar" and _feminine_then_masculine(previous_verb, hit)
        # وطالبت مجلس الأمن …: a feminine verb cannot have a masculine council or
        # minister as subject, so the one after it is its object.
        mismatched = right is not None and _feminine_before_masculine(frame, hit, triggers)
        # حيث التقى نظيره التركي: a counterpart is met, never the one meeting; the verb's
        # subject is the one named before it.
        # (But وقد شكره نظيره: the suffix is the one thanked, the counterpart thanks.)
        counterpart = (
            right is not None
            and hit.suffix not in _OBJECT_SUFFIXES
            and not _COUNTERPART.isdisjoint(frame.forms[hit.end : right[0].end])
        )
        if counterpart:
            last_group = last_group or _sentence_subject(frame, hit.start)
            last_group = last_group or _first_free_actor(frame, hit.start)
            carried = bool(last_group)
        object_first = (
            envoys
            or (counterpart and carried)
            or (
                joined
                and not regendered
                and not suffixed
                and not light
                and not pair
                and not crowd
                and not welcomer
                and not protester
                and (
                    leads
                    or (alone and (not titled or meets))
                    or _agrees_with_earlier(frame, hit, triggers)
                    or mismatched
                )
            )
        )
        if right is not None and not object_first:
            group = _coordinated(frame, right[0])
            end = _past_posting(frame, group[0].start, group[-1].end)
            return [slot.key for slot in group], 0.85 - 0.05 * right[1], max(after, end)
        if carried:
            return list(last_group), 0.65, after
        clause = _clause_subject(frame, hit.start)
        if clause is not None:
            return _keys(frame, clause), 0.7, after
    else:
        pronoun = _pronoun_before(frame, hit.start)
        if pronoun and (speaker or last_group):
            return ([speaker] if speaker else list(last_group)), 0.7, after
        before = _adverb_phrase_before(frame.forms, hit.start) - 1  # "and on Monday expelled"
        if last_group and before >= 0 and frame.forms[before] == "and":
            return list(last_group), 0.65, after
        if (
            before >= 0
            and frame.cues.get(before) == "materiel"
            and frame.forms[before - 1 : before] not in (["our"], ["its"], ["their"], ["my"])
        ):
            # "A drone struck the plant, the IAEA said": a weapon with no maker is the
            # subject; the one who reports it did not strike (but "our missiles": ours).
            return [], 0.0, after
    if speaker:
        return [speaker], 0.55, after
    return [], 0.0, after


def _first_free_actor(frame: SentenceFrame, before: int) -> list[str]:
    """The first actor before ``before`` that no preposition governs: the sentence's
    subject, in وصل وزير الخارجية السوري إلى أنقرة حيث التقى نظيره (not Ankara)."""
    for slot in frame.mentions:
        if slot.end > before:
            break
        governed = slot.start and frame.forms[slot.start - 1] in _AR_PREPS
        if not _prep_clitic(slot.prefix) and not governed:
            return _keys(frame, slot)
    return []


_COUNTERPART = {normalize(word) for word in (
    "نظيره", "نظيرته", "نظيريه", "نظراءه", "نظرائه", "بنظيره", "بنظيرته",
)}  # fmt: skip


# "But he/she/they" before a verb (لكنه دعا، ولكنها رفضت): a pronoun subject.
_BUT_HE = {normalize(prefix + "لكن" + suffix) for prefix in ("", "و") for suffix in (
    "ه", "ها", "هم", "هما",
)}  # fmt: skip


# Documents that condemn, demand or welcome in their adopters' name: قراراً يدين، بياناً يطالب.
_RESOLUTIONS = {normalize(word) for word in ("قراراً", "بياناً", "إعلاناً", "قرار")}


# Missions posted abroad, besides envoys: بعثة الصين لدى الاتحاد الأوروبي، ممثل فلسطين.
_POSTED = {normalize(word) for word in (
    "بعثة", "البعثة", "ممثل", "الممثل", "ممثلية", "وفد", "الوفد",
)}  # fmt: skip


# Letters and statements a verb may speak "in" (طالب فيها، أكد فيه).
# (with ب too: تقدّم بشكوى إلى مجلس الأمن يتهم فيها، ردّت ببيان وصفت فيه)
_LETTERS = {normalize(prefix + word) for prefix in ("", "ال", "ب") for word in (
    "رسالة", "رسالةً", "خطاب", "خطاباً", "بيان", "بياناً", "مذكرة", "كلمة", "مقال", "مقالاً",
    "شكوى",
)}  # fmt: skip


def _letter_sender(frame: SentenceFrame, hit: TriggerHit) -> Slot | None:
    """Who sent the letter an Arabic verb speaks in (بعث الوزير رسالة إلى مجلس الأمن طالب
    فيها المجلس …: a relative clause on the letter, whose "in it" follows the verb)."""
    if frame.lang != "ar" or frame.forms[hit.end : hit.end + 1] not in (["فيه"], ["فيها"]):
        return None
    for position in range(hit.start - 1, max(-1, hit.start - 10), -1):
        if frame.stops_at_comma[position] and position < hit.start - 1:
            return None  # (but the comma before the clause: خطاباً إلى المجلس، طالب فيه)
        if frame.forms[position] in _LETTERS:
            return _clause_subject(frame, position, max_words=6)
    return None


def _letter_recipient(frame: SentenceFrame, hit: TriggerHit) -> list[str]:
    """Whom the letter an Arabic verb of asking speaks in was sent to (وجّه رسالة إلى رئيس
    مجلس الأمن يطلب فيها الضغط على إسرائيل: the Council is asked)."""
    if frame.lang != "ar" or frame.forms[hit.end : hit.end + 1] not in (["فيه"], ["فيها"]):
        return []
    for position in range(hit.start - 1, max(-1, hit.start - 10), -1):
        if frame.stops[position]:
            return []
        if frame.forms[position] in _LETTERS:
            if frame.forms[position + 1 : position + 2] != ["الي"]:
                return []
            found = _right_mention(frame, position + 2, max_gap=1)  # (past رئيس)
            return _keys(frame, found[0]) if found is not None else []
    return []


def _past_posting(frame: SentenceFrame, start: int, end: int) -> int:
    """Past an envoy's posting after the subject: مندوب السودان لدى الأمم المتحدة (the
    body he is sent to is part of the subject, not the verb's object; but احتجت الخارجية
    الهندية لدى باكستان: no envoy, the state protested to)."""
    envoy = any(
        frame.forms[i] in _ENVOYS or frame.forms[i] in _POSTED
        for i in range(max(0, start - 3), start)
    )
    if envoy:
        while end < len(frame.forms) and end in frame.roles:
            end += 1  # مندوب السودان الدائم لدى الأمم المتحدة: the title's own adjective
    if envoy and end + 1 < len(frame.forms) and frame.forms[end] == normalize("لدى"):
        posted = frame.slot_at[end + 1]
        if posted is not None and posted.start == end + 1:
            return posted.end
    # المتحدث باسم التحالف العميد تركي المالكي: the spokesman named after his title is
    # the subject too, not the verb's object.
    # (The title may be the subject itself: المبعوث الأممي إلى اليمن هانس غروندبرغ.)
    titled = any(i in frame.roles for i in range(max(0, start - 3), end))
    if titled and end + 1 < len(frame.forms) and frame.forms[end] in {"في", "الي"}:
        # الممثلة الخاصة للأمين العام في ليبيا هانا تيتيه: the envoy's post, then her name
        post = frame.slot_at[end + 1]
        # (the post's state may be read as no actor of the clause: المبعوث الأممي إلى اليمن)
        post_end = (
            post.end
            if post is not None and post.start == end + 1 and post.state
            else (end + 2 if post is None and frame.forms[end] == "الي" else None)
        )
        if post_end is not None:
            person = frame.slot_at[post_end] if post_end < len(frame.forms) else None
            subject = frame.slot_at[start]
            if (
                person is not None
                and person.start == post_end
                and person.kind == "person"
                and subject is not None
                and person.side == subject.key
            ):
                return person.end
    named = end + (end < len(frame.forms) and frame.forms[end] in _RANKS)
    person = frame.slot_at[named] if titled and named < len(frame.forms) else None
    if person is not None and person.start == named and person.kind == "person":
        return person.end
    return end


# Military ranks before a name: العميد تركي المالكي.
_RANKS = {normalize(word) for word in (
    "العميد", "اللواء", "العقيد", "المقدم", "الفريق", "الجنرال", "الأدميرال",
)}  # fmt: skip


def _feminine_then_masculine(previous_verb: str, hit: TriggerHit) -> bool:
    """Whether an Arabic past verb is masculine (طالب، دعا) after a feminine one (نشرت):
    the two cannot share a subject. (A stem ending in ت or a present tense is left alone.)"""
    stem = hit.stem.removeprefix("و").removeprefix("ف")
    previous = previous_verb.removeprefix("و").removeprefix("ف")
    return (
        len(previous) >= 3
        and previous.endswith("ت")
        and not previous.startswith(("ت", "ي", "ال", "ب", "ل"))
        and len(stem) >= 3
        and not stem.endswith(("ت", "ا", "وا"))
        and not stem.startswith(("ت", "ي", "ال", "م"))
        and " " not in hit.triggers[0].form  # (a single verb, not a phrase)
    )


# Masculine singular heads of actor names and titles: مجلس الأمن، الاتحاد الأوروبي، وزير.
_MASCULINE_HEADS = {normalize(word) for word in (
    "مجلس", "اتحاد", "حلف", "رئيس", "وزير", "أمين", "متحدث", "جيش", "برلمان", "كونغرس",
    "كرملين", "صندوق", "بنك", "تحالف", "حزب", "تنظيم", "كنيست", "مبعوث", "سفير", "مندوب",
    "زعيم", "قائد", "مكتب", "ملك", "أمير", "مرشد", "نائب",
)}  # fmt: skip


def _feminine_before_masculine(frame: SentenceFrame, hit: TriggerHit, triggers: dict) -> bool:
    """Whether a feminine past verb (طالبت، دعت) is followed by a masculine singular noun
    (مجلس، الرئيس): the noun cannot be the verb's subject."""
    stem = hit.stem.removeprefix("و").removeprefix("ف")
    rest = tuple(normalize(hit.triggers[0].form).split()[1:])
    feminine = (
        stem.endswith("ت")
        and not stem.startswith(("ت", "ي"))
        # (طالب، دعا: the ت is the feminine ending)
        and ((stem[:-1], *rest) in triggers or (stem[:-1] + "ا", *rest) in triggers)
    )
    if not feminine or hit.end >= len(frame.forms):
        return False
    head = frame.forms[hit.end]
    return head.removeprefix("ال") in _MASCULINE_HEADS


# Verbs whose subject "its country" (بلادها) stands for: a denial (نفت الخارجية أن تكون
# بلادها …) or an answer (وردّ الوزير بأن بلاده «سترد بحزم»).
_ANSWERING = frozenset({"denial", "light_verb"})


def _cue_verb_subject(
    frame: SentenceFrame,
    start: int,
    end: int,
    kinds: frozenset[str] = frozenset({"denial"}),
    titled: bool = True,
) -> Slot | None:
    """The subject of the last Arabic verb of ``kinds`` (a denial: نفى، نفت; a report:
    أكدت) between ``start`` and ``end``, standing before ``end``, if any: past its titles
    (نفى وزير الخارجية الروسي), or with ``titled`` False right after it (نفت تركيا; a
    report noun's genitive, تصريحات رئيسة الوزراء اليابانية, is no subject)."""
    for position in range(end - 1, max(start, 0) - 1, -1):
        if frame.cues.get(position) in kinds:
            if not titled:
                return frame.slot_at[position + 1] if position + 1 < end else None
            found = _right_mention(frame, position + 1, max_gap=0, subject=True)
            return found[0] if found is not None and found[0].end <= end else None
    return None


def _agrees_with_earlier(frame: SentenceFrame, hit: TriggerHit, triggers: dict) -> bool:
    """An Arabic verb inflected for a dual or plural subject (وحمّلا، ودانوا، وطالبتا).

    A verb before its subject stays singular (دانت الجامعة والمجلس), so one that
    agrees in number has its subject before it, and the actor after it is its object.
    """
    stem = hit.stem
    if len(stem) < 4:
        return False
    rest = tuple(normalize(hit.triggers[0].form).split()[1:])  # حمّلا … المسؤولية
    for ending, base in (("وا", ""), ("تا", "ت"), ("ا", "")):
        if stem.endswith(ending) and (stem[: -len(ending)] + base, *rest) in triggers:
            return True
    return False


# The forces and agents a state or group acts through, which an Arabic verb's subject
# may name with a possessive suffix: قواتها، مقاتلاته، طائراتها، عناصرها.
_FORCES = {normalize(word) for word in (
    "قوات", "مقاتلات", "طائرات", "وحدات", "جيش", "عناصر", "مقاتلي", "جنود", "سفن", "زوارق",
    "دفاعات", "صواريخ", "مسيرات", "أجهزة", "شرطة", "بحرية", "مدفعية", "قاذفات", "أجهزة",
    "سلطات", "حكومة", "قيادة", "مسلحي", "طيران",
)}  # fmt: skip


# English nouns for a state's forces that may stand alone as a subject ("troops arrested").
_EN_BARE_FORCES = {"troops", "soldiers", "army", "military", "navy", "warplanes", "jets",
                   "forces", "units"}  # fmt: skip


def _bare_forces_before(frame: SentenceFrame, position: int) -> bool:
    """Whether an English verb's subject is a force noun with no actor named with it:
    "and troops arrested", "as the army moved" (not "Russian troops", "Israel's army")."""
    before = position - 1
    while before >= 0 and frame.forms[before] in {"has", "have", "had", "also", "then", "later"}:
        before -= 1
    if before < 1 or frame.forms[before] not in _EN_BARE_FORCES:
        return False
    if frame.forms[before - 1] in {"its", "their"}:
        return True  # "denied that its forces had opened fire": the subject's own
    opener = before - (frame.forms[before - 1] == "the")
    return not opener or frame.forms[opener - 1] in {"and", ",", "as", "while", "when", "after"}


def _own_forces_before(frame: SentenceFrame, position: int) -> bool:
    """Whether the subject right before an Arabic verb is "its forces" (قواتها، جيشه)."""
    before = position - 1
    while before >= 0 and (frame.forms[before] in {"قد", "لقد"} or frame.texts[before] in _QUOTES):
        before -= 1  # إن مقاتلاتها «حيّدت»، قواتها قد قصفت
    if before < 0 or frame.slot_at[before] is not None:
        return False
    form = frame.forms[before]
    for suffix in ("ها", "ه", "هم"):
        stem = form[: -len(suffix)]
        if form.endswith(suffix) and (stem in _FORCES or stem[:-1] + "ه" in _FORCES):
            return True
    return False


def _joined_clause_subject(
    frame: SentenceFrame, position: int, after_verbs: bool = False
) -> list[str]:
    """The subject opening the latest English clause joined by ", but" / ", while" /
    ", and" before ``position``, if an actor opens it (with ``after_verbs``, only a
    clause with no trigger of its own before ``position``)."""
    for joint in range(position - 2, 1, -1):
        if after_verbs and frame.hit_at[joint] is not None:
            return []
        if frame.forms[joint] in {"but", "while", "whereas", "and"} and (
            frame.texts[joint - 1] in _COMMA
        ):
            slot = _actor_opening(frame, joint + 1, position)
            return _keys(frame, slot) if slot is not None else []
    return []


def _actor_opening(frame: SentenceFrame, start: int, end: int) -> Slot | None:
    """The actor a clause opens with at ``start`` (past "the"), if it starts before ``end``."""
    start += frame.forms[start : start + 1] == ["the"]
    slot = frame.slot_at[start] if start < end else None
    return slot if slot is not None and slot.start == start else None


_SUBORDINATORS = {"after", "before", "when", "as", "while", "since", "because", "until",
                  "although", "though", "whereas"}  # fmt: skip


def _subordinate_subject(frame: SentenceFrame, hit: TriggerHit) -> Slot | None:
    """The subject of the subordinate clause an English verb after "and" continues: the
    actor right after "after", "when", "as" … earlier in the same stretch of text."""
    if not hit.start or frame.forms[hit.start - 1] != "and":
        return None
    for position in range(hit.start - 2, max(-1, hit.start - 20), -1):
        if frame.texts[position] in _COMMA or frame.hit_at[position] is not None:
            return None
        if frame.forms[position] in _SUBORDINATORS:
            return _actor_opening(frame, position + 1, hit.start)
    return None


def _continues_clause(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An English verb right after "and"/"but" or a comma participle (", accusing")."""
    before = _adverb_phrase_before(frame.forms, hit.start) - 1  # "and in turn accused"
    if before < 0:
        return False
    adverb = frame.forms[before] in _EN_ADVERBS or (
        frame.forms[before].endswith("ly") and len(frame.forms[before]) > 4
    )
    if adverb and before and frame.forms[before - 1] in {"and", "but"}:
        before -= 1  # "and later demanded", "but also urged", "and formally asked"
    if frame.forms[before] in {"and", "but", "then"}:
        return True
    if frame.texts[before] not in _COMMA:
        return False
    if frame.texts[hit.start].endswith("ing"):
        return True
    # "…, expelled Pakistani attaches": a list of predicates; but the verb after a relative
    # clause is the main one ("The SDF, which are backed by Washington, detained …").
    clause = before - 1
    while clause >= 0 and frame.texts[clause] not in _COMMA:
        if frame.forms[clause] in {"which", "who", "whose", "whom"}:
            return False
        clause -= 1
    if (
        clause >= 1
        and frame.slot_at[clause - 1] is not None
        and frame.forms[clause + 1] in {"the", "a", "an"}
    ):
        return False  # "Kim Yo Jong, the powerful sister of …, warned": the named one's verb
    return frame.texts[hit.start].endswith("ed")


def _welcoming(hit: TriggerHit) -> bool:
    """رحّب، أشاد: Arabic verbs of praise whose object always follows ب; توعّدت, "she vowed",
    whose threat does (فتوعّدت الإمارات بالرد: the state after it is the one vowing; but
    وتوعّد واشنطن برد: a masculine verb, and the feminine state its object)."""
    return all(t.type == "SUPPORT" and t.preps == ("ب",) for t in hit.triggers) or all(
        t.type == "THREATEN" and normalize(t.form) in {"توعدت", "تتوعد"} for t in hit.triggers
    )


def _prep_follows(frame: SentenceFrame, slot: Slot) -> bool:
    """Whether a preposition comes right after an Arabic mention (دعا طهران إلى، بالإفراج)."""
    if slot.end >= len(frame.forms):
        return False
    if _past_statement(frame, slot.end) > slot.end:
        return False  # واعتبرت أنقرة في بيان الخطوة: where it spoke, no object's preposition
    after = slot.end
    if (
        frame.forms[after].startswith("الم")
        and frame.forms[after + 1 : after + 2] == ["هناك"]
        and frame.hit_at[after] is None
    ):
        after += 2  # دعت القوات الروسية المنتشرة هناك إلى: past where the object is
    word = frame.forms[after] if after < len(frame.forms) else ""
    return word in _AR_PREPS or (word[:1] in {"ب", "ل"} and _mention_at(frame, after) is None)


def _past_statement(frame: SentenceFrame, position: int) -> int:
    """After في بيان, في تصريح ("in a statement") at ``position``, else ``position``."""
    if frame.forms[position : position + 1] == ["في"] and frame.cues.get(position + 1) == "report":
        return position + 2
    return position


def _definite_noun_at(frame: SentenceFrame, position: int) -> bool:
    """An Arabic noun with the article (or its genitive) at ``position`` that is no actor
    and no relative."""
    if position >= len(frame.forms) or _mention_at(frame, position) is not None:
        return False
    form = frame.forms[position]
    if form in {"عمليه", "قرار"} and position + 1 < len(frame.forms):
        form = frame.forms[position + 1]  # عملية الإطلاق، قرار الترحيل: definite by its genitive
    return form.startswith("ال") and form not in {"التي", "الذي", "الذين"}


def _only_one_after(frame: SentenceFrame, first: Slot) -> bool:
    """True when the first actor after a coordinated verb is its only one: then it is the object."""
    for slot in frame.mentions:
        if slot.start >= first.end and slot.start - first.end < 6:
            if any(frame.stops_at_comma[i] for i in range(first.end, slot.start)):
                return True  # والتقى الرئيس زيلينسكي، مؤكداً …: the clause ended first
            if not frame.stops[slot.start]:
                return False
    return True


# "That it/he/they" opening reported speech: the speaker's own act follows (normalised).
def _pronoun_before(frame: SentenceFrame, position: int) -> bool:
    """ "he had personally turned down": a third-person subject pronoun just before the verb."""
    for index in range(position - 1, max(-1, position - 4), -1):
        if frame.forms[index] in _EN_PRONOUNS:
            return True
        if _mention_at(frame, index) is not None or frame.texts[index] in _COMMA | _CLAUSE_PUNCT:
            return False
    return False


def _governing_verb(frame: SentenceFrame, position: int) -> tuple[str, int] | None:
    """A light or aspectual verb shortly before a verbal noun: شنت إسرائيل غارات، held talks.

    The verb's subject and a date set off by commas may stand between: بدأت القوات
    المصرية والسعودية، الأحد، مناورات.
    """
    index, words, aside = position - 1, 0, False
    if frame.lang == "en":
        opening = position - (frame.forms[position - 1 : position] in (["the"], ["a"], ["an"]))
        if frame.forms[opening - 1 : opening] in (["for"], ["over"]):
            return None  # "vowed to retaliate against Israel for the killing": a cause
    # أطلقت القوات النار على متظاهرين: the protesters are fired on, no light verb's object
    # (but سارعت إلى رفض، وافقت على بيع: an aspect's or an agreement's act).
    after_prep = frame.lang == "ar" and index >= 0 and frame.forms[index] in _AR_OBJECT_PREPS
    while index >= 0 and words < 4:
        kind = frame.cues.get(index)
        if "-" in frame.texts[index - 1 : index] + frame.texts[index + 1 : index + 2]:
            kind = None  # "high-level talks": part of a compound adjective, no verb
        if kind in {"light_verb", "aspect"}:
            if kind == "light_verb" and after_prep:
                return None
            noun = frame.hit_at[position]
            adopting = frame.forms[index].removeprefix("و") in _ADOPTING
            if adopting and (noun is None or _prep_clitic(noun.prefix)):
                return None  # أقرّ الكرملين بمشاركة جنود: an admission, not an adoption
            return kind, index
        if (
            kind == "report"
            and (not aside or _aside_without_partner(frame, aside))
            and (frame.lemmas[index] == "announce" or frame.forms[index] in _AR_ANNOUNCE)
        ):
            # "announced new sanctions on Iran", أعلن المجلس العسكري إلغاء الاتفاقيات: its
            # own act.
            return "light_verb", index
        if frame.texts[index] in _COMMA:
            inserted = _inserted_date(frame, index)
            if inserted is None:
                # (not after أعلن: ، في بيان مشترك مع الصين، says with whom it announces)
                inserted = aside = _aside_before(frame, index)
            if inserted is None:
                return None
            index = inserted
            continue
        if _agreeing_to_act(frame, index, position):
            return "light_verb", index  # وافقت واشنطن على بيع مقاتلات: it is to sell them
        if _agreeing_on_measures(frame, index, position):
            return "light_verb", index  # "EU ambassadors agreed a 14th package of sanctions"
        if frame.stops_at_comma[index] or _trigger_at(frame, index):
            return None
        if frame.forms[index].removeprefix("ال") in _BELONGING and _mention_at(frame, index + 1):
            words -= 3  # قرر مجلس السلم والأمن التابع للاتحاد: the subject's own head words
        if (
            _mention_at(frame, index) is None
            and index not in frame.named
            and frame.texts[index] not in _QUOTES  # نصب مسلحون من «القاعدة» كميناً
        ):
            words += not (  # "a 14th package of sanctions", "$1.5 billion in aid"
                frame.forms[index] in _MEASURE_WORDS
                or frame.forms[index][:1].isdigit()
                or "-" in frame.texts[index - 1 : index + 2]  # "face-to-face talks"
            )
        index -= 1
    return None


def _agreeing_on_measures(frame: SentenceFrame, index: int, noun: int) -> bool:
    """Whether English "agree" at ``index`` takes sanctions as its object ("agreed (on) a
    new package of sanctions against Russia"): the agreeing parties impose them."""
    if frame.lang != "en" or frame.lemmas[index] != "agree":
        return False
    if frame.forms[index + 1 : index + 2] in (["to"], ["with"]):
        return False  # "agreed to the sanctions": another's, accepted
    hit = frame.hit_at[noun]
    return hit is not None and any(t.type == "SANCTION" and t.pos == "noun" for t in hit.triggers)


def _agreeing_to_act(frame: SentenceFrame, index: int, noun: int) -> bool:
    """Whether an Arabic verb of agreeing at ``index`` takes the verbal noun of a sale or
    a sanction at ``noun`` as its object with على (وافقت واشنطن على بيع): its subject will
    do what it names. (Agreeing to a ceasefire or talks is agreeing with the other side.)"""
    hit, act = frame.hit_at[index], frame.hit_at[noun]
    return (
        frame.lang == "ar"
        and hit is not None
        and act is not None
        and frame.forms[noun - 1] == "علي"
        and any(t.type == "AGREE" and t.pos == "verb" for t in hit.triggers)
        and {t.type for t in act.triggers} <= {"AID", "SANCTION"}
    )


_AR_ANNOUNCE = {normalize(word) for word in ("أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن", "وأعلن",
                                              "وأعلنت")}  # fmt: skip


# Words between a light verb and its noun that do not make the noun any further from it.
_MEASURE_WORDS = _EN_DETERMINERS | {"of", "new", "fresh", "further", "package", "round", "wave",
                                    "series", "set", "first", "second", "third", "latest",
                                    "largest", "biggest", "annual", "joint", "-",
                                    # "provided $1 billion in military aid": an amount
                                    "$", "€", "£", "million", "billion", "bn", "worth",
                                    "in",
                                    # "began two days of drills": a length
                                    "two", "three", "four", "five", "days", "weeks", "months",
                                    "day", "week", "month"}  # fmt: skip
# أقرّ الاتحاد الحزمة السابعة عشرة من العقوبات: a package, a round, a batch, its ordinal.
_MEASURE_WORDS |= {normalize(word) for word in (
    "حزمة", "الحزمة", "جولة", "الجولة", "دفعة", "الدفعة", "سلسلة", "من", "جديدة", "الجديدة",
    "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
    "التاسعة", "العاشرة", "عشرة", "عشر",
)}  # fmt: skip

# Prepositions (as words) before a noun that make it no light verb's object.
_AR_OBJECT_PREPS = {"علي", "ضد", "في", "الي", "مع", "عن", "بين"}

# Light verbs that take a preposition in another sense: أقرّ بـ admits, اعتمد على relies.
_ADOPTING = {normalize(word) for word in ("أقر", "أقرت", "أقروا", "يقر", "تقر", "اعتمد",
                                           "اعتمدت", "اعتمدوا", "يعتمد", "تعتمد")}  # fmt: skip


def _aside_before(frame: SentenceFrame, comma: int) -> int | None:
    """Before an Arabic adverbial that ``comma`` closes (قرر المجلس، في اجتماع عقده في
    أديس أبابا، تعليق …), the position before its opening comma."""
    if frame.lang != "ar":
        return None
    for opening in range(comma - 2, max(-1, comma - 14), -1):
        if frame.texts[opening] in _COMMA:
            if frame.forms[opening + 1] in _RELATIVES and _mention_at(frame, opening - 1):
                # أعلنت النرويج، التي ترأس لجنة تنسيق المساعدات، تحويل: a relative clause
                # on the subject
                return opening - 1
            closed = _adverbial_insertion(frame, opening, reach=14) == comma + 1
            return opening - 1 if closed else None
    return None


_RELATIVES = {"التي", "الذي", "الذين"}


def _aside_without_partner(frame: SentenceFrame, before: int) -> bool:
    """Whether an Arabic adverbial opening after ``before`` names no one acted "with"
    (، خلال زيارتها كيشيناو، but not ، في بيان مشترك مع الصين،)."""
    end = next((i for i in range(before + 2, len(frame.texts)) if frame.texts[i] in _COMMA), before)
    return "مع" not in frame.forms[before + 2 : end]


def _inserted_date(frame: SentenceFrame, comma: int) -> int | None:
    """Before "، الأحد،" (a date or time set off by commas), the position before it."""
    for opening in range(comma - 2, comma - 8, -1):
        if opening < 0 or (opening < comma - 3 and frame.forms[opening + 1] not in _AR_DATES):
            continue  # (longer only as a day with its date: ، الاثنين 5 يونيو/حزيران 2017،)
        if frame.texts[opening] in _COMMA:
            inside = range(opening + 1, comma)
            if not any(frame.stops[i] or _mention_at(frame, i) for i in inside):
                return opening - 1
    return None


# Nouns of a step taken, whose describing clause is about what their maker did.
_STEPS = {normalize(word) for word in ("خطوة", "خطوات", "إجراء", "إجراءات", "مبادرة")}


_RESUMPTIVE = [[normalize(word)] for word in (
    "فيها", "فيه", "بها", "به", "عليها", "عليه", "لها", "له", "منها", "منه", "عنها", "عنه",
)]  # fmt: skip


def _describes_indefinite(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An Arabic imperfect verb right after an indefinite noun or adjective in ة (past a
    closing quote mark): a clause describing that noun (حملة إعلامية تستهدف، عملية
    عسكرية تستهدف), whose subject it is."""
    if hit.prefix or not frame.texts[hit.start].startswith(("ت", "ي")) or hit.start < 2:
        return False
    if any(t.pos != "verb" for t in hit.triggers):
        return False
    before = hit.start - 1
    if frame.texts[before] in _QUOTES:
        before -= 1
    word = frame.forms[before]
    # (past the pronoun that points back to the noun: مفاوضات توسطت فيها الدوحة)
    subject = hit.end + (frame.forms[hit.end : hit.end + 1] in _RESUMPTIVE)
    after = frame.slot_at[subject] if subject < len(frame.forms) else None
    if after is not None and after.start == subject:
        return False  # غارات تتهم الحركة إسلام آباد بتنفيذها: the clause's own subject
    return (
        word.endswith("ه")
        and not word.startswith(("ال", "وال", "بال", "لل"))
        and frame.slot_at[before] is None
        and frame.hit_at[before] is None
        and before not in frame.roles
        and not frame.stops_at_comma[before]
    )


def _noun_sources(
    frame: SentenceFrame, hit: TriggerHit, speaker: str | None
) -> tuple[list[str], float, int]:
    """Who does what a verbal noun says, and where its target may start."""
    after = max(hit.end, hit.reach)
    if frame.lang == "ar" and (hit.stem or frame.forms[hit.start]) in _DEATHS:
        # مقتل X: X died. Who killed is named by برصاص/على يد, or is whoever announces
        # the deaths of others (أعلن الجيش المصري مقتل 14 عنصراً من «داعش»), but not of
        # its own people (أعلنت طالبان مقتل 46 شخصاً). (أدى إلى مقتل: see find.)
        agent = _right_mention(frame, hit.end, max_gap=8, preps=_AGENT_MARKS, require_prep=True)
        if agent:
            return _keys(frame, agent[0]), 0.7, after
        # مقتل ثلاثة جنود في هجوم شنّه مسلحون من حزب العمال: the attack's maker killed
        agent = _relative_agent(frame, hit.end, reach=12)
        if agent:
            return _keys(frame, agent[0]), 0.65, after
        # مقتل ثلاثة جنود في غارة إسرائيلية، اغتيال أحد قادتها بقصف روسي: the means'
        # maker killed
        means = _means_maker(frame, hit.end)
        if means is not None:
            return _keys(frame, means), 0.6, after
        announcer = _announcer(frame, hit)
        victims = _right_mention(frame, hit.end, max_gap=4)
        if announcer is not None and victims and victims[0].side != announcer.side:
            return _keys(frame, announcer), 0.65, after
        return [], 0.0, after
    relative = _relative_clause_subject(frame, hit)
    if (
        relative is None
        and frame.lang == "ar"
        and hit.suffix not in {"ه", "ها", "هم", "هما"}  # (موافقتها على مقترح قدّمه: hers)
        # (nor past its own genitive agent: رفض باريس إنذاراً وجّهه المجلس العسكري)
        and (after >= len(frame.forms) or frame.slot_at[after] is None)
        and ("ال" not in hit.prefix or frame.forms[after : after + 1] in (["التي"], ["الذي"]))
    ):
        # حظر شامل فرضته بكين، هجوم شنّه مسلحون: an indefinite noun whose maker a
        # relative verb with its pronoun names right after it (or, after التي, a definite
        # one: الدعوى التي رفعتها جنوب أفريقيا).
        # (not مقترح وقف إطلاق النار الذي قدّمه الوسطاء: the clause is on the proposal)
        start = _past_value(frame, after + hit.prefix.endswith(("ال", "لل")))
        agent = _relative_agent(frame, start, reach=3)
        relative = (agent[0], agent[0].end) if agent is not None else None
    given = _given_by(frame, hit) if frame.lang == "ar" and relative is None else None
    if given is not None:
        # المساعدات الغذائية المقدمة من دولة قطر للجيش اللبناني: the giver named after من.
        return _keys(frame, given), 0.75, given.end
    if relative is not None:
        # "the sanctions that Washington imposed on Iran": the relative clause's subject
        # does the act; its target follows the clause's verb.
        subject, verb_end = relative
        return _keys(frame, subject), 0.75, verb_end
    if frame.lang == "ar" and hit.start and frame.forms[hit.start - 1] == "الي":
        pushed = _pushed(frame, hit.start)
        if pushed:
            # ما دفع الخارجية الإثيوبية إلى انتقاد القاهرة: whoever was driven to it acts;
            # the genitive is the object.
            return pushed, 0.65, hit.end
    if frame.lang == "ar" and hit.start and frame.forms[hit.start - 1] in _AR_ITS_DECISION:
        # بعد أسابيع من إعلانها قطع العلاقات: "its announcing", by the sentence's subject.
        owner = _sentence_subject(frame, hit.start)
        if owner:
            return owner, 0.65, after
    if (
        frame.lang == "ar"
        and hit.prefix.startswith("و")
        and "ال" not in hit.prefix
        and hit.start
        and frame.texts[hit.start - 1] in _COMMA
    ):
        # أعلنت نيودلهي رفع مستوى بعثتها …، وإرسال شحنات: a second announced act, by
        # whoever announced the first.
        owner = _sentence_subject(frame, hit.start)
        if owner:
            return owner, 0.6, after
    # (a phrase's adjective is its last word's: طرد دبلوماسي روسي expels a Russian, but
    # شحنة مساعدات قطرية is Qatar's aid)
    phrase_aid = all(t.type == "AID" for t in hit.triggers)
    adjective = _mention_at(frame, hit.end) if hit.end - hit.start == 1 or phrase_aid else None
    if (
        adjective is not None
        and frame.lang == "ar"
        and adjective.start == hit.end
        and (adjective.kind == "demonym" or frame.forms[adjective.start].endswith("يه"))
        and adjective.end - adjective.start == 1
        and not adjective.prefix
        and "ال" not in hit.prefix
    ):
        # أعلن البنك تلقيه وديعة إماراتية، وصول منحة سعودية: an indefinite noun's
        # adjective is its agent, whoever announced or decided it.
        return _keys(frame, adjective), 0.75, max(after, adjective.end)
    governing = _governing_verb(frame, hit.start)
    if governing is not None:
        kind, position = governing
        subject = _left_subject(frame, position, max_gap=1 if frame.lang == "ar" else 4)
        joined = frame.forms[position - 1] == "and" or (
            frame.forms[position - 1] == "to" and not any(frame.hit_at[:position])
        )  # (not "urged the parties to resume talks": the addressees would resume them)
        if subject is None and frame.lang == "en" and joined:
            # "Trump pulled the United States out of the deal and reimposed sanctions",
            # "launched a process to restore U.N. sanctions": the sentence's subject.
            opening = _sentence_subject(frame, position)
            if opening:
                return opening, 0.7, after
        if subject is None and frame.lang == "ar":
            # نظّم ناشطون ومنظمات بيئية كورية جنوبية اعتصاماً
            right = _right_mention(frame, position + 1, max_gap=3, subject=True)
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
        if frame.lang == "en" and speaker and _pronoun_before(frame, position):
            return [speaker], 0.65, after  # "U.S. Africa Command said it had conducted a strike"
        if frame.lang == "ar" and speaker and frame.forms[position - 1] in _AR_THAT_IT:
            return [speaker], 0.65, after  # قالت القيادة، الاثنين، إنها شنّت غارة
    if frame.lang == "en":
        said = _report_before_setting(frame, hit.start)
        if said is not None:
            # "Macron said at a joint news conference with Ruto that …": whoever spoke there.
            subject = _left_subject(frame, said, max_gap=4)
            if subject is not None:
                return _keys(frame, subject), 0.7, after
        agent = _passive_light_agent(frame, hit.end)
        if agent is not None:
            # "new sanctions … were imposed on Moscow by the European Union"
            return _keys(frame, agent), 0.75, after
    if (
        adjective is not None
        and frame.lang == "ar"
        and not hit.prefix.endswith("ال")
        and not hit.suffix
        and adjective.start == hit.end
        and adjective.prefix == "ل"
        and any(t.type == "ASSAULT" for t in hit.triggers)
    ):
        # في هجوم لحزب العمال، في غارة لطيران التحالف: an attack "of" the group is its own.
        return _keys(frame, adjective), 0.7, adjective.end
    mediation = any(t.form.startswith(("وساط", "رعاي", "بحضور")) for t in hit.triggers)
    if mediation and adjective is None and frame.lang == "ar":
        adjective = _titled_mention(frame, hit.end)  # بوساطة الرئيس الأميركي
        if adjective is not None:
            return _keys(frame, adjective), 0.75, max(after, adjective.end)
    # للاعتداءات الحوثية: a name with the article and a nisba ending after a definite
    # noun is an adjective too (an idafa's head has no article).
    nisba = (
        adjective is not None
        and frame.lang == "ar"
        and ("ال" in hit.prefix or hit.prefix.endswith("لل"))
        and frame.forms[adjective.start].startswith("ال")
        and frame.forms[adjective.start].endswith(("يه", "ي"))
    )
    if (
        adjective is not None
        and adjective.start == hit.end
        and (
            adjective.kind == "demonym" or mediation or nisba  # بوساطة مصر، بوساطة سعودية
        )
    ):
        # بوساطة قطرية، بدعم أميركي: an adjective after the noun is its agent.
        return _keys(frame, adjective), 0.75, max(after, adjective.end)
    if (
        frame.lang == "ar"
        and _prep_clitic(hit.prefix)
        and not hit.suffix
        and not _object_of_verbal(frame, hit)  # رحبت قطر بانسحاب روسيا: Russia withdrew
        and not _genitive_doer(frame, hit)  # ضمانات بانسحاب الاحتلال: the occupier leaves
    ):
        # بدعم أوكرانيا، لإقناع طهران: after a preposition the genitive is the object,
        # and the agent is the clause's subject (or "we", the speaker).
        if speaker and _first_person(frame, _clause_start(frame, hit.start), hit.start):
            return [speaker], 0.65, after
        if _after_passive(frame, hit):
            return [], 0.0, after  # اغتيل القيادي بغارة: the victim did not strike
        clause = _clause_subject(frame, hit.start, max_words=4)
        if clause is not None:
            return _keys(frame, clause), 0.6, after
        return [], 0.0, after
    announced = next((slot for slot in frame.speaker_slots if slot.end == hit.start), None)
    if announced is None and frame.lang == "ar":
        announced = _announcer(frame, hit)
    if announced is not None and _describes(frame, announced.start):
        announced = None  # ووصف ستولتنبرغ الهجوم بأنه «متهور»: what is judged, not announced
    if announced is not None:
        # أكدت مصر والأردن رفضهما: every conjunct announces it.
        group = _coordinated(frame, _coordination_head(frame, announced))
        return [slot.key for slot in group], 0.7, after
    suffix = hit.suffix or _beside_suffix(frame, hit)
    if frame.lang == "ar" and suffix in _OBJECT_SUFFIXES:
        # زيارته طهران، لقائه X: the suffix is the agent (the one just spoken of), the
        # actor after the noun its object.
        clause = _clause_subject(frame, hit.start, max_words=4) or _aside_subject(frame, hit)
        if clause is not None and suffix in {"هما", "هم"}:
            # أكدت مصر والأردن رفضهما: "their" is every conjunct of the subject.
            group = _coordinated(frame, _coordination_head(frame, clause))
            return [slot.key for slot in group], 0.6, after
        if clause is not None:
            return _keys(frame, clause), 0.6, after
        return ([speaker], 0.6, after) if speaker else ([], 0.0, after)
    manner = hit.start and frame.forms[hit.start - 1] == "in"
    if manner and any(t.type in _MANNER_OF_ACTING for t in hit.triggers):
        # "struck the militants in coordination with the Somali government", "in support
        # of Kyiv": how the clause's subject acts (بالتنسيق مع in Arabic).
        subject = _nearest_subject(frame, hit.start)
        if subject is not None:
            return _keys(frame, subject), 0.6, after
    own = _noun_source(frame, hit)
    if own is not None:
        if frame.lang == "en" and own.end <= hit.start:
            own = _coordination_head(frame, own)  # "US and Israeli strikes": both
        group = _coordinated(frame, own)
        preps = {p for t in hit.triggers for p in t.preps} - {"of"}
        aimed_first = frame.lang == "en" and any(
            frame.forms[i] in preps for i in range(hit.end, own.start)
        )  # "protests against Beijing from Malaysia": the target before the agent
        if own.start >= hit.end and not aimed_first:
            after = max(after, group[-1].end)
        return [slot.key for slot in group], 0.8, after
    if speaker and (hit.suffix == "نا" or _first_person(frame, max(0, hit.start - 1), hit.start)):
        return [speaker], 0.75, after
    if (
        frame.lang == "ar"
        and hit.end < len(frame.forms)
        and frame.forms[hit.end] in _HIS_STATE
        and all(t.type in _STANCES for t in hit.triggers)
    ):
        # أعرب وزير الخارجية المصري عن تضامن بلاده مع الأردن: "his country" is the state
        # of whoever speaks (a stance's holder; تزويد بلاده بالأسلحة: the one supplied).
        owner = [speaker] if speaker else _sentence_subject(frame, hit.start)
        if owner:
            return owner, 0.65, max(after, hit.end + 1)
    before = frame.forms[hit.start - 1] if hit.start else ""
    adjunct = (
        _prep_clitic(hit.prefix)
        or (before in _AR_PREPS - {"من"} | _EN_PREPS and not _meeting_held_in(frame, hit))
        # انسحاب بلاده من الاتفاق: the complement of another verbal noun (not حزمة من العقوبات)
        or (before == "من" and hit.start >= 2 and _trigger_at(frame, hit.start - 2))
    )
    clause = _aside_subject(frame, hit)
    if clause is not None:
        return _keys(frame, clause), 0.6, after
    if _manner_of_saying(frame, hit):
        # وصف السيسي الخط بأنه «أحمر»، في تحذير صريح لحكومة الوفاق: what the sentence's
        # subject said was a warning, a criticism, a call.
        subject = _sentence_subject(frame, hit.start)
        if subject:
            return subject, 0.6, after
    if frame.lang == "ar" and not adjunct and not _object_of_verbal(frame, hit):
        clause = _clause_subject(frame, hit.start)
        if clause is not None:
            return _keys(frame, clause), 0.65, after
    if (
        speaker
        and frame.lang == "en"
        and all(t.type == "CONSULT" for t in hit.triggers)
        and frame.forms[hit.end : hit.end + 1] == ["with"]
        and frame.forms[max(0, hit.start - 2) : hit.start] == ["round", "of"]
    ):
        # "Egypt said the latest round of talks with Ethiopia had failed": a round held, the
        # speaker's (not "a proposal for talks with", talks only planned).
        return [speaker], 0.55, after
    return [], 0.0, after


def _beside_suffix(frame: SentenceFrame, hit: TriggerHit) -> str:
    """The pronoun on the first word of an Arabic phrase of standing beside, which the
    lexicon lists whole (وقوفها إلى جانب الصومال: "her" stands beside Somalia)."""
    if frame.lang != "ar" or hit.end - hit.start < 2 or frame.forms[hit.end - 1] != "جانب":
        return ""
    first = frame.forms[hit.start]
    return next((s for s in ("هما", "هم", "ها", "ه") if first.endswith(s)), "")


def _aside_subject(frame: SentenceFrame, hit: TriggerHit) -> Slot | None:
    """The subject of the clause before an Arabic adverbial set off by commas: قال
    الوزير، خلال اتصال هاتفي مع نظيره، إن …؛ رفض الرئيس، خلال استقباله الوزير، أن …"""
    if frame.lang != "ar" or hit.start < 2 or frame.forms[hit.start - 1] not in _DURING:
        return None
    if frame.texts[hit.start - 2] not in _COMMA:
        return None
    return _clause_subject(frame, hit.start - 2, max_words=4)


# What saying something may be "in" (، في تحذير صريح لأنقرة، في انتقاد ضمني لواشنطن).
_SAYING_AS = {"THREATEN", "ACCUSE", "SUPPORT", "REQUEST"}


def _manner_of_saying(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an Arabic noun of warning, criticism, praise or appeal follows "، في" after a
    clause: how its subject's words are meant, not an act of its own."""
    return (
        frame.lang == "ar"
        and hit.start >= 2
        and not hit.prefix
        and frame.forms[hit.start - 1] == "في"
        and frame.texts[hit.start - 2] in _COMMA
        and all(t.type in _SAYING_AS and t.pos == "noun" for t in hit.triggers)
    )


def _meeting_held_in(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an Arabic meeting noun with a partner follows في as where the clause's
    subject spoke or acted: قال الوزير في مؤتمر صحفي مشترك مع نظيره، في اتصال هاتفي مع."""
    return (
        frame.lang == "ar"
        and frame.forms[hit.start - 1] == "في"
        and all(t.type == "CONSULT" for t in hit.triggers)
        # with its partner named (not مشاركة وفودها في اجتماعات الجامعة)
        and normalize("مع") in frame.forms[hit.end : hit.end + 2]
    )


# Arabic words for "during" before a verbal noun: خلال اتصال، أثناء لقاء.
_DURING = {normalize(word) for word in ("خلال", "أثناء")}


def _report_before_setting(frame: SentenceFrame, position: int) -> int | None:
    """Where a reporting verb stands right before "at"/"during" and the noun at
    ``position``: "said at a news conference", "told reporters during talks"; else None."""
    position -= 1
    while position > 0 and frame.forms[position] in _EN_DETERMINERS:
        position -= 1
    if position < 1 or frame.forms[position] not in {"at", "during"}:
        return None
    return position - 1 if frame.cues.get(position - 1) == "report" else None


# Verbal nouns that, after English "in", say how the subject acts: in cooperation with.
_MANNER_OF_ACTING = {"COOPERATE", "SUPPORT"}


def _nearest_subject(frame: SentenceFrame, position: int) -> Slot | None:
    """The closest actor before ``position`` that no preposition governs: the subject
    of the clause an English adverbial hangs on ("Russia struck Ukraine in
    coordination with Belarus": not Ukraine; "a day after Spain came out in support")."""
    for slot in reversed(frame.mentions):
        if slot.end > position or slot.start in frame.places:
            continue
        before = frame.forms[slot.start - 1] if slot.start else ""
        if before in _EN_PREPS or before in _DIRECTIONS:
            continue  # "on Ukraine", "in northern Iraq": governed, or a place
        if frame.texts[slot.end : slot.end + 1] in (["'s"], ["’s"], ["'"], ["’"]):
            continue  # "shelled the militants' positions": a possessor, not the subject
        return _coordination_head(frame, slot)
    return None


def _reported_occasion(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An English participle after "after"/"while" that follows a verb of saying closely:
    the speaker's own occasion ("said on Saturday after meeting President Raisi")."""
    if frame.lang != "en" or hit.start < 2 or not frame.texts[hit.start].endswith("ing"):
        return False
    if frame.forms[hit.start - 1] not in _FRONTING:
        return False
    return any(frame.cues.get(p) == "report" for p in range(max(0, hit.start - 6), hit.start - 1))


# Subordinators before a participle that opens a sentence: "After meeting the emir, …".
_FRONTING = {"after", "before", "while", "since", "upon", "when", "following", "despite"}


def _earlier_controller(frame: SentenceFrame, conjunction: int) -> Slot | None:
    """The actor before the first of two joined infinitives: "prompting Tokyo to appeal to
    the group and to urge Iran" (Tokyo urges too)."""
    for position in range(conjunction - 1, max(0, conjunction - 15), -1):
        if frame.texts[position] in _COMMA:
            return None
        controller = _before_to(frame, position) if frame.forms[position] == "to" else None
        if controller is not None:
            return controller
    return None


def _before_to(frame: SentenceFrame, to: int) -> Slot | None:
    """The actor right before an infinitive's "to" ("prompting Tokyo to appeal"), or the
    possessor of a title there ("prompting Mali's military government to recall"), or
    before a relative clause set off by commas ("prompting Taipei, which Beijing regards
    as a breakaway province, to accuse China")."""
    if to >= 2 and frame.texts[to - 1] in _COMMA:
        skipped = _skip_insertion(frame, to - 1)
        if skipped is not None:
            to = skipped + 1
    if to >= 3 and frame.forms[to - 1] in _DECISIONS and frame.forms[to - 2] in {"'s", "’s"}:
        return _mention_at(frame, to - 3)  # "Washington's decision to return Cuba to …"
    return _mention_at(frame, to - 1) or _actor_before_titles(frame, to)


# Nouns of deciding whose possessor does what follows "to": "Washington's decision to".
_DECISIONS = {"decision", "move", "plan", "bid", "refusal", "attempt", "pledge", "offer"}


def _fronted_participle_subject(frame: SentenceFrame, hit: TriggerHit) -> Slot | None:
    """The subject of the main clause after a sentence-opening "After meeting X, …" (or
    "While visiting", "Before signing"): the one who met X; else None."""
    if frame.lang != "en" or not (
        (hit.start == 1 and frame.forms[0] in _FRONTING) or hit.start == 0  # "Accusing X, …"
    ):
        return None
    if not frame.forms[hit.start].endswith("ing"):
        return None
    for comma in range(hit.end, min(hit.end + 12, len(frame.forms))):
        if frame.texts[comma] in _COMMA:
            found = _right_mention(frame, comma + 1, max_gap=3, subject=True)
            return found[0] if found else None
        if frame.stops[comma]:
            return None
    return None


def _after_passive(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a passive verb of the same clause comes before a trigger: the means of
    a passive (قُتل جنديان بغارة) has no agent among the words before it."""
    start = hit.start
    while start > 0 and not frame.stops_at_comma[start - 1]:
        start -= 1
    return any(
        start <= other.start < hit.start and _is_passive(frame, other, _pos(frame, other))
        for other in frame.triggers
    )


# Verbs of describing or deeming: their object is what they judge (وصف الهجوم بأنه …).
_DESCRIBING = {normalize(word) for word in (
    "وصف", "وصفت", "وصفوا", "وصفا", "وصفتا", "يصف", "تصف", "اعتبر", "اعتبرت", "اعتبروا",
    "يعتبر", "تعتبر", "عد", "عدت", "رأى", "رأت",
)}  # fmt: skip


def _describes(frame: SentenceFrame, start: int) -> bool:
    """Whether the reporting verb whose subject starts at ``start`` is an Arabic verb of
    describing or deeming."""
    for position in range(start - 1, max(-1, start - 8), -1):
        if frame.cues.get(position) == "report":
            form = frame.forms[position]  # (وصفت is no و-clitic on صفت)
            return frame.lang == "ar" and (form in _DESCRIBING or unprefixed(form) in _DESCRIBING)
    return False


def _announcer(frame: SentenceFrame, hit: TriggerHit) -> Slot | None:
    """The subject of a reporting verb right before an Arabic verbal noun, whose act
    the noun announces: أعلن حزب الله استهداف …، أعلنت وزارة الدفاع التركية «تحييد»."""
    if not hit.start:
        return None
    end = _before_aside(frame, hit.start)  # أعلنت السعودية وإيران، في بيان …، الاتفاق
    listed = _apposed_list(frame, end)
    if listed is not None:
        return listed  # أعلنت دول تحالف الساحل الثلاث، مالي والنيجر وبوركينا فاسو، استدعاء
    report = end - 1
    while (
        report >= 0
        and frame.cues.get(report) != "report"
        and (
            _mention_at(frame, report)
            or report in frame.roles  # وزارة الدفاع التركية
            or frame.texts[report] in {"«", "»"}
            or frame.forms[report] in _GROUP_NOUNS  # تنظيم «داعش»
            or _each_of_word(frame, report)  # أكدت كل من الرياض
        )
    ):
        report -= 1
    slot = _mention_at(frame, end - 1)
    if slot is None and end >= 2 and frame.texts[end - 1] in {"«", "»"}:
        slot = _mention_at(frame, end - 2)
    return slot if report >= 0 and frame.cues.get(report) == "report" else None


def _apposed_list(frame: SentenceFrame, end: int) -> Slot | None:
    """The first of the actors set off by commas right before ``end`` as an apposition to
    a reporting verb's subject a few words before (أعلنت دول تحالف الساحل الثلاث، مالي
    والنيجر وبوركينا فاسو، …): the subject the list names."""
    if frame.lang != "ar" or end < 3 or frame.texts[end - 1] not in _COMMA:
        return None
    opening = end - 2
    while opening >= 0 and frame.texts[opening] not in _COMMA:
        if frame.slot_at[opening] is None:
            return None
        opening -= 1
    if opening < 1 or opening + 1 >= end - 1:
        return None
    for report in range(opening - 1, max(-1, opening - 6), -1):
        if frame.cues.get(report) == "report":
            return frame.slot_at[opening + 1]
        if frame.slot_at[report] is not None or frame.stops_at_comma[report]:
            return None
    return None


# The head nouns before a group's quoted name: أعلن تنظيم «داعش» مسؤوليته.
_GROUP_NOUNS = {head[1:] for head in _AR_GROUP_HEADS}


# Verbs that speak about an event rather than carry it out: أدانت مصر الهجوم.
_ABOUT_EVENTS = {"ACCUSE", "SUPPORT", "REJECT", "AGREE", "REQUEST", "THREATEN"}


# Passive participles of giving or sending, their giver after من: المقدمة من، الممنوحة من.
_GIVEN = {normalize(article + word) for article in ("", "ال") for word in (
    "مقدمة", "مقدم", "ممنوحة", "ممنوح", "مرسلة", "مرسل", "مقدمه", "ممنوحه", "مرسله",
)}  # fmt: skip


def _given_by(frame: SentenceFrame, hit: TriggerHit) -> Slot | None:
    """The giver of an Arabic aid noun, named after a passive participle of giving and من
    a few words on (شحنة من المساعدات الغذائية المقدمة من دولة قطر)."""
    if not any(t.type == "AID" for t in hit.triggers):
        return None
    for position in range(hit.end, min(hit.end + 7, len(frame.forms) - 2)):
        if frame.stops_at_comma[position]:
            return None
        if frame.forms[position] in _GIVEN and frame.forms[position + 1] == "من":
            found = _right_mention(frame, position + 2, max_gap=1)
            return found[0] if found else None
    return None


def _genitive_doer(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An Arabic noun of withdrawing or responding with its genitive actor right after it
    (بانسحاب الاحتلال من القطاع، لتجاوب موسكو مع مساعيها): such acts take no direct object,
    so the genitive is who does them."""
    return (
        frame.lang == "ar"
        and hit.end - hit.start == 1
        and unprefixed(frame.forms[hit.start]) in _OBJECTLESS_ACTS
        and _mention_at(frame, hit.end) is not None
    )


_OBJECTLESS_ACTS = {normalize(word) for word in (
    "انسحاب", "الانسحاب", "مغادرة", "رحيل", "خروج",
    # (and responding, whose object comes after مع or لـ: تقديرها لتجاوب موسكو وكييف مع مساعيها)
    "تجاوب", "استجابة",
)}  # fmt: skip


def _object_of_verbal(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """A verbal noun that is the object of a verb of speaking about it: أدانت مصر الهجوم
    على السودان. The verb's subject judges the attack; it did not carry it out."""
    for other in frame.triggers:
        if other.end > hit.start:
            break
        verbal = any(t.pos == "verb" and t.type in _ABOUT_EVENTS for t in other.triggers)
        if verbal and _object_of(frame, max(other.end, other.reach), hit.start):
            return True
    return False


def _passive_light_agent(frame: SentenceFrame, start: int) -> Slot | None:
    """The by-agent of "were imposed", "was launched" shortly after a verbal noun."""
    for position in range(start, min(start + 8, len(frame.forms) - 1)):
        if frame.stops_at_comma[position] and frame.forms[position] not in _EN_BE:
            return None
        if frame.texts[position] in _EN_BE and frame.cues.get(position + 1) == "light_verb":
            found = _right_mention(frame, position + 2, max_gap=5, preps=("by",), require_prep=True)
            return found[0] if found else None
        by = position + 1 + (frame.forms[position + 1] == "out")  # "carried out by"
        if (
            frame.cues.get(position) == "light_verb"
            and frame.forms[by : by + 1] == ["by"]
            and position - start <= 2
            and _EN_PREPS.isdisjoint(frame.forms[start:position])
        ):
            # "joint drills conducted by the United States and South Korea" (but not "the
            # release of prisoners held by Israel": the prisoners are held)
            found = _right_mention(frame, by, max_gap=2, preps=("by",), require_prep=True)
            return found[0] if found else None
    return None


def _inside_phrase(
    frame: SentenceFrame, hit: TriggerHit, trigger: Trigger, skip: frozenset[str]
) -> list[str]:
    """The target inside a phrase split by other words, if it holds one.

    قدمت إيران لبغداد أسلحة (marked by the phrase's preposition), حمّلت القاهرة أديس أبابا
    مسؤولية (with no preposition, the object itself), "ordered the French ambassador
    to leave" (the envoy's state).
    """
    if hit.reach <= hit.end:
        return []
    letters = [p for p in trigger.preps if len(p) == 1]
    for slot in frame.mentions:
        if not hit.end <= slot.start < hit.reach or slot.key in skip:
            continue
        if frame.lang == "en":
            envoy = slot.end + (
                slot.end < len(frame.forms) and frame.forms[slot.end] in {"'s", "’s"}
            )
            if envoy < len(frame.forms) and frame.forms[envoy] in _ENVOYS:
                return [slot.key]  # "the French ambassador", "France's ambassador"
            if slot.kind == "body" and frame.forms[slot.end - 1] in _ENVOYS:
                return [slot.key]  # "declared U.N. envoy Volker Perthes persona non grata"
            if slot.kind == "person" and not _ENVOYS.isdisjoint(
                frame.forms[slot.start - 1 : slot.end]
            ):
                return [slot.key]  # "French ambassador Joel Meyer": the envoy named
            group = _coordinated(frame, slot)
            end = group[-1].end
            possessive = frame.forms[end : end + 1] in (["'s"], ["’s"])
            if end + possessive == hit.reach - 1 and (slot.kind == "demonym" or possessive):
                # "accepted an Egyptian-Qatari proposal", "rejected Egypt's offer": the
                # phrase's noun is theirs.
                return [member.key for member in group]
            if frame.forms[hit.reach - 1] in {"responsible", "accountable"}:
                return [member.key for member in group]  # "held Israel responsible"
            if possessive and frame.forms[hit.reach - 1] in {"member", "members"}:
                return [member.key for member in group]  # "became NATO's 31st member"
            if trigger.type == "RETREAT" and slot.kind == "demonym":
                return [slot.key]  # "handed three Israeli hostages over": to their state
            if slot.start and frame.lemmas[slot.start - 1] in {"hand", "give"}:
                return [member.key for member in group]  # "handed Zagreb a protest note"
            if trigger.type in {"COERCE", "SANCTION"}:
                # "barred the Turkish minister from entering", "ordered Hungary to pay a fine"
                return [member.key for member in group]
            owner = frame.forms[slot.end : slot.end + 1] in (["'s"], ["’s"])
            if owner and frame.lemmas[hit.reach - 1] in _BIDS:
                return [slot.key]  # "forward Sweden's NATO membership bid"
            continue
        before = frame.forms[slot.start - 1] if slot.start else ""
        if slot.kind == "demonym" and (before in _ENVOYS or before == normalize("بالأعمال")):
            return [slot.key]  # سلّمت الخارجية السفير العراقي مذكرة احتجاج: his state
        # منحت واشنطن إسرائيل الضوء الأخضر: a verb of giving's first object is the one given
        giving = normalize(trigger.form).startswith(_GIVING_VERBS)
        marked = (
            any(letter in _without_article(slot.prefix) for letter in letters)
            or before in trigger.preps  # فرضت بريطانيا على روسيا عقوبات
            or ((not trigger.preps or giving) and not _prep_clitic(slot.prefix))
        )
        if marked:
            return [member.key for member in _coordinated(frame, slot)]
    return []


_GIVING_VERBS = tuple(normalize(word) for word in ("منح", "أعط", "يمنح", "تمنح", "يعطي", "تعطي"))


def _his_proposal(frame: SentenceFrame, position: int) -> bool:
    """Whether an Arabic proposal someone's own stands at ``position``: مقترحه، مبادرتها
    (after على: وافقتا على مبادرته)."""
    if frame.lang != "ar":
        return False
    position += frame.forms[position : position + 1] == ["علي"]
    return position < len(frame.forms) and frame.forms[position] in _HIS_PROPOSALS


_HIS_PROPOSALS = {normalize(noun + suffix) for suffix in ("ه", "ها") for noun in (
    "مقترح", "اقتراح", "عرض", "خطت", "مبادرت", "دعوت", "وساطت",
)}  # fmt: skip


def _statement_author(
    frame: SentenceFrame, trigger: Trigger, after: int, skip: frozenset[str]
) -> list[str]:
    """Whose statement an Arabic verb of judging takes as its object: رفضت الجزائر بيانَ
    الخارجية الفرنسية، رحبت مصر ببيان الخارجية القطرية. The statement's author, the
    genitive right after it, is the one rejected or welcomed (a statement noun otherwise
    ends the search)."""
    if frame.lang != "ar" or trigger.type not in _JUDGING or after + 1 >= len(frame.forms):
        return []
    word = frame.forms[after]
    if frame.cues.get(after) in {"venue", "document"}:
        return []  # وقّعا إعلان واشنطن للسلام: a declaration named for where it was made
    # (Support only as welcome or praise, رحبت بإعلان، أشادت ببيان: وقّعا إعلانَ … signs it.)
    clitics = ("ب", "وب") if trigger.type == "SUPPORT" else ("", "ب", "وب")
    if not any(word == clitic + noun for clitic in clitics for noun in _STATEMENTS):
        return []
    author = frame.slot_at[after + 1]
    if author is None or author.start != after + 1 or author.prefix or author.key in skip:
        return []
    return [member.key for member in _coordinated(frame, author)]


# Verbs that judge what another said or decided: rejecting, condemning, welcoming it.
_JUDGING = {"REJECT", "ACCUSE", "SUPPORT"}
_STATEMENTS = {normalize(word) for word in (
    "إعلان", "بيان", "تصريح", "تصريحات", "خطاب", "إعلانات", "بيانات",
)}  # fmt: skip


# Meeting nouns that take the one met as a direct object past their agent.
_MEETINGS = {normalize(word) for word in ("لقاء", "اجتماع", "استقبال")}


def _targets(
    frame: SentenceFrame, hit: TriggerHit, trigger: Trigger, after: int, sources: list[str]
) -> tuple[list[str], int]:
    skip = _own_side(frame, sources)
    after = _past_relative(frame, after)
    accused_it = frame.forms[after : after + 2] == ["it", "of"] and trigger.type == "ACCUSE"
    pronouns = _PRONOUN_OBJECTS.get(trigger.type, [])
    asked_of = frame.forms[after : after + 1] in pronouns or (
        frame.lang == "ar" and frame.forms[hit.end : hit.end + 1] in pronouns
    )  # (before the subject: أفرجت عنهم طهران)
    if after < len(frame.forms) and (
        frame.forms[after] in _OBJECT_PRONOUNS
        or accused_it
        or asked_of
        or _preposition_pronoun_object(frame, hit, trigger)
    ):
        # متهمة إياها، "urged him to", ورحّبت به وزارة الخارجية: the last actor named
        # before that is not the subject's.
        earlier = _named_before(frame, hit.start, skip)
        if accused_it:  # "took Abu Dhabi to the ICJ, accusing it of": a state, not the court
            earlier = [s for s in earlier if s.state] or earlier
        return ([earlier[-1].key], 0) if earlier else ([], 0)
    if (
        frame.lang == "ar"
        and trigger.type == "AID"
        and hit.suffix in {"ه", "ها", "هم", "هما"}
        and frame.forms[hit.end : hit.end + 1] in (["بها"], ["به"], ["بهم"])
    ):
        # مقاتلات «سوخوي-35» التي زوّدتها بها روسيا: "it" is the one supplied, named
        # before (the receiving subject), "with them" the arms.
        earlier = _named_before(frame, hit.start, skip)
        if earlier:
            return [earlier[-1].key], 0
    antecedent = _relative_object(frame, hit)
    if antecedent is not None and antecedent.key not in skip:
        return [antecedent.key], 0  # "the Philippine ship, which it accused of intruding"
    if (
        frame.lang == "ar"
        and trigger.type == "REQUEST"
        and frame.forms[hit.end : hit.end + 1] in (["اليها"], ["اليه"])
    ):
        return [], 0  # مسيرة دعت إليها الجماعة: what was called for is the march before
    author = _statement_author(frame, trigger, after, skip)
    if author:
        return author, 0
    if trigger.type in {"AGREE", "REJECT"} and _his_proposal(frame, after):
        # قبلت الأطراف مقترحه: the one whose proposal it is,
        # named before (the envoy who reports it), not each other.
        earlier = _named_before(frame, hit.start, skip)
        if earlier:
            return [earlier[-1].key], 1
    if trigger.type in {"ASSAULT", "COERCE"} and _their_object(frame, after):
        # "an Israeli tank fired on one of their positions in southern Lebanon", said by UN
        # peacekeepers: whose the positions are, the sentence's subject.
        owner = [key for key in _sentence_subject(frame, hit.start) if key not in skip]
        if owner:
            return owner[:1], 1
    if frame.lang == "ar" and trigger.type in {"COERCE", "SANCTION"}:
        # وإغلاق كافة المنافذ البرية والبحرية والجوية معها: "with it", the one named before.
        for position in range(after, min(after + 7, len(frame.forms))):
            if frame.stops_at_comma[position] or frame.slot_at[position] is not None:
                break
            if frame.forms[position] in _WITH_IT:
                earlier = _named_before(frame, hit.start, skip)
                return ([earlier[-1].key], 1) if earlier else ([], 0)
    if trigger.type in _ADDRESSED or (
        trigger.type == "CONSULT"
        and trigger.pos == "verb"
        and not trigger.form.startswith("استضاف")  # (مؤتمر استضافته: an event)
    ):
        # (استقبله رئيس الوزراء: the visitor named before is the one received)
        suffixed = _suffix_object(frame, hit, skip)
        if suffixed:
            return suffixed, 1
    if _purpose_with_object(frame, hit, trigger):
        # شحنات جديدة من المولدات لمساعدتها، "to help her": the suffix is the one helped.
        earlier = _named_before(frame, hit.start, skip)
        if earlier:
            return [earlier[-1].key], 1
    inside = _inside_phrase(frame, hit, trigger, skip)
    if inside:
        return inside, 0
    if trigger.type == "COOPERATE":
        leader = _mission_leader(frame, after)
        if leader is not None:
            return [key for key in _keys(frame, leader) if key not in skip], 1
    if (
        frame.lang == "en"
        and trigger.pos == "verb"
        and not trigger.preps
        and frame.forms[hit.start].endswith("ing")
        and hit.start
        and frame.forms[hit.start - 1] not in {"is", "are", "was", "were", "be", "been"}
        and frame.forms[after : after + 1] in (["in"], ["at"])
        and frame.forms[after + 1 : after + 2] not in (["least"], ["most"])  # "killing at least"
    ):
        # "NATO leaders meeting in Vilnius … pledged support for Ukraine": a participle
        # that only places its noun has no object
        return [], 0
    max_gap = 6 if trigger.pos != "noun" else 4
    if frame.lang == "en" and trigger.type in {"ASSAULT", "COERCE", "MOBILIZE"}:
        after = _past_partner(frame, after)
    if trigger.type == "SANCTION" and _dealing_banned(frame, after):
        # حظراً على تقديم الخدمات المالية لمؤسسة النفط والغاز الميانمارية: the ban is on
        # dealing with whoever the dealing is aimed at.
        dealt = _right_mention(frame, after + 2, max_gap=6, preps=("ل", "الي", "مع"),
                               skip_keys=skip, require_prep=True)  # fmt: skip
        if dealt is not None:
            return [slot.key for slot in _coordinated(frame, dealt[0])], dealt[1]
    found = _right_mention(
        frame, after, max_gap=max_gap, preps=trigger.preps, skip_keys=skip,
        require_prep=bool(trigger.preps),
    )  # fmt: skip
    blamed = _mention_at(frame, after) if frame.lang == "en" and trigger.type == "ACCUSE" else None
    if blamed is not None and trigger.preps and blamed.key not in skip:
        # "blamed Tehran for the attack on a base in Syria": the one blamed is the object
        # (the attack is "blamed on" someone only when it is the object)
        found = (blamed, 0)
    if found is not None and _other_event_between(frame, trigger, after, found[0].start):
        found = None  # "struck militants in coordination with the Iraqi government"
    if found is not None and trigger.type == "ASSAULT" and _flown_over(frame, found[0].start):
        found = None  # "fired a ballistic missile over the island of Hokkaido": not at it
    if found is None and trigger.type == "MOBILIZE":
        # مناورات «السيف المشترك» التي تستمر ثلاثة أيام حول تايوان: what drills surround,
        # past their name and length.
        found = _right_mention(
            frame, _past_duration(frame, after), max_gap=10, preps=("حول", "around"),
            skip_keys=skip, require_prep=True,
        )  # fmt: skip
    # A meeting noun's genitive is its host (قمة الاتحاد الأفريقي), and a meeting that is
    # "theirs" (اجتماعهم) is among its owners; only "his/her meeting" (لقائه الرئيس)
    # takes the other side as a direct object.
    meeting = frame.lang == "ar" and trigger.pos == "noun" and trigger.type == "CONSULT"
    # (Past its agent in the genitive, a meeting takes the one met as a direct object:
    # بعد أيام من لقاء رئيس تايوان رئيسَ مجلس النواب الأميركي.)
    met_next = (
        hit.end < after < len(frame.forms)
        and (frame.slot_at[after] is not None or after in frame.roles)
        and frame.forms[hit.end - 1] in _MEETINGS
    )
    hosted = meeting and hit.suffix not in {"ه", "ها"} and not met_next
    if found is None and trigger.preps and not hosted:
        # Verbal nouns also take a direct object: استهداف موقع عسكري إسرائيلي.
        found = _right_mention(
            frame, after, max_gap=3 if trigger.pos == "noun" else 1, skip_keys=skip
        )
        if found is not None and trigger.type == "ASSAULT" and _flown_over(frame, found[0].start):
            found = None  # "fired a ballistic missile over Japan": not at it
        if found is None and frame.lang == "ar" and trigger.pos == "verb":
            # أوقفت جميع الواردات اللبنانية: the adjective of the object noun phrase.
            found = _right_mention(frame, after, max_gap=2, skip_keys=skip)
            if found is not None and not (
                found[0].kind == "demonym" and _without_article(found[0].prefix) == ""
            ):
                found = None
        between = range(after, found[0].start) if found is not None else range(0)
        if any(frame.texts[i] in _COMMA for i in between):
            found = None  # "Houthi attacks, with Italy … contributing": not the object
        elif any(frame.forms[i] in {"قرب", "بالقرب", "near"} for i in between):
            found = None  # مناورات مشتركة قرب الحدود البولندية: past a preposition, a place
        elif frame.lang == "en" and any(
            _noun_at(frame, i) and frame.forms[i - 1] in {"of", "a", "an", "the"} for i in between
        ):
            found = None  # "condemnation of a visit to Taipei": the visit is the object
    if (
        found is not None
        and trigger.type in {"COOPERATE", "SUPPORT", "AID"}
        and not _AGAINST.isdisjoint(frame.forms[after : found[0].start])
    ):
        # عملية مشتركة ضد داعش، لدعم عملياتها ضد داعش: whom the operation is against is no
        # partner, nor the one helped
        found = None
    if found is not None and trigger.type == "THREATEN" and _resorted_to(frame, found[0].start):
        found = None  # لوّح باللجوء إلى مجلس الأمن: the council is where it would turn
    if (
        found is not None
        and trigger.type == "CONSULT"
        and trigger.pos == "noun"
        and frame.lang == "ar"
        and found[0].kind == "capital"
        and _without_article(found[0].prefix).endswith("ب")
    ):
        found = None  # في ختام اجتماعه بالرياض: a meeting's city is where, not with whom
    if (
        found is not None
        and trigger.type in _JUDGED_PLANS
        and _plan_between(frame, after, found[0])
    ):
        found = None  # رفضها لأي مخططات لتهجير الفلسطينيين: whom the plan would displace
    if found is None and trigger.type == "REQUEST":
        return _letter_recipient(frame, hit), 0
    if found is None:
        return [], 0
    if _drafted(frame, found[0]):
        # "vetoed a U.S.-drafted Security Council resolution", "… resolution at the Security
        # Council": the text's author and the forum it was put to
        forum = _right_mention(
            frame, found[0].end + 2, max_gap=max_gap, preps=trigger.preps, skip_keys=skip
        )  # fmt: skip
        forums = [forum[0].key] if forum is not None and not forum[0].state else []
        return [found[0].key, *forums], found[1]
    return [slot.key for slot in _coordinated(frame, found[0])], found[1]


def _drafted(frame: SentenceFrame, author: Slot) -> bool:
    """Whether an English actor names a text's author by a hyphenated participle: a
    U.S.-drafted resolution, a French-sponsored text."""
    return frame.lang == "en" and frame.forms[author.end : author.end + 2] in (
        ["-", "drafted"], ["-", "sponsored"],
    )  # fmt: skip


def _relative_object(frame: SentenceFrame, hit: TriggerHit) -> Slot | None:
    """The actor an English relative pronoun stands for when it is the verb's object and a
    pronoun its subject: "the Philippine ship, which it accused of intruding"."""
    start = hit.start
    if frame.lang != "en" or start < 3 or frame.forms[start - 1] not in {"it", "they", "he", "she"}:
        return None
    if frame.forms[start - 2] not in {"which", "whom"}:
        return None
    position = start - 3 - (frame.texts[start - 3] in _COMMA)
    for at in range(position, max(-1, position - 3), -1):
        slot = _mention_at(frame, at)
        if slot is not None:
            return slot
        if frame.stops_at_comma[at]:
            break
    return None


def _past_value(frame: SentenceFrame, position: int) -> int:
    """Past a sum after an Arabic noun (مساعدات طارئة بقيمة 100 مليون يوان أعلنتها بكين),
    else ``position``; an adjective before it is passed too."""
    forms = frame.forms
    start = position + (forms[position + 1 : position + 2] == ["بقيمه"])
    if forms[start : start + 1] != ["بقيمه"]:
        return position
    end = start + 1
    while end < len(forms) and (forms[end].replace(".", "").isdigit() or forms[end] in _AMOUNTS):
        end += 1
    return end


_AMOUNTS = {normalize(word) for word in (
    "ألف", "آلاف", "مليون", "ملايين", "مليار", "مليارات", "دولار", "دولارات", "يورو", "يوان",
    "جنيه", "ريال", "درهم", "روبل", "ين",
)}  # fmt: skip


def _dealing_banned(frame: SentenceFrame, position: int) -> bool:
    """Whether an Arabic ban goes on على and a noun of dealing: حظراً على تقديم الخدمات،
    على بيع الأسلحة، على التعامل مع."""
    return (
        frame.lang == "ar"
        and frame.forms[position : position + 1] == ["علي"]
        and frame.forms[position + 1 : position + 2] != []
        and frame.forms[position + 1].removeprefix("ال") in _DEALINGS
    )


# Nouns of dealing with someone, which a ban may bar: تقديم، بيع، تصدير، التعامل.
_DEALINGS = {normalize(word) for word in (
    "تقديم", "بيع", "تصدير", "توريد", "تعامل", "شحن", "نقل", "تحويل",
)}  # fmt: skip


# Verbs and nouns of turning to a forum: اللجوء إلى مجلس الأمن، "take the case to the UN".
_RESORTING = {normalize(word) for word in (
    "اللجوء", "لجوء", "يلجأ", "تلجأ", "سيلجأ", "ستلجأ", "نلجأ", "سنلجأ", "الاحتكام", "التوجه",
    "resort", "resorting", "turn", "turning", "take", "taking",
)}  # fmt: skip


def _resorted_to(frame: SentenceFrame, start: int) -> bool:
    """Whether the mention at ``start`` follows "to" after a verb of turning to a forum."""
    to = start - 1 - (start > 1 and frame.forms[start - 1] == "the")
    verb = to - 1
    while verb > 0 and frame.forms[verb] in {"the", "case", "matter", "issue", "it"}:
        verb -= 1
    return (
        verb >= 0
        and frame.forms[to] in {"الي", "to"}
        and frame.forms[verb].removeprefix("و").removeprefix("ب") in _RESORTING
    )


_LASTING = {normalize(word) for word in ("تستمر", "يستمر", "ستستمر", "سيستمر", "استمرت", "استمر")}


def _past_duration(frame: SentenceFrame, start: int) -> int:
    """Past a drill's quoted name and a clause of how long it lasts (مناورات «السيف المشترك»
    التي تستمر ثلاثة أيام)."""
    position = start
    if position < len(frame.texts) and frame.texts[position] in _QUOTES:
        closing = next(
            (p for p in range(position + 1, min(position + 6, len(frame.texts)))
             if frame.texts[p] in _QUOTES),
            None,
        )  # fmt: skip
        position = closing + 1 if closing is not None else position
    if frame.forms[position : position + 1] == ["التي"] and (
        frame.forms[position + 1 : position + 2] and frame.forms[position + 1] in _LASTING
    ):
        return position + 2
    return position


def _mission_leader(frame: SentenceFrame, after: int) -> Slot | None:
    """Who leads the force or mission joined, when no actor is joined: انضمت إلى القوة
    البحرية التي تقودها الولايات المتحدة، بقيادة فرنسا, "a naval mission led by France"."""
    for position in range(after + 1, min(after + 6, len(frame.forms) - 1)):
        if _mention_at(frame, position) is not None or frame.texts[position] in _COMMA:
            return None
        form, following = frame.forms[position], frame.forms[position + 1]
        leads = form in _LEADS or (form in _RELATIVE_PRONOUNS and following in _LEADS)
        if leads or (form == "led" and following == "by"):
            start = position + 1 + (form not in _LEADS)
            return _mention_at(frame, start)
    return None


# "Led by": بقيادة، التي تقودها، "led by".
_LEADS = {normalize(word) for word in ("بقيادة", "تقودها", "يقودها", "تقوده", "يقوده")}
_RELATIVE_PRONOUNS = {"التي", "الذي"}


# Verbs whose object suffix is the actor addressed: يتهمها، يطالبها، هددها.
_ADDRESSED = {"ACCUSE", "REQUEST", "THREATEN"}


def _suffix_object(frame: SentenceFrame, hit: TriggerHit, skip: frozenset[str]) -> list[str]:
    """The actor an Arabic verb's object suffix stands for: the last one named before it
    that is not its subject's side (تقرير للأمم المتحدة يتهمها بدعم المتمردين، وطالبها
    بسحب جنودها). Not when the suffix stands for an act (وهو ما دانته قطر، حملة اعتقالات
    دانها), nor for a place's adjective (الأراضي الأفغانية)."""
    if frame.lang != "ar" or hit.suffix not in _OBJECT_SUFFIXES:
        return []
    if any(t.pos == "noun" for t in hit.triggers):
        return []  # إدانته: "his condemnation", the suffix its agent
    if hit.start and frame.forms[hit.start - 1] in _RELATIVE_ACT:
        return []
    if hit.start and frame.texts[hit.start - 1] in _COMMA and not hit.prefix:
        return []  # جدّد المجلس، في ختام دورته، إدانته: a verbal noun after an aside
    for position in range(hit.start - 1, max(-1, hit.start - 4), -1):
        other = frame.hit_at[position]
        if other is not None and any(t.pos == "noun" for t in other.triggers):
            return []
    earlier = [
        slot for slot in _named_before(frame, hit.start, skip)
        if not (
            slot.kind == "demonym"
            and (frame.forms[slot.start - 1] in _PLACE_NOUNS
                 or unprefixed(frame.forms[slot.start - 1]) in _REGION_NOUNS)
        )
    ]  # fmt: skip
    return [earlier[-1].key] if earlier else []


# Regions and towns named by their state's adjective (في أربع مناطق أوكرانية): places,
# which an object suffix after them does not stand for.
_REGION_NOUNS = {normalize(word) for word in (
    "مناطق", "منطقة", "مدن", "مدينة", "بلدات", "بلدة", "قرى", "قرية", "محافظات", "محافظة",
    "أقاليم", "إقليم", "ولايات", "مقاطعات", "مقاطعة", "موانئ", "جزر",
)}  # fmt: skip


def _their_object(frame: SentenceFrame, after: int) -> bool:
    """Whether an English attack's object is "their"/"its" something, past its preposition:
    "on their watchtowers", "at one of its boats"."""
    words = frame.forms[after : after + 4]
    if frame.lang == "ar":
        # احتجزت جماعة الحوثي ثمانية من موظفيها: "its staff", the sentence subject's
        return not _AR_PEOPLE_OF.isdisjoint(words)
    if not words or words[0] not in {"on", "at", "against"}:
        return False
    owner = words[3:4] if words[1:3] == ["one", "of"] else words[1:2]
    return owner in (["their"], ["its"])


# An organisation's or a state's people, with a pronoun for whose: موظفيها، مواطنيه،
# مقتل أحد قادته.
_AR_PEOPLE_OF = {
    normalize(people + pronoun)
    for people in ("موظفي", "مواطني", "دبلوماسيي", "رعايا", "جنود", "بحارت", "عناصر", "قادت",
                   "مقاتلي", "أعضاء", "مسؤولي", "كوادر", "ضباط", "قياديي")
    for pronoun in ("ها", "ه", "هم")
}  # fmt: skip


def _purpose_with_object(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """An Arabic verbal noun of helping after لـ ("in order to") with an object suffix:
    لمساعدتها، لدعمه (the suffix is the one helped, not the helper)."""
    return (
        frame.lang == "ar"
        and trigger.pos == "noun"
        and trigger.type in {"AID", "SUPPORT"}
        and _without_article(hit.prefix) == "ل"
        and hit.suffix in _OBJECT_SUFFIXES
    )


# Stances, whose verbal noun's genitive is who holds them.
_STANCES = {"SUPPORT", "ACCUSE", "REJECT", "AGREE"}
# "His/her country", "his/her government" as a verbal noun's genitive.
_HIS_STATE = {normalize(noun + pronoun) for noun in ("بلاد", "حكومت") for pronoun in ("ه", "ها")}


def _preposition_pronoun_object(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """Whether an Arabic verb opening a clause of its own has its object as a
    preposition's pronoun, right before its subject: ورحّبت به وزارة الخارجية الأمريكية
    (in a relative clause the pronoun is the noun before: منظومات زوّدت بها تركيا)."""
    return (
        frame.lang == "ar"
        and trigger.pos == "verb"
        and (
            hit.prefix.startswith(("و", "ف"))
            or (hit.start > 0 and frame.texts[hit.start - 1] in _COMMA)
        )
        and hit.end + 1 < len(frame.forms)
        and frame.forms[hit.end] in _PREPOSITION_PRONOUNS
        and frame.slot_at[hit.end + 1] is not None
    )


# A preposition carrying the object's pronoun: به، عليها، لهم.
_PREPOSITION_PRONOUNS = {
    prep + pronoun
    for prep in ("ب", "ل", "علي", "من", "عن", "مع")
    for pronoun in ("ه", "ها", "هم", "هما")
}


def _named_before(frame: SentenceFrame, position: int, skip: frozenset[str]) -> list[Slot]:
    """The actors named before ``position`` outside ``skip`` (the subject's side): those an
    object pronoun or suffix may stand for, the last one first in line."""
    return [slot for slot in frame.mentions if slot.end <= position and slot.key not in skip]


_RELATIVE_ACT = {"ما", "وهو", "وهي"}


def _other_event_between(frame: SentenceFrame, trigger: Trigger, start: int, end: int) -> bool:
    """Whether an English verbal noun of another type, with its own preposition after it,
    stands between an act of force and an actor: the actor is that noun's complement
    (but "agreed to hold talks with Riyadh", "threatened tariffs on Colombian goods"
    aim the verb where the act it commits to is aimed)."""
    if frame.lang != "en" or trigger.type not in {"ASSAULT", "COERCE", "MOBILIZE"}:
        return False
    for position in range(start, end - 1):
        other = frame.hit_at[position]
        if other is None or other.end != position + 1 or frame.forms[position + 1] not in _EN_PREPS:
            continue
        if any(
            t.pos == "noun" and t.type != trigger.type and frame.forms[position + 1] in t.preps
            for t in other.triggers
        ):
            return True
    return False


# Acts judged by their plans: "rejected any attempt to displace Palestinians" is aimed at
# whoever plans it, not at those it would displace.
_JUDGED_PLANS = {"REJECT", "ACCUSE", "SUPPORT", "PROTEST"}
_ATTEMPTS = {normalize(prefix + word) for prefix in ("", "ال") for word in (
    "خطة", "خطط", "مخطط", "مخططات", "محاولة", "محاولات", "مساع", "مساعي",
)} | {"plan", "plans", "attempt", "attempts", "effort", "efforts", "scheme", "schemes"}  # fmt: skip


def _plan_between(frame: SentenceFrame, start: int, slot: Slot) -> bool:
    """Whether a plan or attempt to do something stands between ``start`` and the actor
    ``slot``, the actor being the object of what it would do (لأي مخططات لتهجير
    الفلسطينيين، خطط تهجير الفلسطينيين، "any attempt to displace Palestinians"); not when
    the plan's maker follows it (خطط إسرائيلية لتهجير، خطة الحكم الذاتي المغربية)."""
    for position in range(start, slot.start - 1):
        if frame.forms[position] not in _ATTEMPTS:
            continue
        purpose = position + 1
        if frame.slot_at[purpose] is not None or frame.hit_at[purpose] is not None:
            continue
        if frame.lang == "en":
            if frame.forms[purpose] == "to":
                return True
        elif frame.forms[purpose].startswith("ل") or _people(frame, slot):
            return True  # (a construct's object is people: خطط تهجير الفلسطينيين)
    return False


def _people(frame: SentenceFrame, slot: Slot) -> bool:
    """An Arabic demonym in the plural, naming people (الفلسطينيين), not an adjective."""
    return slot.kind == "demonym" and frame.forms[slot.end - 1].endswith(("ين", "ون"))


# "With it", "before it" after a closure or cut: معها، أمامها.
_WITH_IT = {normalize(word) for word in ("معها", "معه", "معهم", "أمامها", "أمامه", "أمامهم")}
_OBJECT_PRONOUNS = {"اياه", "اياها", "اياهم", "اياهما", "him", "her", "them"}
# A pronoun after a verb's own preposition: وطلب منه تزويد بلاده ("asked of him"), ثم
# أفرجت عنهم طهران ("released them"): the actor named before it.
_PRONOUN_OBJECTS = {
    "REQUEST": [["منه"], ["منها"], ["منهم"], ["منهما"], ["it"]],  # "urging it to act"
    "RETREAT": [["عنه"], ["عنها"], ["عنهم"], ["عنهما"]],
}


def _past_relative(frame: SentenceFrame, position: int) -> int:
    """After a subject's relative clause set off by commas, where the object may start:
    أدانت حماس، التي تحكم غزة، الغارات; "Iran, which backs the Houthis, accused …"."""
    if position + 1 >= len(frame.forms) or frame.texts[position] not in _COMMA:
        return position
    if frame.forms[position + 1] not in {"التي", "الذي", "الذين", "which", "who"}:
        return position
    for end in range(position + 2, min(position + 12, len(frame.forms))):
        if frame.texts[end] in _COMMA:
            return end + 1
        if frame.texts[end] in _CLAUSE_PUNCT:
            break
    return position


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
            before = frame.forms[slot.start - 1]
            marked = frame.lang == "ar" and (
                any(p in slot.prefix for p in trigger.preps if len(p) == 1)
                or before in trigger.preps  # فرضت بريطانيا على روسيا عقوبات
            )
            # English puts a recipient there ("gave Kyiv weapons"), but before other
            # nouns the actor is whose they are ("restoring UN sanctions").
            if marked or (frame.lang == "en" and trigger.type == "AID"):
                return _keys(frame, slot)
    return []


# What introduces a passive's agent: من قبل، على يد، برصاص الجيش، بنيران القوات، by.
_AGENT_MARKS = ("قبل", "يد", "برصاص", "بنيران", "by")


def _passive(
    frame: SentenceFrame, hit: TriggerHit, trigger: Trigger, speaker: str | None
) -> list[Found]:
    """A passive verb: the subject is acted upon, the agent follows من قبل / على يد / by."""
    agent = _right_mention(
        frame, _past_predicative(frame, hit.end), max_gap=14, preps=_AGENT_MARKS,
        require_prep=True,
    )  # fmt: skip
    if agent is None and frame.lang == "ar":
        agent = _relative_agent(frame, hit.end)
    if agent is None and frame.lang == "ar":
        agent = _claimed_after(frame, hit.end)
    if agent is None and frame.lang == "ar" and (trigger.pos == "noun" or " " in trigger.form):
        # تعرضت إسرائيل لهجوم صاروخي إيراني: the act's adjective names who did it.
        after = _right_mention(frame, max(hit.end, hit.reach), max_gap=1)
        if after is not None and after[0].kind == "demonym" and not after[0].prefix:
            agent = after
    patient = _undergoer(frame, hit) or _left_subject(frame, hit.start, max_gap=3)
    if patient is not None and patient.state and frame.lang == "en":
        # "Houthi military sites in and around the Yemeni capital Sanaa were hit": the
        # sites were, not the place they stand in.
        opening = _clause_subject(frame, hit.start, max_words=1)
        between = range(opening.end, patient.start) if opening is not None else range(0)
        if any(frame.forms[p] in _EN_LOCATIVE for p in between) and not any(
            frame.hit_at[p] for p in between
        ):  # (not "Hamas freed four hostages in exchange for prisoners released by Israel")
            patient = opening
    if patient is None and frame.lang == "en":
        # "Islamic State hideouts in the Hamrin mountains were pounded": the clause's subject.
        patient = _clause_subject(frame, hit.start, max_words=1)
    if patient is None and frame.lang == "en" and trigger.type == "REQUEST":
        # "completing a withdrawal demanded by the junta": who was to withdraw.
        patient = _demanded_act_agent(frame, hit)
    if patient is None and frame.lang == "ar":
        # استُهدفت مواقع رادار ومخازن صواريخ تابعة للحوثيين: the owner of what was hit.
        right = _right_mention(frame, hit.end, max_gap=5)
        patient = right[0] if right else None
    negated = _negated(frame, hit.start)
    if agent and patient is None and trigger.type in _JUDGED_ACTS:
        about = _judged_act(frame, hit)
        if about:
            # "The strikes were condemned by Egypt", "a campaign condemned as inhumane by
            # the Taliban": whoever did the act is the target (see resolve_discourse).
            return [
                Found(source.key, trigger.type, "", hit.start, hit.end, 0.6, negated, speaker,
                      about)
                for source in _coordinated(frame, agent[0])
            ]  # fmt: skip
    if patient and not agent:
        # قُتل 12 جندياً عراقياً في هجوم انتحاري: an act with no agent yet, which a
        # later claim of responsibility may take up (see resolve_discourse).
        return [
            Found("", trigger.type, target.key, hit.start, hit.end, 0.5, negated, speaker)
            for target in _coordinated(frame, patient)
        ]
    if not (agent and patient):
        return []
    return [
        Found(source.key, trigger.type, target.key, hit.start, hit.end, 0.75, negated, speaker)
        for source in _coordinated(frame, agent[0])
        for target in _coordinated(frame, patient)
        if source.key != target.key
    ]


# Prepositions of place: what follows them is where something stands, not the thing.
_EN_LOCATIVE = {"in", "near", "around", "outside", "at", "across"}


def _pushed(frame: SentenceFrame, position: int) -> list[str]:
    """Whoever a clause before ``position`` says was driven to act (ما دفع الصين إلى فرض
    حظر, "prompting Guterres to appeal"): they are the ones acting after it."""
    if frame.lang != "ar":
        return _prompted(frame, position)
    for before in range(position - 1, max(-1, position - 20), -1):
        if frame.texts[before] in {".", "؟", "!"}:
            return []
        if frame.forms[before].removeprefix("م") not in {"دفع", "دفعت"}:
            continue
        found = _right_mention(frame, before + 1, max_gap=0, subject=True)  # past titles
        slot = found[0] if found is not None else None
        pushed = slot is not None and slot.end < len(frame.forms) and frame.forms[slot.end] == "الي"
        return _keys(frame, slot) if pushed else []
    return []


# English verbs of driving someone to act: "prompting Guterres to appeal to both sides".
_PROMPTING = {"prompt", "prompting", "prompted", "force", "forcing", "forced", "push", "pushing",
              "pushed", "spur", "spurring", "spurred", "lead", "leading", "led"}  # fmt: skip


def _prompted(frame: SentenceFrame, position: int) -> list[str]:
    """The actor an English verb of driving names before "to" and the verb at
    ``position``: "…, prompting U.N. Secretary-General Antonio Guterres to appeal"."""
    if position < 3 or frame.forms[position - 1] != "to":
        return []
    slot = frame.slot_at[position - 2]
    if slot is None and position - 2 in frame.roles:
        # "prompting Lebanon's foreign ministry to": the state before the title
        slot = _actor_before_titles(frame, position - 1)
    if slot is None:
        return []
    start = slot.start
    while start > 0 and (start - 1 in frame.roles or frame.forms[start - 1] in {"the", "'s"}):
        start -= 1
    if start and frame.slot_at[start - 1] is not None:  # "U.N. Secretary-General …"
        start = frame.slot_at[start - 1].start
    return _keys(frame, slot) if start and frame.forms[start - 1] in _PROMPTING else []


def _undergoer(frame: SentenceFrame, hit: TriggerHit) -> Slot | None:
    """Who undergoes an Arabic act (تعرّضت مواقع لجماعة الحوثي … لغارات): the first actor
    after the verb of undergoing that is not a place (في الحديدة)."""
    if frame.lang != "ar":
        return None
    verb = _undergoing_verb(frame, hit.start)
    if verb is None:
        return None
    for slot in frame.mentions:
        if verb < slot.start < hit.start and frame.forms[slot.start - 1] != "في":
            return slot
    return None


def _demanded_act_agent(frame: SentenceFrame, hit: TriggerHit) -> Slot | None:
    """Who does the act a passive of demanding follows: "a withdrawal demanded by Niamey"
    (its own agent, else the subject the sentence opens with: "French troops left Niger,
    completing a withdrawal demanded by the junta")."""
    act = frame.hit_at[hit.start - 1] if hit.start else None
    if act is None or not any(t.pos == "noun" for t in act.triggers):
        return None
    owner = _noun_source(frame, act)
    if owner is None and frame.mentions and frame.mentions[0].start <= 3:
        owner = frame.mentions[0]
    return owner


def _past_predicative(frame: SentenceFrame, position: int) -> int:
    """Past "as <a few words>" before "by": "dismissed as baseless by Israel" (the "as"
    would otherwise end the search as a conjunction)."""
    if position >= len(frame.forms) or frame.forms[position] != "as":
        return position
    for by in range(position + 1, min(position + 6, len(frame.forms))):
        if frame.texts[by] in _COMMA:
            break
        if frame.forms[by] == "by":
            return by
    return position


# Passive verbs that judge an act, and so target whoever did it.
_JUDGED_ACTS = {"ACCUSE", "REJECT", "SUPPORT"}


def _judged_act(frame: SentenceFrame, hit: TriggerHit) -> str:
    """What an English passive of judging is about when its subject is an act, not an
    actor: the type of "the strikes were condemned", "*" for "the decision was welcomed"
    and for "…, a move condemned by"."""
    if frame.lang != "en":
        return ""
    position = hit.start - 1
    while position >= 0 and (frame.forms[position] in _EN_BE or frame.forms[position] in {
        "have", "has", "had", "widely", "strongly", "also", "swiftly", "quickly", "later",
    }):  # fmt: skip
        position -= 1
    if position < 1 or frame.forms[position - 1] not in {"the", "this", "these", "a", "an"}:
        return ""
    if frame.cues.get(position) == "event_anaphor":
        return "*"
    noun = frame.hit_at[position]
    if noun is None or frame.forms[position - 1] in {"a", "an"}:
        return ""
    nouns = [t.type for t in noun.triggers if t.pos == "noun"]
    return nouns[0] if nouns else ""


# Verbs of claiming an attack, with its pronoun: هجوم …، تبنّاه تنظيم «داعش».
_CLAIMED_IT = {normalize(word) for word in (
    "تبناه", "تبناها", "وتبناه", "وتبناها", "تبنته", "تبنتها", "وتبنته", "وتبنتها",
)}  # fmt: skip


def _claimed_after(frame: SentenceFrame, start: int) -> tuple[Slot, int] | None:
    """Who claims, later in the sentence, the attack a passive reports: قُتل خمسة جنود في
    هجوم استهدف كميناً جنوب رفح، تبنّاه تنظيم «داعش» (the claimant carried it out)."""
    for position in range(start, min(start + 30, len(frame.forms) - 1)):
        if frame.stops[position]:
            return None
        if frame.forms[position] in _CLAIMED_IT:
            return _right_mention(frame, position + 1, max_gap=1, subject=True)
    return None


def _relative_agent(frame: SentenceFrame, start: int, reach: int = 14) -> tuple[Slot, int] | None:
    """The subject of a verb that takes up the means of a passive: قُتل جنديان بصاروخ
    أطلقه حزب الله، قُتل أربعة جنود في هجوم شنّه مسلحون من حزب العمال."""
    for position in range(start, min(start + reach, len(frame.forms))):
        if frame.stops_at_comma[position]:
            return None
        form = frame.forms[position]
        stem = form[:-2] if form.endswith("ها") else form[:-1] if form.endswith("ه") else ""
        if stem in _CARRIED_OUT:
            agent = _right_mention(frame, position + 1, max_gap=2, subject=True)
            return agent if agent is not None else _belonging_fighters(frame, position + 1)
    return None


# Fighters named by the group they belong to: مسلحون ينتمون إلى تنظيم الدولة الإسلامية.
_FIGHTERS = {normalize(word) for word in (
    "مسلحون", "مسلحين", "عناصر", "مقاتلون", "مقاتلين", "متشددون", "متشددين",
)}  # fmt: skip
_BELONGING_TO = {normalize(word) for word in (
    "ينتمون", "ينتمي", "منتمون", "منتمين", "المنتمين", "تابعون", "تابعين", "التابعين",
)}  # fmt: skip


def _belonging_fighters(frame: SentenceFrame, position: int) -> tuple[Slot, int] | None:
    """The group of fighters named as belonging to it: هجوم شنّه مسلحون ينتمون إلى تنظيم
    الدولة الإسلامية (the group, not the gunmen)."""
    if (
        position + 2 >= len(frame.forms)
        or frame.forms[position] not in _FIGHTERS
        or frame.forms[position + 1] not in _BELONGING_TO
    ):
        return None
    return _right_mention(frame, position + 2, max_gap=1)


# Verbs of carrying out an attack, with a suffix for the attack: شنّه، نفذها، أطلقه; of
# extending an invitation or request: دعوةً وجّهتها موسكو، طلباً قدّمه; and of leading or
# conducting a mediation: وساطة قادتها الكويت، أجرتها الإمارات; of organising a protest:
# تظاهرات نظمها آلاف النيجريين; of filing a suit: دعوى رفعتها جنوب أفريقيا.
_CARRIED_OUT = {"شن", "شنت", "نفذ", "نفذت", "اطلق", "اطلقت", "ارتكب", "ارتكبت", "تبني", "تبنا",
                "تبنت", "نصب", "نصبت", "زرع", "زرعت", "فرض", "فرضت", "وجه", "وجهت", "قدم",
                "قدمت", "قاد", "قادت", "اجرا", "اجرت", "بذل", "بذلت", "نظم", "نظمت",
                "نظموا", "رفع", "رفعت", "اعلن", "اعلنت",
                # (and the imperfect, and running a patrol: دورية مشتركة يسيّرها البلدان)
                "سير", "سيرت", "يسير", "تسير", "يجري", "تجري", "ينفذ", "تنفذ", "يشن", "تشن",
                "يقود", "تقود", "ينظم", "تنظم", "يفرض", "تفرض"}  # fmt: skip


# Participles of a past signing: the parties after them signed a document, earlier.
_SIGNED = {normalize(word) for word in (
    "الموقع", "الموقعة", "الموقعين", "المبرم", "المبرمة", "signed", "concluded",
)}  # fmt: skip


def _between(frame: SentenceFrame, hit: TriggerHit | None, start: int = -1) -> list[str]:
    """The parties after "بين"/"between" right after a trigger (or ``start``, where no
    trigger need stand: "under a deal between …"), when there are two or more. A mediator
    may stand before them: "talks brokered by Oman between"."""
    start = hit.end if start < 0 and hit is not None else start
    reach = max(start, hit.reach) if hit is not None else start
    position, limit = start, start + 5
    while position < min(limit, len(frame.forms)):
        near = position - reach <= 1  # (right after the trigger's phrase)
        name = _quoted_name_end(frame, position) if near else 0
        if name:
            # مناورات "المحارب" المشتركة بين, التدريب المشترك «نسور النيل 2» بين: the
            # exercise's name in quotes, and the parties after it.
            limit += name - position
            position = name
            continue
        mediator = _mediator(frame, position)
        relative = frame.forms[position] in {"التي", "الذي", "which", "that"}
        if mediator is None and relative and position + 1 < len(frame.forms):
            mediator = _mediator(frame, position + 1)  # المفاوضات التي رعاها الاتحاد بين
        if mediator is not None:
            position = _coordinated(frame, mediator)[-1].end
            continue
        if frame.forms[position] in {"بين", "between"}:
            # بين وفد من جماعة الحوثي ومسؤولين سعوديين, "between the Israeli and …":
            # a determiner, a delegation's title and its "of" come before the party.
            party = position + 1
            while party < min(position + 5, len(frame.forms)) and (
                frame.forms[party] in {"the", "من", "of", "from"}
                or party in frame.roles
                # بين الجانبين الروسي والأوكراني (but بين الطرفين alone: the two named before)
                or (frame.forms[party] in _OBLIQUE_DUALS and frame.slot_at[party] is None)
            ):
                party += 1
            slot = _mention_at(frame, party)
            if slot is not None:
                keys = list(dict.fromkeys(_keys(frame, slot)))
                return keys if len(keys) > 1 else []
            return []
        if (
            frame.stops_at_comma[position]
            or _mention_at(frame, position)
            or frame.texts[position] in _QUOTES  # الاتفاق «يعكس عمق الشراكة بين البلدين»
            or frame.forms[position] in _SIGNED  # ضربة لمذكرة التفاهم الموقعة بين الجانبين
            or _infinitive_at(frame, position)  # "offered to mediate between": the verb's
        ):
            return []  # a trigger may stand between: اتفاق لوقف إطلاق النار بين …
        position += 1
    return []


def _quoted_name_end(frame: SentenceFrame, position: int) -> int:
    """After a short name in quotes opening at ``position`` (one to four words, no act and
    no actor inside), the position past its closing quote; else 0."""
    if frame.texts[position] not in _QUOTES:
        return 0
    for end in range(position + 2, min(position + 6, len(frame.forms))):
        if frame.texts[end] in _QUOTES:
            inside = range(position + 1, end)
            plain = not any(frame.hit_at[p] or frame.slot_at[p] or frame.stops[p] for p in inside)
            return end + 1 if plain else 0
    return 0


def _infinitive_at(frame: SentenceFrame, position: int) -> bool:
    """ "to" and a verb of going between ("offered to mediate", "to broker talks"): the
    parties after "between" are that verb's, not those of the trigger before "to"."""
    return (
        frame.forms[position] == "to"
        and position + 1 < len(frame.forms)
        and frame.forms[position + 1] in _GOING_BETWEEN
    )


_GOING_BETWEEN = {"mediate", "broker", "facilitate", "host", "sponsor"}


def _mediator(frame: SentenceFrame, position: int) -> Slot | None:
    """The actor of "brokered by Oman", "mediated by the UAE", or of a relative verb of
    hosting or sponsoring (محادثات استضافتها بكين، رعتها الدوحة) starting at ``position``."""
    if frame.lang == "ar":
        verb = frame.hit_at[position]
        if verb is None or verb.suffix not in {"ها", "ه"} or verb.start != position:
            return None
        if not any(t.type == "CONSULT" and t.pos == "verb" for t in verb.triggers):
            return None
        agent = verb.end + (frame.forms[verb.end : verb.end + 1] == ["العاصمه"])
        return _mention_at(frame, agent)  # (استضافتها العاصمة الصينية: the capital's state)
    if frame.forms[position] not in _MEDIATING:
        return None
    by = position + 1
    if by >= len(frame.forms) or frame.forms[by] != "by":
        return None
    agent = by + 1
    while agent < len(frame.forms) and (frame.forms[agent] == "the" or agent in frame.roles):
        agent += 1  # "hosted by Secretary of State Marco Rubio": past the title
    return _mention_at(frame, agent) if agent < len(frame.forms) else None


def _mediated(
    frame: SentenceFrame, hit: TriggerHit, parties: list[str], speaker: str | None
) -> list[Found] | None:
    """ "a swap mediated by the UAE", "talks brokered by Oman between A and B": the
    mediator deals with each party (those after "between", else the main clause's)."""
    mediator = _mediator(frame, hit.start)
    if mediator is None:
        return None
    parties = _between(frame, hit, mediator.end) or parties
    negated = _negated(frame, hit.start)
    if not parties:
        # "The swap was mediated by the UAE": the parties were told before (see discourse).
        return [
            Found(key, "CONSULT", "", hit.start, hit.end, 0.6, negated, speaker, about="mediated")
            for key in _keys(frame, mediator)
        ]
    return [
        Found(key, "CONSULT", party, hit.start, hit.end, 0.7, negated, speaker)
        for key in _keys(frame, mediator)
        for party in parties
        if party != key
    ]


_SETTING_PREPS = {"at", "during", "in", "after", "following", "خلال", "في", "اثناء", "ختام",
                  "نهايه", "هامش"}  # fmt: skip
_SPELLS = {"days", "weeks", "months", "hours", "years", "rounds", "round", "day", "week"}
_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
           "a", "the", "months", "weeks", "marathon", "lengthy", "intense"}  # fmt: skip


def _setting(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """A meeting noun that sets the scene of the verb before it: at talks, خلال قمة.

    So does the parties' own meeting: خلال لقائهما، "during their talks".
    """
    before = frame.forms[hit.start - 1] if hit.start else ""
    if before in {"a", "an", "the", "جوله"} and hit.start > 1:
        before = frame.forms[hit.start - 2]  # "at a summit in Ankara", في ختام جولة مفاوضات
    if before == "of" and hit.start > 3 and frame.forms[hit.start - 2] in _SPELLS:
        # "following four days of talks", "after two rounds of talks"
        back = hit.start - 3
        if frame.forms[back].isdigit() or frame.forms[back] in _COUNTS:
            back -= 1
        before = frame.forms[back]
    if hit.suffix in {"هما", "هم"}:
        return True
    if before == "their" and hit.start > 1:
        return frame.forms[hit.start - 2] in _SETTING_PREPS
    agentless = not hit.suffix and _noun_source(frame, hit) is None
    return agentless and before in _SETTING_PREPS


# Acts done at an embassy are done to the state it represents: "marched to the British
# embassy", تظاهروا أمام السفارة الإسرائيلية، اقتحمت الشرطة السفارة المكسيكية.
_AT_EMBASSY = {"PROTEST", "ASSAULT", "COERCE"}
_EMBASSIES = {"embassy", "consulate", "السفاره", "سفاره", "القنصليه", "قنصليه"}


def _embassy_owner(frame: SentenceFrame, start: int, reach: int = 6) -> list[str]:
    """The state whose embassy stands within ``reach`` words after ``start``, if any."""
    for position in range(start, min(start + reach, len(frame.forms))):
        if frame.stops_at_comma[position]:
            return []
        if frame.forms[position] not in _EMBASSIES:
            continue
        if frame.lang == "ar":
            slot = _mention_at(frame, position + 1)
        else:
            before = position - 2 if frame.forms[position - 1] in {"'s", "’s"} else position - 1
            slot = _mention_at(frame, before)
            after = position + 1
            if slot is None and after < len(frame.forms) and frame.forms[after] == "of":
                slot = _mention_at(frame, position + 2)
        return [slot.key] if slot is not None else []
    return []


def _threatened_if(frame: SentenceFrame, hit: TriggerHit, sources: list[str]) -> list[str]:
    """The actor a threat is conditioned on: هددت بـ… إذا واصلت إيران، "threatened … if Iran"."""
    own = _own_side(frame, sources)  # (not "if the North's sovereignty", the threatener's)
    for position in range(hit.end, min(hit.end + 20, len(frame.forms))):
        if frame.cues.get(position) == "condition":
            for after in range(position + 1, min(position + 4, len(frame.forms))):
                slot = _mention_at(frame, after)
                if slot is not None and slot.key not in own and slot.side not in own:
                    return _keys(frame, slot)
            return []
        if frame.stops[position] and frame.forms[position] not in {"that", "ان", "بان"}:
            return []  # "warned that Ankara would … unless the SDF": the threat's own clause
    return []


def _past_destination(frame: SentenceFrame, hit: TriggerHit) -> int:
    """Past where an Arabic verb of arriving goes, when that comes before its subject:
    وصل إلى الرياض وفد من جماعة الحوثي."""
    place = frame.slot_at[hit.end + 1] if hit.end + 1 < len(frame.forms) else None
    if (
        place is None
        or place.start != hit.end + 1
        or frame.forms[hit.end] not in {"الي", "من"}
        or not any(t.form.split()[0] in _ARRIVE for t in hit.triggers)
    ):
        return hit.end
    if place.end < len(frame.forms) and frame.texts[place.end] == "،":
        return _adverbial_insertion(frame, place.end) or place.end  # …، مساء الأحد، وفد
    return place.end


# Words that begin with ب without being the preposition on a verbal noun.
_NOT_WITH = {normalize(word) for word in ("بعد", "بين", "بيان", "بشأن", "بسبب", "بحسب", "بلاده")}
# Relatives that open a clause of its own inside what a threat threatens: بالرد على ما وصفته.
_CLAUSE_RELATIVES = {"ما", "بما", "الذي", "التي"}


def _verb_hit(frame: SentenceFrame, position: int) -> bool:
    """Whether a trigger read as a verb starts at ``position`` (not a noun, nor a verbal
    noun behind a preposition: لفرض رسوم جمركية)."""
    hit = frame.hit_at[position]
    return (
        hit is not None
        and any(t.pos != "noun" for t in hit.triggers)
        and not _prep_clitic(hit.prefix)
    )


def _threat_content(frame: SentenceFrame, end: int) -> int | None:
    """Where what an Arabic threat threatens begins, after the threatener and any aside:
    لوّح الرئيس الصومالي، الخميس، بالمطالبة بسحب القوات."""
    position = end
    while position < min(end + 14, len(frame.forms)):
        slot = frame.slot_at[position]
        if slot is not None or position in frame.roles:
            position = slot.end if slot is not None else position + 1  # the threatener
            continue
        if frame.texts[position] == "،":
            skipped = _adverbial_insertion(frame, position)
            if skipped is None:
                return None
            position = skipped
            continue
        form = frame.forms[position]
        if form.startswith("ب") and len(form) > 2 and form not in _NOT_WITH:
            return position
        return None
    return None


def _threat_span(frame: SentenceFrame, end: int) -> range:
    """The words of what an Arabic threat ending at ``end`` threatens: its ب-phrase, up to
    a comma, a condition or negation (… ما لم تستأنف طهران), or a verb or relative of its
    own (فتوعّدت بالرد وطالبت مجلس الأمن); a that-clause's verb is what it threatens
    (هدّد بأن بلاده «ستضرب بقوة» في لبنان)."""
    start = _threat_content(frame, end) if frame.lang == "ar" else None
    if start is None:
        return range(0)
    that = frame.forms[start].startswith("بان")
    stop = start
    while stop < min(start + 12, len(frame.forms)):
        if frame.stops_at_comma[stop] or frame.cues.get(stop) in {"condition", "negation"}:
            break
        if not that and (_verb_hit(frame, stop) or frame.forms[stop] in _CLAUSE_RELATIVES):
            break
        stop += 1
    return range(start, stop)


def _inside_threat(frame: SentenceFrame, threat_end: int, position: int) -> bool:
    """Whether ``position`` lies in what a threat ending at ``threat_end`` threatens."""
    return position in _threat_span(frame, threat_end)


def _threatened_with(frame: SentenceFrame, hit: TriggerHit, sources: list[str]) -> list[str]:
    """Whom what an Arabic threat threatens is aimed at: لوّح بتدخل عسكري مباشر في ليبيا،
    بعملية برية وشيكة ضدها، بالمطالبة بسحب القوات الإثيوبية."""
    own = _own_side(frame, sources)
    span = _threat_span(frame, hit.end)
    for position in span:
        slot = frame.slot_at[position]
        if (
            slot is not None
            and slot.start == position
            and slot.key not in own
            and slot.side not in own
            and not _resorted_to(frame, position)
        ):
            return [key for key in dict.fromkeys(s.key for s in _coordinated(frame, slot))
                    if key not in own]  # fmt: skip
    return []


def _warned_of(frame: SentenceFrame, hit: TriggerHit, sources: list[str]) -> list[str]:
    """The actor a warning's that-clause names ("warned that joint U.S.-South Korean drills
    would be met with …", "any troops the two countries sent", حذّر من أن …), the first
    not on the warner's side, before the clause ends."""
    # Past an Arabic subject: حذّر وزير الدفاع الإسرائيلي من أن (and a long title and the
    # occasion: حذّر نائب الأمين العام لحزب الله الشيخ نعيم قاسم في خطاب متلفز من أن).
    # (and past an aside: حذّرت الوزارة، في بيان نقلته الوكالة الرسمية، من أن)
    position = hit.end
    while position < min(hit.end + 20, len(frame.forms)):
        if frame.forms[position] in {"that", "ان", "بان"}:
            break
        if frame.texts[position] == "،" and frame.lang == "ar":
            skipped = _adverbial_insertion(frame, position)
            if skipped is None:
                return []
            position = skipped
            continue
        if frame.stops_at_comma[position]:
            return []
        position += 1
    if position >= len(frame.forms) or frame.forms[position] not in {"that", "ان", "بان"}:
        return []
    own = _own_side(frame, sources)
    for ahead in range(position + 1, min(position + 12, len(frame.forms))):
        if frame.stops_at_comma[ahead]:
            return []
        slot = _mention_at(frame, ahead)
        if slot is not None and slot.key not in own and slot.side not in own:
            return [key for key in dict.fromkeys(s.key for s in _coordinated(frame, slot))
                    if key not in own]  # fmt: skip
    return []


def _agent_after_from(frame: SentenceFrame, hit: TriggerHit) -> bool:
    position = hit.end
    return position < len(frame.forms) and frame.forms[position] == "from"


def _object_noun(frame: SentenceFrame, position: int) -> TriggerHit | None:
    """The verbal noun standing as a verb's direct object at ``position`` (after "the")."""
    if frame.lang == "en" and position < len(frame.forms) and frame.forms[position] in {
        "the", "its", "their", "his", "her", "this", "these", "that", "those",
    }:  # fmt: skip
        position += 1
        # (past a quote mark and an adjective or two: the "illegal detention", the
        # unprovoked attack; not a count: the 25 percent tariffs Washington has slapped)
        for _ in range(3 if frame.forms[position - 1] == "the" else 0):
            if position + 1 < len(frame.forms) and (
                frame.texts[position] in _QUOTES
                or (frame.texts[position].isalpha() and _plain_modifier(frame, position))
            ):
                position += 1
    if not _noun_at(frame, position):
        return None
    return frame.hit_at[position]


def _past_described_as(frame: SentenceFrame, position: int) -> int:
    """Past بما وصفته بـ«…» to what it names: ونددت الحركة بما وصفته بـ«سياسة الاعتقال»."""
    forms = frame.forms
    if (
        forms[position : position + 1] not in (["بما"], ["ما"])
        or not forms[position + 1 : position + 2]
        or not forms[position + 1].startswith("وصف")
    ):
        return position
    position += 2
    while position < len(forms) and (forms[position] == "ب" or frame.texts[position] in _QUOTES):
        position += 1
    return position


def _past_policy_of(frame: SentenceFrame, position: int) -> int:
    """Past a noun of policy before the act it names: بسياسة الاعتقال، سياسات التهجير."""
    if position + 1 < len(frame.forms) and frame.forms[position].lstrip("وفبل") in _POLICIES:
        return position + 1
    return position


_POLICIES = {normalize(word) for word in ("سياسة", "سياسات")}
# Nouns of a run of acts before the act they name: عمليات الاحتجاز، حملة الاعتقالات.
_CAMPAIGNS = {normalize(word) for word in ("حملة", "حملات", "عملية", "عمليات", "موجة", "سلسلة")}


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
    """The type of a definite object event noun ("the strikes", الضربات), for discourse
    (also past بما وصفته بـ and a noun of policy: بما وصفته بـ«سياسة الاعتقال»)."""
    noun = _object_noun(frame, position)
    if noun is None and position < len(frame.forms) and frame.forms[position] in _CAMPAIGNS:
        noun = _object_noun(frame, position + 1)  # ودان عمليات الاحتجاز، حملة الاعتقالات
    if noun is None and frame.lang == "ar":
        described = _object_noun(frame, _past_policy_of(frame, _past_described_as(frame, position)))
        # (a hostile act only: ورفض ما وصفه بـ"المطالب غير المشروعة" لأديس أبابا names
        # its demands' maker after them)
        if described is not None and any(t.type in _HOSTILE_ACTS for t in described.triggers):
            noun = described
    if noun is None or _noun_source(frame, noun) is not None:
        return ""
    if frame.lang == "en" and _passive_light_agent(frame, noun.end) is not None:
        return ""  # "the strikes carried out by Israel": named here, no anaphor
    definite = "ال" in noun.prefix if frame.lang == "ar" else frame.forms[position] in {
        "the", "this", "these", "that", "those",
    }  # fmt: skip
    nouns = [t for t in noun.triggers if t.pos == "noun"]
    return nouns[0].type if definite and nouns else ""


# Verbs that answer a demand or offer: what they answer was addressed to their subject.
_ANSWERS = {"REJECT", "AGREE", "CONCEDE"}


def _answered(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """A verbal noun with its own agent that a rejection, acceptance or concession takes
    (its agent next to it, or in a relative clause: رفضت دعوةً وجّهتها موسكو)."""
    if _noun_source(frame, hit) is None and (
        _relative_agent(frame, max(hit.end, hit.reach), reach=3) is None
    ):
        return False
    return any(f.type in _ANSWERS and _object_of(frame, f.trigger_end, hit.start) for f in found)


def _object_of(frame: SentenceFrame, verb_end: int, noun_start: int) -> bool:
    """Whether only the noun's own modifiers stand between a verb and a verbal noun.

    "rejected a U.S. request", رفضت طهران طلباً, "dismissed the Russian defence
    ministry's allegations": determiners, actors, titles and the possessive.
    """
    if not 0 <= noun_start - verb_end <= 24:
        return False
    # رفضت طهران، الأحد، دعوة فرنسا; ، على لسان المتحدث باسمها،: when or how, not the object
    asides = range(max(verb_end, _before_aside(frame, noun_start)), noun_start)
    if noun_start - verb_end - len(asides) > 9:
        return False
    if any(
        frame.forms[i] in _SETTING_PREPS for i in range(verb_end, noun_start) if i not in asides
    ):
        return False  # "reopen their border following three days of talks": a setting
    return all(
        i in asides
        or frame.forms[i] in _EN_DETERMINERS | {"'s", "’s"}
        or i in frame.roles
        or _mention_at(frame, i) is not None
        or _adjective(frame, i)
        or frame.texts[i] == "-"  # "high-level dialogue"
        or frame.texts[i + 1] == "-"
        or frame.forms[i] in _EVENT_FRAMES  # رحّبت باستئناف المحادثات
        or frame.forms[i] in _CAMPAIGNS  # دان عمليات الاحتجاز
        or frame.forms[i] in _AR_MANNER_WORDS  # دانت بأشد العبارات اقتحام
        or frame.forms[i] in _AR_ADVERBS  # طلبت ليبيا رسمياً مساعدة
        # the subject's own adjective: رفضت هيئة التفاوض السورية المعارضة دعوةً
        or (frame.lang == "ar" and frame.forms[i].startswith("ال") and _mention_at(frame, i - 1))
        or (frame.forms[i] in {"علي", "to"} and _request_at(frame, noun_start))  # على طلب
        for i in range(verb_end, noun_start)
    )


def _request_at(frame: SentenceFrame, position: int) -> bool:
    """Whether a noun of asking stands at ``position`` (what agreeing to answers)."""
    hit = frame.hit_at[position]
    return hit is not None and any(t.type == "REQUEST" for t in hit.triggers)


# Adverbs that stand between a verb's subject and its object: طلبت ليبيا رسمياً مساعدة.
_AR_ADVERBS = {normalize(word) for word in (
    "رسمياً", "رسميا", "مجدداً", "مجددا", "أيضاً", "ايضا", "علناً", "علنا", "اليوم", "أمس",
)}  # fmt: skip


# Nouns that frame an event without being one: "the resumption of talks", باستئناف المحادثات.
_EVENT_FRAMES = {normalize(word) for word in (
    "استئناف", "باستئناف", "بدء", "ببدء", "انطلاق", "بانطلاق", "استمرار", "باستمرار", "مواصلة",
    "بمواصلة", "resumption", "start", "launch", "continuation", "of",
)}  # fmt: skip


def _adjective(frame: SentenceFrame, position: int) -> bool:
    """An English word that can only modify the noun after it: "a direct appeal", "a new
    proposal" (no preposition, trigger or clause word)."""
    form = frame.forms[position]
    return (
        frame.lang == "en"
        and form.isalpha()
        and form not in _EN_PREPS
        and not frame.stops_at_comma[position]
        and frame.hit_at[position] is None
    )


def _in_clause_of(frame: SentenceFrame, verb_end: int, position: int) -> bool:
    """Whether a noun is the object of the verb just before it (or of its "with").

    "retaliated with a one-year ban" yes; "a request for talks on fighting" no:
    nothing but modifiers, and no other event word, may stand between.
    """
    if verb_end < 0 or position < verb_end:
        return False
    # (quote marks round a name are no words: مقتل 40 عنصراً من حركة «الشباب» في عملية)
    if sum(frame.texts[i] not in _QUOTES for i in range(verb_end, position)) > 8:
        return False
    if any(frame.stops_at_comma[verb_end:position]):
        return False
    return not any(
        _trigger_at(frame, i) or (frame.forms[i] in _EN_PREPS and frame.forms[i] != "with")
        for i in range(verb_end, position)
    )


def _flown_over(frame: SentenceFrame, start: int) -> bool:
    """Whether an English place or actor at ``start`` is what a missile flew over or across
    ("over Japan", "over the northern island of Hokkaido"), a few words back."""
    if frame.lang != "en":
        return False
    for position in range(start - 1, max(-1, start - 6), -1):
        word = frame.forms[position]
        if word in {"over", "across"}:
            return True
        if word in _EN_PREPS - {"of"} or frame.stops_at_comma[position]:
            return False
    return False

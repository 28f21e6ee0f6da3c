"""find_interactions: every interaction one sentence asserts or denies."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from kg.lang.ar.ambiguity import unprefixed
from kg.lang.ar.normalize import normalize
from kg.lexicon import LanguageLexicon, Trigger
from kg.mentions import ar_stems
from kg.model import EVENT_TYPES
from kg.relations.arguments import (
    _ANSWERS,
    _AT_EMBASSY,
    _EMBASSIES,
    _SUBORDINATORS,
    _agent_after_from,
    _agreeing_on_measures,
    _answered,
    _antecedent,
    _aside_before,
    _between,
    _complement,
    _cue_verb_subject,
    _definite_event,
    _embassy_owner,
    _governing_verb,
    _in_clause_of,
    _inserted_date,
    _inside_phrase,
    _inside_threat,
    _mediated,
    _mediator,
    _named_before,
    _noun_sources,
    _object_noun,
    _object_of,
    _object_of_verbal,
    _own_side,
    _passive,
    _passive_light_agent,
    _past_described_as,
    _past_destination,
    _possessed_event,
    _prompted,
    _pushed,
    _relative_agent,
    _setting,
    _target_before_noun,
    _targets,
    _threat_content,
    _threatened_if,
    _threatened_with,
    _verb_sources,
    _warned_of,
)
from kg.relations.frame import Found, SentenceFrame, Slot, TriggerHit, quote_opening
from kg.relations.reading import _adjective_before, _announced_with_agent, _is_passive, _pos
from kg.relations.scope import (
    _alleged,
    _complement_of,
    _complement_of_negated,
    _denied_charge,
    _hypothetical,
    _negated,
    _refused,
    _requested,
    _speaker_for,
    _speakers,
    _words_between,
)
from kg.relations.search import (
    _AR_MEDIATION,
    _DEATHS,
    _MEDIATING,
    _actor_before_titles,
    _adverbial_insertion,
    _clause_subject,
    _coordinated,
    _coordination_head,
    _crowd_noun,
    _en_taking_part,
    _keys,
    _leaving,
    _left_subject,
    _means_maker,
    _mention_at,
    _noun_at,
    _noun_source,
    _past_participant,
    _placed,
    _plain_modifier,
    _prep_clitic,
    _relative_clause_subject,
    _right_mention,
    _sentence_subject,
    _titled_mention,
)
from kg.relations.words import (
    _AGAINST,
    _AR_MANNER,
    _AR_MANNER_WORDS,
    _AR_PREPS,
    _ARRIVE,
    _BELONGING,
    _CLAUSE_PUNCT,
    _COMMA,
    _COMPLICIT,
    _CONSTITUTING,
    _CROWD_COUNTS,
    _DRAWING,
    _EN_DETERMINERS,
    _EN_PREPS,
    _EN_WEEKDAYS,
    _ENVOYS,
    _EXPRESSING,
    _FOLLOWING,
    _HEADING,
    _HOSTILE_ACTS,
    _JUDGING_COPULAS,
    _LOCATIVE,
    _MEASURE_NOUNS,
    _OBJECT_SUFFIXES,
    _OBLIGING,
    _OPERATION_NOUNS,
    _OPPOSING,
    _QUOTES,
    _SETTLEMENTS,
    _SIMILAR,
    _TALLIES,
    _THIS_ACT,
    _TRUCES,
)

__all__ = ["find_interactions"]

# Verbs of denying or reporting, whose subject a verb joined after them shares.
_SPEAKING = frozenset({"denial", "report"})


# Done by coordinated actors with no target, these are done to each other: SUPPORT is
# signing a pact together, RETREAT a ceasefire or a prisoner exchange.
_RECIPROCAL = {"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "RETREAT"}
_JOINING = {"COOPERATE", "CONSULT", "AGREE"}


def find_interactions(frame: SentenceFrame, lexicon: LanguageLexicon) -> list[Found]:
    """Every interaction one sentence asserts or denies, with its trigger position.

    Pure: reads the frame, returns plain records; the caller adds offsets. An
    interaction whose target is not found is returned with ``target == ""`` so
    that discourse rules (a refusal answering an earlier request) can use it.

    Each trigger in turn: skip it unless it is asserted, choose its reading, take
    its sources, then its targets, then whether it is negated.
    """
    frame.index()
    found: list[Found] = []
    speakers = _speakers(frame)
    last_group: list[str] = []  # the last verb's subjects
    last_verb_end = -1
    skip_positions: set[int] = set()
    # Where a deal's mediation is named ("brokered by Qatar", بوساطة قطرية), and whether
    # the word can only mean mediating (رعاية is also "sponsoring" terrorism).
    mediations: dict[int, bool] = {}
    # "hit back at a U.S. law": answers that are no attack, dropped once the sentence is read
    # (what they answer with still takes its agent from them)
    answers_in_kind: set[int] = set()
    # Words a split phrase reaches over: "lodged a formal protest".
    # (But not "brokered" in "signed a U.S.-brokered peace declaration": a mediation.)
    # (Not a verb's phrase after a determiner, which is no verb: "at the end of talks".)
    # (But not an occasion set off by commas that the phrase reaches over: وقّع بوتين وكيم،
    # خلال زيارة الأول إلى بيونغ يانغ، معاهدة: the visit is an act of its own.)
    inside_phrase = {
        p for other in frame.triggers for p in range(other.start + 1, other.reach)
        if frame.texts[p - 1] != "-" and not _verb_after_determiner(frame, other)
    } - frame.occasions  # fmt: skip
    for hit in frame.triggers:
        if _skipped(frame, hit, found, skip_positions, inside_phrase):
            continue
        trigger = _pos(frame, hit)
        suspension = _suspension(frame, hit, trigger)
        if suspension is not None:
            # أعلنت إيران تعليق تعاونها مع الوكالة: suspending ties reduces them. (A
            # suspension a few words back, تعليق صرف الشريحة الثانية من الدعم, is where
            # the act's phrase starts: its maker is found from there.)
            trigger = Trigger("SANCTION", "noun", trigger.preps, trigger.form)
            if suspension < hit.start - 1:
                hit = replace(hit, start=suspension, prefix="", stem="")
        if _only_warned_of(frame, hit, found):
            # "warned that it would impose sanctions on Belarus if the crackdown continued":
            # what a warning says will follow, on a condition, has not happened.
            continue
        if _offer_rejected(frame, hit, found):
            # "rejected a U.S. offer to deploy American troops", رفضت عرضاً أميركياً بإرسال
            # قوات: an act only offered, and turned down, never happened.
            continue
        if normalize(trigger.form) in _ORDERS and _orders_an_act(frame, hit):
            continue  # وأمرت الحكومة بإغلاق القنصليتين: ordered done, by its own hand
        if trigger.type == "SUPPORT" and _funds_to_support(frame, hit, found):
            # "provided $300 million to support the Haitian police", قدمت 300 مليون دولار
            # لدعم الجيش: money given to support is aid.
            trigger = Trigger("AID", trigger.pos, trigger.preps, trigger.form)
        if (
            trigger.type == "AID"
            and trigger.pos == "noun"
            and hit.end < len(frame.forms)
            and frame.forms[hit.end].removeprefix("ال") in _BELONGING
        ):
            continue  # استهدف مخازن أسلحة تابعة لحزب الله: the arms are the group's own
        if trigger.type == "AID" and trigger.pos == "noun":
            carried = _carried_aid(frame, hit)
            if carried is not None:
                # هبطت في مطار مقديشو طائرتان عسكريتان مصريتان محمّلتان بالأسلحة: the
                # carriers' state arms the one they land in.
                owner, destination = carried
                speaker = _speaker_for(frame, speakers, hit.start)
                negated = _negated(frame, hit.start)
                found.append(
                    Found(owner, "AID", destination, hit.start, hit.end, 0.6, negated, speaker)
                )
                continue
        if trigger.form == "bar" and not any(
            form in _MONITORS for form in frame.forms[hit.end : hit.end + 5]
        ):
            continue  # "barred several IAEA inspectors": only a body's monitors kept out
        if trigger.form == "صادر" and frame.forms[hit.end : hit.end + 1] == ["عن"]:
            continue  # بيان مشترك صادر عن وزارتي الخارجية: "issued by", no confiscation
        if trigger.type == "COERCE" and _kept_out_of_country(frame, hit):
            continue  # "barred them from entering the country": a border rule, no coercion
        description = (
            _description(frame, hit, trigger, lexicon) if trigger.type == "ACCUSE" else None
        )
        if description == -1 and (_praised_act(frame, hit) or _praised_actor(frame, hit)):
            # ووصف متقي القرار بأنه «شجاع», "called the move historic": praise of its maker.
            trigger, description = Trigger("SUPPORT", trigger.pos, (), trigger.form), None
        if description == -1:
            # "described the talks as constructive": no criticism ("U.S. calls to halt" is
            # still a request).
            others = [t for t in hit.triggers if t.type != "ACCUSE"]
            if not others:
                continue
            trigger, description = others[0], None
        if trigger.form == "claim" and not (
            _claim_that(frame, hit) or _claims_dismissed(frame, hit)
        ):
            continue  # "territorial claims", "claims in the South China Sea": no charge
        if trigger.type == "AGREE" and _measures_agreed(frame, hit):
            continue  # "agreed on fresh sanctions on Iran": the sanctions are the act
        if trigger.type == "AID" and _moved_to_banks(frame, hit, trigger):
            continue  # بتحويل ستة مليارات دولار … إلى مصارف في الدوحة: money moved, no gift
        if trigger.type == "ASSAULT" and _struck_by_nature(frame, hit):
            continue  # الإعصار الذي ضرب شرق ليبيا, "the earthquake that hit Turkey": no one's act
        if trigger.type == "AID" and _means_of_attack(frame, hit):
            continue  # اشتباكات عنيفة بالأسلحة الثقيلة, "attacked with heavy weapons": the means
        if trigger.type == "CONCEDE" and _answers_request(frame, hit):
            # تلبيةً لطلب الحكومة الليبية: the request noun after it tells both the request
            # and its granting (demands met, استجابةً لمطالب, are yielded to)
            continue
        if trigger.type == "AID" and _deadline_to_leave(frame, hit):
            # منحت السفير الإماراتي 72 ساعة لمغادرة البلاد, "gave Iranian diplomats 48 hours
            # to leave": an expulsion, not a gift
            trigger = Trigger("SANCTION", trigger.pos, (), trigger.form)
        if (
            trigger.type == "THREATEN"
            and normalize(trigger.form).startswith("انذار")
            and _told_to_leave(frame, hit)
        ):
            # إنذاراً لسفيرها بمغادرة البلاد خلال 48 ساعة: an ultimatum to leave is an
            # expulsion
            trigger = Trigger("SANCTION", trigger.pos, trigger.preps, trigger.form)
        if trigger.type == "AID" and _captives_handed(frame, hit):
            # تسليم كتائب القسام ثلاثة محتجزين إسرائيليين إلى الصليب الأحمر: captives handed
            # over are released, to their own state
            trigger = Trigger("RETREAT", trigger.pos, trigger.preps, trigger.form)
        if trigger.type == "COOPERATE" and _coordinated_talks(frame, hit, trigger):
            # تواصل جهود الوساطة بالتنسيق مع مصر: mediation coordinated with a partner is
            # diplomacy with it, not material cooperation
            trigger = Trigger("CONSULT", trigger.pos, trigger.preps, trigger.form)
        if trigger.type == "ASSAULT" and _attacked_in_words(frame, hit, trigger):
            # هاجم المندوب الإسرائيلي وكالة الأونروا قائلاً، هاجمت الخارجية خطاباً للرئيس:
            # an attack with words is criticism
            trigger = Trigger("ACCUSE", trigger.pos, trigger.preps, trigger.form)
        if trigger.type == "COERCE" and _expels_mission_staff(frame, hit, trigger):
            # طرد اثني عشر موظفاً في السفارة الفرنسية: a mission's staff expelled is a
            # sanction on its state, as an envoy's expulsion is.
            trigger = Trigger("SANCTION", trigger.pos, trigger.preps, trigger.form)
        if trigger.form in {"expel", "expulsion"} and _expels_by_force(frame, hit):
            # "its coast guard expelled the Philippine ship", "expelled 40 migrants":
            # driving a ship or people out is coercion; expelling envoys is a sanction
            trigger = Trigger("COERCE", trigger.pos, trigger.preps, trigger.form)
        handed = trigger.type == "RETREAT" and _hands_over_arms(frame, hit, trigger)
        if handed:
            # "handed over coastal surveillance radars to the Philippine navy": arming it
            trigger = Trigger("AID", trigger.pos, trigger.preps, trigger.form)
        # (the arms handed over are passed over to the receiver: "handed over two warships
        # and a batch of armoured vehicles to Somalia")
        materiel = _materiel_end(frame, hit) if handed or _needs_materiel(trigger) else None
        if trigger.form in _SENDING_RELIEF:
            # "flew 1,000 tents and 15 tonnes of food to Kabul": relief sent is aid (but
            # not "sent a letter to the UN asking for aid": what is sent comes before "to")
            materiel = _materiel_end(frame, hit, "relief", stop=("to",))
        elif materiel == -1 and normalize(trigger.form) not in _SALES:
            # أرسلت مصر قافلة محملة بالأدوية إلى السودان، "delivered a shipment of fuel":
            # food, medicine or fuel sent or handed over is aid.
            materiel = _materiel_end(frame, hit, "relief")
            trigger = Trigger("AID", trigger.pos, _AID_PREPS[frame.lang], trigger.form)
        if materiel == -1:
            continue  # "the sale of oil to China": trade, not aid; نشر تقريراً: no deployment
        cancelling = _bare_cancelling(trigger)
        document = (
            _signed_document(frame, hit, cancelling)
            if _bare_signing(trigger) or cancelling
            else None
        )
        if document == -1:
            continue  # وقع الانفجار: "happened", not "signed"; ألغى الحفل: no relations
        if (
            frame.lang == "en"
            and trigger.pos == "verb"
            and trigger.form.split()[0] not in _FORCES  # "French troops left": its subject
            and (
                _adjective_before(frame, hit.start)
                or (hit.start and frame.forms[hit.start - 1] in _EN_DETERMINERS)
                or (  # "60 targets" (but "the two signed")
                    hit.start
                    and _en_count(frame.forms[hit.start - 1])
                    and frame.slot_at[hit.start - 1] is None
                )
                or _object_compound(frame, hit)  # "struck PKK targets"
                or (trigger.form in _INFLECTED_ONLY and frame.forms[hit.start] in _INFLECTED_ONLY)
                or _participle_adjective(frame, hit)
            )
        ):
            continue  # "Iraqi targets", "our ally", "free trade": not the verb
        if (
            frame.lang == "en"
            and trigger.pos == "noun"
            and frame.texts[hit.start].endswith("ed")
            and " " not in trigger.form  # ("combined air exercise": an adjective)
        ):
            continue  # "Macron called Zelensky": a verb the lexicon lists only as a noun
        if (
            frame.lang == "en"
            and trigger.form == "call"
            and trigger.type == "REQUEST"
            and frame.forms[hit.start] == "calling"
            and frame.forms[hit.end : hit.end + 1] not in (["on"], ["upon"], ["for"])
        ):
            continue  # "with Singh calling it the start of a new chapter": naming, no request
        speaker = _speaker_for(frame, speakers, hit.start)
        partners = _partners_inside(frame, hit) if trigger.type == "COOPERATE" else []
        if partners and _reacted_to(frame, hit):
            continue  # برد «حازم» على المناورات الأميركية الإسرائيلية المشتركة: known drills
        if len(partners) > 1:
            # "joint US-South Korean air drills": the partners are named inside the phrase.
            found.extend(_each_to_each(frame, hit, "COOPERATE", partners, partners, 0.7, speaker))
            continue
        if frame.lang == "en" and hit.start and frame.texts[hit.start - 1] == "-":
            modifier = _compound_agent(frame, hit)
            # "a U.S.-brokered ceasefire with Hezbollah": the broker deals with the
            # parties; "the Iran-backed group", "Israeli-occupied": an attribute, no event.
            if frame.forms[hit.start] in {"brokered", "mediated"} and modifier is not None:
                parties = last_group or _sentence_subject(frame, hit.start)
                partner = _right_mention(frame, hit.end, max_gap=3, preps=("with",),
                                         require_prep=True)  # fmt: skip
                parties = list(
                    dict.fromkeys(parties + (_keys(frame, partner[0]) if partner else []))
                )
                found.extend(
                    _each_to_each(frame, hit, "CONSULT", _keys(frame, modifier), parties, 0.6,
                                  speaker)
                )  # fmt: skip
                mediations[hit.start] = True
            continue
        if trigger.type == "CONSULT" and frame.lang == "en":
            parties = _main_dyad(found) or last_group or _sentence_subject(frame, hit.start)
            mediated = _mediated(frame, hit, parties, speaker)
            if mediated is not None:
                found.extend(mediated)
                mediations[hit.start] = True
                continue
        host = _mediator(frame, hit.start) if frame.lang == "en" and last_group else None
        if host is not None and trigger.type == "CONSULT":
            # "signed a peace agreement … at a ceremony hosted by Secretary of State Marco
            # Rubio": the host deals with those who signed.
            found.extend(
                _each_to_each(frame, hit, "CONSULT", _keys(frame, host), last_group, 0.6, speaker)
            )
            continue
        received = _received(frame, hit, trigger)
        if received is not None:
            # تلقى الرئيس اتصالاً هاتفياً من نظيره، "received a call from": the sender
            # acts on the receiver.
            senders, receivers, verb = received
            items = _each_to_each(frame, hit, trigger.type, senders, receivers, 0.75, speaker)
            if _negated(frame, verb):
                items = [replace(f, negated=True) for f in items]  # لم تتلقَّ أي طلب من
            found.extend(items)
            continue
        if (
            trigger.type == "CONSULT"
            and trigger.pos == "noun"
            and normalize(trigger.form) == _RECEIVERS
        ):
            # كان ولي العهد السعودي في مقدمة مستقبلي أمير دولة قطر: the guest is the
            # genitive, the hosts the clause's subject; a reception is a meeting both ways.
            guest = _right_mention(frame, hit.end, max_gap=2)
            hosts = _sentence_subject(frame, hit.start)
            guests = _keys(frame, guest[0]) if guest else []
            found.extend(_each_to_each(frame, hit, "CONSULT", hosts, guests, 0.7, speaker))
            found.extend(_each_to_each(frame, hit, "CONSULT", guests, hosts, 0.7, speaker))
            continue
        informed = _informed_of_stance(frame, hit, trigger, last_group)
        if informed is not None:
            # أبلغت القاهرة الجانب الإسرائيلي رفضها للمقترح: the teller's stance is taken
            # towards the one told.
            tellers, told = informed
            found.extend(_each_to_each(frame, hit, trigger.type, tellers, told, 0.65, speaker))
            continue
        requesters = _at_request_of(frame, hit, trigger)
        if requesters and not last_group and frame.lang == "ar":
            # صوّت مجلس الأمن على إنهاء الولاية، استجابةً لطلب العراق: the clause's subject
            # was asked, though its verb is no event of its own.
            subject = _sentence_subject(frame, hit.start)
            last_group = [key for key in subject if key not in requesters]
        requesters = requesters if last_group else []
        if requesters:
            # "released the crew at the request of Oman", بطلب من سلطنة عمان: the one asked
            # is whoever acted ("Greek authorities, acting at the request of …": the
            # actor the aside is about, when no verb of theirs came yet).
            # (not the requester itself, named where the act went: نشرت قوات في السعودية،
            # بطلب من الرياض)
            aside = [
                slot for slot in frame.mentions
                if last_verb_end <= slot.start and slot.end < hit.start
                and frame.texts[_past_titles(frame, slot.end)] in _COMMA
                and not {k.split(".")[0] for k in _keys(frame, slot)}
                & {k.split(".")[0] for k in requesters}  # (ليبيا is the GNA's state)
            ]  # fmt: skip
            asked = _keys(frame, aside[-1]) if aside else last_group
            found.extend(_each_to_each(frame, hit, "REQUEST", requesters, asked, 0.6, speaker))
            granted = frame.hit_at[hit.start - 1] if hit.start else None
            if granted is not None and _answers_request(frame, granted):
                # تلبيةً لطلب تقدّمت به حكومة الوفاق: those asked agree to it
                found.extend(_each_to_each(frame, hit, "AGREE", asked, requesters, 0.6, speaker))
            continue
        if trigger.type == "REJECT" and _blocks_passage(frame, hit, trigger):
            # "coast guard ships blocked a Philippine resupply mission": force, not a veto.
            trigger = Trigger("COERCE", trigger.pos, trigger.preps, trigger.form)
        passive = _is_passive(frame, hit, trigger)
        if passive and _carries_subject(frame, hit, trigger, last_group):
            passive = False  # اقتحمت القوات المخيم واعتقلت 15 فلسطينياً: still active
        if passive:
            items = _passive(frame, hit, trigger, speaker)
            if trigger.type == "COERCE" and items and items[0].source:
                # اعتُقل 35 فلسطينياً … بينهم قياديون في حركة «حماس»: the group's members too.
                seized = {f.target for f in items}
                items += [
                    replace(items[0], target=key)
                    for key in _members_among(frame, hit) if key not in seized
                ]  # fmt: skip
            # The one who warned of it, else who says so: "hours after warning that
            # Washington would pay a dear price", «ستدفعان ثمناً باهظاً».
            warner = next(
                (f.source for f in reversed(found)
                 if f.type == "THREATEN" and f.source and f.trigger_end <= hit.start),
                None,
            ) if trigger.type == "THREATEN" else None  # fmt: skip
            if (
                trigger.type in {"THREATEN", "ACCUSE"}
                and trigger.pos == "passive"
                and (warner or speaker)
            ):
                # «إيران تتحمل المسؤولية»: the one who says so accuses.
                items = [replace(f, source=f.source or warner or speaker) for f in items]
            vowing = warner or speaker or (last_group[0] if len(last_group) == 1 else "")
            if not items and vowing and _unpunished(trigger):
                # قال حزب الله إن العدوان لن يمر دون رد، اتهمت الجزائر المغرب …، مؤكدة أن
                # اغتيالهم لن يمر دون عقاب: whoever did the act is answered
                # (whom the vower has just accused, if anyone: واتهم الكرملين الحلف …، محذراً
                # من أن هذه الخطوات «لن تمر من دون رد»)
                accused = [f.target for f in found if f.type == "ACCUSE" and f.source == vowing]
                target, about = (accused[-1], "") if accused and accused[-1] else ("", "*")
                vow = Found(vowing, "THREATEN", target, hit.start, hit.end, 0.5, False, speaker)
                items = [replace(vow, about=about)]
            found.extend(items)
            continue
        if _searching(frame, hit, trigger):
            continue  # ستبحث عن بدائل: "look for", not "discuss"
        if trigger.type == "THREATEN" and _endangers(frame, hit):
            continue  # يهدد الأمن القومي المصري, "threatens Egypt's security": a danger, no threat
        if _arrival(trigger) and (not _official_arrives(frame, hit) or _arrives_from(frame, hit)):
            continue  # وصلت القوات إلى الحدود، "aid arrived in Gaza": no visit
        refusal = _refused(frame, hit, found)
        answered = _answered_request(frame, hit, trigger, found)
        if answered is not None:
            # رفض الرئيس البرازيلي طلباً قدّمه المستشار الألماني: the maker asked the one
            # who answers.
            makers, answerers = answered
            found.extend(_each_to_each(frame, hit, "REQUEST", makers, answerers, 0.6, speaker))
            continue
        if (
            trigger.pos == "noun"
            and trigger.type not in _JOINING
            and _complement_of(frame, hit, found)
            and not (trigger.type != "REQUEST" and _made_in_relative_clause(frame, hit))
        ):
            continue  # رفضت الحكومة الدعوة: the refused request is resolved in discourse
        if trigger.form == "target" and any(f.type == "SANCTION" for f in found):
            continue  # "adopted sanctions against Russia, targeting its shadow fleet": the same
        official = _official_protest(frame, hit, trigger, found)
        if official is not None:
            # استدعت الجزائر سفيرها احتجاجاً على إعلان باريس, "recalled its ambassador in
            # protest at France's support": a government's protest accuses whoever did
            # what it protests (a crowd's protest stays a protest).
            kind, protesters, protested = official
            found.extend(_each_to_each(frame, hit, kind, protesters, protested, 0.6, speaker))
            continue
        if (
            _opens_that_clause(frame, last_verb_end - 1)
            and frame.texts[hit.start - 1] == ","
            and frame.forms[hit.start].endswith("ing")
        ):
            # "Vietnam demanded that China withdraw …, accusing Beijing": the main clause's.
            last_group = _sentence_subject(frame, hit.start) or last_group
        if frame.lang == "ar" and hit.prefix.startswith(("و", "ف")):
            # في حين نفت تركيا أي مسؤولية واتهمت حزب العمال: a denial or report verb with
            # its subject, between the last act and this joined verb, is what it joins.
            said = _cue_verb_subject(frame, last_verb_end, hit.start, _SPEAKING, titled=False)
            last_group = _keys(frame, said) if said is not None else last_group
        sources, confidence, after = _sources(
            frame, hit, trigger, speaker, last_group, last_verb_end, refusal, found, lexicon
        )
        if trigger.pos == "verb" and frame.lang == "ar" and _announced_with_agent(frame, hit):
            # أعلن رئيس الوزراء القطري توصّل إسرائيل وحماس إلى اتفاق: no second verb
            # follows a verb of saying's subject without أن; the act announced is the
            # actors' after it.
            group = _coordinated(frame, frame.slot_at[hit.end])
            sources = [key for slot in group for key in _keys(frame, slot)]
            after = max(after, group[-1].end)
        approval = _sale_approved(frame, hit, trigger, found)
        if approval is not None:
            # أعلنت الخارجية الأمريكية موافقتها على صفقة أسلحة لتايوان، وافقت على صفقة
            # لبيع تايوان صواريخ: approving the sale is making it, no assent to the buyer.
            found.remove(approval)
            if not sources:
                sources, confidence = [approval.source], 0.7
        if trigger.type == "MOBILIZE" and normalize(trigger.form) in _DETECTING:
            # "Taiwan detected 32 Chinese military aircraft around the island", رصدت 32
            # طائرة حربية صينية: the craft's state moves them against whoever watches them
            # (nothing else detected is an act: "detected radiation").
            watchers = sources or ([speaker] if speaker else [])
            owners = [key for key in _craft_owners(frame, after) if key not in watchers]
            found.extend(_each_to_each(frame, hit, "MOBILIZE", owners, watchers, 0.6, speaker))
            continue
        noun = _after_event_noun(frame, hit) if trigger.pos == "verb" else None
        if noun is None and trigger.pos == "verb" and trigger.type == "ASSAULT":
            noun = _attack_as_subject(frame, hit)
        if noun is not None:
            # غارات جوية استهدفت مواقع …: the strikes' agent, named or not, is the verb's
            # (when the noun's own suffix does not name it: غاراتها استهدفت).
            agents = list(dict.fromkeys(f.source for f in found if f.trigger_start == noun))
            if agents and all(agents):
                sources, confidence = agents, 0.7
            elif not frame.hit_at[noun].suffix:
                continue
        formal = trigger.type == "PROTEST" and (
            frame.forms[hit.end : hit.end + 1] == ["note"]
            or (
                trigger.pos == "noun"
                and hit.start
                and (frame.forms[hit.start - 1] in _FORMAL or _delivered_to(frame, hit.start))
            )
        )
        if formal:
            # "formal protests against Beijing from Malaysia", "a protest note": a diplomatic
            # complaint.
            trigger = Trigger("ACCUSE", trigger.pos, trigger.preps, trigger.form)
        complaint = (
            formal
            or (trigger.type == "ACCUSE" and "protest" in trigger.form)  # "lodged a protest"
            or (trigger.type == "PROTEST" and trigger.pos == "verb" and _state_protests(frame, hit))
            or (trigger.type == "PROTEST" and _state_protests_by_act(frame, hit))
        )
        if complaint and trigger.type == "PROTEST":
            # "Beijing protested a U.S. arms sale", احتجت طوكيو رسمياً: a state's protest is a
            # complaint (ACCUSE); people protesting is a protest.
            trigger = Trigger("ACCUSE", trigger.pos, trigger.preps, trigger.form)
        if trigger.type == "ASSAULT" and _promised(frame, hit):
            # "We will keep targeting American warships", ستواصل استهداف السفن، سنضرب: an
            # attack declared for the future is a threat, not an attack.
            trigger = Trigger("THREATEN", trigger.pos, trigger.preps, trigger.form)
        demanding = _demands_met(frame, max(after, hit.end), trigger) if sources else None
        if demanding is not None:
            # "agreed to Turkish demands", "met Ankara's demands", وافقت على المطالب التركية:
            # yielding to whoever demanded.
            demanders = _keys(frame, demanding)
            found.extend(_each_to_each(frame, hit, "CONCEDE", sources, demanders, 0.7, speaker))
            if _demand_in_phrase(frame, hit):
                found.extend(_each_to_each(frame, hit, "REQUEST", demanders, sources, 0.6,
                                           speaker))  # fmt: skip
            continue
        pledged = _pledged_aid(frame, hit, trigger) if trigger.type == "AGREE" else None
        if pledged is not None:
            # "pledged 100 million euros in aid to Lebanon", تعهدت بمساعدات للبنان: what is
            # promised is given, to whoever follows it.
            trigger = Trigger("AID", trigger.pos, _AID_PREPS[frame.lang], trigger.form)
            if not any(frame.slot_at[i] for i in range(after, pledged)):
                after = max(after, pledged)  # not "promised Ukraine more weapons"
        if (
            trigger.type == "MOBILIZE"
            and frame.lang == "en"
            and trigger.form.split()[-1] in _EQUIPMENT
            and _sent_to_actor(frame, max(hit.end, hit.reach))
        ):
            # "sent 14 Leopard tanks to Ukraine": arming it ("sent tanks to the border"
            # stays a deployment).
            trigger = Trigger("AID", trigger.pos, _AID_PREPS[frame.lang], trigger.form)
        if materiel is not None and trigger.type == "MOBILIZE":
            if _aid_in_phrase(frame, hit, materiel):
                continue  # أرسلت مصر طائرات محملة بمساعدات: the aid noun says what is sent
            if _sent_to_actor(frame, materiel):
                # أرسلت أنقرة طائرات مسيّرة إلى طرابلس: arming a government, not facing it.
                trigger = Trigger("AID", trigger.pos, _AID_PREPS[frame.lang], trigger.form)
        if (
            frame.lang == "en"
            and trigger.type == "MOBILIZE"
            and trigger.pos == "verb"
            and trigger.form.split()[0] in _SENDING
            and trigger.form.split()[-1] not in _SHOWS_OF_FORCE
            and _sent_to_actor(frame, max(hit.end, hit.reach))
            and not _deterred(frame, hit, [])
        ):
            # "North Korea has sent more than 10,000 troops to Russia", "deploying troops to
            # Libya to support the government": forces sent to a state, as أرسلت قوات إلى.
            trigger = Trigger("AID", trigger.pos, _AID_PREPS[frame.lang], trigger.form)
        if document is not None and not any(frame.slot_at[i] for i in range(after, document)):
            after = max(after, document)  # "signed a … cooperation agreement with Somalia"
        if materiel is not None and not any(frame.slot_at[i] for i in range(after, materiel)):
            after = max(after, materiel)  # "delivered armoured vehicles and … equipment to"
        if (
            trigger.type == "ASSAULT"
            and _storms_mission(frame, hit, trigger)
            and not _crowd_of_people(frame, hit)  # "Hundreds of Iraqis stormed": a protest
        ):
            # "stormed the Mexican embassy and arrested …": a raid on a mission, short of
            # an attack on the state.
            trigger = Trigger("COERCE", trigger.pos, trigger.preps, trigger.form)
        means = _hit_with(frame, hit, trigger)
        if means is not None:
            # "hit Russia with new sanctions": the act is the means'.
            position, kind = means
            skip_positions.add(position)
            trigger = Trigger(kind, trigger.pos, trigger.preps, trigger.form)
        if _drill_around(frame, hit, trigger):
            # "China launched joint exercises around Taiwan": its own forces together, a
            # show of force against Taiwan.
            trigger = Trigger("MOBILIZE", trigger.pos, tuple(_AROUND), trigger.form)
        elif trigger.type == "MOBILIZE" and _joint_drill(frame, hit, trigger):
            # "the US, South Korea and Japan staged a three-way air exercise", مناورات
            # مشتركة: drilling together is cooperating.
            trigger = Trigger("COOPERATE", trigger.pos, ("with", "مع"), trigger.form)
        if trigger.type == "ASSAULT" and _document_killed(frame, hit):
            # "killing a resolution drafted by the United States": voting down, not a killing.
            trigger = Trigger("REJECT", trigger.pos, trigger.preps, trigger.form)
        if trigger.type == "ASSAULT" and _projectile_downed(frame, hit, trigger):
            continue  # "shot down a ballistic missile fired by the group": a defence
        if trigger.form == "hit back" and _hit_back_in_kind(frame, hit):
            answers_in_kind.add(hit.start)  # "hit back with sanctions": no attack
        if trigger.type == "COERCE" and _trade_banned(frame, hit, trigger):
            # "a ban on Japanese seafood imports": a trade measure, not a ban on a group.
            trigger = Trigger("SANCTION", trigger.pos, trigger.preps, trigger.form)
        if trigger.type == "MOBILIZE" and _crowd_of_people(frame, hit):
            # احتشد مئات المكسيكيين أمام السفارة: people rallying, not troops massing.
            trigger = Trigger("PROTEST", trigger.pos, trigger.preps, trigger.form)
        crowd = _crowd_subject(frame, hit, trigger)
        if crowd is not None:
            # اقتحم محتجون إيرانيون السفارة السعودية: what protesters do is a protest.
            noun, slot = crowd
            skip_positions.add(noun)
            trigger = Trigger("PROTEST", trigger.pos, trigger.preps, trigger.form)
            sources, confidence, after = _keys(frame, slot), 0.7, max(slot.end, hit.end)
        if (
            speaker
            and sources == [speaker]
            and speaker in frame.speaker_groups
            and not _named_since_report(frame, hit)
        ):
            # "Britain, France and Germany … urged" (but not "officials on both sides
            # said, after Islamabad objected": Islamabad alone objected)
            sources = frame.speaker_groups[speaker]
        if (  # a scene-setting noun has no agent, so _sources never took it as answered
            trigger.pos == "noun"
            and trigger.type == "CONSULT"
            and len(last_group) > 1
            and _setting(frame, hit)
        ):
            # "Putin and Erdogan agreed at talks in Sochi", اتفقتا خلال قمة: the talks
            # were between the parties of the verb.
            found.extend(_each_to_each(frame, hit, "CONSULT", last_group, last_group, 0.6, speaker))
            continue
        deal = _deal_left(frame, hit) if trigger.type == "RETREAT" and sources else None
        if deal is not None:
            # انسحاب بلاده من الاتفاق النووي مع إيران, "withdrew from the deal with Iran":
            # leaving a deal reduces relations with the other party.
            position, partners = deal
            skip_positions.add(position)
            found.extend(_each_to_each(frame, hit, "SANCTION", sources, partners, 0.6, speaker))
            continue
        if (
            not sources
            and trigger.type == "MOBILIZE"
            and trigger.pos == "noun"
            and (
                frame.forms[max(0, hit.start - 2) : hit.start] in (["in", "a"], ["as", "a"])
                or frame.forms[hit.start - 1 : hit.start] == ["في"]
            )
        ):
            # "fired a missile … in a show of force against Washington", أجرت مناورات في
            # استعراض للقوة: how the makers of the act just before it act.
            before = [f for f in found if f.source and f.trigger_start < hit.start]
            sources = list(dict.fromkeys(
                f.source for f in before if f.trigger_start == before[-1].trigger_start
            )) if before else (list(last_group) or _sentence_subject(frame, hit.start))  # fmt: skip
        if not sources and trigger.type == "CONSULT" and trigger.pos == "noun":
            # استضافت مسقط، اليوم، جولة محادثات بين …: the host of the talks.
            sources = [
                f.source for f in found
                if f.type == "CONSULT" and not f.target
                and 0 <= _words_apart(frame, f.trigger_end, hit.start) <= 8
            ]  # fmt: skip
        pair = _between(frame, hit)
        if (
            pair
            and trigger.type in _JUDGING
            and (trigger.pos == "verb" or frame.forms[hit.end] not in {"بين", "between"})
            and not _mutual(trigger)  # (وسط تبادل الاتهامات بين روسيا وأوكرانيا: theirs)
        ):
            # "welcomed the ceasefire between Israel and Hezbollah", دعمها للحوار بين طهران
            # وواشنطن: neither party's act
            continue
        if pair and trigger.pos == "noun" and _judged_noun(frame, hit, _JUDGING):
            sources = []  # تأييدها للمفاوضات الجارية بين …: the supporter is no party
        if pair:
            found.extend(_among(frame, hit, trigger, sources, pair, speaker))
            continue
        if not sources and last_group and _held_on_visit(frame, hit):
            sources = list(last_group)  # وصل الوفد …، لإجراء محادثات: the visitors hold them
        elif (
            not sources
            and _occasion(frame, hit)
            and len(parties := _parties(found, last_group)) > 1
        ):
            # "Seoul and Tokyo agreed at their first summit", توصلت إسرائيل وحماس إلى اتفاق
            # بعد أسابيع من المفاوضات: the parties who acted met to do it.
            sources = parties
            trigger = Trigger("CONSULT", "noun", trigger.preps, trigger.form)
        if (
            not sources
            and trigger.type == "COOPERATE"
            and trigger.pos == "noun"
            and "ب" in hit.prefix
            and frame.forms[hit.end : hit.end + 1] == ["مع"]
        ):
            # نفّذ جهاز مكافحة الإرهاب، بالتعاون مع التحالف الدولي، عملية: in cooperation
            # with a partner, whoever does the clause's act.
            # (in reported speech the speaker's: أكد عبدي أن قواته ملتزمة … بالتنسيق مع)
            speaking = _speaker_for(frame, speakers, hit.start)
            # (not the subject before a new report verb: فيما أكد عبدي أن قواته …)
            reported = any(
                frame.cues.get(p) == "report" for p in range(max(0, last_verb_end), hit.start)
            )
            if speaking:
                sources = [speaking]
            elif not reported:
                sources = list(last_group or _sentence_subject(frame, hit.start))
        occasion = trigger.type == "CONSULT" and _call_held(frame, hit)
        if (
            occasion
            and not sources
            # (not talks inside what another act asks for: دعوة إلى إشراك الصين في محادثات)
            and not any(
                t.type == "REQUEST" and t.pos == "noun"
                for p in range(last_verb_end, hit.start)
                if frame.hit_at[p]
                for t in frame.hit_at[p].triggers
            )
        ):
            # طالب نواف سلام، في اتصال هاتفي مع غوتيريش، بـ…, "said during a visit to Kyiv":
            # the subject held the call or made the visit.
            sources = list(last_group or _sentence_subject(frame, hit.start))
        # (one side's call or visit; talks that brought two together have them as sources)
        occasion = occasion and len(sources) == 1
        unnamed = trigger.type == "ASSAULT" and _unnamed_assailants(frame, hit)
        if unnamed and frame.lang == "ar":
            sources = []  # هاجم مسلحون جنوداً أمريكيين: the soldiers' state is attacked
        if not sources and unnamed:
            # "Gunmen attacked U.S. troops", هاجم مسلحون جنوداً أمريكيين: an attack with no
            # agent yet, which a later claim of responsibility takes (see discourse).
            victims, distance = _targets(frame, hit, trigger, hit.end, [])
            victims = victims if distance <= 2 else []  # not "killed 26 people in Pahalgam"
            negated = _negated(frame, hit.start)
            found.extend(
                Found("", "ASSAULT", key, hit.start, hit.end, 0.5, negated, speaker)
                for key in victims
            )
            continue
        if not sources and trigger.type == "ASSAULT" and trigger.form in _MUTUAL:
            # قُتل ثلاثة جنود باكستانيين في اشتباكات مع قوات طالبان, "were killed in clashes
            # with": the side of those killed is the one that clashed.
            slain = _side_of_the_slain(frame, hit, found)
            foes, _ = _targets(frame, hit, trigger, hit.end, slain) if slain else ([], 0)
            negated = _negated(frame, hit.start)
            found.extend(
                Found(a, "ASSAULT", b, hit.start, hit.end, 0.5, negated, speaker)
                for side, other in ((slain, foes), (foes, slain))
                for a in side for b in other if a != b
            )  # fmt: skip
            if foes:
                continue
        if not sources and trigger.type == "PROTEST" and trigger.pos == "verb":
            # "Several hundred protesters rallied outside the Russian embassy in Yerevan":
            # a crowd named by no people protests where it rallies.
            sources = _rally_city(frame, hit)
        if not sources:
            continue
        relative = _relative_verb(frame, hit)
        # ("to bar Afghan women from working for its agencies … and called on": a gerund
        # after a preposition starts no clause either)
        gerund = (
            frame.lang == "en"
            and hit.start > 0
            and frame.texts[hit.start].endswith("ing")
            and frame.forms[hit.start - 1] in {"from", "of", "for", "by", "without"}
        )
        if (
            trigger.pos != "noun"
            and not (frame.lang == "ar" and "ال" in hit.prefix)
            and not relative
            and not gerund
            and not _object_masdar(frame, hit)
        ):
            # (دون التوصل إلى اتفاق: a verbal noun with the article starts no clause; nor
            # does محادثات رعاها أردوغان: a relative clause)
            last_group, last_verb_end = sources, hit.end
        answering = _answering(frame, hit, trigger, found)
        if answering is not None:
            # "brushing aside appeals from the Taliban and U.N. agencies": the appeals were
            # made to whoever brushes them aside.
            targets, distance, about = [answering.source], 0, ""
        elif trigger.pos == "noun" and _sources_after_from(frame, hit, sources):
            # "struck … with logistical support from Bahrain": the clause's subject is
            # the one supported, not whatever follows.
            drawn = _drawn_by(frame, hit, found) if frame.lang == "en" else []
            targets, distance, about = (
                [key for key in drawn if key not in sources]
                or _other_targets(frame, hit, trigger, sources, found, last_group),
                0,
                "",
            )
        elif frame.lang == "ar" and _past_destination(frame, hit) != hit.end:
            # وصل إلى الرياض وفد من جماعة الحوثي: where it arrives, named before who arrives
            place = frame.slot_at[hit.end + 1]
            targets = [key for key in _keys(frame, place) if key not in sources]
            distance, about = 0, ""
        else:
            targets, distance, about = _objects(frame, hit, trigger, after, sources, skip_positions)
        if occasion and not targets:
            # خلال زيارة لم يعلن عنها مسبقاً إلى كييف، في ختام محادثات استمرت ساعات مع وفد
            # أمريكي: past a short relative clause, to the phrase's own preposition.
            met = _right_mention(
                frame, _past_unannounced(frame, hit.end), max_gap=8, preps=_CALL_PREPS,
                skip_keys=frozenset(sources), require_prep=True,
            )  # fmt: skip
            targets = [key for key in _keys(frame, met[0]) if key not in sources] if met else []
        borrowed = occasion and not targets
        if borrowed:
            # وشكر الرئيس الأمريكي نظيره التركي في اتصال هاتفي: the one thanked was called
            # (by the subject: no meeting the other way is told).
            targets = _shared_object(found, sources, frozenset(EVENT_TYPES))
        if not targets and trigger.type == "REQUEST" and _their_withdrawal(frame, hit):
            # "after the military rulers in Niamey demanded their departure", مطالبة المجلس
            # العسكري برحيلهم: of those whose withdrawal was told.
            leaving = [f.source for f in found if f.type == "RETREAT" and f.source not in sources]
            targets = leaving[-1:]
        if not targets and trigger.type == "REQUEST" and _despite(frame, hit):
            # رفضت طالبان رفع الحظر رغم مطالبات الأمم المتحدة, "despite repeated UN appeals":
            # the demands were made of whoever went against them.
            targets = [
                key for key in (_sentence_subject(frame, hit.start) or last_group)
                if key not in sources
            ]  # fmt: skip
        if targets and trigger.type == "REQUEST" and _measure_demanded(frame, after):
            # مطالبين الحكومة بطرد السفير الإسرائيلي: Israel is what the measure is taken
            # against, not the one asked (their own government, unnamed).
            targets = []
        if trigger.type == "SUPPORT" and about == "COOPERATE" and not targets:
            # أشاد بالتعاون الأمني المثمر مع مدريد، "praised the cooperation with Spain": the
            # partner is praised (past the noun: بالتعاون also marks a participant).
            noun = next(
                (other for other in frame.triggers if other.start >= after
                 and any(t.type == "COOPERATE" for t in other.triggers)),
                None,
            )  # fmt: skip
            partner = noun and _right_mention(
                frame, max(noun.end, noun.reach), max_gap=5, preps=("مع", "with"),
                skip_keys=frozenset(sources), require_prep=True,
            )  # fmt: skip
            if partner:
                targets, about = [k for k in _keys(frame, partner[0]) if k not in sources], ""
        if cancelling and about and not targets:
            # ألغى … اتفاقيات التعاون مع باريس: the partner of what is cancelled.
            (targets, distance), about = _targets(frame, hit, trigger, after, sources), ""
        confidence -= 0.05 * min(distance, 4)
        maker = _described_act_maker(frame, after, description) if description else None
        if maker is not None and not targets:
            # معتبرةً مذكرة التفاهم التي وقّعتها إثيوبيا «اعتداءً»: whoever made the act
            # described is criticised.
            targets = [key for key in _keys(frame, maker) if key not in sources]
        elif description is not None and not any(
            after <= m.start < description for m in frame.mentions
        ):
            # رفضت البيان ووصفته بأنه «تدخل», "a shift Algiers branded a betrayal": no
            # actor is described, so an act is, and its maker is criticised (not an actor
            # inside the description: معتبراً أنه «خطيئة» تخدم إسرائيل).
            targets, about = [], "*"
            if hit.start and frame.forms[hit.start - 1] in _RELATIVE_WHAT:
                about = "^"  # وهو ما اعتبرته «اعتداءً»: the act just reported
            reason = _reason_for(frame, hit, found, sources)
            if reason:
                # "recalled its ambassador from Somalia over what it called interference":
                # the one acted against did what the actor describes.
                targets, about = reason, ""
            agent = _right_mention(
                frame, description, max_gap=8, preps=("قبل", "by"), require_prep=True
            )
            if agent and agent[0].key not in sources:
                # ما وصفته بـ«الانتهاكات» … من قبل باماكو, "what it called attacks by
                # Hamas": the description names who committed the act.
                targets, about = _keys(frame, agent[0]), ""
        elif description is not None and not targets:
            # معتبرةً أن القاهرة «تؤجج التوتر»: the actor the أن clause opens with is judged.
            judged = [
                m for m in frame.mentions
                if after <= m.start < description and frame.forms[m.start - 1] in {"ان", "بان"}
            ]  # fmt: skip
            targets = (
                [key for key in _keys(frame, judged[-1]) if key not in sources] if judged else []
            )
        if (
            (not targets or frame.lang == "ar")
            and not about
            and _reaction_to_act(frame, hit, trigger)
        ):
            # "…, a move Paris condemned", في خطوة دانتها باريس: the act just told (an
            # Arabic reaction's object is its pronoun: رحّبت بها كييف وانتقدتها موسكو).
            targets, about = [], "^"
        prompted = trigger.type in _PROMPTED_ANSWERS and _prompted(frame, hit.start)
        if not targets and not about and prompted:
            # "approved the sale, prompting Beijing to vow countermeasures": at the one whose
            # act prompted it.
            targets = [
                f.source for f in found
                if f.trigger_start < hit.start and f.source and f.source not in sources
                and not f.negated
            ][-1:]  # fmt: skip
            if not targets and speaker and speaker not in sources:
                targets = [speaker]  # "X said it had …, prompting Y to denounce": the sayer
        if not targets and trigger.type == "THREATEN":
            # حذّرت من أنها «لن تقف مكتوفة الأيدي» إزاء وصول الأسلحة المصرية: at whoever does
            # what the warning is "in the face of".
            targets = _faced(frame, hit, _own_side(frame, sources))
        if not targets and not about and trigger.type == "CONSULT" and _mediation(trigger):
            about = "mediated"  # جرت عملية التبادل بوساطة إماراتية: between the latest parties
        if not targets and not about and trigger.type == "THREATEN" and _retaliation(trigger):
            about = "!"  # "vowed to retaliate", توعد بالرد: against whoever last hit it
        if not targets and not about and trigger.type == "ASSAULT" and _answer_means(frame, hit):
            about = "!"  # ردّ الجيش بغارات جوية, "retaliated with strikes": on its attacker
        if not targets and not about and trigger.type == "REJECT" and _complying(frame, hit):
            about = "?"  # رفضت باريس الامتثال، "refused to comply": with whoever demanded it
        if not targets and not about and complaint:
            # أطلقت كوريا الشمالية صاروخاً …، فاحتجت طوكيو رسمياً: against the latest
            # hostile act on it, else the latest by another state close by.
            about = "alert"
        if not targets and _own_envoys_acted_on(frame, hit, trigger):
            # "South Africa called Washington's expulsion of its ambassador regrettable":
            # "its" is the clause subject's, whose envoy was expelled.
            targets = [key for key in _sentence_subject(frame, hit.start) if key not in sources]
        if not targets and trigger.type == "MOBILIZE":
            # «رسالة ردع واضحة لإيران» later in the sentence, "opposite areas held by the
            # SDF": whom it deters or faces
            aimed = _deterrence_named_later(frame, hit) or _deployed_facing(frame, hit)
            targets = [key for key in aimed if key not in sources]
        if (
            not targets
            and not about
            and trigger.type == "MOBILIZE"
            and (_alert(trigger) or _to_the_border(frame, hit))
        ):
            # رفعت سيول حالة التأهب، "sent reinforcements to the frontier": against
            # whoever last threatened
            about = "alert"
        if not targets and trigger.pos == "noun" and frame.lang == "en":
            # "Ethiopia's port deal drew sharp condemnation from Mogadishu": whoever made
            # what drew it.
            targets = [key for key in _drawn_by(frame, hit, found) if key not in sources]
        if not targets:
            targets = _other_targets(frame, hit, trigger, sources, found, last_group)
        if (
            targets
            and trigger.type == "ACCUSE"
            and trigger.pos == "noun"
            and _denied_charge(frame, hit.start) is not None
        ):
            # نفت إيران اتهامات أميركية بتزويد روسيا: the charge denied was made against the
            # denier, not against whom the act it alleges touches.
            targets = _other_targets(frame, hit, trigger, sources, found, last_group) or targets
        if (
            trigger.type == "RETREAT"
            and not about
            and trigger.form.startswith(_WITHDRAWING)
            and (targets or not _asked_before(frame, hit))
        ):
            # سحب مقاتليه من الأراضي التركية إلى شمال العراق، "withdrew from towns in southern
            # Lebanon": the state whose ground is left (not where the forces go). (A
            # withdrawal only asked for, "demanding that Rwandan forces withdraw from
            # Congolese territory", is resolved as the request's, not here.)
            targets = _withdrawn_from(frame, hit, after, sources) or targets
        if not targets and not about and "مرغوب" in trigger.form:
            targets = _declared_unwelcome(frame, hit, sources)
        if not targets and not about and trigger.form in _WALKOUTS:
            targets = _walked_out_on(frame, hit, sources)
        if not targets and not about and trigger.type == "THREATEN" and frame.lang == "en":
            # "warned it would take action against drills by the United States and South
            # Korea": whoever makes the act the threat answers.
            targets = _threatened_act_maker(frame, hit, sources)
        if not targets and not about and trigger.type in _AIMED:
            # أطلقت الجماعة صواريخ على عسقلان، "strikes on Kharkiv": the place's state.
            targets = (
                # ("fired on one of their positions in southern Lebanon": whose they are)
                _aimed_at_its(frame, hit, after, sources)
                or (_aimed_at_place(frame, hit, after, sources) if frame.places else [])
                or (
                    _struck_in_state(frame, hit, after, sources)
                    if trigger.type == "ASSAULT" and trigger.pos == "verb"
                    else []
                )
                or (
                    # الغارات الإسرائيلية على مواقع في ريف دمشق، "strikes on bases in …"
                    _struck_on_sites(frame, hit, after, sources)
                    if trigger.type == "ASSAULT" and trigger.pos == "noun"
                    else []
                )
                or (_struck_on_ground(frame, after, sources) if trigger.type == "ASSAULT" else [])
            )
        if not targets and not about and trigger.type == "THREATEN":
            # هدّدت بردّ ساحق على المناورات التي تجريها الولايات المتحدة، "threatened a
            # response to the drills staged by Seoul": whoever makes what is answered.
            targets = _makers_answered(frame, hit, sources)
        if not targets and trigger.type == "AID" and frame.places:
            # أرسلت قافلة من المساعدات إلى بورتسودان: aid sent to a city goes to its state.
            targets = _aimed_at_place(frame, hit, after, sources)
        if not targets and trigger.type == "AID":
            # وصلت إلى مطار بورتسودان طائرة مساعدات مصرية، "a Saudi aid ship docked in Port
            # Sudan": aid that arrives goes to the state it arrives in.
            targets = [key for key in _arrived_in(frame, hit) if key not in sources]
        if targets and trigger.type == "COERCE" and normalize(trigger.form) in _BANS:
            # حظر حزب العمال الكردستاني bans a group; حظر الأسلحة المفروض على ليبيا is an
            # embargo, not a ban on Libya.
            states = {slot.key for slot in frame.mentions if slot.state}
            targets = [key for key in targets if key not in states]
        if trigger.type == "COERCE":
            # اعتقلت 25 فلسطينياً، بينهم قياديون في حركة «حماس»، "arrested 25 Palestinians,
            # including two Hamas officials": the group's members too (and the body whose
            # staff were seized: 11 موظفاً من العاملين في وكالات الأمم المتحدة).
            targets = targets + [key for key in _members_among(frame, hit) if key not in targets]
        if not targets and trigger.type == "CONCEDE":
            # "bowing to demands from the European Union", استجابةً لمطالبات من مجلس الأمن:
            # whoever made the demands yielded to.
            targets = [key for key in _demanders(frame, hit) if key not in sources]
        if not targets and trigger.type == "MOBILIZE":
            # "deployed more troops on its border with Ukraine", نشر جنود … على الحدود مع
            # بيلاروس: the state across the border.
            targets = [key for key in _across_border(frame, hit) if key not in sources]
        if not targets and trigger.type == "PROTEST" and trigger.pos == "verb":
            # "marched … to denounce the cartoons, burning effigies outside the French
            # consulate": a protest at an embassy is against its state.
            targets = [
                key for p in range(hit.end, len(frame.forms)) if frame.forms[p] in _EMBASSIES
                for key in _embassy_owner(frame, p) if key not in _own_side(frame, sources)
            ][:1]  # fmt: skip
        if trigger.type == "MOBILIZE":
            # نشر حاملة طائرات في شرق المتوسط لردع إيران: whom the deployment deters, also
            # past an ally it goes to ("deploy battlegroups to Bulgaria to deter Moscow").
            targets = _deterred(frame, hit, sources) or targets
        if not targets and trigger.type == "MOBILIZE":
            targets = _border_state(frame, hit, sources)
        if not targets and trigger.type == "CONCEDE" and _dropped(trigger):
            # "Seoul dropped its demand that Japanese firms …": whom the demand was made
            # of; "the EU adopted the package after Slovakia dropped its veto": whose act
            # the veto blocked.
            that = _that_after(frame, max(hit.end, hit.reach))
            made_of = _mention_at(frame, that + 1) if that is not None else None
            targets = [k for k in (_keys(frame, made_of) if made_of else []) if k not in sources]
            targets = targets or [
                k for k in _sentence_subject(frame, hit.start) if k not in sources
            ]
        if (
            not targets
            and not about
            and trigger.type == "REQUEST"
            and frame.lang == "en"
            and hit.start
            and frame.forms[hit.start - 1] == "to"
        ):
            # "phoned Zarif to demand their release", "met Berri to press for a truce":
            # the caller asks, and whom the call reached is asked.
            contacts = [f for f in found if f.type == "CONSULT" and f.target]
            contact = next(
                (f for f in contacts if f.trigger_start == contacts[-1].trigger_start), None
            )  # (the first of a meeting's two directions is the visitor's)
            if contact is not None and contact.target in sources:
                sources = [contact.source]
            if contact is not None and contact.source in sources:
                targets = _same_act_targets(found, "CONSULT", sources)
        if not targets and trigger.type == "AID" and sources:
            # "Macron arrived in Beirut …, pledging 100 million euros in emergency aid",
            # وصل إلى بيروت … وتعهد بتقديم مساعدات: aid pledged on a visit goes to the host.
            visits = [f for f in found if f.type == "CONSULT" and f.source in sources]
            if visits:
                targets = _same_act_targets(visits, "CONSULT", sources)
        # "rammed two Philippine navy boats, seizing seven rifles": a seizure in the same
        # act as an attack
        seizing = (
            frame.lang == "en"
            and trigger.type == "COERCE"
            and hit.start
            and frame.texts[hit.start - 1] in _COMMA
            and frame.forms[hit.start].endswith("ing")
        )
        if (
            not targets
            and not about
            and (trigger.type in _MEASURES or _withdrawing(trigger))
            and trigger.pos == "verb"
            and hit.start
            and (frame.forms[hit.start - 1] == "and" or hit.prefix in {"و", "ف"} or seizing)
        ):
            # "closed all land crossings with Cambodia and downgraded diplomatic ties",
            # أغلقت حدودها مع المغرب وعلّقت الرحلات: the side the first measure was aimed at;
            # "would bring its ambassador home from Niger and withdraw its troops": the
            # place left; هاجموا زورقين فلبينيين واستولوا على سبع بنادق: whom the attack hit.
            aimed = _MEASURES | {"ASSAULT"} if trigger.type == "COERCE" else _MEASURES
            if seizing:
                aimed = {"ASSAULT", "COERCE"}  # (not "adopted sanctions …, banning imports")
            targets = _shared_object(found, sources, aimed)
        if (
            not targets
            and not about
            and _joined_verb(frame, hit, trigger)
            and not _other_addressee(frame, hit)
        ):
            # فطالبت لندن طهران بالإفراج … ولوّحت بعواقب: the same addressee.
            targets = _shared_object(found, sources)
        if (
            not targets
            and (not about or trigger.type == "REQUEST")
            and _backing_up(frame, hit, trigger)
            and not _other_addressee(frame, hit)
        ):
            # اتهم الكرملين الحلف …، محذّراً من أن هذه الخطوات «لن تمرّ من دون رد»، دان
            # احتجاز الحوثيين موظفين …، مطالباً بالإفراج عنهم: a warning or demand with no
            # object of its own backs up what its maker just did to whom.
            latest = next((f for f in reversed(found) if f.source in sources and f.target), None)
            # (a warning also backs up a demand: مطالباً طهران بالإفراج …، ومحذّراً من عواقب)
            # when it names what will follow: «عواقب وخيمة», "serious consequences")
            backed = (
                _OPPOSING | {"REQUEST"}
                if trigger.type == "THREATEN" and _consequences_named(frame, hit)
                else _OPPOSING
            )
            if latest is not None and latest.type in backed:  # (not after a protest)
                targets = _shared_object(found, sources, backed)
                if trigger.type == "THREATEN":
                    # (not a forum appealed to: طالب المجلس …، محذراً من أن مصر لن تقف)
                    targets = [key for key in targets if key not in _FORUMS]
        if not targets and trigger.type == "REQUEST":
            # طلبت اليابان عقد اجتماع طارئ لمجلس الأمن، "called for an urgent session of
            # the Security Council": the body asked to convene.
            targets = [
                key for key in _session_of(frame, max(hit.end, hit.reach)) if key not in sources
            ]
        if trigger.type == "REQUEST" and _release_asked(frame, hit):
            # "… detained 11 UN staff …, and Guterres demanded their release", طالب
            # بالإفراج عنهم: the release is asked of those who hold them, by those held
            # (احتجزت إيران ناقلة بريطانية، وطالبت لندن بالإفراج عنها: London asks).
            # (whoever holds them, even with no state named for the held: "a tanker")
            held = [f for f in found if f.type == "COERCE" and not f.negated]
            held = [f for f in held if f.trigger_start == held[-1].trigger_start]
            captors = [f.source for f in held]
            held_keys = {f.target for f in held if f.target}
            if (
                targets
                and set(sources) <= set(captors)
                and (held_keys >= set(targets) or not held_keys)
            ):
                # (held_keys empty: no captor asks for the release of "a tanker" it holds)
                sources, targets = targets, sources
            elif not targets:
                targets = [key for key in captors if key not in sources]
                if not held and about in {"", "RETREAT"}:
                    about = "release"  # "… detained 49 Ivorian soldiers. Abidjan demanded their
                    # release": whoever holds them, told in the sentence before
        if (
            trigger.type == "AGREE"
            and trigger.pos == "verb"
            and len(sources) > 1
            and targets
            and not any(_partner_with(frame, hit, key) for key in targets)
            and _agreed_to_do(frame, hit)
        ):
            # "Ishiba and Lee agreed … to deepen cooperation with Washington": they agreed
            # with each other; the actor named is the partner of what they agreed on.
            targets = []
        if trigger.type == "COOPERATE" and len(sources) > 1 and _cooperation_topic(frame, hit):
            # "the two neighbours have been sharing intelligence on Islamic State cells":
            # what they cooperate on, or against, is no partner; they work together.
            targets = []
        if (
            not targets
            and len(sources) > 1
            and (trigger.type in _RECIPROCAL or _mutual(trigger) or _each_other(frame, after))
            and not _purpose(frame, hit)
            and not _mediating(trigger)  # مصر وقطر اللتان تتوسطان: not with each other
            and not _possessed_partner(frame, hit)  # "arms exports to their NATO ally"
            and (trigger.type != "SUPPORT" or _signing(trigger))  # رحّبت السعودية وقطر بـ…
        ):
            # "موسكو وأنقرة اتفقتا", "Putin and Erdogan agreed": each with the other.
            mutual = _each_to_each(frame, hit, trigger.type, sources, sources, 0.7, speaker)
            found.extend(mutual)
            if trigger.type == "COOPERATE" and mutual:
                found.extend(_joint_attack(frame, hit, mutual))  # … عملية مشتركة ضد داعش
            if trigger.type == "SUPPORT" and _signing(trigger) and _signed_in_person(frame, hit):
                # وقّعت الصومال وتركيا في أنقرة: signing together somewhere is meeting there.
                found.extend(_each_to_each(frame, hit, "CONSULT", sources, sources, 0.6, speaker))
            if trigger.type == "SUPPORT" and _alliance_signed(frame, hit, document or hit.reach):
                # "signed a mutual defence pact": the signers also join in an alliance.
                found.extend(
                    _each_to_each(frame, hit, "COOPERATE", sources, sources, 0.65, speaker)
                )
            continue
        # ("denied that its airspace had been used by the U.S. drone that killed …": what
        # a relative clause on the drone tells is not what is denied)
        presupposed = _maker_of_antecedent(frame, hit, trigger) is not None
        negated = (
            (_negated(frame, hit.start) and not presupposed)
            or (refusal is not None and refusal.type == "REJECT" and trigger.type != "REJECT")
            or (trigger.pos == "noun" and _complement_of_negated(frame, hit, found))
            or _disjunct_of_negated(frame, hit)
        )
        if (
            trigger.type == "ACCUSE"
            and targets
            and set(targets) <= _FORUMS
            and not _forum_as_object(frame, hit, targets)
        ):
            # "lodged a complaint with the Security Council over Israeli air strikes",
            # شكوى إلى مجلس الأمن بشأن الغارات الإسرائيلية: the forum hears, the maker of
            # what is complained of is accused.
            complained_of = _complained_of(frame, hit, sources)
            if complained_of:
                targets = complained_of
            else:
                # قدّمت الحكومة اللبنانية شكوى إلى مجلس الأمن after "killed in an Israeli
                # strike": the forum is no one accused; the latest hit on the complainer is.
                targets, about = [], "!"
        if trigger.type == "RETREAT" and targets:
            # "handed over four Israeli hostages to the Red Cross": the captives' state is
            # the one conceded to, not the intermediary.
            targets = _captives_state(frame, hit, targets, sources) or targets
        if not targets and trigger.pos == "noun" and not about:
            # "were struck by U.S. … warplanes in the first wave of coalition air strikes":
            # a noun naming the same act again has the same target.
            targets = _same_act_targets(found, trigger.type, sources)
        if not targets and relative and trigger.type == "CONSULT":
            # محادثات في أنقرة رعاها أردوغان: the sponsor deals with the talks' parties.
            targets = list(dict.fromkeys(
                f.source for f in found
                if f.type == "CONSULT" and f.trigger_start < hit.start
                and f.trigger_start >= hit.start - 3 and f.source not in sources
            ))  # fmt: skip
        if about in {"*", "^"} and not targets and not found:
            # "ودانت اليابان التجربة" after a clause with no act the rules know: whoever
            # the sentence spoke of before.
            targets = _earlier_actor(frame, hit, sources)
        envoy = after  # (past a day set off by commas: استدعت الحكومة، الثلاثاء، سفيرها)
        if envoy < len(frame.forms) and frame.texts[envoy] == "،":
            envoy = _adverbial_insertion(frame, envoy) or envoy
        posted = _envoy_posted_to(frame, envoy, sources) if trigger.type == "ACCUSE" else None
        recalled = trigger.type == "SANCTION" and trigger.form.startswith(("recall", "bring"))
        if posted is not None:
            # استدعاء سفير المملكة لدى إسرائيل، السفير الأردني لدى إسرائيل: its own envoy,
            # posted to another state, is recalled from it.
            trigger = Trigger("SANCTION", trigger.pos, trigger.preps, trigger.form)
            targets = [posted.key]
        elif trigger.type == "ACCUSE" and _own_envoy(frame, envoy):
            # استدعت الجزائر سفيرها لدى فرنسا: its own ambassador is recalled, not summoned.
            trigger = Trigger("SANCTION", trigger.pos, trigger.preps, trigger.form)
            envoy += frame.forms[envoy] == "القاءم"  # القائم بأعمالها: two words
            post = envoy + 2 < len(frame.forms) and frame.forms[envoy + 1] in {"في", "لدي"}
            slot = _mention_at(frame, envoy + 2) if post and not targets else None
            if slot is not None:
                targets = [slot.key]  # سفيرها في بيرو: its ambassador in Lima
            recalled = True
        if recalled and not targets and not about:
            # "Mali recalled its ambassador from Algiers … Algeria responded by recalling its
            # own envoy", واستدعت مالي سفيرها للتشاور: a recall from nowhere named answers
            # the latest act against the recaller.
            about = "recall"
        antecedent = _suffix_antecedent_maker(frame, hit, trigger)
        if antecedent and antecedent not in sources:
            # رفضت أديس أبابا مقترحاً سودانياً، أيّدته القاهرة: the pronoun is the proposal,
            # whose maker its adjective names (not the actors after the subject).
            targets = [antecedent]
        if (
            trigger.type == "MOBILIZE"
            and not targets
            and any(word in trigger.form for word in _DRILLS)
            and len(set(sources)) > 1
            # (not drills already known, reacted to: برد على المناورات الأميركية الإسرائيلية)
            and "ال" not in hit.prefix
            and not (hit.start and frame.forms[hit.start - 1] == "the")
        ):
            # بدأت البحريتان الصينية والروسية مناورات "البحر المشترك": drills held by two
            # states' forces together, aimed at no one named, are a joint exercise.
            found.extend(_each_to_each(frame, hit, "COOPERATE", sources, sources, 0.6, speaker))
            continue
        if trigger.form == "welcome" and targets and _welcomes_person(frame, hit):
            trigger = Trigger("CONSULT", trigger.pos, trigger.preps, trigger.form)
        if trigger.form == "receive" and not (targets and _receives_person(frame, hit)):
            continue  # "received Blinken in Baghdad" is a meeting; "received aid" is not
        if trigger.type == "CONSULT" and _hosts_forces(frame, hit, trigger):
            continue  # "a base in Qatar, which hosts American troops": no meeting
        asserted = _asserted(
            frame, hit, trigger, sources, targets, round(max(confidence, 0.3), 2), negated,
            refusal, speaker, about,
        )  # fmt: skip
        if negated and _refused_ahead(frame, hit, trigger):
            # "will not join the coalition", لن تنضم إلى التحالف, "would not negotiate with
            # Washington": a refusal.
            # (with no one named, whoever demanded or threatened: «لن تتفاوض تحت التهديد»)
            # (sanctions one will not impose are refused to whoever asked for them, not to
            # their target: whoever demanded them, if anyone did)
            asserted += [
                replace(f, type="REJECT", target="", negated=False, about="?")
                if trigger.type == "SANCTION"
                else replace(
                    f, type="REJECT", negated=False, about=f.about or ("" if f.target else "?")
                )
                for f in asserted if f.negated
            ]  # fmt: skip
        speaking = _hall_left_during(frame, hit) if trigger.type == "RETREAT" else None
        if speaking is not None:
            # انسحب الوفد الأوكراني من القاعة أثناء كلمة لافروف: a walkout, against whoever
            # was speaking.
            asserted = [
                replace(f, type="PROTEST", target=key) for f in asserted[:1]
                for key in speaking if key != f.source
            ]  # fmt: skip
        if trigger.type == "SANCTION" and _forces_with_envoy(frame, hit, trigger):
            # ستسحب سفيرها وقواتها من النيجر: the forces withdrawn with the envoy recalled.
            asserted += [replace(f, type="RETREAT") for f in asserted if f.target]
        if trigger.type == "CONCEDE" and _demand_in_phrase(frame, hit) and not _dropped(trigger):
            # "bowing to a long-standing demand by Baku", رضخت لمطالب الاتحاد: the demand
            # was made of the one who yields (but "dropped its demand": its own).
            asserted += [
                Found(f.target, "REQUEST", f.source, f.trigger_start, f.trigger_end, 0.6,
                      f.negated, speaker)
                for f in asserted if f.target
            ]  # fmt: skip
        rejected_act = _rejected_act(frame, hit) if trigger.type == "REJECT" else []
        if rejected_act and not any(f.negated for f in asserted):
            # رفضه استمرار احتلال إيران للجزر, "rejected Israel's occupation": rejecting a
            # hostile act condemns whoever does it.
            rejecters = list(dict.fromkeys(f.source for f in asserted))
            asserted = [
                replace(asserted[0], type="ACCUSE", source=source, target=key, about="")
                for source in rejecters for key in rejected_act if key != source
            ]  # fmt: skip
        if trigger.type == "REJECT" and _rejected_as_pejorative(frame, hit):
            # "dismissed the resolution as «a political game»": a rejection that condemns.
            # (With no object of its own it condemns whoever made what it rejects.)
            asserted += [
                replace(f, type="ACCUSE", about=f.about or ("" if f.target else "*"))
                for f in asserted
            ]
        if trigger.type == "REQUEST" and _envoy_told_to_leave(frame, hit):
            # طلبت من السفير الصومالي مغادرة البلاد, "asked the Somali ambassador to leave
            # the country": an expulsion
            asserted += [replace(f, type="SANCTION") for f in asserted if f.target]
        if trigger.type == "CONSULT" and _mediation(trigger):
            # بوساطة قطرية ومصرية, "through Qatari mediation"
            mediations[hit.start] = not trigger.form.startswith("رعاي")
        found.extend(asserted)
        if (
            (_two_way(trigger) and not borrowed)
            or _received_guest(frame, hit, trigger)
            or _talks_held_with(frame, hit, trigger)
        ):
            # استقبل الرئيس نظيره: the guest visits the host as the host receives him.
            found.extend(replace(f, source=f.target, target=f.source) for f in asserted if f.target)
        elif (
            trigger.type == "AGREE" or (trigger.type == "SUPPORT" and _signing(trigger))
        ) and not _approving(trigger):
            # "reached a deal with Kyiv", وقّعت اتفاقية مع ليبيا: a deal has two parties
            # (but "agreed to Turkey's proposal" is one side's).
            partners = [f for f in asserted if f.target and _partner_with(frame, hit, f.target)]
            found.extend(replace(f, source=f.target, target=f.source) for f in partners)
            if trigger.type == "SUPPORT" and partners and _signed_in_person(frame, hit):
                # "signed a security accord with Morocco in Rabat": the two met there.
                found.extend(
                    replace(f, type="CONSULT", source=a, target=b, confidence=0.6)
                    for f in partners for a, b in ((f.source, f.target), (f.target, f.source))
                )  # fmt: skip
        if trigger.type == "COOPERATE" and asserted:
            # عملية مشتركة مع التحالف ضد «داعش», "a joint raid against al-Shabaab": each
            # party attacks the one the operation is against.
            found.extend(_joint_attack(frame, hit, asserted))
        if trigger.type == "ASSAULT" and len(set(sources)) > 1 and _joint(frame, hit):
            # شنّت القوات الأمريكية والبريطانية ضربات مشتركة, "carried out joint strikes":
            # the attackers act together.
            found.extend(_each_to_each(frame, hit, "COOPERATE", sources, sources, 0.6, speaker))
        if normalize(trigger.form) in _WATER_CANNONS:
            # "fired water cannon at a Philippine boat": force that blocks and harms.
            found.extend([
                replace(f, type="ASSAULT") for f in asserted
                if f.type == "COERCE" and f.target and not f.negated
            ])  # fmt: skip
        if trigger.type == "SUPPORT" and _alliance_signed(frame, hit, document or hit.reach):
            # "signed a mutual defence pact": the signers also join in an alliance.
            found.extend([
                replace(f, type="COOPERATE", confidence=0.65) for f in found
                if f.trigger_start == hit.start and f.type == "SUPPORT" and f.target
            ])  # fmt: skip
    found = [f for f in found if not (f.type == "ASSAULT" and f.trigger_start in answers_in_kind)]
    # Acts answered come first: they happened before the answer, and "the attack" later
    # condemned is the answer.
    found = _received_materiel(frame, found)
    found += _thanked_for_aid(frame, found)
    found += _deployment_deters(frame, found)
    found += _deployment_answers(frame, found)
    found = _venues_yield_to_purpose(frame, found)
    found = _without_agreed_hostility(frame, found)
    protested = _protested_against(frame, found)
    found = _targets_from_context(frame, _without_protest_purposes(frame, found, protested))
    return _with_words(
        frame,
        _answered_in_kind(frame, found)
        + found
        + protested
        + _mediated_parties(found, mediations)
        + _taking_part(frame, found)
        + _mediators_act(frame, found)
        + _following_suit(frame)
        + _similar_measures(frame)
        + _deal_parties(frame)
        + _truce_in_force(frame)
        + _brought_together(frame)
        + _obligations(frame, speakers, found)
        + _acts_judged(frame, speakers, found)
        + _complicity(frame, speakers)
        + _accused_accomplices(frame, found)
        + _conditional_answers(frame, speakers, found),
    )


def _with_words(frame: SentenceFrame, found: list[Found]) -> list[Found]:
    """Each interaction with its trigger's head word, and an act left for discourse with
    the head word of the event noun it names ("condemned the strikes": strike), so that
    discourse can tell "the strikes" from the rockets fired in the same sentence."""

    def head(position: int) -> str:
        word = frame.lemmas[position]
        if frame.lang == "en" and frame.forms[position] not in {word, word + "s"}:
            return ""  # "the group attacked a tanker": a verb names no "attacks"
        if frame.lang == "ar":
            for article in ("وال", "بال", "فال", "لل", "ال"):
                if word.startswith(article) and len(word) > len(article) + 2:
                    return word[len(article) :]  # الغارات and غارات are one noun
        return word

    for item in found:
        item.word = head(item.trigger_end - 1) if item.trigger_end else ""
        hit = frame.hit_at[item.trigger_start] if item.trigger_end else None
        if not item.word and hit is not None and hit.reach > hit.end:
            item.word = head(hit.reach - 1)  # "held a joint naval exercise": the exercise
        if (
            frame.lang == "ar"
            and hit is not None
            and max(hit.end, hit.reach) - hit.start > 1
            and all(t.pos == "noun" for t in hit.triggers)
        ):
            item.word = head(hit.start)  # مناورات بحرية مشتركة: an Arabic noun leads its phrase
        if item.about in EVENT_TYPES:
            # (the first noun of that type after the verb: its object, past a VSO subject)
            noun = next(
                (hit for hit in frame.triggers if 0 < hit.start - item.trigger_end <= 10
                 and any(t.pos == "noun" and t.type == item.about for t in hit.triggers)),
                None,
            )  # fmt: skip
            item.about_word = head(noun.end - 1) if noun is not None else ""
    return found


def _acts_judged(
    frame: SentenceFrame, speakers: list[tuple[int, str]], found: list[Found]
) -> list[Found]:
    """A speaker's word that a definite act amounts to something pejorative criticises
    whoever did it: "Syria said the strikes constituted a flagrant violation", قال بيسكوف
    إن الخطوة «تشكل تهديداً مباشراً لأمن روسيا" (the act's maker found in discourse)."""
    items = []
    for position, form in enumerate(frame.forms):
        if position < 1:
            continue
        if form in _CONSTITUTING or (frame.lang == "en" and form in _JUDGING_COPULAS):
            ahead = range(position + 1, min(position + 5, len(frame.forms)))
            # the act: the noun right before the verb (past a closing quote mark)
            act = position - 1 - (frame.texts[position - 1] in {"«", '"', "“"})
        elif frame.lang == "ar" and frame.forms[position - 1] in _THIS_ACT:
            # إن هذه الإجراءات «غير مبررة»: a sentence with no verb, its predicate next
            ahead = range(position + 1, min(position + 3, len(frame.forms)))
            act = position
        else:
            continue
        if not any(frame.cues.get(p) == "pejorative" for p in ahead):
            continue
        noun = frame.hit_at[act] if act >= 0 else None
        kinds = [t.type for t in noun.triggers if t.pos == "noun"] if noun is not None else []
        anaphor = frame.cues.get(act) == "event_anaphor"
        definite = frame.forms[act].startswith("ال") or frame.forms[act - 1 : act] == ["the"]
        speaker = _speaker_for(frame, speakers, position)
        if not (kinds or anaphor) or not definite or speaker is None:
            continue
        about = kinds[0] if kinds else "*"
        if any(f.type == "ACCUSE" and f.source == speaker for f in found):
            continue  # (the speaker's own condemnation already says it)
        items.append(Found(speaker, "ACCUSE", "", act, act + 1, 0.55, False, speaker, about))
    return items


# What may stand between "complicit in" and the act: "in the strikes", في كل جرائم.
_COMPLICIT_DETERMINERS = {"the", "a", "an", "its", "their", "all", "كل"}
# What stands between the actor and that word: a copula, an article, an adjective of degree.
_COPULAS = {
    "was", "is", "were", "are", "has", "have", "been", "a", "an", "the", "full", "key", "direct",
    "كان", "كانت", "هي", "هو",
}  # fmt: skip


# A promised answer: "would respond", "will retaliate", سترد، سنرد، سوف ترد.
# What opens its condition: "if", إذا، في حال، حال.
_IF_WORDS = {"if", "should"} | {normalize(word) for word in ("إذا", "اذا", "حال", "لو")}
_CONDITION_ACTS = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"}


def _conditional_answers(
    frame: SentenceFrame, speakers: list[tuple[int, str]], found: list[Found]
) -> list[Found]:
    """An answer promised on the condition that another acts against one threatens that
    other: "Turkey would respond 'with all necessary means' if Israel attacked Turkish
    positions", قالت إيران إنها سترد بقوة إذا هاجمت إسرائيل منشآتها."""
    items = []
    english = frame.lang == "en"
    for position in range(1, len(frame.forms)):
        if not _answering_at(frame, position, promised=True):
            continue
        condition = next(
            (p for p in range(position + 1, min(position + 12, len(frame.forms)))
             if frame.forms[p] in _IF_WORDS),
            None,
        )  # fmt: skip
        if condition is None or any(frame.texts[p] in {".", "؛", ";"}
                                    for p in range(position, condition)):  # fmt: skip
            continue
        acted = next(
            (hit for hit in frame.triggers if condition < hit.start <= condition + 6
             and any(t.type in _CONDITION_ACTS for t in hit.triggers)),
            None,
        )  # fmt: skip
        # (the condition's subject: before its verb in English, right after it in Arabic)
        doer = next(
            (slot for slot in frame.mentions
             if acted is not None and (condition < slot.start < acted.start
                                       or (not english and slot.start == acted.end))),
            None,
        )  # fmt: skip
        if doer is None:
            continue
        speaker = _speaker_for(frame, speakers, position)
        subject = _left_subject(frame, position - 1, max_gap=2) if english else None
        sources = _keys(frame, subject) if subject is not None else ([speaker] if speaker else [])
        targets = [key for key in _keys(frame, doer) if key not in sources]
        items += [
            Found(source, "THREATEN", target, position, position + 1, 0.6, False, speaker)
            for source in sources for target in targets
            if not any(f.type == "THREATEN" and (f.source, f.target) == (source, target)
                       for f in found)
        ]  # fmt: skip
    return items


def _complicity(frame: SentenceFrame, speakers: list[tuple[int, str]]) -> list[Found]:
    """A speaker's word that an actor is complicit or a partner in an attack accuses it:
    قال بقائي إن «الولايات المتحدة شريك كامل في الضربات», "said the United States was
    complicit in the strikes"."""
    items = []
    for position, form in enumerate(frame.forms):
        if form not in _COMPLICIT:
            continue
        ahead = range(position + 1, min(position + 4, len(frame.forms) - 1))
        prep = next((p for p in ahead if frame.forms[p] in {"في", "in"}), None)
        if prep is not None and frame.forms[prep + 1] in _COMPLICIT_DETERMINERS:
            prep += 1  # "complicit in the strikes", شريكة في كل جرائم
        act = frame.hit_at[prep + 1] if prep is not None and prep + 1 < len(frame.forms) else None
        hostile = act is not None and any(t.type in {"ASSAULT", "COERCE"} for t in act.triggers)
        if not hostile and (prep is None or frame.cues.get(prep + 1) != "pejorative"):
            continue  # ("a partner in the aggression": the wrong itself named)
        before = position - 1
        while before >= 0 and (frame.forms[before] in _COPULAS or frame.texts[before] in _QUOTES):
            before -= 1
        slot = frame.slot_at[before] if before >= 0 else None
        speaker = _speaker_for(frame, speakers, position)
        if slot is None or speaker is None:
            continue
        items += [
            Found(speaker, "ACCUSE", key, position, position + 1, 0.6, False, speaker)
            for key in _keys(frame, slot) if key != speaker
        ]  # fmt: skip
    return items


# "With the complicity of": بتواطؤ من طهران، بتواطؤ إيراني.
_WITH_COMPLICITY = {normalize(word) for word in ("بتواطؤ", "وبتواطؤ", "تواطؤ")}


def _accused_accomplices(frame: SentenceFrame, found: list[Found]) -> list[Found]:
    """An accomplice named in a charge (اتهم المغرب حزب الله بتدريب عناصر البوليساريو
    «بتواطؤ» من طهران): the accuser accuses the accomplice too."""
    if frame.lang != "ar" or _WITH_COMPLICITY.isdisjoint(frame.forms):
        return []
    items = []
    for position, form in enumerate(frame.forms):
        if form not in _WITH_COMPLICITY:
            continue
        after = position + 1
        while after < len(frame.forms) and (
            frame.texts[after] in _QUOTES or frame.forms[after] == "من"
        ):
            after += 1
        slot = _mention_at(frame, after) if after < len(frame.forms) else None
        if slot is None:
            continue
        accusers = {f.source for f in found if f.type == "ACCUSE" and f.trigger_start < position}
        items += [
            Found(source, "ACCUSE", key, position, position + 1, 0.6, False, None)
            for source in accusers for key in _keys(frame, slot) if key != source
        ]  # fmt: skip
    return items


def _obligations(
    frame: SentenceFrame, speakers: list[tuple[int, str]], found: list[Found]
) -> list[Found]:
    """A speaker's statement that another actor must act is a demand made of it: "Fidan
    said the Syrian Democratic Forces must disband". Only right after "said (that)", where
    the actor opens the reported clause; a demand found there already is kept."""
    if frame.lang != "en" or _OBLIGING.isdisjoint(frame.forms):
        return []
    items = []
    asked = {(f.source, f.target) for f in found if f.type == "REQUEST"}
    for position, word in enumerate(frame.forms):
        slot = frame.slot_at[position - 1] if word in _OBLIGING and position else None
        if slot is None or slot.end != position:
            continue
        opening = slot.start - (frame.forms[slot.start - 1 : slot.start] == ["the"])
        opening -= frame.forms[opening - 1 : opening] == ["that"]
        speaker = _speaker_for(frame, speakers, position)
        if not opening or frame.cues.get(opening - 1) != "report" or speaker is None:
            continue
        targets = [key for key in _keys(frame, slot) if key != speaker]
        items += [
            Found(speaker, "REQUEST", key, position, position + 1, 0.6, False, speaker)
            for key in targets if (speaker, key) not in asked
        ]  # fmt: skip
    return items


# Words that give an attack an object of its own: "attacks on shipping", هجمات على السفن.
_AIM_WORDS = {"on", "at", "against", "targeting", "toward", "towards"} | {
    normalize(word) for word in ("على", "ضد", "باتجاه", "نحو")
}


def _answered_in_kind(frame: SentenceFrame, found: list[Found]) -> list[Found]:
    """An attack with neither target nor object, in a sentence where its maker is
    attacked, was made on that attacker: one side's strike is what the other answers, or
    answers in turn ("fired rockets at Tel Aviv, hours after an Israeli air strike killed
    one of its commanders", ردّاً على الغارات الباكستانية). With an object that is no
    actor ("in response to the group's attacks on shipping") it struck something else."""
    answers = []
    for item in found:
        if item.type != "ASSAULT" or item.target or item.about or item.negated:
            continue
        after = range(item.trigger_end, min(item.trigger_end + 4, len(frame.forms)))
        if any(frame.forms[p] in _AIM_WORDS for p in after) or not _maker_at_hand(frame, item):
            continue
        if (
            after
            and frame.lang == "en"
            and frame.forms[after[0]] in _EN_DETERMINERS
            and "materiel" not in map(frame.cues.get, range(after[0], after[0] + 5))
        ):
            continue  # "the group attacked a tanker" (not "fired a barrage of rockets")
        if any(o.type == "ACCUSE" and o.source == item.source for o in found):
            continue  # اتهمت كييف موسكو بتعمد استهداف …: the accused's act, not the accuser's
        side = item.source.split(".")[0]
        struck = [
            other for other in found
            if other.type == "ASSAULT" and other.target and not other.negated
            and other.target.split(".")[0] == side and other.source.split(".")[0] != side
        ]  # fmt: skip
        if struck:
            nearest = min(struck, key=lambda other: abs(other.trigger_start - item.trigger_start))
            answers.append(replace(item, target=nearest.source, confidence=0.5))
    return answers


def _maker_at_hand(frame: SentenceFrame, item: Found) -> bool:
    """Whether the act's maker is named right by its word, no clause between: "Pakistani
    air strikes", "the group fired", الغارات الإسرائيلية (not a maker found further off,
    which an answer in kind is too weak a reading to trust)."""
    for slot in frame.mentions:
        if item.source not in (slot.key, slot.side):
            continue
        if frame.forms[item.trigger_start] == "targets" and slot.end == item.trigger_start:
            return False  # "struck Houthi targets": a noun
        if slot.end <= item.trigger_start and item.trigger_start - slot.end <= 3:
            if not any(frame.stops_at_comma[p] for p in range(slot.end, item.trigger_start)):
                return True
        if frame.lang == "ar" and item.trigger_end <= slot.start <= item.trigger_end + 1:
            return True  # the adjective after its noun: الضربات الأمريكية
    return False


# Arabic nouns after ب of taking part in another's operation: بمشاركة مروحيات التحالف،
# بإسناد من التحالف الدولي.
_TAKING_PART = {normalize(word) for word in ("بمشاركة", "وبمشاركة", "بإسناد", "وبإسناد")} | {
    "alongside"  # "fighting alongside Russian troops": each with the other
}
_SHARING = {normalize(word) for word in ("بمشاركة", "وبمشاركة")}
# The kinds of backing after بإسناد: بإسناد جوي من، بإسناد مدفعي.
_BACKING = {normalize(word) for word in ("جوي", "مدفعي", "لوجستي", "استخباري", "ناري", "بري")}
_COORDINATING = {normalize(word) for word in ("بالتنسيق", "وبالتنسيق", "بتنسيق", "وبتنسيق")}
# How close the coordination is, between the noun and مع: بتنسيق وثيق مع، بالتنسيق الكامل مع.
_CLOSENESS = {normalize(word) for word in (
    "وثيق", "الوثيق", "كامل", "الكامل", "مباشر", "المباشر", "مشترك", "المشترك",
)}  # fmt: skip
# Operations others take part in.
_OPERATIONS = {"ASSAULT", "COERCE", "MOBILIZE"}


def _taking_part(frame: SentenceFrame, found: list[Found]) -> list[Found]:
    """Whoever takes part in an operation cooperates with its maker: شنّت القوات
    الأميركية، بمشاركة مقاتلات بريطانية، غارات؛ غارة نفّذها الجيش العراقي بإسناد من
    التحالف الدولي."""
    if (
        _TAKING_PART.isdisjoint(frame.forms)
        and _COORDINATING.isdisjoint(frame.forms)
        and "جانب" not in frame.forms
        and "with" not in frame.forms
    ):
        return []
    out: list[Found] = []
    for position, form in enumerate(frame.forms):
        phrase = _en_taking_part(frame, position)
        if phrase:
            form, after = phrase
        else:
            after = position + 1
            if (
                form in _COORDINATING
                and frame.forms[after : after + 1]
                and (frame.forms[after] in _CLOSENESS)
            ):
                after += 1
            after += frame.forms[after : after + 1] == ["مع"]
            if form in _TAKING_PART:
                # بإسناد جوي من طيران التحالف: past the kind of backing and its "from"
                if frame.forms[after : after + 1] and frame.forms[after] in _BACKING:
                    after += 1
                if frame.forms[after : after + 1] == ["من"]:
                    after += 1
        beside = form == "جانب" and position and frame.forms[position - 1] == "الي"
        if beside:
            # قاتلوا إلى جانب القوات الروسية: Arabic "alongside" (but not inside وقف إلى
            # جانب, standing by someone, nor إلى جانب الاتحاد الأفريقي after no operation).
            if any(f.trigger_start < position < f.trigger_end for f in found):
                continue
            form = "alongside"
        # غارة نفّذتها أفريكوم بالتنسيق مع الجيش الصومالي: the maker works with the partner
        coordinated = form in _COORDINATING and (phrase or frame.forms[after - 1] == "مع")
        if form not in _TAKING_PART and not coordinated:
            continue
        within = [f for f in found if f.trigger_start < position < f.trigger_end and f.target]
        if form == "alongside" and within:
            # "fought alongside Malian soldiers" (a phrase of its own): each with the other;
            # "… against Ukraine": both fight whoever follows.
            out.extend(replace(f, source=f.target, target=f.source) for f in within)
            fought = _fought_against(frame, position)
            out.extend(
                replace(f, type="ASSAULT", target=key, confidence=0.6)
                for f in within for key in fought if key != f.source
            )  # fmt: skip
            continue
        if form == "alongside" and frame.forms[position + 1 : position + 2] in (["a"], ["an"]):
            continue  # "alongside a summit": a setting, not forces
        participant = _right_mention(frame, after, max_gap=2)
        # The latest operation before the phrase (not «… بمشاركة فرقاطات إيطالية لحماية
        # السفن من هجمات الحوثيين», whose attacks come after it).
        # (Nor attacks something guards against: لحماية السفن من هجمات الحوثيين، بمشاركة.)
        operations = [
            f for f in found
            if f.type in _OPERATIONS and f.source and not f.negated and f.trigger_start < position
            and not (f.trigger_start and frame.forms[f.trigger_start - 1] in {"من", "from"})
        ]  # fmt: skip
        if not operations and participant is not None:
            # "Kenyan forces, with the participation of Somali troops, launched": the
            # phrase between the maker and its act.
            operations = _operations_after(frame, found, position, participant[0].end)
        if participant is None or not operations:
            continue
        nearest = operations[-1]
        if form == "alongside" and position - nearest.trigger_end > 8:
            continue  # an act far before "alongside" belongs to another clause
        if coordinated and any(nearest.trigger_start < f.trigger_start < position for f in found):
            continue  # فاتهمت الحركة السلطة بالتنسيق مع الاحتلال: what another act says
        makers = {f.source for f in operations if f.trigger_start == nearest.trigger_start}
        pairs = [
            (key, maker) for key in _keys(frame, participant[0]) for maker in sorted(makers)
            if key != maker
        ]  # fmt: skip
        if beside or coordinated:
            # يقاتل عناصر حزب الله إلى جانب قوات النظام: the fighters join the forces (as
            # annotators read it; the forces need not be said to join them).
            pairs = [(maker, key) for key, maker in pairs]
            if phrase:
                # ("in coordination with": the noun the Arabic counts both ways by itself)
                pairs += [(maker, key) for key, maker in pairs]
        elif form == "alongside" or form in _SHARING:
            # (بمشاركة: the operation is shared, each works with the other)
            pairs += [(maker, key) for key, maker in pairs]
        out.extend(
            Found(key, "COOPERATE", maker, position, position + 1, 0.6, False, None)
            for key, maker in pairs
        )
        if form in _SHARING or form == "alongside":
            # … and with بمشاركة does the operation too: the British jets struck as well
            # (بإسناد, "with the backing of", only backs it).
            done = [f for f in operations if f.trigger_start == nearest.trigger_start and f.target]
            out.extend(
                replace(f, source=key, confidence=0.55)
                for key in _keys(frame, participant[0]) for f in done
                if key not in {f.source, f.target}
            )  # fmt: skip
    return out


def _operations_after(
    frame: SentenceFrame, found: list[Found], position: int, after: int
) -> list[Found]:
    """The operation a phrase of taking part at ``position`` (its partner ending at
    ``after``) interrupts: the next act within a few words, made by an actor named
    right before the phrase."""
    if not position or frame.texts[position - 1] not in _COMMA:
        return []
    # (the maker's head noun may follow its demonym: "Kenyan forces, with …")
    makers = [frame.slot_at[p] for p in range(max(0, position - 3), position - 1)]
    maker = next((slot for slot in reversed(makers) if slot is not None), None)
    operations = [
        f for f in found
        if f.type in _OPERATIONS and f.source and not f.negated
        and after <= f.trigger_start <= after + 3 and maker is not None
        and f.source in (maker.key, maker.side)
    ]  # fmt: skip
    return operations[:1]


def _bare_hand(hit: TriggerHit) -> bool:
    """English "handed" matched alone: a release only with captives (_captives_handed)."""
    return all(t.form == "hand" for t in hit.triggers)


def _weapon_kind(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an English word of attack names the kind of a weapon right after it
    ("strike drones", "attack helicopters"): no attack of its own."""
    return (
        frame.lang == "en"
        and hit.end == hit.start + 1
        and frame.forms[hit.start] in {"strike", "attack", "assault", "combat"}
        and frame.cues.get(hit.end) == "materiel"
    )


def _manner_of_operation(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """Whether an English noun of coordination says how an operation already found was
    made ("killed 12 militants in a raid carried out in coordination with the U.S."): its
    maker, not the nearest name, is the one who coordinates."""
    if frame.lang != "en" or hit.start < 2:
        return False
    phrase = _en_taking_part(frame, hit.start - 1) or _en_taking_part(frame, hit.start - 2)
    return phrase is not None and any(
        f.type in _OPERATIONS and f.source and f.trigger_start < hit.start for f in found
    )


def _fought_against(frame: SentenceFrame, position: int) -> list[str]:
    """Whom fighters "alongside" someone fight: "fought alongside Russian forces against
    Ukraine" (the enemy after "against" right past the partner)."""
    past = _past_participant(frame, position + 1)
    if past == position + 1:
        return []
    # (the partner's head noun may follow its demonym: "Russian forces against")
    ahead = range(past, min(past + 2, len(frame.forms)))
    against = [p for p in ahead if frame.forms[p] == "against"]
    enemy = _mention_at(frame, against[0] + 1) if against else None
    return _keys(frame, enemy) if enemy is not None else []


# Nouns for mediators, after the English demonyms that qualify them ("Egyptian and Qatari
# mediators") and before the Arabic ones (الوسطاء المصريون والقطريون).
_EN_MEDIATORS = {"mediator", "mediators"}
_AR_MEDIATORS = {normalize(word) for word in ("الوسطاء", "الوسيطان", "الوسيطين", "الوسيط")}
# What mediators do to the parties that is also mediating with them.
_MEDIATORS_ACTS = {"REQUEST", "AGREE", "REJECT"}


def _mediators_act(frame: SentenceFrame, found: list[Found]) -> list[Found]:
    """Mediators pressing or answering the parties mediate with them: "Egyptian and Qatari
    mediators pressed Israel and Hamas to accept", دعا الوسطاء المصريون والقطريون الطرفين."""
    mediators: set[str] = set()
    for index, slot in enumerate(frame.mentions):
        if frame.lang == "ar" and slot.start > 0 and frame.forms[slot.start - 1] in _AR_MEDIATORS:
            mediators.update(s.key for s in _coordinated(frame, slot))
        elif slot.end < len(frame.forms) and frame.forms[slot.end] in _EN_MEDIATORS:
            mediators.add(slot.key)
            while index:  # "Egyptian and Qatari mediators"
                gap = frame.forms[frame.mentions[index - 1].end : frame.mentions[index].start]
                if not gap or not set(gap) <= {"and", ","}:
                    break
                index -= 1
                mediators.add(frame.mentions[index].key)
    return [
        Found(f.source, "CONSULT", f.target, f.trigger_start, f.trigger_end, 0.6, f.negated,
              f.speaker)
        for f in found
        if f.source in mediators and f.target and f.target not in mediators
        and f.type in _MEDIATORS_ACTS
    ]  # fmt: skip


def _mediation(trigger: Trigger) -> bool:
    """A noun of mediation or sponsorship (وساطة، رعاية، mediation), or an Arabic verb of
    mediating or sponsoring (مفاوضات توسطت فيها الدوحة، اتفاق رعته السعودية)."""
    if trigger.pos == "verb":
        # (رعت، رعتا، ترعا …: the CONSULT verbs of sponsoring, see triggers.tsv)
        return normalize(trigger.form).startswith(("توسط", "يتوسط", "تتوسط", "رع", "ترع", "يرع"))
    return trigger.form.startswith(("وساط", "رعاي", "mediation"))


def _mediated_parties(found: list[Found], mediations: dict[int, bool]) -> list[Found]:
    """A mediator meets every party that acts in the sentence, not only the subject:
    "Hamas freed 24 hostages under a truce brokered by Qatar, while Israel released …"."""
    if not mediations:
        return []
    # (not who only reacts to what was settled: ووصف مسؤول أميركي الخطوة بأنها «إيجابية»)
    parties = list(dict.fromkeys(
        f.source for f in found
        if f.source and not f.negated and f.trigger_start not in mediations
        and f.about not in {"*", "^"}
    ))  # fmt: skip
    # When one side alone acts, the other side of what was mediated is a party too: عفو
    # عن جنود إيفواريين إثر وساطة توغولية: Togo dealt with Côte d'Ivoire as well as Mali.
    # (Not when both act: the Palestinians Israel frees in a swap with Hamas are no party.)
    settled: set[str] = set()
    if len(parties) == 1:
        settled = {
            f.target for f in found
            if f.type in _SETTLEMENTS and f.target and not f.negated
            and f.trigger_start not in mediations
        }  # fmt: skip
        parties += sorted(settled - set(parties))
    added = []
    for position in sorted(mediations):
        made = [f for f in found if f.trigger_start == position and f.source]
        if not made or not (mediations[position] or any(f.target for f in made)):
            continue  # رعاية الإرهاب: no parties met, no mediation
        mediators = {f.source for f in made}
        met = {(f.source, f.target) for f in made}
        # (not its co-mediators: توسطت فيها الدوحة بالشراكة مع القاهرة وواشنطن)
        partners = {f.target for f in found if f.type == "COOPERATE" and f.source in mediators}
        # A party acts on someone other than the mediators (not "…, backed by Washington",
        # بدعم أمريكي, whose support goes to the mediator).
        acting = {
            f.source for f in found
            if f.target and f.target not in mediators and f.trigger_start not in mediations
        } | settled  # fmt: skip
        for mediator in sorted(mediators):
            for party in parties:
                if party in acting - mediators - partners and (mediator, party) not in met:
                    added.append(
                        replace(made[0], source=mediator, target=party, confidence=0.55, about="")
                    )
    return added


# Where a crowd gathers: before, near or around a building.
_VENUE_WORDS = {normalize(word) for word in ("أمام", "قرب", "محيط", "حول")} | {
    "outside",
    "near",
    "around",
}


def _venues_yield_to_purpose(frame: SentenceFrame, found: list[Found]) -> list[Found]:
    """A protest whose target is only the owner of the building it gathers at leaves the
    target to the purpose, when one names others: تظاهر آلاف العراقيين أمام مقر البعثة
    الأممية تنديداً بالقصف التركي (the shelling's makers, not the UN)."""
    result = []
    for item in found:
        if item.type == "PROTEST" and item.target and not item.negated:
            at = next(
                (slot.start for slot in frame.mentions
                 if slot.key == item.target and slot.start >= item.trigger_end),
                None,
            )  # fmt: skip
            venue = at is not None and any(
                frame.forms[p] in _VENUE_WORDS for p in range(item.trigger_end, at)
            )
            purposes = [
                f for f in found if f.type in {"ACCUSE", "REJECT", "REQUEST"} and f.target
                and not f.negated and f.source == item.source and at is not None
                and 0 <= f.trigger_start - at <= 12
            ]  # fmt: skip
            if venue and purposes and all(f.target != item.target for f in purposes):
                item = replace(item, target="")
        result.append(item)
    return result


def _protested_against(frame: SentenceFrame, found: list[Found]) -> list[Found]:
    """A protest with no target takes that of the denunciation that gives its purpose:
    تظاهر آلاف اليمنيين تنديداً بالغارات الأمريكية, "rallied, denouncing the strikes", "rallied
    to demand the withdrawal of French troops". "In protest at" (احتجاجاً على) may come
    after a long object: قاطع الوزراء الاجتماع الوزاري … في سكوبيه، احتجاجاً على حضور لافروف."""
    added = []
    for protest in found:
        if protest.type != "PROTEST" or protest.target or protest.negated:
            continue
        purpose = next(
            (f for f in found if f.type in {"ACCUSE", "REJECT", "REQUEST"}
             and (f.target or f.about) and not f.negated and f.source == protest.source
             and 0 <= f.trigger_start - protest.trigger_end
             <= (20 if _in_protest(frame, f.trigger_start) or _said_purpose(frame, f) else 12)),
            None,
        )  # fmt: skip
        if purpose is not None and purpose.target:
            # (every target of the denunciation: "US and British air strikes")
            added.extend(
                replace(protest, target=f.target, confidence=0.6)
                for f in found
                if f.trigger_start == purpose.trigger_start and f.type == purpose.type
                and f.source == protest.source and f.target and not f.negated
            )  # fmt: skip
        elif purpose is not None and purpose.about not in {"*", "^", "!"}:
            # "rallied in Sanaa to denounce the strikes": whoever the strikes were by, as
            # for the denunciation (see kg.relations.discourse).
            added.append(replace(protest, about=purpose.about, confidence=0.55))
    return added


def _without_protest_purposes(
    frame: SentenceFrame, found: list[Found], protested: list[Found]
) -> list[Found]:
    """Without the complaints that "in protest at" (احتجاجاً على) made, once they gave a
    protest its target: the boycott or rally is that protest, no complaint besides."""
    return [
        f for f in found
        if not (f.type == "ACCUSE" and _in_protest(frame, f.trigger_start)
                and any(p.source == f.source and p.target == f.target for p in protested))
    ]  # fmt: skip


# Acts no one agrees to do with their target: agreeing among oneselves to do them.
_HOSTILE = {"SANCTION", "COERCE", "ASSAULT", "ACCUSE", "THREATEN", "REJECT", "PROTEST"}


def _without_agreed_hostility(frame: SentenceFrame, found: list[Found]) -> list[Found]:
    """Drop an English "agreed to" whose verb is a hostile act on the same target: "EU
    ministers agreed to blacklist Hezbollah's armed wing" sanctions Hezbollah; they agreed
    with each other, not with Hezbollah."""
    if frame.lang != "en":
        return found
    dropped = set()
    for f in found:
        if f.type != "AGREE" or frame.lemmas[f.trigger_start] != "agree":
            continue
        ahead = frame.forms[f.trigger_end : f.trigger_end + 4]  # ("agreed on Monday to")
        if "to" not in ahead:
            continue
        to = f.trigger_end + ahead.index("to")
        if any(
            g.trigger_start == to + 1
            and g.type in _HOSTILE
            and g.target == f.target
            and g.source == f.source
            for g in found
        ):
            dropped.add(id(f))
    return [f for f in found if id(f) not in dropped]


def _targets_from_context(frame: SentenceFrame, found: list[Found]) -> list[Found]:
    """Acts whose target the clause leaves unnamed, given the one the context names: a
    suffix (طالبه خلاله), a summoned envoy ("summoned the ambassador to demand"), a purpose
    ("to strengthen the Somali army") or a pronoun after the agent (اتهام الوزارة لها)."""
    found = _addressed_in_context(frame, found)
    found = _aided_by_purpose(frame, found)
    return _aimed_at_pronoun(frame, found)


def _addressed_in_context(frame: SentenceFrame, found: list[Found]) -> list[Found]:
    """A demand or warning with no object of its own addresses whom its maker just dealt
    with, when its words say so: an Arabic verb whose object is only its suffix (أجرى
    الوزير اتصالاً بنظيره الأفغاني، طالبه خلاله بضمان حصة إيران: the counterpart is asked),
    or an English one made "to" right after an envoy was summoned ("summoned the Russian
    chargé d'affaires to demand their return": of the envoy's state)."""
    result = []
    for item in found:
        hit = frame.hit_at[item.trigger_start]
        if not item.target and item.type in _ADDRESSED and hit is not None:
            summoning = _made_on_summoning(frame, hit)
            if summoning or _addressed_by_suffix(frame, hit):
                earlier = [
                    f for f in found
                    if f.source == item.source and f.target
                    and f.trigger_start < item.trigger_start
                    and (not summoning or frame.lemmas[f.trigger_start] == "summon")
                ]  # fmt: skip
                if earlier:
                    item = replace(item, target=earlier[-1].target, confidence=0.6)
        result.append(item)
    return result


def _addressed_by_suffix(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An Arabic verb whose object is only a pronoun suffix (طالبه خلاله، وحذّره)."""
    return (
        frame.lang == "ar"
        and hit.suffix in {"ه", "ها", "هم", "هما"}
        and all(t.pos == "verb" for t in hit.triggers)
        and not _relative_verb(frame, hit)
    )


def _made_on_summoning(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An English verb right after "<envoy> to" ("summoned the ambassador to demand")."""
    return (
        frame.lang == "en"
        and hit.start >= 2
        and frame.forms[hit.start - 1] == "to"
        and frame.forms[hit.start - 2] in _ENVOYS
    )


# (Not a charge: وصفته، اعتبرته take back the act or statement, not a person.)
_ADDRESSED = {"REQUEST", "THREATEN"}


def _aided_by_purpose(frame: SentenceFrame, found: list[Found]) -> list[Found]:
    """English aid with no recipient named goes to whom its purpose names: "will provide
    $50 million to strengthen the Somali army", "pledged 700 million euros to help Greece"."""
    if frame.lang != "en":
        return found
    result = []
    for item in found:
        hit = frame.hit_at[item.trigger_start]
        if item.type == "AID" and not item.target and hit is not None:
            end = max(hit.end, hit.reach)
            for position in range(end, min(end + 8, len(frame.forms) - 2)):
                if frame.forms[position] == "to" and frame.lemmas[position + 1] in _AID_PURPOSES:
                    slot = _right_mention(frame, position + 2, max_gap=2)
                    keys = [k for k in _keys(frame, slot[0]) if k != item.source] if slot else []
                    if keys:
                        item = replace(item, target=keys[0], confidence=0.6)
                    break
                if frame.stops_at_comma[position]:
                    break
        result.append(item)
    return result


def _aimed_at_pronoun(frame: SentenceFrame, found: list[Found]) -> list[Found]:
    """An Arabic verbal noun whose object is a pronoun after its agent (اتهام وزارة الدفاع
    السورية لها بشن هجوم, "the ministry's accusation of it") is aimed at the actor the
    sentence opens with: نفت قسد …، بعد ساعات من اتهام … لها."""
    if frame.lang != "ar" or not frame.mentions:
        return found
    opening = frame.mentions[0]
    result = []
    for item in found:
        hit = frame.hit_at[item.trigger_start]
        if not item.target and hit is not None and any(t.pos == "noun" for t in hit.triggers):
            for position in range(hit.end, min(hit.end + 7, len(frame.forms))):
                if frame.forms[position] in _TO_IT:
                    if frame.forms[position - 1].removeprefix("ال") in _BELONGING:
                        break  # مخازن أسلحة تابعة لها: whose the arms are, no object
                    keys = [k for k in _keys(frame, opening) if k != item.source]
                    if keys and opening.end <= hit.start:
                        item = replace(item, target=keys[0], confidence=0.55)
                    break
                if frame.stops_at_comma[position] or frame.hit_at[position] is not None:
                    break
        result.append(item)
    return result


_TO_IT = {"لها", "له", "لهم", "لهما"}


# Purposes that name aid's recipient after them: "to strengthen the Somali army".
_AID_PURPOSES = {"strengthen", "help", "assist", "bolster", "equip", "train", "fund"}


def _said_purpose(frame: SentenceFrame, item: Found) -> bool:
    """Whether an act is an Arabic accusative of purpose (تنديداً ب), which may follow its
    rally past where and why it gathered (في شوارع العاصمة … تلبيةً لدعوة حكومية، تنديداً)."""
    hit = frame.hit_at[item.trigger_start]
    return hit is not None and _purpose_accusative(frame, hit)


def _in_protest(frame: SentenceFrame, position: int) -> bool:
    """احتجاجاً على, "in protest at": the purpose of a boycott or rally, not a complaint
    of its own."""
    return frame.forms[position] in {"احتجاجا", "protest"}


# English verbs that are adjectives or nouns in their bare form: "freed" yes, "free
# trade" no; "boarded the boats" yes, "the IAEA board" no.
_INFLECTED_ONLY = {"free", "pound", "fine", "board"}

# Acts that coordinated actors do to each other whatever their type: they trade fire,
# clash, fight (with no one else named). (Written forms, as in the lexicon.)
_MUTUAL = {"trade fire", "exchange fire", "trade gunfire", "exchange gunfire", "clash", "fight",
           "exchange artillery", "exchange mortar", "exchange rocket", "trade artillery",
           "trade mortar", "trade rocket",
           "battle", "trade accusation", "exchange accusation", "trade blame",
           "تبادل إطلاق النار", "تبادلت إطلاق النار",
           "تبادلا إطلاق النار", "تبادلتا إطلاق النار", "اشتبك", "اشتبكت", "اشتباكات"}  # fmt: skip


# Verbs of ordering (أمرت المحكمة إسرائيل بـ): a demand of the one ordered.
_ORDERS = {normalize(word) for word in ("أمرت", "تأمر", "يأمر")}


def _orders_an_act(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an order's first word past its subject is the act with بـ, no one ordered
    (not أمرت المحكمة إسرائيل بالوقف: a subject, then the one ordered)."""
    position, actors = hit.end, set()
    while position < len(frame.forms) and (
        position in frame.named or frame.slot_at[position] is not None
    ):
        if frame.slot_at[position] is not None:
            actors.add(frame.slot_at[position].side or frame.slot_at[position].key)
        position += 1
    return (
        len(actors) <= 1 and position < len(frame.forms) and frame.forms[position].startswith("ب")
    )


def _cooperation_topic(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether the first actor after a verb of cooperating follows "on", "against" or
    "about" (بشأن، حول، ضد): the matter worked on, not a partner."""
    for position in range(max(hit.end, hit.reach), min(hit.end + 5, len(frame.forms))):
        slot = frame.slot_at[position]
        if slot is not None:
            return position > 0 and frame.forms[position - 1] in _TOPIC_PREPS
    return False


_TOPIC_PREPS = {"on", "against", "about", "بشان", "حول", "ضد"}


def _funds_to_support(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """A verb of supporting that says what a sum or a gift just named is for (_MATERIAL:
    "$300 million", 50 مليون دولار, weapons)."""
    if not _purpose(frame, hit):
        return False
    window = range(max(0, hit.start - 6), hit.start)
    # (or after aid named with no receiver, further back in the sentence: سفينة مساعدات
    # إماراتية …، مقدمة من الإمارات لدعم الشعب اليمني)
    return any(frame.forms[p] in _MATERIAL for p in window) or any(
        f.type == "AID"
        and 0 <= hit.start - f.trigger_end
        and (hit.start - f.trigger_end <= 6 or not f.target)
        for f in found
    )


def _let_after(frame: SentenceFrame, position: int) -> Slot | None:
    """The actor let or allowed to act right after an acceptance: "to let/allow X",
    على السماح لـX."""
    words = frame.forms[position : position + 2]
    if words[:1] == ["علي"] and words[1:] == ["السماح"]:
        found = _right_mention(frame, position + 2, max_gap=0)
    elif words[:1] == ["to"] and words[1:] in (["let"], ["allow"], ["permit"]):
        found = _right_mention(frame, position + 2, max_gap=1)  # (past "the")
    else:
        return None
    return found[0] if found is not None else None


def _side_of_the_slain(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> list[str]:
    """Whom an act with no agent struck, just before "in" the clashes at ``hit``."""
    if not hit.start or frame.forms[hit.start - 1] not in {"في", "in"}:
        return []
    return list(dict.fromkeys(
        f.target for f in found
        if not f.source and f.target and f.type == "ASSAULT"
        and 0 < hit.start - f.trigger_end <= 12
    ))  # fmt: skip


def _answering(
    frame: SentenceFrame, hit: TriggerHit, trigger: Trigger, found: list[Found]
) -> Found | None:
    """The rejection or acceptance that takes a request noun with its own agent as object."""
    if trigger.pos != "noun" or trigger.type != "REQUEST" or not _answered(frame, hit, found):
        return None
    return next(
        (
            f
            for f in reversed(found)
            if f.type in _ANSWERS and _object_of(frame, f.trigger_end, hit.start)
        ),
        None,
    )


# Bodies a complaint is lodged with rather than against.
_FORUMS = {"UN", "UNSC", "ICJ", "ICC", "WTO"}


def _forum_as_object(frame: SentenceFrame, hit: TriggerHit, targets: list[str]) -> bool:
    """Whether the forum is what the verb acts on, right after it with no preposition:
    انتقدت إيران قرار مجلس الأمن، "criticised the Security Council decision" accuse the
    Council (a complaint lodged with it, شكوى إلى مجلس الأمن، does not)."""
    if any(t.pos != "verb" for t in hit.triggers):
        return False
    for position in range(hit.end, min(hit.end + 5, len(frame.forms))):
        slot = frame.slot_at[position]
        if slot is not None and slot.key in targets and slot.start == position:
            return not slot.prefix.strip("وف")  # (not لمجلس الأمن)
        if frame.stops[position] or frame.forms[position] in _FORUM_PREPS:
            return False
    return False


# Prepositions of the forum a complaint goes to.
_FORUM_PREPS = {"الي", "لدي", "امام", "with", "to", "before", "at"}


def _complained_of(frame: SentenceFrame, hit: TriggerHit, sources: list[str]) -> list[str]:
    """The maker of the act after "over"/بشأن in a complaint's clause: "over Israeli air
    strikes", بشأن الغارات الإسرائيلية."""
    for position in range(max(hit.end, hit.reach), min(hit.end + 10, len(frame.forms))):
        if frame.texts[position] in _COMMA:
            return []
        if frame.forms[position] in {"over", "بشان", "حول"}:
            return _maker_named_after(frame, position + 1, _own_side(frame, sources) | _FORUMS)
    return []


# Nouns of captives a side holds (Arabic, then English): hostages, prisoners, detainees, the dead.
_CAPTIVES = {normalize(word) for word in (
    "محتجزين", "محتجزا", "المحتجزين", "رهائن", "الرهائن", "رهينة", "أسرى", "الأسرى", "أسيرا",
    "معتقلين", "المعتقلين", "جثامين", "جثث",
)} | {"hostage", "hostages", "prisoner", "prisoners", "captive", "captives", "detainee",
      "detainees", "bodies", "remains"}  # fmt: skip


def _captives_handed(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a verb or noun of handing over (سلّمت، تسليم، "handed") has captives for its
    object, a few words on (past its agent and a count): a release, not aid ("handed three
    Israeli hostages to the Red Cross", not "handed a letter to")."""
    if frame.lang == "en":
        if not _bare_hand(hit):
            return False
    elif not normalize(hit.triggers[0].form).startswith(("تسليم", "سلم")):
        return False
    # (past asides set off by commas: سلّمت كتائب القسام، الجناح العسكري لحركة حماس، ظهر
    # اليوم السبت، ثلاثة محتجزين)
    for position in range(hit.end, min(hit.end + _CAPTIVES_REACH, len(frame.forms))):
        if frame.stops[position] or frame.hit_at[position] not in (None, hit):
            return False  # (not past another act: سلّمت الوسطاء ردّها على المقترح …)
        if frame.forms[position] in _CAPTIVES:
            return True
    return False


_CAPTIVES_REACH = 16


def _captives_state(
    frame: SentenceFrame, hit: TriggerHit, targets: list[str], sources: list[str]
) -> list[str]:
    """The state of the captives a release names by demonym (أربع رهائن إسرائيليات، "four
    Israeli hostages"), when the target found is an intermediary that serves no state."""
    if any(
        slot.key in targets and (slot.state or slot.side != slot.key) for slot in frame.mentions
    ):
        return []
    end = min(hit.end + _CAPTIVES_REACH, len(frame.forms))
    for position in range(max(hit.end, hit.reach), end):
        if frame.stops[position]:
            return []
        slot = frame.slot_at[position]
        if slot is not None and (slot.key in sources or slot.side in sources):
            continue  # تسليم كتائب القسام ثلاثة محتجزين إسرائيليين: past the agent
        if slot is not None:
            keep = slot.kind == "demonym" and slot.key not in targets + sources
            return [slot.key] if keep else []
    return []


# Words of deterrence after a deployment: the actor after them is its target.
_DETER = {normalize(word) for word in (
    "لردع", "ردع", "مواجهة", "لمواجهة", "للتصدي", "deter", "deterrence", "counter", "confront",
    "monitor", "shadow", "intercept", "track", "challenge", "لمراقبة", "لرصد",
    # ("sent warships, fighter jets and rocket forces to surround Taiwan")
    "surround", "encircle", "blockade", "besiege", "intimidate",
)}  # fmt: skip


# A deployment's message, and to whom: رسالة واضحة لإيران، "a clear message to Tehran".
_MESSAGE_AR = normalize("رسالة")
_MESSAGE = {_MESSAGE_AR, "message", "signal"}


def _purpose_opening(frame: SentenceFrame, position: int) -> bool:
    """Whether ``position`` is the comma, or the word after it, that opens a clause giving
    an act's purpose: "…, saying it wanted to deter Iran", "…, in a bid to deter Moscow",
    …، لتعزيز الردع في مواجهة الحوثيين."""
    if frame.texts[position] in _COMMA:
        return frame.forms[position + 1] in _PURPOSE_OPENERS or (
            frame.forms[position + 1 : position + 3] == ["في", _MESSAGE_AR]
        )  # …، في رسالة واضحة إلى
    return frame.texts[position - 1] in _COMMA and frame.forms[position] in _PURPOSE_OPENERS


_PURPOSE_OPENERS = {"saying", "in"} | {
    normalize(word) for word in (
        "لتعزيز", "لردع", "لمواجهة", "بهدف", "تحسبا", "سعيا", "قائلا", "مضيفا", "مؤكدا",
    )
}  # fmt: skip


# People who take to the streets or the roads as a group: "Polish farmers", المزارعين.
_PEOPLE_NOUNS = {
    "farmers", "workers", "students", "truckers", "residents", "doctors", "teachers",
} | {normalize(word) for word in ("المزارعين", "المزارعون", "مزارعين", "مزارعون", "العمال",
                                  "الطلاب", "السكان", "سائقي", "سائقو")}  # fmt: skip


def _official_protest(
    frame: SentenceFrame, hit: TriggerHit, trigger: Trigger, found: list[Found]
) -> tuple[str, list[str], list[str]] | None:
    """The type of an act done "in protest at" something (احتجاجاً على), its makers and
    whoever did that something (if named): ACCUSE for a government's measure (a recall,
    an expulsion), PROTEST for a boycott or a people's act ("Polish farmers"); None for a
    crowd's protest, which is read as a protest already."""
    if trigger.type != "PROTEST" or trigger.pos != "noun" or hit.end >= len(frame.forms):
        return None
    if frame.lang == "ar":
        purpose = not hit.prefix and frame.texts[hit.start].endswith(("اً", "ا"))
    else:
        purpose = hit.start > 0 and frame.forms[hit.start - 1] == "in"
    if not purpose or frame.forms[hit.end] not in {"علي", "ضد", "at", "against", "over"}:
        return None
    before = [f for f in found if f.source and f.trigger_end <= hit.start]
    commas = [i for i in range(hit.start) if frame.texts[i] in _COMMA]
    clause = commas[-1] if commas else 0
    if not before:
        return None
    boycott = [f for f in before if f.type == "PROTEST" and f.trigger_start >= clause]
    if boycott:
        # قاطعت تونس الاجتماع احتجاجاً على سياسات الاتحاد, "Iraq boycotted a forum in
        # protest at Turkey's dam building": the protest is against whoever is named.
        protesters = list(dict.fromkeys(f.source for f in boycott if f.source))
        protested = _maker_named_after(frame, hit.end + 1, set(protesters))
        return "PROTEST", protesters, protested
    if any(_crowd_noun(frame, i) or frame.forms[i] in _CROWD_COUNTS for i in range(hit.start)):
        return None  # مئات المتظاهرين الذين حاولوا اقتحام السفارة، احتجاجاً على: a crowd's
    main = before[-1]
    if hit.start - main.trigger_end > 12:
        return None
    protesters = list(
        dict.fromkeys(f.source for f in found if f.trigger_start == main.trigger_start)
    )
    # "Polish farmers extended their blockade in protest at": people, not a government,
    # and their act is a protest.
    people = not _PEOPLE_NOUNS.isdisjoint(frame.forms[: hit.start])
    # No maker named: no accusation, and no protest either.
    protested = _maker_named_after(frame, hit.end + 1, set(protesters))
    return ("PROTEST" if people else "ACCUSE"), protesters, protested


def _maker_named_after(frame: SentenceFrame, start: int, skip: set[str]) -> list[str]:
    """The maker of the act named from ``start``: its genitive or adjective a few words on
    (إعلان باريس، تصريحات مسؤولين أمريكيين، "France's support", "Israeli air strikes"),
    even past a noun of announcing, but not past a comma, a topic or a place (تصريحاته
    بشأن الحرب في اليمن)."""
    for position in range(start, min(start + 5, len(frame.forms))):
        if frame.texts[position] in _COMMA or frame.forms[position] in _ABOUT | _LOCATIVE:
            return []
        slot = frame.slot_at[position]
        if slot is not None and slot.key not in skip:
            return _keys(frame, slot)
    return []


# A meeting's hall or session, left in protest, and the speech during which it was left
# (after a word of ``_DURING``: أثناء، خلال، لدى).
_HALLS = {normalize(word) for word in ("القاعة", "قاعة", "الجلسة", "جلسة")}
_SPEECHES = {normalize(word) for word in ("كلمة", "خطاب", "إلقاء", "بدء")}


def _hall_left_during(frame: SentenceFrame, hit: TriggerHit) -> list[str] | None:
    """Whom an Arabic walkout protests: the speaker of the speech during which a hall was
    left (انسحب الوفد من القاعة أثناء كلمة لافروف), or None if no hall was left then."""
    if frame.lang != "ar" or not normalize(hit.triggers[0].form).startswith("انسحب"):
        return None
    after = max(hit.end, hit.reach)
    hall = next((p for p in range(after, min(after + 8, len(frame.forms)))
                 if frame.forms[p] in _HALLS), None)  # fmt: skip
    if hall is None:
        return None
    if not any(frame.slot_at[p] is not None for p in range(max(0, hit.start - 6), hall)):
        return []  # (the hall's owner, after it, is no one walking out: قاعة مجلس حقوق الإنسان)
    for position in range(after, min(after + 10, len(frame.forms) - 1)):
        if frame.forms[position] in _DURING and frame.forms[position + 1] in _SPEECHES:
            for ahead in range(position + 2, min(position + 8, len(frame.forms))):
                slot = frame.slot_at[ahead]
                if slot is not None:
                    return _keys(frame, slot)
            return None
    return None


def _declared_unwelcome(frame: SentenceFrame, hit: TriggerHit, sources: list[str]) -> list[str]:
    """The state of the diplomat named right before "persona non grata" (اعتبار الملحق
    الثقافي في السفارة الإيرانية شخصاً غير مرغوب فيه)."""
    own = _own_side(frame, sources)
    for position in range(hit.start - 1, max(-1, hit.start - 8), -1):
        if frame.stops_at_comma[position]:
            return []
        slot = frame.slot_at[position]
        if slot is not None and slot.side not in own and slot.key not in own:
            return _keys(frame, slot)
    return []


# Triggers of walking out on a speaker.
_WALKOUTS = {"walk out", "walkout"}


def _walked_out_on(frame: SentenceFrame, hit: TriggerHit, sources: list[str]) -> list[str]:
    """Whom a walkout protests: the one speaking when it happened ("walked out of the hall
    as Russian Foreign Minister Sergei Lavrov began his speech", "walked out during
    Lavrov's speech", "during a speech by Iran's president")."""
    own = _own_side(frame, sources)
    for position in range(hit.end, min(hit.end + 14, len(frame.forms))):
        if frame.forms[position] not in {"as", "when", "while", "during"}:
            if frame.stops[position] and frame.texts[position] not in _COMMA:
                return []
            continue
        for ahead in range(position + 1, min(position + 6, len(frame.forms))):
            slot = frame.slot_at[ahead]
            if slot is not None:
                return [key for key in _keys(frame, slot) if key not in own]
        return []
    return []


def _threatened_act_maker(frame: SentenceFrame, hit: TriggerHit, sources: list[str]) -> list[str]:
    """The maker, named after "by" or "of", of the act an English threat is aimed at:
    "would take action against upcoming drills by the United States", "would respond to
    the joint drills of Washington and Seoul"."""
    own = _own_side(frame, sources)
    end = min(max(hit.end, hit.reach) + 16, len(frame.forms) - 2)
    for position in range(max(hit.end, hit.reach), end):
        if frame.stops[position] and frame.texts[position] not in _COMMA:
            return []
        if frame.forms[position] not in {"against", "to"}:
            continue
        for ahead in range(position + 1, min(position + 5, end)):
            act = frame.hit_at[ahead]
            if act is None or act is hit:
                continue
            if frame.forms[act.end : act.end + 1] in (["by"], ["of"]):
                found = _right_mention(frame, act.end + 1, max_gap=1)
                keys = _keys(frame, found[0]) if found is not None else []
                return [key for key in keys if key not in own]
            break
    return []


def _border_state(frame: SentenceFrame, hit: TriggerHit, sources: list[str]) -> list[str]:
    """The state whose border a deployment nears: "deployed units near the Finnish
    border" (an English demonym on "border", which is otherwise only a place)."""
    for position in range(max(hit.end, hit.reach), min(hit.end + 12, len(frame.forms) - 1)):
        if frame.stops_at_comma[position]:
            return []
        slot = frame.slot_at[position]
        if (
            slot is not None
            and slot.kind == "demonym"
            and slot.key not in sources
            and slot.end < len(frame.forms)
            and frame.forms[slot.end] in {"border", "borders", "frontier"}
        ):
            return [slot.key]
    return []


def _deterred(frame: SentenceFrame, hit: TriggerHit, sources: list[str]) -> list[str]:
    """The actor a deployment is meant to deter or face, named in its clause (لردع إيران،
    في مواجهة روسيا)."""
    after = max(hit.end, hit.reach)
    for position in range(after, min(after + 24, len(frame.forms) - 1)):
        # (a list of actors or of forces: "to Bulgaria, Hungary and Romania", "warships,
        # fighter jets and rocket forces")
        listed = all(
            frame.slot_at[p] is not None or frame.cues.get(p) == "materiel"
            for p in (position - 1, position + 1)
        )
        if frame.stops_at_comma[position] and not _purpose_opening(frame, position):
            if not (listed and frame.texts[position] in _COMMA):
                return []  # (but "to Bulgaria, Hungary, Romania and Slovakia to deter")
        if frame.forms[position] in _MESSAGE:
            # في رسالة «واضحة لا لبس فيها» إلى النظام الإيراني، "a clear message to
            # Tehran": whom the deployment is meant for.
            for ahead in range(position + 1, min(position + 10, len(frame.forms))):
                if frame.texts[ahead] in _CLAUSE_PUNCT | _COMMA:
                    break
                slot = _mention_at(frame, ahead)
                if slot is not None and "ل" in slot.prefix and slot.key not in sources:
                    return _keys(frame, slot)  # رسالة واضحة لإيران
                if frame.forms[ahead] in {"الي", "to"}:
                    found = _right_mention(
                        frame, ahead + 1, max_gap=2, skip_keys=frozenset(sources)
                    )
                    return _keys(frame, found[0]) if found else []
        if frame.forms[position] in _DETER:
            # (past a participle and its preposition: رسالة ردع موجهة إلى إيران)
            found = _right_mention(frame, position + 1, max_gap=2, skip_keys=frozenset(sources))
            return _keys(frame, found[0]) if found else []
        if frame.forms[position] in _DEFENDING:
            # "to help defend Israel against possible attacks by Iran": whom the defended
            # are defended against (not the defended: that is support).
            against = next(
                (p for p in range(position + 1, min(position + 9, len(frame.forms)))
                 if frame.forms[p] in _DEFENDED_FROM),
                None,
            )  # fmt: skip
            if against is None:
                return []
            found = _right_mention(frame, against + 1, max_gap=4, skip_keys=frozenset(sources))
            return [slot.key for slot in _coordinated(frame, found[0])] if found else []
    return []


# Verbs of defending, and the word before whom one is defended.
_DEFENDING = {normalize(word) for word in ("defend", "protect", "للدفاع", "لحماية")}
_DEFENDED_FROM = _AGAINST | {"من", "from"}


_FORMAL = {"formal", "diplomatic", "official", "رسمي", "رسميا", "الرسمي"}


def _delivered_to(frame: SentenceFrame, start: int) -> bool:
    """Whether an Arabic word of delivering, with its clitics, stands right before
    ``start`` or before the envoy it is delivered to: لإبلاغه احتجاجاً، وسلّمته احتجاجاً،
    تسليم السفير الإسباني احتجاجاً (a protest handed to an envoy is a government's
    complaint, not a crowd's protest)."""
    if frame.lang != "ar":
        return False
    for position in range(start - 1, max(-1, start - 4), -1):
        readings = ar_stems(frame.forms[position], suffixes=True, clitics="trigger")
        if any(stem in _DELIVERING for stem, _, _ in readings):
            return True
        if frame.stops[position] and frame.slot_at[position] is None:
            return False
    return False


_DELIVERING = {normalize(word) for word in (
    "أبلغ", "أبلغت", "إبلاغ", "سلم", "سلمت", "تسليم", "نقل", "نقلت", "قدم", "قدمت", "تقديم",
    "وجه", "وجهت", "توجيه",
)}  # fmt: skip


def _state_protests(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether the verb "protest" (احتج) has a state, its capital, a body or an official
    as subject, and no crowd in sight. (A boycott stays a protest, whoever makes it.)"""
    first = hit.triggers[0].form.split()[0]
    if first != "protest" and not first.startswith(("احتج", "يحتج", "تحتج")):
        return False
    if frame.lang == "ar":
        found = _right_mention(frame, hit.end, max_gap=2, subject=True)
        slot = found[0] if found else _left_subject(frame, hit.start, max_gap=1)
    else:
        slot = _left_subject(frame, hit.start, max_gap=2)
        if slot is None and frame.forms[hit.start - 1] == "to" and frame.mentions:
            # "Kuwait summoned Iran's ambassador on Sunday to protest": the main subject
            slot = frame.mentions[0] if frame.mentions[0].start <= 1 else None
    titled = slot is not None and slot.kind == "demonym" and slot.start - 1 in frame.roles
    if slot is None or (
        slot.kind not in {"name", "capital", "body", "short", "abbrev", "person"} and not titled
    ):
        return False  # (but احتجت الخارجية الهندية: a ministry, by its demonym)
    near = [i for i in range(max(0, hit.start - 4), min(hit.end + 4, len(frame.forms)))
            if not hit.start <= i < hit.end]  # fmt: skip
    return not _crowd_among(frame, near)


def _crowd_among(frame: SentenceFrame, positions: Iterable[int]) -> bool:
    """Whether a crowd (protesters, thousands) is named at any of ``positions``."""
    return any(_crowd_noun(frame, i) or frame.forms[i] in _CROWD_COUNTS for i in positions)


def _state_protests_by_act(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether «احتجاجاً على» ("in protest at") gives the purpose of a state's own act:
    سحبت الجزائر سفيرها … احتجاجاً على تأييد مدريد: a complaint, not a street protest."""
    if frame.lang != "ar" or not frame.forms[hit.start].removeprefix("و").startswith("احتجاجا"):
        return False
    slot = _clause_subject(frame, hit.start, max_words=30)
    if slot is None or slot.kind not in {"name", "capital", "body", "short", "person"}:
        return False
    return not _crowd_among(frame, range(hit.start))


# What is blocked by force rather than by a vote: vessels, convoys, roads, access.
_PASSAGES = {
    "mission",
    "boat",
    "ship",
    "tanker",
    "vessel",
    "convoy",
    "truck",
    "road",
    "access",
    "crossing",
    "entry",
    "port",
    "shipment",
    "flight",
    "resupply",
    "border",
    "route",
    "passage",
}  # fmt: skip  (not aid or deliveries: "Budapest blocked EU aid to Kyiv")


def _blocks_passage(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """An English "block" whose object is a vessel, a convoy or a way through; in the
    passive, its subject ("a Philippine supply boat was blocked")."""
    if frame.lang != "en" or trigger.form != "block":
        return False
    if hit.start and frame.forms[hit.start - 1] in {"was", "were", "been", "being"}:
        for position in range(hit.start - 2, max(-1, hit.start - 8), -1):
            if frame.texts[position] in _COMMA:
                break
            if frame.lemmas[position] in _PASSAGES:
                return True
    for position in range(hit.end, min(hit.end + 8, len(frame.forms))):
        if frame.texts[position] in _COMMA:  # (past "and": "blocked and fired … at a boat")
            return False
        if frame.lemmas[position] in _PASSAGES:
            return True
    return False


# Weapons named after "blasted … with": a physical attack, not a verbal one.
_WEAPONS = {"water", "cannon", "cannons", "missiles", "rockets", "artillery", "shells",
            "drones", "gunfire", "fire", "tear", "lasers", "laser"}  # fmt: skip


# What an act endangers rather than what anyone threatens: a state's security or stability.
_SECURITY = {normalize(word) for word in (
    "أمن", "الأمن", "بأمن", "استقرار", "الاستقرار", "سلامة", "السلم", "security", "stability",
    "safety",
)}  # fmt: skip


_JOINT_ACTS = {normalize(word) for word in ("عملية", "عمليات", "operation", "raid", "strike",
               "offensive", "campaign")}  # fmt: skip


def _joint(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether "joint" (the drills' word list, ``_JOINT``) qualifies an attack: within it
    or a few words after its verb (ضربات جوية وصاروخية مشتركة، "launched joint strikes")."""
    start = max(0, hit.start - 1)
    end = min(max(hit.end, hit.reach) + 12, len(frame.forms))
    for position in range(start, end):
        # (past a day set off by commas: شنّت القوات …، فجر الجمعة، ضربات مشتركة)
        if position >= hit.end and frame.stops[position]:
            return False
        if frame.forms[position] in _JOINT:
            return True
    return False


def _joint_attack(frame: SentenceFrame, hit: TriggerHit, asserted: list[Found]) -> list[Found]:
    """ASSAULT by each party of a joint operation on whom it is "against" (ضد)."""
    if not any(form in _JOINT_ACTS for form in frame.forms[hit.start : hit.end]):
        return []
    parties = {key for f in asserted if not f.negated for key in (f.source, f.target) if key}
    start = max(hit.end, hit.reach)
    for position in range(start, min(start + 10, len(frame.forms) - 1)):
        if frame.texts[position] in _COMMA or frame.texts[position] in {".", "؛"}:
            return []
        if frame.forms[position] in _AGAINST:
            found = _right_mention(frame, position + 1, max_gap=3)
            if found is None:
                return []
            targets = [key for key in _keys(frame, found[0]) if key not in parties]
            return [
                replace(asserted[0], type="ASSAULT", source=party, target=target, about="")
                for party in sorted(parties) for target in targets
            ]  # fmt: skip
    return []


def _endangers(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a verb of threatening takes security or stability as its object: تهديد أمن
    مصر, "threatens Egypt's national security" says what endangers it, not who threatens."""
    if not any(t.pos == "verb" for t in hit.triggers):
        return False
    for position in range(hit.end, min(hit.end + 5, len(frame.forms))):
        if (
            frame.forms[position] in _SECURITY
            and frame.slot_at[position] is None
            and frame.forms[position - 1] != "مجلس"
        ):
            return True  # (not مجلس الأمن, an actor or a title: نائب رئيس مجلس الأمن)
        if frame.stops_at_comma[position] or frame.hit_at[position] is not None:
            return False
    return False


def _storms_mission(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """Whether a verb of storming takes an embassy or consulate as its object:
    "stormed the Mexican embassy", اقتحمت … مقر السفارة المكسيكية."""
    if not normalize(trigger.form).startswith(_STORMING):
        return False
    subject = _left_subject(frame, hit.start, max_gap=3) if frame.lang == "en" else None
    people = subject is not None and frame.texts[subject.end - 1].endswith("s")
    if people and subject.kind == "demonym":
        return False  # "Hundreds of Iraqis stormed the Swedish embassy": a crowd's protest
    after = max(hit.end, hit.reach)
    window = frame.forms[after : after + 6]
    return any(form in _EMBASSIES for form in window)


_STORMING = tuple(normalize(word) for word in ("storm", "force way into", "اقتحم", "اقتحمت",
                                               "اقتحموا", "يقتحم", "تقتحم", "اقتحام"))  # fmt: skip


def _hit_with(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> tuple[int, str] | None:
    """The position and type of the means an English "hit" or "blast" names after "with":
    "hit Russia with new sanctions" (a sanction), "blasted a boat with water cannon" (an
    attack, where "blasted the decision" is criticism)."""
    if frame.lang != "en" or trigger.form not in {"hit", "blast"}:
        return None
    for position in range(hit.end, min(hit.end + 8, len(frame.forms) - 1)):
        if frame.stops_at_comma[position]:
            return None
        if frame.forms[position] != "with":
            continue
        if trigger.form == "blast":
            weapon = frame.forms[position + 1 : position + 3]
            return (position, "ASSAULT") if _WEAPONS.intersection(weapon) else None
        for noun in range(position + 1, min(position + 4, len(frame.forms))):
            other = frame.hit_at[noun]
            kinds = {t.type for t in other.triggers} if other is not None else set()
            if other is not None and any(
                normalize(t.form) in _WATER_CANNONS for t in other.triggers
            ):
                return None  # "hit with water cannon": force, an assault as well
            if kinds & {"SANCTION", "ACCUSE", "COERCE"}:
                return noun, next(iter(kinds & {"SANCTION", "ACCUSE", "COERCE"}))
        return None
    return None


# Verbs of promising, and what a promise of aid names: money, arms, aid itself.
_PLEDGE = {"pledge", "promise", "offer", "تعهد", "وعد"}
_MATERIAL = {normalize(word) for word in (
    "million", "billion", "euros", "dollars", "$", "weapons", "arms", "loan", "loans", "grant",
    "grants", "credits", "deposits", "fuel", "products",
    "funding", "systems", "tanks", "ammunition", "equipment", "provide", "supply", "deliver",
    "مليون", "مليار", "دولار", "يورو", "أسلحة", "قرض", "قروض", "منحة", "معونات", "بتقديم",
    "بتزويد", "بإرسال",
)}  # fmt: skip
_AID_PREPS = {"en": ("to", "for"), "ar": ("ل", "الي")}


def _pledged_aid(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> int | None:
    """Where the aid, money or arms a verb of promising names ends, if it names any in
    its clause: "pledged 100 million euros in aid", تعهدت بتقديم مساعدات (not "promised
    to hold talks")."""
    # The stem may follow an Arabic person prefix: يتعهد، نتعهد.
    if trigger.pos != "verb" or not any(stem in trigger.form[: len(stem) + 2] for stem in _PLEDGE):
        return None
    named = None
    position, end = hit.end, min(hit.end + 10, len(frame.forms))
    while position < end:
        listed = named is not None and frame.texts[position] in _COMMA
        if listed:
            # "$12 billion in grants, soft loans and petroleum products": the list goes on
            # while a comma is followed, a word or two on, by more of what is given.
            ahead = range(position + 1, min(position + 4, len(frame.forms)))
            position = next((p for p in ahead if _material_at(frame, p)), -1)
            if position < 0 or any(frame.stops_at_comma[p] for p in ahead if p < position):
                break
            end = min(position + 10, len(frame.forms))
        if frame.stops_at_comma[position]:
            break
        if _material_at(frame, position):
            named = position + 1  # the last of them: "$100 million in humanitarian aid"
        elif named is not None and not any(
            _material_at(frame, p) and not frame.stops_at_comma[p]
            for p in range(position + 1, min(position + 3, len(frame.forms)))
        ):
            break  # (a word or two may join them: a figure, "in", "and", an adjective)
        position += 1
    return named


def _material_at(frame: SentenceFrame, position: int) -> bool:
    """Whether aid, money or arms is named at ``position``."""
    if position >= len(frame.forms):
        return False
    other = frame.hit_at[position]
    return (other is not None and any(t.type == "AID" for t in other.triggers)) or (
        frame.forms[position] in _MATERIAL
    )


# Threats of answering in kind: their object is whoever struck the threatener last.
_RETALIATION = ("retaliat", "respond", "response", "consequence", "revenge", "unanswered",
                "countermeasure",
                "توعد", "يتوعد", "تتوعد", "متوعد", "بالرد", "رد", "مضادة")  # fmt: skip


def _retaliation(trigger: Trigger) -> bool:
    """Whether a threat promises an answer ("vowed to retaliate", توعّد بالرد)."""
    return any(stem in trigger.form for stem in _RETALIATION)


# Verbs of answering: "responded", "hit back", ردّ، ردّت، سترد. (The light-verb cue rows for
# ردّت/"respond" give the answer's agent; these read what it answers.)
_EN_ANSWER_LEMMAS = {"respond", "retaliate", "react", "reply"}
_AR_ANSWER_FORMS = {normalize(word) for word in (
    "رد", "ردت", "ردوا", "ردا", "ردتا", "يرد", "ترد", "نرد", "يردون", "تردان",
)}  # fmt: skip
# What may stand between "with" and the attack it answers with: "with a barrage of drones".
_EN_MEANS = {"a", "an", "air", "drone", "missile", "artillery", "its", "their", "wave",
             "barrage", "series", "salvo", "of"}  # fmt: skip


def _answering_at(frame: SentenceFrame, position: int, promised: bool = False) -> bool:
    """Whether a verb of answering stands at ``position`` ("responded", "hit back", ردّت);
    ``promised``: one still to come ("would respond", سترد، سوف ترد)."""
    form, before = frame.forms[position], frame.forms[position - 1] if position else ""
    if frame.lang == "en":
        answering = frame.lemmas[position] in _EN_ANSWER_LEMMAS or (
            form == "back" and frame.lemmas[position - 1 : position] in (["hit"], ["strike"])
        )
        return answering and (not promised or before in {"would", "will"})
    if not promised:
        return form in _AR_ANSWER_FORMS
    future = form.startswith("س") and form[1:] in _AR_ANSWER_FORMS
    return future or (before == "سوف" and form in _AR_ANSWER_FORMS)


def _answer_means(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an attack is the means of an answer: ردّ الجيش بغارات جوية, أن الجيش ردّ
    بقصف مدفعي, "the army responded with air strikes", "hit back with a wave of drones".
    Its object is the attacker answered, whom discourse knows."""
    at = hit.start
    if frame.lang == "ar":
        if not frame.texts[at].startswith("ب"):
            return False
    else:
        while at > 0 and frame.forms[at - 1] in _EN_MEANS:
            at -= 1  # back over "a wave of air" to "with"
        if at == 0 or frame.forms[at - 1] not in {"with", "by"}:
            return False
        at -= 1
    return any(_answering_at(frame, p) for p in range(max(at - 3, 0), at))


# Verbs of describing or deeming: criticism when what follows is pejorative.
_DESCRIBING = ("وصف", "يصف", "تصف", "واصف", "نعت", "ينعت", "تنعت", "ناعت", "اعتبر", "يعتبر",
               "تعتبر", "معتبر", "describ", "brand", "label", "term", "call")  # fmt: skip
# Particles after "call" that make it a request or another verb: "called for", "called off".
_CALL_PARTICLES = {"for", "on", "upon", "off", "in", "up", "back", "out", "to"}
# How far the pejorative word may lie from the verb, and from بأن/"as", which may come
# late after a long object (وصفت مذكرة التفاهم التي وقعتها إثيوبيا مع … بأنها «اعتداء»).
_DESCRIPTION_REACH = 16
_DESCRIPTION_OPENED = 6


_IN_STATEMENT = {"في", "in", "via"}
_DESCRIPTION_OPENERS = {"بان", "بانه", "بانها", "بانهم", "بانهما", "انه", "انها", "انهم", "as"}


def _description(
    frame: SentenceFrame, hit: TriggerHit, trigger: Trigger, lexicon: LanguageLexicon
) -> int | None:
    """For a verb of describing or deeming, where its description starts if it is
    pejorative (وصفت الخطوة الإثيوبية بأنها «اعتداء سافر», "branded it a betrayal"), -1
    if it is not ("described the talks as constructive"); None for other verbs.

    The description opens at بأن/أنه/"as" or a quotation mark, or at the pejorative word
    itself, and must show that word before a full stop, a new statement or a verb
    joined by و/and."""
    if not normalize(trigger.form).startswith(_DESCRIBING):
        return None
    if (
        trigger.form == "call"
        and frame.forms[hit.end : hit.end + 1] != []
        and (frame.forms[hit.end] in _CALL_PARTICLES)
    ):
        return -1  # "called for an end to the aggression": a request
    opened = -1
    for position in range(hit.end, min(len(frame.forms), hit.end + _DESCRIPTION_REACH)):
        form = frame.forms[position]
        if frame.texts[position] in {".", ";", "؛"} or (
            # a new statement (but في بيان، "in a statement": where it was described)
            frame.cues.get(position) == "report" and frame.forms[position - 1] not in _IN_STATEMENT
        ):
            return -1
        if opened < 0 and (form in _DESCRIPTION_OPENERS or frame.texts[position] in _QUOTES):
            opened = position
        if opened >= 0 and position - opened > _DESCRIPTION_OPENED:
            return -1  # the pejorative word heads the description ("مؤشر … ضد الإرهاب": no)
        if frame.cues.get(position) == "pejorative" or (
            # بـ«الانتهاكات المتكررة»: the noun with its article, read as "the violations"
            # that an event anaphor would be (a position holds one cue kind)
            frame.lang == "ar"
            and frame.forms[position].startswith(("ال", "بال"))
            and (frame.forms[position].split("ال", 1)[1],) in lexicon.cues.get("pejorative", ())
        ):
            return opened if opened >= 0 else position
        other = frame.hit_at[position]
        if (
            other is not None
            and other is not hit
            and _pos(frame, other).pos == "verb"
            and (other.prefix in {"و", "ف"} or frame.forms[position - 1] in {"and", "but"})
        ):
            return -1  # وصف المحادثات بأنها بناءة وأدان …: a new clause
    return -1


def _claim_that(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether the English noun "claims" goes on to what is claimed ("Kremlin claims that
    Chisinau was preparing …", "claims by John Bolton that Havana kept troops"): a charge."""
    for position in range(hit.end, min(hit.end + 10, len(frame.forms))):
        if frame.forms[position] == "that":
            return True
        if frame.texts[position] in {",", ".", ";"} or frame.hit_at[position] is not None:
            return False
    return False


def _claims_dismissed(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether English "claims" are rejected as something: "dismissing U.S. intelligence
    claims as a rumour" (a charge the speaker answers)."""
    if frame.forms[hit.end : hit.end + 1] != ["as"]:
        return False
    return any(
        other is not None and any(t.type == "REJECT" for t in other.triggers)
        for other in map(frame.hit_at.__getitem__, range(max(0, hit.start - 5), hit.start))
    )


def _measures_agreed(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether English "agree" has sanctions as object a few words on ("agreed (on) a new
    package of sanctions"), which it imposes rather than accepts."""
    for position in range(hit.end, min(hit.end + 6, len(frame.forms))):
        if frame.stops_at_comma[position]:
            return False
        if frame.hit_at[position] is not None:
            return _agreeing_on_measures(frame, hit.start, position)
    return False


def _described_act_maker(frame: SentenceFrame, start: int, end: int) -> Slot | None:
    """The maker of an act described between ``start`` and ``end``, named in a relative
    clause on it (مذكرة التفاهم التي وقّعتها إثيوبيا، الإجراءات التي اتخذتها الحكومة)."""
    for position in range(start, min(end, len(frame.forms)) - 2):
        if frame.forms[position] not in {"التي", "الذي"}:
            continue
        subject = position + 2  # التي وقّعتها إثيوبيا
        if frame.forms[subject] in {"بها", "به", "فيها", "فيه"}:
            subject += 1  # التصريحات التي أدلى بها وزير الخارجية المغربي
        elif not frame.forms[position + 1].endswith(("ها", "ه")):
            return None
        found = _right_mention(frame, subject, max_gap=0, subject=True)
        return found[0] if found is not None and found[0].end <= end else None
    return None


def _praised_act(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a verb of describing has an act just reported as object (القرار، "the
    decision") and a word of praise in its description (بأنه «شجاع», "as historic")."""
    anaphor = opened = -1
    for position in range(hit.end, min(len(frame.forms), hit.end + _DESCRIPTION_REACH)):
        if frame.texts[position] in {".", ";", "؛"} or frame.hit_at[position] is not None:
            return False
        kind = frame.cues.get(position)
        if kind == "event_anaphor" and anaphor < 0:
            anaphor = position
        elif anaphor >= 0 and opened < 0 and frame.forms[position] in _DESCRIPTION_OPENERS:
            opened = position
        elif opened >= 0 and position - opened > _DESCRIPTION_OPENED:
            return False
        elif kind == "laudatory" and anaphor >= 0 and (opened >= 0 or position - anaphor <= 3):
            return True  # (or right after the act: اعتبرت الخطوة إيجابية، "called the move
            # a positive step")
    return False


def _praised_actor(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a verb of describing has an actor as object and a word of praise opening
    its description: وصف تراوري موسكو بأنها «شريك صادق»، "called Paris a reliable partner"."""
    named = False
    for position in range(hit.end, min(len(frame.forms), hit.end + _DESCRIPTION_REACH)):
        if frame.texts[position] in {".", ";", "؛"}:
            return False
        if frame.slot_at[position] is not None:
            named = True
        elif named and (
            frame.forms[position] in _DESCRIPTION_OPENERS or frame.texts[position] in _QUOTES
        ):
            window = range(position + 1, min(len(frame.forms), position + 4))
            return any(frame.cues.get(p) == "laudatory" for p in window)
    return False


# Demands and conditions, which agreeing to or meeting is yielding (CONCEDE); a demand
# is also a request of the one who yields.
_DEMANDS = {normalize(word) for word in (
    "demand", "demands", "مطالب", "المطالب", "مطالبات", "المطالبات",
)}  # fmt: skip
_CONDITIONS = {normalize(word) for word in ("condition", "conditions", "شروط", "الشروط")}


def _demand_in_phrase(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a demand is named in a yielding phrase: "bowing to a long-standing demand
    by Baku", "met Ankara's demands", لمطالب الاتحاد."""
    end = min(len(frame.forms), max(hit.end, hit.reach) + 6)
    return any(
        frame.forms[i] in _DEMANDS or frame.forms[i][1:] in _DEMANDS  # لمطالب
        for i in range(hit.start, end)
    )


def _demanders(frame: SentenceFrame, hit: TriggerHit) -> list[str]:
    """The makers of the request noun a few words after a verb of yielding."""
    for position in range(max(hit.end, hit.reach), min(len(frame.forms), hit.end + 4)):
        noun = frame.hit_at[position]
        if noun is not None and any(t.type == "REQUEST" and t.pos == "noun" for t in noun.triggers):
            maker = _noun_source(frame, noun)
            return _keys(frame, maker) if maker is not None else []
        if frame.stops_at_comma[position]:
            break
    return []


def _demands_met(frame: SentenceFrame, position: int, trigger: Trigger) -> Slot | None:
    """Whose demands an act of agreeing or meeting takes as its object: "agreed to
    Turkish demands", "met Ankara's demands", وافقت على المطالب التركية، قبلت شروط موسكو."""
    if not (trigger.type == "AGREE" or trigger.form == "meet") or trigger.pos != "verb":
        return None
    forms = frame.forms
    while position < len(forms) and forms[position] in {"to", "the", "علي"}:
        position += 1
    if position + 1 >= len(forms):
        return None
    slot = frame.slot_at[position]
    if slot is not None:  # "Turkish demands", "Ankara's demands"
        after = slot.end + (slot.end < len(forms) and forms[slot.end] == "'s")
        return slot if after < len(forms) and forms[after] in _DEMANDS | _CONDITIONS else None
    if frame.lang == "ar":
        return frame.slot_at[position + 1] if forms[position] in _DEMANDS | _CONDITIONS else None
    # "meeting key demands set by Ankara", "the conditions laid down by Moscow"
    words = 0
    wanted = _DEMANDS | _CONDITIONS
    while position < len(forms) - 1 and words < 2 and forms[position] not in wanted:
        if frame.slot_at[position] is not None or frame.hit_at[position] is not None:
            return None
        position, words = position + 1, words + 1
    if forms[position] not in wanted:
        return None
    after = position + 1
    after += after < len(forms) and forms[after] in {"set", "made", "laid", "put"}
    after += after < len(forms) and forms[after] in {"down", "forward"}
    if after < len(forms) - 1 and forms[after] in {"by", "from"}:
        return frame.slot_at[after + 1]
    return None


# Words between a future marker (or a vow) and the act it marks: "will keep targeting",
# "would continue to strike", "vowed to continue attacking", سوف نواصل.
_EN_FUTURE = {"will", "would", "'ll", "shall", "vow", "vowed", "vows", "vowing", "swore",
              "pledged"}  # fmt: skip
_STILL = {"keep", "continue", "to", "also", "again", "further", "soon"}
# Arabic aspect verbs that carry the future prefix: ستواصل استهداف، سنواصل ضرب.
# (and verbs of starting one: ستبدأ عملية برية، ستطلق عملية)
_AR_FUTURE_ASPECT = {normalize(word) for word in (
    "سنواصل", "سيواصل", "ستواصل", "سنستمر", "سيستمر", "ستستمر", "ستبدأ", "سيبدأ", "سنبدأ",
    "ستطلق", "سيطلق", "سنطلق", "ستنفذ", "سينفذ", "سننفذ",
)}  # fmt: skip


def _future_aspect_before(frame: SentenceFrame, position: int) -> bool:
    """Whether an Arabic future aspect verb opens the act, also past a short aside in
    quotes: ستواصل استهداف، ستبدأ «في الوقت المناسب» عملية برية ضد."""
    before = position - 1
    if before >= 0 and frame.texts[before] in _QUOTES:
        opening = next(
            (p for p in range(before - 1, max(-1, before - 6), -1) if frame.texts[p] in _QUOTES),
            None,
        )
        before = opening - 1 if opening is not None else -1
    return before >= 0 and frame.forms[before].lstrip("وف") in _AR_FUTURE_ASPECT


def _promised(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an act is declared for the future: "will keep targeting", "would strike",
    سنضرب، سوف تستهدف، ستواصل استهداف."""
    if frame.lang == "ar":
        return (
            "س" in hit.prefix
            or frame.cues.get(hit.start - 1) == "future"
            or _future_aspect_before(frame, hit.start)
        )
    position = hit.start - 1
    while position >= 0 and hit.start - position <= 4:
        form = frame.forms[position]
        if form in _EN_FUTURE:
            return True
        # (past a quotation's opening mark: would "fight to the end")
        if form not in _STILL and frame.texts[position] not in {'"', "“"}:
            return False
        position -= 1
    return False


# Verbs and nouns of selling or handing over listed alone (not as "sell arms", بيع أسلحة).
_TRANSFERS = {normalize(word) for word in (
    "sale", "sell", "deliver", "delivery", "shipment", "transfer", "provide", "give", "بيع", "باع",
    "باعت", "تسليم", "سلم", "سلمت", "سلموا", "سلمتا", "يسلم", "نسلم", "تقديم",
)}  # fmt: skip
_SALES = {normalize(word) for word in ("sale", "sell", "بيع", "باع", "باعت")}
# English verbs of sending that aid only with relief as their object (not forces or mail).
_SENDING_RELIEF = {"send", "fly", "airlift"}
_DEPLOYMENTS = {normalize(word) for word in (
    "نشر", "نشرت", "ينشر", "تنشر", "أرسل", "أرسلت", "يرسل", "ترسل", "إرسال",
)}  # fmt: skip
_MATERIEL_REACH = 10


_SPANS = {normalize(word) for word in ("ساعة", "ساعات", "يوما", "يوماً", "أيام", "أسبوع",
          "hours", "days", "week")}  # fmt: skip
_TO_LEAVE = {normalize(word) for word in ("مغادرة", "لمغادرة", "بمغادرة", "للمغادرة", "leave")}


def _pair_before(frame: SentenceFrame, noun: int, sources: list[str]) -> list[str]:
    """The actors named together last before an Arabic noun whose suffix is "their two" or
    "their" (مقترحهما، طلبهم), outside the verb's subjects."""
    if frame.lang != "ar" or noun >= len(frame.forms) or frame.slot_at[noun] is not None:
        return []
    if len(frame.forms[noun]) < 5 or not frame.forms[noun].endswith(("هما", "هم")):
        return []
    for slot in reversed([m for m in frame.mentions if m.end <= noun]):
        group = [key for key in _keys(frame, _coordination_head(frame, slot)) if key not in sources]
        if len(group) > 1:
            return list(dict.fromkeys(group))
    return []


def _means_of_attack(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether weapons named right after an attack ("with", ب) are what it used."""
    instrumental = (frame.lang == "ar" and "ب" in hit.prefix) or (
        frame.lang == "en" and hit.start and frame.forms[hit.start - 1] in {"with", "using"}
    )
    if not instrumental:
        return False
    return any(
        t.type == "ASSAULT" for i in range(max(0, hit.start - 4), hit.start)
        for t in _triggers_at(frame, i)
    )  # fmt: skip


def _envoy_told_to_leave(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a request asks an envoy to leave: طلبت من السفير مغادرة البلاد."""
    envoy = False
    for position in range(hit.end, min(hit.end + 10, len(frame.forms))):
        if frame.stops_at_comma[position]:
            return False
        envoy = envoy or frame.forms[position] in _ENVOYS
        if envoy and frame.forms[position] in _TO_LEAVE:
            return True
    return False


def _told_to_leave(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether "to leave" follows a noun within its clause (إنذاراً … بمغادرة البلاد)."""
    for position in range(hit.end, min(hit.end + 9, len(frame.forms))):
        if frame.stops_at_comma[position]:
            return False
        if frame.forms[position] in _TO_LEAVE:
            return True
    return False


def _deadline_to_leave(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a verb of giving gives hours or days to leave (an expulsion)."""
    for position in range(hit.end, min(hit.end + 8, len(frame.forms) - 1)):
        if frame.forms[position] in _SPANS:
            following = frame.forms[position + 1 : position + 3]
            return any(form in _TO_LEAVE for form in following)
        if frame.stops_at_comma[position]:
            return False
    return False


# People among the materiel cues: handed over, they are captives, not arms.
_PERSONNEL = {normalize(word) for word in (
    "troop", "soldier", "unit", "battalion", "brigade", "reinforcement", "قوات", "جنود", "جنودا",
    "جندي", "جنديا", "تعزيزات", "ألوية", "لواء", "لواءين", "كتائب", "وحدات",
)}  # fmt: skip


def _hands_over_arms(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """Whether a verb of handing over hands over weapons or equipment (not captives)."""
    if not normalize(trigger.form).startswith(("hand", "سلم")):
        return False
    end = _materiel_end(frame, hit)
    return end != -1 and frame.lemmas[end - 1] not in _PERSONNEL


# What is expelled by force, not by diplomacy: craft and people who are not envoys.
_EXPELLED_BY_FORCE = {
    "ship", "vessel", "boat", "aircraft", "plane", "jet", "fishermen", "fisherman",
    "migrant", "refugee", "journalist", "reporter", "correspondent", "activist", "worker",
    "citizen", "national", "civilian", "resident", "family", "student",
}  # fmt: skip


def _expels_mission_staff(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """Whether an Arabic expulsion's object, a few words on, is staff of an embassy,
    consulate or diplomatic mission (طرد 12 موظفاً في السفارة الفرنسية)."""
    if frame.lang != "ar" or not normalize(trigger.form).startswith(("طرد", "يطرد", "تطرد")):
        return False
    for position in range(hit.end, min(hit.end + 6, len(frame.forms))):
        if frame.stops_at_comma[position]:
            return False
        word = frame.forms[position].removeprefix("و")
        word = word.removeprefix("ب") if word.startswith("بال") else word  # موظفا بالسفارة
        # (طرد نائب رئيس البعثة الدبلوماسية الروسية: a diplomat by his mission's name)
        if word in _EMBASSIES or word.removeprefix("ال").startswith("دبلوماس"):
            return True
    return False


def _expels_by_force(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an English expulsion's object, a few words on, is a ship or a person who is
    no envoy ("expelled the Philippine ship", "expelled two Reuters journalists")."""
    for position in range(hit.end, min(hit.end + 5, len(frame.forms))):
        if frame.stops_at_comma[position] or frame.forms[position] in _ENVOYS:
            return False
        if frame.lemmas[position] in _EXPELLED_BY_FORCE:
            return True
        slot = frame.slot_at[position]
        if (
            slot is not None
            and slot.kind == "demonym"
            and frame.texts[slot.end - 1].endswith("s")
            and frame.forms[slot.end : slot.end + 1] != ["'s"]
            and (slot.end >= len(frame.forms) or frame.lemmas[slot.end] not in _ENVOYS)
        ):
            return True  # "the expulsion of more than 1,000 Colombians": people by nation
    return False


def _named_since_report(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether the verb at ``hit`` has its own subject, named right before it and after
    the latest reporting verb ("…, officials on both sides said, after Islamabad
    objected")."""
    reports = [p for p in frame.cue_at.get("report", []) if p < hit.start]
    subject = frame.slot_at[hit.start - 1] if hit.start else None
    return bool(reports) and subject is not None and subject.start > reports[-1]


def _needs_materiel(trigger: Trigger) -> bool:
    """An act of selling, handing over or sending listed without what is handed over or
    sent (sale, تسليم، نشر، أرسل)."""
    if trigger.type == "AID":
        return normalize(trigger.form) in _TRANSFERS
    return trigger.type == "MOBILIZE" and normalize(trigger.form) in _DEPLOYMENTS


def _materiel_end(
    frame: SentenceFrame, hit: TriggerHit, kind: str = "materiel", stop: tuple[str, ...] = ()
) -> int:
    """Where the weapons or military equipment a sale or delivery hands over end ("the sale
    of 40 F-16 fighter jets to Ankara", صفقة لبيع تايوان صواريخ), -1 if none follow in
    its phrase (or before a word of ``stop``); with ``kind`` "relief", the food, medicine
    or fuel."""
    end, position, words = -1, hit.end, 0
    while position < len(frame.forms) and words < _MATERIEL_REACH:
        if frame.texts[position] in {".", ";", "؛"} or frame.cues.get(position) == "report":
            break
        if frame.texts[position] == "،" and _adverbial_insertion(frame, position):
            # سلّم الوزير، خلال زيارة إلى الرباط، نظيره المغربي دفعة من المركبات: the
            # visit is an aside, not what is handed over
            position = _adverbial_insertion(frame, position)
            continue
        if frame.forms[position] in stop or _other_act(frame, hit, position):
            break
        if frame.cues.get(position) == kind:
            end = position + 1
        # (in Arabic the receiver's name and title are no distance: سلّم وزير الداخلية
        # الإسباني نظيره المغربي عبد الوافي لفتيت دفعة من المركبات)
        named = frame.slot_at[position] is not None or position in frame.named
        words += frame.lang == "en" or not named
        position += 1
    return end


def _other_act(frame: SentenceFrame, hit: TriggerHit, position: int) -> bool:
    """Whether an act other than giving starts at ``position``: what is handed over is
    then that act (سلّمته مذكرة احتجاج على غارة بطائرة مسيّرة: a protest, not a drone)."""
    other = frame.hit_at[position]
    return (
        other is not None
        and other is not hit
        and not any(t.type in {"AID", "MOBILIZE"} for t in other.triggers)
    )


def _aid_in_phrase(frame: SentenceFrame, hit: TriggerHit, end: int) -> bool:
    """Whether an aid noun stands among what a verb of sending sends (طائرات محملة
    بمساعدات، مسيّرات ومساعدات إنسانية)."""
    for position in range(hit.end, min(len(frame.forms), end + 3)):
        other = frame.hit_at[position]
        if other is not None and other is not hit and any(t.type == "AID" for t in other.triggers):
            return True
    return False


def _sent_to_actor(frame: SentenceFrame, end: int) -> bool:
    """Whether what is sent goes straight to an actor (إلى طرابلس، إلى الحوثيين), not to a
    border, a sea or a place near one (إلى الحدود مع، قرب)."""
    for position in range(end, min(len(frame.forms) - 1, end + 4)):
        if frame.stops_at_comma[position]:
            return False
        if frame.forms[position] in {"الي", "to"}:
            return frame.slot_at[position + 1] is not None
    return False


# English verbs of sending forces: sent to a state, they help it (not warships or bombers
# sent to an ally's port or base: a show of force).
_SENDING = {"send", "dispatch", "deploy"}
_SHOWS_OF_FORCE = {"warship", "carrier", "ship", "vessel", "submarine", "bomber", "jet",
                   "warplane", "aircraft", "fighter jet"}  # fmt: skip
# Equipment, not forces: sent to a state it arms it (tanks, armoured vehicles).
_EQUIPMENT = {"tank", "vehicle"}


# Verbs of signing listed alone (not with their document, as وقع اتفاقية is).
_SIGNING_VERBS = {normalize(word) for word in (
    "وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "وقعنا", "أبرم", "أبرمت", "أبرما", "أبرمتا", "أبرموا",
    "sign", "ink",
)}  # fmt: skip
_SIGNING_REACH = 20


def _bare_signing(trigger: Trigger) -> bool:
    """A verb of signing listed without its document (وقّع، أبرم، sign)."""
    return trigger.type == "SUPPORT" and normalize(trigger.form) in _SIGNING_VERBS


_CANCELLING_VERBS = {normalize(word) for word in ("ألغى", "ألغت", "إلغاء", "أنهى", "أنهت", "إنهاء")}


def _bare_cancelling(trigger: Trigger) -> bool:
    """An Arabic verb of cancelling or ending listed without what it ends (ألغى، إنهاء)."""
    return trigger.type == "SANCTION" and normalize(trigger.form) in _CANCELLING_VERBS


def _signed_document(frame: SentenceFrame, hit: TriggerHit, meetings: bool = False) -> int:
    """Where the document a verb of signing signs ends (اتفاقية، معاهدة، اتفاق، "agreement"),
    when one follows in its clause past its subjects and adverbials, before any other act
    or a preposition governing it (not وقع الهجوم بعد ساعات من الاتفاق); else -1."""
    if _relative_document(frame, hit.start):
        return hit.end  # "an accord that Tripoli signed with Ankara", الاتفاقية التي وقعتها
    position, reach = hit.end, hit.end + _SIGNING_REACH
    while position < min(len(frame.forms), reach):
        aside = _adverbial_insertion(frame, position) if frame.texts[position] == "،" else None
        if aside:
            # وقّع بوتين وكيم، خلال زيارة الأول إلى بيونغ يانغ، معاهدة: the visit is when.
            position, reach = aside, reach + aside - position
            continue
        if frame.texts[position] in {".", ";", "؛", "؟", ","}:
            return -1
        other = frame.hit_at[position]
        agreement = other is not None and any(
            (t.type == "AGREE" or (meetings and t.type in {"CONSULT", "COOPERATE"}))
            and t.pos == "noun"
            for t in other.triggers
        )  # (what is cancelled may be a visit, talks or cooperation: إلغاء زيارة)
        # (what was just reported may be signed too: وقعا المذكرة، "signed the accord")
        if _named_declaration(frame, position):
            return position + 2  # وقّعا «إعلان أنقرة»: a declaration named after a city
        # (a decision or decree cancelled, ألغى القرار، ألغى المرسوم, is no tie cut)
        anaphor = frame.cues.get(position) == "event_anaphor" and not meetings
        if frame.cues.get(position) == "document" or anaphor or agreement:
            governed = agreement and _prep_clitic(other.prefix)  # لاتفاق، باتفاق
            governed = governed or frame.forms[position - 1] in _AR_PREPS
            return -1 if governed else position + 1
        if (
            other is not None
            and other is not hit
            and (frame.lang == "ar" or frame.forms[position - 1] in {"and", "to", "but"})
        ):
            return -1  # another act ("a new military training agreement" is one)
        position += 1
    return -1


def _alliance_signed(frame: SentenceFrame, hit: TriggerHit, document: int) -> bool:
    """Whether the document a verb of signing signs names a pact of defence or an
    alliance ("a mutual defence pact", "a security pact"; not a cooperation agreement)."""
    for position in range(hit.end, min(document + 3, len(frame.forms) - 1)):
        other = frame.hit_at[position]
        if other is not None and other is not hit:
            return any(normalize(t.form) in _ALLIANCES for t in other.triggers)
        # معاهدة دفاع مشترك، اتفاقية للدفاع المشترك (دفاع reads as the defence ministry)
        first, second = frame.forms[position : position + 2]
        if first.startswith("لل"):
            first = "ال" + first[2:]
        if f"{first} {second}" in _ALLIANCES:
            return True
    return False


_WATER_CANNONS = {normalize(form) for form in ("water cannon", "مدافع المياه", "خراطيم المياه")}
_ALLIANCES = {normalize(form) for form in (
    "defence pact", "defense pact", "security pact", "defence treaty", "defense treaty",
    "military alliance", "دفاع مشترك", "الدفاع المشترك", "تحالف عسكري",
)}  # fmt: skip


def _relative_document(frame: SentenceFrame, start: int) -> bool:
    """Whether a document stands before the relative clause a verb of signing opens or
    ends in: "the accord that Tripoli signed", الاتفاقية التي وقعتها أنقرة."""
    position = start - 1
    while position >= 0 and (frame.slot_at[position] is not None or position in frame.named):
        position -= 1  # the relative clause's subject
    hit = frame.hit_at[start]
    if (
        frame.lang == "ar"
        and position >= 0
        and hit is not None
        and hit.suffix in {"ها", "ه"}
        and frame.forms[position] not in _RELATIVES
    ):
        # اتفاقية دفاع مشترك وقّعها البلدان: an indefinite document, its relative verb
        # with the pronoun and no relative word.
        return _names_act(frame, range(max(0, position - 2), position + 1))
    if position < 1 or frame.forms[position] not in _RELATIVES:
        return False
    # (the document may have adjectives: بروتوكول التعاون العسكري الذي وقّعه البلدان)
    first = position - 1
    while first > max(0, position - 3) and frame.slot_at[first - 1] is None:
        first -= 1
    return _names_act(frame, range(first, position))


def _named_declaration(frame: SentenceFrame, position: int) -> bool:
    """إعلان followed by a city (إعلان أنقرة، إعلان جدة): a declaration, not an announcement
    by that capital's government, when a verb of signing takes it."""
    slot = frame.slot_at[position + 1] if position + 1 < len(frame.forms) else None
    return frame.forms[position] == "اعلان" and slot is not None and slot.kind == "capital"


# Words before a rejected act that say it goes on: استمرار الاحتلال، "continued occupation".
_CONTINUING = {normalize("استمرار"), "continued", "ongoing"}


def _rejected_act(frame: SentenceFrame, hit: TriggerHit) -> list[str]:
    """Who does the hostile act a rejection takes as object, when the act's own agent is
    named: رفضه استمرار احتلال إيران للجزر، "rejected Israel's occupation of" (not a
    threat: "brushing aside Beijing's warnings" rejects them)."""
    position = max(hit.end, hit.reach)
    subject = frame.slot_at[position] if position < len(frame.forms) else None
    if frame.lang == "ar" and subject is not None:
        position = _coordinated(frame, subject)[-1].end  # رفضت مصر والأردن استمرار …
    while position < len(frame.forms) and (
        frame.forms[position] in _CONTINUING | _EN_ARTICLES or frame.texts[position] in _QUOTES
    ):
        position += 1  # (رفضه «استمرار احتلال إيران»)
    act = frame.hit_at[position] if position < len(frame.forms) else None
    if frame.lang == "en" and act is None and position + 2 < len(frame.forms):
        owner = frame.slot_at[position]  # "Israel's occupation"
        if owner is not None and frame.forms[owner.end : owner.end + 1] == ["'s"]:
            noun = owner.end + 1 + (frame.forms[owner.end + 1] in _CONTINUING)
            act = frame.hit_at[noun] if noun < len(frame.forms) else None
    if act is None or not any(
        t.pos == "noun" and t.type in _HOSTILE_ACTS - {"THREATEN"} for t in act.triggers
    ):
        return []
    agent = _noun_source(frame, act)
    return _keys(frame, agent) if agent is not None else []


def _rejected_as_pejorative(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an English rejection goes on "as" and a pejorative word: "dismissed the
    resolution as «a political game»", "rejected the charge as baseless"."""
    if frame.lang != "en":
        return False
    for position in range(hit.end, min(len(frame.forms) - 1, hit.end + _DESCRIPTION_REACH)):
        if frame.stops_at_comma[position] and frame.forms[position] != "as":
            return False
        if frame.forms[position] == "as":
            ahead = range(position + 1, min(len(frame.forms), position + 5))
            return any(frame.cues.get(i) == "pejorative" for i in ahead)
    return False


def _arrival(trigger: Trigger) -> bool:
    """A verb of arriving (وصل، arrive), a visit only when an official arrives."""
    first = trigger.form.split()[0]
    return first == "arrive" or (trigger.type == "CONSULT" and first in _ARRIVE)


def _unpunished(trigger: Trigger) -> bool:
    """لن يمر دون عقاب، لن تمر دون رد، ستلقى رداً: an act "will not go unpunished", or
    "will meet a response"."""
    words = normalize(trigger.form).split()
    if trigger.type != "THREATEN" or trigger.pos != "passive":
        return False
    # (or "would be considered an act of war", "would be met with force")
    return words[-2:-1] == ["دون"] or words[-1] in {"ردا", "الرد", "حربيا", "war", "force"}


def _arrives_from(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """ "shipments arriving from India": where one comes from is not visited (unless
    where one arrives follows: "arrived from Tehran in Beirut")."""
    if frame.lang != "en" or frame.forms[hit.end : hit.end + 1] != ["from"]:
        return False
    return "in" not in frame.forms[hit.end + 2 : hit.end + 5]


def _official_arrives(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an official, a named person or a delegation is the one arriving: the
    Arabic subject after the verb, the English one before it."""
    if frame.lang == "ar":
        # (one heading somewhere names who goes first: توجه وفد إسرائيلي إلى القاهرة, not
        # ستتوجه إلى مجلس الأمن, "will turn to the Council")
        heading = hit.stem in _HEADING
        start = _past_destination(frame, hit)  # (وصل إلى القاهرة، مساء الأحد، وفد)
        reach = 1 if heading or start != hit.end else 4
        span = range(start, min(start + reach, len(frame.forms)))
    else:
        span = range(hit.start - 1, max(-1, hit.start - 7), -1)
    # وصلت القوات الأمريكية، "U.S. troops arrived": a deployment, not a visit.
    return _official_among(
        frame, span, lambda p: frame.stops_at_comma[p] or frame.forms[p] in _FORCES
    )


def _official_among(
    frame: SentenceFrame,
    positions: range,
    ends: Callable[[int], bool],
    not_officials: frozenset[str] = frozenset(),
) -> bool:
    """Whether a named person or an official's title stands at one of ``positions``, in
    order, before a word at which ``ends`` holds."""
    for position in positions:
        if ends(position):
            return False
        slot = _mention_at(frame, position)
        if slot is not None and slot.kind == "person":
            return True
        if position in frame.roles and frame.forms[position] not in not_officials:
            return True
    return False


_FORCES = {"القوات", "قوات", "الجيش", "جيش", "جنود", "الجنود", "تعزيزات", "troops", "troop",
           "forces", "force", "soldiers", "soldier", "army", "military", "warships",
           "navy"}  # fmt: skip
# What a country hosts that is no visitor: troops, a base, a military presence.
_HOSTED_THINGS = _FORCES | {normalize(word) for word in (
    "base", "bases", "presence", "refugees", "قاعدة", "قواعد", "وجود", "لاجئين", "اللاجئين",
)}  # fmt: skip


def _hosts_forces(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """Whether a verb of hosting has troops, a base or refugees as object: "which hosts
    American troops", التي تستضيف أكبر وجود عسكري أميركي."""
    if not normalize(trigger.form).startswith(("host", "استضاف", "يستضيف", "تستضيف")):
        return False
    end = min(hit.end + 5, len(frame.forms))
    ahead = [frame.forms[p].removeprefix("ال") for p in range(hit.end, end)]
    if any(form in _GUESTS for form in ahead):
        return False  # "hosted a Russian military delegation": guests, not forces
    return any(form in _HOSTED_THINGS for form in ahead[:4])


# Those a host receives even when they are soldiers: a delegation.
_GUESTS = {normalize(word) for word in ("delegation", "delegations", "وفد", "وفدا", "وفود")}


# Words for one's own state after an envoy: سفير المملكة، سفير البلاد.
_OWN_STATE = {normalize(word) for word in ("المملكة", "البلاد", "الدولة", "السلطنة", "الإمارة")}


def _envoy_posted_to(frame: SentenceFrame, position: int, sources: list[str]) -> Slot | None:
    """The state an Arabic envoy at ``position`` is posted to (لدى) or recalled from (من),
    when the envoy is the subject's own: سفير المملكة لدى إسرائيل، السفير الأردني لدى
    إسرائيل (not the foreign envoy posted to the subject, سفير إيران لدى العراق, summoned
    by Baghdad)."""
    if frame.lang != "ar" or position >= len(frame.forms):
        return None
    if frame.forms[position] not in _ENVOYS:
        return None
    # (the subject's state too: قصر الإليزيه … استدعاء السفير الفرنسي لدى الجزائر)
    mine = _own_side(frame, sources)
    for between in range(position + 1, min(position + 4, len(frame.forms) - 1)):
        word = frame.forms[between]
        if word in {"لدي", "من"}:  # (استدعاء القائم بالأعمال العراقي من أنقرة: recalled from)
            slot = _mention_at(frame, between + 1)
            return slot if slot is not None and slot.key not in mine else None
        if word == "بالاعمال" and frame.forms[between - 1] == "القاءم":
            continue  # القائم بالأعمال: the chargé d'affaires, two words
        slot = frame.slot_at[between]
        own = word in _OWN_STATE or (slot is not None and slot.key in mine)
        if not own:
            return None
    return None


def _own_envoy(frame: SentenceFrame, position: int) -> bool:
    """Whether an Arabic verb's object (at ``position``) is the subject's own envoy:
    سفيرها، سفيره، سفراءها."""
    if frame.lang != "ar" or position >= len(frame.forms):
        return False
    form = frame.forms[position]
    if form == "القاءم" and position + 1 < len(frame.forms):
        form = frame.forms[position + 1]  # القائم بأعمالها: its chargé d'affaires
        return form.startswith("باعمال") and form.endswith(("ه", "ها"))
    return form.startswith(("سفير", "سفراء", "دبلوماسي", "مبعوث")) and form.endswith(
        ("ه", "ها", "هم", "هما")  # سفيريهما: each of the two its own
    )


def _participle_adjective(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """ "to release detained Afghans": a participle right after another act's verb qualifies
    the noun after it."""
    text = frame.texts[hit.start]
    if not text.endswith("ed") or not hit.start or hit.end >= len(frame.forms):
        return False
    following = frame.forms[hit.end]  # "mediated by Qatar" is a verb; "detained Afghans" not
    if following in _EN_PREPS or not following[:1].isalpha():
        return False
    previous = frame.hit_at[hit.start - 1]
    return previous is not None and any(t.pos == "verb" for t in previous.triggers)


def _welcomes_person(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """ "welcomed Qatar's emir at Riyadh airport": a visitor is received (CONSULT), unlike
    "welcomed the decision" (SUPPORT)."""
    return _official_among(
        frame,
        range(hit.end, min(hit.end + 5, len(frame.forms))),
        # not "welcomed the withdrawal of French forces": an act, not its makers
        lambda p: frame.stops_at_comma[p] or frame.hit_at[p] is not None,
        frozenset({"government", "ministry"}),
    )


def _receives_person(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """ "received U.S. Secretary of State Antony Blinken": a person or official is the
    direct object, before any preposition ("received Syria's new foreign minister", but
    not "received an invitation from Xi")."""
    return _official_among(
        frame,
        range(hit.end, min(hit.end + 6, len(frame.forms))),
        lambda p: frame.forms[p] in _EN_PREPS or frame.texts[p] in _COMMA,
    )


def _signing(trigger: Trigger) -> bool:
    """SUPPORT by signing or ratifying together (وقّعتا اتفاقية، signed a pact), which
    coordinated actors do to each other; welcoming or praising together is not."""
    first = trigger.form.split()[0]
    return first.lstrip("بل").startswith(_SIGNING_AR) or first in {
        "sign", "initial", "ink", "ratify", "conclude", "signing",
    }  # fmt: skip


def _signed_in_person(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a signing's clause names the city or seat it took place in: وقّعت الصومال
    وتركيا في أنقرة، بالقاهرة, "signed an agreement in Damascus" (not "in Iran's
    facilities", في المياه الليبية: a place the document is about), or its sponsor."""
    words = 0  # (the signers' names and titles do not count: وقّع مستشار الأمن القومي …)
    for position in range(hit.end, len(frame.forms)):
        words += frame.slot_at[position] is None and position not in frame.named
        if frame.stops_at_comma[position] or words > 16:
            return False
        if frame.forms[position] in _SPONSORED:
            return True  # برعاية الرئيس التركي، بحضور ترامب: before a witness
        slot = frame.places.get(position) or frame.slot_at[position]
        if slot is None or slot.start != position:
            continue
        if frame.lang == "en" and frame.forms[slot.end : slot.end + 1] == ["'s"]:
            continue
        if frame.forms[position - 1] in {"في", "in", "at"} or "ب" in slot.prefix:
            return True
    return False


# Words for a signing's sponsor or witness: برعاية، بحضور.
_SPONSORED = {normalize(word) for word in ("برعاية", "بحضور")}


# Verbs and verbal nouns of signing: وقّع، أبرم، صادق، توقيع، إبرام.
_SIGNING_AR = ("وق", "أبرم", "ابرم", "صادق", "توقيع", "إبرام", "ابرام")


# Meetings and conversations both sides hold, each with the other: "X met Y", "X hosted
# Y", استقبل/التقى/اجتمع/تباحث. Contacting (اتصل، phoned) is the caller's act, a visit
# the visitor's, and a host of others' talks (استضاف محادثات بين …) meets them without
# their meeting it.
_TWO_WAY_EN = {
    "receive", "meet", "meet with", "meeting", "hold meet", "host", "talk", "hold talk",
    "hold discussion", "speak", "joint news conference", "joint press conference",
    "hold summit", "shake hand", "welcome",  # ("welcome" only as CONSULT: a guest received)
}  # fmt: skip
_TWO_WAY_AR = tuple(
    normalize(stem)
    for stem in (
        "استقبل", "يستقبل", "تستقبل", "التق", "يلتق", "تلتق", "نلتق", "اجتمع", "يجتمع",
        "تجتمع", "نجتمع", "تباحث", "يتباحث", "تتباحث", "بحث", "يبحث", "تبحث", "صافح",
        "يصافح", "تصافح",
    )
)  # fmt: skip


def _received_guest(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """An Arabic meeting noun with its host as suffix or its guest after مع or جمع: خلال
    استقباله الوزير، لقائه نظيره، اجتماع مع نظيره، لقاء جمعه بنظيره (the guest meets
    the host too; not في اجتماع عقده المجلس)."""
    if trigger.pos != "noun":
        return False
    noun = normalize(trigger.form).split()[0]
    if noun in _TALKS_AR_NOUNS:
        # في اتصال هاتفي مع نظيره، عقب مباحثات مع نظيره المغربي: talks are held together
        after = hit.end + (frame.forms[hit.end : hit.end + 1] in _BY_PHONE)
        return frame.forms[after : after + 1] == [normalize("مع")]
    if noun not in _TWO_WAY_AR_NOUNS:
        return False
    following = frame.forms[hit.end] if hit.end < len(frame.forms) else ""
    # (لقاء جمعه بنظيره: a meeting that brought the two together)
    return bool(hit.suffix) or following == normalize("مع") or following.startswith("جمع")


_TWO_WAY_AR_NOUNS = {normalize(word) for word in ("استقبال", "لقاء", "اجتماع")}
_BY_PHONE = ([normalize("هاتفي")], [normalize("هاتفية")])
_TALKS_AR_NOUNS = {normalize(word) for word in (
    "اتصال", "اتصالا", "مكالمة", "محادثات", "مباحثات", "مشاورات", "مفاوضات",
)}  # fmt: skip
_TWO_WAY_AR_TALKS = {normalize(word) for word in (
    "محادثات", "مباحثات", "مشاورات", "مفاوضات", "اجتماعا", "لقاء", "قمة",
)}  # fmt: skip


# Cooperation one side gives or joins: joining, extraditing, taking part, support.
_ONE_WAY_COOPERATION = {"join", "extradite", "become member"}
_ONE_WAY_COOPERATION_AR = tuple(
    normalize(stem)
    for stem in (
        "انضم", "ينضم", "تنضم", "ننضم", "انضمام", "شارك", "يشارك", "تشارك", "نشارك", "أشارك",
        "دعم", "أصبح", "أصبحت", "أصبحتا", "تصبح", "يصبح",
    )
)  # fmt: skip


def _talks_held_with(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """An Arabic noun of talks held with someone (مباحثات أجراها الوزير في بغداد مع نظيره):
    each side talks with the other, as with أجرى محادثات مع (not talks "between" two,
    which a host or mediator holds for them)."""
    if frame.lang != "ar" or trigger.pos != "noun" or trigger.type != "CONSULT":
        return False
    if normalize(trigger.form).split()[0] not in _TWO_WAY_AR_TALKS:
        return False
    for position in range(hit.end, min(hit.end + 8, len(frame.forms))):
        if frame.forms[position] == "مع":
            return True
        if frame.forms[position] == "بين" or frame.stops_at_comma[position]:
            return False
    return False


def _two_way(trigger: Trigger) -> bool:
    """An act done both ways: a meeting (استقبل الرئيس نظيره، "Kim hosted Putin") or
    cooperation ("joined forces with", تعاون مع)."""
    if trigger.type == "COOPERATE":
        # "joined forces with", تعاون مع: each with the other; but joining, taking part
        # and support given go one way.
        first = normalize(trigger.form).split()[0].lstrip("وف")
        return not (
            trigger.form in _ONE_WAY_COOPERATION
            or "support" in trigger.form
            or first.startswith(_ONE_WAY_COOPERATION_AR)
        )
    if trigger.type in {"ASSAULT", "ACCUSE"}:
        # "traded fire with Israeli forces", تبادلت الاتهامات مع: each at the other
        first = normalize(trigger.form).split()[0].lstrip("وف")
        return trigger.form.split()[0] in {"trade", "exchange"} or "تبادل" in first
    if trigger.type != "CONSULT":
        return False
    if trigger.form in _TWO_WAY_EN:
        return True
    words = normalize(trigger.form).split()
    if words[-1] == normalize("مشترك"):
        return True  # مؤتمر صحفي مشترك مع: held together
    return trigger.pos == "verb" and (
        words[0].lstrip("وف").startswith(_TWO_WAY_AR)
        or (len(words) > 1 and words[1] in _TWO_WAY_AR_TALKS)  # أجرى محادثات مع
    )


_WITH = {"with", normalize("مع")}
# Approving or ratifying a deal is one side's act: "the cabinet approved a deal with".
_APPROVING = ("approve", "ratify", "endorse", "صادق", "يصادق", "تصادق", "أقر", "يقر", "تقر")


def _approving(trigger: Trigger) -> bool:
    return trigger.form.split()[0].lstrip("وف").startswith(_APPROVING)


def _partner_with(frame: SentenceFrame, hit: TriggerHit, key: str) -> bool:
    """Whether ``key`` is named as the one the act is done with, "with" or مع right after
    the trigger's phrase or its subject: "reached an agreement with the IAEA", وقّعت مصر
    مع السعودية (not "agreed to hold talks with", "an agreement amid a dispute with")."""
    # (An Arabic phrase may reach past its partner: وقّعت مصر مع السعودية مذكرة تفاهم.)
    position = hit.end if frame.lang == "ar" else max(hit.end, hit.reach)
    subject = frame.slot_at[position] if position < len(frame.forms) else None
    if subject is not None:
        position = subject.end
    preps = (_EN_PREPS | {"to"} if frame.lang == "en" else _AR_PREPS) - _WITH
    for _ in range(3 if frame.lang == "ar" else 0):  # the deal's own words: اتفاقية دفاعية مع
        while (
            position < hit.reach
            and frame.slot_at[position] is None
            and frame.forms[position] not in _WITH
        ):
            position += 1  # توصلت إيران إلى اتفاق مع
        if position >= len(frame.forms) or frame.forms[position] in _WITH:
            break
        if frame.forms[position] in preps or frame.stops_at_comma[position]:
            return False
        if frame.hit_at[position] is not None or frame.slot_at[position] is not None:
            return False
        position += 1
    if position >= len(frame.forms) or frame.forms[position] not in _WITH:
        return False
    position += 1
    while position < len(frame.forms) and frame.forms[position] in _EN_DETERMINERS:
        position += 1
    slot = frame.slot_at[position] if position < len(frame.forms) else None
    return slot is not None and key in (member.key for member in _coordinated(frame, slot))


# Reciprocal objects: "the two sides blamed each other", تبادل الطرفان الاتهامات.
_EACH_OTHER = {("each", "other"), ("one", "another"), (normalize("بعضهما"),), (normalize("بعضهم"),)}


def _each_other(frame: SentenceFrame, position: int) -> bool:
    """Whether the verb's object, at ``position``, is "each other" (بعضهما)."""
    return any(
        tuple(frame.forms[position : position + len(words)]) == words for words in _EACH_OTHER
    )


def _possessed_partner(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An English partner noun after a possessive ("their NATO ally", "its partners"): a
    third party, whom the possessors do not ally with each other in saying so."""
    return (
        frame.lang == "en"
        and frame.lemmas[hit.start] in {"ally", "partner"}
        and not {"its", "their", "his", "her"}.isdisjoint(
            frame.forms[max(0, hit.start - 3) : hit.start]
        )
    )


def _mediating(trigger: Trigger) -> bool:
    """A verb of mediating (توسط، mediate, broker): mediators do not mediate together."""
    first = trigger.form.split()[0]
    return first in {"mediate", "broker", "shuttle", "mediation"} or any(
        normalize(first).startswith(stem) for stem in ("توسط", "يتوسط", "تتوسط", "نتوسط", "وساط")
    )  # (and the noun: الوساطة التي تقودها الدوحة والقاهرة)


def _mutual(trigger: Trigger) -> bool:
    """An act coordinated actors do to each other: trading fire, تبادل القصف، clashing."""
    first = trigger.form.split()[0]
    return trigger.form in _MUTUAL or first in {
        "تبادل", "تبادلت", "تبادلا", "تبادلتا", "تبادلوا", "تراشق", "تراشقت", "تراشقا", "تراشقتا",
        "تراشقوا",
    }  # fmt: skip


def _purpose(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """A verbal noun of purpose: أرسلتا مساعدات لدعم المتضررين, "sent aid to support"."""
    if frame.lang == "ar":
        return _prep_clitic(hit.prefix)
    return hit.start > 0 and frame.forms[hit.start - 1] == "to"


def _threatened(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """The act a threat threatens: توعد باستهداف، هدد بفرض عقوبات، "threatened to strike"."""
    # (هدّدت بشنّ عملية عسكرية: the noun of a light verb the threat marks)
    previous = frame.hit_at[hit.start - 1] if frame.lang == "ar" and hit.start else None
    light = frame.lang == "ar" and hit.start > 0 and frame.cues.get(hit.start - 1) == "light_verb"
    marked = (
        (frame.lang == "ar" and "ب" in hit.prefix)
        or (light and frame.forms[hit.start - 1].startswith("ب"))
        or (previous is not None and "ب" in previous.prefix)
        or (
            hit.start > 1
            and frame.forms[hit.start - 1] in {"to", "with"}
            # not "threatened a response to joint drills": the drills are what it answers
            and frame.forms[hit.start - 2] not in {"response", "reply", "answer", "retaliation"}
        )
    )
    # Or the noun is the threat's own object: "to threaten 25 percent tariffs on".
    marked = marked or (
        frame.lang == "en"
        and _noun_at(frame, hit.start)
        and any(
            item.type == "THREATEN"
            and 0 <= hit.start - item.trigger_end <= 3
            and not any(frame.forms[p] in _EN_PREPS for p in range(item.trigger_end, hit.start))
            for item in found
        )
    )
    # Or it lies further inside what the threat threatens: لوّحت بتفعيل آلية «سناب باك»
    # لإعادة فرض العقوبات على إيران.
    if (
        frame.lang == "ar"
        and (all(t.pos == "noun" for t in hit.triggers) or _prep_clitic(hit.prefix))
        and any(
            item.type == "THREATEN" and _inside_threat(frame, item.trigger_end, hit.start)
            for item in found
        )
    ):
        return True
    # The threatener may stand between: هدّد رئيس الوزراء الروسي … بقطع إمدادات الغاز.
    return marked and any(
        item.type == "THREATEN"
        and 0 <= hit.start - item.trigger_end
        and _words_between(frame, item.trigger_end, hit.start) <= 3
        for item in found
    )


def _verb_after_determiner(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An English trigger read only as a verb, after a determiner: a noun ("the end of")."""
    return (
        frame.lang == "en"
        and hit.start > 0
        and frame.forms[hit.start - 1] in _EN_DETERMINERS
        and all(t.pos == "verb" for t in hit.triggers)
    )


def _agreed_act(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """An English cooperation noun a light verb takes after "agreed to": "the two sides
    agreed to expand cooperation" (the agreement is the act; the cooperation is to come)."""
    if frame.lang != "en" or not all(t.type == "COOPERATE" for t in hit.triggers):
        return False  # (but "agreed to launch talks": meeting, they talk)
    lights = [
        p for p in range(max(1, hit.start - 3), hit.start) if frame.cues.get(p) == "light_verb"
    ]
    if not lights:
        return False  # ("agreed to boost security cooperation": past a modifier)
    light = lights[-1]
    if frame.forms[light - 1] != "to":
        return False
    return any(item.type == "AGREE" and 0 <= light - 1 - item.trigger_end <= 3 for item in found)


_FORCES_AR = {normalize(word) for word in ("قوات", "قواتها", "قواته", "جنود", "جنودها", "جنوده")}


def _forces_with_envoy(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """Whether an Arabic recall of an envoy (سحب سفيرها) goes on to the forces joined to it:
    ستسحب سفيرها وقواتها من النيجر."""
    end = max(hit.end, hit.reach)
    if frame.lang != "ar" or "سفير" not in normalize(trigger.form) or end >= len(frame.forms):
        return False
    word = frame.forms[end]
    return word.startswith("و") and word[1:] in _FORCES_AR


def _boycotted(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """A meeting noun that a boycott verb a few words before takes as object: قاطع وزراء
    خارجية إستونيا ولاتفيا الاجتماع الوزاري, "boycotted the summit"."""
    if not all(t.type == "CONSULT" and t.pos == "noun" for t in hit.triggers):
        return False
    for position in range(hit.start - 1, max(-1, hit.start - 8), -1):
        other = frame.hit_at[position]
        if other is not None:
            return any(
                t.type == "PROTEST" and t.pos == "verb" and t.form.startswith(_BOYCOTT)
                for t in other.triggers
            )
        if frame.stops_at_comma[position] and frame.slot_at[position] is None:
            return False
    return False


_BOYCOTT = ("boycott", "قاطع", "يقاطع", "تقاطع")


def _let_in(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Aid that a crossing is opened to (فتح معبر أدري أمام قوافل المساعدات التابعة للأمم
    المتحدة): the opener lets it in; the aid is not the opener's."""
    if not all(t.type == "AID" and t.pos == "noun" for t in hit.triggers):
        return False
    return any(frame.forms[p] == "امام" for p in range(max(0, hit.start - 2), hit.start))


_LAUNCHING = {normalize(word) for word in ("أطلق", "أطلقت", "أطلقوا", "أطلقا")}
_PROJECTILES = tuple(
    normalize(stem) for stem in ("صاروخ", "صواريخ", "مسير", "قذيف", "قذائف", "طائر", "مفخخ")
)  # (طائرتين بدون طيار مفخختين، أطلقتهما: drones, and their explosive charge)


def _launched_bare(hit: TriggerHit) -> bool:
    """An Arabic verb of launching matched alone, with no projectile of its own phrase."""
    return any(
        t.type == "ASSAULT" and normalize(t.form) in _LAUNCHING for t in hit.triggers
    ) and all(len(t.form.split()) == 1 for t in hit.triggers)


def _launched_back(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a bare verb of launching carries its object as a suffix that stands for a
    projectile named just before: صاروخاً باليستياً أطلقته جماعة الحوثي."""
    if hit.suffix not in {"ه", "ها", "هما"}:
        return False
    return any(
        frame.forms[p].removeprefix("ال").startswith(_PROJECTILES)
        for p in range(max(0, hit.start - 4), hit.start)
    )


def _launched_ahead(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a bare verb of launching has a projectile for its object past a time and a
    count (أطلقت خلال الليل 87 طائرة مسيّرة، أطلق الحرس الثوري فجر الأربعاء أكثر من اثني
    عشر صاروخاً): the split phrase reaches only one word."""
    for position in range(hit.end, min(hit.end + 12, len(frame.forms))):
        if frame.stops_at_comma[position] or frame.hit_at[position] not in (None, hit):
            return False
        if frame.forms[position].removeprefix("ال").startswith(_PROJECTILES):
            return True
    return False


def _skipped(
    frame: SentenceFrame,
    hit: TriggerHit,
    found: list[Found],
    skip_positions: set[int],
    inside_phrase: set[int],
) -> bool:
    """Whether a trigger asserts no act of its own: inside a name or phrase, or not asserted."""
    if hit.start in skip_positions:
        return True
    if _mention_at(frame, hit.start) is not None:
        return True
    # (a threat's "would" is what it threatens: "would be considered an act of war")
    vowed = all(t.type == "THREATEN" and t.pos == "passive" for t in hit.triggers)
    if not vowed and _hypothetical(frame, hit.start):
        return True
    if hit.start in inside_phrase:
        return True  # "lodged a formal protest": protest belongs to the phrase, not a PROTEST
    if _alleged(frame, hit, found):
        return True  # اتهمت الهند باكستان بدعم …, accused X of backing Y: only alleged
    if _threatened(frame, hit, found):
        return True  # توعد باستهداف السفن، threatened to strike: only threatened
    if _launched_bare(hit) and not _launched_back(frame, hit) and not _launched_ahead(frame, hit):
        return True  # أطلقت الحكومة مبادرة: launching is an attack only of a projectile
    if _let_in(frame, hit):
        return True  # فتح المعبر أمام قوافل المساعدات: the aid let in is others'
    if _boycotted(frame, hit):
        return True  # قاطع الوزراء الاجتماع: a meeting stayed away from, not held
    if _agreed_act(frame, hit, found):
        return True  # "agreed to expand cooperation": agreed on, not yet done
    if _requested(frame, hit, found):
        return True  # طلباً للتعاون، urged Iran to stop …: asked for, not done
    if _planned(frame, hit):
        return True  # مقترحاً لوقف إطلاق النار: proposed, not done
    if _halted(frame, hit):
        return True  # "suspended dialogue with Ankara": the talks are what stopped
    if frame.lang == "ar" and hit.start and frame.forms[hit.start - 1] in _ABOUT:
        return True  # مذكرتي تفاهم بشأن التعاون الأمني: the topic, not an act
    if _bare_hand(hit) and not _captives_handed(frame, hit):
        return True  # "handed a letter to": only handing captives over is a release
    if _weapon_kind(frame, hit):
        return True  # "long-range strike drones", "attack helicopters": a weapon's name
    if _manner_of_operation(frame, hit, found):
        return True  # "a raid carried out in coordination with": whose, _taking_part says
    if (
        frame.lang == "ar"
        and hit.start
        and frame.forms[hit.start - 1] in _TALKS_ON
        and all(t.pos == "noun" for t in hit.triggers)
    ):
        return True  # تعليق محادثات انضمام جورجيا إلى الاتحاد: the talks' topic
    if _crowd_agent(frame, hit):
        return True  # اقتحام محتجين السفارة السعودية: the storming's agents, no protest
    if _existing_agreement(frame, hit):
        return True  # بحث الجانبان تنفيذ الاتفاق: an agreement made before
    if _recall_for_consultations(frame, hit):
        return True  # استدعت سفيرها لدى الجزائر للتشاور: a recall, no meeting
    if _sponsoring_a_thing(frame, hit):
        return True  # اتهمتها بـ«رعاية الإرهاب»: sponsoring, no mediation
    if _judged_anaphor(frame, hit):
        return True  # تنديداً بالضربات: the strikes told before, not new ones
    if _claimed_by_others(frame, hit):
        return True  # "over what they said was Tehran's transfer of missiles": a claim
    if _means(frame, hit):
        return True  # لحل القضية عبر المفاوضات، "through dialogue": a way, no meeting
    if (
        hit.start
        and frame.forms[hit.start - 1] in {"اي", "any"}
        and all(t.type != "REQUEST" for t in hit.triggers)  # (a request still governs)
    ):
        return True  # مستعدة لدعم أي اتفاق بين الطرفين, "any deal": none made
    return False


def _disjunct_of_negated(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An English verb after "or"/"nor" whose clause's verb is negated: "would never
    recognise its former province or back its bid" (the negation covers both)."""
    if frame.lang != "en" or not hit.start or frame.forms[hit.start - 1] not in {"or", "nor"}:
        return False
    for position in range(hit.start - 2, max(-1, hit.start - 10), -1):
        if frame.stops_at_comma[position]:
            return False
        if frame.cues.get(position) == "negation":
            return True
    return False


def _means(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """A noun of talks named as the way to do something (عبر المفاوضات، من خلال الحوار,
    "through dialogue", "via negotiations"), which holds no meeting of its own."""
    if not any(t.type == "CONSULT" and t.pos == "noun" for t in hit.triggers) or hit.start < 1:
        return False
    before = frame.forms[hit.start - 1]
    return before in {"عبر", "through", "via"} or (
        before == "خلال" and hit.start >= 2 and frame.forms[hit.start - 2] == "من"
    )


def _claimed_by_others(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An English act that "what X said was" puts in another's mouth ("over what they said
    was Tehran's transfer of missiles"): the sayer's claim, not the sentence's assertion."""
    if frame.lang != "en":
        return False
    for position in range(hit.start - 1, max(0, hit.start - 6), -1):
        if frame.forms[position] in {"was", "were"}:
            said = position - 1
            return (
                said >= 2
                and frame.forms[said] in {"say", "said", "says", "allege", "alleged", "claim",
                                          "claimed"}
                and "what" in frame.forms[max(0, said - 3) : said]
            )  # fmt: skip
        if frame.stops_at_comma[position]:
            return False
    return False


_CONDEMNING = {"ACCUSE", "SUPPORT"}


def _suffix_antecedent_maker(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> str:
    """For an Arabic reaction whose object is its suffix, right after an indefinite noun
    and its demonym (مقترحاً سودانياً، أيّدته القاهرة), the demonym's state; else ""."""
    if frame.lang != "ar" or hit.suffix not in {"ه", "ها"} or trigger.type not in _ACT_REACTIONS:
        return ""
    before = hit.start - 1 - (hit.start > 0 and frame.texts[hit.start - 1] in _COMMA)
    slot = frame.slot_at[before] if before >= 0 else None
    if slot is None or slot.kind != "demonym" or "ال" in slot.prefix or slot.end != before + 1:
        return ""
    return slot.key


def _object_masdar(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An Arabic bare verb form right after the subject of another verb: a verbal noun,
    that verb's object (دانت سوريا دفعَ الجيش الإسرائيلي بتعزيزات), which starts no clause."""
    if frame.lang != "ar" or hit.prefix or hit.start < 2:
        return False
    before = hit.start - 1
    if frame.texts[before] in _COMMA:  # (past an aside: دانت الخارجية السورية، في بيان،)
        before = _inserted_date(frame, before) or _aside_before(frame, before) or before
    subject = frame.slot_at[before]
    start = subject.start if subject is not None else 0
    while start - 1 in frame.roles:
        start -= 1  # (past its titles: وزارة الخارجية السورية)
    if start == 0:
        return False
    verb = frame.hit_at[start - 1]
    return verb is not None and any(t.pos == "verb" for t in verb.triggers)


def _relative_verb(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An Arabic verb whose suffix points back to the act noun just before it (a relative
    clause with no relative word: محادثات رعاها أردوغان، محادثات في أنقرة رعاها), or an
    English verb after ", whom/which <subject>" ("US sanctions on Kabarebe, whom Washington
    accuses of …, and urged": the main clause goes on after it)."""
    if frame.lang == "en":
        subject = frame.slot_at[hit.start - 1] if hit.start else None
        opener = subject.start - 1 if subject is not None else -1
        return (
            opener >= 1
            and frame.forms[opener] in {"whom", "which"}
            and frame.texts[opener - 1] in _COMMA
        )
    if hit.suffix not in {"ها", "ه"}:
        return False
    if hit.start and frame.forms[hit.start - 1] in {"التي", "الذي"}:
        return True  # لقمتهم التي استضافتها واشنطن …، ودعوا بكين: the leaders still call
    for position in range(hit.start - 1, max(-1, hit.start - 4), -1):
        other = frame.hit_at[position]
        if other is not None:
            return "ال" not in other.prefix and any(t.pos == "noun" for t in other.triggers)
        if frame.stops_at_comma[position]:
            return False
    return False


def _opens_that_clause(frame: SentenceFrame, verb: int) -> bool:
    """Whether an English verb is the first of a that-clause: "demanded that (the) China
    withdraw" (its subject is no subject of the main clause)."""
    if frame.lang != "en" or verb < 2:
        return False
    subject = _mention_at(frame, verb - 1)
    if subject is None:
        return False
    before = subject.start - 1
    if before >= 1 and frame.forms[before] == "the":
        before -= 1
    return before >= 0 and frame.forms[before] == "that"


def _judged_anaphor(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """A definite verbal noun with no agent of its own that a word of judging right
    before it takes as object (تنديداً بالضربات، "to denounce the strikes"): an act
    already reported, which discourse resolves."""
    if all(t.pos != "noun" for t in hit.triggers) or not _judged_noun(
        frame, hit, _CONDEMNING, past_subject=True
    ):
        return False  # (حق النقض «الفيتو»: the veto is no act judged)
    definite = "ال" in hit.prefix if frame.lang == "ar" else frame.forms[hit.start - 1] == "the"
    # (but "the clashes between Israel and Hamas" names its parties)
    return (
        definite
        and _noun_source(frame, hit) is None
        and not _between(frame, hit)
        and _relative_clause_subject(frame, hit) is None  # "the sanctions that X imposed"
    )


def _sponsoring_a_thing(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """رعاية before a word that is neither an actor, a title nor an act (رعاية الإرهاب):
    sponsorship of a thing; mediation names its sponsor (برعاية مصرية، رعاية المحادثات)."""
    if frame.lang != "ar" or not any(t.form.startswith("رعاي") for t in hit.triggers):
        return False
    after = hit.end
    while after < len(frame.texts) and frame.texts[after] in _QUOTES:
        after += 1
    return (
        after < len(frame.texts)
        and frame.slot_at[after] is None
        and frame.hit_at[after] is None
        and after not in frame.named
        and frame.forms[after].startswith("ال")
    )


def _judged_noun(
    frame: SentenceFrame, hit: TriggerHit, judging: set[str], past_subject: bool = False
) -> bool:
    """Whether a verbal noun is what a word of judging (of a type in ``judging``) just
    before it judges: تأييدها للمفاوضات، "welcomed the talks", إدانتها للغارات."""
    for position in range(hit.start - 1, max(-1, hit.start - 4), -1):
        other = frame.hit_at[position]
        if other is not None:
            return any(t.type in judging for t in other.triggers)
        slot = frame.slot_at[position]
        if (
            past_subject
            and slot is not None
            and frame.lang == "ar"
            and slot.start > 0
            and (slot.end == hit.start)
        ):
            # وأدانت بعثة الأمم المتحدة للدعم في ليبيا الهجوم: past the verb's subject (a
            # condemnation only: أيدت مصر الدعوى التي رفعتها جنوب أفريقيا names its maker)
            other = frame.hit_at[slot.start - 1]
            return other is not None and any(t.type == "ACCUSE" for t in other.triggers)
        if frame.stops_at_comma[position] or slot is not None:
            return False
    return False


def _drawn_by(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> list[str]:
    """The makers of the act whose subject phrase stands before "drew" a few words before a
    reaction noun: "Ethiopia's port deal with Somaliland drew sharp condemnation"."""
    verb = next(
        (p for p in range(hit.start - 1, max(-1, hit.start - 4), -1)
         if frame.forms[p] in _DRAWING),
        None,
    )  # fmt: skip
    if verb is None:
        return []
    for position in range(verb - 1, max(-1, verb - 14), -1):
        if position == verb - 1 and frame.texts[position] in _COMMA:
            # "…, after the United States abstained rather than vetoing the resolution,
            # drawing a sharp rebuke from": whoever the clause before says acted.
            return _clause_actors(frame, found, position)
        if frame.texts[position] in _COMMA or frame.forms[position] in {"after", "before"}:
            break
        makers = [f.source for f in found if f.trigger_start == position and f.source]
        if makers:
            return list(dict.fromkeys(makers))
        slot = frame.slot_at[position]
        if slot is not None and frame.forms[slot.end : slot.end + 1] in (["'s"], ["’s"]):
            return _keys(frame, slot)  # "Ethiopia's port deal … drew": its maker
    return []


def _clause_actors(frame: SentenceFrame, found: list[Found], comma: int) -> list[str]:
    """Who the clause ending at ``comma`` says acted: the subjects of its latest finite
    verb, all of them (not a noun or an infinitive inside its object: "thanked him for
    Russia's refusal to recognise Kosovo, drawing criticism"), else the actor a
    past-tense verb follows."""
    opener = next(
        (p for p in range(comma - 1, -1, -1)
         if frame.texts[p] in _COMMA or frame.forms[p] in _SUBORDINATORS),
        -1,
    )  # fmt: skip
    acted = [
        f for f in found
        if f.source and not f.negated and opener < f.trigger_start < comma
        and not _noun_at(frame, f.trigger_start) and frame.forms[f.trigger_start - 1] != "to"
    ]  # fmt: skip
    if acted:
        latest = acted[-1].trigger_start
        return list(dict.fromkeys(f.source for f in acted if f.trigger_start == latest))
    return _past_verb_subject(frame, comma)


def _past_verb_subject(frame: SentenceFrame, end: int) -> list[str]:
    """The last actor before ``end`` that a past-tense verb follows ("the United States
    abstained"), in its clause."""
    for slot in reversed(frame.mentions):
        if slot.end >= end or end - slot.end > 12:
            continue
        if any(frame.texts[p] in _COMMA for p in range(slot.end, end)):
            return []
        if frame.texts[slot.end].endswith("ed") and frame.slot_at[slot.end] is None:
            return _keys(frame, slot)
    return []


def _deal_parties(frame: SentenceFrame) -> list[Found]:
    """The parties of a deal something is done "under" (بموجب): "under a deal between
    Havana and Washington", "under a deal with the SDF" (and the clause's subject),
    بموجب اتفاق بين البلدين. Each agreed with the other; a broker is none of them."""
    out: list[Found] = []
    if _DONE_UNDER.isdisjoint(frame.forms):
        return out
    for position, form in enumerate(frame.forms):
        if form not in _DEALS:
            continue
        under = next(
            (p for p in range(position - 1, max(-1, position - 7), -1)
             if frame.forms[p] in _DONE_UNDER),
            None,
        )  # fmt: skip
        if under is None or (under and _obligation(frame.forms[under - 1])):
            continue  # ("its commitments under the 2015 nuclear deal": a deal of old)
        after = position + 1
        following = frame.forms[after] if after < len(frame.forms) else ""
        if following in {"between", "بين"}:
            parties = _between(frame, None, after)
        elif following in {"with", "مع"}:
            right = _right_mention(frame, after + 1, max_gap=1)
            parties = _sentence_subject(frame, position) + (
                [s.key for s in _coordinated(frame, right[0])] if right else []
            )
        elif frame.lang == "en":  # (not وفاء طهران بتعهداتها بموجب الاتفاق: one party)
            subject = frame.mentions[0] if frame.mentions else None
            parties = (
                [s.key for s in _coordinated(frame, subject)]
                if subject is not None and subject.end <= position
                else []
            )
        else:
            parties = []
        parties = list(dict.fromkeys(parties))
        if len(parties) < 2:
            continue
        out += _among_parties(parties, "AGREE", position, 0.5, _negated(frame, position))
    return out


def _truce_in_force(frame: SentenceFrame) -> list[Found]:
    """The parties of an English ceasefire "between" them that the clause says took effect
    ("a ceasefire between Israel and Hezbollah took effect at dawn"): each stops firing on
    the other. (A truce called for or proposed is none.)"""
    out: list[Found] = []
    if frame.lang != "en" or _TRUCES.isdisjoint(frame.forms):
        return out
    for position, form in enumerate(frame.forms):
        if form not in _TRUCES or frame.forms[position + 1 : position + 2] != ["between"]:
            continue
        parties = list(dict.fromkeys(_between(frame, None, position + 1)))
        if len(parties) < 2:
            continue
        if any(
            frame.forms[p] in {"for", "to", "on"} or frame.hit_at[p] is not None
            for p in range(max(0, position - 3), position)
        ):
            continue  # "called for a ceasefire", "agreed to a truce", "talks on a truce"
        began = next(
            (p for p in range(position + 2, min(position + 14, len(frame.forms)))
             if any(" ".join(frame.lemmas[p : p + len(ph.split())]) == ph for ph in _IN_FORCE)),
            None,
        )  # fmt: skip
        if began is None or frame.forms[began - 1] in {"to", "will", "would", "could", "may"}:
            continue  # ("a truce … to take effect at once": only planned)
        negated = _negated(frame, position) or _negated(frame, began)
        out += _among_parties(parties, "RETREAT", position, 0.6, negated)
    return out


def _among_parties(
    parties: list[str], kind: str, position: int, confidence: float, negated: bool
) -> list[Found]:
    """An act of ``kind`` by each party toward every other, told by the word at
    ``position`` (a deal's or a truce's noun)."""
    return [
        Found(a, kind, b, position, position + 1, confidence, negated, None)
        for a in parties for b in parties if a != b
    ]  # fmt: skip


# What a ceasefire does when it begins: "took effect", "came into force", "took hold".
_IN_FORCE = ("take effect", "take hold", "come into force", "go into effect",
             "come into effect", "enter into force", "go into force")  # fmt: skip


def _brought_together(frame: SentenceFrame) -> list[Found]:
    """A meeting that brought one together with another (اجتماع جمع الرئيس القبرصي بوزير
    الخارجية التركي، القمة التي جمعته بقادة دول الخليج): the two met, each the other. A
    pronoun on the verb is the sentence's subject."""
    out: list[Found] = []
    if frame.lang != "ar":
        return out
    for position, form in enumerate(frame.forms):
        base = form.removeprefix("و")
        if base not in _BRINGING_TOGETHER:
            continue
        if base in _BRINGING_TOGETHER_WHOM:
            ones = _sentence_subject(frame, position)
            after = position + 1
        else:
            one = _right_mention(frame, position + 1, max_gap=2)
            if one is None:
                continue
            ones, after = _keys(frame, one[0]), one[0].end
        if after >= len(frame.forms) or not frame.forms[after].startswith("ب"):
            continue  # (the one met follows بـ right after: بقادة، بوزير الخارجية)
        other = _right_mention(frame, after, max_gap=3)
        others = _keys(frame, other[0]) if other is not None else []
        negated = _negated(frame, position)
        out += [
            Found(a, "CONSULT", b, position, position + 1, 0.6, negated, None)
            for x, y in ((ones, others), (others, ones)) for a in x for b in y if a != b
        ]  # fmt: skip
    return out


# جمع X بـY "brought X together with Y"; with a pronoun for X: جمعه، جمعته.
_BRINGING_TOGETHER_WHOM = {"جمعه", "جمعته", "جمعها", "جمعتها"}
_BRINGING_TOGETHER = {"جمع", "جمعت"} | _BRINGING_TOGETHER_WHOM


def _obligation(word: str) -> bool:
    """A noun of what one is bound to (commitments, التزاماتها، بتعهداتها)."""
    return word in {"commitments", "obligations", "commitment", "obligation"} or any(
        word.removeprefix(clitic).startswith(stem)
        for clitic in ("ب", "و", "")
        for stem in ("التزامات", "تعهدات")
    )


# Deals something is done under (بموجب; not في إطار، ضمن "within the framework of" one
# signed long before).
_DEALS = {"deal", "agreement", "accord", "truce", "اتفاق", "الاتفاق", "اتفاقيه", "الاتفاقيه",
          "هدنه", "الهدنه", "تفاهم"}  # fmt: skip
_DONE_UNDER = {"under", "بموجب"}


def _following_suit(frame: SentenceFrame) -> list[Found]:
    """An actor that follows another's lead does what it did (resolved in discourse, about
    "=" and the leader's key): حذت البحرين حذو الرياض، "Bahrain followed suit"."""
    out: list[Found] = []
    for position, form in enumerate(frame.forms):
        if form not in _FOLLOWING or not position:
            continue
        if frame.lang == "ar":
            # حذت البحرين حذو الرياض (or a list: حذت أستراليا وبريطانيا وكندا حذو واشنطن)
            verb = next(
                (p for p in range(position - 2, max(-1, position - 10), -1)
                 if frame.forms[p].lstrip("و").startswith("حذ") and frame.slot_at[p] is None),
                -1,
            )  # fmt: skip
            follower = frame.slot_at[verb + 1] if verb >= 0 else None
            if follower is None or follower.end > position:
                continue
            leader = frame.slot_at[position + 1] if position + 1 < len(frame.forms) else None
        else:
            if frame.lemmas[position - 1] != "follow":
                continue
            before = [s for s in frame.mentions if s.end <= position - 1]
            follower = before[-1] if before and position - 1 - before[-1].end <= 2 else None
            leader = None  # "followed suit": whoever acted last
            if form in {"lead", "example"} and frame.slot_at[position - 2] is not None:
                leader = frame.slot_at[position - 2]  # "followed Riyadh's lead"
            if follower is None or (form == "suit" and position - 1 != follower.end):
                continue
        lead = leader.key if leader is not None else ""
        for key in _keys(frame, follower):
            out.append(
                Found(key, "SUPPORT", "", position, position + 1, 0.6, False, None, "=" + lead)
            )
    return out


def _similar_measures(frame: SentenceFrame) -> list[Found]:
    """An actor taking "similar" or "parallel" measures follows whoever acted last, as one
    following suit does: "Britain announced parallel measures hours later", اتخذت كندا
    إجراءات مماثلة (not a reply to another's "similar decision": ردّاً على قرار مماثل)."""
    out: list[Found] = []
    for position, form in enumerate(frame.forms):
        if form not in _SIMILAR or not position:
            continue
        # The noun comes before its adjective in Arabic (إجراءات مماثلة), after it in
        # English ("parallel measures"); the phrase's taker is named just before it.
        noun = position - 1 if frame.lang == "ar" else position + 1
        if noun >= len(frame.forms) or frame.forms[noun] not in _MEASURE_NOUNS:
            continue
        if frame.forms[noun - 1 : noun] == ["علي"]:
            continue  # ردّاً على قرار مماثل: another's measures, replied to
        phrase = min(noun, position)
        before = [
            s for s in frame.mentions
            if s.end <= phrase and phrase - s.end <= 3
            and not any(frame.texts[p] in _COMMA for p in range(s.end, phrase))
        ]  # fmt: skip
        if not before or not _taken(frame, _coordination_head(frame, before[-1]).start, phrase):
            continue
        out.extend(
            Found(key, "SUPPORT", "", position, position + 1, 0.55, False, None, "=")
            for key in _keys(frame, before[-1])
        )
    return out


def _taken(frame: SentenceFrame, start: int, noun: int) -> bool:
    """Whether measures an actor takes are asserted: not denied, intended, considered or
    asked for (لم تعلن لندن فرض عقوبات مماثلة، يدرس اتخاذ إجراءات مماثلة، "urged the EU
    to take similar measures")."""
    if _negated(frame, noun) or _hypothetical(frame, noun):
        return False
    window = range(max(0, start - 4), noun)
    return not any(
        frame.cues.get(p) in {"intent", "condition", "negation", "denial"}
        or (frame.hit_at[p] is not None and frame.hit_at[p].triggers[0].type == "REQUEST")
        for p in window
    )


def _crowd_agent(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An indefinite Arabic crowd noun right after another act's verbal noun, its agent:
    اقتحام محتجين السفارة (protesters storming the embassy)."""
    if frame.lang != "ar" or not hit.start or "ال" in hit.prefix or hit.prefix:
        return False
    if not all(t.type == "PROTEST" and t.pos == "noun" for t in hit.triggers):
        return False
    if frame.texts[hit.start].endswith("اً"):
        return False  # قاطعت الجزائر القمة احتجاجاً على: a masdar of purpose, no crowd
    before = frame.hit_at[hit.start - 1]
    return before is not None and any(
        t.pos == "noun" and t.type != "PROTEST" for t in before.triggers
    )


def _recall_for_consultations(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """A noun of consulting after an envoy a few words before (سفيرها لدى الجزائر للتشاور,
    "recalled its ambassador for consultations"): the purpose of a recall."""
    # (للتشاور with the article is a noun whatever row it matched: تشاور is also a verb)
    if not any(
        t.type == "CONSULT" and (t.pos == "noun" or hit.prefix.startswith("لل"))
        for t in hit.triggers
    ):
        return False
    if frame.lang == "en" and frame.forms[hit.start - 1 : hit.start] != ["for"]:
        return False
    if frame.lang == "ar" and not hit.prefix.startswith("لل"):
        return False
    return any(
        frame.forms[i].lstrip("و") in _ENVOYS or frame.forms[i].startswith(("سفير", "سفراء"))
        for i in range(max(0, hit.start - 6), hit.start)
    )


# Nouns whose genitive is an agreement already made: تنفيذ الاتفاق، بنود الاتفاقية.
_OF_EXISTING = {normalize(word) for word in (
    "تنفيذ", "بنود", "إطار", "بموجب", "نص", "شروط", "تطبيق", "احترام", "خرق", "انتهاك",
    "تعليق", "إلغاء", "ضمن",
)}  # fmt: skip


def _existing_agreement(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An Arabic agreement noun with the article governed by a noun of carrying out,
    breaching or its terms (تنفيذ الاتفاق، بنود الاتفاقية، خرق الاتفاق): made before."""
    return (
        frame.lang == "ar"
        and hit.start > 0
        # (also with no article under ضمن/بموجب: وصلوا ضمن اتفاق للتعاون الدفاعي)
        and ("ال" in hit.prefix or frame.forms[hit.start - 1] in _UNDER)
        and frame.forms[hit.start - 1] in _OF_EXISTING
        and all(t.type == "AGREE" and t.pos == "noun" for t in hit.triggers)
    )


_UNDER = {normalize(word) for word in ("ضمن", "بموجب", "إطار")}


# Arabic prepositions of topic: what follows is talked about, not done. (بروتوكول انضمام
# السويد: the protocol ratified is about an accession still to come; ملف تبادل الأسرى، "the
# prisoner-exchange file": a subject of talks; محادثات انضمام جورجيا: accession talks.)
_ABOUT = {normalize(word) for word in ("بشأن", "حول", "بخصوص", "بروتوكول", "ملف")}
# Nouns of talks whose genitive verbal noun is their topic (محادثات انضمام جورجيا; but
# not a verb after them: مفاوضات رعتها واشنطن).
_TALKS_ON = {normalize(word) for word in ("محادثات", "مفاوضات")}


# Acts aimed at a place: at the state that holds it.
_AIMED = {"ASSAULT", "COERCE", "MOBILIZE"}
# What stands before such a place: a direction or a kind of place (على مدينة إيلات).
# (Not في/in or near: "killed by a drone strike near Sulaimaniyah" is where, not whom.)
_TOWARD = {"علي", "ضد", "باتجاه", "نحو", "الي", "on", "at", "against", "toward", "towards",
           "into"}  # fmt: skip
_PLACE_NOUNS = {"مدينه", "بلده", "ميناء", "مطار", "قاعده", "منطقه", "محافظه", "ولايه", "مدن",
                "city", "town", "port", "airport", "base", "region", "province", "the"}  # fmt: skip


# Words inside an English place's phrase: "the Saudi border city of Jizan".
_PLACE_MODIFIERS = {"of", "border", "coastal", "capital", "northern", "southern",
                    "eastern", "western", "central", "southeastern", "northeastern"}  # fmt: skip
# A city's outskirts struck are the city struck (على محيط مدينة بانتيو); forces sent to
# them may face someone else (إلى محيط مدينة زاخو، قرب خطوط التماس مع الحزب).
_OUTSKIRTS = {"outskirts", "محيط", "ضواحي", "اطراف"}


def _aimed_at_place(
    frame: SentenceFrame, hit: TriggerHit, after: int, sources: list[str]
) -> list[str]:
    """The state whose city or region follows an act in its clause: صواريخ على عسقلان."""
    attack = any(t.type == "ASSAULT" for t in hit.triggers)
    for position in range(after, min(after + 16, len(frame.forms))):
        if frame.stops_at_comma[position]:
            return []
        slot = frame.places.get(position)
        if slot is None or slot.key in sources:
            continue
        before = position - 1
        while before >= after and (
            frame.forms[before] in _PLACE_NOUNS | _PLACE_MODIFIERS
            or (attack and frame.forms[before] in _OUTSKIRTS)
            or (frame.slot_at[before] is not None and frame.slot_at[before].key == slot.key)
        ):
            before -= 1  # "at the Saudi border city of Jizan": past the place's own words
        marked = before >= 0 and frame.forms[before] in _TOWARD
        # "bombed the Fordow, Natanz and Isfahan nuclear sites": an attack verb's object
        struck = before == after - 1 and any(
            t.type == "ASSAULT" and t.pos == "verb" for t in hit.triggers
        )
        marked = marked or struck
        if marked or "ل" in slot.prefix:
            return [slot.key]
    return []


# Objects of an attack that are armed groups, not the state they are in.
_INSURGENTS = {normalize(word) for word in (
    "militant", "militants", "insurgent", "insurgents", "rebel", "rebels", "jihadist",
    "jihadists", "terrorist", "terrorists", "hideout", "hideouts", "مسلحين", "المسلحين",
    "إرهابيين", "الإرهابيين", "مخابئ", "معاقل", "أوكار", "متمردين", "المتمردين", "تنظيم",
    "جماعة", "الجماعة",
)}  # fmt: skip


# Sites an attack noun is "on" that lie in a state: مواقع، منشآت، "bases", "facilities".
_SITES = {normalize(word) for word in (
    "مواقع", "موقع", "منشآت", "منشأة", "قواعد", "قاعدة", "أهداف", "مخازن", "مستودعات",
    "مطار", "مطارات", "ميناء", "sites", "site", "facilities", "facility", "bases", "base",
    "targets", "positions", "depots", "airport", "airports", "port",
)}  # fmt: skip


def _struck_on_sites(
    frame: SentenceFrame, hit: TriggerHit, after: int, sources: list[str]
) -> list[str]:
    """The state whose sites an attack noun is "on" (على، on, against, within two words of
    it, past its adjective: الغارات الإسرائيلية على مواقع في ريف دمشق): a car or a house
    struck (غارة على سيارة في النبطية) names whoever was in it, not the place's state."""
    for position in range(after, min(after + 2, len(frame.forms) - 1)):
        if frame.forms[position] in {"علي", "on", "against"}:
            if frame.forms[position + 1] not in _SITES:
                return []
            return _struck_in_state(frame, hit, position + 1, sources)
        if frame.stops_at_comma[position] or (
            frame.slot_at[position] is None and frame.hit_at[position] is not None
        ):
            return []
    return []


def _struck_in_state(
    frame: SentenceFrame, hit: TriggerHit, after: int, sources: list[str]
) -> list[str]:
    """The state an attack's object lies in: "hit an oil refinery in Russia's Krasnodar
    region", استهدفت مصفاة نفط في روسيا (but not a strike's whereabouts with no object:
    "killed in a strike in Iraq")."""
    own = _own_side(frame, sources)
    insurgents = False
    if frame.forms[after : after + 1] == ["what"]:
        # "struck what Islamabad called militant hideouts in …": past the attribution.
        called = next(
            (
                p
                for p in range(after + 1, min(after + 6, len(frame.forms)))
                if frame.forms[p] in {"called", "calls", "said", "described"}
            ),
            None,
        )
        after = called + 1 if called is not None else after
    for position in range(after, min(after + 7, len(frame.forms))):
        if frame.stops_at_comma[position] or frame.forms[position] == "over":
            return []  # ("a ballistic missile over the island of Hokkaido": flown over)
        # "struck militant camps in Mali": the militants, not Mali (but "militant hideouts
        # in Afghanistan's Paktika province": a strike on another state's soil)
        insurgents = insurgents or frame.forms[position] in _INSURGENTS
        slot = frame.slot_at[position]
        if insurgents and (slot is None or frame.forms[slot.end : slot.end + 1] != ["'s"]):
            if slot is not None or frame.places.get(position) is not None:
                return []
            continue
        place = frame.places.get(position) if slot is None else None
        construct = frame.lang == "ar" and position - 1 == after and not frame.hit_at[after]
        if place is not None and (construct or _within(frame, after, position)):
            # قصف الحرس الثوري مواقع في أربيل، استهدفت منشآت فوردو: a city or region
            # stands for its state.
            return [place.key] if place.key not in own else []
        if slot is None:
            continue
        in_state = (
            slot.state
            and position - 1 > after  # an object first: not "Houthi targets in Yemen"
            and frame.forms[position - 1] in _WITHIN
            and not slot.prefix
        )
        return [slot.key] if in_state and slot.key not in own else []
    return []


# What places an attack's object in a state: "energy facilities across Ukraine", "the
# centre of Kherson", مواقع في أربيل.
_WITHIN = {"in", "في", "of", "across", "throughout", "near", "قرب"}
# The kind of place before its name: في مدينة خاركيف، في محافظة أربيل، "in the city of".
_PLACE_KINDS = {normalize(word) for word in (
    "مدينة", "منطقة", "محافظة", "ولاية", "إقليم", "بلدة", "قرية", "مقاطعة", "ميناء", "مطار",
)}  # fmt: skip


def _within(frame: SentenceFrame, after: int, position: int) -> bool:
    """Whether "in" (or "in the city of", في مدينة) puts the place at ``position`` after an
    attack's object that starts at ``after``."""
    before = position - 1
    if before > after and frame.forms[before] in _PLACE_KINDS:
        before -= 1
    return before > after and frame.forms[before] in _WITHIN


# A state's ground: بلدات داخل الأراضي الأرمينية، "villages on Armenian territory".
_GROUND = {"الاراضي", "اراضي", "territory", "soil"}
_INSIDE = _WITHIN | {"داخل", "on", "inside"}
# A state's regions named by its adjective: في عدة مقاطعات أوكرانية، في المدن السورية.
_REGIONS = {"مقاطعات", "محافظات", "مدن", "مناطق", "بلدات", "قري", "ولايات", "المقاطعات",
            "المحافظات", "المدن", "المناطق", "البلدات", "القري"}  # fmt: skip
# Counting words between "in" and the regions: في عدة مقاطعات، في عدد من المدن.
_SOME = {"عده", "عدد", "بعض", "مختلف", "كافه", "جميع", "من"}


def _struck_on_ground(frame: SentenceFrame, after: int, sources: list[str]) -> list[str]:
    """The state on whose ground an attack's object lies: قصفت بلدات داخل الأراضي الأرمينية،
    شنت قصفاً على قرى داخل الأراضي السورية, "shelled villages on Armenian territory" (an
    object first: "killed in a strike inside Syria" names where, not whom)."""
    objects, words = False, 0
    position = after
    while position < len(frame.forms) and words < 16:
        if frame.texts[position] in _COMMA:
            # past a dated aside: شنت القوات، فجر الثلاثاء، قصفاً على
            past = _adverbial_insertion(frame, position) if frame.texts[position] == "،" else None
            if past is None:
                return []
            position = past
            continue
        if frame.stops[position]:
            return []
        slot = frame.slot_at[position]
        if slot is not None and slot.start == position:
            # الأراضي الأرمينية after داخل; "Armenian territory" after "on"
            ground, inside = (
                (position - 1, position - 2) if frame.lang == "ar" else (slot.end, position - 1)
            )
            if frame.lang == "ar" and frame.forms[ground] in _REGIONS:
                while inside > after and frame.forms[inside] in _SOME:
                    inside -= 1
            if (
                slot.state
                and objects
                and inside > after
                and ground < len(frame.forms)
                and frame.forms[ground] in _GROUND | _REGIONS
                and frame.forms[inside] in _INSIDE
                and slot.key not in sources
            ):
                return [slot.key]
            return []
        objects = objects or (
            frame.hit_at[position] is None
            and frame.forms[position] not in _INSIDE | _GROUND | {"علي", "on"}
        )
        position, words = position + 1, words + 1
    return []


# Triggers of leaving ground (not of releasing or exchanging prisoners).
_WITHDRAWING = ("سحب", "انسحب", "ينسحب", "تنسحب", "انسحاب", "withdraw", "pull", "retreat")
# Words before a withdrawal that make it asked for or required, not done.
_REQUIRING = {"يجب", "ينبغي", "must", "should"}


def _asked_before(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """A request or a "must" earlier in the sentence: the withdrawal after it is asked for."""
    return any(
        frame.forms[p] in _REQUIRING
        or (
            frame.hit_at[p] is not None
            and any(t.type == "REQUEST" for t in frame.hit_at[p].triggers)
        )
        for p in range(hit.start)
    )


# "From it", "from them both" after a withdrawal: from a place named before it.
_FROM_IT = {"منها", "منهما", "منه"}
# Where a withdrawal's origin ends: its destination, or a partner (انسحاب من الاتفاق مع).
_WITHDRAWAL_ENDS = {"الي", "مع", "to", "with", "into", "toward", "towards"}


def _withdrawn_from(
    frame: SentenceFrame, hit: TriggerHit, after: int, sources: list[str]
) -> list[str]:
    """The state whose ground a withdrawal leaves, named past "from"/من and a place:
    من الأراضي التركية، من بلدات في جنوب لبنان، "from bases in Syria"."""
    end = min(after + 10, len(frame.forms))
    origin = next(
        (p for p in range(after, min(after + 4, end)) if frame.forms[p] in {"من", "from"}), None
    )
    if origin is None and frame.forms[hit.end - 1] == "of":
        origin = hit.end - 1  # "pulled out of villages in southern Lebanon"
    own = _own_side(frame, sources)
    if origin is None and any(
        frame.forms[p] in _FROM_IT for p in range(after, min(after + 2, end))
    ):
        # انتشر في بلدة الخيام بعد انسحاب القوات الإسرائيلية منها: the place named before
        places = [frame.places[p] for p in range(hit.start) if frame.places.get(p) is not None]
        return [places[-1].key] if places and places[-1].key not in own else []
    if origin is None:
        return []
    for position in range(origin + 1, end):
        if frame.stops_at_comma[position] or frame.forms[position] in _WITHDRAWAL_ENDS:
            return []
        place = frame.places.get(position)
        if place is not None and frame.slot_at[position] is None:
            # انسحابها من قاعدة عين الأسد في الأنبار: a city or region of its state
            return [place.key] if place.key not in own else []
        slot = frame.slot_at[position]
        if slot is not None and slot.state and slot.key not in own:
            return [slot.key]
        if slot is not None:
            return []  # "withdrew from the coalition": an actor left, no ground
    return []


def _aimed_at_its(
    frame: SentenceFrame, hit: TriggerHit, after: int, sources: list[str]
) -> list[str]:
    """Whose "its" an attack's object is: the sentence's subject, unless on the attacker's
    side ("Lebanon complained over Israeli air strikes on its territory", أطلقت إيران
    صواريخ … رداً على الضربات الأميركية على منشآتها)."""
    aimed = None
    for position in range(after, min(after + 3, len(frame.forms) - 1)):
        if frame.stops_at_comma[position]:
            return []
        word, following = frame.forms[position], frame.forms[position + 1]
        if frame.forms[position + 1 : position + 3] == ["one", "of"] and position + 3 < len(
            frame.forms
        ):
            following = frame.forms[position + 3]  # "fired on one of their watchtowers"
        if word in _AIM_WORDS and (
            following in {"its", "their"}
            or (following.endswith("ها") and frame.slot_at[position + 1] is None)
        ):
            aimed = position
        if aimed is not None:
            break
    if aimed is None:
        return []
    own = _own_side(frame, sources)
    return [key for key in _sentence_subject(frame, hit.start) if key not in own][:1]


def _session_of(frame: SentenceFrame, start: int) -> list[str]:
    """The body whose meeting a request asks for, a few words on: عقد اجتماع طارئ لمجلس
    الأمن، "an emergency session of the U.N. Security Council" (not a state's)."""
    for position in range(start, min(start + 5, len(frame.forms))):
        if frame.stops_at_comma[position]:
            return []
        if frame.forms[position] not in _SESSIONS:
            continue
        for after in range(position + 1, min(position + 5, len(frame.forms))):
            slot = frame.slot_at[after]
            if slot is not None:
                marked = "ل" in slot.prefix or frame.forms[after - 1] in {"of", "the"}
                return [slot.key] if marked and not slot.state else []
            if frame.forms[after] not in _URGENT | {"of", "the"}:
                return []
        return []
    return []


_SESSIONS = {"meeting", "session"} | {normalize(word) for word in ("اجتماع", "اجتماعاً", "جلسة")}
_URGENT = {"emergency", "urgent", "special", "closed", "closed-door"} | {
    normalize(word) for word in ("طارئ", "طارئة", "طارئاً", "عاجل", "عاجلة", "مغلق", "مغلقة")
}


def _release_asked(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a demand's object, a few words on, is a release: "demanded their immediate
    and unconditional release", طالب بالإفراج الفوري عنهم."""
    position, end = max(hit.end, hit.reach), min(hit.end + 7, len(frame.forms))
    while position < end:
        if frame.texts[position] == "،" and _adverbial_insertion(frame, position):
            # طالبت الوزيرة، الجمعة، بالإفراج الفوري عن الدركي
            end = min(end + _adverbial_insertion(frame, position) - position, len(frame.forms))
            position = _adverbial_insertion(frame, position)
            continue
        if frame.stops_at_comma[position]:
            return False
        other = frame.hit_at[position]
        if other is not None and other.start == position:
            return any(
                t.type == "RETREAT" and t.form.split()[0] in _RELEASING for t in other.triggers
            )
        position += 1
    return False


_RELEASING = {"release", "free", "إفراج", "أطلق", "إطلاق"}


def _dropped(trigger: Trigger) -> bool:
    """A trigger of dropping one's own objection or demand ("dropped its veto", not "met
    the demands")."""
    return trigger.type == "CONCEDE" and trigger.form.startswith(
        ("drop ", "withdraw ", "lift ", "تراجع", "رفع", "سحب")
    )


def _their_withdrawal(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a demand takes a withdrawal noun of "theirs": "demanded their departure",
    طالب برحيلهم."""
    after = hit.end
    if frame.lang == "en" and frame.forms[after : after + 1] in (["their"], ["its"]):
        after += 1
    other = frame.hit_at[after] if after < len(frame.forms) else None
    if other is None or not any(t.type == "RETREAT" for t in other.triggers):
        return False
    if frame.lang == "en":
        return after > hit.end  # "their departure"
    return other.suffix in {"هم", "ها", "هما"}  # برحيلهم


_DESPITE = {normalize(word) for word in ("رغم", "برغم", "بالرغم", "despite")}


def _despite(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a demand or appeal noun follows "despite" (رغم), past a modifier or two."""
    return any(frame.forms[p] in _DESPITE for p in range(max(0, hit.start - 3), hit.start))


def _measure_demanded(frame: SentenceFrame, after: int) -> bool:
    """Whether an Arabic demand goes straight on to a measure against someone (مطالبين
    بطرد السفير، طالبوا الحكومة بقطع العلاقات مع إسرائيل): whoever the measure targets is
    not the one asked."""
    if frame.lang != "ar":
        return False
    position = after + (frame.forms[after : after + 1] == ["الحكومه"])
    hit = frame.hit_at[position] if position < len(frame.forms) else None
    return (
        hit is not None
        and hit.start == position
        and "ب" in hit.prefix
        and all(t.type in {"SANCTION", "COERCE", "ASSAULT"} for t in hit.triggers)
    )


def _after_circumstantial(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an Arabic verbal noun with its owner's suffix follows a circumstantial
    participle of expressing (…، معرباً عن تضامنه، مجدداً دعمه): the owner is the main
    clause's subject."""
    if hit.suffix not in {"ه", "ها"} or hit.start < 1:
        return False
    before = hit.start - 1
    if frame.forms[before] == "عن" and before:
        before -= 1
    return frame.forms[before] in _EXPRESSING and before > 0 and frame.texts[before - 1] in _COMMA


def _joined_light_verb(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an Arabic verbal noun is the object of a light verb joined by و/ف right
    before it (ووجّه دعوة، فشنّت غارات)."""
    governing = _governing_verb(frame, hit.start)
    if governing is None:
        return False
    _kind, position = governing
    return position == hit.start - 1 and frame.texts[position].startswith(("و", "ف"))


def _backing_up(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """A warning (a verb or participle), or a demand made in passing (an Arabic
    participle, an English comma participle), which may have no object of its own."""
    if trigger.type == "THREATEN":
        return trigger.pos != "noun" and not _warns_of_danger(frame, hit)
    if trigger.type != "REQUEST":
        return False
    # (with no addressee: مطالباً بالإفراج عنهم, not داعياً الحلفاء الغربيين إلى …)
    addressed = hit.end < len(frame.forms) and not frame.forms[hit.end].startswith("ب")
    if frame.lang == "ar":
        return trigger.pos == "participle" and not addressed
    if trigger.pos == "verb" and frame.forms[hit.start - 1] == "and":
        return True  # "summoned Russia's envoy and demanded the return of the buoys"
    return frame.texts[hit.start].endswith("ing") and frame.texts[hit.start - 1] in _COMMA


def _reacted_to(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a definite Arabic act noun is what a reaction is about, not an act reported:
    توعّد برد على المناورات المشتركة، دان المناورات."""
    return (
        frame.lang == "ar"
        and "ال" in hit.prefix
        and hit.start > 0
        and frame.forms[hit.start - 1] in {"علي", "ضد"}
    )


def _consequences_named(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a warning names what will follow if it goes unheeded (consequences, a
    response, a price), not only a danger it sees."""
    ahead = frame.forms[hit.end : hit.end + 12]
    if any(form.lstrip("وفب").startswith(_CONSEQUENCES) for form in ahead):
        return True
    # ستمارس حقها في الدفاع عن النفس، "would exercise its right to self-defence": force
    words = " ".join(ahead)
    return _SELF_DEFENCE_AR in words or "self - defen" in words or "self-defen" in words


_SELF_DEFENCE_AR = normalize("الدفاع عن النفس")


# Beginnings of words for what a threat promises: a retaliation (ردّ، "response"), and
# عواقب، ثمن، مكتوفة الأيدي, "a price".
_CONSEQUENCES = _RETALIATION + ("عواقب", "الرد", "ثمن", "الثمن", "مكتوف", "price")


def _withdrawing(trigger: Trigger) -> bool:
    """Whether a retreat is a withdrawal of forces ("withdraw its troops", سحب قواته)."""
    first = normalize(trigger.form).split()[0].lstrip("وف")
    return trigger.type == "RETREAT" and (
        first in {"withdraw", "pull"} or first.startswith(("سحب", "انسحب", "يسحب", "تسحب"))
    )


def _warns_of_danger(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a warning only judges something dangerous (ومحذراً من أن الخطوة تمثل "تهديداً
    مباشراً"، "warned that the move poses a threat"): no threat of the warner's own."""
    ahead = frame.forms[hit.end : hit.end + 8]
    that = next((i for i, form in enumerate(ahead) if form in _THAT_FORMS), None)
    return that is not None and any(form in _POSES for form in ahead[that + 1 : that + 5])


# "That", also with its pronoun (من أنها تمثل خطراً).
_THAT_FORMS = {"that", "ان", "بان", "انها", "انه", "انهم", "بانها", "بانه"}
# Verbs of "posing" or "constituting" a danger.
_POSES = {"poses", "pose", "posed", "represents", "constitutes", "تمثل", "يمثل", "تشكل", "يشكل"}


def _joined_verb(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """An Arabic verb of speech joined by و/ف to the verb before it, sharing its subject."""
    return (
        frame.lang == "ar"
        and trigger.pos == "verb"
        and trigger.type in _ADDRESSING
        and hit.prefix in {"و", "ف"}
        # no subject of its own: وطالبت وزارة الخارجية المصرية المجتمع الدولي
        and hit.end not in frame.roles
        and _right_mention(frame, hit.end, max_gap=1, subject=True) is None
        and _no_object_after(frame, hit.end)
        and not (trigger.type == "THREATEN" and _warns_of_danger(frame, hit))
    )


def _no_object_after(frame: SentenceFrame, position: int) -> bool:
    """Whether an Arabic verb goes straight on to a preposition (ولوّحت بعواقب), with no
    object noun of its own (وطالب فيه المجلس)."""
    while position < len(frame.forms) and frame.forms[position] in {"فيه", "فيها", "خلاله"}:
        position += 1
    if position >= len(frame.forms):
        return True
    form = frame.forms[position]
    return form in _AR_PREPS or form.startswith("ب") or not form[:1].isalpha()


# Measures against another, which a verb joined by "and" takes against the same side.
_MEASURES = {"SANCTION", "COERCE"}
# Acts of addressing someone, which a joined verb does to the same addressee.
_ADDRESSING = {"REQUEST", "THREATEN", "ACCUSE", "REJECT", "SUPPORT"}


def _other_addressee(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an English verb names an addressee that is no actor before "to" and its
    verb ("and urged world leaders to impose every possible sanction"): not the object of
    the verb before it."""
    if frame.lang != "en":
        return False
    for position in range(hit.end, min(hit.end + 5, len(frame.forms) - 1)):
        form = frame.forms[position]
        if frame.slot_at[position] is not None or frame.stops_at_comma[position]:
            return False
        if form in _STATE_BODY_NOUNS:
            return False  # "pressed the military to relinquish power": the state's own
        if form == "to":
            # (an infinitive, not "demand an end to the violations")
            return position > hit.end and frame.forms[position + 1] not in _EN_DETERMINERS
    return False


# A state's own organs ("the military", "the regime") and pronouns for one named before:
# addressees that stand for an actor, not someone else.
_STATE_BODY_NOUNS = {"military", "army", "government", "regime", "junta", "authorities",
                     "leadership", "administration", "him", "her", "them", "it"}  # fmt: skip


def _shared_object(
    found: list[Found], sources: list[str], types: frozenset[str] | set[str] = _ADDRESSING
) -> list[str]:
    """The targets of the sentence's latest act by ``sources`` (an addressing act, or one
    of ``types``)."""
    for item in reversed(found):
        if item.source in sources and item.target and item.type in types:
            return [
                f.target for f in found
                if f.trigger_start == item.trigger_start and f.source in sources and f.target
            ]  # fmt: skip
    return []


def _carries_subject(
    frame: SentenceFrame, hit: TriggerHit, trigger: Trigger, last_group: list[str]
) -> bool:
    """An unvowelled Arabic verb joined by و/ف to a verb with a subject: it shares that
    subject (واعتقلت 15 فلسطينياً), unless a damma marks it passive (وقُتل)."""
    return (
        frame.lang == "ar"
        and trigger.pos == "verb"
        and bool(last_group)
        and hit.prefix.startswith(("و", "ف"))
        and "\u064f" not in frame.texts[hit.start]
    )


def _after_event_noun(frame: SentenceFrame, hit: TriggerHit) -> int | None:
    """The event noun an Arabic verb qualifies as a relative clause with no relative
    pronoun (غارات جوية استهدفت، هجوم صاروخي أوقع), its position; else None."""
    position = hit.start - 1
    if position >= 0 and frame.hit_at[position] is None and frame.slot_at[position] is None:
        position -= 1  # one adjective: جوية، صاروخي
    if position < 0 or frame.stops_at_comma[position]:
        return None
    noun = frame.hit_at[position]
    if frame.lang != "ar" or noun is None or hit.prefix or hit.suffix:
        return None  # شنّه مقاتلو الحركة: a resumptive suffix, and the subject follows
    if _right_mention(frame, hit.end, max_gap=2, subject=True) is not None:
        return None  # اتفاق توصّل إليه وفدا البلدين: a subject of its own
    if not any(t.pos == "noun" for t in noun.triggers):
        return None
    verbal = any(t.type == t2.type for t in noun.triggers for t2 in hit.triggers)
    return noun.start if verbal else None


def _attack_as_subject(frame: SentenceFrame, hit: TriggerHit) -> int | None:
    """An English attack noun heading its clause as the subject of an attack verb, its
    position: "An Israeli drone strike on a car near the town of Nabatieh killed a
    Hezbollah commander" (no actor, comma or other act between them)."""
    if frame.lang != "en":
        return None
    for position in range(hit.start - 1, max(-1, hit.start - 15), -1):
        if frame.stops_at_comma[position] or frame.slot_at[position] is not None:
            return None
        noun = frame.hit_at[position]
        if noun is None or noun is hit:
            continue
        if not any(t.pos == "noun" and t.type == "ASSAULT" for t in noun.triggers):
            return None
        opening = noun.start - 1
        while opening >= 0 and (
            frame.forms[opening] in _EN_DETERMINERS
            or frame.slot_at[opening] is not None
            or _plain_modifier(frame, opening)
        ):
            opening -= 1  # "An Israeli drone strike": back to the clause's start
        starts = opening < 0 or frame.stops_at_comma[opening] or frame.texts[opening] == "-"
        return noun.start if starts else None
    return None


def _own_envoys_acted_on(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """Whether an English noun of expelling or summoning takes "of its/their" envoys: whose
    envoys they are is the clause's subject ("Washington's expulsion of its ambassador")."""
    after = frame.forms[hit.end : hit.end + 3]
    return (
        frame.lang == "en"
        and trigger.pos == "noun"
        and trigger.type in {"SANCTION", "ACCUSE", "COERCE"}
        and len(after) == 3
        and after[:2] in (["of", "its"], ["of", "their"])
        and after[2] in _ENVOYS
    )


def _sale_approved(
    frame: SentenceFrame, hit: TriggerHit, trigger: Trigger, found: list[Found]
) -> Found | None:
    """The approval an Arabic arms deal or sale is the object of (موافقتها على صفقة أسلحة
    لتايوان، وافقت الخارجية على صفقة لبيع): the agreement found before its على, in its
    clause. (Accepting another's aid, وافقت على المساعدات الروسية, is no sale.)"""
    form = normalize(trigger.form)
    if frame.lang != "ar" or trigger.type != "AID" or not ("صفق" in form or "بيع" in form):
        return None
    on = next((p for p in range(hit.start - 1, max(-1, hit.start - 3), -1)
               if frame.forms[p] == "علي"), None)  # fmt: skip
    if on is None:
        return None
    return next(
        (f for f in reversed(found)
         if f.type == "AGREE" and f.source and not f.negated and 0 <= on - f.trigger_end <= 6
         and not any(frame.stops_at_comma[p] for p in range(f.trigger_end, on))),
        None,
    )  # fmt: skip


def _received(
    frame: SentenceFrame, hit: TriggerHit, trigger: Trigger
) -> tuple[list[str], list[str], int] | None:
    """The senders and receivers of a noun a verb of receiving governs, and where that
    verb is: تلقى X اتصالاً هاتفياً من Y, "X received a letter from Y". None unless both
    are named."""
    if trigger.pos != "noun" or "receive" not in frame.cue_at:
        return None
    # (a long title between counts as one word: تلقى وزير الشؤون الخارجية والتعاون
    # الإفريقي والمغاربة المقيمين بالخارج، ناصر بوريطة، … اتصالاً)
    verb = next(
        (p for p in reversed(frame.cue_at["receive"])
         if 0 < hit.start - p - len(frame.roles.intersection(range(p, hit.start))) <= 14),
        None,
    )  # fmt: skip
    if verb is None and frame.lang == "ar":
        # عقب اتصال هاتفي تلقّاه من وزير الخارجية الأمريكي: received in a relative clause,
        # by the subject of the sentence.
        after = hit.end + (frame.forms[hit.end : hit.end + 1] in _BY_PHONE)
        if after in frame.cue_at["receive"] and frame.forms[after].endswith(("ه", "ها")):
            sender = _right_mention(frame, after + 1, max_gap=1, preps=_FROM_SENDER,
                                    require_prep=True)  # fmt: skip
            receivers = _sentence_subject(frame, hit.start)
            if sender is not None and receivers:
                return _keys(frame, sender[0]), receivers, after
        return None
    if verb is None:
        return None
    sender = _right_mention(frame, max(hit.end, hit.reach), max_gap=4, preps=_FROM_SENDER,
                            require_prep=True)  # fmt: skip
    receivers = _receivers(frame, verb, hit.start)
    if sender is None or not receivers:
        return None
    return _keys(frame, sender[0]), receivers, verb


_FROM_SENDER = ("from", "من")


def _coordinated_talks(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """Whether a word of coordinating follows a word of talks or mediation it qualifies:
    جهود الوساطة بالتنسيق مع مصر, "mediation efforts in coordination with Egypt"."""
    if not normalize(trigger.form).startswith(("تنسيق", "coordinat")):
        return False
    before = hit.start - 1 - (frame.forms[hit.start - 1 : hit.start] == ["in"])
    talks = frame.hit_at[before] if before >= 0 else None
    return talks is not None and any(t.type == "CONSULT" for t in talks.triggers)


# Hostile purposes of a deployment: "to surround Taiwan". (Arabic finds its لردع إيران
# object as it finds any after the verb.)
# Arabic words of deterrence: what a deployment is said to send a message of (رسالة ردع
# واضحة لإيران), to whom, anywhere later in its sentence. (_deterred reads the _DETER words
# within the deployment's own clause.)
_DETERRENCE = {normalize(word) for word in ("ردع", "الردع", "لردع")}


def _deterrence_named_later(frame: SentenceFrame, hit: TriggerHit) -> list[str]:
    """Whom an Arabic deployment's deterrence is aimed at, later in its sentence past the
    clause _deterred reads: أمر بإرسال حاملة الطائرات …، في خطوة وصفها بأنها «رسالة ردع
    واضحة لإيران»."""
    if frame.lang != "ar":
        return []
    for position in range(hit.end, min(hit.end + 30, len(frame.forms) - 1)):
        if frame.texts[position] in {".", "؛"}:
            return []
        if frame.forms[position] in _DETERRENCE:
            found = _right_mention(frame, position + 1, max_gap=2)
            return _keys(frame, found[0]) if found else []
    return []


# Words placing a deployment across from someone: "opposite areas held by the SDF",
# قبالة مواقع قسد. (In the deployment's own clause, في مواجهة القوات is _deterred's.)
_OPPOSITE = {"opposite", "facing"} | {normalize(word) for word in ("قبالة", "مقابل")}


def _deployed_facing(frame: SentenceFrame, hit: TriggerHit) -> list[str]:
    """Whom a deployment is placed across from, later in its clause (commas aside): "deployed
    tanks along the border opposite areas held by the SDF", دفع بتعزيزات إلى محيط السد،
    قبالة مواقع «قوات سوريا الديمقراطية»."""
    for position in range(max(hit.end, hit.reach), min(hit.end + 24, len(frame.forms) - 1)):
        if frame.stops[position] or frame.cues.get(position) == "report":
            return []
        if frame.forms[position] in _OPPOSITE:
            found = _right_mention(frame, position + 1, max_gap=4)
            return _keys(frame, found[0]) if found else []
    return []


# Stances one can tell another of: a rejection, an acceptance, support.
_TOLD_STANCES = {"REJECT", "AGREE", "SUPPORT"}
# Adverbs between the one told and the stance: أبلغ الجانب الإيطالي صراحةً رفضَ بلاده.
_TELLING_ADVERBS = {normalize(word) for word in ("صراحة", "رسمياً", "مجدداً")}


def _informed_of_stance(
    frame: SentenceFrame, hit: TriggerHit, trigger: Trigger, last_group: list[str]
) -> tuple[list[str], list[str]] | None:
    """The tellers and the told of an Arabic stance noun a verb of telling governs:
    أبلغت القاهرة الجانب الإسرائيلي رفضها القاطع للمقترح, أبلغ الرئيس الجانب الإيطالي صراحةً
    رفضَ بلاده. None unless both are named. (Only Arabic lists verbs of telling: English
    "told" is a verb of saying.)"""
    if trigger.type not in _TOLD_STANCES or "inform" not in frame.cue_at:
        return None
    if not any(t.pos == "noun" and t.type == trigger.type for t in hit.triggers):
        return None  # (a noun, which may read as a verb when not inflected: رفضَ بلاده)
    verb = next((p for p in frame.cue_at["inform"] if 0 < hit.start - p <= 8), None)
    if verb is None or any(frame.stops_at_comma[p] for p in range(verb + 1, hit.start)):
        return None
    stance = hit.start
    told_slots = [slot for slot in frame.mentions if verb < slot.start and slot.end <= stance]
    if not told_slots or any(
        frame.slot_at[p] is None
        and frame.forms[p] not in _TELLING_ADVERBS
        and p not in frame.roles
        and p not in frame.persons
        for p in range(told_slots[-1].end, stance)
    ):
        return None  # (the stance must follow the one told)
    told = told_slots[-1]
    teller = told_slots[0] if len(told_slots) > 1 else _left_subject(frame, verb, max_gap=2)
    tellers = _keys(frame, teller) if teller is not None else list(last_group)
    told_keys = [key for key in _keys(frame, told) if key not in tellers]
    if not tellers or not told_keys:
        return None
    return tellers, told_keys


def _deployment_deters(frame: SentenceFrame, found: list[Found]) -> list[Found]:
    """A deployment with no target of its own, followed in its sentence by a warning from
    its side, is aimed at whoever is warned: "The Pentagon ordered a carrier to the eastern
    Mediterranean, and Defense Secretary Lloyd Austin warned Iran and Hezbollah …"."""
    sides = {slot.key: slot.side or slot.key for slot in frame.mentions}
    items = []
    for item in found:
        if item.type != "MOBILIZE" or item.target or item.negated or not item.source:
            continue
        side = sides.get(item.source, item.source)
        items += [
            replace(item, target=warning.target, confidence=0.55)
            for warning in found
            if warning.type == "THREATEN" and warning.target and not warning.negated
            and warning.trigger_start > item.trigger_start
            and sides.get(warning.source, warning.source) == side
        ]  # fmt: skip
    return items


# Words that open what a deployment answers: "after", بعد، إثر، عقب.
_AFTER = {normalize(word) for word in ("after", "following", "بعد", "إثر", "عقب", "غداة")}


def _in_response(frame: SentenceFrame, position: int) -> bool:
    """Whether "response to" starts at ``position`` ("in response to a naval buildup")."""
    return frame.forms[position] == "response" and frame.forms[position + 1] == "to"


def _deployment_answers(frame: SentenceFrame, found: list[Found]) -> list[Found]:
    """A deployment with no target of its own, followed in its sentence by "after" and a
    hostile act of another side, is aimed at whoever made that act: "Pakistan rushed
    troops to the border after Taliban forces opened fire on its posts"."""
    sides = {slot.key: slot.side or slot.key for slot in frame.mentions}
    items = []
    for item in found:
        if item.type != "MOBILIZE" or item.target or item.negated or not item.source:
            continue
        # (past an aside of who said it: "…, Defense Minister Padrino López said, in
        # response to a U.S. naval buildup")
        reach = range(item.trigger_end, min(item.trigger_end + 30, len(frame.forms) - 1))
        after = next(
            (p for p in reach if frame.forms[p] in _AFTER or _in_response(frame, p)),
            None,
        )
        if after is None:
            continue
        side = sides.get(item.source, item.source)
        answered = [
            act for act in found
            if act.trigger_start > after and act.type in _HOSTILE_ACTS and act.source
            and not act.negated and sides.get(act.source, act.source) != side
        ]  # fmt: skip
        if answered:
            first = min(act.trigger_start for act in answered)
            items += [
                replace(item, target=act.source, confidence=0.55)
                for act in answered
                if act.trigger_start == first
            ]
        elif frame.forms[after] == "response":
            # "in response to a U.S. naval buildup": the one the act's noun names as its own
            items += [
                replace(item, target=key, confidence=0.5)
                for key in _act_owners(frame, after + 2, [item.source])
                if sides.get(key, key) != side
            ]
    unique = {(i.source, i.target, i.trigger_start): i for i in items}
    return list(unique.values())


# "Loaded with", "carrying": what a plane, ship or convoy brings (محمّلة بالأسلحة).
_LOADED = {normalize(word) for word in (
    "محمل", "محملة", "محملتان", "محملتين", "محملين", "محملون", "المحملة", "المحملتين",
    "تحمل", "يحمل", "تحملان", "يحملان", "تقل", "يقل",
)}  # fmt: skip


def _carried_aid(frame: SentenceFrame, hit: TriggerHit) -> tuple[str, str] | None:
    """(giver, receiver) of arms or relief that carriers of a named state bring, loaded
    "with" them: هبطت في مطار مقديشو طائرتان عسكريتان مصريتان محمّلتان بالأسلحة (Egypt's
    planes, landing in Mogadishu's airport), وصلت إلى بيروت طائرة قطرية تحمل مساعدات.
    The receiver is the state the carriers arrive in, named before them, or after إلى."""
    if frame.lang != "ar" or hit.start < 2 or frame.forms[hit.start - 1] not in _LOADED:
        return None
    if "ب" not in hit.prefix and frame.forms[hit.start - 1] not in {"تحمل", "يحمل", "تقل", "يقل"}:
        return None
    owner = _mention_at(frame, hit.start - 2)
    if owner is None or owner.kind != "demonym" or owner.end != hit.start - 1:
        return None
    side = owner.side or owner.key
    before = [
        slot for slot in frame.mentions
        if slot.end <= owner.start and slot.state and (slot.side or slot.key) != side
    ]  # fmt: skip
    if before:
        return side, before[-1].side or before[-1].key
    after = _right_mention(frame, hit.end, max_gap=6, preps=("الي",), require_prep=True)
    if after is not None and after[0].state and (after[0].side or after[0].key) != side:
        return side, after[0].side or after[0].key
    return None


def _received_materiel(frame: SentenceFrame, found: list[Found]) -> list[Found]:
    """``found`` with the weapons, equipment, relief or money a verb of receiving takes
    read as AID from whoever gave them to the receiver: تسلّمت أوكرانيا منظومات دفاع جوي
    قُدّمت من قبل ألمانيا، تسلّمت القوات الجزائرية من روسيا الدفعة الأولى من مقاتلات،
    أعلن البنك المركزي تلقيه وديعة إماراتية, "Kyiv received tanks from Berlin". An aid
    noun read as given by the receiver is replaced; one given to it already is kept."""
    for verb in frame.cue_at.get("receive", ()):
        goods = next(
            (p for p in range(verb + 1, min(verb + 12, len(frame.forms)))
             if frame.cues.get(p) in {"materiel", "relief"} or _aid_noun_at(frame, p)),
            None,
        )  # fmt: skip
        if goods is None:
            continue
        receivers = _receivers(frame, verb, goods)
        sender = _giver(frame, verb, goods)
        if sender is None or not receivers:
            continue
        givers = _keys(frame, sender)
        later_aid = [f for f in found if f.type == "AID" and f.trigger_start > verb]
        if any(f.target in receivers for f in later_aid):
            continue  # تسلّمت شحنة أسلحة أرسلتها ألمانيا: the aid noun said so already
        misread = {id(f) for f in later_aid if f.source in receivers}
        # ("received the first F-16 jets from Denmark": no one was received as a guest)
        misread |= {id(f) for f in found if f.type == "CONSULT" and f.trigger_start == verb}
        negated = _negated(frame, verb)
        found = [f for f in found if id(f) not in misread] + [
            Found(a, "AID", b, verb, verb + 1, 0.7, negated, None)
            for a in givers for b in receivers if a != b
        ]  # fmt: skip
    return found


def _aid_noun_at(frame: SentenceFrame, position: int) -> bool:
    """Whether an aid noun starts at ``position`` (وديعة، مساعدات)."""
    hit = frame.hit_at[position]
    return (
        hit is not None
        and hit.start == position
        and any(t.type == "AID" and t.pos == "noun" for t in hit.triggers)
    )


def _receivers(frame: SentenceFrame, verb: int, end: int) -> list[str]:
    """Who receives what a verb of receiving takes before ``end``: the verb's subject on
    either side, or for a verbal noun with its owner's pronoun (أعلن البنك المركزي
    تلقيه) the subject of the sentence."""
    receiver = _left_subject(frame, verb, max_gap=2)
    if receiver is None and frame.lang == "ar":
        right = _right_mention(frame, verb + 1, max_gap=3, subject=True)
        receiver = right[0] if right is not None and right[0].end <= end else None
    if receiver is not None:
        return _keys(frame, receiver)
    if frame.lang == "ar" and frame.forms[verb].endswith(("ه", "ها")):
        return _sentence_subject(frame, verb)
    return []


def _giver(frame: SentenceFrame, verb: int, goods: int) -> Slot | None:
    """Who gave what was received: من/قبل X after the goods, من X between the verb and
    the goods (تسلّمت … من روسيا الدفعة الأولى), or the goods' demonym (وديعة إماراتية،
    مساعدات عسكرية أمريكية)."""
    after = _right_mention(frame, goods + 1, max_gap=5, preps=("من", "قبل", "from", "by"),
                           require_prep=True)  # fmt: skip
    if after is not None:
        return after[0]
    if frame.lang != "ar":
        return None
    for position in range(verb + 1, goods):
        slot = frame.slot_at[position]
        if slot is not None and slot.start == position and frame.forms[position - 1] == "من":
            return slot
    end = frame.hit_at[goods].end if frame.hit_at[goods] is not None else goods + 1
    for position in range(end, min(end + 2, len(frame.forms))):
        slot = frame.slot_at[position]
        if slot is not None and slot.kind == "demonym" and not slot.prefix:
            return slot
        if frame.stops_at_comma[position] or slot is not None:
            return None
    return None


# Words of giving that thanks may be for: "thanked Germany for delivering", شكر قطر على
# تقديمها شحنات وقود.
_GIVING = {
    "delivering", "sending", "supplying", "providing", "donating", "delivery", "deliveries",
    "donation", "donations", "supplies",
} | {normalize(word) for word in (
    "تسليم", "تقديم", "إرسال", "تزويد", "تقديمها", "تقديمه", "إرسالها", "إرساله", "تزويدها",
    "تزويده", "تبرع", "تبرعها",
)}  # fmt: skip
_THANKING = {"thank", "شكر"}


def _thanked_for_aid(frame: SentenceFrame, found: list[Found]) -> list[Found]:
    """Aid that thanks are given for, from the one thanked to the one thanking: "Zelenskiy
    thanked Germany for delivering two more Patriot systems", شكرت الحكومة قطر على تقديمها
    شحنات وقود."""
    items = []
    for f in found:
        if f.type != "SUPPORT" or not f.target or f.negated:
            continue
        if not any(
            frame.lemmas[f.trigger_start].startswith(stem)
            or frame.forms[f.trigger_start].removeprefix("و").startswith(stem)
            for stem in _THANKING
        ):
            continue
        for position in range(f.trigger_end, min(f.trigger_end + 9, len(frame.forms) - 1)):
            if frame.stops_at_comma[position]:
                break
            if frame.forms[position] not in {"for", "علي"}:
                continue
            gift = position + 1 + (frame.forms[position + 1] in {"its", "their", "his", "her"})
            if not _GIVING.isdisjoint(frame.forms[gift : gift + 2]):  # (its fuel donation)
                items.append(replace(f, source=f.target, type="AID", target=f.source,
                                     confidence=0.6))  # fmt: skip
            break
    return items


# Flying a flag: ناقلة ترفع العلم البريطاني، سفينة تحمل علم بنما.
_FLYING = {normalize(word) for word in ("ترفع", "يرفع", "تحمل", "يحمل", "رافعة", "رافعه")}
_FLAGS = {normalize(word) for word in ("العلم", "علم")}


def _flag_state(frame: SentenceFrame, start: int) -> list[str]:
    """The state whose flag a ship seized or struck flies, told within a few words after
    ``start`` (التي ترفع العلم البريطاني، تحمل علم بنما)."""
    if frame.lang != "ar":
        return []
    for position in range(start, min(start + 20, len(frame.forms) - 2)):
        if frame.texts[position] in {".", "؛", ";"}:
            return []
        if frame.forms[position] in _FLYING and frame.forms[position + 1] in _FLAGS:
            slot = _mention_at(frame, position + 2)
            return [slot.key] if slot is not None and slot.state else []
    return []


def _hosted_forces(frame: SentenceFrame, start: int) -> list[str]:
    """The state whose forces a place struck is said to hold, within a few words after
    ``start`` (التي تضم قوات أميركية، تتمركز فيها قوات، "which hosts U.S. troops")."""
    for position in range(start, min(start + 25, len(frame.forms))):
        if frame.texts[position] in {".", "؛", ";"}:
            return []
        if frame.forms[position] not in _HOLDING:
            continue
        ahead = range(position + 1, min(position + 6, len(frame.forms)))
        forces = next((p for p in ahead if frame.lemmas[p] in _FORCES_HELD), None)
        if forces is None:
            return []
        for later in range(forces - 1, min(forces + 3, len(frame.forms))):
            slot = frame.slot_at[later]
            if slot is not None and slot.state and later != position:
                return [slot.key]
        return []
    return []


# Verbs by which a base holds forces, and the forces: تضم قوات، تتمركز فيها قوات أميركية.
_HOLDING = {normalize(word) for word in (
    "تضم", "يضم", "تستضيف", "يستضيف", "تتمركز", "يتمركز", "تنتشر", "ينتشر", "تؤوي", "يؤوي",
    "host", "hosts", "hosting", "house", "houses", "housing",
)}  # fmt: skip
_FORCES_HELD = {normalize(word) for word in (
    "قوات", "القوات", "جنود", "الجنود", "عسكريين", "troop", "force", "soldier", "personnel",
)}  # fmt: skip


def _feminine_singular(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An Arabic participle in the feminine singular: معتبرةً، متهمةً (its ة normalised to ه)."""
    return frame.lang == "ar" and hit.stem.endswith("ه")


def _state_named_since(frame: SentenceFrame, start: int, end: int) -> list[str]:
    """The first state named by its name or capital from ``start`` to ``end``, not after a
    preposition: the subject of a clause the rules read no act in."""
    for slot in frame.mentions:
        if start <= slot.start < end and slot.state and slot.kind in {"name", "capital"}:
            before = frame.forms[slot.start - 1] if slot.start else ""
            if not _prep_clitic(slot.prefix) and before not in _AR_PREPS:
                return [slot.key]
    return []


def _sources_after_from(frame: SentenceFrame, hit: TriggerHit, sources: list[str]) -> bool:
    """Whether a noun's agent follows it after "from": "support from Bahrain" (but not
    "Washington's withdrawal from Afghanistan")."""
    if not _agent_after_from(frame, hit) or hit.end + 1 >= len(frame.forms):
        return False
    slot = frame.slot_at[hit.end + 1]
    return slot is not None and bool(set(_keys(frame, slot)) & set(sources))


def _object_compound(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """ "struck PKK targets", "hit Houthi positions": an English word after an actor that
    is itself a verb's object heads a noun phrase; it is no verb."""
    if not frame.texts[hit.start].endswith("s"):
        return False  # a plural noun: targets, positions (not "Iran-backed Houthis fired")
    slot = _mention_at(frame, hit.start - 1) if hit.start else None
    if slot is None or slot.end != hit.start or not slot.start:
        return False
    verb = frame.hit_at[slot.start - 1]
    return verb is not None and any(t.pos == "verb" for t in verb.triggers)


def _en_count(form: str) -> bool:
    """A number before an English word makes it a plural noun: "60 targets"."""
    return form.isdigit() or form in {"two", "three", "four", "five", "six", "seven", "eight",
                                      "nine", "ten", "dozens", "hundreds", "several"}  # fmt: skip


def _compound_agent(frame: SentenceFrame, hit: TriggerHit) -> Slot | None:
    """The actor of an English hyphenated participle: "U.S.-brokered", "Iran-backed"."""
    if hit.start < 2:
        return None
    slot = _mention_at(frame, hit.start - 2)
    return slot if slot is not None and slot.end == hit.start - 1 else None


# Words that make a drill joint: "joint drills", "a three-way exercise", مناورات مشتركة.
# ("three-way" is tokenised three - way, so its last part is the word to look for.)
_JOINT = {"joint", "way", "trilateral", "bilateral", "combined", "مشتركه", "المشتركه", "مشترك",
          "المشترك"}  # fmt: skip


# Where a drill is staged in sight of the one it warns: "joint exercises around Taiwan".
_AROUND = {"around", "near", "off", "حول", "قرب", "قبالة"}


_DRILLS = ("drill", "exercise", "manoeuvre", "maneuver", "war game", "مناور", "تدريب", "تمرين")


def _drill_around(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """Whether a drill is staged round an actor, with no partner named with it ("China
    launched joint exercises around Taiwan": its forces together, not with Taiwan)."""
    if trigger.type not in {"MOBILIZE", "COOPERATE"} or trigger.pos != "noun":
        return False
    if not any(word in trigger.form for word in _DRILLS):
        return False
    end = max(hit.end, hit.reach)
    # (past its adjectives: مناورات مشتركة واسعة حول تايوان)
    ahead = range(end, min(end + 3, len(frame.forms)))
    end = next((p for p in ahead if frame.forms[p] in _AROUND), end)
    aimed = _mention_at(frame, end + 1) if frame.forms[end : end + 1] else None
    # (not "Egypt and Sudan launched joint exercises near Khartoum": partners, in a city)
    drillers = {slot.key for slot in frame.mentions if slot.end <= hit.start}
    return (
        aimed is not None
        and frame.forms[end] in _AROUND
        and aimed.kind != "capital"
        and len(drillers) < 2
        and not any(form in {"with", "مع"} for form in frame.forms[hit.start : end])
        and len(_their_parties(frame, hit)) < 2
    )


def _joint_drill(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """A drill or exercise noun marked as joint in the few words round it, or as the
    drill of two or more ("Seoul and Washington began their annual exercises")."""
    return trigger.pos == "noun" and (
        _joint_noun(frame, hit) or len(_their_parties(frame, hit)) >= 2
    )


def _their_parties(frame: SentenceFrame, hit: TriggerHit) -> list[str]:
    """The actors "their" stands for before a noun: the group coordinated last before it,
    or one actor and whoever is "with" it ("Putin … with Kim Jong Un during their talks")."""
    if frame.lang == "ar":  # محادثاتهما، لقائهم
        their = [hit.start] if hit.suffix in {"هما", "هم"} else []
    else:
        # ("their largest-ever Balikatan exercises": a few modifiers between)
        their = [p for p in range(max(0, hit.start - 6), hit.start) if frame.forms[p] == "their"]
    earlier = [slot for slot in frame.mentions if their and slot.end <= their[-1]]
    if not earlier:
        return []
    for slot in earlier:  # the coordination that ends with the last actor named
        group = _coordinated(frame, slot)
        if len(group) >= 2 and group[-1].start == earlier[-1].start:
            return [member.key for member in group]
    # "X … with Y during their talks": the one met and whoever met them.
    last = earlier[-1]
    partner = last.start > 0 and frame.forms[last.start - 1] in _WITH
    others = [slot.key for slot in earlier[:-1] if slot.key != last.key]
    return [others[-1], last.key] if partner and others else []


_DENYING = {"negation", "denial", "refusal", "failure"}


def _joint_noun(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """A noun of doing something together: "joint drills", "a joint operation", عملية
    مشتركة."""
    end = hit.end
    if end < len(frame.texts) and frame.texts[end] in _QUOTES:
        # مناورات «حماة النيل» المشتركة, "the 'Freedom Shield' joint drills": past the name
        ahead = range(end + 1, min(end + 8, len(frame.texts)))
        closing = [i for i in ahead if frame.texts[i] in _QUOTES]
        end = closing[0] + 1 if closing else end
    near = range(max(0, hit.start - 4), min(end + 2, len(frame.forms)))
    return any(frame.forms[i] in _JOINT and not _quoted(frame, i) for i in near)


def _quoted(frame: SentenceFrame, position: int) -> bool:
    """Whether a word stands inside a short quotation, the name of an operation or drill
    ('"Joint Sword" drills': no joint drill)."""
    before = [i for i in range(max(0, position - 4), position) if frame.texts[i] in _QUOTES]
    after = [i for i in range(position + 1, min(position + 5, len(frame.texts)))
             if frame.texts[i] in _QUOTES]  # fmt: skip
    if not before or not after:
        return False
    opening = frame.texts[before[-1]]
    return opening in {"«", "“"} or (
        opening == '"' and frame.texts[: before[-1]].count('"') % 2 == 0
    )


def _crowd_of_people(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an Arabic verb's subject is a crowd: a count of people (آلاف المحتجين،
    مئات المكسيكيين) or protesters."""
    position = hit.end
    if frame.lang != "ar" or position >= len(frame.forms):
        return False
    # احتشد المتظاهرون، احتشد آلاف …
    return _crowd_noun(frame, position) or frame.forms[position] in _CROWD_COUNTS


def _rally_city(frame: SentenceFrame, hit: TriggerHit) -> list[str]:
    """The state of the city a crowd of protesters rallies in, named after the verb in its
    clause ("protesters rallied outside the Russian embassy in Yerevan", تظاهر محتجون أمام
    السفارة الروسية في يريفان); none if the verb has no crowd for its subject."""
    if frame.lang == "en":
        crowd = any(_crowd_noun(frame, i) for i in range(max(0, hit.start - 3), hit.start))
    else:
        crowd = _crowd_of_people(frame, hit)
    if not crowd:
        return []
    for position in range(hit.end, min(hit.end + 12, len(frame.forms))):
        if frame.stops_at_comma[position]:
            break
        # (the city of an embassy is a place: "outside the Russian embassy in Yerevan")
        slot = frame.slot_at[position] or frame.places.get(position)
        if slot is not None and slot.start == position and slot.state and _placed(frame, slot):
            return [slot.key]
    return []


def _crowd_subject(
    frame: SentenceFrame, hit: TriggerHit, trigger: Trigger
) -> tuple[int, Slot] | None:
    """Protesters (a protest noun with a demonym) as the subject of a verb of force, right
    after it in Arabic (اقتحم محتجون إيرانيون، أحرق متظاهرون عراقيون), before it in English
    ("Iraqi protesters loyal to … stormed the Swedish embassy")."""
    if trigger.type not in {"ASSAULT", "COERCE"}:
        return None
    # (an Arabic verbal noun too, with its crowd as genitive: بعد اقتحام محتجين إيرانيين)
    masdar = frame.lang == "ar" and trigger.pos == "noun" and "ال" not in hit.prefix
    if trigger.pos != "verb" and not masdar:
        return None
    if frame.lang == "en":
        for noun in range(hit.start - 1, max(-1, hit.start - 14), -1):
            if frame.stops_at_comma[noun]:
                return None
            if _crowd_noun(frame, noun):
                slot = frame.slot_at[noun - 1] if noun else None
                return (noun, slot) if slot is not None and slot.kind == "demonym" else None
        return None
    if hit.end >= len(frame.forms) or not _crowd_noun(frame, hit.end):
        return None
    noun = frame.hit_at[hit.end]
    slot = frame.slot_at[noun.end] if noun.end < len(frame.forms) else None
    return (noun.start, slot) if slot is not None and slot.kind == "demonym" else None


def _only_warned_of(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """Whether an English act is what a warning just made says "would" or "will" follow
    "if" or "unless" something happens (the condition after the act, in its sentence)."""
    if frame.lang != "en":
        return False
    warning = next((f for f in reversed(found) if f.type == "THREATEN" and not f.negated), None)
    if warning is None or warning.trigger_end > hit.start:
        return False
    between = frame.forms[warning.trigger_end : hit.start]
    if not {"would", "will", "'d"} & set(between) or {".", ";"} & set(between):
        return False
    return any(frame.cues.get(p) == "condition" for p in range(hit.end, len(frame.forms)))


# Nouns of an offer or proposal, whose act happens only if it is taken up.
_OFFERS = {"offer", "offers", "proposal", "proposals"} | {
    normalize(word) for word in ("عرض", "عرضا", "مقترح", "مقترحا", "اقتراح", "اقتراحا")
}


def _offer_rejected(frame: SentenceFrame, hit: TriggerHit, found: list[Found]) -> bool:
    """Whether ``hit`` is what an offer or proposal just rejected would have done: "rejected
    a U.S. offer to deploy American troops", رفضت عرضاً من نظيرها الأميركي بإرسال قوات
    (the offer's own complement, to/بـ: not مقترحاً تدعمه القاهرة, its backing)."""
    if "ب" not in hit.prefix and frame.forms[hit.start - 1 : hit.start] != ["to"]:
        return False
    for position in range(hit.start - 1, max(-1, hit.start - 8), -1):
        if frame.stops_at_comma[position]:
            return False
        if frame.forms[position] not in _OFFERS:
            continue
        return any(
            f.type == "REJECT" and not f.negated and 0 <= position - f.trigger_end <= 3
            for f in found
        )
    return False


# Where transferred money may go when it goes to a state or body: its treasury, its
# account, its budget.
_TREASURIES = {normalize(word) for word in (
    "خزينة", "خزينه", "حساب", "حسابات", "موازنة", "ميزانية",
)}  # fmt: skip


def _moved_to_banks(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """A transfer of money (تحويل 30 مليون دولار إلى …) that goes somewhere other than an
    actor or its treasury: إلى مصارف في الدوحة moves money, it gives none to Qatar."""
    if not normalize(trigger.form).startswith("تحويل"):
        return False
    for position in range(max(hit.end, hit.reach), min(hit.reach + 8, len(frame.forms))):
        if frame.forms[position] in {"الي", "ل"} or frame.forms[position].startswith("لل"):
            following = position + (frame.forms[position] in {"الي", "ل"})
            if following >= len(frame.forms):
                return False
            if frame.slot_at[following] is not None or frame.forms[position].startswith("لل"):
                return False
            return unprefixed(frame.forms[following]) not in _TREASURIES
        if frame.stops_at_comma[position]:
            return False
    return False


# Arabic nouns of suspending or freezing (not وقف: وقف إطلاق النار is a ceasefire).
# (and the verbs right before the noun: علّقت وساطتها، جمّدت المفاوضات; علّق على is comment)
_SUSPENDING = {normalize(word) for word in (
    "تعليق", "تجميد", "علق", "علقت", "يعلق", "تعلق", "علقا", "علقوا", "جمد", "جمدت", "يجمد",
    "تجمد", "وقف", "إيقاف", "أوقف", "أوقفت", "يوقف",
)}  # fmt: skip


# The people a body sends to watch or verify, whom barring restricts the body itself.
_MONITORS = {"inspectors", "monitors", "observers", "investigators", "peacekeepers"}


def _kept_out_of_country(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a phrase of keeping someone out ("barred … from entering", منع … من دخول)
    keeps them out of a country, not out of a building, a town or a compound."""
    if hit.reach <= hit.end or frame.lemmas[hit.reach - 1] not in {"enter", "دخول"}:
        return False
    after = frame.forms[hit.reach : hit.reach + 2]
    slot = frame.slot_at[hit.reach] if hit.reach < len(frame.forms) else None
    if slot is not None and slot.start == hit.reach:
        return slot.state
    return after in (["the", "country"], ["its", "territory"]) or after[:1] in (
        ["البلاد"],
        ["اراضيها"],
        ["اراضيه"],
    )


def _suspension(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> int | None:
    """Where تعليق/تجميد/وقف stands before an Arabic noun of cooperation, talks or aid
    (تعليق تعاونها مع الوكالة، وقف التنسيق الأمني): what is suspended (تعليق alone is
    also "comment")."""
    if frame.lang != "ar" or not hit.start or trigger.type not in {"COOPERATE", "CONSULT", "AID"}:
        return None
    before = hit.start - 1 - (hit.start > 1 and frame.texts[hit.start - 1] in _QUOTES)
    subject = frame.slot_at[before]
    if subject is not None and subject.start:
        before = subject.start - 1  # جمّدت مصر وساطتها: past the verb's subject
    if _suspending(frame.forms[before]):
        return hit.start - 1  # (past a subject too: the phrase is the noun's own)
    # تعليق صرف الشريحة الثانية من الدعم المالي، تعليق العمل جزئياً بالشق التجاري من
    # اتفاقية الشراكة: the noun suspended heads a short chain of words ending in the act,
    # with no actor, act or comma between (but تعليق على … is a comment on it).
    for position in range(hit.start - 1, max(-1, hit.start - 8), -1):
        if frame.slot_at[position] or frame.hit_at[position] or frame.stops_at_comma[position]:
            return None
        if position < hit.start - 1 and _suspending(frame.forms[position]):
            return position if frame.forms[position + 1] not in {"علي", "عليه", "عليها"} else None
    return None


def _suspending(form: str) -> bool:
    """Whether an Arabic word is a noun or verb of suspending (وبتعليق، «علّقت»; but وقف is
    a word of its own, not و + قف)."""
    return any(
        word in _SUSPENDING
        for word in (form, form.removeprefix("و"), form.removeprefix("و").removeprefix("ب"))
    )


# Verbs of attacking that also mean attacking in words (هاجم، "attack"), what the words
# attack (a statement, a decision, a policy), and the participles that quote them.
_ATTACK_STEMS = ("هاجم",)
_SAID_THINGS = {normalize(word) for word in (
    "قرار", "قرارات", "سياسة", "سياسات", "موقف", "مواقف", "تصريحات", "تصريح", "خطاب", "بيان",
    "خطوة", "خطوات", "إجراء", "إجراءات", "اتفاق", "اتفاقية", "مقترح", "تقرير", "تقارير",
)}  # fmt: skip
_QUOTING = {normalize(word) for word in (
    "قائلاً", "قائلة", "قائلين", "بالقول", "واصفاً", "واصفة", "معتبراً", "معتبرة", "متهماً",
    "متهمة",
)}  # fmt: skip


def _attacked_in_words(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """An Arabic هاجم whose object is something said or decided (هاجمت الخارجية خطاباً
    للرئيس، هاجم قرار المحكمة), or that goes on to quote what was said (هاجم الوكالة
    قائلاً، واصفاً إياها): criticism, not force."""
    if frame.lang != "ar" or not any(stem in normalize(trigger.form) for stem in _ATTACK_STEMS):
        return False
    after = max(hit.end, hit.reach)
    while after < len(frame.forms) and (frame.slot_at[after] or after in frame.roles):
        after += 1  # هاجمت الخارجية الإيرانية …: past the verb's subject
    if after < len(frame.forms) and unprefixed(frame.forms[after]) in _SAID_THINGS:
        return True
    for position in range(after, min(after + 8, len(frame.forms))):
        if frame.forms[position] in _QUOTING:
            return True
        if frame.stops[position] or frame.hit_at[position] is not None:
            return False
    return False


# Words of ending a state of affairs: "ending the war", إنهاء الحرب.
_ENDING = {"end", "ends", "ended", "ending"} | {
    normalize(word) for word in ("إنهاء", "لإنهاء", "وإنهاء", "بإنهاء", "أنهى", "أنهت", "ينهي")
}


def _ended(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a word of ending stands a few words before a noun, with no actor or other
    act between: "formally ending the state of war", لإنهاء الحرب."""
    for position in range(hit.start - 1, max(-1, hit.start - 5), -1):
        if frame.forms[position] in _ENDING:
            return True
        if frame.slot_at[position] is not None or frame.hit_at[position] is not None:
            return False
        if frame.stops_at_comma[position]:
            return False
    return False


def _halted(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """A verbal noun that is the object of a verb that stops it: "suspended dialogue",
    "lifted the blockade", أوقفت التعاون. (Nouns only: a verb's own reading is kept.)"""
    if (
        frame.lang == "en"
        and hit.start
        and frame.texts[hit.start].endswith("ing")
        and frame.lemmas[hit.start - 1] in {"stop", "halt", "cease", "end", "quit"}
    ):
        return True  # "agreed to stop targeting each other": the attacks are what stop
    if not hit.start or all(t.pos != "noun" for t in hit.triggers):
        return False
    if frame.lang == "ar" and frame.texts[hit.start].endswith(("اً", "ا", "ةً")) and not hit.prefix:
        return False  # طردت السفير احتجاجاً على، استجابةً لـ: a masdar of purpose, no object
    if frame.lang == "ar" and _prep_clitic(hit.prefix):
        return False  # تبادل البلدان الأسرى بوساطة سعودية: a prepositional phrase
    if frame.lang == "ar" and frame.forms[hit.start - 1].removeprefix("و").removeprefix("ب") in {
        "وقف", "ايقاف",
    }:  # fmt: skip
        return True  # ووقف دعم أنقرة للفصائل: the support is what is to stop
    if _ended(frame, hit):
        return True  # "a declaration ending the state of war", لإنهاء الحرب: it stops
    # The nearest trigger before it, within the few words an object noun lies from its verb.
    other = next(
        (frame.hit_at[i] for i in range(hit.start - 1, max(-1, hit.start - 8), -1)
         if frame.hit_at[i] is not None),
        None,
    )  # fmt: skip
    # ("suspended all development aid and budget support": a noun joined to an object
    # that is halted)
    if other is not None and frame.lang == "en" and "and" in frame.forms[other.end : hit.start]:
        stopping = next(
            (frame.hit_at[i] for i in range(other.start - 1, max(-1, other.start - 6), -1)
             if frame.hit_at[i] is not None),
            None,
        )  # fmt: skip
        if (
            stopping is not None
            and stopping.reach > other.start
            and any(
                t.pos == "verb" and t.type in {"SANCTION", "RETREAT"} for t in stopping.triggers
            )
        ):
            return True
    if other is None or not any(
        t.pos == "verb" and t.type in {"SANCTION", "RETREAT"} for t in other.triggers
    ):
        return False
    if any(t.pos != "noun" for t in hit.triggers) and _pos(frame, hit).pos != "noun":
        return False
    return _object_of(frame, max(other.end, other.reach), hit.start)


# "For holding", "for starting" (a purpose): لعقد محادثات، لإجراء مفاوضات، لبدء حوار.
_FOR_HOLDING = {normalize(word) for word in ("لعقد", "لإجراء", "لبدء", "لاستئناف", "لإطلاق")}
_FOR_PROLONGING = {normalize(word) for word in ("لتمديد", "لتجديد", "لتثبيت")}


# Nouns of plans and proposals: what they are "for" (ل) has not happened.
_PLANS = {normalize(word) for word in (
    "مقترح", "مقترحا", "اقتراح", "اقتراحا", "خطة", "مبادرة", "مشروع", "مشروعا", "جهود",
    "مساعي", "مساع", "مسعى", "صيغة", "ورقة", "رؤية", "آلية",
)}  # fmt: skip


def _planned(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An Arabic verbal noun a plan or proposal is for: مقترح لوقف، خطة لسحب القوات،
    دعوة لعقد محادثات (the purpose of holding talks)."""
    if frame.lang != "ar":
        return False
    if hit.start and frame.forms[hit.start - 1] in _FOR_HOLDING:
        return not _held_on_visit(frame, hit)
    start = hit.start
    if start and frame.forms[start - 1] in _FOR_PROLONGING:
        start -= 1  # المقترح … لتمديد الهدنة: the truce is to be extended, as a plan's purpose
    elif not hit.prefix.endswith("ل") or "ال" in hit.prefix:
        return False
    position = start - 1
    # مبادرة قطرية لوقف: past its adjectives (but not past a name: قدمته مصر وقطر لتمديد)
    while position >= 0 and (slot := frame.slot_at[position]) is not None:
        if slot.kind != "demonym":
            break
        position = slot.start - 1
    if position >= 0 and frame.forms[position].removeprefix("ال") in _PLANS:
        return True  # (and with its article: المقترح الأميركي لوقف إطلاق النار)
    # المقترح الذي قدّمه الوسيطان المصري والقطري لوقف إطلاق النار: past the plan's
    # relative clause.
    for relative in range(start - 1, max(0, start - 9), -1):
        if frame.forms[relative] in {"الذي", "التي"}:  # (itself a stop)
            return frame.forms[relative - 1].removeprefix("ال") in _PLANS
        if frame.stops_at_comma[relative]:
            return False
    return False


def _held_on_visit(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An Arabic act "for holding" (لإجراء محادثات، لعقد اجتماع) after an arrival or visit
    verb in the same clause: the visit holds it (وصل الوفد إلى صنعاء لإجراء محادثات),
    where after a call or proposal it is only planned."""
    if frame.lang != "ar" or not hit.start or frame.forms[hit.start - 1] not in _FOR_HOLDING:
        return False
    for position in range(hit.start - 1, max(-1, hit.start - 20), -1):
        if frame.stops[position]:
            return False
        other = frame.hit_at[position]
        if other is not None and other.start == position:
            first = normalize(other.triggers[0].form.split()[0])
            return _arrival(other.triggers[0]) or first.startswith(_VISITING)
    return False


def _occasion(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a noun of meeting is the occasion of the clause's act, after "at", "during",
    "after", خلال، بعد، إثر with only a few plain words between: "at their first direct
    talks", "after four days of previously undisclosed talks", بعد أسابيع من المفاوضات."""
    meeting = [t for t in hit.triggers if t.type == "CONSULT" and t.pos == "noun"]
    if not meeting or _mediation(meeting[0]):
        return False
    for position in range(hit.start - 1, max(-1, hit.start - 8), -1):
        if frame.forms[position] in _OCCASION:
            return True
        if frame.forms[position] in _MEDIATING or frame.texts[position + 1] == "-":
            continue  # "following UN-mediated talks"
        if (
            frame.stops_at_comma[position]
            or frame.slot_at[position] is not None
            or frame.hit_at[position] is not None
            or position in frame.named
        ):
            return False
    return False


def _agreed_to_do(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an English verb of agreeing takes an infinitive before any actor: "agreed
    at their first summit to deepen cooperation with Washington"."""
    if frame.lang != "en":
        return False
    for position in range(hit.end, min(hit.end + 12, len(frame.forms) - 1)):
        if frame.slot_at[position] is not None or frame.stops_at_comma[position]:
            return False
        if frame.forms[position] == "to" and frame.slot_at[position + 1] is None:
            return True
    return False


def _main_dyad(found: list[Found]) -> list[str]:
    """The two sides of the sentence's first act with both named, when the act is between
    them alone ("The Taliban freed two Americans …, in a deal mediated by Qatar")."""
    first = next((f for f in found if f.source and f.target and not f.negated), None)
    if first is None:
        return []
    return [first.source, first.target]


def _parties(found: list[Found], last_group: list[str]) -> list[str]:
    """Who just acted together: the last verb's subjects when there are several, else the
    two sides of the latest act done both ways ("Saudi Arabia and Iran agreed …, in a
    deal brokered by China": not the broker)."""
    if len(last_group) > 1:
        return list(last_group)
    for item in reversed(found):
        if item.target and any(
            other.source == item.target and other.target == item.source
            and other.trigger_start == item.trigger_start
            for other in found
        ):  # fmt: skip
            return [item.source, item.target]
    return []


_OCCASION = {"at", "during", "after", "following"} | {
    normalize(word) for word in ("خلال", "بعد", "إثر", "عقب", "اثر", "وخلال")
}
# Arabic nouns of a call, visit or talks held with someone, and the words that make them
# the occasion of the clause's act (في اتصال هاتفي مع، خلال زيارة إلى، في ختام محادثات).
_CALLS = {normalize(word) for word in (
    "اتصال", "زيارة", "استقبال", "مكالمة", "لقاء", "محادثات", "مباحثات", "مشاورات",
)}  # fmt: skip
# (لدى استقباله وزير الخارجية الصيني، "upon receiving him", is one too)
_DURING = {normalize(word) for word in (
    "في", "خلال", "وخلال", "عقب", "إثر", "اثر", "بعد", "ختام", "لدى", "أثناء", "عند",
)}  # fmt: skip


_CALL_PREPS = ("مع", "الي", "ل")

# زيارة لم يعلن عنها مسبقاً إلى كييف: "unannounced", before where the visit went.
_ANNOUNCED = {normalize(word) for word in ("يعلن", "تعلن")}
_BEFOREHAND = {normalize(word) for word in ("مسبقاً", "مسبقا", "سابقاً", "سابقا", "من", "قبل")}


def _past_unannounced(frame: SentenceFrame, position: int) -> int:
    """The position after «لم يعلن عنها (مسبقاً)» at ``position``, else ``position``."""
    first, verb, about = (frame.forms[position : position + 3] + ["", "", ""])[:3]
    if first != "لم" or verb not in _ANNOUNCED or about != "عنها":
        return position
    position += 3
    while position < len(frame.forms) and frame.forms[position] in _BEFOREHAND:
        position += 1
    return position


def _call_held(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a noun of a call, visit or talks is the occasion of the clause's act:
    طالب نواف سلام، في اتصال هاتفي مع غوتيريش، بـ…, "Salam, in a phone call with …"."""
    if frame.lang == "en":
        # "in a phone call with Guterres", "during a visit to Kyiv", "at the end of talks"
        if not _EN_CALLS & set(frame.lemmas[hit.start : hit.end]):
            return False
        before = frame.forms[max(0, hit.start - 6) : hit.start]
        # (not "progress in accession talks": a call or visit told as an occasion)
        told = bool({"a", "an", "during"} & set(before[-3:]))
        return told and bool({"in", "during", "at"} & set(before))
    if hit.stem not in _CALLS or "ال" in hit.prefix:
        return False
    return any(frame.forms[p] in _DURING for p in range(max(0, hit.start - 2), hit.start))


_EN_CALLS = {"call", "visit", "talk", "talks", "conversation"}


_VISITING = tuple(normalize(stem) for stem in ("زار", "يزور", "تزور", "توجه", "يتوجه", "تتوجه"))


# What a body adopts (تبنّى قراراً): a text, not an attack it claims.
_ADOPTED = {normalize(word) for word in ("قرار", "قراراً", "قرارات", "مشروع", "resolution")}


# "Responsibility" with no pronoun: after whoever bears it or is held to (حمّلها المسؤولية).
_RESPONSIBILITY = {normalize(word) for word in ("المسؤولية", "مسؤولية")}


def _claimant(frame: SentenceFrame, hit: TriggerHit, speaker: str | None) -> list[str]:
    """Who claimed the attack a trigger names: أعلنت حماس مسؤوليتها عن هجوم …،
    "the Houthis claimed responsibility for a drone attack that struck …", "a bombing
    that killed … was claimed by Islamic State"."""
    if frame.lang == "en":
        for position in range(hit.end, min(hit.end + 20, len(frame.forms) - 1)):
            if frame.forms[position] == "claimed" and frame.forms[position + 1] == "by":
                found = _right_mention(frame, position + 1, max_gap=2, preps=("by",),
                                       require_prep=True)  # fmt: skip
                return _keys(frame, found[0]) if found else []
    for position in reversed(frame.cue_at.get("claim", ())):
        if not 0 < hit.start - position <= 10:
            continue
        relative = {"that", "which", "التي", "الذي"}
        if any(
            frame.stops_at_comma[i] and frame.forms[i] not in relative
            for i in range(position, hit.start)
        ):
            return []  # "claimed responsibility for a bombing that killed …" reaches over "that"
        if any(frame.forms[i] in _ADOPTED for i in range(position + 1, hit.start)):
            return []  # تبنّت الجمعية العامة قراراً يدين الغزو: a resolution adopted, no claim
        held = _mention_at(frame, position - 1) if position else None
        if held is not None and frame.forms[position] in _RESPONSIBILITY:
            # محمّلاً إسرائيل المسؤولية عن تعطيل العبور جراء استهدافها المعبر: whoever is
            # held responsible, not the one who holds it so.
            return _keys(frame, held)
        if speaker:
            return [speaker]
        subject = _left_subject(frame, position, max_gap=2)
        if subject is None and frame.lang == "ar":
            right = _right_mention(frame, position + 1, max_gap=1, subject=True)
            subject = right[0] if right else None
        return _keys(frame, subject) if subject is not None else []
    return []


def _sources(
    frame: SentenceFrame,
    hit: TriggerHit,
    trigger: Trigger,
    speaker: str | None,
    last_group: list[str],
    last_verb_end: int,
    refusal: Found | None,
    found: list[Found],
    lexicon: LanguageLexicon,
) -> tuple[list[str], float, int]:
    """Who does what a trigger says, how sure we are, and where its target may start."""
    maker = _maker_of_antecedent(frame, hit, trigger)
    if maker is not None:
        # "a NATO air strike that killed 24 Pakistani soldiers", "the U.S. drone that killed
        # al-Qaeda's leader": the strike's or the drone's maker kills.
        return _keys(frame, maker), 0.7, max(hit.end, hit.reach)
    if trigger.type == "ASSAULT" and ("claim" in frame.cue_at or "claimed" in frame.forms):
        claimant = _claimant(frame, hit, speaker)
        if claimant:
            return claimant, 0.75, max(hit.end, hit.reach)
    if frame.lang == "ar" and _renewed(frame, hit.start):
        # فعّلت فرنسا وبريطانيا … آلية «سناب باك» لإعادة فرض عقوبات الأمم المتحدة على
        # إيران: renewing an act is a purpose of the clause's subject; a genitive after
        # the act says whose it was (the UN's sanctions), not who renews it.
        owner = _clause_subject(frame, hit.start - 1, max_words=6)
        owners = _keys(frame, owner) if owner else _sentence_subject(frame, hit.start)
        if owners:
            return owners, 0.65, max(hit.end, hit.reach)
    if trigger.pos == "participle":
        # "…، متهماً طهران": the participle's agent is the main clause's subject.
        # A reported statement's participle belongs to the report: أعلن X أن حماس
        # وافقت …، داعياً إسرائيل — X calls on Israel, not Hamas.
        agents = [speaker] if speaker else list(last_group)
        if len(agents) >= 2 and _feminine_singular(frame, hit):
            # وقّع أردوغان والسراج مذكرتين، وهي خطوة ردت عليها أثينا …، معتبرةً: a feminine
            # singular participle is not the pair's; the state named since is its subject.
            firsts = {}  # (past where the pair is first named)
            for mention in frame.mentions:
                if mention.key in agents and mention.end <= hit.start:
                    firsts.setdefault(mention.key, mention.end)
            since = max(firsts.values(), default=last_verb_end)
            agents = _state_named_since(frame, since, hit.start) or agents
        agents = _pushed(frame, hit.start) or agents  # ما دفع الصين إلى فرض حظر، متهمةً
        agents = agents or _sentence_subject(frame, hit.start)  # فرض الاتحاد …، متهماً
        return agents, 0.7, hit.end
    if trigger.pos == "noun" and _answered(frame, hit, found):
        # رفض الكرملين مطالب واشنطن، رضخت أثينا لمطالب الاتحاد: the demands answered
        # are the genitive's own, even after a preposition.
        own = _noun_source(frame, hit)
        if own is None:  # رفضت مطلباً قدّمته واشنطن: its maker in a relative clause
            relative = _relative_agent(frame, max(hit.end, hit.reach), reach=3)
            own = relative[0] if relative is not None else None
        preps = {p for t in hit.triggers for p in t.preps} - {"of"}
        if (
            own is not None
            and frame.lang == "en"
            and any(frame.forms[i] in preps for i in range(hit.end, own.start))
        ):
            return _keys(frame, own), 0.8, hit.end  # "protests against Beijing from Malaysia"
        if own is not None:
            return _keys(frame, own), 0.8, max(hit.end, own.end)
    if trigger.type == "ASSAULT" and trigger.pos == "noun" and _result_of_attack(frame, hit):
        # هاجم مسلحون …، ما أدى إلى مقتل ثمانية جنود: the attackers killed them.
        attackers = [f.source for f in found if f.type == "ASSAULT" and f.source]
        if attackers:
            latest = attackers[-1]
            group = [f.source for f in found if f.type == "ASSAULT" and f.source == latest]
            return list(dict.fromkeys(group)), 0.6, hit.end
        operation = any(
            frame.forms[i] in _OPERATION_NOUNS for i in range(max(0, hit.start - 12), hit.start)
        )
        doers = (last_group or _sentence_subject(frame, hit.start)) if operation else []
        if doers:
            # نفّذ جهاز مكافحة الإرهاب عملية إنزال … أسفرت عن مقتل قيادي في «داعش»: whoever
            # carried out the operation.
            return list(doers), 0.6, hit.end
    if trigger.pos == "noun":
        sources, confidence, after = _noun_sources(frame, hit, speaker)
        if (
            not sources
            and frame.lang == "en"
            and last_group
            and _in_clause_of(frame, last_verb_end, hit.start)
            and not _object_of_verbal(frame, hit)
        ):
            # "Moscow retaliated with a ban on imports from …": the verb's subject acts.
            sources, confidence = list(last_group), 0.6
        if (
            not sources
            and frame.lang == "en"
            and hit.start
            and frame.forms[hit.start - 1] in {"its", "their"}
            and any(t.type in {"REQUEST", "REJECT", "ACCUSE", "THREATEN"} for t in hit.triggers)
            and frame.forms[hit.start - 2] not in _EN_PREPS | {"for", "over"}  # "over its support"
        ):
            # "Baku, however, repeated its demand that Yerevan …": "its" is the subject's.
            subject = _clause_subject(frame, hit.start - 1, max_words=4)
            sources = _keys(frame, subject) if subject else _sentence_subject(frame, hit.start)
            sources, confidence = sources or ([speaker] if speaker else []), 0.6
        if not sources and frame.lang == "ar" and _joined_light_verb(frame, hit):
            # دان المجلس …، ووجّه دعوة لطهران: the joined light verb shares the subject
            # (ردّت الحكومة … باتهام الجزائر، وأعلنت استدعاء سفيرها: the sentence's, when
            # the verb before was no act).
            sources = list(last_group) or _sentence_subject(frame, hit.start)
            sources = sources or [f.source for f in found if f.source][-1:]
            confidence = 0.65
        if not sources and frame.lang == "ar" and _after_circumstantial(frame, hit):
            # دان المجلس العدوان، معرباً عن تضامنه مع الحكومة: "his" is the clause's subject
            # (the one receiving, not both met: استقبل الملك الوزير، مجدداً دعمه)
            sources = _sentence_subject(frame, hit.start) or list(last_group)
            confidence = 0.65
        if not sources and refusal is not None and refusal.source:
            sources, confidence = [refusal.source], 0.6
        if not sources and trigger.type == "COOPERATE" and _joint_noun(frame, hit):
            # "Seoul and Washington wrapped up joint air drills", "struck … in a joint
            # operation": whoever the clause is about does it together, whatever the verb.
            subject = _clause_subject(frame, hit.start)
            sources = _keys(frame, subject) if subject is not None else []
            if subject is not None and any(
                frame.cues.get(p) in _DENYING for p in range(subject.end, hit.start)
            ):
                sources = []  # أكدت الهند عدم مشاركتها في تدريبات مشتركة: no drill to join
            if not sources and _in_clause_of(frame, last_verb_end, hit.start):
                sources = list(last_group)
            confidence = 0.6
        if not sources and trigger.type == "CONSULT":
            # "Putin discussed arms deals with Kim during their talks", "swapped prisoners
            # as agreed at their first direct talks": those two, with each other.
            sources, confidence = _their_parties(frame, hit), 0.6
        if not sources and _purpose_accusative(frame, hit):
            # تظاهر آلاف اليمنيين … بعد الصلاة تنديداً بالغارات: why the subject acts.
            sources = list(last_group) or _sentence_subject(frame, hit.start)
            # (أعلن المجلس حظر الحزب، في خطوة جاءت استجابةً لمطالب تركية: the act just
            # announced is the one done in response)
            sources = sources or [f.source for f in found if f.source][-1:]
            confidence = 0.6
        if not sources and frame.lang == "en" and _opened_by_time(frame, hit, trigger):
            # "the IAEA chief said after talks with Iranian officials", "Assad flew to Moscow
            # for talks with Putin": the clause's subject.
            subject = [speaker] if speaker else list(last_group)
            sources, confidence = subject or _sentence_subject(frame, hit.start), 0.6
        return sources, confidence, after
    previous = frame.forms[last_verb_end - 1] if last_verb_end else ""
    return _verb_sources(frame, hit, speaker, last_group, lexicon.triggers, previous)


# "To renew" / "to resume" before a verbal noun: لإعادة فرض العقوبات، لاستئناف المحادثات.
_AR_RENEWING = {normalize(word) for word in ("لإعادة", "لاستئناف")}


def _renewed(frame: SentenceFrame, start: int) -> bool:
    """An act after لإعادة/لاستئناف, or its noun after فرض: لإعادة فرض العقوبات."""
    before = frame.forms[max(0, start - 2) : start]
    if before and before[-1] in _AR_RENEWING:
        return True
    return len(before) == 2 and before[1] == "فرض" and before[0] in _AR_RENEWING


# Arabic verbal nouns in the accusative that say why the subject acts (مفعول لأجله).
_AR_PURPOSE = {normalize(word) for word in (
    "تنديداً", "احتجاجاً", "رفضاً", "تضامناً", "دعماً", "استجابةً", "تلبيةً",
)}  # fmt: skip


# Complying with a demand or an order: refusing it rejects whoever made it.
_COMPLYING = {normalize(word) for word in (
    "الامتثال", "الانصياع", "الرضوخ", "comply", "obey",
)}  # fmt: skip


def _complying(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a refusal's object is complying, with no one named: رفضت الامتثال، "refused to
    comply"."""
    position = hit.end + (frame.forms[hit.end : hit.end + 1] == ["to"])
    if position < len(frame.forms) and frame.slot_at[position] is not None:
        position = frame.slot_at[position].end  # فرفضت باريس الامتثال: past its subject
    return frame.forms[position : position + 1] != [] and frame.forms[position] in _COMPLYING


def _to_the_border(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether forces are moved to a border in the verb's clause ("sent reinforcements to
    the frontier", "moved troops up to the Line of Control", دفعت بتعزيزات إلى الحدود)."""
    for position in range(max(hit.end, hit.reach), min(hit.end + 10, len(frame.forms))):
        if frame.stops_at_comma[position]:
            return False
        if frame.forms[position] in _BORDERS:
            return True
    return False


def _alert(trigger: Trigger) -> bool:
    """A raised alert: رفع حالة التأهب، استنفار, "raised its alert level"."""
    return any(word in trigger.form for word in ("alert", "تأهب", "التأهب", "استنفار"))


def _purpose_accusative(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An Arabic accusative of purpose: تنديداً بالغارات، احتجاجاً على، تضامناً مع."""
    return (
        frame.lang == "ar"
        and hit.prefix in {"", "و"}
        and frame.forms[hit.start].removeprefix("و") in _AR_PURPOSE
    )


def _opened_by_time(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """Whether an English noun phrase opens with after/following/during/for, or "on" for
    a visit ("during a visit", "after a phone call", "on a visit to Kyiv"; not "in return
    for the release of", "agreed on a ceasefire")."""
    before = frame.forms[hit.start - 1] if hit.start else ""
    opening = _word_before_phrase(frame, hit.start)
    if before != "for" and opening != "for":
        before = opening
    if before == "on" and trigger.type != "CONSULT":
        return False
    return before in {"after", "following", "during", "for", "on"}


def _word_before_phrase(frame: SentenceFrame, start: int) -> str:
    """The word before an English noun phrase ending at ``start``: past its determiner
    and up to two modifiers ("during a visit", "after a phone call", "after four days of
    talks")."""
    position = start - 1
    for _ in range(4):
        if position < 1:
            break
        form = frame.forms[position]
        if (
            form in _EN_DETERMINERS
            or form in {"of", "days", "hours", "weeks", "rounds"}
            or _en_count(form)  # "after two days of talks"
            or (
                form.isalpha()
                and frame.hit_at[position] is None
                and frame.slot_at[position] is None
                and frame.forms[position - 1] in _EN_DETERMINERS | {"of"}
            )
        ):
            position -= 1
            continue
        break
    return frame.forms[position] if position >= 0 else ""


# Verbs of consequence before a casualty noun: ما أدى إلى مقتل، أسفر عن مقتل.
_RESULT_VERBS = {"ادي", "ادت", "اسفر", "اسفرت", "خلف", "خلفت", "اوقع", "اوقعت"}


def _result_of_attack(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An Arabic casualty noun that states what an attack led to: أدى إلى مقتل."""
    if frame.lang != "ar":
        return False
    before = [frame.forms[i] for i in range(max(0, hit.start - 2), hit.start)]
    return any(form in _RESULT_VERBS for form in before)


def _partners_inside(frame: SentenceFrame, hit: TriggerHit) -> list[str]:
    """The actors a split phrase of joint action reaches over ("joint US-South Korean
    drills"), in order."""
    keys = [
        key for position in range(hit.end, hit.reach)
        if (slot := frame.slot_at[position]) is not None and slot.start == position
        for key in _keys(frame, slot)
    ]  # fmt: skip
    return list(dict.fromkeys(keys))


def _each_to_each(
    frame: SentenceFrame,
    hit: TriggerHit,
    kind: str,
    sources: list[str],
    targets: list[str],
    confidence: float,
    speaker: str | None,
) -> list[Found]:
    """An interaction of ``kind`` from every source to every target but itself, negated
    when the trigger is."""
    negated = _negated(frame, hit.start)
    return [
        Found(a, kind, b, hit.start, hit.end, confidence, negated, speaker)
        for a in sources for b in targets if a != b
    ]  # fmt: skip


def _among(
    frame: SentenceFrame,
    hit: TriggerHit,
    trigger: Trigger,
    sources: list[str],
    pair: list[str],
    speaker: str | None,
) -> list[Found]:
    """The interactions of a trigger with parties after "between": بين الهند وباكستان."""
    if (
        trigger.type == "CONSULT"
        and sources
        and (
            trigger.pos != "noun"
            or hit.suffix
            or _mediation(trigger)  # "its mediation between Israel and Hamas"
            or _noun_source(frame, hit) is not None
        )
    ):
        # "Qatar mediated between Israel and Hamas": the mediator meets each party.
        return _each_to_each(frame, hit, trigger.type, sources, pair, 0.7, speaker)
    if trigger.type == "SANCTION" and (
        _mediation(trigger) or (sources and not set(sources) & set(pair))
    ):
        # "Qatar suspended its mediation between Israel and Hamas": with each party (a
        # mediation's parties do nothing to each other).
        return _each_to_each(frame, hit, trigger.type, sources, pair, 0.6, speaker)
    if trigger.type == "CONSULT" and _mediating(trigger):
        return []  # "whose foreign minister had shuttled between Bamako and Abidjan": a go-between
    # محادثات بين الهند وباكستان، a deal between Israel and Hamas: the parties act
    # on each other, whoever hosts or announces it.
    among = _each_to_each(frame, hit, trigger.type, pair, pair, 0.7, speaker)
    if trigger.type == "CONSULT":
        # استضافت مسقط محادثات بين إيران والولايات المتحدة: the host meets both.
        hosts = [a for a in sources if a not in pair]
        among.extend(_each_to_each(frame, hit, "CONSULT", hosts, pair, 0.6, speaker))
    return among


# "In the face of", "towards": what a warning is aimed at follows.
_FACING = {normalize(word) for word in ("إزاء", "حيال", "تجاه")}


def _faced(frame: SentenceFrame, hit: TriggerHit, own: frozenset[str]) -> list[str]:
    """The first actor within a few words after إزاء/حيال/تجاه following an Arabic
    warning in its clause (not its own side): whom the warning faces."""
    if frame.lang != "ar":
        return []
    position = max(hit.end, hit.reach)
    while position < min(hit.end + 24, len(frame.forms)):
        if frame.forms[position] in _FACING:
            found = _right_mention(frame, position + 1, max_gap=7, skip_keys=own)
            return _keys(frame, found[0]) if found else []
        skipped = (
            _adverbial_insertion(frame, position, reach=12)
            if frame.texts[position] == "،"
            else None
        )
        if skipped is not None:
            position = skipped  # past ، في بيان صدر مساء الأربعاء،
            continue
        if frame.texts[position] in _COMMA or frame.texts[position] in {".", "؛"}:
            return []
        position += 1
    return []


def _message_to(frame: SentenceFrame, hit: TriggerHit, sources: list[str]) -> list[str]:
    """Whom a warning is said to be a message to, later in its sentence (حذّر من أن سرت
    خط أحمر، في رسالة واضحة إلى حكومة الوفاق وداعمتها أنقرة; "in a clear message to")."""
    own = _own_side(frame, sources)
    for position in range(hit.end, min(hit.end + 45, len(frame.forms) - 2)):
        if frame.texts[position] in {".", "؛", ";"}:
            return []
        if frame.forms[position].removeprefix("ال") not in _MESSAGES:
            continue
        for to in range(position + 1, min(position + 3, len(frame.forms) - 1)):
            if frame.forms[to] in {"الي", "to"}:
                found = _right_mention(frame, to + 1, max_gap=2)
                if found is None:
                    return []
                group = _coordinated(frame, found[0])
                return [key for slot in group for key in _keys(frame, slot) if key not in own]
    return []


_MESSAGES = {normalize(word) for word in ("رسالة", "message", "signal")}


def _aid_meant_for(frame: SentenceFrame, hit: TriggerHit) -> list[str]:
    """The state aid cut or frozen was meant for, told after it (مساعدات … كانت مخصصة
    لدعم المرحلة الانتقالية في السودان، "aid earmarked for Sudan's transition")."""
    if not any(word in normalize(t.form) for t in hit.triggers for word in _AID_WORDS):
        return []
    for position in range(max(hit.end, hit.reach), min(hit.end + 14, len(frame.forms))):
        if frame.stops_at_comma[position]:
            return []
        if frame.forms[position] in _MEANT_FOR:
            for later in range(position + 1, min(position + 8, len(frame.forms))):
                if frame.stops_at_comma[later]:
                    return []
                slot = frame.slot_at[later] or frame.places.get(later)
                if slot is not None and slot.state:
                    return [slot.key]
            return []
    return []


_AID_WORDS = ("مساعد", "aid", "assistance")
_MEANT_FOR = {normalize(word) for word in (
    "مخصصة", "المخصصة", "مخصص", "المخصص", "earmarked", "intended", "allocated", "destined",
)}  # fmt: skip


# "Those receiving" a guest: في مقدمة مستقبلي أمير قطر.
_RECEIVERS = normalize("مستقبلي")


# Storms, quakes and floods, which "strike" places by no one's will.
_DISASTERS = {normalize(word) for word in (
    "الإعصار", "إعصار", "الزلزال", "زلزال", "العاصفة", "عاصفة", "الفيضانات", "فيضانات",
    "السيول", "سيول", "الهزة", "هزة", "earthquake", "quake", "hurricane", "cyclone",
    "typhoon", "storm", "flood", "floods", "tsunami",
)}  # fmt: skip


def _struck_by_nature(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a verb of striking has a storm, quake or flood for its subject: right after
    it in Arabic (ضرب الزلزال), before it or before its relative pronoun in either
    language (الإعصار الذي ضرب، "the earthquake that struck", "a cyclone hit")."""
    if hit.end - hit.start != 1:
        return False
    if (
        frame.lang == "ar"
        and frame.forms[hit.end : hit.end + 1]
        and (frame.forms[hit.end] in _DISASTERS)
    ):
        return True
    before = hit.start - 1
    if before >= 0 and frame.forms[before] in {"that", "which", "الذي", "التي"}:
        before -= 1
    # (past its name, quoted or not: الإعصار «دانيال» الذي ضرب, "Cyclone Mocha hit")
    words = [
        p for p in range(before, max(-1, before - 5), -1)
        if frame.texts[p] not in {"»", "«", '"', "”", "“"}
    ][:2]  # fmt: skip
    return any(frame.forms[p] in _DISASTERS for p in words)


# Nouns of an act whose genitive is who suffers it: rejecting or condemning "the
# displacement of the Palestinians" is not aimed at them.
_ACTS_SUFFERED = {normalize(word) for word in (
    "تهجير", "تقسيم", "تجويع", "displacement", "partition", "starvation",
)}  # fmt: skip


def _done_to(frame: SentenceFrame, position: int) -> bool:
    """Whether a verb's object at ``position`` is an act suffered by whom it names
    (تهجير الفلسطينيين، بتهجير، "the partition of Libya")."""
    if frame.lang == "en" and frame.forms[position : position + 1] == ["the"]:
        position += 1
    if position >= len(frame.forms):
        return False
    word = frame.forms[position]
    return (unprefixed(word) if frame.lang == "ar" else word) in _ACTS_SUFFERED


def _objects(
    frame: SentenceFrame,
    hit: TriggerHit,
    trigger: Trigger,
    after: int,
    sources: list[str],
    skip_positions: set[int],
) -> tuple[list[str], int, str]:
    """A trigger's targets after ``after``, the words skipped to reach them, and the
    type of a definite object event noun left for discourse ("condemned the strikes").

    A verbal noun owned by a pronoun is added to ``skip_positions``.
    """
    after = _past_said_to_be(frame, _past_manner(frame, after))
    if frame.lang == "ar" and trigger.pos == "verb":
        after = _past_means(frame, _past_quoted_name(frame, after))
    if frame.lang == "ar" and trigger.pos == "noun":
        # رفضها القاطع لمخطط …، رفضها «القاطع» لـ: the object follows the emphatic adjective
        quoted = after + 2 < len(frame.forms) and frame.texts[after] in _QUOTES
        if quoted and frame.forms[after + 1] in _AR_MANNER_WORDS:
            after += 2 + (frame.texts[after + 2] in _QUOTES)
        while after < len(frame.forms) and frame.forms[after] in _AR_MANNER_WORDS:
            after += 1
    if frame.lang == "en" and quote_opening(frame.texts, after) is not None:
        after += 1  # Guterres "strongly condemns" the detentions: past the quote's end
    if after > hit.end and frame.lang == "ar":
        while after in frame.persons:
            after += 1  # ورحّب وكيل الأمين العام توم فليتشر بالقرار: past the subject's name
    if after < len(frame.texts) and frame.texts[after] == "،":
        # وطالبت الوزارة، في بيان، …; an aside before the object may be long: طالب مجلس
        # الأمن، في قرار تبنّاه بأغلبية 11 صوتاً مقابل امتناع أربع دول …، جماعة الحوثي
        after = _past_said_to_be(frame, _adverbial_insertion(frame, after, reach=20) or after)
    if trigger.pos == "verb":
        inside = _inside_phrase(frame, hit, trigger, _own_side(frame, sources))
        if inside:
            return inside, 0, ""  # وحمّل الجيش الإسرائيلي الحزب مسؤولية الهجوم
    owners = _pair_before(frame, after, sources) if trigger.type in _ANSWERS else []
    if owners:
        # رفضت إثيوبيا مقترحهما، رفضت طلبهما: "their (two)" proposal is the pair's named
        # before it (القاهرة والخرطوم).
        skip_positions.add(after)
        return owners, 1, ""
    if trigger.type == "REQUEST" and _addressee_not_actor(frame, after):
        return [], 0, ""  # داعياً المجتمع الدولي إلى الضغط على إسرائيل: not Israel
    antecedent = _antecedent(frame, hit) if trigger.pos == "verb" else None
    if antecedent is None and _object_is_antecedent(frame, hit, trigger):
        # لقمتهم التي استضافتها واشنطن …، الصين: the suffix is the verb's object (the
        # summit); an actor after it is a target only through a preposition
        marked = _right_mention(frame, after, max_gap=4, preps=trigger.preps, require_prep=True)
        return (_keys(frame, marked[0]), 1, "") if marked else ([], 0, "")
    if antecedent is None and trigger.pos == "verb" and frame.lang == "en":
        antecedent = _relative_object(frame, hit)  # "the UAE, which it accused of …"
    complement = _complement(frame, after) if trigger.type == "REJECT" else None
    possessed = trigger.pos == "verb" and _possessed_event(frame, after)
    purpose = frame.lang == "ar" and not hit.prefix and frame.texts[hit.start].endswith("اً")
    # سارعت الخارجية إلى التنديد بالقرار: the verbal noun of an aspect verb judges as a verb
    aspect = trigger.pos == "noun" and (_governing_verb(frame, hit.start) or ("",))[0] == "aspect"
    about = _definite_event(frame, after) if trigger.pos == "verb" or purpose or aspect else ""
    if about and trigger.type == "THREATEN" and _threat_content(frame, hit.end) is not None:
        about = ""  # لوّح بالمطالبة بسحب القوات: what it threatens, not an act told before
    # (a verbal noun with its agent's suffix judges like a verb: أعلن الحزب رفضه القرار)
    owned = frame.lang == "ar" and trigger.pos == "noun" and hit.suffix in _OBJECT_SUFFIXES
    if (trigger.pos == "verb" or owned or aspect) and trigger.type in _JUDGING:
        # "criticised the decision": whoever made it
        about = about or _event_anaphor(frame, after) or _apposed_act(frame, hit)
        makers = _relative_makers(frame, after, sources)
        if makers:
            # ندد بالاتفاقية التي وقعتها تركيا، دان الهجوم الذي شنّته جماعة الحوثي: whoever
            # signed or made it
            return makers, 1, ""
    if purpose and trigger.type in {"PROTEST", "ACCUSE"}:
        makers = _relative_makers(frame, after, sources)
        if makers:
            # احتجاجاً على مذكرة التفاهم التي وقعتها إثيوبيا، تنديداً بالمذكرة التي أبرمتها:
            # whoever made it
            return makers, 1, ""
    if complement is not None and complement.type == "REQUEST":
        makers = [key for key in _proposal_maker(frame, after) if key not in sources]
        if makers:
            return makers, 1, ""  # رفض طلباً قدّمه المستشار الألماني: whoever asked
    if complement is not None and complement.type not in _JOINING:
        return [], 0, about  # rejecting a condemnation is no rejection of its target
    if complement is not None:
        # "رفضت طهران الانضمام إلى التحالف": refusing to join the coalition rejects it.
        return (*_targets(frame, hit, complement, after + 1, sources), about)
    if possessed and trigger.type == "REQUEST" and frame.lang == "ar":
        # بعد أن طالبت بغداد بانسحابها: a demand for "its" act is made of the one it stands
        # for, named before the demand (and the act, only asked for, is skipped).
        skip_positions.add(possessed)
        earlier = _named_before(frame, hit.start, _own_side(frame, sources))
        return ([earlier[-1].key], 1, "") if earlier else ([], 0, about)
    if possessed:
        # انتقد دعمها لـ…, criticised its support for …: the target is whoever "its"
        # refers to, which word order cannot tell; the phrase yields nothing.
        skip_positions.add(possessed)
        return [], 0, about
    if about and trigger.type == "ACCUSE" and "on" in trigger.preps:
        blamed = _right_mention(frame, after, max_gap=4, preps=("on",), require_prep=True)
        if blamed is not None:
            return _keys(frame, blamed[0]), 1, ""  # "blamed the attack on Pakistan"
    if about:
        return [], 0, about  # "condemned the strikes": resolved in discourse
    # وقّعتا اتفاقاً بوساطة تركية: past its document a signing endorses or judges no act
    # (the mediation); صادق على انضمام السويد does.
    signed = _bare_signing(trigger) or (_signing(trigger) and " " in trigger.form)
    played = _role_played(frame, after) if trigger.type in {"SUPPORT", "ACCUSE"} else []
    if played and not set(played) & set(sources):
        return played, 1, ""  # أشاد بالدور الإيجابي للمملكة: whoever played the role
    endorsed = (
        _endorsed_act(frame, after, trigger)
        if trigger.type in {"AGREE", "SUPPORT"} and not signed
        else []
    )
    if endorsed and not set(endorsed) & set(sources):
        return endorsed, 1, ""  # وافق البرلمان على انضمام السويد: Sweden's accession
    judged = _judged_agent(frame, after, sources) if trigger.type in _JUDGING and not signed else []
    if judged and trigger.pos == "verb":
        return judged, 1, ""  # دانت الغارات التي شنتها الولايات المتحدة: whoever struck
    if antecedent is not None and antecedent.key not in sources:
        return _keys(frame, antecedent), 0, about
    if trigger.type in _JUDGING | {"REJECT"} and _done_to(frame, after):
        return [], 0, ""  # رفضت مصر تهجير الفلسطينيين: those displaced are not rejected
    targets, distance = _targets(frame, hit, trigger, after, sources)
    if not targets and trigger.type == "CONCEDE":
        # تستجيب لمطلب طالما وجّهته أنقرة: yields to whoever made the demand
        targets = [key for key in _proposal_maker(frame, after) if key not in sources]
    if trigger.type in _ANSWERING and (not targets or set(targets) <= _FORUMS):
        # (أسقطت مشروع قرار في مجلس الأمن قدّمته الجزائر: the council is where it was
        # tabled; who tabled it is answered)
        targets = [key for key in _proposal_maker(frame, after) if key not in sources] or targets
    if not targets and trigger.type == "RETREAT":
        # "lift curbs on exports that it had imposed on Seoul", رفعت القيود التي فرضتها على
        # سيول: eased for whoever they were imposed on.
        targets = [key for key in _imposed_on(frame, after) if key not in sources]
    if not targets and trigger.type in _ANSWERING:
        # رفضت إسرائيل المقترح after "مقترح … الذي قدّمه الوسطاء": the same proposal.
        earlier = _earlier_mention_of(frame, after, hit.start)
        if earlier is not None:
            targets = [key for key in _proposal_maker(frame, earlier + 1) if key not in sources]
    return targets, distance, about


def _object_is_antecedent(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """Whether an Arabic verb right after a relative pronoun carries its object as a suffix
    (التي استضافتها، الذي وقّعته): the object is the noun the clause describes, when the
    suffix agrees with the pronoun (not كالاس، التي حثّته: "who urged him")."""
    return (
        frame.lang == "ar"
        and trigger.pos == "verb"
        and hit.start > 0
        and hit.suffix in _RELATIVE_SUFFIXES.get(frame.forms[hit.start - 1], ())
        # (not التي زوّدتها بها روسيا: "with them" is the noun described, "her" another)
        and frame.forms[hit.end : hit.end + 1] not in (["بها"], ["به"], ["بهم"])
    )


_RELATIVE_SUFFIXES = {"التي": ("ها", "هما"), "الذي": ("ه",), "الذين": ("هم",)}


def _imposed_on(frame: SentenceFrame, position: int) -> list[str]:
    """Whom a measure named at ``position`` was imposed on, in a relative clause after it
    ("curbs on exports that it had imposed on Seoul", القيود التي فرضتها على سيول)."""
    for at in range(position, min(position + 10, len(frame.forms) - 2)):
        if frame.stops[at] and frame.forms[at] not in _RELATIVES:
            return []
        if frame.forms[at] in _IMPOSED and frame.forms[at + 1] in {"on", "against", "علي"}:
            slot = _mention_at(frame, at + 2)
            return _keys(frame, slot) if slot is not None else []
    return []


# Verbs of imposing a measure, as the relative clause after the measure has them.
_IMPOSED = {"imposed", "placed", "slapped", "فرضتها", "فرضها", "فرضتهما", "فرضوها"}


def _earlier_mention_of(frame: SentenceFrame, position: int, before: int) -> int | None:
    """Where the definite noun at ``position`` (المقترح، "the plan") was named earlier in the
    sentence, before ``before``, without its article."""
    if position >= len(frame.forms):
        return None
    word = frame.forms[position]
    if frame.lang == "en":
        if word != "the" or position + 1 >= len(frame.forms):
            return None
        word = frame.forms[position + 1]
    elif word.startswith("ال"):
        word = word[2:]
    else:
        return None
    if len(word) < 3:
        return None
    return next(
        (p for p in range(before - 1, -1, -1) if frame.forms[p].removeprefix("ال") == word),
        None,
    )


# Verbs answering a proposal, and Arabic verbs of putting one forward (after الذي/التي,
# with the proposal as a suffix: الذي قدمته مصر، التي طرحتها فرنسا).
_ANSWERING = {"AGREE", "REJECT", "SUPPORT"}
_PROPOSING = ("قدم", "طرح", "اقترح", "عرض", "اعد", "صاغ", "وجه")  # وجّهته: addressed it


# English participles of putting a proposal forward, before "by" and its maker.
_PROPOSED = {"proposed", "drafted", "presented", "submitted", "tabled", "floated", "offered",
             "forward", "made", "unveiled", "backed", "sponsored"}  # fmt: skip


def _proposal_maker(frame: SentenceFrame, position: int) -> list[str]:
    """Who put forward what a verb accepts or rejects, named in a relative clause or by a
    participle: قبلت حماس المقترح الذي قدمته مصر وقطر، رفضت إسرائيل الخطة التي طرحتها
    فرنسا; "rejected a three-month humanitarian truce proposed by the United States"."""
    if frame.lang == "en":
        for by in range(position + 1, min(position + 10, len(frame.forms) - 1)):
            slot = frame.slot_at[by]
            if slot is not None and set(_keys(frame, slot)) <= _FORUMS:
                continue  # "a draft UN Security Council resolution put forward by Algeria"
            if frame.stops_at_comma[by] or slot is not None:
                return []
            if frame.forms[by] == "by" and frame.forms[by - 1] in _PROPOSED:
                slot = frame.slot_at[by + 1]
                if slot is None and by + 2 < len(frame.forms) and frame.forms[by + 1] == "the":
                    slot = frame.slot_at[by + 2]
                return _keys(frame, slot) if slot is not None else []
        return []
    relative = position
    while relative < min(position + 8, len(frame.forms) - 2):
        if frame.forms[relative] in {"الذي", "التي"}:
            break
        if relative > position and _proposal_words(frame.forms, relative):
            relative -= 1  # طلباً قدّمه المستشار: an indefinite noun needs no relative word
            break
        slot = frame.slot_at[relative]
        if slot is not None and frame.forms[relative - 1] == "في" and relative > position:
            relative = slot.end  # مشروع قرار في مجلس الأمن قدّمته الجزائر: where it was tabled
            continue
        if frame.stops_at_comma[relative] or slot is not None:
            return []
        relative += 1
    else:
        return []
    words = _proposal_words(frame.forms, relative + 1)
    if not words or relative + 1 + words >= len(frame.forms):
        return []
    verb_end = relative + 1 + words
    slot = frame.slot_at[verb_end]
    if slot is None and verb_end + 1 < len(frame.forms):
        slot = frame.slot_at[verb_end + 1]  # قدمه الوسطاء المصريون: a noun and its demonym
        slot = slot if slot is not None and slot.kind in {"demonym", "person"} else None
    return _keys(frame, slot) if slot is not None and slot.start >= verb_end else []


def _answered_request(
    frame: SentenceFrame, hit: TriggerHit, trigger: Trigger, found: list[Found]
) -> tuple[list[str], list[str]] | None:
    """(makers, answerers) of an Arabic request noun that a verb of putting forward
    follows, right after a verb answering it: رفض … طلباً قدّمه المستشار الألماني."""
    if frame.lang != "ar" or trigger.type != "REQUEST" or trigger.pos != "noun":
        return None
    if hit.end >= len(frame.forms) or not _proposal_words(frame.forms, hit.end):
        return None
    answers = [
        f for f in found
        if f.type in _ANSWERING and f.source and 0 <= hit.start - f.trigger_end <= 7
    ]  # fmt: skip
    makers = _proposal_maker(frame, hit.start)
    if not answers or not makers:
        return None
    answerers = list(dict.fromkeys(f.source for f in answers))
    return [key for key in makers if key not in answerers], answerers


def _proposing(form: str) -> bool:
    """An Arabic verb of putting forward whose suffix is what it put forward: قدمته."""
    return form.startswith(_PROPOSING) and form.endswith(("ه", "ها"))


def _proposal_words(forms: list[str], position: int) -> int:
    """How many words an Arabic verb of putting forward takes at ``position``: 1 for
    قدّمته, 2 for تقدّمت به (what is put forward after ب), 0 for none."""
    if position < len(forms) and _proposing(forms[position]):
        return 1
    if position + 1 < len(forms) and forms[position].startswith("تقدم") and forms[position + 1] in {
        "به", "بها",
    }:  # fmt: skip
        return 2
    return 0


def _past_manner(frame: SentenceFrame, position: int) -> int:
    """Past a manner adverbial, quoted or not, before an Arabic object: ودانت مصر «بأشد
    العبارات» القصف، نددت بشدة بالهجوم."""
    if frame.lang != "ar":
        return position
    if frame.forms[position : position + 1] == ["في"] and frame.cues.get(position + 1) == "report":
        # ونددت الحركة في بيان بما وصفته: the statement it spoke in, no object
        position += 2
        if position < len(frame.forms) and frame.forms[position] in _STATEMENT_ADJECTIVES:
            position += 1  # في بيان مشترك
    start = position + (position < len(frame.texts) and frame.texts[position] in _QUOTES)
    if start >= len(frame.forms) or frame.forms[start] not in _AR_MANNER:
        return position
    end = start + 1
    if frame.forms[start] == "باشد" and end < len(frame.forms):
        end += 1  # بأشد العبارات
    if start > position and end < len(frame.texts) and frame.texts[end] in _QUOTES:
        end += 1
    return end


def _past_quoted_name(frame: SentenceFrame, position: int) -> int:
    """Past a short quoted name after an Arabic verb's subject, naming no actor: قصفت
    المدمرة الأميركية «يو إس إس نيتز» مواقع (the ship's name, not the object)."""
    if position >= len(frame.texts) or frame.texts[position] != "«":
        return position
    for end in range(position + 1, min(position + 7, len(frame.texts))):
        if frame.slot_at[end] is not None or frame.hit_at[end] is not None:
            return position
        if frame.texts[end] == "»":
            return end + 1 if end > position + 1 else position
    return position


# Weapons an Arabic verb of attacking may name before its object: قصفت بصواريخ «توماهوك».
_AR_MEANS = {normalize(word) for word in (
    "بصواريخ", "بصاروخ", "بقذائف", "بطائرات", "بطائرة", "بمسيرات", "بمسيرة", "بالصواريخ",
    "بالمدفعية", "بالطائرات", "بالمسيرات", "بالقذائف",
)}  # fmt: skip


def _past_means(frame: SentenceFrame, position: int) -> int:
    """Past the weapons an Arabic verb names before its object, with their own name or
    adjective: قصفت المدمرة بصواريخ «توماهوك» ثلاثة مواقع، قصفت بطائرات مسيّرة مواقع."""
    if position >= len(frame.forms) or frame.forms[position] not in _AR_MEANS:
        return position
    position += 1
    named = _past_quoted_name(frame, position)
    if named > position:
        return named
    following = frame.forms[position] if position < len(frame.forms) else ""
    if following.endswith(("يه", "ي")) and frame.slot_at[position] is None:
        return position + 1  # بطائرات مسيّرة، بصواريخ باليستية
    return position


# Adjectives of a statement: في بيان مشترك، في بيان مقتضب.
_STATEMENT_ADJECTIVES = {normalize(word) for word in ("مشترك", "رسمي", "مقتضب", "منفصل")}


def _past_said_to_be(frame: SentenceFrame, position: int) -> int:
    """Past "what it said were" before an Arabic object: رفضت حماس ما قالت إنها شروط
    تعجيزية (the speaker is the verb's subject, the object what follows)."""
    words = frame.forms[position : position + 3]
    if (
        frame.lang == "ar"
        and len(words) == 3
        and words[0] == "ما"
        and words[1] in {"قال", "قالت", "قالوا", "يقول", "تقول", "يقولون"}
        and words[2] in {"انه", "انها", "انهم", "انهما"}
    ):
        return position + 3
    return position


def _endorsed_act(frame: SentenceFrame, position: int, trigger: Trigger) -> list[str]:
    """The agent of an Arabic act that an approval or welcome takes as its object, after
    its preposition: وافق على انضمام السويد، رحّب بانضمام فنلندا، أيّد ترشيح مصر."""
    if frame.lang != "ar" or position >= len(frame.forms):
        return []
    if frame.forms[position] in {"علي", "ب"} and position + 1 < len(frame.forms):
        position += 1
    if frame.forms[position] in _AR_MEDIATION:
        return []  # اتفقت الحكومة والحوثيون بوساطة قطرية على: the mediation, not what is agreed
    hit = frame.hit_at[position]
    if hit is None or hit.start != position or not any(t.pos == "noun" for t in hit.triggers):
        return []
    agent = _noun_source(frame, hit)
    return _keys(frame, agent) if agent is not None and agent.start == hit.end else []


def _judged_agent(frame: SentenceFrame, position: int, sources: list[str]) -> list[str]:
    """The agent of the act a verb judges, when its object is a verbal noun whose agent
    is named after it (الغارات التي شنتها الولايات المتحدة، "the drills conducted by")."""
    noun = _object_noun(frame, position)
    agent = _noun_source(frame, noun) if noun is not None else None
    if agent is None and noun is not None and frame.lang == "en":
        agent = _passive_light_agent(frame, noun.end)  # "the strikes carried out by Israel"
    if agent is None and noun is not None and (noun.stem or frame.forms[noun.start]) in _DEATHS:
        agent = _means_maker(frame, noun.end)  # نددت باغتيال أحد قادتها في غارة إسرائيلية
    if agent is None or agent.start < noun.end:
        return []  # a possessor before the noun is found by the object search already
    return [key for key in _keys(frame, agent) if key not in sources]


def _addressee_not_actor(frame: SentenceFrame, position: int) -> bool:
    """Whether an Arabic request's object right after it is a noun that names no actor
    (المجتمع الدولي، الأطراف، حكومتهم): then whoever follows is no addressee."""
    if frame.lang != "ar" or position + 1 >= len(frame.forms):
        return False
    form = frame.forms[position]
    if frame.slot_at[position] is not None or frame.hit_at[position] is not None:
        return False
    if (
        form.endswith(("هم", "ها"))
        and not form.startswith("ايا")  # إياها is the addressee (متهمة إياها)
        and frame.texts[position + 1].startswith("ب")
    ):
        return True  # مطالبين حكومتهم بقطع العلاقات مع تل أبيب: their own government
    if not form.startswith("ال") or position in frame.roles:
        return False
    # المجتمع الدولي إلى، الأطراف إلى: the noun (and one adjective) then what is asked.
    following = frame.forms[position + 1 : position + 3]
    return following[:1] == ["الي"] or (
        len(following) == 2
        and following[0].startswith("ال")
        and (following[1] == "الي" or following[1].startswith("بال"))  # المجتمع الدولي بالتدخل
        and frame.slot_at[position + 1] is None
    )


# Verbs that judge an act, and so target whoever did it.
_JUDGING = {"ACCUSE", "SUPPORT", "REJECT"}


_FROM = {"من", "from", "of"}


def _deal_left(frame: SentenceFrame, hit: TriggerHit) -> tuple[int, list[str]] | None:
    """The agreement a withdrawal leaves and the parties it was made with, if named.

    A withdrawal from a deal is no concession: the deal's noun is skipped and the
    act counts against the partners after "مع"/"with".
    """
    end = min(hit.end + 4, len(frame.forms))
    start = next((i for i in range(max(hit.end, hit.reach), end) if frame.forms[i] in _FROM), -1)
    if start < 0:
        return None
    for position in range(start + 1, min(start + 5, len(frame.forms))):
        noun = frame.hit_at[position]
        if noun is None or noun.start != position:
            continue
        if not any(t.type == "AGREE" and t.pos == "noun" for t in noun.triggers):
            return None
        for after in range(noun.end, min(noun.end + 4, len(frame.forms))):
            if frame.forms[after] in _WITH or frame.forms[after].startswith("مع"):
                slot = _mention_at(frame, after + 1)
                return position, _keys(frame, slot) if slot is not None else []
        return position, []
    return None


def _past_titles(frame: SentenceFrame, position: int) -> int:
    """The first position at or after ``position`` that is no title word."""
    while position < len(frame.forms) - 1 and position in frame.roles:
        position += 1
    return position


_IN_RESPONSE = {normalize(word) for word in ("استجابة", "استجابةً", "تلبية", "تلبيةً")}
# Words between a request's noun and whoever made it: من، تقدّم به، متكررة.
_REQUEST_FILLERS = {normalize(word) for word in (
    "من", "تقدم", "تقدمت", "به", "بها", "متكررة", "متكرر", "رسمي", "رسمية", "سابق",
    "وجهها", "وجهتها", "وجهه", "وجهته",
)}  # fmt: skip


# The noun of a request granted as asked (not of demands or of calls to ease a ban,
# استجابةً لدعوة … إلى تخفيف القيود, met by a concession): لطلب.
_REQUEST_NOUNS = {normalize(word) for word in ("لطلب",)}


def _answers_request(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an Arabic noun of response answers a request: تلبيةً لطلب، استجابةً لطلب."""
    return (
        frame.lang == "ar"
        and frame.forms[hit.start] in _IN_RESPONSE
        and frame.forms[hit.end : hit.end + 1] != []
        and frame.forms[hit.end] in _REQUEST_NOUNS
    )


def _at_request_of(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> list[str]:
    """Who asked for the act a clause tells: "at the request of Oman", "at Qatar's request",
    بطلب من سلطنة عمان، بناءً على طلب قطر."""
    nominal = trigger.pos == "noun" or any(t.pos == "noun" for t in hit.triggers)
    if trigger.type != "REQUEST" or not nominal or not hit.start:
        return []
    if frame.lang == "en":
        opener = frame.forms[max(0, hit.start - 2) : hit.start]
        if opener == ["at", "the"] and frame.forms[hit.end : hit.end + 1] == ["of"]:
            slot = _mention_at(frame, hit.end + 1 + (frame.forms[hit.end + 1] == "the"))
        elif (
            opener[-1:] == ["a"]
            and frame.forms[max(0, hit.start - 4) : hit.start - 1] == ["in", "response", "to"]
            and frame.forms[hit.end : hit.end + 1] in (["from"], ["by"])
        ):
            # "in response to a request from Baghdad"
            slot = _mention_at(frame, hit.end + 1 + (frame.forms[hit.end + 1] == "the"))
        elif frame.forms[hit.start - 1] in {"'s", "’s"} and frame.forms[hit.start - 3] == "at":
            slot = _mention_at(frame, hit.start - 2)
        else:
            return []
        return _keys(frame, slot) if slot is not None else []
    at_request = hit.prefix.endswith("ب") or frame.forms[hit.start - 1] in {"علي", "بناء"}
    # استجابةً لطلب تقدّم به رئيس الوزراء العراقي، لمناشدات من الأمم المتحدة
    answered = hit.prefix.endswith("ل") and frame.forms[hit.start - 1] in _IN_RESPONSE
    if not (at_request or answered) or "ال" in hit.prefix:
        return []
    after = hit.end
    # (past titles, but not into a body named like one: تقدّمت به حكومة الوفاق الوطني)
    while (
        after < len(frame.forms)
        and frame.slot_at[after] is None
        and (
            frame.forms[after] in _REQUEST_FILLERS
            or (answered and (after in frame.roles or frame.forms[after] == "في"))
        )
    ):
        after += 1  # (لطلب تقدّم به رئيس الوزراء العراقي، لمناشدات متكررة من)
    slot = _mention_at(frame, after)
    if slot is not None and frame.forms[slot.end : slot.end + 1] == ["الي"]:
        return []  # ردّت بدعوة بيلاروسيا إلى سحب قواتها: a call on it, not its invitation
    return _keys(frame, slot) if slot is not None else []


def _searching(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """بحث عن is "looked for"; only بحث with an object or مع is "discussed"."""
    return (
        frame.lang == "ar"
        and trigger.type == "CONSULT"
        and trigger.form.split()[0].lstrip("وف").startswith(("بحث", "يبحث", "تبحث", "نبحث"))
        and frame.forms[hit.end : hit.end + 1] == ["عن"]
    )


# Verbs whose future negation refuses the other side: joining it, negotiating with it,
# accepting what it offers ("will not join", "would not negotiate with Washington", "would
# never accept help from", لن تنضم، لن نتفاوض، لن تقبل).
_REFUSABLE = {
    "COOPERATE": ("join", "انضم", "تنضم", "ينضم", "ننضم"),
    "CONSULT": ("negotiate", "تتفاوض", "يتفاوض", "نتفاوض"),
    "AGREE": ("accept", "تقبل", "يقبل", "نقبل"),
    # (refusing to join others' sanctions: لن تفرض عقوبات على روسيا، "will not impose")
    "SANCTION": ("impose", "تفرض", "يفرض", "نفرض"),
}


def _refused_ahead(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """A verb of joining, negotiating, accepting or imposing under a future negation:
    "will not join", "would not negotiate with", لن تنضم، لن نتفاوض، لن تفرض عقوبات."""
    first = normalize(trigger.form).split()[0].lstrip("وف")
    prefixes = _REFUSABLE.get(trigger.type)
    if not prefixes or not first.startswith(prefixes):
        return False
    before = frame.forms[max(0, hit.start - 3) : hit.start]
    return "لن" in before or any(
        word in {"not", "n't", "never"} and previous in {"will", "would", "wo"}
        for previous, word in zip(before, before[1:], strict=False)
    )


_BANS = {normalize(word) for word in ("حظر",)}
# What a trade ban names after it: "a ban on Georgian wine imports".
_TRADE = {"import", "imports", "export", "exports", "واردات", "الواردات", "صادرات", "الصادرات"}


# What a vote or veto kills: "killed a resolution", "killing the draft", "killed the bill".
_KILLABLE_TEXTS = {"resolution", "resolutions", "draft", "bill", "motion", "proposal", "measure",
                   "text", "initiative", "plan"}  # fmt: skip


def _document_killed(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An English verb of killing whose object, past a determiner and an adjective or two,
    is a text put to a vote."""
    if frame.lang != "en" or frame.lemmas[hit.start] != "kill":
        return False
    return any(form in _KILLABLE_TEXTS for form in frame.forms[hit.end : hit.end + 4])


# Projectiles, whose downing defends against them (unlike a drone's or a jet's): "shot down
# a ballistic missile", أسقطت صاروخاً.
_DOWNED_PROJECTILES = {normalize(word) for word in (
    "missile", "missiles", "rocket", "rockets", "projectile", "projectiles", "shell", "shells",
    "صاروخ", "صاروخا", "صواريخ", "قذيفة", "قذائف",
)}  # fmt: skip
_CRAFT_DOWNED = {"drone", "drones", "jet", "jets", "aircraft", "plane", "planes", "helicopter",
                 "fighter", "fighters", "مسيرة", "مسيرات", "طائرة", "طائرات", "مروحية"}  # fmt: skip


def _projectile_downed(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """Whether a verb of shooting down downs only missiles or rockets, a few words on
    ("shot down a ballistic missile fired by the Houthis", أسقطت الدفاعات صاروخاً
    باليستياً): a defence, no attack on whoever fired them (a drone or a jet downed is one)."""
    first = normalize(trigger.form).split()
    if not (trigger.form == "shoot down" or (frame.lang == "ar" and first[0] in _AR_DOWNING)):
        return False
    words = [unprefixed(w) for w in frame.forms[hit.end : hit.end + 6]]
    if not _CRAFT_DOWNED.isdisjoint(words):
        return False
    return not _DOWNED_PROJECTILES.isdisjoint(words)


_AR_DOWNING = {normalize(word) for word in ("أسقط", "أسقطت", "أسقطا", "أسقطتا", "أسقطوا", "يسقط",
                                            "تسقط")}  # fmt: skip


# What "hit back" may answer or answer with that is no attack: words, laws, measures.
_NOT_FORCE = {"law", "laws", "decision", "move", "measure", "measures", "sanctions", "tariffs",
              "levies", "duties", "criticism", "critics", "remarks", "comments", "report",
              "claims", "accusations", "statement", "ban", "restrictions", "curbs",
              "bill"}  # fmt: skip


def _hit_back_in_kind(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an English "hit back" answers words or measures, or answers with a
    measure of its own ("hit back at a U.S. law", "hit back at Washington with sanctions",
    "hit back with tariffs"): no attack, whatever its target."""
    for position in range(hit.end, min(hit.end + 10, len(frame.forms))):
        if frame.stops_at_comma[position]:
            return False
        other = frame.hit_at[position]
        if frame.forms[position] in _NOT_FORCE or (
            other is not None
            and other is not hit
            and not any(t.type == "ASSAULT" for t in other.triggers)
        ):
            return True
        if other is not None and other is not hit:
            return False
    return False


def _trade_banned(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """Whether a ban's object, within a few words of its preposition, is trade."""
    if trigger.form != "ban" and normalize(trigger.form) not in _BANS:
        return False
    for position in range(hit.end, min(hit.end + 6, len(frame.forms))):
        if frame.stops_at_comma[position]:
            return False
        if frame.forms[position] in _TRADE:
            return True
    return False


def _words_apart(frame: SentenceFrame, start: int, end: int) -> int:
    """Words from ``start`` to ``end``, not counting an aside set off by commas (، السبت 12
    نيسان/أبريل 2025،)."""
    words, position = 0, start
    while position < end:
        if frame.texts[position] == "،":
            past = _adverbial_insertion(frame, position)
            if past is not None and past <= end:
                position = past
                continue
        words, position = words + 1, position + 1
    return words if start <= end else -1


# Attackers a report does not name: whoever later claims the attack made it.
_ASSAILANTS = {normalize(word) for word in (
    "gunmen", "gunman", "bomber", "bombers", "assailants", "attackers", "militants",
    "مسلحون", "مسلحين", "مجهولون", "مجهولين", "انتحاري", "مهاجمون", "مهاجمين",
)}  # fmt: skip


def _unnamed_assailants(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether an attack verb's subject is an unnamed attacker: "a suicide bomber and
    gunmen attacked", هاجم مسلحون مجهولون (just before an English verb, just after an
    Arabic one)."""
    if frame.lang == "en":
        near = range(max(0, hit.start - 4), hit.start)
        return any(frame.forms[i] in _ASSAILANTS for i in near) and not any(
            frame.slot_at[i] for i in near
        )
    near = range(hit.end, min(hit.end + 2, len(frame.forms)))
    return any(
        frame.forms[i] in _ASSAILANTS
        and frame.forms[i + 1 : i + 2] != ["من"]  # مسلحون من تنظيم «داعش»: a group's
        for i in near
    )


# Hostile answers that a prompting act draws on its maker.
_PROMPTED_ANSWERS = {"THREATEN", "ACCUSE", "SANCTION"}


def _makers_answered(frame: SentenceFrame, hit: TriggerHit, sources: list[str]) -> list[str]:
    """Who makes the act a threatened response is aimed at: على/to the act, then its
    maker in a relative clause or an agent phrase."""
    for position in range(max(hit.end, hit.reach), min(hit.end + 16, len(frame.forms) - 1)):
        if frame.stops[position]:
            return []
        if frame.forms[position] in {"علي", "to", "against"}:
            noun = position + 1 + (frame.forms[position + 1] in {"the", "any", "اي"})
            if noun < len(frame.forms) and frame.hit_at[noun] is not None:
                return _relative_makers(frame, noun, sources) or _judged_agent(frame, noun, sources)
    return []


def _relative_object(frame: SentenceFrame, hit: TriggerHit) -> Slot | None:
    """The antecedent of a relative pronoun that is the object of the verb at ``hit``:
    "the United Arab Emirates, which it accused of …", "Kabarebe, whom Washington accuses
    of …" (the clause has its own subject between the pronoun and the verb)."""
    position = hit.start - 1
    while position > 1 and frame.forms[position] in {"has", "have", "had", "also", "long"}:
        position -= 1  # "which Washington has supplied with bombs"
    if position < 1:
        return None
    subject = frame.slot_at[position]
    if subject is not None:
        position = subject.start - 1
    elif frame.forms[position] in {"it", "they", "he", "she", "we"}:
        position -= 1
    else:
        return None
    if position < 1 or frame.forms[position] not in {"which", "whom", "who"}:
        return None
    position -= 1 + (frame.texts[position - 1] == ",")
    while position >= 0 and position in frame.named and frame.slot_at[position] is None:
        position -= 1  # "Rwandan minister James Kabarebe, whom": past the name
    return frame.slot_at[position] if position >= 0 else None


def _members_among(frame: SentenceFrame, hit: TriggerHit) -> list[str]:
    """The group whose members are among those an act seized: بينهم قياديون في حركة
    «حماس»، بينهم عناصر من «داعش»."""
    if frame.lang == "en":
        return _members_among_en(frame, hit)
    for position in range(hit.end, min(hit.end + 25, len(frame.forms) - 3)):
        if frame.stops[position]:
            return []
        if frame.forms[position] in _AMONG_THEM and frame.forms[position + 1] in _MEMBERS:
            found = _right_mention(
                frame, position + 2, max_gap=2, preps=("في", "من", "عن"), require_prep=True
            )  # fmt: skip (نواب عن حركة «حماس»)
            return _keys(frame, found[0]) if found and not found[0].state else []
        if frame.forms[position] in _STAFF:
            # موظفاً من العاملين في وكالات الأمم المتحدة، موظفي الأمم المتحدة: its staff
            # (a body's, not a state's: an embassy's staff are no state seized)
            found = _right_mention(frame, position + 1, max_gap=2)
            return _keys(frame, found[0]) if found and not found[0].state else []
    return []


# Staff of a body: its employees seized are the body's people.
_STAFF = {normalize(word) for word in ("العاملين", "موظفي", "العاملات", "موظفات")}


def _members_among_en(frame: SentenceFrame, hit: TriggerHit) -> list[str]:
    """ "including two Hamas officials", "among them a senior Hamas official": the group
    (not a state) named before a members' noun after "including" or "among them"."""
    for position in range(hit.end, min(hit.end + 25, len(frame.forms) - 1)):
        if frame.stops[position]:
            return []
        opens = frame.forms[position] == "including" or frame.forms[position : position + 2] == [
            "among", "them",
        ]  # fmt: skip
        if not opens:
            continue
        for ahead in range(position + 1, min(position + 6, len(frame.forms) - 1)):
            slot = frame.slot_at[ahead]
            if slot is not None and not slot.state and frame.forms[slot.end] in _EN_MEMBERS:
                return _keys(frame, slot)
        return []
    return []


_EN_MEMBERS = {"official", "officials", "member", "members", "leader", "leaders", "commander",
               "commanders", "fighters", "militants", "operatives", "activists"}  # fmt: skip
_AMONG_THEM = {normalize(word) for word in ("بينهم", "بينهن", "ومنهم", "منهم")}
_MEMBERS = {normalize(word) for word in (
    "قياديون", "قياديين", "قيادي", "قادة", "عناصر", "أعضاء", "مسؤولون", "مسؤولين",
    "ناشطون", "ناشطين", "كوادر", "نواب", "نوابا",
    "قياديان", "عضوان", "عضوين", "مسؤولان", "ناشطان", "نائبان", "نائبين", "عنصران", "عنصرين",
)}  # fmt: skip


def _arrived_in(frame: SentenceFrame, hit: TriggerHit) -> list[str]:
    """The state whose capital, city or port a verb of arriving names, when the aid noun
    at ``hit`` is that verb's subject (before it in English, after it in Arabic)."""
    if frame.lang == "ar":
        verbs = range(hit.start - 1, max(-1, hit.start - 12), -1)
    else:
        verbs = range(hit.end, min(len(frame.forms), hit.end + 6))
    for verb in verbs:
        if frame.stops_at_comma[verb] and frame.lang == "en":
            return []
        if frame.lemmas[verb] not in _ARRIVING:
            continue
        for position in range(verb + 1, min(verb + 5, len(frame.forms))):
            slot = frame.places.get(position) or frame.slot_at[position]
            if slot is not None:
                return [slot.key] if slot.state else []
        return []
    return []


_ARRIVING = {normalize(word) for word in (
    "وصل", "وصلت", "وصلا", "وصلتا", "يصل", "تصل", "رست", "رسا", "حطت", "هبطت", "arrive",
    "land", "dock",
)}  # fmt: skip


def _across_border(frame: SentenceFrame, hit: TriggerHit) -> list[str]:
    """The actor after "border with" (الحدود مع) in the clause a trigger opens."""
    start = max(hit.end, hit.reach)  # (past an aside inside the phrase: دفع، الأحد، بتعزيزات)
    for position in range(start, min(start + 20, len(frame.forms) - 2)):
        near = frame.texts[position] == "،" and frame.forms[position + 1] in _NEAR
        if frame.stops_at_comma[position] and not near:
            return []  # (but …، قرب خطوط التماس مع: still where they go)
        if frame.forms[position] in _BORDERS and frame.forms[position + 1] in _WITH:
            # (مع القوات الأرمينية: the forces' state)
            slot = _mention_at(frame, position + 2) or _titled_mention(frame, position + 2)
            return _keys(frame, slot) if slot is not None else []
    return []


# (and the front line: خطوط التماس مع قوات سوريا الديمقراطية)
_BORDERS = {"border", "borders", "frontier", "boundary"} | {normalize(word) for word in (
    "الحدود", "حدود", "حدودها", "حدوده", "الحدودي", "الحدودية", "التماس", "الاشتباك",
)}  # fmt: skip
_NEAR = {normalize(word) for word in ("قرب", "بالقرب", "قبالة", "على")}


def _place_visited(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """A visit whose destination is named and is no actor: زيارة الرئيس الفلبيني للجزيرة."""
    for position in range(hit.end, min(hit.end + 4, len(frame.forms))):
        form = frame.forms[position]
        if frame.slot_at[position] is not None or position in frame.roles:
            continue
        return frame.lang == "ar" and form.startswith("لل") and frame.hit_at[position] is None
    return False


def _same_act_targets(found: list[Found], kind: str, sources: list[str]) -> list[str]:
    """The targets of the sentence's latest act of ``kind``, if that act has any."""
    for item in reversed(found):
        if item.type == kind and item.target and not item.negated:
            targets = [
                f.target for f in found
                if f.type == kind and f.trigger_start == item.trigger_start and f.target
            ]  # fmt: skip
            return [t for t in dict.fromkeys(targets) if t not in sources]
    return []


def _earlier_actor(frame: SentenceFrame, hit: TriggerHit, sources: list[str]) -> list[str]:
    """The first actor of the sentence, before the trigger and its source, that is not the
    source's side (not "Russia, which has stood by Tehran, called the move void": Tehran
    is no actor of the move)."""
    sides = {slot.side for slot in frame.mentions if slot.key in sources} | set(sources)
    for slot in frame.mentions:
        if slot.end > hit.start or slot.key in sources:
            break
        if slot.key not in sources and slot.side not in sides:
            return [slot.key]
    return []


# Reactions that can take an act as their object.
_ACT_REACTIONS = {"ACCUSE", "REJECT", "SUPPORT", "AGREE", "PROTEST"}
_EN_ARTICLES = {"a", "an", "the", "this", "that"}


# Nouns a clause about a reaction hangs on: في قرار سارعت إسرائيل إلى الترحيب به.
_REACTED_NOUNS = {normalize(word) for word in ("قرار", "خطوة", "إجراء", "خطوات", "إجراءات")}


def _hastened_reaction(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """An Arabic verbal noun of reacting with the act as its pronoun, after a verb in a
    clause on the act's noun: …، في قرار سارعت الخارجية الإسرائيلية إلى الترحيب به."""
    if frame.lang != "ar" or frame.forms[hit.end : hit.end + 1] not in (["بها"], ["به"]):
        return False
    if frame.forms[hit.start - 1] != "الي":
        return False
    for opening in range(hit.start - 3, max(0, hit.start - 9), -1):
        if frame.forms[opening] == "في" and frame.texts[opening - 1] in _COMMA:
            return frame.forms[opening + 1] in _REACTED_NOUNS
        if frame.stops_at_comma[opening]:
            return False
    return False


def _reaction_to_act(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> bool:
    """A reaction verb in a relative clause on a noun set after the act it names:
    "…, a move Paris condemned as unjustified", "a verdict Moscow dismissed", في خطوة
    دانتها باريس، في حكم رفضته موسكو."""
    if trigger.type not in _ACT_REACTIONS or hit.start < 3:
        return False
    if trigger.pos == "noun":
        return _hastened_reaction(frame, hit)
    if trigger.pos != "verb":
        return False
    if frame.lang == "ar":
        # في خطوة دانتها، رحّبت بها: the verb carries the noun as its suffix (or its ب
        # does), its subject follows.
        pronoun = hit.suffix in {"ها", "ه"} or frame.forms[hit.end : hit.end + 1] in (
            ["بها"], ["به"],
        )  # fmt: skip
        if not pronoun:
            return False
        if hit.prefix == "و":
            # في خطوة رحّبت بها كييف وانتقدتها موسكو: a second reaction to the same act.
            for position in range(hit.start - 1, max(-1, hit.start - 6), -1):
                if frame.stops_at_comma[position]:
                    return False
                other = frame.hit_at[position]
                if other is not None and other.start == position:
                    return _reaction_to_act(frame, other, _pos(frame, other))
            return False
        if frame.forms[hit.start - 1] in {"التي", "الذي"}:
            # المناورات المشتركة التي دانتها بيونغ يانغ: the act noun, past its adjectives
            for noun in range(hit.start - 2, max(-1, hit.start - 5), -1):
                if frame.slot_at[noun] is not None or frame.stops_at_comma[noun]:
                    return False
                if frame.hit_at[noun] is not None:
                    return _is_act(frame, noun)
            return False
        # (past the noun's adjective or genitive: …، في حملة اعتقالات جديدة دانها)
        opening = next(
            (at for at in range(hit.start - 2, max(0, hit.start - 5), -1)
             if frame.forms[at] == "في" and frame.texts[at - 1] in _COMMA),
            None,
        )  # fmt: skip
        return (
            frame.slot_at[hit.start - 1] is None
            and frame.forms[hit.start - 1] not in {"حين", "وقت"}  # في حين أيّدته: "whereas"
            and (
                (
                    opening is not None
                    and not any(frame.slot_at[p] for p in range(opening, hit.start))
                )
                # وهي خطوة انتقدتها الجزائر، وهو موقف رحّبت به الخارجية السودانية (not وهو
                # ما انتقده: "which", read with its own rule)
                or frame.forms[hit.start - 2] in {"وهي", "هي"}
                or (
                    frame.forms[hit.start - 2] in {"وهو", "هو"}
                    and frame.forms[hit.start - 1] != "ما"
                )
            )
        )
    verb = hit.start - (frame.forms[hit.start - 1] in {"has", "have", "had"})
    # ("a show of force that Pyongyang's defence ministry denounced")
    subject = _actor_before_titles(frame, verb)
    if subject is None:
        return False
    noun = _coordination_head(frame, subject).start - 1
    relative = noun > 0 and frame.forms[noun] in {"that", "which"}
    if relative:
        noun -= 1  # "…, a deal that Egypt and Greece rejected"
    if relative and frame.texts[noun] in _COMMA:
        noun -= 1  # "…, which Pyongyang has denounced as …"
    if relative and noun >= 2 and frame.forms[noun - 1] == "of" and frame.hit_at[noun - 2]:
        noun -= 2  # "a show of force that Pyongyang denounced": the phrase's head
    if noun < 2:
        return False
    if trigger.type == "REJECT" and frame.forms[noun] in _CHARGES:
        return False  # "a charge Iran rejected as baseless": a denial, not a refusal
    if relative and frame.slot_at[noun] is None and _is_act(frame, noun):
        return True  # "joint air drills that Pyongyang has denounced as a rehearsal"
    return (
        frame.slot_at[noun] is None
        and frame.forms[noun] not in _EN_ARTICLES
        and frame.forms[noun - 1] in _EN_ARTICLES
        and frame.texts[noun - 2] in _COMMA
    )


# Nouns of an accusation: denying one rejects no request.
_CHARGES = {"charge", "charges", "accusation", "accusations", "allegation", "allegations",
            "claim", "claims"}  # fmt: skip


def _is_act(frame: SentenceFrame, position: int) -> bool:
    """Whether the word at ``position`` is a noun of an act that is no reaction (drills,
    strikes, sanctions; not "the statement" or "a condemnation")."""
    hit = frame.hit_at[position]
    if hit is None or frame.texts[position].endswith(("ing", "ed")):
        return False  # ("demanding that Tokyo apologise": a verb and its clause)
    return any(t.pos == "noun" and t.type not in _ACT_REACTIONS for t in hit.triggers)


def _reason_for(
    frame: SentenceFrame, hit: TriggerHit, found: list[Found], sources: list[str]
) -> list[str]:
    """The targets of the sources' act that "over what it called …" gives the reason for."""
    what = hit.start - 2
    if frame.lang != "en" or what < 1 or frame.forms[what] != "what":
        return []
    if frame.forms[what - 1] not in {"over", "against", "at", "for"}:
        return []
    return list(dict.fromkeys(
        f.target for f in found if f.source in sources and f.target and not f.negated
    ))  # fmt: skip


# "What"/"which" before a describing verb: the description is of the act just reported.
_RELATIVE_WHAT = {"ما", "وهو", "what", "which"}


# Nouns of a part played, praised or blamed in whoever plays it (الدور، جهود، role).
_ROLES_PLAYED = {normalize(word) for word in (
    "دور", "الدور", "جهود", "الجهود", "مساعي", "role", "efforts",
)}  # fmt: skip


def _role_played(frame: SentenceFrame, position: int) -> list[str]:
    """The actor whose role or efforts a verb's object names: أشاد بالدور الإيجابي للمملكة،
    "praised the constructive role of Qatar" (a few adjectives between, quotes too)."""
    if position < len(frame.forms) and frame.forms[position] in {"the", "a", "علي"}:
        position += 1  # (أثنى على الدور: the verb's preposition)
    while position < len(frame.forms) and frame.texts[position] in {"لـ", "«", '"'}:
        position += 1  # تقديرهما لـ«الدور الإيجابي»: past the detached ل and the quote
    if position >= len(frame.forms):
        return []
    form = frame.forms[position]
    if form.removeprefix("ب") not in _ROLES_PLAYED and form not in _ROLES_PLAYED:
        return []
    for ahead in range(position + 1, min(position + 8, len(frame.forms))):
        slot = frame.slot_at[ahead]
        if slot is not None:
            before, after = frame.forms[ahead - 1], frame.forms[slot.end : slot.end + 1]
            if frame.lang == "ar":
                # للمملكة; دور سلطنة عمان (its genitive); الدور الذي أدّته النرويج
                marked = slot.prefix in {"ل", "لل"} or ahead == position + 1
                marked = marked or (ahead >= 2 and frame.forms[ahead - 2] in {"الذي", "التي"})
                # الدور الذي اضطلعت به الصين: the verb's preposition and pronoun between
                marked = marked or (
                    ahead >= 3
                    and frame.forms[ahead - 3] in {"الذي", "التي"}
                    and frame.forms[ahead - 1] in {"به", "بها"}
                )
            else:
                # "the role of Qatar", "played by Norway", "that Oman played", "Oman played"
                marked = before in {"of", "by", "that", "which"}
                marked = marked or (ahead == position + 1 and after in (["played"], ["has"]))
            return _keys(frame, slot) if marked else []
        relative = frame.forms[ahead] in _RELATIVES
        if (frame.stops_at_comma[ahead] and not relative) or frame.hit_at[ahead] is not None:
            return []
    return []


def _made_in_relative_clause(frame: SentenceFrame, hit: TriggerHit) -> bool:
    """Whether a definite Arabic act noun has a relative clause naming its maker, so that
    it is an act of its own even as another verb's object: أيدت مصر الدعوى التي رفعتها
    جنوب أفريقيا ضد إسرائيل."""
    return (
        frame.lang == "ar"
        # (not مقترح وقف إطلاق النار الذي قدّمه: the clause is on the proposal)
        and hit.prefix.endswith(("ال", "لل"))
        and frame.forms[hit.end : hit.end + 1] in (["التي"], ["الذي"])
        and _relative_agent(frame, hit.end + 1, reach=2) is not None
    )


def _relative_makers(frame: SentenceFrame, position: int, sources: list[str]) -> list[str]:
    """Who did the act or made the document a verb's object names, when a relative clause
    says so: "condemned the accord that Turkey signed with Libya", ندد بالاتفاقية التي
    وقعتها تركيا (the subject next to the clause's verb)."""
    relative = next(
        (p for p in range(position + 1, min(position + 4, len(frame.forms) - 2))
         if frame.forms[p] in _RELATIVES),
        None,
    )  # fmt: skip
    words = range(position, relative) if relative is not None else range(0)
    if relative is None or not (_names_act(frame, words) or _names_act_noun(frame, words)):
        return []
    # The clause's verb: a trigger or a light verb ("the attack that Hamas launched",
    # الهجوم الذي شنّته جماعة الحوثي).
    if frame.lang == "en":
        opening = relative + 1 + (frame.forms[relative + 1] == "the")  # "that the Houthis"
        subject, verb = _mention_at(frame, opening), None
        if subject is not None and subject.end < len(frame.forms):
            verb = _clause_verb(frame, subject.end)
    else:
        verb = _clause_verb(frame, relative + 1)
        subject = _mention_at(frame, verb.end) if verb is not None else None
    if subject is None or verb is None:
        return []
    makers = _keys(frame, subject)
    if any(_signing(t) for t in verb.triggers):
        # "… that Turkey signed with Libya": both parties made it.
        after = max(subject.end, verb.end, verb.reach)
        partner = _right_mention(frame, after, max_gap=2, preps=("with", "مع"), require_prep=True)
        makers += _keys(frame, partner[0]) if partner else []
    return [key for key in dict.fromkeys(makers) if key not in sources]


_RELATIVES = {"that", "which", "التي", "الذي"}


def _triggers_at(frame: SentenceFrame, position: int) -> tuple[Trigger, ...]:
    hit = frame.hit_at[position]
    return hit.triggers if hit is not None else ()


def _answered_makers(frame: SentenceFrame, hit: TriggerHit, sources: list[str]) -> list[str]:
    """Who made the act a threatened response answers: هددت بـ«رد ساحق» على المناورات
    التي تجريها كوريا الجنوبية، "threatened a response to the drills that Seoul holds"."""
    position, end = hit.end, min(hit.end + 12, len(frame.forms) - 1)
    while position < end:
        if frame.forms[position] in {"علي", "to"}:
            response = any(
                form in _RESPONSES for form in frame.forms[max(0, position - 4) : position]
            )
            return _relative_makers(frame, position + 1, sources) or (
                _act_owners(frame, position + 1, sources) if response else []
            )
        slot = frame.slot_at[position]
        before = frame.slot_at[position - 1] if position else None
        if frame.texts[position] in {"،", ","} and before is not None and before.key in sources:
            # وتوعّدت كيم يو جونغ، شقيقة الزعيم الكوري الشمالي …، برد: past her apposition
            closing = next(
                (p for p in range(position + 1, min(position + 16, len(frame.forms)))
                 if frame.texts[p] in {"،", ","}),
                None,
            )  # fmt: skip
            if closing is None:
                return []
            position, end = closing + 1, min(closing + 8, len(frame.forms) - 1)
            continue
        if frame.stops_at_comma[position] or (slot is not None and slot.key not in sources):
            return []  # (past the threatener, هددت كوريا الشمالية بـ…)
        position += 1
    return []


# A response, named just before what it answers: برد «ساحق» على، رداً على، "in response to".
_RESPONSES = {normalize(word) for word in ("رد", "برد", "ردا", "رداً", "الرد", "ردود", "ردها",
              "response", "retaliation", "reply")}  # fmt: skip


def _act_owners(frame: SentenceFrame, position: int, sources: list[str]) -> list[str]:
    """Whose act a response answers, when the act's noun names them: برد على المناورات
    الأميركية الكورية الجنوبية، رداً على توسع الحلف، "in response to NATO's expansion".
    A person's name is left out: رداً على اغتيال هنية names whom the act harmed."""
    if frame.lang == "en":
        position += position < len(frame.forms) and frame.forms[position] in _EN_DETERMINERS
        slot = _mention_at(frame, position)
        following = (
            frame.forms[slot.end] if slot is not None and slot.end < len(frame.forms) else ""
        )
        # ("a U.S. naval buildup": an abbreviation before its noun is an adjective too)
        adjective = slot is not None and slot.kind in {"demonym", "abbrev"}
        owns = adjective or (slot is not None and following in {"'s", "’s"})
    else:
        slot = _mention_at(frame, position + 1) if _mention_at(frame, position) is None else None
        owns = slot is not None and slot.kind != "person"
    if not owns:
        return []
    return [key for key in _keys(frame, slot) if key not in sources]


def _clause_verb(frame: SentenceFrame, position: int) -> TriggerHit | None:
    """The verb of a relative clause at ``position``: a trigger, a light verb with no
    trigger of its own ("the attack that Hamas launched"), or an Arabic verb that takes the
    noun back by its suffix (التي تجريها كوريا الجنوبية)."""
    hit = frame.hit_at[position]
    if hit is not None:
        return hit
    light = frame.cues.get(position) == "light_verb"
    resumptive = frame.lang == "ar" and frame.forms[position].endswith(("ها", "ه"))
    return TriggerHit(position, position + 1, ()) if light or resumptive else None


def _names_act_noun(frame: SentenceFrame, words: range) -> bool:
    """Whether a short noun phrase holds an act's noun (الهجوم، الدعوى، "the attack", "the
    request"), which a relative clause may say who made."""
    return len(words) <= 2 and any(
        frame.slot_at[i] is None and any(t.pos == "noun" for t in _triggers_at(frame, i))
        for i in words
    )


def _names_act(frame: SentenceFrame, words: range) -> bool:
    """Whether a short noun phrase names a document or act (the maritime accord, مذكرة
    التفاهم, القرار) and nothing else: no actor, no clause word."""
    if any(frame.slot_at[i] is not None or frame.stops_at_comma[i] for i in words):
        return False
    return any(
        frame.cues.get(i) in {"document", "event_anaphor"}
        or any(t.type == "AGREE" and t.pos == "noun" for t in _triggers_at(frame, i))
        for i in words
    )


def _described_unnamed(frame: SentenceFrame, position: int) -> bool:
    """An Arabic object "what it described as …" (ما وصفته بـ«الاستفزاز») that names no
    actor before its clause ends: an act told before, by its judge's words."""
    described = _past_described_as(frame, position)
    if described == position:
        return False
    for ahead in range(described, min(described + 6, len(frame.forms))):
        if frame.stops_at_comma[ahead]:
            break
        if frame.slot_at[ahead] is not None or frame.hit_at[ahead] is not None:
            return False
    return True


def _event_anaphor(frame: SentenceFrame, position: int) -> str:
    """ "*" when a verb's object is a definite noun for an act just reported: انتقدت
    طالبان القرار، "condemned the launch", ودانت طوكيو عملية الإطلاق."""
    if position < len(frame.forms) and frame.texts[position] in _QUOTES:
        position += 1  # ورحّبت "قسد" بالمرسوم: past the quote closing the subject's name
    if frame.lang == "en":
        if position < len(frame.forms) and frame.forms[position] in {"the", "this", "these"}:
            position += 1
            if frame.forms[position : position + 1] in (["launch"], ["launches"]):
                return "*"  # "condemned the launch": a light verb ("launched strikes") as a noun
            # "regretted the completely unjustified decision": past its modifiers
            for ahead in range(position + 1, position + 5):
                if ahead < len(frame.forms) and frame.cues.get(ahead) == "event_anaphor" and all(
                    frame.forms[i].endswith("ly") or frame.forms[i].startswith("un")
                    or frame.forms[i] in _JUDGED_ACT_WORDS or frame.texts[i] in _QUOTES
                    for i in range(position, ahead)
                ):  # fmt: skip
                    position = ahead
                    break
    elif _described_unnamed(frame, position):
        # أدانت تايبيه ما وصفته بالاستفزاز الخطير: the latest hostile act against the
        # judge, else one close by (not whatever was reported last: a call, a visit)
        return "alert"
    elif position + 1 < len(frame.forms) and frame.forms[position] in {"عمليه", "قرار"}:
        position += 1  # عملية الإطلاق، قرار الترحيل: the act is in the genitive
    # (a document signed is one too: "Greece condemned the memorandum")
    if frame.cues.get(position) not in {"event_anaphor", "document"} or _agent_adjective(
        frame, position + 1
    ):
        return ""  # التصعيد الإسرائيلي: the act's own agent is named, and is the target
    if frame.lang == "ar" and not frame.forms[position].lstrip("وفب").startswith(("ال", "لل")):
        return ""
    return "*"


def _apposed_act(frame: SentenceFrame, hit: TriggerHit) -> str:
    """ "*" when an English verb of judging is told in an apposition to the act before it:
    "approved tariffs on Chinese goods, a measure Beijing's Commerce Ministry criticized as
    unilateral", "…, a move that Moscow condemned"."""
    if frame.lang != "en":
        return ""
    for comma in range(hit.start - 2, max(-1, hit.start - 12), -1):
        if frame.texts[comma] not in _COMMA:
            continue
        noun = comma + 1 + (frame.forms[comma + 1] in {"a", "an"})
        if noun == comma + 1 or frame.cues.get(noun) != "event_anaphor":
            return ""
        subject = noun + 1 + (frame.forms[noun + 1] in {"that", "which"})
        subject += frame.forms[subject] == "the"
        return "*" if frame.slot_at[subject] is not None else ""
    return ""


# Words of judgement before an act's noun: "the hasty decision", "the illegal move" (with
# adverbs in -ly and adjectives in un-: "the completely unjustified decision").
_JUDGED_ACT_WORDS = {
    "latest", "recent", "hasty", "illegal", "illegitimate", "provocative", "reckless",
    "irresponsible", "regrettable", "dangerous", "hostile", "arbitrary", "one-sided",
}  # fmt: skip


# Verbs of detecting craft, and the craft whose owner moves them (normalised Arabic too).
_DETECTING = {normalize(word) for word in ("detect", "spot", "رصد", "رصدت", "يرصد", "ترصد")}
_CRAFT = {normalize(word) for word in (
    "aircraft", "warplane", "warplanes", "jet", "jets", "fighters", "plane", "planes", "ship",
    "ships", "warship", "warships", "vessel", "vessels", "drone", "drones", "balloon",
    "balloons", "bomber", "bombers", "طائرة", "طائرات", "مقاتلة", "مقاتلات",
    "سفينة", "سفن", "قطعة", "قطع", "مسيرة", "مسيرات", "بارجة", "بوارج", "منطاد", "قاذفات",
)}  # fmt: skip


# Prepositions of a place phrase between an attack and its relative clause.
_EN_AT_PLACE = {"in", "near", "on", "at", "outside", "inside"}


def _maker_of_antecedent(frame: SentenceFrame, hit: TriggerHit, trigger: Trigger) -> Slot | None:
    """The actor named in an English attack or craft that a relative "that"/"which" makes
    the subject of an attack verb: "a NATO air strike that killed", "the U.S. drone which
    hit" (the actor within the noun phrase, before its head)."""
    if frame.lang != "en" or trigger.type != "ASSAULT" or trigger.pos != "verb":
        return None
    if hit.start < 3 or frame.forms[hit.start - 1] not in {"that", "which"}:
        return None
    head = hit.start - 2
    place = frame.slot_at[head]
    if place is not None and place.start >= 2 and frame.forms[place.start - 1] in _EN_AT_PLACE:
        head = place.start - 2  # "the U.S. drone strike in Baghdad that killed": where it was
    attack = frame.hit_at[head]
    is_attack = attack is not None and any(
        t.type == "ASSAULT" and t.pos == "noun" for t in attack.triggers
    )
    if not is_attack and frame.forms[head] not in _CRAFT:
        return None
    start = attack.start if is_attack else head
    for position in range(start - 1, max(-1, start - 4), -1):
        slot = frame.slot_at[position]
        if slot is not None:
            return slot if slot.end == position + 1 else None
        if frame.stops_at_comma[position] or frame.forms[position] in {"a", "an", "the"}:
            return None
    return None


def _craft_owners(frame: SentenceFrame, start: int) -> list[str]:
    """The state whose aircraft or ships a verb of detecting counts: "32 Chinese military
    aircraft", 32 طائرة حربية صينية، تسع سفن تابعة للجيش الصيني (within its clause)."""
    end = min(len(frame.forms), start + 14)
    craft = [  # (with و, and with the accusative's alif: وسفن، سفناً)
        i for i in range(start, end)
        if frame.forms[i].removeprefix("و") in _CRAFT or frame.forms[i].removesuffix("ا") in _CRAFT
    ]  # fmt: skip
    if not craft:
        return []
    for position in range(start, end):
        if frame.texts[position] in {".", ";", "؛"}:
            break
        slot = _mention_at(frame, position)
        if (
            slot is not None
            and slot.start == position
            and any(slot.start - 4 <= i <= slot.end + 3 for i in craft)
        ):
            return _keys(frame, slot)
    return []


def _agent_adjective(frame: SentenceFrame, position: int) -> bool:
    """An actor right after an act's noun, or past one or two Arabic adjectives with the
    article: التصعيد الإسرائيلي، الإجراءات الأحادية الإثيوبية."""
    for ahead in range(position, min(position + 3, len(frame.forms))):
        if _mention_at(frame, ahead) is not None:
            return True
        word = frame.forms[ahead]
        if frame.lang != "ar" or not word.startswith("ال") or frame.hit_at[ahead] is not None:
            return False
    return False


def _other_targets(
    frame: SentenceFrame,
    hit: TriggerHit,
    trigger: Trigger,
    sources: list[str],
    found: list[Found],
    last_group: list[str] = (),
) -> list[str]:
    """A target found elsewhere than after the trigger, when none stands there."""
    let = _let_after(frame, hit.end) if trigger.type == "AGREE" else None
    if let is not None:
        # "agreed to let the IAEA reinstall cameras", وافقت على السماح للوكالة بـ: whom it
        # lets act is whom it accepts.
        return [key for key in _keys(frame, let) if key not in sources]
    if (
        trigger.type == "CONSULT"
        and trigger.pos == "noun"
        and last_group
        and not _place_visited(frame, hit)
    ):
        # أفرجت روسيا وأوكرانيا عن أسرى … بوساطة سعودية: the mediator deals with the
        # parties of the main verb.
        parties = [key for key in last_group if key not in sources]
        # (not who judges the mediators the noun names after it: أشاد المبعوث الأممي
        # بالوساطة التي قادتها مصر; but "thanked Merkel and Macron for their mediation")
        named_after = {slot.key for slot in frame.mentions if slot.start >= hit.end}
        judged = {
            f.source for f in found
            if f.type in _JUDGING and f.target in sources and f.target in named_after
        }  # fmt: skip
        parties = [key for key in parties if key not in judged]
        if parties:
            return parties
    if trigger.pos == "noun":
        # "رفضت طهران طلباً أميركياً", "Iran rejected a U.S. request", "dismissed Russia's
        # accusation": what is rejected or accepted was addressed to the rejecter (but not
        # an answer itself: "dismissed Damascus's acceptance" of someone else's plan).
        governing = next(
            (f for f in reversed(found)
             if f.type in _ANSWERS and _object_of(frame, f.trigger_end, hit.start)),
            None,
        ) if trigger.type not in _ANSWERS else None  # fmt: skip
        if governing is not None:
            return [governing.source]
        denial = _denied_charge(frame, hit.start)
        if denial is not None:
            # "Cambodia denied Thai accusations", نفت كمبوديا الاتهامات التايلاندية: the
            # charge was made against the denier.
            if frame.lang == "en" and frame.forms[denial - 2 : denial - 1] == ["on"]:
                denial -= 2 * (frame.forms[denial - 1] in _EN_WEEKDAYS)  # "… on Monday denied"
            denier = (
                _actor_before_titles(frame, denial)
                if frame.lang == "en"
                else next((m for m in frame.mentions if denial < m.start < hit.start), None)
            )
            targets = [k for k in _keys(frame, denier) if k not in sources] if denier else []
            if targets:
                return targets
        targets = _target_before_noun(frame, hit, trigger, sources)
        if targets:
            return targets
        if _agent_after_from(frame, hit):
            # "Ukraine received assistance from Germany": the receiver is the target.
            first = next((m for m in frame.mentions if m.end <= hit.start), None)
            targets = [k for k in _keys(frame, first) if k not in sources] if first else []
            if targets:
                return targets
    if trigger.type in {"COERCE", "ASSAULT"}:
        # احتجز الحرس الثوري ناقلة النفط «ستينا إمبيرو» التي ترفع العلم البريطاني: a ship
        # is its flag's.
        targets = [key for key in _flag_state(frame, max(hit.end, hit.reach)) if key not in sources]
        if targets:
            return targets
    if trigger.type == "ASSAULT":
        # صواريخ على قاعدتي عين الأسد وأربيل اللتين تتمركز فيهما قوات أميركية, "Ain al-Asad
        # air base, which hosts U.S. troops": a base is struck for the forces it holds.
        targets = [
            key for key in _hosted_forces(frame, max(hit.end, hit.reach)) if key not in sources
        ]
        if targets:
            return targets
    if trigger.type in _AT_EMBASSY:
        # (past a phrase's last word: خروج آلاف الأردنيين في مسيرة قرب السفارة)
        # (a crowd storming it, far past what angered it: اقتحام محتجين غاضبين من إعدام
        # رجل الدين … مقرَّ السفارة السعودية)
        reach = 14 if trigger.type == "PROTEST" else 6
        embassy = _embassy_owner(frame, max(hit.end, hit.reach), reach)
        targets = [key for key in embassy if key not in sources]
        if targets:
            return targets
    if trigger.type == "RETREAT":
        # "withdraw its troops stationed in Niger", ستسحب 1500 جندي منتشرين في النيجر:
        # where the forces withdrawn are posted.
        targets = [key for key in _stationed_in(frame, hit) if key not in sources]
        if targets:
            return targets
    if trigger.type == "SANCTION":
        # جمّدت مساعدات … كانت مخصصة لدعم المرحلة الانتقالية في السودان, "froze aid
        # earmarked for Sudan": whom the aid was meant for.
        targets = [key for key in _aid_meant_for(frame, hit) if key not in sources]
        if targets:
            return targets
    if trigger.type == "THREATEN":
        targets = (
            _threatened_if(frame, hit, sources)
            or _warned_of(frame, hit, sources)
            or _answered_makers(frame, hit, sources)
            or _threatened_with(frame, hit, sources)
            or _message_to(frame, hit, sources)
        )
        if targets:
            return targets
    if trigger.type == "REQUEST" and hit.end < len(frame.forms):
        # "demanded the withdrawal of the 1,500 French troops": those asked to leave.
        noun = hit.end + (frame.forms[hit.end] in _EN_DETERMINERS)
        leaving = frame.hit_at[noun] if noun < len(frame.forms) else None
        if leaving is not None and _leaving(leaving) and frame.lang == "en":
            agent = _noun_source(frame, leaving)
            if agent is None:  # "of the 1,500 French troops": past a count
                found = _right_mention(
                    frame, leaving.end, max_gap=3, preps=("of",), require_prep=True
                )
                agent = found[0] if found else None
            keys = [k for k in (_keys(frame, agent) if agent else []) if k not in sources]
            if keys:
                return keys
        that = _that_after(frame, hit.end)
        if that is not None:  # demanded (on Thursday) that Paris withdraw
            subject = that + 1
            if subject < len(frame.forms) and frame.forms[subject] == "the":
                subject += 1  # "demanded that the Taliban reverse"
            slot = _mention_at(frame, subject)
            return _keys(frame, slot) if slot and slot.key not in sources else []
    return []


def _stationed_in(frame: SentenceFrame, hit: TriggerHit) -> list[str]:
    """The state the forces a withdrawal names are posted in: "troops stationed in Niger",
    جنودها المتمركزين في مالي (a participle of posting, then in and the state)."""
    start = max(hit.end, hit.reach)
    for position in range(start, min(start + 8, len(frame.forms) - 2)):
        if frame.stops_at_comma[position]:
            return []
        if frame.forms[position] in _POSTED_PARTICIPLES and frame.forms[position + 1] in {
            "في",
            "in",
        }:
            slot = _mention_at(frame, position + 2)
            return _keys(frame, slot) if slot is not None and slot.state else []
    return []


_POSTED_PARTICIPLES = {normalize(word) for word in (
    "stationed", "deployed", "based", "posted", "منتشرين", "المنتشرين", "المنتشرة", "منتشرة",
    "المتمركزين", "متمركزين", "المتمركزة", "متمركزة", "الموجودين", "الموجودة", "المرابطين",
)}  # fmt: skip


def _that_after(frame: SentenceFrame, position: int) -> int | None:
    """The complementiser at ``position``, or past a short English time phrase ("demanded
    on Thursday that") or a vote's count ("demanded by 141 votes to 7 that"): where a
    request's that-clause opens."""
    reach = 4
    if frame.lang == "en" and not _TALLIES.isdisjoint(frame.forms[position : position + 6]):
        reach = 9
    for ahead in range(position, min(position + reach, len(frame.forms))):
        if frame.forms[ahead] in {"that", "ان", "بان"}:
            return ahead
        if frame.lang == "ar" or frame.stops[ahead] or _mention_at(frame, ahead) is not None:
            return None
    return None


def _asserted(
    frame: SentenceFrame,
    hit: TriggerHit,
    trigger: Trigger,
    sources: list[str],
    targets: list[str],
    confidence: float,
    negated: bool,
    refusal: Found | None,
    speaker: str | None,
    about: str,
) -> list[Found]:
    """One interaction per source and target; a source with no target keeps ``target == ""``."""
    out: list[Found] = []
    if refusal is not None and frame.lang == "en" and not refusal.source and targets:
        # "Iran refused to join the coalition": a rejection of the coalition.
        out.extend(
            Found(source, "REJECT", target, hit.start, hit.end, 0.8, _negated(
                frame, refusal.trigger_start), speaker)
            for source in sources for target in targets if source != target
        )  # fmt: skip
    for source in sources:
        for target in targets:
            if target != source:
                out.append(
                    Found(source, trigger.type, target, hit.start, hit.end, confidence, negated,
                          speaker)
                )  # fmt: skip
        if not targets:
            out.append(
                Found(source, trigger.type, "", hit.start, hit.end, 0.5, negated, speaker, about)
            )
    return out

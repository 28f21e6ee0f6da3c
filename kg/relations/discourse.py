"""resolve_discourse: targets named in an earlier sentence of the document."""

from __future__ import annotations

from dataclasses import replace

from kg.relations.frame import Found
from kg.relations.words import _HOSTILE_ACTS, _OPPOSING, _SETTLEMENTS

__all__ = ["resolve_discourse"]


# Acts a threat with no object of its own may answer (deeds, not other threats).
_HOSTILE = _HOSTILE_ACTS - {"THREATEN"}

# Acts of force a warning aimed at no one named may go on from.
_FORCE = {"ASSAULT", "COERCE"}

# What a concession yields to: demands, threats and pressure.
_PRESSURE = {"REQUEST", "THREATEN", "SANCTION", "COERCE"}

# Verbal reactions, which are no "decision" or "step" of their own unless aimed at someone.
_REACTIONS = {"SUPPORT", "ACCUSE", "REJECT"}


def resolve_discourse(
    found: list[tuple[Found, int]], sides: dict[str, str] | None = None
) -> list[tuple[Found, int]]:
    """Give targets to interactions whose object was named earlier in the document.

    ``found`` holds (interaction, sentence index) pairs in text order. A refusal
    or acceptance with no object answers the latest request made to its
    source; "condemned the strikes" (``about``) targets whoever carried out the
    latest strikes, and "criticised the decision" (``about == "*"``) whoever did
    the latest thing reported ("which X called a provocation", ``"^"``: the act just
    before, in its own sentence). An attack with no target takes the victims of an attack
    with no agent just before it (a claim of responsibility); a threat to retaliate
    (``about == "!"``), the maker of the latest hostile act against its source.
    Interactions still
    without a target, or without a source, are dropped. ``sides`` maps an official to
    the actor it speaks for (an attack on the Houthis is one on their spokesman's side).
    """
    sides = sides or {}
    found = _without_denied_claims(found, sides)
    resolved: list[tuple[Found, int]] = []
    for position, (item, sentence) in enumerate(found):
        if item.target:
            resolved.append((item, sentence))
            continue
        earlier = [o for o, _ in found[:position] if o.target and not o.negated]
        where = {id(o): at for o, at in found[:position]}
        targets: list[str] = []
        if item.about in {"*", "^"}:
            # "criticised the decision": the latest act by someone else, with or without
            # a target of its own (but not a mere reaction to an unnamed act: "Qatar
            # welcomed the decision, whereas Israel criticised the step").
            # Nor an act the source did itself with others: "the US and the EU, which
            # have imposed sanctions on the generals, dismissed the vote as a sham".
            mine = _state_of(item.source, sides)  # (its own officials' acts are its own)
            own = {
                (o.type, o.trigger_start, at) for o, at in found[:position]
                if _state_of(o.source, sides) == mine
            }  # fmt: skip
            candidates = [
                (o, at) for o, at in found[:position] if _state_of(o.source, sides) != mine
                and o.source and not o.negated and (o.type, o.trigger_start, at) not in own
                and (o.type != item.type or item.type == "SUPPORT")  # welcoming a ratification
                and (o.target or o.type not in _REACTIONS)
            ]  # fmt: skip
            # The main act of the latest sentence that has one, the first there: what
            # follows it is reasons and quotes ("imposed sanctions over «supplying Russia
            # with drones used in its attacks»").
            latest = candidates[-1][1] if candidates else -1
            act = next((o for o, at in candidates if at == latest), None)
            # After "which"/ما (about "^"), the act just before it in its own sentence: "…
            # signed a memorandum granting it a port, which Mogadishu called «an aggression»".
            # (Not another reaction to it: في خطوة رحّبت بها كييف وانتقدتها موسكو.)
            here = [
                o for o, at in candidates if at == sentence and o.trigger_start < item.trigger_start
                and o.type not in _REACTIONS
            ]  # fmt: skip
            if here and item.about == "^":
                act = max(here, key=lambda o: o.trigger_start)
            # With no act found there, a reaction just before it in the same clause has
            # the same object: في خطوة رحّبت بها كييف وانتقدتها موسكو.
            sibling = [
                o for o, at in found[:position] if at == sentence and o.target
                and o.type in _REACTIONS and 0 < item.trigger_start - o.trigger_start <= 6
            ]  # fmt: skip
            if item.about == "^" and not here and sibling:
                act = None
                targets = [sibling[-1].target]
            # All who did it: "signed by Turkey and Libya … Greece condemned the deal".
            targets = targets or [
                o.source for o, at in found[:position]
                if act is not None and o.source and o.source != item.source
                and (o.type, o.trigger_start, at) == (act.type, act.trigger_start, where[id(act)])
            ]  # fmt: skip
        elif item.about == "!" and item.source:
            # "Pakistan … vowed to retaliate", وتوعّد بالرد: a threat with no object
            # answers the latest hostile act against its maker (or its state: IRN.IRGC),
            # all who made it ("U.S. and British warplanes struck …").
            targets = _makers_of_latest(earlier, item.source, _HOSTILE, sides)
        elif item.about.startswith("=") and item.source:
            # حذت البحرين حذو الرياض، "Bahrain followed suit": the leader's latest act, now
            # the follower's (the leader is whoever acted last if none is named), told by
            # the words of following in this sentence.
            leader = item.about[1:]
            acts = [
                (o, at) for o, at in found[:position] if o.source and o.target and not o.negated
                and (_state_of(o.source, sides) == leader or not leader)
                and _state_of(o.source, sides) != _state_of(item.source, sides)
            ]  # fmt: skip
            # (a measure before words about it: "Saudi Arabia broke off relations with Iran.
            # Jubeir faulted Tehran …; Bahrain followed suit" cut ties too)
            last_maker = _state_of(acts[-1][0].source, sides) if acts else ""
            deeds = [
                (o, at) for o, at in acts
                if o.type != "ACCUSE" and acts[-1][1] - at <= 1
                and _state_of(o.source, sides) == last_maker != _state_of(o.target, sides)
            ]  # fmt: skip
            acts = deeds or acts
            if acts:
                latest, latest_at = acts[-1]
                resolved.extend(
                    (replace(o, source=item.source, trigger_start=item.trigger_start,
                             trigger_end=item.trigger_end, confidence=0.55), sentence)
                    for o, at in acts
                    if (o.type, o.trigger_start, at)
                    == (latest.type, latest.trigger_start, latest_at)
                    and o.target != item.source
                )  # fmt: skip
            continue
        elif item.about == "?" and item.source:
            # رفضت باريس الامتثال، "refused to comply": whoever made the latest demand or
            # order aimed at it.
            targets = _makers_of_latest(earlier, item.source, _DEMANDING, sides)
        elif item.about == "recall" and item.source:
            # "Mali recalled its ambassador from Algiers … Algeria responded by recalling its
            # own envoy", استدعت الجزائر سفيرها: from whoever last acted against it.
            targets = _makers_of_latest(earlier, item.source, _HOSTILE | {"ACCUSE"}, sides)
            if not targets:
                # "Baghdad, which blamed Ankara for the attack, recalled its chargé
                # d'affaires": from whom the recaller has just blamed.
                blamed = [
                    o.target for o in earlier
                    if o.type == "ACCUSE" and o.source == item.source and o.target
                ]  # fmt: skip
                targets = blamed[-1:]
        elif item.about == "mediated" and item.source:
            # "Russia and Ukraine each freed 390 prisoners. The swap was mediated by the
            # UAE", وقالت إن عملية التبادل جرت بوساطة إماراتية: the mediator dealt with both
            # sides of the latest settlement told just before.
            settled = [
                (o, at) for o, at in found[:position]
                if o.type in _SETTLEMENTS and o.source and o.target and not o.negated
                and sentence - at <= 1 and item.source not in (o.source, o.target)
            ]  # fmt: skip
            # Those who acted in its sentence; with one alone, whom it acted on too (not
            # when both act: the Palestinians Israel frees in a swap with Hamas are no party).
            latest = [o for o, at in settled if at == settled[-1][1]] if settled else []
            targets = list(dict.fromkeys(o.source for o in latest))
            if len(targets) == 1:
                targets += [o.target for o in latest]
        elif item.about == "release" and item.source:
            # "Malian authorities detained 49 Ivorian soldiers … Abidjan demanded their
            # release": a release asked with no captor in its sentence is asked of whoever
            # held someone in the sentence before.
            # (or of whoever the same sentence says holds them, after the demand: طالبت
            # الأرجنتين بالإفراج عن الدركي الذي اعتقلته السلطات الفنزويلية)
            mine = _state_of(item.source, sides)
            held = [
                (o, at) for o, at in found[:position] if o.type == "COERCE" and o.source
                and not o.negated and sentence - at == 1 and _state_of(o.source, sides) != mine
            ] or [
                (o, at) for o, at in found[position + 1 :] if o.type == "COERCE" and o.source
                and not o.negated and at == sentence and _state_of(o.source, sides) != mine
            ][:1]  # fmt: skip
            targets = [
                o.source for o, at in held
                if (o.trigger_start, at) == (held[-1][0].trigger_start, held[-1][1])
            ]  # fmt: skip
        elif item.about == "alert" and item.source:
            # أطلقت كوريا الشمالية صاروخاً …، ورفعت سيول حالة التأهب; "Seoul raised its alert
            # level": an alert aimed at no one named answers the latest hostile act against
            # its maker, else the latest one by another state close by.
            state = _state_of(item.source, sides)
            targets = [_latest_against(earlier, item.source, _HOSTILE | {"THREATEN"}, sides)]
            if not any(targets):
                targets = [
                    # (a warning aimed at no one, محذّرة من أن العائدين يواجهون, is nothing
                    # to criticise)
                    next((o.source for o, at in reversed(found[:position])
                          if o.type in _HOSTILE | {"THREATEN"} and o.source and not o.negated
                          and (o.target or o.type != "THREATEN" or item.type != "ACCUSE")
                          and _state_of(o.source, sides) != state and sentence - at <= 1), "")
                ]  # fmt: skip
            if not any(targets):
                # "Pakistan placed its forces on high alert …, accusing India of planning a
                # strike": against whom its maker accuses in the same sentence.
                targets = [
                    next((o.target for o, at in found if at == sentence and o.target
                          and o.type == "ACCUSE" and o.source == item.source
                          and not o.negated), "")
                ]  # fmt: skip
        elif item.about:
            # The strikes condemned need no target of their own ("Israel struck Gaza").
            # Those with a named target first: "strikes on Houthi targets in response to
            # Houthi attacks on shipping … Iran condemned the strikes".
            acts = [o for o, _ in found[:position] if o.source and not o.negated]
            kinds = {item.about}
            if not any(o.type == item.about for o in acts):
                kinds = _TOLD_AS.get(item.about, kinds)  # (only when none is of its type)
            event = next((o for o in reversed(earlier) if o.type in kinds), None) or next(
                (o for o in reversed(acts) if o.type in kinds), None
            )
            if event is None and item.about_word:
                # "began a joint naval exercise … Pyongyang denounced the exercise": the act
                # told by the same noun, whatever type it was read as there.
                event = next((o for o in reversed(acts) if o.word == item.about_word), None)
                kinds = {event.type} if event is not None else kinds
            if event is not None:
                # The first such act of that sentence: its main clause ("Israeli jets struck
                # Hezbollah, hours after the group fired rockets … Mikati condemned the strikes"),
                # unless another there is named by the same noun ("Hezbollah fired rockets …
                # hours after Israeli air strikes … Mikati condemned the strikes").
                there = [
                    o for o in earlier + [event]
                    if o.type in kinds and where[id(o)] == where[id(event)]
                    and ((o.target and o.source) or o is event)
                ]  # fmt: skip
                named = [
                    o for o in acts
                    if item.about_word and o.word == item.about_word and o.type in kinds
                    and where[id(o)] == where[id(event)]
                ]  # fmt: skip
                event = min(named or there, key=lambda o: o.trigger_start)
            if event is not None:
                targets = [
                    o.source for o in acts
                    if (o.type, o.trigger_start, where[id(o)])
                    == (event.type, event.trigger_start, where[id(event)])
                ]  # fmt: skip
        elif item.type == "ASSAULT" and item.source:
            # قُتل 12 جندياً عراقياً في هجوم … وتبنّى التنظيم الهجوم: an attack with no
            # agent, in this sentence or the one before, is the one its claimant made.
            victims = [
                o.target for o, at in found[:position]
                if not o.source and o.type == "ASSAULT" and sentence - at <= 1 and not o.negated
            ]  # fmt: skip
            targets = victims
        elif item.type == "THREATEN" and item.source:
            # شنّت طائرات أميركية ضربات على أهداف للحوثيين … وحذّر بايدن من أنه «لن يتردد»
            # في إصدار أوامر بإجراءات إضافية: a warning aimed at no one named goes on from
            # its maker's own latest strike or seizure, in its sentence or the one before
            # (not a deployment or a suspended tie, which it may only warn of going on).
            mine = _state_of(item.source, sides)
            targets = [
                next((o.target for o, at in reversed(found[:position])
                      if o.type in _FORCE and o.target and not o.negated
                      and _state_of(o.source, sides) == mine and sentence - at <= 1), "")
            ]  # fmt: skip
        elif item.type == "CONCEDE" and item.source:
            # "Trump ordered tariffs on Colombian goods … Bogota backed down": a concession
            # with no object yields to the latest pressure put on its maker.
            targets = [_latest_against(earlier, item.source, _PRESSURE, sides)]
        elif item.type in {"REJECT", "AGREE"}:
            # (all who made it: "Egypt and Qatar urged Hamas to accept … Hamas agreed")
            asked = [o for o in earlier if o.type == "REQUEST" and o.target == item.source]
            targets = [
                o.source for o in asked if o.trigger_start == asked[-1].trigger_start
                and where[id(o)] == where[id(asked[-1])]
            ]  # fmt: skip
            if item.type == "AGREE" and not any(targets):
                # "The United States agreed to pull its troops out of Niger": with no demand
                # told, agreeing to withdraw or release is agreeing with whom it concerns.
                targets = [
                    next((o.target for o, at in found[position + 1 :]
                          if at == sentence and o.source == item.source and o.target
                          and o.type == "RETREAT" and not o.negated
                          and 0 < o.trigger_start - item.trigger_start <= 4), "")
                ]  # fmt: skip
            if item.type == "REJECT" and not any(targets):
                # "Hamas accepted an Egyptian-Qatari proposal, but Israel rejected the
                # terms": what another side just accepted, from those who offered it.
                accepted = next(
                    (o for o in reversed(earlier) if o.type == "AGREE"
                     and o.source != item.source and sentence - where[id(o)] <= 1),
                    None,
                )  # fmt: skip
                targets = [
                    o.target for o in earlier
                    if accepted is not None and o.type == "AGREE"
                    and (o.source, o.trigger_start) == (accepted.source, accepted.trigger_start)
                    and o.target != item.source
                ]  # fmt: skip
        if not any(targets) and item.about == "!" and item.source:
            # اتهمت حكومة طالبان باكستان بشنّ غارات …، وتوعّدت بالرد: a vow to retaliate
            # against no hit named backs up what its maker just said against whom.
            targets = [
                next((o.target for o, at in reversed(resolved)
                      if o.source == item.source and o.type in _OPPOSING and o.target
                      and at == sentence and not o.negated), "")
            ]  # fmt: skip
        if not any(targets) and item.about == "!" and item.source:
            # "The US approved an arms sale to Taiwan. China vowed countermeasures": with
            # no hit on it, the vow answers the latest act by another state just told.
            mine = _state_of(item.source, sides)
            targets = [
                next((o.source for o, at in reversed(found[:position])
                      if o.source and o.target and not o.negated and sentence - at <= 1
                      and _state_of(o.source, sides) != mine
                      and _state_of(o.target, sides) != mine), "")
            ]  # fmt: skip
        if not any(targets) and item.about == "!" and item.source:
            # "China vowed countermeasures after Washington imposed sanctions on Chinese
            # firms", توعّدت بالرد بعد أن فرضت: the hostile act its own sentence goes on to
            # tell (the first one after it, which is what is answered).
            later = [
                o for o, at in found[position + 1 :]
                if at == sentence and o.target and not o.negated
            ]  # fmt: skip
            targets = _makers_of_latest(later[::-1], item.source, _HOSTILE, sides)
        for target in dict.fromkeys(targets):
            if target and target != item.source:
                answered = replace(item, target=target, confidence=0.6, about="")
                resolved.append((answered, sentence))
    return resolved


# Acts that demand or order something of their target, which complying would meet.
_DEMANDING = {"REQUEST", "SANCTION", "COERCE", "THREATEN"}
# Acts a noun may name though typed otherwise: "condemned the deployment" of troops sent
# to help a government (an aid); "condemned the attack" on an embassy a crowd stormed (a
# protest) or on a ship seized (a coercion).
_TOLD_AS = {"MOBILIZE": {"MOBILIZE", "AID"}, "ASSAULT": {"ASSAULT", "PROTEST", "COERCE"}}


def _latest_against(
    earlier: list[Found], actor: str, kinds: set[str], sides: dict[str, str]
) -> str:
    """The maker of the latest act of ``kinds`` aimed at ``actor`` (or at its state: an
    act on IRN answers for IRN.IRGC), or "" if there is none."""
    makers = _makers_of_latest(earlier, actor, kinds, sides)
    return makers[0] if makers else ""


def _makers_of_latest(
    earlier: list[Found], actor: str, kinds: set[str], sides: dict[str, str]
) -> list[str]:
    """All who made the latest act of ``kinds`` aimed at ``actor``: "U.S. and British
    warplanes struck …" (the items one trigger gave stand together in ``earlier``)."""
    state = _state_of(actor, sides)
    at = next(
        (i for i in range(len(earlier) - 1, -1, -1)
         if earlier[i].type in kinds and earlier[i].source
         and _state_of(earlier[i].target, sides) == state),
        None,
    )  # fmt: skip
    if at is None:
        return []
    latest = earlier[at]
    run = [latest.source]
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(earlier) and (earlier[i].type, earlier[i].trigger_start) == (
            latest.type,
            latest.trigger_start,
        ):
            run.append(earlier[i].source)
            i += step
    return list(dict.fromkeys(key for key in run if key))


def _state_of(key: str, sides: dict[str, str]) -> str:
    """The actor ``key`` acts for, without its unit: yahya_saree -> HOUTHIS, IRN.IRGC -> IRN."""
    return sides.get(key, key).split(".")[0]


def _without_denied_claims(
    found: list[tuple[Found, int]], sides: dict[str, str]
) -> list[tuple[Found, int]]:
    """Drop an act someone reports of another that the other then denies: "Azerbaijan said
    Armenian units had fired on its positions … Armenia denied that its forces had opened
    fire" (the claim is Azerbaijan's accusation, the deed disputed)."""
    denied = {
        (_state_of(o.source, sides), o.type, at, o.trigger_start)
        for o, at in found
        if o.negated and o.source
    }
    if not denied:
        return found
    kept = []
    for item, at in found:
        claimed = (
            not item.negated
            and item.speaker
            and _state_of(item.speaker, sides) != _state_of(item.source, sides)
        )
        state = _state_of(item.source, sides)
        if claimed and any(
            (state, item.type) == (s, t)
            and (later > at or (later == at and start >= item.trigger_end))
            for s, t, later, start in denied
        ):
            continue  # (a denial after the claim, not the claim's own negated reading)
        kept.append((item, at))
    return kept

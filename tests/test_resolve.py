"""Mentions -> actors: every affiliation an actor points to is an actor of the result."""

from __future__ import annotations

from kg.model import Mention
from kg.resolve import resolve_mentions, side


def test_affiliations_are_followed_to_the_end(lexicon):
    # A militia leader -> his militia -> its state: the graph must hold all three.
    leader = next(
        actor for actor in lexicon.actors.values()
        if actor.actor_class == "Person" and actor.affiliation
        and lexicon.actors.get(actor.affiliation)
        and lexicon.actors[actor.affiliation].affiliation
    )  # fmt: skip
    actors = resolve_mentions([Mention("d", 0, 4, "name", leader.key)], lexicon, "en")
    keys = {actor.key for actor in actors}
    for actor in actors:
        assert actor.affiliation is None or actor.affiliation in keys, actor


def test_forms_seen_are_kept_per_language(lexicon):
    mentions = [Mention("d", 0, 5, "طهران", "IRN"), Mention("d", 9, 14, "إيران", "IRN")]
    (iran,) = resolve_mentions(mentions, lexicon, "ar")
    assert iran.forms_seen == (("ar", "إيران"), ("ar", "طهران"))


def test_officials_act_for_their_state_and_leaders_of_groups_for_the_group(lexicon):
    assert side(lexicon.actors["USA.PENTAGON"]) == "USA"
    assert side(lexicon.actors["IRN"]) == "IRN"
    assert side(lexicon.actors["ISIS"]) == "ISIS"


def test_a_reference_is_no_name_of_the_actor(lexicon):
    # "الحركة" refers back to Hamas: Hamas is an actor of the document, but "the
    # movement" is not one of its labels.
    from kg.extract import extract
    from kg.model import Document

    text = "قصفت إسرائيل مواقع لحركة حماس. وقالت الحركة إنها أطلقت صواريخ على إسرائيل."
    result = extract(Document("d", text, "ar"), lexicon)
    references = [m for m in result.mentions if m.reference]
    assert [(m.text, m.actor) for m in references] == [("الحركة", "HAMAS")]
    (hamas,) = [actor for actor in result.actors if actor.key == "HAMAS"]
    assert ("ar", "الحركة") not in hamas.forms_seen
    assert ("ar", "حركة حماس") in hamas.forms_seen


def test_what_a_titled_official_holds_is_no_name(lexicon):
    # After "the Egyptian president" come his calls, not his name: no person is made of
    # اتصالين هاتفيين, and the calls are Egypt's.
    from kg.extract import extract
    from kg.model import Document

    text = "أجرى الرئيس المصري اتصالين هاتفيين مع نظيريه الفرنسي والأميركي."
    result = extract(Document("d", text, "ar"), lexicon)
    assert [actor.key for actor in result.actors if actor.actor_class == "Person"] == []
    assert {(i.source, i.target) for i in result.interactions} >= {("EGY", "FRA"), ("EGY", "USA")}

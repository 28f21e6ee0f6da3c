"""Relation rules on short sentences written for each rule: scope of denials and failures."""

from __future__ import annotations

import pytest

from kg.evaluate import system_triples
from kg.extract import extract
from kg.model import Document


def _asserted_and_denied(text: str, lang: str, lexicon):
    extraction = extract(Document("t", text, lang), lexicon)
    keys = {actor.key: actor for actor in extraction.actors}
    from kg.resolve import side

    def triple(item):
        return (side(keys[item.source]), item.type, side(keys[item.target]))

    denied = {triple(item) for item in extraction.interactions if item.negated}
    return system_triples(extraction), denied


@pytest.mark.parametrize(
    ("text", "lang", "asserted", "denied"),
    [
        # A denial covers its complement and stops at the next clause.
        ("نفت إيران أن تكون زودت روسيا بالأسلحة، لكن أوكرانيا اتهمت طهران بالتواطؤ.", "ar",
         ("UKR", "ACCUSE", "IRN"), ("IRN", "AID", "RUS")),
        ("Tehran denied supplying drones to Moscow, but Kyiv accused Iran of complicity.", "en",
         ("UKR", "ACCUSE", "IRN"), ("IRN", "AID", "RUS")),
        # A failure covers what failed, not a statement made after it.
        ("فشلت مصر وإثيوبيا في التوصل إلى اتفاق، وأكدت قطر دعمها للسودان.", "ar",
         ("QAT", "SUPPORT", "SDN"), ("EGY", "AGREE", "ETH")),
    ],
)  # fmt: skip
def test_denial_and_failure_scope(text, lang, asserted, denied, lexicon):
    found, negated = _asserted_and_denied(text, lang, lexicon)
    assert asserted in found
    assert denied not in found
    assert denied in negated


@pytest.mark.parametrize(
    ("text", "lang", "follower"),
    [
        (
            "Saudi Arabia cut diplomatic ties with Iran on Sunday after a long meeting of the "
            "cabinet in Riyadh, the foreign ministry said in a statement carried by the state "
            "news agency. Bahrain followed suit.",
            "en",
            "suit",
        ),
        (
            "أعلنت وزارة الخارجية السعودية، مساء الأحد، بعد اجتماع طويل لمجلس الوزراء في "
            "الرياض، قطع العلاقات الدبلوماسية مع إيران. وحذت البحرين حذو الرياض.",
            "ar",
            "حذو",
        ),
    ],
)
def test_follower_copies_the_act_with_its_own_evidence(text, lang, follower, lexicon):
    """A follower's copy of the leader's act is told by the follower's own sentence: its
    trigger is the words of following, whatever the leader's sentence was (a copy once
    kept the leader's word positions and read past the end of a short sentence)."""
    extraction = extract(Document("t", text, lang), lexicon)
    copies = [i for i in extraction.interactions if i.source == "BHR"]
    assert [(i.type, i.target) for i in copies] == [("SANCTION", "IRN")]
    assert copies[0].trigger == follower


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("القاهرة – أدانت مصر الهجوم.", "القاهرة –"),
        ("بيروت (رويترز) - أدانت مصر الهجوم.", "بيروت (رويترز) -"),
        ("NEW DELHI (Reuters) - India condemned the attack.", "NEW DELHI (Reuters) -"),
        (  # a hyphen inside the place, and a region and a date after it
            "SHARM EL-SHEIKH, Egypt, March 29 (MENA) - Arab leaders met.",
            "SHARM EL-SHEIKH, Egypt, March 29 (MENA) -",
        ),
    ],
)
def test_a_wire_dateline_is_no_part_of_the_first_sentence(text, dateline, lexicon):
    lang = "en" if text.isascii() else "ar"
    extraction = extract(Document("t", text, lang), lexicon)
    start, end = extraction.sentences[0]
    assert text[start:end] == dateline


def test_an_arabic_dateline_opens_only_a_line(lexicon):
    # (inside a paragraph, two words and a dash are a clause: أدانت مصر - في بيان -)
    text = "وقع الهجوم ليلاً. أدانت مصر - في بيان - الهجوم."
    extraction = extract(Document("t", text, "ar"), lexicon)
    assert len(extraction.sentences) == 2


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("أصدر الرئيس السوري مرسوماً يقضي بالاعتراف باللغة الكردية.", "مرسوماً"),
        ("تظاهر آلاف الباكستانيين احتجاجاً على تصريحات للرئيس الفرنسي اعتبروها مسيئة.", "اعتبروها"),
    ],
)
def test_a_word_after_a_title_with_case_ending_or_object_is_no_name(text, not_a_name, lexicon):
    """Arabic has no capitals, so words right after a title are read as the holder's
    name; a noun with tanween or a verb with its object pronoun never is one."""
    extraction = extract(Document("t", text, "ar"), lexicon)
    named = [m.text for m in extraction.mentions if not_a_name in m.text]
    assert named == []


def test_a_capitalised_body_after_a_title_is_no_persons_name(lexicon):
    """English names are capitalised words after a title, but "Office" in "an official of
    Serbia's Office for Kosovo" names a body: the detained official stays Serbia's."""
    text = "Kosovo police detained a senior official of Serbia's Office for Kosovo on Sunday."
    extraction = extract(Document("t", text, "en"), lexicon)
    assert [m.actor for m in extraction.mentions if m.text.startswith("Office")] == []
    assert ("XKX", "COERCE", "SRB") in system_triples(extraction)

"""Scoring as GUIDELINES.md defines it: sets per record, micro-averaged, three levels, negation."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.evaluate import (
    Count,
    GoldRecord,
    Score,
    _project,
    evaluate,
    guideline_key,
    parse_gold_line,
    read_gold,
    score_record,
)
from kg.model import Actor


def gold_file(path, records):
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def record(id, text, triples=(), optional=(), negated=(), lang="en"):
    return GoldRecord(id, lang, text, frozenset(triples), frozenset(optional), frozenset(negated))


# --- projection -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        ("type", {("IRN", "ACCUSE", "ISR"), ("IRN", "THREATEN", "ISR"), ("USA", "AID", "IRQ")}),
        ("quad", {("IRN", "VerbalConflict", "ISR"), ("USA", "MaterialCooperation", "IRQ")}),
        ("dyad", {("IRN", "ISR"), ("USA", "IRQ")}),
    ],
)
def test_project(level, expected):
    triples = [("IRN", "ACCUSE", "ISR"), ("IRN", "THREATEN", "ISR"), ("USA", "AID", "IRQ")]
    assert _project(triples, level) == expected


def test_project_unknown_level():
    with pytest.raises(ValueError, match="unknown level"):
        _project([], "actor")


# --- counting, on known system output -------------------------------------------------------------


def test_micro_average_over_records():
    score = Score()
    score_record(score, record("a", "", [("IRN", "ACCUSE", "ISR")]), {("IRN", "ACCUSE", "ISR")})
    score_record(
        score,
        record(
            "b",
            "",
            [("CHN", "ACCUSE", "JPN"), ("TUR", "REJECT", "SYR"), ("EGY", "CONSULT", "ISR")],
            optional=[("RUS", "SUPPORT", "SYR")],
        ),
        {("CHN", "ACCUSE", "JPN"), ("TUR", "THREATEN", "SYR"), ("RUS", "SUPPORT", "SYR")},
    )
    assert score.records == 2
    assert score.levels["type"] == Count(tp=2, fp=1, fn=2)
    assert score.levels["quad"] == Count(tp=3, fp=0, fn=1)  # THREATEN ~ REJECT: verbal conflict
    assert score.levels["dyad"] == Count(tp=3, fp=0, fn=1)
    typed = score.levels["type"]
    # micro: pooled counts (2/3, 2/4); a macro average would give P (1 + 1/2) / 2 = 0.75
    assert typed.precision == pytest.approx(2 / 3)
    assert typed.recall == pytest.approx(0.5)
    assert typed.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


def test_duplicates_count_once_and_empty_counts_are_zero():
    score = Score()
    score_record(score, record("a", "", []), [("IRN", "ACCUSE", "ISR")] * 3)
    assert score.levels["type"] == Count(tp=0, fp=1, fn=0)
    assert (Count().precision, Count().recall, Count().f1) == (0.0, 0.0, 0.0)


def test_negated_triple_asserted_is_a_false_positive_and_a_negation_error():
    score = Score()
    errors = score_record(
        score,
        record("n", "", [("EGY", "CONSULT", "JOR")], negated=[("IRN", "ACCUSE", "ISR")]),
        {("EGY", "CONSULT", "JOR"), ("IRN", "ACCUSE", "ISR")},
    )
    assert score.levels["type"] == Count(tp=1, fp=1, fn=0)
    assert score.negated_as_asserted == 1
    assert errors.negated_as_asserted == [("IRN", "ACCUSE", "ISR")]
    assert errors.extra == [] and errors.missing == []


def test_guideline_key_projects_officials_and_bodies_on_their_state():
    assert guideline_key(Actor("USA.PENTAGON", "GovernmentBody", country="USA")) == "USA"
    assert guideline_key(Actor("abbas_araghchi", "Person", country="IRN")) == "IRN"
    assert guideline_key(Actor("HAMAS", "ArmedGroup")) == "HAMAS"
    assert guideline_key(Actor("FRA", "State", country="FRA")) == "FRA"


# --- end to end, through the real extractor -------------------------------------------------------
# The system output of these sentences was checked by running the extractor:
# "Iran condemned Israel." -> IRN ACCUSE ISR; "China criticized Japan." -> CHN ACCUSE JPN;
# "Turkey threatened Syria." -> TUR THREATEN SYR; "Egypt did not meet Israel." -> negated only.

GOLD = [
    {"id": "g1", "lang": "en", "text": "Iran condemned Israel.",
     "triples": [["IRN", "ACCUSE", "ISR"]]},
    {"id": "g2", "lang": "en", "text": "China criticized Japan. Turkey threatened Syria.",
     "triples": [["CHN", "ACCUSE", "JPN"], ["TUR", "REJECT", "SYR"], ["EGY", "AID", "SYR"]]},
    {"id": "g3", "lang": "en", "text": "Egypt did not meet Israel.",
     "triples": [], "negated": [["EGY", "CONSULT", "ISR"]]},
    {"id": "g4", "lang": "ar", "text": "أدانت إيران إسرائيل.",
     "triples": [], "negated": [["IRN", "ACCUSE", "ISR"]]},
]  # fmt: skip


@pytest.fixture(scope="module")
def score(lexicon, tmp_path_factory):
    path = gold_file(tmp_path_factory.mktemp("gold") / "gold.jsonl", GOLD)
    return evaluate(read_gold(path), lexicon)


def test_evaluate_end_to_end(score):
    assert score.records == 4
    # g1: tp 1. g2: tp CHN, fp TUR THREATEN, fn TUR REJECT + EGY AID. g3: nothing asserted.
    # g4: IRN ACCUSE ISR asserted though gold denies it -> fp and a negation error.
    assert score.levels["type"] == Count(tp=2, fp=2, fn=2)
    assert score.levels["quad"] == Count(tp=3, fp=1, fn=1)
    assert score.levels["dyad"] == Count(tp=3, fp=1, fn=1)
    assert score.negated_as_asserted == 1


def test_evaluate_lists_each_records_errors(score):
    errors = {item.id: item for item in score.errors}
    assert errors["g1"].missing == errors["g1"].extra == []
    assert errors["g2"].missing == [("EGY", "AID", "SYR"), ("TUR", "REJECT", "SYR")]
    assert errors["g2"].extra == [("TUR", "THREATEN", "SYR")]
    assert errors["g3"].negated_as_asserted == []  # the extractor saw the negation
    assert errors["g4"].negated_as_asserted == [("IRN", "ACCUSE", "ISR")]


# --- reading gold files ---------------------------------------------------------------------------


def test_read_gold_defaults(tmp_path):
    path = gold_file(tmp_path / "mine.jsonl", [{"text": "أدانت إيران إسرائيل."}])
    (only,) = read_gold(path)
    assert (only.id, only.lang) == ("mine-1", "ar")
    assert only.triples == only.optional == only.negated == frozenset()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "x", "triples": [["IRN", "ACCUSE"]]}', r'"triples"\[0\] is \["IRN", "ACCUSE"\]'),
        ('{"text": "x", "triples": [["IRN", "SCOLD", "ISR"]]}', "unknown type 'SCOLD'"),
        ('{"text": "x", "optional": "IRN ACCUSE ISR"}', '"optional" must be a list'),
        ('{"triples": []}', 'no "text" string'),
        ('["text"]', "not a JSON object"),
        ('{"text": "x",}', "invalid JSON"),
    ],
)
def test_bad_gold_lines_name_file_and_line(line, message):
    with pytest.raises(InputError, match=message) as info:
        parse_gold_line(line, "gold.jsonl:7", "gold-7")
    assert str(info.value).startswith("gold.jsonl:7: ")


def test_read_gold_errors(tmp_path):
    (tmp_path / "empty.jsonl").write_text("\n\n")
    with pytest.raises(InputError, match="no gold records"):
        read_gold(tmp_path / "empty.jsonl")
    with pytest.raises(InputError, match="cannot read"):
        read_gold(tmp_path)


def test_groups_outside_the_guidelines_are_scored_only_when_the_gold_names_them(tmp_path):
    # The RSF is in kg's lexicon but not among the guidelines' keys: a gold set that
    # never names it does not count kg's RSF triple against it; one that does, does.
    text = "Sudan's army bombed Rapid Support Forces positions in Khartoum."
    plain = tmp_path / "plain.jsonl"
    plain.write_text(
        json.dumps({"id": "a", "lang": "en", "text": text, "triples": [], "negated": []}) + "\n",
        encoding="utf-8",
    )
    named = tmp_path / "named.jsonl"
    gold = {"id": "b", "lang": "en", "text": text, "triples": [["SDN", "ASSAULT", "RSF"]],
            "negated": []}  # fmt: skip
    named.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    assert evaluate(read_gold(plain)).levels["type"].fp == 0
    assert evaluate(read_gold(named)).levels["type"].tp == 1

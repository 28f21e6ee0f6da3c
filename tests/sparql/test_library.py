"""The query library: every file is documented, parameterised and answers on the sample graph."""

from __future__ import annotations

import re

import pytest

from kg.errors import QueryError
from kg.sparql.library import library, prepare
from kg.sparql.query import run_query

EXPECTED = {
    "who-did-what",
    "actor",
    "dyads",
    "cooperation-conflict",
    "types-per-month",
    "evidence",
    "affiliated",
    "statements",
}


def rows(store, name, **params):
    result = run_query(store, prepare(name, params))
    return [
        {v: (None if t is None else t.value) for v, t in zip(result.variables, row, strict=True)}
        for row in result.rows
    ]


def test_the_library_has_every_question():
    assert set(library()) == EXPECTED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_query_is_documented_and_has_its_placeholders(name, sample_store):
    query = library()[name]
    assert len(query.summary) > 20 and query.description
    for param in query.params:
        assert param.description
        assert re.search(r"VALUES\s+\?" + param.name + r"\s*\{\s*UNDEF\s*\}", query.text)
    run_query(sample_store, prepare(name))  # runs with every parameter left out


def test_unknown_names_and_params_are_errors():
    with pytest.raises(QueryError, match="choose one of"):
        prepare("nope")
    with pytest.raises(QueryError, match="its parameters: type, lang"):
        prepare("who-did-what", {"actor": "IRN"})


def test_who_did_what_to_whom(sample_store):
    found = rows(sample_store, "who-did-what", type="ASSAULT")
    assert [(r["source"], r["target"], r["interactions"]) for r in found] == [
        ("COALITION", "ISIS", "2"),
        ("USA", "ISIS", "1"),
    ]
    arabic = rows(sample_store, "who-did-what", type="ASSAULT", lang="ar")
    assert arabic[0]["source_label"] == "التحالف الدولي"


def test_negated_interactions_make_no_answer(sample_store):
    assert rows(sample_store, "who-did-what", type="AGREE") == []


def test_everything_about_one_actor_in_both_languages(sample_store):
    found = rows(sample_store, "actor", actor="IRN")
    labels = {r["value"] for r in found if r["relation"].endswith("#prefLabel")}
    assert labels == {"Iran", "إيران"}
    did = {
        (r["relation"].rsplit("#")[-1], r["value_en"], r["value_ar"])
        for r in found
        if r["section"] == "did"
    }
    assert ("REJECT", "international coalition", "التحالف الدولي") in did
    assert not any(r["relation"].endswith("#AGREE") for r in found)  # negated
    received = {r["relation"].rsplit("#")[-1] for r in found if r["section"] == "received"}
    assert received == {"CONSULT", "REQUEST"}


def test_most_active_dyads(sample_store):
    found = rows(sample_store, "dyads")
    top = {(r["actor_a"], r["actor_b"]): r for r in found[:2]}
    assert set(top) == {("COALITION", "ISIS"), ("IRN", "USA")}
    assert (top["IRN", "USA"]["a_to_b"], top["IRN", "USA"]["b_to_a"]) == ("1", "1")
    with_isis = rows(sample_store, "dyads", actor="ISIS")
    assert len(with_isis) == 3
    assert all("ISIS" in (r["actor_a"], r["actor_b"]) for r in with_isis)


def test_cooperation_vs_conflict(sample_store):
    found = {(r["actor_a"], r["actor_b"]): r for r in rows(sample_store, "cooperation-conflict")}
    iran_us = found["IRN", "USA"]
    assert (iran_us["cooperation"], iran_us["conflict"], iran_us["interactions"]) == ("1", "1", "2")
    assert float(iran_us["balance"]) == 0
    assert float(found["COALITION", "ISIS"]["balance"]) == -1
    assert found["COALITION", "ISIS"]["material_conflict"] == "2"


def test_interactions_per_type_per_month(sample_store):
    found = {
        (r["month"], r["type"]): r["interactions"] for r in rows(sample_store, "types-per-month")
    }
    assert found["2014-09", "REJECT"] == "1"
    assert found["undated", "ASSAULT"] == "3"  # a plain-literal date is not a month
    assault = rows(sample_store, "types-per-month", type="ASSAULT")
    assert {r["type"] for r in assault} == {"ASSAULT"}


def test_evidence_behind_one_triple(sample_store):
    found = rows(sample_store, "evidence", source="COALITION", type="ASSAULT", target="ISIS")
    assert len(found) == 2 and {r["negated"] for r in found} == {"false"}
    negated = rows(sample_store, "evidence", source="IRN", type="AGREE", target="USA")
    assert [r["negated"] for r in negated] == ["true"]
    speech = rows(sample_store, "evidence", source="IRN", type="SUPPORT", target="IRQ")
    assert speech[0]["speaker"] == "ali_shamkhani" and speech[0]["date"] == "2014-09-15"


def test_actors_affiliated_with_a_state(sample_store):
    assert [r["actor"] for r in rows(sample_store, "affiliated", state="USA")] == ["USA.PENTAGON"]
    assert [r["actor"] for r in rows(sample_store, "affiliated", state="IRN")] == ["ali_shamkhani"]


def test_statements_attributed_to_a_person(sample_store):
    found = rows(sample_store, "statements", person="ali_shamkhani")
    assert [(r["how"], r["source"], r["type"], r["target"]) for r in found] == [
        ("reported speech", "IRN", "SUPPORT", "IRQ")
    ]
    nasrallah = rows(sample_store, "statements", person="hassan_nasrallah")
    assert [(r["how"], r["type"]) for r in nasrallah] == [("as source", "THREATEN")]

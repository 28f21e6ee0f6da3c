"""kg.viewer.data: reading the RDF contract, aggregating, cutting."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.viewer.data import cut, find_actor, majority_language, normalize_name, read_view

DIRECT = """
SELECT (COUNT(*) AS ?n) WHERE {
  SELECT DISTINCT ?s ?type ?t WHERE {
    ?i a pakg:Interaction ; pakg:source ?s ; pakg:target ?t ; pakg:eventType ?type .
    FILTER NOT EXISTS { ?i pakg:negated true }
  }
}"""
ACTORS = """
SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {
  ?i a pakg:Interaction ; pakg:source|pakg:target ?a .
  FILTER NOT EXISTS { ?i pakg:negated true }
}"""
NS = {"pakg": "https://w3id.org/pakg/ont#"}


def sparql_count(graph, query):
    return int(next(iter(graph.query(query, initNs=NS)))[0])


def test_edges_and_actors_match_an_independent_sparql_count(sample_graph):
    view = read_view(sample_graph)
    assert len(view.edges) == sparql_count(sample_graph, DIRECT)
    assert len(view.drawn_actors()) == sparql_count(sample_graph, ACTORS)


def test_negated_interactions_are_counted_not_drawn(sample_graph):
    view = read_view(sample_graph)
    assert view.negated == 1
    drawn = {i for edge in view.edges for i in edge.interactions}
    assert all(not view.interactions[i].negated for i in drawn)


def test_an_assault_reported_twice_is_one_edge_of_count_two(sample_graph):
    view = read_view(sample_graph)
    edge = next(
        e for e in view.edges if (e.source, e.type, e.target) == ("COALITION", "ASSAULT", "ISIS")
    )
    assert edge.count == 2
    assert edge.quad_class == "MaterialConflict"


def test_trigger_offsets_point_into_the_sentence(sample_graph):
    view = read_view(sample_graph)
    placed = [r for r in view.interactions if r.trigger_start >= 0]
    assert placed, "no trigger could be placed"
    for record in placed:
        assert record.sentence[record.trigger_start : record.trigger_end] == record.trigger


def test_documents_keep_title_date_url(sample_graph):
    doc = read_view(sample_graph).documents["001_5b2e0c4a9d71f3e8"]
    assert doc.date == "2014-09-15"
    assert doc.url.startswith("https://")
    assert doc.title and doc.lang == "ar"


def test_majority_language_of_the_sample_is_arabic(sample_graph):
    assert majority_language(read_view(sample_graph)) == "ar"


@pytest.mark.parametrize(
    "name",
    ["IRN", "Iran", "إيران", "طهران", "الايرانية", "  iran "],
)
def test_find_actor_by_key_label_or_alias(sample_graph, name):
    assert find_actor(read_view(sample_graph), name) == "IRN"


def test_unknown_ego_lists_close_matches(sample_graph):
    with pytest.raises(InputError, match="Iran") as info:
        find_actor(read_view(sample_graph), "Irann")
    assert "--ego" in str(info.value)


def test_cut_by_type_and_min_count(sample_graph):
    view = read_view(sample_graph)
    assert {e.type for e in cut(view, types=["assault"]).edges} == {"ASSAULT"}
    assert all(e.count >= 2 for e in cut(view, min_count=2).edges)
    assert cut(view, min_count=2).edges


def test_cut_ego_depth(sample_graph):
    view = read_view(sample_graph)
    one = cut(view, ego="داعش", depth=1)
    assert "ISIS" in one.drawn_actors()
    assert all("ISIS" in (e.source, e.target) for e in one.edges)
    two = cut(view, ego="ISIS", depth=2)
    assert set(one.drawn_actors()) < set(two.drawn_actors())
    assert cut(view, ego="ISIS", depth=0).drawn_actors() == ["ISIS"]


def test_cut_rejects_unknown_types(sample_graph):
    with pytest.raises(InputError, match="FOO"):
        cut(read_view(sample_graph), types=["FOO"])


def test_normalize_name_folds_arabic_spellings():
    assert normalize_name("إيران") == normalize_name("ايران")
    assert normalize_name("القاعدة") == normalize_name("القاعده")

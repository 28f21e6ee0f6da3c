"""Loading graphs into Oxigraph, converting to rdflib and writing Turtle."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.errors import InputError
from kg.sparql.store import from_rdflib, load_store, open_store, to_rdflib, write_turtle


def test_load_store_reads_every_triple(sample_path):
    reference = rdflib.Graph().parse(sample_path, format="turtle")
    assert len(load_store(sample_path)) == len(reference)


def test_to_rdflib_matches_rdflib_parse(sample_path, sample_store):
    reference = rdflib.Graph().parse(sample_path, format="turtle")
    assert isomorphic(to_rdflib(sample_store), reference)


def test_from_rdflib_round_trip(sample_path):
    reference = rdflib.Graph().parse(sample_path, format="turtle")
    assert isomorphic(to_rdflib(from_rdflib(reference)), reference)


@pytest.mark.parametrize("source", ["store", "rdflib"])
def test_write_turtle_round_trips_with_prefixes(tmp_path, sample_path, sample_store, source):
    reference = rdflib.Graph().parse(sample_path, format="turtle")
    graph = sample_store if source == "store" else reference
    out = write_turtle(graph, tmp_path / "out" / "graph.ttl")
    text = out.read_text(encoding="utf-8")
    for prefix in ("pakg", "actor", "interaction", "skos", "prov", "dcterms", "xsd"):
        assert f"@prefix {prefix}: " in text
    assert "pakg:actorKey" in text and "actor:IRN" in text and "\\/" not in text
    assert isomorphic(rdflib.Graph().parse(out, format="turtle"), reference)
    assert not list(out.parent.glob(".*.tmp"))


def test_missing_graph_names_the_next_step(tmp_path):
    with pytest.raises(InputError, match="kg build"):
        load_store(tmp_path / "nope.ttl")


def test_bad_turtle_gives_line_and_column(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix pakg: <https://w3id.org/pakg/ont#> .\npakg:a pakg:b .\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"bad\.ttl: not valid Turtle at line 2, column \d+"):
        load_store(bad)


def test_store_directory_is_filled_then_reused(tmp_path, sample_path, sample_store):
    directory = tmp_path / "store"
    filled = open_store(sample_path, directory)
    assert len(filled) == len(sample_store)
    del filled
    reused = open_store(store_dir=directory, read_only=True)
    assert len(reused) == len(sample_store)
    with pytest.raises(RuntimeError):
        reused.add(
            ox.Quad(
                ox.NamedNode("http://a.example/"),
                ox.NamedNode("http://b.example/"),
                ox.Literal("c"),
            )
        )


def test_empty_directory_is_not_a_store(tmp_path):
    with pytest.raises(InputError, match="not an Oxigraph store"):
        open_store(store_dir=tmp_path)

"""Shared fixtures for the RDF tests: the ontology, the shapes, the sample graph."""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph
from rdflib.namespace import SH

SAMPLE_GRAPH = Path(__file__).parents[1] / "data" / "sample_graph.ttl"


def _package_graph(name: str) -> Graph:
    text = files("kg.ontology").joinpath(name).read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


@pytest.fixture(scope="session")
def ontology() -> Graph:
    """kg/ontology/pakg.ttl, read as package data."""
    return _package_graph("pakg.ttl")


@pytest.fixture(scope="session")
def shapes() -> Graph:
    """kg/ontology/shapes.ttl, read as package data."""
    return _package_graph("shapes.ttl")


@pytest.fixture(scope="session")
def sample_graph() -> Graph:
    """tests/data/sample_graph.ttl, the hand-written fixture graph."""
    return Graph().parse(SAMPLE_GRAPH, format="turtle")


@pytest.fixture(scope="session")
def validate(shapes: Graph, ontology: Graph) -> Callable[..., tuple[bool, set[str]]]:
    """Validate a graph against shapes.ttl; return (conforms, result messages).

    ``with_ontology=True`` passes pakg.ttl as ``ont_graph`` with RDFS inference,
    as a consumer with the ontology would; the default validates the data alone.
    """

    def run(data: Graph, with_ontology: bool = False) -> tuple[bool, set[str]]:
        options = {"ont_graph": ontology, "inference": "rdfs"} if with_ontology else {}
        conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, **options)
        messages = {str(m) for m in report.objects(None, SH.resultMessage)}
        return bool(conforms), messages

    return run

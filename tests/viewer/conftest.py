"""Fixtures for the viewer's tests: small graphs, a 5,000-actor graph, headless Chromium."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rdflib import Graph

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "data" / "sample_graph.ttl"
HOSTILE = Path(__file__).with_name("hostile.ttl")
SCALE_ACTORS, SCALE_EDGES = 5000, 20000


@pytest.fixture(scope="session")
def sample_graph() -> Graph:
    return Graph().parse(SAMPLE, format="turtle")


@pytest.fixture(scope="session")
def hostile_graph() -> Graph:
    """The sample graph plus an actor and an article that carry markup."""
    graph = Graph().parse(SAMPLE, format="turtle")
    return graph.parse(HOSTILE, format="turtle")


@pytest.fixture(scope="session")
def chromium():
    """A headless Chromium; skipped with a reason where none is installed, never under CI."""
    from tools.chromium import Browser, find_chromium

    if find_chromium() is None:
        reason = "chromium is not installed (apt-get install chromium): browser tests not run"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    with Browser() as browser:
        yield browser


@pytest.fixture(scope="session")
def scale_html(tmp_path_factory) -> Path:
    """The page for a generated graph of 5,000 actors and 20,000 edges."""
    from kg.viewer import write_html
    from tools.synthetic_graph import synthetic_graph

    graph = synthetic_graph(SCALE_ACTORS, SCALE_EDGES)
    return write_html(graph, tmp_path_factory.mktemp("scale") / "graph.html")

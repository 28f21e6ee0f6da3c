"""Fixtures for the SPARQL tests: the sample graph as a store, and a live endpoint."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.sparql import ServerConfig, SparqlServer, load_store

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample_graph.ttl"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_store():
    return load_store(SAMPLE)


@pytest.fixture(scope="module")
def endpoint():
    """The sample graph served on a free loopback port: short timeout, small row limit."""
    config = ServerConfig(port=0, timeout=2.0, max_rows=5, workers=2)
    server = SparqlServer(load_store(SAMPLE), config=config, quiet=True)
    server.start()
    yield server
    server.close()

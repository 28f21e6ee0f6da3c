"""Session fixtures shared by kg's tests: pipelines, the lexicon, and one real build of seeds/."""

from __future__ import annotations

import io
import json
from importlib.resources import files
from pathlib import Path

import pytest

from kg.lang import nlp
from kg.lexicon import load_lexicon

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED_EVAL = REPO.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def nlp_ar():
    return nlp("ar")


@pytest.fixture(scope="session")
def nlp_en():
    return nlp("en")


@pytest.fixture(scope="session")
def lexicon():
    return load_lexicon()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """One `kg build seeds/` into a temporary directory: (out_dir, summary)."""
    from kg.build import build

    out = tmp_path_factory.mktemp("seed_build")
    summary = build([str(SEEDS)], out)
    return out, summary


class JsonlStream(io.RawIOBase):
    """A binary stream that makes JSON Lines records on demand and counts those handed out.

    Reading it through ``io.BufferedReader`` shows how far a reader got: ``made``
    stays small when a consumer is lazy.
    """

    def __init__(self, lines: int, text: str = "Iran condemned Israel, day {n}."):
        self.total = lines
        self.text = text
        self.made = 0
        self.pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self.pending and self.made < self.total:
            self.made += 1
            record = {"id": f"n{self.made}", "text": self.text.format(n=self.made)}
            self.pending = (json.dumps(record) + "\n").encode("utf-8")
        size = min(len(buffer), len(self.pending))
        buffer[:size], self.pending = self.pending[:size], self.pending[size:]
        return size


@pytest.fixture
def jsonl_stream():
    """Factory: ``jsonl_stream(n)`` -> (buffered binary stream of n JSONL records, counter)."""

    def make(lines: int, text: str = "Iran condemned Israel, day {n}."):
        raw = JsonlStream(lines, text)
        return io.BufferedReader(raw), raw

    return make


@pytest.fixture(scope="session")
def shacl_validate():
    """Validate a graph against kg/ontology/shapes.ttl: (conforms, report text)."""
    import pyshacl
    from rdflib import Graph

    text = files("kg.ontology").joinpath("shapes.ttl").read_text(encoding="utf-8")
    shapes = Graph().parse(data=text, format="turtle")

    def run(data) -> tuple[bool, str]:
        conforms, _, report = pyshacl.validate(data, shacl_graph=shapes)
        return bool(conforms), report

    return run

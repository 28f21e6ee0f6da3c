"""Session fixtures shared by kg's tests: pipelines, the lexicon, and one real build of seeds/."""

from __future__ import annotations

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

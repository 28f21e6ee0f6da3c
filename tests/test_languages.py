"""Language detection: each document of a mixed directory goes to its own pipeline."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.build import build
from kg.lang import detect
from kg.rdf.iri import actor_iri
from kg.rdf.namespace import PAKG


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أدانت الخارجية المصرية الهجوم على السفارة", "ar"),
        ("Egypt's foreign ministry condemned the attack", "en"),
        # A mostly Arabic article quoting an English name is Arabic, and the reverse.
        ("قال جون كيري إن واشنطن (Washington) لن تتراجع", "ar"),
        ("The sign read «لا للحرب» outside the embassy in Cairo", "en"),
    ],
)
def test_detect_by_script(text, lang):
    assert detect(text) == lang


def test_a_mixed_directory_extracts_each_language_with_its_rules(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "ar.txt").write_text("رفضت طهران الطلب الأميركي.", encoding="utf-8")
    (news / "en.txt").write_text("Turkey condemned Israel on Monday.", encoding="utf-8")
    summary = build([str(news)], tmp_path / "out", html=False)
    assert summary.languages == {"ar": 1, "en": 1}
    graph = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    assert (actor_iri("IRN"), PAKG.rejects, actor_iri("USA")) in graph
    assert (actor_iri("TUR"), PAKG.accuses, actor_iri("ISR")) in graph

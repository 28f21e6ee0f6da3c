"""build(): the graph it writes (parsed back, SHACL-valid), its summary, atomic and lazy I/O."""

from __future__ import annotations

import errno
import json
import os

import pytest
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV

from kg.build import build, build_documents, prepare_out_dir
from kg.errors import InputError, OutputError
from kg.model import Document
from kg.rdf.iri import actor_iri, document_iri
from kg.rdf.namespace import PAKG

RECORDS = [
    {
        "id": "en-1",
        "lang": "en",
        "text": "Iran condemned Israel. China criticized Japan.",
        "title": "Tehran condemns",
        "date": "2024-03-02",
        "url": "https://example.org/news/1",
        "source": "Example Wire",
    },
    {
        "id": "en-2",
        "text": "Egypt did not meet Israel. Turkey threatened Syria.",
        "date": "March 2024",
        "source": "Desk",
    },
    {
        "id": "ar-1",
        "lang": "ar",
        "text": "أدانت إيران إسرائيل. دعمت روسيا سوريا.",
        "title": "طهران تدين",
        "url": "https://example.org/ar/1",
    },
]


def write_records(path, records=RECORDS):
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def interactions(graph: Graph) -> set[URIRef]:
    return set(graph.subjects(RDF.type, PAKG.Interaction))


def actors(graph: Graph) -> set[URIRef]:
    return set(graph.subjects(PAKG.actorKey, None))


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    """A build of RECORDS (English + Arabic, with metadata): (graph, summary, out_dir)."""
    root = tmp_path_factory.mktemp("corpus")
    out = root / "out"
    summary = build([str(write_records(root / "news.jsonl"))], out, html=False)
    return Graph().parse(out / "graph.ttl", format="turtle"), summary, out


# --- the seed build -------------------------------------------------------------------------------


def test_seed_build_writes_a_valid_graph_and_page(seed_build, shacl_validate):
    out, summary = seed_build
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    conforms, report = shacl_validate(graph)
    assert conforms, report
    assert (out / "graph.html").stat().st_size > 0
    assert summary.documents == 1 and summary.sentences > 1
    assert len(interactions(graph)) == summary.interactions + summary.negated
    assert summary.interactions == sum(summary.types.values()) > 0
    assert len(actors(graph)) == summary.actors
    assert [p.name for p in summary.outputs] == ["graph.ttl", "graph.html"]
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


# --- a small English + Arabic corpus ---------------------------------------------------------


def test_corpus_graph_conforms_to_the_shapes(corpus_build, shacl_validate):
    graph, _, _ = corpus_build
    conforms, report = shacl_validate(graph)
    assert conforms, report


def test_summary_counts(corpus_build):
    _, summary, _ = corpus_build
    assert summary.documents == 3
    assert dict(summary.languages) == {"en": 2, "ar": 1}
    assert summary.sentences == 6
    assert summary.types["ACCUSE"] == 3  # Iran (twice, one per language) and China
    assert summary.negated >= 1  # Egypt did not meet Israel
    assert summary.warnings == [] and summary.skipped == 0


def test_document_metadata_triples(corpus_build):
    graph, _, _ = corpus_build
    en1, en2, ar1 = (document_iri(i) for i in ("en-1", "en-2", "ar-1"))
    assert (en1, RDF.type, PAKG.Document) in graph
    assert graph.value(en1, DCTERMS.identifier) == Literal("en-1")
    assert graph.value(en1, DCTERMS.language) == Literal("en")
    assert graph.value(en1, DCTERMS.title) == Literal("Tehran condemns", lang="en")
    assert graph.value(en1, DCTERMS.date) == Literal("2024-03-02", datatype=XSD.date)
    assert graph.value(en1, DCTERMS.source) == URIRef("https://example.org/news/1")
    assert graph.value(en1, DCTERMS.publisher) == Literal("Example Wire")
    assert graph.value(en2, DCTERMS.date) == Literal("March 2024")  # not ISO: a plain literal
    assert graph.value(en2, DCTERMS.title) is None
    assert graph.value(ar1, DCTERMS.language) == Literal("ar")
    assert graph.value(ar1, DCTERMS.title) == Literal("طهران تدين", lang="ar")
    assert graph.value(ar1, DCTERMS.publisher) is None


def test_interactions_point_to_their_document_and_evidence(corpus_build):
    graph, _, _ = corpus_build
    texts = {r["id"]: r["text"] for r in RECORDS}
    for node in interactions(graph):
        doc = graph.value(node, PROV.wasDerivedFrom)
        doc_id = str(graph.value(doc, DCTERMS.identifier))
        start, end = int(graph.value(node, PAKG.charStart)), int(graph.value(node, PAKG.charEnd))
        assert str(graph.value(node, PAKG.evidence)) == texts[doc_id][start:end]
        t0, t1 = int(graph.value(node, PAKG.triggerStart)), int(graph.value(node, PAKG.triggerEnd))
        assert str(graph.value(node, PAKG.trigger)) == texts[doc_id][t0:t1]


def test_direct_triples_for_asserted_interactions_only(corpus_build):
    graph, _, _ = corpus_build
    iran, israel, egypt = actor_iri("IRN"), actor_iri("ISR"), actor_iri("EGY")
    assert (iran, PAKG.accuses, israel) in graph
    negated = [n for n in interactions(graph) if graph.value(n, PAKG.negated).toPython() is True]
    assert negated, "Egypt did not meet Israel: a negated CONSULT is written"
    for node in negated:
        source, target = graph.value(node, PAKG.source), graph.value(node, PAKG.target)
        prop = graph.value(graph.value(node, PAKG.eventType), PAKG.directProperty)
        asserted_elsewhere = any(
            graph.value(other, PAKG.negated).toPython() is False
            and graph.value(other, PAKG.source) == source
            and graph.value(other, PAKG.target) == target
            and graph.value(other, PAKG.eventType) == graph.value(node, PAKG.eventType)
            for other in interactions(graph)
        )
        assert asserted_elsewhere or (source, prop, target) not in graph
    assert (egypt, PAKG.consults, israel) not in graph


def test_iris_are_stable_across_builds(corpus_build, tmp_path):
    graph, _, _ = corpus_build
    again = build([str(write_records(tmp_path / "news.jsonl"))], tmp_path / "out", html=False)
    second = Graph().parse(again.outputs[0], format="turtle")
    assert actors(second) == actors(graph)
    assert interactions(second) == interactions(graph)
    assert isomorphic(second, graph)


# --- laziness ---------------------------------------------------------------------------------


class Stop(Exception):
    pass


def test_build_consumes_a_stream_of_10000_documents_lazily(jsonl_stream, tmp_path):
    stream, counter = jsonl_stream(10_000)
    done = []

    def progress(documents: int) -> None:
        done.append((documents, counter.made))
        raise Stop  # interrupt after the first extracted document

    with pytest.raises(Stop):
        build(["-"], tmp_path, stdin=stream, html=False, progress=progress)
    documents, read = done[0]
    assert documents == 1 and read < 10_000
    assert list(tmp_path.iterdir()) == []  # interrupted: nothing written


def test_build_documents_takes_any_iterable(tmp_path):
    def generate():
        for n in range(200):
            yield Document(f"g{n}", f"China criticized Japan on day {n}.", "en")

    summary = build_documents(generate(), tmp_path, html=False)
    assert summary.documents == 200 and summary.types == {"ACCUSE": 200}


# --- atomic output and output errors --------------------------------------------------------------


def failing_fdopen(real):
    """os.fdopen whose files write half of what they are given, then fail as a full disk would."""

    class HalfWriter:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(data[: len(data) // 2])
            self.handle.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    return lambda fd, mode="r", *a, **k: HalfWriter(real(fd, mode, *a, **k))


def test_failed_write_leaves_no_partial_file_and_no_temp(tmp_path, monkeypatch):
    source = write_records(tmp_path / "news.jsonl", RECORDS[:1])
    out = tmp_path / "out"
    monkeypatch.setattr(os, "fdopen", failing_fdopen(os.fdopen))
    with pytest.raises(OutputError, match=r"graph.ttl: cannot write \(No space left on device\)"):
        build([str(source)], out, html=False)
    assert list(out.iterdir()) == []


def test_failed_rewrite_keeps_the_previous_graph(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build([str(write_records(tmp_path / "a.jsonl", RECORDS[:1]))], out, html=False)
    before = (out / "graph.ttl").read_bytes()
    monkeypatch.setattr(os, "fdopen", failing_fdopen(os.fdopen))
    with pytest.raises(OutputError):
        build([str(write_records(tmp_path / "b.jsonl", RECORDS[1:]))], out, html=False)
    assert (out / "graph.ttl").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]


def test_out_dir_that_is_a_file_fails_before_any_work(tmp_path):
    blocker = tmp_path / "taken"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="taken: is a file, not a directory"):
        build([str(tmp_path / "missing.txt")], blocker)  # the output is checked first
    with pytest.raises(OutputError, match="cannot create this directory"):
        prepare_out_dir(blocker / "sub")


def test_nothing_to_build_is_an_input_error(tmp_path):
    (tmp_path / "empty.txt").write_text("\n")
    warnings = []
    with pytest.raises(InputError, match="no documents to build from"):
        build([str(tmp_path / "empty.txt")], tmp_path / "out", warn=warnings.append)
    assert warnings and "empty file" in warnings[0]


def test_skipped_records_are_counted_in_the_summary(tmp_path):
    path = write_records(tmp_path / "news.jsonl", RECORDS[:1])
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "x", "text": \n{"id": "y"}\n')
    summary = build([str(path)], tmp_path / "out", html=False)
    assert summary.documents == 1 and summary.skipped == 2 and len(summary.warnings) == 2
    with pytest.raises(InputError, match="--strict"):
        build([str(path)], tmp_path / "out2", html=False, strict=True)


def test_read_only_out_dir_is_an_output_error(tmp_path, monkeypatch):
    # Tests may run as root, for whom chmod does not stop writing: ask os.access instead.
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(OutputError, match="directory is not writable; choose another --out"):
        build([str(tmp_path / "missing.txt")], tmp_path)

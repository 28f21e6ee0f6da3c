"""Oxigraph vs rdflib on a generated kg graph: load, Turtle write, the query library.

Prints one run of each step for the Oxigraph path (what kg uses) next to rdflib's, with
the ratio. rdflib queries run in a forked child with a deadline (``--rdflib-timeout``),
since some never finish at this size. oxrdflib (rdflib API over an Oxigraph store) is
measured too when installed.

    python benchmarks/sparql_bench.py                # ~1M triples
    python benchmarks/sparql_bench.py --triples 100000 --rdflib-timeout 30
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import tempfile
import time
from pathlib import Path

import rdflib

from kg.sparql.library import library, prepare
from kg.sparql.query import run_query
from kg.sparql.store import PREFIXES, from_rdflib, load_store, to_rdflib, write_turtle

TYPES = {
    "AGREE": "VerbalCooperation",
    "CONSULT": "VerbalCooperation",
    "SUPPORT": "VerbalCooperation",
    "REQUEST": "VerbalCooperation",
    "CONCEDE": "MaterialCooperation",
    "COOPERATE": "MaterialCooperation",
    "AID": "MaterialCooperation",
    "RETREAT": "MaterialCooperation",
    "ACCUSE": "VerbalConflict",
    "REJECT": "VerbalConflict",
    "THREATEN": "VerbalConflict",
    "PROTEST": "MaterialConflict",
    "SANCTION": "MaterialConflict",
    "MOBILIZE": "MaterialConflict",
    "COERCE": "MaterialConflict",
    "ASSAULT": "MaterialConflict",
}
PARAMS = {
    "who-did-what": {"type": "REJECT"},
    "actor": {"actor": "S001"},
    "evidence": {"source": "S001", "type": "REJECT", "target": "S002"},
    "affiliated": {"state": "S001"},
    "statements": {"person": "P001"},
}


def generate(path: Path, triples: int, seed: int = 7) -> int:
    """Write a graph in the kg RDF shape with about ``triples`` triples; return the count."""
    rng = random.Random(seed)
    out = [
        "@prefix pakg: <https://w3id.org/pakg/ont#> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix prov: <http://www.w3.org/ns/prov#> .",
        "@prefix dcterms: <http://purl.org/dc/terms/> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "@prefix actor: <https://w3id.org/pakg/id/actor/> .",
        "@prefix doc: <https://w3id.org/pakg/id/doc/> .",
        "@prefix ix: <https://w3id.org/pakg/id/interaction/> .",
    ]
    count = 0
    for name, quad in TYPES.items():
        out.append(
            f'pakg:{name} a skos:Concept ; skos:notation "{name}" ; '
            f'skos:prefLabel "{name.lower()}"@en ; pakg:quadClass pakg:{quad} .'
        )
        count += 4
    states = [f"S{i:03d}" for i in range(200)]
    persons = [f"P{i:03d}" for i in range(300)]
    for key in states:
        out.append(
            f'actor:{key} a pakg:State ; pakg:actorKey "{key}" ; skos:prefLabel '
            f'"State {key}"@en , "دولة {key}"@ar ; pakg:countryCode "{key}" .'
        )
        count += 5
    for key in persons:
        state = rng.choice(states)
        out.append(
            f'actor:{key} a pakg:Person ; pakg:actorKey "{key}" ; skos:prefLabel '
            f'"Person {key}"@en , "شخص {key}"@ar ; pakg:countryCode "{state}" ; '
            f"pakg:affiliatedWith actor:{state} ."
        )
        count += 6
    actors = states + persons
    docs = max(100, triples // 200)
    for d in range(docs):
        out.append(
            f'doc:d{d} a pakg:Document ; dcterms:identifier "d{d}" ; dcterms:language '
            f'"ar" ; dcterms:date "20{14 + d % 10}-{1 + d % 12:02d}-15"^^xsd:date .'
        )
        count += 4
    direct = set()
    i = 0
    while count < triples:
        if i == 0:
            source, target, kind = "S001", "S002", "REJECT"
        else:
            source, target = rng.sample(actors, 2)
            kind = rng.choice(list(TYPES))
        negated = rng.random() < 0.05
        speaker = f" ; pakg:attributedTo actor:{rng.choice(persons)}" if rng.random() < 0.1 else ""
        out.append(
            f"ix:i{i} a pakg:Interaction ; pakg:source actor:{source} ; pakg:target "
            f"actor:{target} ; pakg:eventType pakg:{kind} ; prov:wasDerivedFrom "
            f'doc:d{rng.randrange(docs)} ; pakg:evidence "sentence {i} about {source} and '
            f'{target}"@ar ; pakg:charStart {i} ; pakg:charEnd {i + 80} ; pakg:trigger "t"@ar ; '
            f"pakg:confidence 0.8 ; pakg:negated {'true' if negated else 'false'}{speaker} ."
        )
        count += 11 + bool(speaker)
        if not negated and (source, kind, target) not in direct:
            direct.add((source, kind, target))
            out.append(f"actor:{source} pakg:{kind.lower()}s actor:{target} .")
            count += 1
        i += 1
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return count


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _rdflib_child(conn, graph: rdflib.Graph, text: str) -> None:
    start = time.perf_counter()
    rows = len(list(graph.query(text, initNs=PREFIXES)))
    conn.send((time.perf_counter() - start, rows))


def rdflib_query(graph: rdflib.Graph, text: str, timeout: float):
    """(seconds, rows) of an rdflib query in a forked child, or (None, None) past the deadline."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe()
    process = context.Process(target=_rdflib_child, args=(child, graph, text))
    process.start()
    if parent.poll(timeout):
        seconds, rows = parent.recv()
        process.join()
        return seconds, rows
    process.kill()
    process.join()
    return None, None


def show(
    label: str, ox_s: float, other: float | None, timeout: float | None = None, extra: str = ""
) -> None:
    if other is None:
        other_text, ratio = f"> {timeout:.0f} s", "-"
    else:
        other_text, ratio = f"{other:9.3f} s", f"{other / ox_s:8.1f}x" if ox_s else "-"
    print(f"{label:<34} {ox_s:9.3f} s   {other_text:>11}   {ratio:>9}  {extra}", flush=True)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rdflib-timeout", type=float, default=120.0)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="kg-sparql-bench-"))
    ttl = work / "graph.ttl"
    seconds, count = timed(lambda: generate(ttl, args.triples))
    print(
        f"generated {count:,} triples ({ttl.stat().st_size / 1e6:.0f} MB) in {seconds:.1f} s "
        f"at {ttl}",
        flush=True,
    )
    print(f"{'step':<34} {'oxigraph':>11}   {'rdflib':>11}   {'rdflib/ox':>9}", flush=True)

    ox_load, store = timed(lambda: load_store(ttl))
    rdf_load, graph = timed(lambda: rdflib.Graph().parse(ttl, format="turtle"))
    show("load Turtle", ox_load, rdf_load, extra=f"({len(store):,} / {len(graph):,} triples)")

    ox_write, _ = timed(lambda: write_turtle(store, work / "ox.ttl"))
    rdf_write, _ = timed(lambda: graph.serialize(work / "rdflib.ttl", format="turtle"))
    show("write Turtle (store)", ox_write, rdf_write)
    edge_write, _ = timed(lambda: write_turtle(graph, work / "edge.ttl"))
    show("write Turtle (rdflib graph, edge)", edge_write, rdf_write)

    to_s, _ = timed(lambda: to_rdflib(store))
    from_s, _ = timed(lambda: from_rdflib(graph))
    print(f"{'edge: oxigraph -> rdflib':<34} {to_s:9.3f} s", flush=True)
    print(f"{'edge: rdflib -> oxigraph':<34} {from_s:9.3f} s", flush=True)

    for name in library():
        text = prepare(name, PARAMS.get(name, {}))
        ox_s, result = timed(lambda text=text: run_query(store, text))
        rdf_s, rows = rdflib_query(graph, text, args.rdflib_timeout)
        rows_note = f"rows {len(result.rows)}" + ("" if rows is None else f" / {rows}")
        show(f"query {name}", ox_s, rdf_s, args.rdflib_timeout, rows_note)

    try:
        import oxrdflib  # noqa: F401
    except ImportError:
        print("oxrdflib not installed: skipped", flush=True)
        return
    oxr_load, oxgraph = timed(lambda: rdflib.Graph(store="Oxigraph").parse(ttl, format="ox-turtle"))
    show("oxrdflib: load (vs pyoxigraph)", ox_load, oxr_load)
    text = prepare("dyads")
    oxr_q, rows = timed(lambda: len(list(oxgraph.query(text, initNs=PREFIXES))))
    ox_q, _ = timed(lambda: run_query(store, text))
    show("oxrdflib: query dyads (vs pyox.)", ox_q, oxr_q, extra=f"rows {rows}")
    oxr_iter, n = timed(lambda: sum(1 for _ in oxgraph))
    rdf_iter, _ = timed(lambda: sum(1 for _ in graph))
    show("iterate triples: oxrdflib vs rdflib", oxr_iter, rdf_iter, extra=f"({n:,})")


if __name__ == "__main__":
    sys.exit(main())

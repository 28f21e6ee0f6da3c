"""build(): documents in, ``graph.ttl`` and ``graph.html`` out; what ``kg build`` runs."""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import ReadReport, read_documents
from kg.extract import extract_many
from kg.lexicon import load_lexicon
from kg.rdf.write import add_extraction, build_graph, write_turtle

__all__ = ["BuildSummary", "build"]


@dataclass(slots=True)
class BuildSummary:
    """What a build read and wrote."""

    documents: int = 0
    sentences: int = 0
    actors: int = 0
    interactions: int = 0
    negated: int = 0
    types: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0


def build(
    inputs: Iterable[str],
    out_dir: str | os.PathLike,
    *,
    lang: str | None = None,
    encoding: str | None = None,
    strict: bool = False,
    html: bool = True,
    label_lang: str | None = None,
    warn: Callable[[str], None] = lambda message: None,
    progress: Callable[[int], None] = lambda documents: None,
    stdin=None,
) -> BuildSummary:
    """Extract every document of ``inputs``; write ``graph.ttl`` and ``graph.html`` in ``out_dir``.

    Documents are read lazily and extracted one by one; outputs are written
    under temporary names and renamed, so an interrupted build leaves no half
    file. Raises :class:`kg.errors.InputError` when nothing can be read.
    """
    started = time.perf_counter()
    summary = BuildSummary()
    report = ReadReport(warn=warn, strict=strict)
    lexicon = load_lexicon()
    documents = read_documents(inputs, lang=lang, encoding=encoding, report=report, stdin=stdin)
    graph = build_graph(())
    actors: set[str] = set()
    for extraction in extract_many(documents, lexicon):
        add_extraction(graph, extraction)
        summary.documents += 1
        summary.languages[extraction.document.lang] += 1
        summary.sentences += len(extraction.sentences)
        actors.update(actor.key for actor in extraction.actors)
        for item in extraction.interactions:
            if item.negated:
                summary.negated += 1
            else:
                summary.interactions += 1
                summary.types[item.type] += 1
        progress(summary.documents)
    summary.warnings = report.warnings
    if summary.documents == 0:
        from kg.errors import InputError

        raise InputError(
            "no documents to build from: every input was empty or skipped (see warnings above)"
        )
    summary.actors = len(actors)
    out = Path(out_dir)
    summary.outputs.append(write_turtle(graph, out / "graph.ttl"))
    if html:
        from kg.viewer import write_html

        if label_lang is None:
            label_lang = summary.languages.most_common(1)[0][0]
        summary.outputs.append(write_html(graph, out / "graph.html", label_lang=label_lang))
    summary.seconds = time.perf_counter() - started
    return summary

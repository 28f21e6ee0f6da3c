"""build(): documents in, ``graph.ttl`` and ``graph.html`` out; what ``kg build`` runs."""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from kg.documents import ReadReport, read_documents
from kg.errors import InputError, OutputError
from kg.extract import extract_many
from kg.lexicon import load_lexicon
from kg.model import Document
from kg.rdf.write import add_extraction, build_graph, write_turtle

__all__ = ["BuildSummary", "build", "build_documents", "prepare_out_dir"]


@dataclass(slots=True)
class BuildSummary:
    """What a build read and wrote.

    ``interactions`` counts asserted interactions (``types`` splits them by
    PLOVER type); ``negated`` the denied ones, written with ``pakg:negated
    true`` but given no direct triple. ``skipped`` counts records and files
    left out (each has a line in ``warnings``).
    """

    documents: int = 0
    sentences: int = 0
    actors: int = 0
    interactions: int = 0
    negated: int = 0
    types: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0
    files: int = 0
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    extract_seconds: float = 0.0  # reading and extraction alone, without start-up and writing

    @property
    def sentences_per_second(self) -> float:
        return self.sentences / self.extract_seconds if self.extract_seconds else 0.0


def prepare_out_dir(out_dir: str | os.PathLike) -> Path:
    """Create ``out_dir`` if needed and check it can be written, before any work is done.

    Raises
    ------
    kg.errors.OutputError
        The path is a file, or the directory cannot be created or written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "new" / "dir"
    >>> prepare_out_dir(out).is_dir()
    True
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: is a file, not a directory; choose another --out")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(
            f"{out}: cannot create this directory ({error.strerror}); choose another --out"
        ) from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise OutputError(f"{out}: directory is not writable; choose another --out")
    return out


def _write(writer: Callable[[], Path], path: Path) -> Path:
    """Run one atomic writer; an OS failure (disk full, permissions) becomes an OutputError."""
    try:
        return writer()
    except OSError as error:
        raise OutputError(
            f"{path}: cannot write ({error.strerror or error}); nothing was left half-written, "
            "free some space or choose another --out"
        ) from None


def build_documents(
    documents: Iterable[Document],
    out_dir: str | os.PathLike,
    *,
    html: bool = True,
    label_lang: str | None = None,
    progress: Callable[[int], None] = lambda documents: None,
    summary: BuildSummary | None = None,
) -> BuildSummary:
    """Extract ``documents`` (any iterable, consumed lazily) and write the graph to ``out_dir``.

    Parameters
    ----------
    documents : iterable of Document
        Read one at a time; a generator is never materialised.
    out_dir : path
        Receives ``graph.ttl`` and, with ``html``, ``graph.html``. Checked
        before extraction starts, so a bad ``--out`` fails at once.
    html : bool
        Also draw ``graph.html`` (needs :mod:`kg.viewer`).
    label_lang : {"ar", "en"}, optional
        Language of the node labels in ``graph.html``; default the corpus's majority.
    progress : callable
        Called with the number of documents done after each document.

    Returns
    -------
    BuildSummary

    Raises
    ------
    kg.errors.InputError
        No document at all.
    kg.errors.OutputError
        ``out_dir`` cannot be written.
    """
    started = time.perf_counter()
    summary = summary if summary is not None else BuildSummary()
    out = prepare_out_dir(out_dir)
    lexicon = load_lexicon()
    graph = build_graph(())
    actors: set[str] = set()
    extracting = time.perf_counter()
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
    summary.extract_seconds += time.perf_counter() - extracting
    if summary.documents == 0:
        detail = " (see the warnings above)" if summary.warnings else ""
        raise InputError(f"no documents to build from: every input was empty or skipped{detail}")
    summary.actors = len(actors)
    ttl = out / "graph.ttl"
    summary.outputs.append(_write(lambda: write_turtle(graph, ttl), ttl))
    if html:
        from kg.viewer import write_html

        if label_lang is None:
            label_lang = summary.languages.most_common(1)[0][0]
        page = out / "graph.html"
        summary.outputs.append(_write(lambda: write_html(graph, page, label_lang=label_lang), page))
    summary.seconds += time.perf_counter() - started
    return summary


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
    stdin: BinaryIO | None = None,
) -> BuildSummary:
    """Extract every document of ``inputs``; write ``graph.ttl`` and ``graph.html`` in ``out_dir``.

    Documents are read lazily (see :func:`kg.documents.read_documents`) and
    extracted one by one; outputs are written under temporary names and
    renamed, so an interrupted or failed build leaves no half file.

    Parameters
    ----------
    inputs : iterable of str
        Paths of .txt/.jsonl files or directories, or ``-`` for ``stdin``.
    out_dir : path
        Directory for ``graph.ttl`` and ``graph.html`` (created if missing).
    lang : {"ar", "en"}, optional
        Force one language for every document.
    encoding : str, optional
        Codec of the inputs (default: detected among UTF-8, UTF-16, cp1256).
    strict : bool
        Stop at the first bad record instead of skipping it with a warning.
    html, label_lang, progress
        As in :func:`build_documents`.
    warn : callable
        Receives each warning (bad records, renamed ids) as it happens.
    stdin : binary stream, optional
        What ``-`` reads.

    Returns
    -------
    BuildSummary

    Raises
    ------
    kg.errors.InputError
        Unreadable inputs, or no document at all; with ``strict``, a bad record.
    kg.errors.OutputError
        ``out_dir`` cannot be written.
    """
    started = time.perf_counter()
    summary = BuildSummary()
    report = ReadReport(warn=warn, strict=strict, warnings=summary.warnings)
    documents = read_documents(inputs, lang=lang, encoding=encoding, report=report, stdin=stdin)
    try:
        build_documents(
            documents, out_dir, html=html, label_lang=label_lang, progress=progress,
            summary=summary,
        )  # fmt: skip
    finally:
        summary.skipped = report.skipped
        summary.files = report.files
    summary.seconds = time.perf_counter() - started
    return summary

"""Read documents lazily from .txt files, .jsonl files, directories and stdin.

Bytes are decoded as UTF-8 (with or without BOM), UTF-16 (with BOM) or, for
Arabic news archives, Windows-1256; anything else asks for ``--encoding``. A bad
record is a warning (counted, skipped) unless ``strict`` is set.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.lang import LANGUAGES, detect
from kg.model import Document

__all__ = ["ReadReport", "decode", "read_documents"]

SUFFIXES = (".txt", ".jsonl")
_OPTIONAL_FIELDS = ("title", "date", "url", "source")


@dataclass(slots=True)
class ReadReport:
    """What reading skipped, for the summary; ``warn`` receives each warning as it happens."""

    warn: Callable[[str], None] = lambda message: None
    strict: bool = False
    warnings: list[str] = field(default_factory=list)
    files: int = 0

    def problem(self, message: str) -> None:
        if self.strict:
            raise InputError(f"{message} (stopped: --strict)")
        self.warnings.append(message)
        self.warn(message)


def decode(data: bytes, where: str, encoding: str | None = None) -> str:
    """Decode a file's bytes, or raise an InputError that says which ``--encoding`` to pass.

    Examples
    --------
    >>> decode("طهران".encode("cp1256"), "x.txt")
    'طهران'
    >>> decode(b"\\xef\\xbb\\xbfhi", "x.txt")
    'hi'
    """
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as error:
            raise InputError(
                f"{where}: cannot decode as {encoding} ({error}); try another --encoding"
            ) from error
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise InputError(
            f"{where}: looks like a binary file (NUL bytes), not text; kg reads .txt and .jsonl"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    # Windows-1256 decodes most bytes; accept it only when the result reads as Arabic.
    arabic = sum("\u0621" <= c <= "\u064a" for c in text)
    letters = sum(c.isalpha() for c in text)
    if text and letters and arabic / letters > 0.5:
        return text
    raise InputError(
        f"{where}: cannot tell its encoding (not UTF-8/UTF-16, not valid cp1256); pass --encoding"
    )


def _document(text: str, doc_id: str, lang: str | None, meta: dict | None = None) -> Document:
    meta = meta or {}
    language = lang or meta.get("lang") or detect(text)
    if language not in LANGUAGES:
        language = detect(text)
    fields = {
        name: str(meta[name]) for name in _OPTIONAL_FIELDS if meta.get(name) not in (None, "")
    }
    return Document(id=doc_id, text=text, lang=language, **fields)


def _from_jsonl(
    text: str, where: str, stem: str, lang: str | None, report: ReadReport
) -> Iterator[Document]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            report.problem(
                f"{where}:{number}: invalid JSON ({error.msg}); line skipped, use --strict to stop"
            )
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            report.problem(f'{where}:{number}: no "text" string in this record; line skipped')
            continue
        if not record["text"].strip():
            report.problem(f'{where}:{number}: empty "text"; line skipped')
            continue
        doc_id = str(record.get("id") or f"{stem}-{number}")
        yield _document(record["text"], doc_id, lang or record.get("lang"), record)


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        if not found:
            raise InputError(f"{path}: no .txt or .jsonl files in this directory")
        yield from found
    elif path.is_file():
        yield path
    elif not path.exists():
        raise InputError(f"{path}: no such file or directory")
    else:
        raise InputError(f"{path}: not a regular file or directory")


def read_documents(
    inputs: Iterable[str],
    *,
    lang: str | None = None,
    encoding: str | None = None,
    report: ReadReport | None = None,
    stdin=None,
) -> Iterator[Document]:
    """Yield documents from ``inputs`` (paths, directories, or ``-`` for stdin), lazily.

    A document's id is its JSONL ``id``, else the file name without extension
    (``stem-N`` for the N-th line of a JSONL file without ids). Ids seen twice
    get a ``~2`` suffix and a warning.
    """
    report = report or ReadReport()
    seen: set[str] = set()

    def unique(document: Document) -> Document:
        if document.id not in seen:
            seen.add(document.id)
            return document
        n = 2
        while f"{document.id}~{n}" in seen:
            n += 1
        report.problem(f"document id {document.id!r} seen twice; renamed {document.id}~{n}")
        new_id = f"{document.id}~{n}"
        seen.add(new_id)
        return Document(new_id, document.text, document.lang, document.title, document.date,
                        document.url, document.source)  # fmt: skip

    for item in inputs:
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            text = decode(data if isinstance(data, bytes) else data.encode(), "<stdin>", encoding)
            report.files += 1
            if text.lstrip().startswith("{"):
                yield from map(unique, _from_jsonl(text, "<stdin>", "stdin", lang, report))
            elif text.strip():
                yield unique(_document(text, "stdin", lang))
            else:
                report.problem("<stdin>: empty input; nothing to read")
            continue
        for path in _files(Path(item)):
            try:
                data = path.read_bytes()
            except OSError as error:
                raise InputError(f"{path}: cannot read ({error.strerror})") from error
            report.files += 1
            try:
                text = decode(data, str(path), encoding)
            except InputError as error:
                if Path(item).is_dir():
                    report.problem(f"{error}; file skipped")
                    continue
                raise
            if not text.strip():
                report.problem(f"{path}: empty file; skipped")
                continue
            if path.suffix.lower() == ".jsonl":
                yield from map(unique, _from_jsonl(text, str(path), path.stem, lang, report))
            else:
                yield unique(_document(text.rstrip("\n"), path.stem, lang))

"""Read documents lazily from .txt files, .jsonl files, directories and stdin.

Bytes are decoded as UTF-8 (with or without BOM), UTF-16 (with BOM) or, for
Arabic news archives, Windows-1256; anything else asks for ``--encoding``. JSON
Lines are read and parsed one line at a time, so a large file is never held in
memory. A bad record is a warning (counted, skipped) unless ``strict`` is set.
"""

from __future__ import annotations

import codecs
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError
from kg.lang import LANGUAGES, detect
from kg.model import Document

__all__ = ["SUFFIXES", "ReadReport", "check_codec", "decode", "read_documents", "sniff_encoding"]

#: File suffixes read from a directory (a file named on the command line is read whatever its name).
SUFFIXES = (".txt", ".jsonl")
#: Files someone may pass by mistake: kg's own outputs and formats it cannot read.
NOT_NEWS = {".ttl", ".nt", ".trig", ".jsonld", ".html", ".htm", ".pdf", ".docx", ".png", ".zip"}
_OPTIONAL_FIELDS = ("title", "date", "url", "source")
_HEAD = 1 << 16  # bytes read to tell a file's encoding and kind
_STDIN = "<stdin>"


@dataclass(slots=True)
class ReadReport:
    """What reading skipped or changed, for the summary.

    ``warn`` receives each warning as it happens; with ``strict`` the first
    problem raises :class:`kg.errors.InputError` instead.
    """

    warn: Callable[[str], None] = lambda message: None
    strict: bool = False
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0  # records and files skipped
    files: int = 0  # files (and stdin) read

    def problem(self, message: str, consequence: str = "line skipped", *, skip: bool = True):
        """Report a bad record: warn (``consequence`` says what kg did), or stop if strict."""
        if self.strict:
            raise InputError(f"{message}; stopped by --strict")
        warning = f"{message}; {consequence}, use --strict to stop"
        self.warnings.append(warning)
        self.skipped += skip
        self.warn(warning)


def check_codec(encoding: str) -> str:
    """The canonical name of a Python codec, or an InputError suggesting real ones."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(
            f"unknown encoding {encoding!r}; pass a Python codec name to --encoding, "
            "e.g. utf-8, cp1256, utf-16, latin-1"
        ) from None


def _looks_arabic(text: str) -> bool:
    arabic = sum("\u0621" <= c <= "\u064a" for c in text)
    letters = sum(c.isalpha() for c in text)
    return bool(letters) and arabic / letters > 0.5


def sniff_encoding(head: bytes, where: str, encoding: str | None = None) -> str:
    """Tell the codec of a file from its first bytes, or raise an InputError naming ``--encoding``.

    Parameters
    ----------
    head : bytes
        The first bytes of the file (a character may be cut at the end).
    where : str
        The file's name, for messages.
    encoding : str, optional
        The user's ``--encoding``; checked to be a known codec, then returned.

    Examples
    --------
    >>> sniff_encoding("طهران".encode("cp1256"), "x.txt")
    'cp1256'
    >>> sniff_encoding("طهران".encode("utf-16"), "x.txt")
    'utf-16'
    >>> sniff_encoding(b"Iran", "x.txt")
    'utf-8'
    """
    if encoding:
        return check_codec(encoding)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head[:4096]:
        raise InputError(
            f"{where}: looks like a binary file (NUL bytes), not text; kg reads .txt and .jsonl "
            "(for UTF-16 without a byte order mark, pass --encoding utf-16-le)"
        )
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few bad bytes (well-formed multi-byte characters outnumber the bad bytes)
    # stays UTF-8, so the bad line or byte is reported, not the whole file garbled as cp1256.
    as_utf8 = head.decode("utf-8", errors="replace")
    bad = as_utf8.count("\ufffd")
    if sum(c > "\x7f" for c in as_utf8) - bad > bad:
        return "utf-8"
    # Windows-1256 decodes almost any bytes; accept it only when the result reads as Arabic.
    if _looks_arabic(head.decode("cp1256", errors="replace")):
        return "cp1256"
    raise InputError(
        f"{where}: cannot tell its encoding (not UTF-8/UTF-16, not valid cp1256); pass --encoding"
    )


def _decode(data: bytes, where: str, codec: str, guessed: bool) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        hint = "pass --encoding" if guessed else "try another --encoding"
        raise InputError(
            f"{where}: not valid {codec} (byte 0x{data[error.start]:02x} at offset "
            f"{error.start}); {hint}"
        ) from None


def decode(data: bytes, where: str, encoding: str | None = None) -> str:
    """Decode a whole file's bytes, or raise an InputError that says which ``--encoding`` to pass.

    Examples
    --------
    >>> decode("طهران".encode("cp1256"), "x.txt")
    'طهران'
    >>> decode(b"\\xef\\xbb\\xbfhi", "x.txt")
    'hi'
    """
    codec = sniff_encoding(data[:_HEAD], where, encoding)
    return _decode(data, where, codec, guessed=encoding is None)


def _ascii_compatible(codec: str) -> bool:
    """Whether lines can be split on the byte ``\\n`` before decoding (UTF-8, cp1256: yes)."""
    return "utf-16" not in codec and "utf-32" not in codec and "\n".encode(codec) == b"\n"


def _language(where: str, requested: object, text: str, report: ReadReport) -> str:
    if requested in (None, ""):
        return detect(text)
    code = str(requested).strip().lower().split("-")[0].split("_")[0]
    if code in LANGUAGES:
        return code
    guess = detect(text)
    report.problem(
        f"{where}: lang {requested!r} is not one kg reads ({', '.join(LANGUAGES)})",
        f"detected {guess!r} instead",
        skip=False,
    )
    return guess


def _document(text: str, doc_id: str, lang: str, meta: dict | None = None) -> Document:
    meta = meta or {}
    fields = {
        name: str(meta[name]).strip()
        for name in _OPTIONAL_FIELDS
        if meta.get(name) not in (None, "") and str(meta[name]).strip()
    }
    return Document(id=doc_id, text=text, lang=lang, **fields)


def _record(
    line: str, where: str, number: int, stem: str, lang: str | None, report: ReadReport
) -> Document | None:
    """One JSON Lines record as a Document, or None (after a warning) when it is unusable."""
    place = f"{where}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        report.problem(f"{place}: invalid JSON ({error.msg}, column {error.colno})")
        return None
    if not isinstance(record, dict):
        report.problem(f"{place}: not a JSON object (found {type(record).__name__})")
        return None
    text = record.get("text")
    if not isinstance(text, str):
        found = "missing" if "text" not in record else f"found {json.dumps(text)[:20]}"
        report.problem(f'{place}: no "text" string in this record ({found})')
        return None
    if not text.strip():
        report.problem(f'{place}: empty "text"')
        return None
    doc_id = record.get("id")
    doc_id = str(doc_id).strip() if doc_id not in (None, "") else ""
    doc_id = doc_id or f"{stem}-{number}"
    language = lang or _language(place, record.get("lang"), text, report)
    return _document(text, doc_id, language, record)


def _byte_lines(head: bytes, stream: BinaryIO) -> Iterator[bytes]:
    """The lines of ``head`` followed by the rest of ``stream``, split on ``\\n`` only.

    JSON strings may hold U+2028 or a lone ``\\r``; those never end a JSON Lines record.
    """
    first = head + (stream.readline() if head and not head.endswith(b"\n") else b"")
    *complete, last = first.split(b"\n")
    yield from complete
    if last:
        yield last
    for line in stream:
        yield line.removesuffix(b"\n")


def _jsonl(
    head: bytes,
    stream: BinaryIO,
    where: str,
    stem: str,
    codec: str,
    lang: str | None,
    report: ReadReport,
) -> Iterator[Document]:
    """Documents of a JSON Lines stream, decoded and parsed one line at a time."""
    if _ascii_compatible(codec):
        lines: Iterable[bytes | str] = _byte_lines(head, stream)
    else:  # UTF-16/32: rare for JSON Lines; decode the whole stream, split on "\n" only
        lines = _decode(head + stream.read(), where, codec, guessed=False).split("\n")
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            try:
                line = raw.removesuffix(b"\r").decode(codec)
            except UnicodeDecodeError:
                report.problem(f"{where}:{number}: not valid {codec}; pass --encoding")
                continue
        else:
            line = raw
        if number == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        document = _record(line, where, number, stem, lang, report)
        if document is not None:
            yield document


def _text(data: bytes, where: str, codec: str, guessed: bool) -> str:
    text = _decode(data, where, codec, guessed).lstrip("\ufeff")
    return text.replace("\r\n", "\n").rstrip()


def _is_jsonl(head: bytes, codec: str) -> bool:
    """Whether stdin holds JSON Lines: its first non-blank character is ``{``."""
    text = head.decode(codec, errors="ignore").lstrip("\ufeff \t\r\n")
    return text.startswith("{")


def _read_stream(
    stream: BinaryIO,
    where: str,
    stem: str,
    kind: str | None,
    encoding: str | None,
    lang: str | None,
    report: ReadReport,
    in_directory: bool = False,
) -> Iterator[Document]:
    """Documents of one file or stdin; ``kind`` is "jsonl", "txt" or None (look at the content)."""
    head = stream.read(_HEAD)
    report.files += 1
    try:
        codec = sniff_encoding(head, where, encoding)
    except InputError as error:
        if not in_directory:
            raise
        message = str(error)
        if message.endswith("; pass --encoding"):
            report.problem(message.removesuffix("; pass --encoding"),
                           "file skipped (pass --encoding to read it)")  # fmt: skip
        else:
            report.problem(message, "file skipped")
        return
    what = "input" if where == _STDIN else "file"
    empty = f"{where}: empty {what}"
    if len(head) < _HEAD and not head.decode(codec, errors="ignore").lstrip("\ufeff").strip():
        report.problem(empty, f"{what} skipped")
        return
    if kind is None:
        kind = "jsonl" if _is_jsonl(head, codec) else "txt"
    if kind == "jsonl":
        yield from _jsonl(head, stream, where, stem, codec, lang, report)
        return
    try:
        text = _text(head + stream.read(), where, codec, guessed=encoding is None)
    except InputError as error:
        if not in_directory:
            raise
        report.problem(str(error), "file skipped")
        return
    if not text.strip():
        report.problem(empty, f"{what} skipped")
        return
    yield _document(text, stem, lang or detect(text))


def _files(path: Path) -> Iterator[Path]:
    """The files to read for one command-line path: itself, or a directory's .txt/.jsonl files."""
    if path.is_dir():
        try:
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.is_file()
            )
        except OSError as error:
            raise InputError(f"{path}: cannot list this directory ({error.strerror})") from None
        if not found:
            raise InputError(
                f"{path}: no .txt or .jsonl files in this directory (searched recursively)"
            )
        yield from found
    elif path.exists():
        if path.suffix.lower() == ".json":
            raise InputError(
                f"{path}: kg reads .txt (one document) and .jsonl (one JSON object per line); "
                "save the records as JSON Lines (.jsonl)"
            )
        if path.suffix.lower() in NOT_NEWS:
            raise InputError(
                f"{path}: a {path.suffix} file is not news text; kg reads .txt and .jsonl "
                "(to look at a graph, use kg viz or kg query)"
            )
        yield path
    else:
        raise InputError(f"{path}: no such file or directory")


def read_documents(
    inputs: Iterable[str],
    *,
    lang: str | None = None,
    encoding: str | None = None,
    report: ReadReport | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Document]:
    """Yield documents from ``inputs`` (paths, directories, or ``-`` for stdin), lazily.

    Parameters
    ----------
    inputs : iterable of str
        Paths of .txt files (one document each), .jsonl files (one JSON object
        per line with a ``"text"``; ``id``, ``lang``, ``title``, ``date``,
        ``url``, ``source`` optional), directories (their .txt and .jsonl files,
        recursively, hidden ones left out) or ``-`` for stdin (JSON Lines when it
        starts with ``{``, else one plain-text document).
    lang : {"ar", "en"}, optional
        Force every document's language; by default a record's ``lang``, else
        the language detected from its script.
    encoding : str, optional
        The input's codec; by default UTF-8, UTF-16 (with BOM) or cp1256, detected.
    report : ReadReport, optional
        Collects warnings (bad records are skipped) or, if strict, stops at the first.
    stdin : binary stream, optional
        What ``-`` reads (default ``sys.stdin.buffer``).

    Yields
    ------
    Document
        A document's id is its JSONL ``id``, else the file name without
        extension (``stem-N`` for the N-th line of a JSONL file without ids).
        Ids seen twice get a ``~2`` suffix and a warning.

    Raises
    ------
    kg.errors.InputError
        A path that does not exist or cannot be read, a directory without
        inputs, a file that is binary or in an unknown encoding, an unknown
        ``--encoding``; with ``strict``, the first bad record.

    Examples
    --------
    >>> import io
    >>> stream = io.BytesIO(b'{"id": "a1", "text": "Iran condemned Israel."}\\n')
    >>> [(d.id, d.lang) for d in read_documents(["-"], stdin=stream)]
    [('a1', 'en')]
    """
    report = report or ReadReport()
    if encoding:
        check_codec(encoding)
    seen: set[str] = set()

    def unique(documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            doc_id = document.id
            if doc_id in seen:
                n = 2
                while f"{document.id}~{n}" in seen:
                    n += 1
                doc_id = f"{document.id}~{n}"
                report.problem(
                    f"document id {document.id!r} seen twice", f"renamed {doc_id}", skip=False
                )
                document = Document(doc_id, document.text, document.lang, document.title,
                                    document.date, document.url, document.source)  # fmt: skip
            seen.add(doc_id)
            yield document

    for item in inputs:
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            if not isinstance(stream.read(0), bytes):  # a text stream: take its characters
                stream = io.BytesIO(stream.read().encode("utf-8"))
            yield from unique(_read_stream(stream, _STDIN, "stdin", None, encoding, lang, report))
            continue
        root = Path(item)
        for path in _files(root):
            kind = "jsonl" if path.suffix.lower() == ".jsonl" else "txt"
            try:
                handle = path.open("rb")
            except OSError as error:
                raise InputError(f"{path}: cannot read ({error.strerror})") from None
            with handle:
                try:
                    yield from unique(
                        _read_stream(
                            handle,
                            str(path),
                            path.stem,
                            kind,
                            encoding,
                            lang,
                            report,
                            in_directory=path != root,
                        )  # fmt: skip
                    )
                except OSError as error:
                    raise InputError(f"{path}: cannot read ({error.strerror})") from None

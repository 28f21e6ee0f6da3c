"""Reading documents: encodings, ids, languages, bad records, directories, stdin, laziness."""

from __future__ import annotations

import io
import json

import pytest

from kg.documents import ReadReport, decode, read_documents, sniff_encoding
from kg.errors import InputError

ARABIC = "رفضت طهران الطلب الأمريكي وأدانت الغارات على غزة."
ENGLISH = "Iran condemned Israel after the strike."


def write_jsonl(path, records, *, raw_lines=()):
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(raw_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read(inputs, **options):
    report = ReadReport(strict=options.pop("strict", False))
    return list(read_documents([str(i) for i in inputs], report=report, **options)), report


# --- decoding ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "codec"),
    [
        (ARABIC.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), "utf-8-sig"),
        (ARABIC.encode("utf-16"), "utf-16"),
        (ENGLISH.encode("utf-16"), "utf-16"),
        (ARABIC.encode("cp1256"), "cp1256"),
    ],
)
def test_sniff_encoding_and_decode(data, codec):
    assert sniff_encoding(data, "x.txt") == codec
    assert decode(data, "x.txt").strip("\ufeff") in (ARABIC, ENGLISH)


def test_utf8_cut_inside_a_character_at_the_end_of_the_head_is_still_utf8():
    data = ARABIC.encode("utf-8")
    assert sniff_encoding(data[:-1], "x.txt") == "utf-8"


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (bytes(range(256)) * 4, "binary file"),
        ("été à Paris, café".encode("latin-1"), "pass --encoding"),
        ("\u201cIran\u201d said \u2013 caf\u00e9".encode("cp1252"), "pass --encoding"),
        (ARABIC.encode("utf-8") + "café".encode("latin-1"), "not valid utf-8 .*pass --encoding"),
    ],
)
def test_undecodable_bytes_are_an_input_error_that_names_the_file(data, needle):
    with pytest.raises(InputError, match=needle) as info:
        decode(data, "news/x.txt")
    assert str(info.value).startswith("news/x.txt: ")


def test_explicit_encoding_is_used_and_checked():
    assert decode("été".encode("latin-1"), "x.txt", "latin-1") == "été"
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        decode(b"abc", "x.txt", "klingon")
    with pytest.raises(InputError, match="x.txt: not valid utf-8 .*try another --encoding"):
        decode("été".encode("latin-1"), "x.txt", "utf-8")


# --- files, ids, languages --------------------------------------------------------------------


def test_txt_file_is_one_document_named_after_its_stem(tmp_path):
    path = tmp_path / "tehran-2024.txt"
    path.write_text(ARABIC + "\r\n\r\n", encoding="utf-8")
    (document,), report = read([path])
    assert (document.id, document.lang, document.text) == ("tehran-2024", "ar", ARABIC)
    assert report.files == 1 and not report.warnings


def test_cp1256_and_utf16_files_are_decoded(tmp_path):
    (tmp_path / "a.txt").write_bytes(ARABIC.encode("cp1256"))
    (tmp_path / "b.txt").write_bytes(ENGLISH.encode("utf-16"))
    documents, _ = read([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert [(d.id, d.lang, d.text) for d in documents] == [
        ("a", "ar", ARABIC),
        ("b", "en", ENGLISH),
    ]


def test_jsonl_ids_lang_and_metadata(tmp_path):
    path = write_jsonl(
        tmp_path / "wire.jsonl",
        [
            {
                "id": "w1",
                "lang": "ar",
                "text": ARABIC,
                "title": "طهران ترفض",
                "date": "2024-05-01",
                "url": "https://example.org/a",
                "source": "Wire",
            },
            {"text": ENGLISH},  # no id: stem-line; no lang: detected
            {"id": 7, "text": ENGLISH, "lang": "EN-gb"},  # numeric id, region subtag
        ],
    )
    first, second, third = read([path])[0]
    assert (first.id, first.lang, first.title, first.date) == (
        "w1",
        "ar",
        "طهران ترفض",
        "2024-05-01",
    )
    assert (first.url, first.source) == ("https://example.org/a", "Wire")
    assert (second.id, second.lang, second.title) == ("wire-2", "en", None)
    assert (third.id, third.lang) == ("7", "en")


def test_lang_option_forces_every_document(tmp_path):
    path = write_jsonl(tmp_path / "x.jsonl", [{"text": ENGLISH, "lang": "en"}, {"text": ARABIC}])
    documents, _ = read([path], lang="ar")
    assert {d.lang for d in documents} == {"ar"}


def test_unsupported_record_lang_is_detected_with_a_warning(tmp_path):
    path = write_jsonl(tmp_path / "x.jsonl", [{"text": ARABIC, "lang": "fa"}])
    (document,), report = read([path])
    assert document.lang == "ar"
    assert report.warnings == [
        f"{path}:1: lang 'fa' is not one kg reads (ar, en); detected 'ar' instead, "
        "use --strict to stop"
    ]
    assert report.skipped == 0


def test_duplicate_ids_are_renamed_with_a_warning(tmp_path):
    path = write_jsonl(tmp_path / "x.jsonl", [{"id": "a", "text": ENGLISH}] * 3)
    documents, report = read([path])
    assert [d.id for d in documents] == ["a", "a~2", "a~3"]
    assert len(report.warnings) == 2 and report.skipped == 0


# --- bad records --------------------------------------------------------------------------------


def test_bad_jsonl_lines_are_skipped_warned_and_counted(tmp_path):
    path = write_jsonl(
        tmp_path / "news.jsonl",
        [{"id": "ok1", "text": ENGLISH}],
        raw_lines=[
            '{"id": "broken", "text": "no closing brace"',
            '{"id": "notext"}',
            '{"id": "nulltext", "text": null}',
            '{"id": "blank", "text": "   "}',
            '["a", "list"]',
            "",
            json.dumps({"id": "ok2", "text": ARABIC}, ensure_ascii=False),
        ],
    )
    seen = []
    report = ReadReport(warn=seen.append)
    documents = list(read_documents([str(path)], report=report))
    assert [d.id for d in documents] == ["ok1", "ok2"]
    assert report.skipped == 5 and seen == report.warnings
    assert report.warnings[0].startswith(f"{path}:2: invalid JSON (")
    assert report.warnings[0].endswith("; line skipped, use --strict to stop")
    assert f'{path}:3: no "text" string in this record (missing)' in report.warnings[1]
    assert f'{path}:4: no "text" string in this record (found null)' in report.warnings[2]
    assert f'{path}:5: empty "text"' in report.warnings[3]
    assert f"{path}:6: not a JSON object (found list)" in report.warnings[4]


def test_strict_stops_at_the_first_bad_line(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", [{"text": ENGLISH}], raw_lines=["{oops"])
    with pytest.raises(InputError, match=r"news.jsonl:2: invalid JSON .*--strict"):
        read([path], strict=True)


def test_json_strings_may_hold_line_separators_and_crlf_endings(tmp_path):
    text = "Iran condemned Israel.\u2028Egypt met Jordan.\x85End."
    line = json.dumps({"id": "sep", "text": text}, ensure_ascii=False)
    path = tmp_path / "sep.jsonl"
    path.write_bytes((line + "\r\n" + line.replace('"sep"', '"sep2"') + "\r\n").encode("utf-8"))
    documents, report = read([path])
    assert [d.text for d in documents] == [text, text] and not report.warnings


def test_one_undecodable_jsonl_line_is_skipped(tmp_path):
    good = json.dumps({"id": "a", "text": ARABIC}, ensure_ascii=False).encode("utf-8")
    bad = '{"id": "b", "text": "café"}'.encode("latin-1")
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(good + b"\n" + bad + b"\n")
    documents, report = read([path])
    assert [d.id for d in documents] == ["a"]
    assert report.warnings[0].startswith(f"{path}:2: not valid utf-8")


def test_utf16_jsonl(tmp_path):
    path = tmp_path / "u16.jsonl"
    lines = [json.dumps({"id": f"u{i}", "text": ARABIC}, ensure_ascii=False) for i in range(3)]
    path.write_bytes("\n".join(lines).encode("utf-16"))
    assert [d.id for d in read([path])[0]] == ["u0", "u1", "u2"]


# --- paths ----------------------------------------------------------------------------------------


def test_directory_is_searched_recursively_skipping_hidden_and_other_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "sub" / "b.TXT").write_text(ARABIC, encoding="utf-8")
    write_jsonl(tmp_path / "sub" / "c.jsonl", [{"id": "c1", "text": ENGLISH}])
    (tmp_path / ".cache" / "d.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "notes.md").write_text(ENGLISH, encoding="utf-8")
    documents, report = read([tmp_path])
    assert [d.id for d in documents] == ["a", "b", "c1"]
    assert report.files == 3


def test_bad_files_in_a_directory_are_skipped_but_fatal_when_named(tmp_path):
    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("été à Paris".encode("latin-1"))
    documents, report = read([tmp_path])
    assert [d.id for d in documents] == ["good"]
    assert report.skipped == 3
    assert any("binary.txt: looks like a binary file" in w for w in report.warnings)
    assert any(
        "latin.txt: cannot tell its encoding" in w and "--encoding" in w for w in report.warnings
    )
    with pytest.raises(InputError, match="binary file"):
        read([tmp_path / "binary.txt"])
    with pytest.raises(InputError, match="pass --encoding"):
        read([tmp_path / "latin.txt"])
    with pytest.raises(InputError, match="binary file"):
        read([tmp_path], strict=True)


def test_empty_file_is_a_warning(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n\n", encoding="utf-8")
    documents, report = read([tmp_path / "empty.txt"])
    assert documents == [] and report.warnings[0].startswith(
        f"{tmp_path / 'empty.txt'}: empty file"
    )


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.txt", "missing.txt: no such file or directory"),
        (lambda p: p, "no .txt or .jsonl files in this directory"),
        (lambda p: (p / "x.json").write_text("[]") and p / "x.json", "save the records as JSON"),
    ],
)
def test_unusable_paths_are_input_errors(tmp_path, make, message):
    with pytest.raises(InputError, match=message):
        read([make(tmp_path)])


def test_unknown_encoding_fails_before_reading(tmp_path):
    with pytest.raises(InputError, match="unknown encoding"):
        read([tmp_path / "missing.txt"], encoding="nope")


# --- stdin ----------------------------------------------------------------------------------------


def test_stdin_plain_text_is_one_document():
    documents, _ = read(["-"], stdin=io.BytesIO(ARABIC.encode("cp1256")))
    assert [(d.id, d.lang, d.text) for d in documents] == [("stdin", "ar", ARABIC)]


def test_stdin_jsonl_is_read_line_by_line():
    data = "\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in (ENGLISH, ARABIC))
    documents, _ = read(["-"], stdin=io.BytesIO(("\n  " + data).encode("utf-8")))
    assert [(d.id, d.lang) for d in documents] == [("stdin-2", "en"), ("stdin-3", "ar")]


def test_stdin_text_stream_and_empty_stdin():
    documents, _ = read(["-"], stdin=io.StringIO(ENGLISH))
    assert [d.text for d in documents] == [ENGLISH]
    documents, report = read(["-"], stdin=io.BytesIO(b" \n"))
    assert documents == [] and report.warnings[0].startswith("<stdin>: empty input")


# --- laziness -------------------------------------------------------------------------------------


def test_read_documents_yields_the_first_record_before_reading_the_rest(jsonl_stream):
    stream, counter = jsonl_stream(10_000)
    documents = read_documents(["-"], stdin=stream)
    first = next(documents)
    assert first.id == "n1"
    assert counter.made < 10_000  # only the first block was read
    assert sum(1 for _ in documents) == 9_999


def test_a_bad_last_line_is_only_met_when_reached(tmp_path):
    path = write_jsonl(
        tmp_path / "big.jsonl",
        [{"id": f"d{i}", "text": f"Egypt met Jordan on day {i}."} for i in range(10_000)],
        raw_lines=["{truncated"],
    )
    documents = read_documents([str(path)], report=ReadReport(strict=True))
    assert next(documents).id == "d0"  # parsed before line 10,001 is looked at
    with pytest.raises(InputError, match=r"big.jsonl:10001: invalid JSON"):
        list(documents)

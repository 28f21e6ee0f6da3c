"""`kg build` through the real CLI: exit codes, clean errors, warnings on stderr, the summary."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ENGLISH = "Iran condemned Israel. Egypt did not meet Israel."
ARABIC = "رفضت مصر طلب تركيا."


def run(*args, input=None):
    result = CliRunner().invoke(cli, ["build", *map(str, args)], input=input)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def news(tmp_path):
    path = tmp_path / "news.jsonl"
    records = [{"id": "e1", "text": ENGLISH}, {"id": "a1", "text": ARABIC, "lang": "ar"}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path


def test_build_writes_graph_and_prints_the_summary_to_stderr(news, tmp_path):
    result = run(news, "--out", tmp_path / "out", "--no-html")
    assert result.exit_code == 0
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == "documents     2  (ar: 1, en: 1)"
    assert "sentences     3" in lines
    assert any(line.startswith("interactions  ") and "negated" in line for line in lines)
    assert "  ACCUSE      1" in lines and "  REJECT      1" in lines
    assert any(line.startswith("time          ") for line in lines)
    assert lines[-1] == f"wrote         {tmp_path / 'out' / 'graph.ttl'}"
    assert (tmp_path / "out" / "graph.ttl").exists()
    assert not (tmp_path / "out" / "graph.html").exists()


def test_quiet_prints_nothing(news, tmp_path):
    result = run(news, "-q", "-o", tmp_path / "out", "--no-html")
    assert (result.exit_code, result.output) == (0, "")


def test_html_is_written_by_default(news, tmp_path):
    result = run(news, "-q", "-o", tmp_path / "out")
    assert result.exit_code == 0
    assert (tmp_path / "out" / "graph.html").read_text(encoding="utf-8").lstrip().startswith("<")


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: d / "missing.txt", "missing.txt: no such file or directory"),
        (lambda d: (d / "empty_dir").mkdir() or d / "empty_dir", "no .txt or .jsonl files"),
        (lambda d: (d / "e.txt").write_bytes(b"") or d / "e.txt", "no documents to build from"),
        (lambda d: (d / "b.txt").write_bytes(bytes(range(256))) and d / "b.txt", "binary file"),
        (
            lambda d: (
                (d / "l.txt").write_bytes("Déjà vu à Genève".encode("latin-1")) and d / "l.txt"
            ),
            "l.txt: cannot tell its encoding (not UTF-8/UTF-16, not valid cp1256); pass --encoding",
        ),
        (lambda d: (d / "x.json").write_text("[]") and d / "x.json", "as JSON Lines (.jsonl)"),
    ],
)
def test_bad_input_is_one_error_line_and_exit_1(tmp_path, setup, message):
    result = run(setup(tmp_path), "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1].startswith("Error: ")
    assert message in result.stderr


def test_cp1256_arabic_is_decoded(tmp_path):
    (tmp_path / "ar.txt").write_bytes(ARABIC.encode("cp1256"))
    result = run(tmp_path / "ar.txt", "--out", tmp_path / "out", "--no-html")
    assert result.exit_code == 0
    assert "documents     1  (ar: 1)" in result.stderr
    assert "  REJECT      1" in result.stderr


def test_encoding_option(tmp_path):
    (tmp_path / "l.txt").write_bytes("Iran condemned Israel in Genève.".encode("latin-1"))
    ok = run(tmp_path / "l.txt", "--encoding", "latin-1", "-o", tmp_path / "out", "--no-html")
    assert ok.exit_code == 0 and "  ACCUSE      1" in ok.stderr
    wrong = run(tmp_path / "l.txt", "--encoding", "utf-8", "-o", tmp_path / "out")
    assert wrong.exit_code == 1
    assert "l.txt: not valid utf-8 (byte 0xe8 at offset 28); try another --encoding" in wrong.stderr
    unknown = run(tmp_path / "l.txt", "--encoding", "klingon", "-o", tmp_path / "out")
    assert unknown.exit_code == 2
    assert "Invalid value for '--encoding': unknown encoding 'klingon'" in unknown.stderr


def test_invalid_jsonl_line_is_a_counted_warning_and_strict_makes_it_fatal(news, tmp_path):
    with news.open("a") as handle:
        handle.write('{"id": "cut", "text": "Iran\n{"id": "no-text"}\n')
    result = run(news, "--out", tmp_path / "out", "--no-html")
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        f"warning: {news}:3: invalid JSON (Unterminated string starting at, column 23); "
        "line skipped, use --strict to stop",
        f'warning: {news}:4: no "text" string in this record (missing); '
        "line skipped, use --strict to stop",
    ]
    assert "warnings      2 (2 skipped, see above; --strict stops at the first)" in result.stderr
    assert "documents     2" in result.stderr

    strict = run(news, "--out", tmp_path / "strict", "--strict")
    assert strict.exit_code == 1
    assert strict.stderr.startswith(f"Error: {news}:3: invalid JSON")
    assert not (tmp_path / "strict" / "graph.ttl").exists()


def test_out_is_checked_before_reading(tmp_path, news):
    (tmp_path / "file").write_text("x")
    result = run(news, "--out", tmp_path / "file" / "sub")
    assert result.exit_code == 1
    assert (
        "cannot create this directory" in result.stderr and "choose another --out" in result.stderr
    )
    usage = run(news, "--out", tmp_path / "file")
    assert usage.exit_code == 2 and "is a file" in usage.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "Missing argument 'INPUT...'"),
        (("x.txt", "--lang", "fr"), "'fr' is not one of 'ar', 'en'"),
        (("x.txt", "--colour"), "No such option '--colour'"),
    ],
)
def test_usage_errors_exit_2(args, message):
    result = run(*args)
    assert result.exit_code == 2 and message in result.stderr


def test_stdin_plain_text(tmp_path):
    result = run("-", "--out", tmp_path, "--no-html", input=ARABIC.encode("utf-8"))
    assert result.exit_code == 0 and "documents     1  (ar: 1)" in result.stderr


def test_stdin_jsonl(tmp_path, news):
    result = run("-", "--out", tmp_path, "--no-html", "--lang", "en", input=news.read_bytes())
    assert result.exit_code == 0 and "documents     2  (en: 2)" in result.stderr


def test_stdin_empty(tmp_path):
    result = run("-", "--out", tmp_path, input=b"")
    assert result.exit_code == 1
    assert "warning: <stdin>: empty input" in result.stderr
    assert "Error: no documents to build from" in result.stderr


def test_console_script_reports_errors_without_traceback(tmp_path):
    kg = Path(sys.executable).with_name("kg")
    missing = subprocess.run(
        [kg, "build", tmp_path / "missing.txt", "--out", tmp_path / "out"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert missing.returncode == 1
    assert missing.stdout == ""
    assert missing.stderr == f"Error: {tmp_path / 'missing.txt'}: no such file or directory\n"
    ok = subprocess.run(
        [kg, "build", "-", "--out", tmp_path / "out", "--no-html"],
        input=b"Iran condemned Israel.", capture_output=True, check=False,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr.decode()
    assert b"Traceback" not in ok.stderr and b"  ACCUSE      1" in ok.stderr
    assert (tmp_path / "out" / "graph.ttl").exists()

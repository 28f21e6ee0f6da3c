"""`kg eval` through the real CLI: the score lines a hook reads, --errors, bad gold files."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import cli

GOLD = [
    {"id": "g1", "lang": "en", "text": "Iran condemned Israel.",
     "triples": [["IRN", "ACCUSE", "ISR"]]},
    {"id": "g2", "lang": "en", "text": "China criticized Japan. Turkey threatened Syria.",
     "triples": [["CHN", "ACCUSE", "JPN"], ["TUR", "REJECT", "SYR"]]},
    {"id": "g3", "lang": "ar", "text": "أدانت إيران إسرائيل.",
     "triples": [], "negated": [["IRN", "ACCUSE", "ISR"]]},
]  # fmt: skip


def run(*args):
    result = CliRunner().invoke(cli, ["eval", *map(str, args)])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def gold(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in GOLD), encoding="utf-8"
    )
    return path


def test_last_four_lines_are_the_scores(gold):
    result = run(gold)
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.splitlines() == [
        "records: 3",
        "type  P 0.500  R 0.667  F1 0.571  (tp 2, fp 2, fn 1)",
        "quad  P 0.750  R 1.000  F1 0.857  (tp 3, fp 1, fn 0)",
        "dyad  P 0.750  R 1.000  F1 0.857  (tp 3, fp 1, fn 0)",
        "negated-as-asserted: 1",
    ]


def test_errors_lists_missing_extra_and_negated_then_the_same_scores(gold):
    plain = run(gold).stdout.splitlines()
    result = run(gold, "--errors")
    lines = result.stdout.splitlines()
    assert lines[-5:] == plain
    assert lines[: lines.index("")] == [
        "g2  China criticized Japan. Turkey threatened Syria.",
        "  missing  TUR REJECT SYR",
        "  extra    TUR THREATEN SYR",
        "g3  أدانت إيران إسرائيل.",
        "  negated  IRN ACCUSE ISR (gold says it did not happen)",
    ]


def test_several_gold_files_are_pooled(gold, tmp_path):
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "o1", "text": "Iran condemned Israel.",
                                 "triples": [["IRN", "ACCUSE", "ISR"]]}) + "\n")  # fmt: skip
    result = run(gold, other)
    assert result.stdout.splitlines()[0] == "records: 4"
    assert "(tp 3, fp 2, fn 1)" in result.stdout.splitlines()[1]


def test_bad_gold_line_is_an_error_naming_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "Iran condemned Israel.", "triples": [["IRN", "SCOLD", "ISR"]]}\n')
    result = run(path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}:1: \"triples\"[0] has unknown type 'SCOLD'")


@pytest.mark.parametrize("args", [(), ("missing.jsonl",), (".",)])
def test_usage_errors_exit_2(args):
    assert run(*args).exit_code == 2

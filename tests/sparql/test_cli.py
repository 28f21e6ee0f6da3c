"""`kg query` and `kg serve` through click's runner: output, formats, errors, help."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import cli


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli, [str(a) for a in args])

    return invoke


def test_query_prints_a_table(run, sample_path):
    result = run(
        "query",
        sample_path,
        "SELECT ?key WHERE { ?a a pakg:State ; pakg:actorKey ?key } ORDER BY ?key",
    )
    assert result.exit_code == 0
    assert result.output.splitlines()[:3] == ["key", "---", "IRN"]
    assert "(3 rows)" in result.output


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "xml"])
def test_query_formats(run, sample_path, fmt):
    result = run(
        "query",
        sample_path,
        "SELECT ?key WHERE { ?a a pakg:State ; pakg:actorKey ?key }",
        "--format",
        fmt,
    )
    assert result.exit_code == 0 and "IRQ" in result.output
    if fmt == "json":
        assert len(json.loads(result.output)["results"]["bindings"]) == 3


def test_library_query_with_params(run, sample_path):
    result = run(
        "query", sample_path, "--name", "who-did-what", "--param", "type=REJECT", "--format", "csv"
    )
    assert result.exit_code == 0
    assert result.output.splitlines()[1].startswith("REJECT,IRN,Iran,COALITION")


def test_query_from_file(run, sample_path, tmp_path):
    query = tmp_path / "q.rq"
    query.write_text("ASK { ?a pakg:rejects ?b }", encoding="utf-8")
    result = run("query", sample_path, "--file", query)
    assert result.exit_code == 0 and result.output.strip() == "true"


def test_construct_prints_turtle(run, sample_path):
    query = "CONSTRUCT { ?a pakg:rejects ?b } WHERE { ?a pakg:rejects ?b }"
    result = run("query", sample_path, query)
    assert result.exit_code == 0 and "pakg:rejects" in result.output


def test_list(run):
    result = run("query", "--list")
    assert result.exit_code == 0
    assert "evidence\n" in result.output and "--param source=" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["SELECT ?a WHERE { ?a a pakg:State "], "Error: bad SPARQL at line 1, column"),
        (["--name", "dyads", "--param", "who=IRN"], "Error: query 'dyads' has no parameter who"),
        (["--name", "nope"], "Error: no library query named 'nope'"),
        (["ASK { ?s ?p ?o }", "--format", "turtle"], "Error: --format turtle does not fit"),
        (["DELETE WHERE { ?s ?p ?o }"], "Error: this graph is read-only"),
    ],
)
def test_errors_are_one_clean_line(run, sample_path, args, message):
    result = run("query", sample_path, *args)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output


def test_usage_errors(run, sample_path):
    assert run("query", sample_path).exit_code == 2
    assert run("query", sample_path, "ASK {}", "--param", "novalue").exit_code == 2
    assert run("serve").exit_code == 2


def test_missing_graph(run, tmp_path):
    result = run("query", tmp_path / "none.ttl", "ASK {}")
    assert result.exit_code == 1 and "kg build" in result.output


def test_store_option(run, sample_path, tmp_path):
    store = tmp_path / "store"
    first = run("query", sample_path, "ASK { ?a pakg:rejects ?b }", "--store", store)
    again = run("query", "ASK { ?a pakg:rejects ?b }", "--store", store)
    assert first.output.strip() == again.output.strip() == "true"


@pytest.mark.parametrize("command", ["query", "serve"])
def test_help_has_an_example(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.output

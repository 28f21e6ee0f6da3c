"""kg viz: the command, its options and its errors."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import cli
from tests.viewer.conftest import SAMPLE


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_viz_writes_the_page(tmp_path):
    out = tmp_path / "g.html"
    result = run("viz", str(SAMPLE), "--out", str(out), "--label-lang", "en")
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_viz_cuts_the_graph(tmp_path):
    out = tmp_path / "g.html"
    result = run(
        "viz",
        str(SAMPLE),
        "-o",
        str(out),
        "--ego",
        "طهران",
        "--depth",
        "1",
        "--types",
        "reject,request",
        "--min-count",
        "1",
    )
    assert result.exit_code == 0, result.output
    assert '"focus":"IRN"' in out.read_text(encoding="utf-8")


def test_bad_turtle_is_a_clean_error_with_the_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix a: <http://x/#> .\na:b a:c a:d .\na:e a:f "open\n', encoding="utf-8")
    result = run("viz", str(bad), "--out", str(tmp_path / "g.html"))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {bad}:3: not valid Turtle")
    assert "Traceback" not in result.output


def test_missing_file_is_a_clean_error(tmp_path):
    result = run("viz", str(tmp_path / "nope.ttl"), "--out", str(tmp_path / "g.html"))
    assert result.exit_code == 1
    assert "no such file" in result.output


def test_unknown_ego_suggests_close_matches(tmp_path):
    result = run("viz", str(SAMPLE), "--out", str(tmp_path / "g.html"), "--ego", "Irak")
    assert result.exit_code == 1
    assert "Error: --ego 'Irak'" in result.output and "IRQ" in result.output


def test_unknown_type_is_a_usage_error(tmp_path):
    result = run("viz", str(SAMPLE), "--out", str(tmp_path / "g.html"), "--types", "REJECT,NOPE")
    assert result.exit_code == 2
    assert "NOPE" in result.output


def test_help_has_an_example():
    result = run("viz", "-h")
    assert result.exit_code == 0
    assert "Example:" in result.output and "kg viz" in result.output

"""kg build: news text in, graph.ttl and graph.html out."""

from __future__ import annotations

import sys
import time

import click

from kg.build import BuildSummary, build
from kg.cli._app import cli
from kg.documents import check_codec
from kg.errors import InputError

__all__ = ["build_command", "summary_lines"]

#: Warnings printed one by one; past this, they are only counted in the summary.
MAX_WARNINGS = 50
#: Seconds between two progress lines.
PROGRESS_EVERY = 5.0


def _check_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return check_codec(value)
    except InputError as error:
        raise click.BadParameter(str(error)) from None


def summary_lines(summary: BuildSummary) -> list[str]:
    """The summary ``kg build`` prints: counts, interactions per type, time, files written."""
    languages = ", ".join(f"{k}: {v}" for k, v in sorted(summary.languages.items()))
    lines = [
        f"documents     {summary.documents}  ({languages})",
        f"sentences     {summary.sentences}",
        f"actors        {summary.actors}",
        f"interactions  {summary.interactions}"
        + (f"  (+{summary.negated} negated: written, no direct triple)" if summary.negated else ""),
    ]
    lines += [f"  {name:<11} {count}" for name, count in summary.types.most_common()]
    if summary.warnings:
        skipped = f"{summary.skipped} skipped, " if summary.skipped else ""
        count = len(summary.warnings)
        lines.append(f"warnings      {count} ({skipped}see above; --strict stops at the first)")
    lines.append(
        f"time          {summary.seconds:.2f} s (extraction {summary.extract_seconds:.2f} s, "
        f"{summary.sentences_per_second:,.0f} sentences/s)"
    )
    lines += [f"wrote         {path}" for path in summary.outputs]
    return lines


@cli.command("build")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "--out",
    "-o",
    "out_dir",
    default="outputs",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Directory for graph.ttl and graph.html (created if missing).",
)
@click.option(
    "--lang",
    type=click.Choice(["ar", "en"]),
    help="Force one language (default: each document's `lang`, else detected from its script).",
)
@click.option(
    "--encoding",
    callback=_check_encoding,
    help="Encoding of the inputs, e.g. cp1256 (default: UTF-8, UTF-16 or cp1256, detected).",
)
@click.option("--strict", is_flag=True, help="Stop at the first bad record instead of skipping it.")
@click.option("--no-html", is_flag=True, help="Write graph.ttl only.")
@click.option(
    "--label-lang",
    type=click.Choice(["ar", "en"]),
    help="Language of node labels in graph.html (default: the corpus's majority).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print warnings only: no progress, no summary.")
def build_command(inputs, out_dir, lang, encoding, strict, no_html, label_lang, quiet):
    """Extract actors and interactions from news and write the graph.

    INPUT is a .txt file (one document), a .jsonl file (one JSON object per
    line: "text" required; "id", "lang", "title", "date", "url", "source"
    optional), a directory (searched recursively for .txt and .jsonl) or -
    for stdin (JSON Lines if it starts with "{", else plain text). Writes
    DIR/graph.ttl (RDF under the pakg ontology) and DIR/graph.html (an
    offline interactive graph), then prints a summary to stderr. A bad record
    is skipped with a warning; --strict stops instead (exit 1).

    \b
    Example:
        kg build seeds/ --out outputs/
        kg build news.jsonl --out out/ --strict
        cat article.txt | kg build - --out out/ --lang ar
    """
    printed = 0

    def warn(message: str) -> None:
        nonlocal printed
        printed += 1
        if printed <= MAX_WARNINGS:
            click.echo(f"warning: {message}", err=True)
        elif printed == MAX_WARNINGS + 1:
            click.echo("warning: more warnings follow; only their number is shown", err=True)

    last = time.monotonic()

    def progress(documents: int) -> None:
        nonlocal last
        if not quiet and time.monotonic() - last >= PROGRESS_EVERY:
            last = time.monotonic()
            click.echo(f"... {documents:,} documents", err=True)

    if "-" in inputs and sys.stdin.isatty() and not quiet:
        click.echo("reading stdin (end with Ctrl-D)...", err=True)
    summary = build(
        inputs,
        out_dir,
        lang=lang,
        encoding=encoding,
        strict=strict,
        html=not no_html,
        label_lang=label_lang,
        warn=warn,
        progress=progress,
        stdin=sys.stdin.buffer if "-" in inputs else None,
    )
    if not quiet:
        click.echo("\n".join(summary_lines(summary)), err=True)

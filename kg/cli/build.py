"""kg build: news text in, graph.ttl and graph.html out."""

from __future__ import annotations

import sys

import click

from kg.build import build
from kg.cli._app import cli


@cli.command("build")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "--out",
    "-o",
    "out_dir",
    default="outputs",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Directory for graph.ttl and graph.html.",
)
@click.option(
    "--lang",
    type=click.Choice(["ar", "en"]),
    help="Force one language (default: each document's `lang`, else detected from its script).",
)
@click.option(
    "--encoding", help="Encoding of the input files (default: UTF-8, UTF-16 or cp1256, detected)."
)
@click.option("--strict", is_flag=True, help="Stop at the first bad record instead of skipping it.")
@click.option("--no-html", is_flag=True, help="Write graph.ttl only.")
@click.option(
    "--label-lang",
    type=click.Choice(["ar", "en"]),
    help="Language of node labels in graph.html (default: the corpus's majority).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress or summary on stderr.")
def build_command(inputs, out_dir, lang, encoding, strict, no_html, label_lang, quiet):
    """Extract actors and interactions from news and write the graph.

    INPUT is a .txt file, a .jsonl file (one JSON object per line: "text"
    required; "id", "lang", "title", "date", "url", "source" optional), a
    directory (searched recursively for .txt and .jsonl) or - for stdin.
    Writes DIR/graph.ttl (RDF under the pakg ontology) and DIR/graph.html
    (an offline interactive graph), then prints a summary to stderr.

    \b
    Example:
        kg build seeds/ --out outputs/
        kg build news.jsonl --out out/ --strict
        cat article.txt | kg build - --out out/ --lang ar
    """

    def warn(message: str) -> None:
        click.echo(f"warning: {message}", err=True)

    def progress(documents: int) -> None:
        if not quiet and documents % 500 == 0:
            click.echo(f"... {documents} documents", err=True)

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
        stdin=sys.stdin.buffer,
    )
    if quiet:
        return
    rate = summary.sentences / summary.seconds if summary.seconds else 0.0
    lines = [
        f"documents     {summary.documents}"
        + (f"  ({', '.join(f'{k}: {v}' for k, v in sorted(summary.languages.items()))})"),
        f"sentences     {summary.sentences}",
        f"actors        {summary.actors}",
        f"interactions  {summary.interactions}"
        + (f"  (+{summary.negated} negated, not asserted)" if summary.negated else ""),
    ]
    for event_type, count in summary.types.most_common():
        lines.append(f"  {event_type:<11} {count}")
    if summary.warnings:
        lines.append(
            f"warnings      {len(summary.warnings)} (records skipped; --strict stops on them)"
        )
    lines.append(f"time          {summary.seconds:.2f} s ({rate:,.0f} sentences/s)")
    lines += [f"wrote         {path}" for path in summary.outputs]
    click.echo("\n".join(lines), err=True)

"""The `kg` command group: the one place a KgError becomes "Error: ..."."""

from __future__ import annotations

import click

from kg import __version__
from kg.errors import KgError

__all__ = ["cli"]

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class KgGroup(click.Group):
    """A click group that reports library errors as clean messages."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as error:
            raise click.ClickException(str(error)) from error


@click.group(cls=KgGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Turn political news (Arabic, English) into an actor knowledge graph.

    kg finds political actors, extracts who did what to whom as PLOVER event
    triples, writes them as RDF (Turtle), draws an offline HTML graph and
    answers SPARQL queries.

    Run `kg COMMAND -h` for a command's inputs, options and examples. Errors
    are one line on stderr, "Error: ..." (exit 1; usage mistakes exit 2).

    \b
    Example:
        kg build seeds/ --out outputs/
        kg query outputs/graph.ttl --name dyads
        kg viz outputs/graph.ttl --out graph.html
        kg eval ../shared/eval/seed_gold.jsonl --errors
    """

"""kg viz: draw a graph.ttl as one offline HTML page."""

from __future__ import annotations

from pathlib import Path

import click
from rdflib import Graph
from rdflib.plugins.parsers.notation3 import BadSyntax

from kg.cli._app import cli
from kg.errors import InputError
from kg.model import EVENT_TYPES

__all__ = ["load_turtle", "viz"]


def load_turtle(path: str | Path) -> Graph:
    """Parse a Turtle file; a syntax error becomes an InputError naming the file and line."""
    path = Path(path)
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError as error:
        raise InputError(f"{path}: no such file; run `kg build` first or check the path") from error
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 Turtle ({error.reason})") from error
    except BadSyntax as error:
        raise InputError(
            f"{path}:{error.lines + 1}: not valid Turtle: {error._why}; fix the file or rebuild it"
        ) from error
    except Exception as error:  # rdflib raises plain exceptions for some other mistakes
        message = " ".join(str(error).split())
        raise InputError(f"{path}: not valid Turtle: {message}") from error
    return graph


def _types(ctx, param, value: str | None) -> list[str] | None:
    if not value:
        return None
    types = [t.strip().upper() for t in value.split(",") if t.strip()]
    unknown = [t for t in types if t not in EVENT_TYPES]
    if unknown:
        raise click.BadParameter(
            f"unknown event type {', '.join(unknown)}; choose among {', '.join(EVENT_TYPES)}"
        )
    return types


@cli.command()
@click.argument("graph", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The HTML file to write.",
)
@click.option(
    "--label-lang",
    type=click.Choice(["ar", "en"]),
    default=None,
    help="Language of node labels [default: the language of most documents].",
)
@click.option(
    "--ego",
    metavar="ACTOR",
    default=None,
    help="Keep only actors near this one (a key, label or alias).",
)
@click.option(
    "--depth", type=click.IntRange(min=0), default=1, show_default=True, help="Steps from --ego."
)
@click.option(
    "--types",
    metavar="T1,T2",
    callback=_types,
    default=None,
    help="Keep only these PLOVER event types, comma-separated.",
)
@click.option(
    "--min-count",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Keep only edges with at least this many interactions.",
)
def viz(graph, out, label_lang, ego, depth, types, min_count):
    """Draw a kg graph (Turtle) as one self-contained HTML page.

    GRAPH is a graph.ttl written by `kg build`. The page opens from disk with
    no network: actors sized by their interactions and shaped by class, edges
    per source/type/target coloured by quad class, a side panel with each
    interaction's sentence and source, search by any name, filters. --ego,
    --types and --min-count cut the graph before drawing it.

    \b
    Example:
        kg viz outputs/graph.ttl --out graph.html
        kg viz outputs/graph.ttl --out iran.html --ego IRN --depth 2 --types REJECT,ACCUSE
    """
    from kg.viewer import write_html

    loaded = load_turtle(graph)
    path = write_html(
        loaded, out, label_lang=label_lang, ego=ego, depth=depth, types=types, min_count=min_count
    )
    click.echo(str(path))

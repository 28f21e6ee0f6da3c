"""The `kg` command line: one module per command, all registered on one group."""

from kg.cli import build, eval, query, serve, viz  # noqa: F401  (registers commands)
from kg.cli._app import cli

__all__ = ["cli", "main"]


def main() -> None:
    cli()

"""The errors kg raises: each message names the thing, the place and the next step."""

__all__ = ["InputError", "KgError", "LexiconError", "OutputError", "QueryError"]


class KgError(Exception):
    """Base of every error kg reports to a user (the CLI prints it without a traceback)."""


class InputError(KgError):
    """An input file, directory or record cannot be read."""


class LexiconError(KgError):
    """A lexicon data file is malformed (the message cites file:line)."""


class QueryError(KgError):
    """A SPARQL query is malformed or cannot be run."""


class OutputError(KgError):
    """An output cannot be written."""

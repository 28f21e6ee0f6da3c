"""English language data for kg: spaCy's blank English tokeniser and a lookup lemmatiser."""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib.resources import files

from spacy.lang.en import English

__all__ = ["KgEnglish", "lemma"]


class KgEnglishDefaults(English.Defaults):
    # "U.S.-brokered", "U.N.-backed", "U.S.-South Korean": the hyphen after an abbreviation
    # splits too, as spaCy already splits "Iran-backed".
    infixes = [r"(?<=[A-Z]\.)-(?=[A-Za-z])"] + list(English.Defaults.infixes or [])


class KgEnglish(English):
    lang = "en"
    Defaults = KgEnglishDefaults


@cache
def _lemma_table() -> dict[str, str]:
    # spacy-lookups-data ships the table; read it directly rather than through a
    # pipeline component, so lemmatising is a dict lookup per token.
    path = files("spacy_lookups_data") / "data" / "en_lemma_lookup.json.gz"
    with gzip.open(path.open("rb"), "rt", encoding="utf-8") as handle:
        return json.load(handle)


def lemma(word: str) -> str:
    """Return the lower-case lookup lemma of an English word.

    Examples
    --------
    >>> lemma("Rejected"), lemma("talks"), lemma("Iran"), lemma("warplanes")
    ('reject', 'talk', 'iran', 'warplane')
    """
    lower = word.lower()
    found = _lemma_table().get(lower)
    if found is not None:
        return found
    # A plural the table lacks (warplanes): the singular, as for the nouns it has.
    if len(lower) > 4 and lower.endswith("s") and not lower.endswith(_NOT_PLURAL):
        return lower[:-1]
    return lower


# Endings of words in -s that are no plurals: -ss, -us, -is, -ics, -ous, -selves.
_NOT_PLURAL = ("ss", "us", "is", "ics", "ous", "selves")

"""Find lexicon entries in tokenised text: actor names, roles and triggers, clitic-aware.

Arabic words carry proclitics (و ف ب ل ك ال) and pronoun suffixes; a word is
split only when what remains is in the table (واشنطن keeps its و).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from kg.lang.ar.normalize import PROCLITICS, PRONOUN_SUFFIXES
from kg.lang.en import lemma

__all__ = ["Match", "ar_stems", "match_table", "token_forms"]

# Verb prefixes besides the proclitics: the future marker (سيرفض، وسنواصل).
_AR_VERB_PREFIXES = ("وس", "فس", "س", "ول", "ل")


@dataclass(frozen=True, slots=True)
class Match:
    """Tokens ``start``..``end`` (exclusive) matched ``value``; ``prefix``, ``suffix``: clitics."""

    start: int
    end: int
    value: object
    prefix: str = ""
    suffix: str = ""
    stem: str = ""  # the first token's form as the table knows it


#: Which proclitics each table allows: names take them all; triggers not the rare ك
#: (كيري is a name, not ك + يري); cue words only the conjunctions.
CLITIC_SETS = {
    "all": ("",) + PROCLITICS[:-1],
    "trigger": ("",) + tuple(p for p in PROCLITICS[:-1] if "ك" not in p) + _AR_VERB_PREFIXES,
    "cue": ("", "و", "ف"),
}


def ar_stems(
    word: str, *, suffixes: bool = False, clitics: str = "all"
) -> Iterator[tuple[str, str, str]]:
    """Yield ``(stem, prefix, suffix)`` readings of a normalised Arabic word, the whole word first.

    Examples
    --------
    >>> [s for s, p, _ in ar_stems("وللعراق")][:4]
    ['وللعراق', 'عراق', 'لعراق', 'للعراق']
    >>> ("دعم", "", "نا") in list(ar_stems("دعمنا", suffixes=True))
    True
    """
    prefixes = CLITIC_SETS[clitics]
    for prefix in prefixes:
        if prefix and not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        if len(rest) < 2:
            continue
        yield rest, prefix, ""
        if suffixes:
            for suffix in PRONOUN_SUFFIXES:
                stem = rest[: -len(suffix)]
                if rest.endswith(suffix) and len(stem) >= 2:
                    yield stem, prefix, suffix
                    # دعمها: the ta marbuta of a noun turns into ت before a suffix (مساعدتها).
                    if stem.endswith("ت"):
                        yield stem[:-1] + "ه", prefix, suffix


def token_forms(lang: str, texts: Sequence[str], norms: Sequence[str], *, table: str) -> list[str]:
    """The per-token strings a table is keyed on: normalised Arabic, English surface or lemma."""
    if lang == "ar":
        return list(norms)
    if table == "aliases":
        return list(texts)
    if table == "triggers":
        return [lemma(text) for text in texts]
    return [text.lower() for text in texts]


def match_table(
    lang: str,
    forms: Sequence[str],
    table: Mapping[tuple[str, ...], object],
    longest: int,
    *,
    suffixes: bool = False,
    clitics: str = "all",
) -> list[Match]:
    """Greedy longest-first matches of ``table`` entries over ``forms``.

    For Arabic the first token of an entry may carry proclitics and the last one
    (of a one-token entry) a pronoun suffix, when ``suffixes`` is set.
    """
    matches: list[Match] = []
    i, n = 0, len(forms)
    while i < n:
        found: Match | None = None
        readings = (
            ar_stems(forms[i], suffixes=suffixes, clitics=clitics)
            if lang == "ar"
            else [(forms[i], "", "")]
        )
        for stem, prefix, suffix in readings:
            span_max = 1 if suffix else min(longest, n - i)
            for size in range(span_max, 0, -1):
                key = (stem, *forms[i + 1 : i + size])
                value = table.get(key)
                if value:
                    if found is None or size > found.end - found.start:
                        found = Match(i, i + size, value, prefix, suffix, stem)
                    break
            if found is not None and found.end - found.start == span_max:
                break
        if found is not None:
            matches.append(found)
            i = found.end
        else:
            i += 1
    return matches

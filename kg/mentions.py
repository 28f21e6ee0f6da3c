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
    reach: int = 0  # end of the last token matched (beyond ``end`` for a gapped match)


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


_READINGS: dict[tuple[int, str, bool, str], tuple[set[str], dict[str, tuple]]] = {}


def _reading_cache(table: Mapping, lang: str, suffixes: bool, clitics: str):
    """A per-table, per-word memo of the readings whose stem can start an entry.

    Words repeat (Zipf): each distinct word is split into clitics once per table,
    and most words, which start no entry, cost one dictionary look-up after that.
    """
    key = (id(table), lang, suffixes, clitics)
    memo = _READINGS.get(key)
    if memo is None:
        memo = ({entry[0] for entry in table}, {})
        _READINGS[key] = memo
    firsts, seen = memo

    def readings(word: str) -> tuple:
        cached = seen.get(word)
        if cached is None:
            if lang == "ar":
                candidates = ar_stems(word, suffixes=suffixes, clitics=clitics)
            else:
                candidates = [(word, "", "")]
            cached = tuple(reading for reading in candidates if reading[0] in firsts)
            if len(seen) > 500_000:  # bound the memory a long run can take
                seen.clear()
            seen[word] = cached
        return cached

    return readings


def _by_first(table: Mapping[tuple[str, ...], object]) -> dict[str, list[tuple[str, ...]]]:
    """Multi-token entries grouped by their first token, longest first (cached per table)."""
    cached = _BY_FIRST.get(id(table))
    if cached is None:
        cached = {}
        for key in sorted(table, key=len, reverse=True):
            if len(key) > 1:
                cached.setdefault(key[0], []).append(key)
        _BY_FIRST[id(table)] = cached
    return cached


_BY_FIRST: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _gapped(forms: Sequence[str], i: int, key: tuple[str, ...], gap: int, stop: set[int]) -> int:
    """End of ``key`` matched from ``i`` with up to ``gap`` other words before each later part."""
    position = i + 1
    for part in key[1:]:
        for skip in range(gap + 1):
            at = position + skip
            if at >= len(forms) or at in stop:
                return 0
            if forms[at] == part:
                position = at + 1
                break
        else:
            return 0
    return position


def match_table(
    lang: str,
    forms: Sequence[str],
    table: Mapping[tuple[str, ...], object],
    longest: int,
    *,
    suffixes: bool = False,
    clitics: str = "all",
    gap: int = 0,
    stop: set[int] | None = None,
) -> list[Match]:
    """Greedy longest-first matches of ``table`` entries over ``forms``.

    For Arabic the first token of an entry may carry proclitics and the last one
    (of a one-token entry) a pronoun suffix, when ``suffixes`` is set. With
    ``gap``, a multi-token entry also matches with up to ``gap`` words before
    each later part ("imposed broader sanctions"); positions in ``stop`` are
    never skipped. A gapped match spans only its first token and reports where
    it reaches in ``Match.reach``.
    """
    matches: list[Match] = []
    stop = stop or set()
    readings_of = _reading_cache(table, lang, suffixes, clitics)
    i, n = 0, len(forms)
    while i < n:
        found: Match | None = None
        readings = readings_of(forms[i])
        for stem, prefix, suffix in readings:
            span_max = 1 if suffix else min(longest, n - i)
            for size in range(span_max, 0, -1):
                key = (stem, *forms[i + 1 : i + size])
                value = table.get(key)
                if value:
                    if found is None or size > found.end - found.start:
                        found = Match(i, i + size, value, prefix, suffix, stem, i + size)
                    break
            if found is not None and found.end - found.start > 1:
                break
            if gap and not suffix:
                for key in _by_first(table).get(stem, ()):
                    end = _gapped(forms, i, key, gap, stop)
                    if end:
                        found = Match(i, i + 1, table[key], prefix, suffix, stem, end)
                        break
            if found is not None:
                break
        if found is not None:
            matches.append(found)
            i = found.end
        else:
            i += 1
    return matches


# Words that end an Arabic name after a title: time words and the like (قال الوزير … أمس).
_AR_NOT_NAME = {
    "امس", "اليوم", "غدا", "الليله", "صباح", "مساء", "ان", "انه", "انها", "الي", "علي", "في",
    "من", "عن", "مع", "خلال", "لدي", "عقب", "بعد", "قبل", "الذي", "التي", "او", "ثم", "حيث",
    "كما", "بان", "لان", "هو", "هي", "قد", "لقد", "رسمي", "رسميه", "سابق", "سابقه", "كبير",
    "رفيع", "بارز", "الجديد", "الجديده", "الحالي", "المقبل", "اخر", "عدد", "ايضا",
}  # fmt: skip
# Lower-case words inside names: Bashar al-Assad, Mohammed bin Salman, Ursula von der Leyen.
_EN_NAME_PARTICLES = {"al", "bin", "ibn", "abu", "de", "da", "van", "von", "der", "el", "la", "le"}


def _en_name_token(text: str) -> bool:
    parts = [part for part in text.replace("'", "-").split("-") if part]
    return (
        bool(parts)
        and all(part[0].isupper() and part.isalpha() for part in parts)
        and (not text.isupper() or len(text) <= 1)
    )


def person_spans(
    lang: str,
    texts: Sequence[str],
    norms: Sequence[str],
    *,
    taken: set[int],
    roles: set[int],
    blocked: set[int],
    known_people: set[int] = frozenset(),
) -> list[tuple[int, int]]:
    """Token ranges that read as a person's name: what stands right after a title.

    English: a run of capitalised words (with al, bin, von …), anywhere but the
    sentence's first word. Arabic, which has no capitals: up to three words
    right after a title (and the state named with it), stopping at punctuation,
    a known word, a preposition or a time word.
    """
    spans: list[tuple[int, int]] = []
    n = len(texts)
    i = 0
    while i < n:
        if lang == "en":
            if i in taken or i in blocked or i in roles or not _en_name_token(texts[i]) or i == 0:
                i += 1
                continue
            end = i + 1
            while (
                end < n
                and end not in taken
                and end not in blocked
                and (
                    _en_name_token(texts[end])
                    or (
                        texts[end] in _EN_NAME_PARTICLES
                        and end + 1 < n
                        and _en_name_token(texts[end + 1])
                    )
                )
            ):
                end += 1
            spans.append((i, end))
            i = end
            continue
        # Arabic: a name follows a title, possibly after the state named with it.
        if i not in roles or (i + 1 < n and i + 1 in roles):
            i += 1
            continue
        start = i + 1
        while start < n and start in taken and start not in known_people:
            start += 1
        if start in known_people:  # the title's holder is already known by name
            i = start
            continue
        end = start
        while (
            end < n
            and end - start < 3
            and end not in taken
            and end not in blocked
            and end not in roles
            and any(c.isalpha() for c in texts[end])
            and norms[end] not in _AR_NOT_NAME
            and not (norms[end].startswith("ال") and end == start)
        ):
            end += 1
        if end - start >= 2:  # a first name and a family name: one word is too often not a name
            spans.append((start, end))
        i = max(end, i + 1)
    return spans

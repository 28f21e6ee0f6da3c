"""Load and check kg's lexicon data files (TSV) into look-up tables keyed by normalised tokens.

Every form is tokenised and normalised exactly as text is, so a lexicon row and a
word in an article meet in the same spelling. Errors cite ``file:line``.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files

from kg.errors import LexiconError
from kg.lang import LANGUAGES, nlp
from kg.model import ACTOR_CLASSES, EVENT_TYPES, Actor

__all__ = ["CUE_KINDS", "LanguageLexicon", "Lexicon", "Trigger", "load_lexicon", "token_key"]

ACTOR_HEADER = ["key", "class", "country", "affiliation", "label_en", "label_ar"]
ALIAS_HEADER = ["key", "kind", "form"]
ROLE_HEADER = ["role", "kind", "form"]
TRIGGER_HEADER = ["type", "form", "pos", "preps"]
CUE_HEADER = ["kind", "form"]
AGENCY_HEADER = ["state", "form"]
GROUPING_HEADER = ["key", "members"]
NEIGHBOUR_HEADER = ["state", "neighbour", "direction"]
JUNTA_HEADER = ["state", "since"]
DIRECTIONS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")

ACTOR_FILES = ("actors.tsv", "organizations.tsv")
ALIAS_FILES = ("aliases.tsv", "organization_aliases.tsv", "places.tsv")
ALIAS_KINDS = {
    "name", "short", "capital", "demonym", "abbrev", "body", "person", "ambiguous", "place",
    "anaphor",
}  # fmt: skip
TRIGGER_POS = {"verb", "passive", "noun", "participle"}
#: What a cue word does to the events around it (see the comments in each cues.tsv).
CUE_KINDS = {
    "negation", "denial", "refusal", "failure", "report", "attribution", "first_person",
    "first_person_suffix", "intent", "condition", "future", "conjunction", "quote_open",
    "quote_close", "light_verb", "aspect", "venue", "claim", "receive", "inform",
    "event_anaphor", "group_anaphor", "neighbour_anaphor", "own_anaphor", "pair_anaphor",
    "state_anaphor", "government_anaphor",
    "latter_anaphor", "conflict_parties",
    "trio_anaphor",
    "pejorative", "laudatory",
    "document", "materiel", "relief", "blacklist",
}  # fmt: skip

#: Arabic nisba endings: accusative alif (أميركياً), feminine, plural, dual (ة -> ه).
AR_DEMONYM_ENDINGS = ("", "ا", "ه", "ون", "ين", "ان", "تين", "تان", "ات")

Tokens = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Trigger:
    """A relation trigger: the PLOVER type it signals and how its arguments are found."""

    type: str
    pos: str  # verb | passive | noun | participle
    preps: tuple[str, ...]  # normalised prepositions that introduce the target
    form: str  # as written in the lexicon


@dataclass(slots=True)
class LanguageLexicon:
    """One language's look-up tables, keyed by tuples of normalised tokens."""

    lang: str
    aliases: dict[Tokens, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    roles: dict[Tokens, tuple[str, str]] = field(default_factory=dict)
    triggers: dict[Tokens, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    cues: dict[str, set[Tokens]] = field(default_factory=lambda: defaultdict(set))
    # Longest entry, in tokens, per table: bounds the matcher's look-ahead.
    longest: dict[str, int] = field(default_factory=lambda: defaultdict(lambda: 1))
    # Alias forms indexed only without their article (see _alias_variants).
    bare: set[Tokens] = field(default_factory=set)
    # A state news agency's name in a dateline -> its state (agencies.tsv).
    agencies: dict[Tokens, str] = field(default_factory=dict)

    def cue(self, kind: str) -> set[Tokens]:
        """The token sequences listed as cues of ``kind`` (negation, report …)."""
        return self.cues.get(kind, set())


@dataclass(slots=True)
class Lexicon:
    """Canonical actors and the per-language tables that find them and their interactions."""

    actors: dict[str, Actor]
    languages: dict[str, LanguageLexicon]

    def __getitem__(self, lang: str) -> LanguageLexicon:
        return self.languages[lang]


def token_key(lang: str, text: str) -> Tokens:
    """Tokenise and normalise a lexicon form the way text is tokenised and normalised.

    Examples
    --------
    >>> token_key("ar", "الولايات المتحدة")
    ('الولايات', 'المتحده')
    >>> token_key("en", "the U.S.")
    ('U.S.',)
    """
    doc = nlp(lang).make_doc(text.strip())
    if lang == "ar":
        return tuple(token.norm_ for token in doc)
    words = [token.text for token in doc]
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return tuple(words)


def _rows(package: str, name: str, header: list[str]):
    """Yield ``(line_number, row)`` from a packaged TSV, checking its header."""
    resource = files(package) / name
    if not resource.is_file():
        return
    where = f"{package.replace('.', '/')}/{name}"
    with resource.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, dialect="excel-tab", quoting=csv.QUOTE_NONE)
        seen_header = False
        for line, row in enumerate(reader, start=1):
            if not row or not "".join(row).strip() or row[0].startswith("#"):
                continue
            row = [cell.strip() for cell in row]
            if not seen_header:
                if row != header:
                    raise LexiconError(
                        f"{where}:{line}: header is {row}, expected {header} (tab-separated)"
                    )
                seen_header = True
                continue
            row += [""] * (len(header) - len(row))
            if len(row) > len(header) and any(row[len(header) :]):
                raise LexiconError(f"{where}:{line}: {len(row)} fields, expected {len(header)}")
            yield f"{where}:{line}", row[: len(header)]


def _load_actors() -> dict[str, Actor]:
    actors: dict[str, Actor] = {}
    for name in ACTOR_FILES:
        for where, (key, cls, country, affiliation, label_en, label_ar) in _rows(
            "kg.lang", name, ACTOR_HEADER
        ):
            if not key or cls not in ACTOR_CLASSES:
                raise LexiconError(
                    f"{where}: actor {key!r} has class {cls!r}; "
                    f"use one of {', '.join(ACTOR_CLASSES)}"
                )
            if key in actors:
                raise LexiconError(f"{where}: actor {key} is defined twice")
            labels = tuple(
                (lang, label) for lang, label in (("en", label_en), ("ar", label_ar)) if label
            )
            actors[key] = Actor(
                key=key,
                actor_class=cls,
                country=country or None,
                # Officials and bodies serve their state; a group with a home country
                # (an armed group, a party) acts for itself unless the row says otherwise.
                affiliation=affiliation
                or (country if cls in {"Person", "GovernmentBody"} and country else None),
                labels=labels,
            )
    for where, (key, members) in _rows("kg.lang", "groupings.tsv", GROUPING_HEADER):
        states = tuple(members.split())
        unknown = [m for m in (key, *states) if m not in actors]
        if unknown or not states or any(actors[m].actor_class != "State" for m in states):
            raise LexiconError(
                f"{where}: grouping {key!r} needs a known actor key and its member states' "
                f"keys, space-separated (unknown: {', '.join(unknown) or 'none'})"
            )
        actors[key] = replace(actors[key], members=states)
    neighbours: dict[str, list[tuple[str, str]]] = {}
    for where, (state, neighbour, direction) in _rows(
        "kg.lang", "neighbours.tsv", NEIGHBOUR_HEADER
    ):
        if state not in actors or neighbour not in actors or direction not in DIRECTIONS:
            raise LexiconError(
                f"{where}: a neighbour row needs two known state keys and one of "
                f"{' '.join(DIRECTIONS)} (got {state!r} {neighbour!r} {direction!r})"
            )
        neighbours.setdefault(state, []).append((neighbour, direction))
    for state, around in neighbours.items():
        actors[state] = replace(actors[state], neighbours=tuple(around))
    for where, (state, since) in _rows("kg.lang", "juntas.tsv", JUNTA_HEADER):
        if state not in actors or actors[state].actor_class != "State" or not since.isdigit():
            raise LexiconError(
                f"{where}: a junta row needs a known state key and the year the military took"
                f" power (got {state!r} {since!r})"
            )
        actors[state] = replace(actors[state], junta=True)
    return actors


def _has_article(form: str) -> bool:
    """Whether a printed Arabic form starts with the article ال (ألمانيا starts with a hamza)."""
    return form.lstrip().startswith("ال")


# Head nouns of a group's name, after which papers quote the rest: حركة «الشباب».
_GROUP_HEADS = {"حركه", "تنظيم", "جماعه", "حزب", "جبهه", "ميليشيا", "ميليشيات", "قوات"}


def _alias_variants(lang: str, kind: str, tokens: Tokens, form: str = "") -> list[Tokens]:
    """The token sequences a lexicon form stands for in running text."""
    variants = [tokens]
    if lang == "en" and kind == "demonym" and not tokens[-1].endswith("s"):
        variants.append((*tokens[:-1], tokens[-1] + "s"))  # Iranians, Saudis, South Koreans
    if lang == "ar":
        # (an ambiguous nisba, مجري or طاجيكي, agrees like a demonym: الحكومة المجرية)
        nisba = kind == "ambiguous" and len(tokens) == 1 and tokens[0].endswith("ي")
        if (kind == "demonym" or nisba) and len(tokens) == 1:
            variants = [(tokens[0] + ending,) for ending in AR_DEMONYM_ENDINGS]
        elif kind == "demonym" and len(tokens) == 2:
            bare = [token[2:] if token.startswith("ال") else token for token in tokens]
            if bare[0].endswith("ي"):
                # كوري جنوبي -> كوريون جنوبيون، الكوريين الجنوبيين: both words agree.
                variants = [tokens] + [
                    (article + bare[0] + ending, article + bare[1] + ending)
                    for ending in AR_DEMONYM_ENDINGS
                    for article in ("", "ال")
                ]
            else:
                # جنوب سوداني -> جنوب سودانيين، الجنوب سودانية، جنوب السوداني: a compass
                # noun and a nisba; only the nisba agrees, the article goes on either.
                variants = [tokens] + [
                    (first, second + ending)
                    for ending in AR_DEMONYM_ENDINGS
                    for first, second in (
                        (bare[0], bare[1]),
                        ("ال" + bare[0], bare[1]),
                        (bare[0], "ال" + bare[1]),
                    )
                ]
        # A multi-word name run together by a scraper: الولاياتالمتحدة.
        if len(tokens) > 1:
            variants.append(("".join(tokens),))
        # The article is a proclitic: index the bare form too, so لل+عراق finds العراق.
        variants += [
            (v[0][2:],) + v[1:]
            for v in list(variants)
            if v[0].startswith("ال") and len(v[0]) > 3 and _has_article(form or v[0])
        ]
    return variants


def _load_language(lang: str, actors: dict[str, Actor]) -> LanguageLexicon:
    table = LanguageLexicon(lang)
    package = f"kg.lang.{lang}"
    seen: dict[tuple[str, str, str], str] = {}
    listed: set[Tokens] = set()
    for name in ALIAS_FILES:
        for where, (key, kind, form) in _rows(package, name, ALIAS_HEADER):
            if key not in actors:
                raise LexiconError(
                    f"{where}: unknown actor key {key!r}; add it to kg/lang/actors.tsv "
                    "(states) or kg/lang/organizations.tsv"
                )
            if kind not in ALIAS_KINDS:
                raise LexiconError(
                    f"{where}: unknown kind {kind!r}; use one of {sorted(ALIAS_KINDS)}"
                )
            if (key, kind, form) in seen:
                raise LexiconError(
                    f"{where}: {form!r} is listed twice (first at {seen[key, kind, form]})"
                )
            seen[key, kind, form] = where
            tokens = token_key(lang, form)
            if not tokens:
                continue
            variants = _alias_variants(lang, kind, tokens, form)
            for variant in variants:
                table.aliases[variant].add((key, kind))
            listed.update(variants[:1] if kind != "demonym" else variants)
            if lang == "ar" and _has_article(form):
                table.bare.update(v for v in variants if not v[0].startswith("ال"))
    table.bare -= listed
    if lang == "ar":
        # A group's name set in quotes after its head noun, حركة «الشباب», تنظيم «القاعدة»,
        # unless the quoted words alone name the same actor (تنظيم «داعش»: داعش does).
        for tokens, values in list(table.aliases.items()):
            inner = {k for k, kind in table.aliases.get(tokens[1:], ()) if kind != "ambiguous"}
            if len(tokens) > 1 and tokens[0] in _GROUP_HEADS and not inner & {k for k, _ in values}:
                table.aliases[(tokens[0], '"', *tokens[1:], '"')].update(values)
    for _where, (role, kind, form) in _rows(package, "roles.tsv", ROLE_HEADER):
        tokens = tuple(t.lower() for t in token_key(lang, form))
        if tokens:
            table.roles.setdefault(tokens, (role, kind))
            if lang == "ar" and tokens[0].startswith("ال") and len(tokens[0]) > 3:
                table.roles.setdefault((tokens[0][2:],) + tokens[1:], (role, kind))
    for where, (event_type, form, pos, preps) in _rows(package, "triggers.tsv", TRIGGER_HEADER):
        if event_type not in EVENT_TYPES:
            raise LexiconError(f"{where}: unknown event type {event_type!r}; use a PLOVER type")
        if pos not in TRIGGER_POS:
            raise LexiconError(f"{where}: unknown pos {pos!r}; use one of {sorted(TRIGGER_POS)}")
        tokens = token_key(lang, form) if lang == "ar" else tuple(form.lower().split())
        prep_list = tuple(
            (token_key(lang, p)[0] if lang == "ar" else p.lower())
            for p in preps.split(",")
            if p.strip()
        )
        trigger = Trigger(event_type, pos, prep_list, form)
        if tokens and trigger not in table.triggers[tokens]:
            table.triggers[tokens].append(trigger)
    for where, (kind, form) in _rows(package, "cues.tsv", CUE_HEADER):
        if kind not in CUE_KINDS:
            raise LexiconError(
                f"{where}: unknown cue kind {kind!r}; use one of {sorted(CUE_KINDS)}"
            )
        tokens = token_key(lang, form) if lang == "ar" else tuple(form.lower().split())
        if tokens:
            table.cues[kind].add(tokens)
    for where, (state, form) in _rows(package, "agencies.tsv", AGENCY_HEADER):
        if state not in actors or actors[state].actor_class != "State":
            raise LexiconError(f"{where}: {state!r} is no state in actors.tsv")
        tokens = tuple(t.lower() for t in token_key(lang, form))
        if tokens:
            table.agencies[tokens] = state
    for name, entries in (
        ("aliases", table.aliases),
        ("roles", table.roles),
        ("triggers", table.triggers),
    ):
        table.longest[name] = max((len(tokens) for tokens in entries), default=1)
    return table


@cache
def load_lexicon() -> Lexicon:
    """Load every lexicon file shipped with kg (once per process).

    Raises
    ------
    LexiconError
        A file is malformed; the message cites ``file:line``.
    """
    actors = _load_actors()
    languages = {lang: _load_language(lang, actors) for lang in LANGUAGES}
    return Lexicon(actors=actors, languages=languages)

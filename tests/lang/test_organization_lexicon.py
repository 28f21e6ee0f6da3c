"""The non-state lexicon: organisations, bodies, persons and their forms; roles (ar, en)."""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from importlib.resources import files

import pytest

from kg.lang.ar.normalize import normalize
from kg.lexicon import load_lexicon, token_key
from kg.model import ACTOR_CLASSES

ACTOR_HEADER = ["key", "class", "country", "affiliation", "label_en", "label_ar"]
ALIAS_HEADER = ["key", "kind", "form"]
ROLE_HEADER = ["role", "kind", "form"]
ALIAS_KINDS = {"name", "short", "abbrev", "body", "person", "ambiguous", "anaphor", "demonym"}
LANGS = ("ar", "en")

#: The non-state keys fixed by shared/eval/GUIDELINES.md.
FIXED_KEYS = (
    "ISIS", "ALQAEDA", "HEZBOLLAH", "HAMAS", "HOUTHIS", "UN", "UNSC", "NATO", "EU",
    "ARAB_LEAGUE", "GCC", "AU", "IAEA", "COALITION", "TALIBAN", "NUSRA", "PKK", "SDF",
    "OPPOSITION_SYR",
)  # fmt: skip

STATE_CODE = re.compile(r"[A-Z]{3}")
ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
LATIN_LETTER = re.compile("[A-Za-z]")


def read_tsv(package: str, name: str, header: list[str]) -> list[tuple[int, list[str]]]:
    """``(line, row)`` pairs of a packaged TSV after checking its exact header."""
    text = (files(package) / name).read_text(encoding="utf-8")
    rows: list[tuple[int, list[str]]] = []
    seen_header = False
    reader = csv.reader(text.splitlines(), dialect="excel-tab", quoting=csv.QUOTE_NONE)
    for line, row in enumerate(reader, start=1):
        if not row or row[0].startswith("#"):
            continue
        if not seen_header:
            assert row == header, f"{name}:{line}: header {row}"
            seen_header = True
            continue
        assert len(row) == len(header), f"{name}:{line}: {len(row)} fields in {row}"
        assert row == [cell.strip() for cell in row], f"{name}:{line}: stray spaces in {row}"
        rows.append((line, row))
    assert seen_header, f"{name}: no header"
    return rows


ACTORS = read_tsv("kg.lang", "organizations.tsv", ACTOR_HEADER)
ACTOR_BY_KEY = {row[0]: row for _, row in ACTORS}
ALIASES = {
    lang: read_tsv(f"kg.lang.{lang}", "organization_aliases.tsv", ALIAS_HEADER) for lang in LANGS
}
ROLES = {lang: read_tsv(f"kg.lang.{lang}", "roles.tsv", ROLE_HEADER) for lang in LANGS}


def known_key(key: str) -> bool:
    return key in ACTOR_BY_KEY or bool(STATE_CODE.fullmatch(key))


def match_form(lang: str, form: str) -> str:
    """The spelling the matcher compares: normalised Arabic, English as printed."""
    return normalize(form) if lang == "ar" else form


# --- organizations.tsv ---------------------------------------------------------------


def test_actor_rows_have_key_class_and_labels():
    for line, (key, cls, _country, _affiliation, label_en, label_ar) in ACTORS:
        assert key and label_en and label_ar, f"organizations.tsv:{line}: empty key or label"
        assert cls in ACTOR_CLASSES, f"organizations.tsv:{line}: class {cls!r}"
        assert ARABIC_LETTER.search(label_ar), f"organizations.tsv:{line}: label_ar {label_ar!r}"


def test_actor_keys_are_unique_and_not_states():
    counts = Counter(key for _, (key, *_rest) in ACTORS)
    assert [key for key, n in counts.items() if n > 1] == []
    if (files("kg.lang") / "actors.tsv").is_file():
        states = {row[0] for _, row in read_tsv("kg.lang", "actors.tsv", ACTOR_HEADER)}
        assert sorted(states & set(counts)) == []


def test_key_shapes_follow_their_class():
    for line, (key, cls, country, _aff, _en, _ar) in ACTORS:
        if cls == "Person":
            assert re.fullmatch(r"[a-z][a-z0-9_]*", key), f"organizations.tsv:{line}: {key}"
        elif cls == "GovernmentBody":
            assert re.fullmatch(r"[A-Z]{3}\.[A-Z][A-Z0-9_]*", key), f"organizations.tsv:{line}"
            assert key[:3] == country, f"organizations.tsv:{line}: {key} serves {country!r}"
        else:
            assert re.fullmatch(r"[A-Z][A-Z0-9_]*", key), f"organizations.tsv:{line}: {key}"


def test_persons_and_bodies_belong_somewhere():
    for line, (key, cls, country, affiliation, _en, _ar) in ACTORS:
        if cls in {"Person", "GovernmentBody"}:
            assert country or affiliation, f"organizations.tsv:{line}: {key} has neither"


def test_country_and_affiliation_point_to_known_actors():
    for line, (key, _cls, country, affiliation, _en, _ar) in ACTORS:
        assert not country or STATE_CODE.fullmatch(country), f"organizations.tsv:{line}"
        assert not affiliation or known_key(affiliation), f"organizations.tsv:{line}: {key}"
        assert affiliation != key, f"organizations.tsv:{line}: {key} is its own affiliation"


def test_fixed_keys_act_for_themselves():
    for key in FIXED_KEYS:
        assert key in ACTOR_BY_KEY, f"guideline key {key} missing"
        _key, cls, country, affiliation, _en, _ar = ACTOR_BY_KEY[key]
        assert cls not in {"Person", "GovernmentBody"}, key
        assert not country and not affiliation, f"{key} would be counted as another actor"


def test_there_are_enough_prominent_persons():
    persons = [row for _, row in ACTORS if row[1] == "Person"]
    assert len(persons) >= 200
    countries = {row[2] for row in persons}
    for code in ("USA", "IRN", "IRQ", "SYR", "SAU", "ISR", "TUR", "RUS", "CHN", "UKR"):
        assert code in countries, code


# --- organization_aliases.tsv ---------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_alias_rows_are_well_formed(lang):
    for line, (key, kind, form) in ALIASES[lang]:
        where = f"{lang}/organization_aliases.tsv:{line}"
        assert key and kind and form, where
        assert kind in ALIAS_KINDS, f"{where}: kind {kind!r}"
        assert known_key(key), f"{where}: unknown key {key!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_no_duplicate_alias_rows(lang):
    counts = Counter(tuple(row) for _, row in ALIASES[lang])
    assert [row for row, n in counts.items() if n > 1] == []


def test_arabic_forms_are_arabic_script():
    for line, (_key, _kind, form) in ALIASES["ar"]:
        assert ARABIC_LETTER.search(form), f"ar/organization_aliases.tsv:{line}: {form!r}"
        assert not LATIN_LETTER.search(form), f"ar/organization_aliases.tsv:{line}: {form!r}"


def test_english_forms_are_latin_script():
    for line, (_key, _kind, form) in ALIASES["en"]:
        assert not ARABIC_LETTER.search(form), f"en/organization_aliases.tsv:{line}: {form!r}"


def test_english_abbreviations_are_capitalised():
    # English names match case-sensitively; "IS" and "WHO" are safe only in capitals.
    for line, (_key, kind, form) in ALIASES["en"]:
        if kind == "abbrev":
            assert form != form.lower(), f"en/organization_aliases.tsv:{line}: {form!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_fixed_key_has_a_form(lang):
    keys = {row[0] for _, row in ALIASES[lang] if row[1] != "ambiguous"}
    assert [key for key in FIXED_KEYS if key not in keys] == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_actor_has_a_form(lang):
    keys = {row[0] for _, row in ALIASES[lang] if row[1] != "ambiguous"}
    # A few bodies and groups are only ever written in one language's press.
    missing = [key for key in ACTOR_BY_KEY if key not in keys]
    assert len(missing) <= len(ACTOR_BY_KEY) // 20, missing


@pytest.mark.parametrize("lang", LANGS)
def test_no_form_names_two_actors(lang):
    """A form under two keys cancels out in the matcher unless both rows say ambiguous.

    Arabic forms are compared normalised, and also without their article, since the
    loader indexes الأسد as أسد too.
    """
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for _line, (key, kind, form) in ALIASES[lang]:
        spelling = match_form(lang, form)
        owners[spelling].add((key, kind))
        first = spelling.split()[0]
        if lang == "ar" and first.startswith("ال") and len(first) > 3:
            owners[spelling[2:]].add((key, kind))
    clashes = {
        spelling: sorted(entries)
        for spelling, entries in owners.items()
        if len({key for key, _ in entries}) > 1 and any(kind != "ambiguous" for _, kind in entries)
    }
    assert clashes == {}


@pytest.mark.parametrize("lang", LANGS)
def test_no_form_is_also_a_state_form(lang):
    """The states' aliases.tsv and this file must not claim the same spelling."""
    state_file = files(f"kg.lang.{lang}") / "aliases.tsv"
    if not state_file.is_file():
        pytest.skip("no state aliases yet")
    states = read_tsv(f"kg.lang.{lang}", "aliases.tsv", ALIAS_HEADER)
    state_forms = {
        token_key(lang, form): key for _, (key, kind, form) in states if kind != "ambiguous"
    }
    clashes = [
        (key, form, state_forms[token_key(lang, form)])
        for _, (key, kind, form) in ALIASES[lang]
        if kind != "ambiguous" and token_key(lang, form) in state_forms
    ]
    assert clashes == []


# --- roles.tsv ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_role_rows_are_well_formed(lang):
    forms = Counter()
    for line, (role, kind, form) in ROLES[lang]:
        where = f"{lang}/roles.tsv:{line}"
        assert re.fullmatch(r"[a-z][a-z_]*", role), f"{where}: role {role!r}"
        assert kind in {"person", "body"}, f"{where}: kind {kind!r}"
        assert form, where
        if lang == "ar":
            assert ARABIC_LETTER.search(form) and not LATIN_LETTER.search(form), where
        else:
            assert form == form.lower(), f"{where}: roles match lower-cased text"
        forms[match_form(lang, form)] += 1
    assert [form for form, n in forms.items() if n > 1] == []


@pytest.mark.parametrize(
    ("lang", "role", "kind"),
    [
        ("ar", "foreign_minister", "person"),
        ("ar", "spokesperson", "person"),
        ("ar", "foreign_ministry", "body"),
        ("ar", "army", "body"),
        ("en", "foreign_minister", "person"),
        ("en", "official", "person"),
        ("en", "defence_ministry", "body"),
        ("en", "security_forces", "body"),
    ],
)
def test_core_roles_are_present(lang, role, kind):
    assert any(row[0] == role and row[1] == kind for _, row in ROLES[lang])


# --- through the real loader ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "form", "key"),
    [
        ("ar", "داعش", "ISIS"),
        ("ar", "تنظيم الدولة", "ISIS"),
        ("ar", "هيئة تحرير الشام", "NUSRA"),
        ("ar", "أنصار الله", "HOUTHIS"),
        ("ar", "التحالف بقيادة السعودية", "COALITION"),
        ("ar", "التحالف", "COALITION"),
        ("ar", "مجلس الأمن الدولي", "UNSC"),
        ("ar", "الأمين العام للأمم المتحدة", "UN"),
        ("ar", "الائتلاف الوطني السوري", "OPPOSITION_SYR"),
        ("ar", "الجيش السوري الحر", "OPPOSITION_SYR"),
        ("ar", "الحرس الثوري", "IRN.IRGC"),
        ("ar", "البنتاغون", "USA.PENTAGON"),
        ("ar", "اردوغان", "recep_tayyip_erdogan"),
        ("ar", "خامنئي", "ali_khamenei"),
        ("en", "Daesh", "ISIS"),
        ("en", "HTS", "NUSRA"),
        ("en", "Saudi-led coalition", "COALITION"),
        ("en", "the U.S.-led coalition", "COALITION"),
        ("en", "UNHCR", "UN"),
        ("en", "Security Council", "UNSC"),
        ("en", "Free Syrian Army", "OPPOSITION_SYR"),
        ("en", "the Pentagon", "USA.PENTAGON"),
        ("en", "Quds Force", "IRN.IRGC"),
        ("en", "Khamenei", "ali_khamenei"),
        ("en", "AQAP", "ALQAEDA"),
    ],
)
def test_form_names_exactly_its_actor(lang, form, key):
    entries = load_lexicon()[lang].aliases[token_key(lang, form)]
    assert {k for k, kind in entries if kind != "ambiguous"} == {key}


@pytest.mark.parametrize(
    ("lang", "form"),
    [
        ("ar", "القاعدة"),  # also "the (air) base"
        ("ar", "مجلس الأمن القومي"),  # a national security council, not the UNSC
        ("ar", "الحشد"),  # also "the massing" of troops
        ("en", "National Security Council"),
        ("en", "ruling coalition"),
    ],
)
def test_risky_forms_never_match_alone(lang, form):
    entries = load_lexicon()[lang].aliases[token_key(lang, form)]
    assert entries and all(kind == "ambiguous" for _, kind in entries)

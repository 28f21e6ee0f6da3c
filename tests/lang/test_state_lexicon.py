"""The state lexicon files themselves: actors.tsv and the ar/en aliases.tsv (read with csv)."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from importlib.resources import files
from pathlib import Path

import pytest
from babel import Locale
from babel.core import get_global

from kg.lang.ar.normalize import normalize
from kg.lexicon import load_lexicon

ACTORS_HEADER = ["key", "class", "country", "affiliation", "label_en", "label_ar"]
ALIASES_HEADER = ["key", "kind", "form"]
STATE_KINDS = {"name", "short", "capital", "demonym", "abbrev", "ambiguous"}

UN_MEMBERS = frozenset(
    """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK
COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG
MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL
PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR
USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()
)
OTHERS = frozenset({"PSE", "VAT", "TWN", "XKX"})  # observers, Taiwan, Kosovo
EXPECTED = UN_MEMBERS | OTHERS

# States that truly lack a form of some kind, or whose only form is ambiguous.
NO_CAPITAL = {
    # city-states: the capital is the state's name
    "ar": {"MCO", "SMR", "SGP", "VAT"}
    # only ambiguous forms: بروكسل (EU), عمان (OMN), ماليه (مالية), فيكتوريا, ديلي (Daily), روسو
    | {"BEL", "JOR", "MDV", "SYC", "TLS", "DMA"},
    "en": {"MCO", "SMR", "SGP", "VAT"} | {"BEL", "SYC"},  # Brussels (EU), Victoria
}
NO_DEMONYM = {
    # no nisba in use in Arabic news, or only an ambiguous one (قمري, كونغولي)
    "ar": set(
        """ATG BHS BRB CPV CAF COG COM DMA GNQ GNB GRD KIR LSO LIE MHL FSM MCO NRU
                 PLW PNG KNA LCA VCT WSM SMR SLB STP TON TUV VUT""".split()
    ),
    "en": {"COG", "DMA", "VAT"},  # Congolese -> COD, Dominican -> DOM; the Holy See has none
}


def read_tsv(package: str, name: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Return the first line's cells and the (line number, cells) of every data row."""
    text = (files(package) / name).read_text(encoding="utf-8")
    lines = list(csv.reader(text.splitlines(), dialect="excel-tab", quoting=csv.QUOTE_NONE))
    rows = [
        (n, row) for n, row in enumerate(lines[1:], start=2) if row and not row[0].startswith("#")
    ]
    return lines[0], rows


ACTORS = read_tsv("kg.lang", "actors.tsv")
ALIASES = {lang: read_tsv(f"kg.lang.{lang}", "aliases.tsv") for lang in ("ar", "en")}
STATES = {row[0]: row for _, row in ACTORS[1]}


def by_kind(lang: str) -> dict[str, dict[str, list[str]]]:
    """key -> kind -> forms."""
    table: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for _, (key, kind, form) in ALIASES[lang][1]:
        table[key][kind].append(form)
    return table


def ar_key(form: str) -> str:
    """How the loader will see an Arabic form: normalised, leading ال dropped."""
    text = " ".join(normalize(form).split())
    return text[2:] if text.startswith("ال") and len(text.split()[0]) > 3 else text


def en_key(form: str) -> str:
    words = form.split()
    return " ".join(words[1:] if len(words) > 1 and words[0].lower() == "the" else words)


def test_actors_header_and_rows():
    header, rows = ACTORS
    assert header == ACTORS_HEADER
    for line, row in rows:
        assert len(row) == len(ACTORS_HEADER), f"actors.tsv:{line}: {row}"
        key, cls, country, affiliation, label_en, label_ar = row
        assert re.fullmatch("[A-Z]{3}", key), f"actors.tsv:{line}: key {key!r}"
        assert (cls, country, affiliation) == ("State", key, ""), f"actors.tsv:{line}"
        assert label_en.strip() == label_en and label_en, f"actors.tsv:{line}"
        assert label_ar.strip() == label_ar and label_ar, f"actors.tsv:{line}"


def test_actor_keys_unique_and_complete():
    keys = Counter(row[0] for _, row in ACTORS[1])
    assert [key for key, n in keys.items() if n > 1] == []
    assert len(UN_MEMBERS) == 193
    assert set(keys) == EXPECTED


def test_keys_are_iso_alpha3_known_to_cldr():
    alpha2 = {a3: a2 for a3, a2 in get_global("territory_aliases").items() if len(a3) == 3}
    en, ar = Locale("en").territories, Locale("ar").territories
    for key in EXPECTED - {"XKX"}:  # XKX is a user-assigned code, CLDR's XK
        assert key in alpha2 and len(alpha2[key]) == 1, key
        assert alpha2[key][0] in en and alpha2[key][0] in ar, key


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_aliases_header_and_fields(lang):
    header, rows = ALIASES[lang]
    assert header == ALIASES_HEADER
    for line, row in rows:
        where = f"{lang}/aliases.tsv:{line}"
        assert len(row) == 3, f"{where}: {row}"
        key, kind, form = row
        assert key in STATES, f"{where}: unknown key {key!r}"
        assert kind in STATE_KINDS, f"{where}: kind {kind!r}"
        assert form and form == form.strip() and "  " not in form, f"{where}: form {form!r}"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_duplicate_rows(lang):
    counts = Counter(tuple(row) for _, row in ALIASES[lang][1])
    assert [row for row, n in counts.items() if n > 1] == []


def test_no_mechanical_arabic_variants():
    """Two spellings of one key and kind that the normaliser merges are one row too many."""
    seen: dict[tuple[str, str, str], str] = {}
    for _, (key, kind, form) in ALIASES["ar"][1]:
        norm = ar_key(form)
        assert (key, kind, norm) not in seen, f"{form!r} repeats {seen[key, kind, norm]!r}"
        seen[key, kind, norm] = form


def _is_arabic_letter(char: str) -> bool:
    return unicodedata.name(char, "").startswith("ARABIC") and unicodedata.category(char)[0] in "LM"


def test_arabic_forms_are_arabic_script():
    for line, (_, _, form) in ALIASES["ar"][1]:
        bad = {c for c in form if c != " " and not _is_arabic_letter(c)}
        assert not bad, f"ar/aliases.tsv:{line}: {form!r} holds {bad}"
    for key, row in STATES.items():
        assert all(c == " " or _is_arabic_letter(c) for c in row[5]), key


def test_english_forms_are_latin():
    for line, (_, _, form) in ALIASES["en"][1]:
        assert re.search("[A-Za-z]", form), f"en/aliases.tsv:{line}: {form!r}"
        assert not any(_is_arabic_letter(c) for c in form), f"en/aliases.tsv:{line}"


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("kind", ["name", "capital", "demonym"])
def test_every_state_has_name_capital_demonym(lang, kind):
    table = by_kind(lang)
    exempt = {"name": set(), "capital": NO_CAPITAL[lang], "demonym": NO_DEMONYM[lang]}[kind]
    missing = sorted(key for key in STATES if not table[key][kind] and key not in exempt)
    assert missing == []
    # an exemption that is no longer needed is a stale exemption
    assert sorted(key for key in exempt if table[key][kind]) == []


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_label_is_a_name(lang):
    table = by_kind(lang)
    column = 5 if lang == "ar" else 4
    for key, row in STATES.items():
        assert row[column] in table[key]["name"], key


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_form_names_one_state_unless_ambiguous(lang):
    norm = ar_key if lang == "ar" else en_key
    plain: dict[str, set[str]] = defaultdict(set)
    vague: dict[str, set[str]] = defaultdict(set)
    for _, (key, kind, form) in ALIASES[lang][1]:
        (vague if kind == "ambiguous" else plain)[norm(form)].add(key)
    assert {form: keys for form, keys in plain.items() if len(keys) > 1} == {}
    assert {form for form, keys in plain.items() if keys & vague[form]} == set()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_cldr_name_is_covered(lang):
    """Babel's territory name is listed, unless it is a display form or ambiguous."""
    norm = ar_key if lang == "ar" else en_key
    alpha2 = {a3: a2[0] for a3, a2 in get_global("territory_aliases").items() if len(a3) == 3}
    alpha2["XKX"] = "XK"
    names = Locale(lang).territories
    forms = defaultdict(set)
    for _, (key, _kind, form) in ALIASES[lang][1]:
        forms[key].add(norm(form))
    skip = {"الأراضي الفلسطينية", "Palestinian Territories"}  # a territory, not the actor
    for key in EXPECTED:
        cldr = names[alpha2[key]]
        if "(" in cldr or " - " in cldr or cldr in skip:
            continue
        assert norm(cldr) in forms[key], (key, cldr)


@pytest.mark.parametrize(
    ("lang", "key", "kind", "form"),
    [
        ("ar", "USA", "name", "الولايات المتحدة الأمريكية"),
        ("ar", "USA", "short", "أميركا"),
        ("ar", "USA", "demonym", "أمريكي"),
        ("ar", "USA", "demonym", "أميركان"),
        ("ar", "IRN", "capital", "طهران"),
        ("ar", "IRN", "demonym", "إيراني"),
        ("ar", "SYR", "name", "سورية"),
        ("ar", "SAU", "name", "المملكة العربية السعودية"),
        ("ar", "CHN", "capital", "بيجين"),
        ("ar", "ISR", "short", "الكيان الصهيوني"),
        ("ar", "ISR", "capital", "تل أبيب"),
        ("ar", "PRK", "name", "كوريا الديمقراطية"),
        ("ar", "RUS", "demonym", "روس"),
        ("ar", "JOR", "ambiguous", "عمان"),
        ("ar", "OMN", "ambiguous", "عمان"),
        ("ar", "MLI", "ambiguous", "مالي"),
        ("ar", "UKR", "ambiguous", "كيف"),
        ("en", "USA", "abbrev", "U.S."),
        ("en", "GBR", "name", "Britain"),
        ("en", "PRK", "abbrev", "DPRK"),
        ("en", "SAU", "abbrev", "KSA"),
        ("en", "ARE", "demonym", "Emirati"),
        ("en", "RUS", "name", "Russian Federation"),
        ("en", "ISR", "short", "Zionist entity"),
        ("en", "KOR", "ambiguous", "Korea"),
        # "Congo" alone is the DRC in wire copy (the Republic of the Congo is named in full)
        ("en", "COD", "short", "Congo"),
        ("ar", "COD", "short", "الكونغو"),
    ],
)
def test_known_entries(lang, key, kind, form):
    assert form in by_kind(lang)[key][kind]


@pytest.mark.parametrize(
    ("lang", "form"),
    [
        # common words and names: never a plain alias
        ("ar", "مالي"),  # financial
        ("ar", "كيف"),  # how
        ("ar", "بنين"),  # boys
        ("ar", "مجري"),  # مجرى, course
        ("ar", "قمري"),  # lunar
        ("ar", "ديلي"),  # Daily (Telegraph, Mail)
        ("ar", "دار السلام"),
        ("ar", "الاحتلال"),
        ("ar", "المملكة"),
        ("en", "Male"),
        ("en", "Victoria"),
        ("en", "Korea"),
        ("en", "Kingdom"),
    ],
)
def test_common_words_are_not_plain_aliases(lang, form):
    norm = ar_key if lang == "ar" else en_key
    plain = {norm(f) for _, (_, kind, f) in ALIASES[lang][1] if kind != "ambiguous"}
    assert norm(form) not in plain


def test_files_are_what_the_generator_writes():
    """The alias files are generated: an entry added by hand to them and not to the
    generator's tables is lost the next time it runs."""
    tool = Path(__file__).resolve().parents[2] / "tools" / "make_state_lexicon.py"
    result = subprocess.run(
        [sys.executable, str(tool), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


OPPOSITE = {"N": "S", "NE": "SW", "E": "W", "SE": "NW", "S": "N", "SW": "NE", "W": "E", "NW": "SE"}


def test_neighbours_are_listed_both_ways_with_opposite_directions():
    text = (files("kg.lang") / "neighbours.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert rows[0] == ["state", "neighbour", "direction"]
    pairs = {(state, neighbour): direction for state, neighbour, direction in rows[1:]}
    assert len(pairs) == len(rows) - 1, "a pair is listed twice"
    for (state, neighbour), direction in pairs.items():
        assert state != neighbour and state in EXPECTED and neighbour in EXPECTED, (
            state,
            neighbour,
        )
        assert pairs.get((neighbour, state)) == OPPOSITE[direction], (state, neighbour, direction)
    # Spot checks a reader can verify on a map.
    assert pairs[("KOR", "PRK")] == "N" and pairs[("MLI", "DZA")] == "N"
    assert {n for s, n in pairs if s == "MLI"} == {"DZA", "NER", "BFA", "CIV", "GIN", "SEN", "MRT"}


def test_news_agencies_sign_for_their_states_in_both_languages():
    lexicon = load_lexicon()
    arabic, english = lexicon["ar"].agencies, lexicon["en"].agencies
    assert arabic[("واس",)] == english[("spa",)] == "SAU"
    assert arabic[("ا", "ش", "ا")] == english[("mena",)] == "EGY"
    # The same states in both tables; no international service (Anadolu, Xinhua).
    assert set(arabic.values()) == set(english.values())
    assert ("الاناضول",) not in arabic and ("anadolu",) not in english

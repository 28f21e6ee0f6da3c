"""Find lexicon entries in tokenised text: actor names, roles and triggers, clitic-aware.

Arabic words carry proclitics (و ف ب ل ك ال) and pronoun suffixes; a word is
split only when what remains is in the table (واشنطن keeps its و).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from kg.lang.ar.normalize import PROCLITICS, PRONOUN_SUFFIXES
from kg.lang.en import lemma

__all__ = ["Match", "Table", "Vocabulary", "Word", "ar_stems", "match_table", "person_spans"]

# Verb prefixes besides the proclitics: the future marker (سيرفض، وسنواصل).
_AR_VERB_PREFIXES = ("وس", "فس", "س", "ول", "ل")


@dataclass(slots=True)  # not frozen: one is made per match, and frozen ones cost 4x to make
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


class Table:
    """A lexicon table made ready for matching: its entries indexed by their first word.

    ``clitics`` and ``suffixes`` say which Arabic clitics a word may carry in front of
    an entry (see ``CLITIC_SETS``); ``longest`` bounds how many words a match spans.
    """

    __slots__ = ("entries", "longest", "clitics", "suffixes", "lengths", "multi")

    def __init__(
        self,
        entries: Mapping[tuple[str, ...], object],
        longest: int,
        *,
        clitics: str = "all",
        suffixes: bool = False,
    ) -> None:
        self.entries = entries
        self.longest = longest
        self.clitics = clitics
        self.suffixes = suffixes
        lengths: dict[str, set[int]] = {}
        # Multi-word entries by first word, longest first, for gapped matches.
        self.multi: dict[str, list[tuple[str, ...]]] = {}
        for key in sorted(entries, key=len, reverse=True):
            lengths.setdefault(key[0], set()).add(len(key))
            if len(key) > 1:
                self.multi.setdefault(key[0], []).append(key)
        #: First word -> the lengths of the entries it starts, longest first.
        self.lengths = {
            first: tuple(sorted(sizes, reverse=True)) for first, sizes in lengths.items()
        }

    def readings(self, lang: str, form: str) -> tuple[tuple[str, str, str], ...]:
        """The ``(stem, prefix, suffix)`` readings of ``form`` whose stem starts an entry."""
        if lang == "ar":
            # The longest stem first: وبحث is و + بحث ("and discussed"), not و + ب + حث.
            candidates = sorted(
                ar_stems(form, suffixes=self.suffixes, clitics=self.clitics),
                key=lambda reading: len(reading[1]),
            )
            if self.clitics in ("trigger", "cue") and form.endswith("ا") and len(form) > 3:
                # The accusative ending: اعتصاماً، هجوماً، رفضاً read as اعتصام، هجوم، رفض.
                candidates += [
                    (stem[:-1], prefix, suffix)
                    for stem, prefix, suffix in candidates
                    if not suffix and stem.endswith("ا") and len(stem) > 3
                ]
        else:
            candidates = ((form, "", ""),)
        return tuple(reading for reading in candidates if reading[0] in self.lengths)


@dataclass(frozen=True, slots=True)
class Word:
    """What the four tables make of one distinct word: its readings that start an entry."""

    lemma: str  # the form triggers and cues are keyed on: normalised (ar), lemma (en)
    aliases: tuple[tuple[str, str, str], ...]
    triggers: tuple[tuple[str, str, str], ...]
    roles: tuple[tuple[str, str, str], ...]
    cues: tuple[tuple[str, str, str], ...]


class Vocabulary:
    """One language's tables and a memo of the words seen so far.

    Words repeat (Zipf): each distinct word is split into clitics and looked up
    in every table once, and after that costs one dictionary look-up; most words
    start no entry at all. English words are keyed by their text (aliases are
    case-sensitive, roles lower-case, triggers and cues lemmatised); Arabic words
    by their normalised form, which every table is keyed on.
    """

    __slots__ = ("lang", "aliases", "triggers", "roles", "cues", "_seen")

    def __init__(self, lang: str, *, aliases: Table, triggers: Table, roles: Table, cues: Table):
        self.lang = lang
        self.aliases, self.triggers, self.roles, self.cues = aliases, triggers, roles, cues
        self._seen: dict[str, Word] = {}

    def words(self, keys: Iterable[str]) -> list[Word]:
        """The ``Word`` of each key: the text (en) or the normalised form (ar) of a token."""
        seen = self._seen
        words = []
        for key in keys:
            word = seen.get(key)
            if word is None:
                if len(seen) > 500_000:  # bound the memory a long run can take
                    seen.clear()
                word = seen[key] = self._word(key)
            words.append(word)
        return words

    def _word(self, key: str) -> Word:
        lang = self.lang
        lower = key if lang == "ar" else key.lower()
        lemmatised = key if lang == "ar" else lemma(key)
        triggers = self.triggers.readings(lang, lemmatised)
        if lang == "ar":
            triggers = tuple(r for r in triggers if r[0] + r[2] not in _AR_ADVERBS_NOT_VERBS)
        return Word(
            lemmatised,
            self.aliases.readings(lang, key),
            triggers,
            self.roles.readings(lang, lower),
            self.cues.readings(lang, lemmatised),
        )


# Adverbs that read as a verb with an object suffix: هناك ("there") is no هنأ + ك
# ("congratulated you").
_AR_ADVERBS_NOT_VERBS = {"هناك"}


def _gapped(
    forms: Sequence[str],
    i: int,
    key: tuple[str, ...],
    gap: int,
    stop: set[int],
    skippable: set[int] = frozenset(),
    asides: set[int] = frozenset(),
) -> int:
    """End of ``key`` matched from ``i`` with up to ``gap`` other words before each later
    part, not counting positions in ``skippable`` (up to ``_MAX_SKIPPED`` of them) nor, at
    all, those in ``asides``."""
    position = i + 1
    skipped = 0
    for part in key[1:]:
        other = 0
        at = position
        while True:
            if at >= len(forms) or at in stop:
                return 0
            if forms[at] == part:
                position = at + 1
                break
            if at in asides:
                pass
            elif at in skippable:
                skipped += 1
                if skipped > _MAX_SKIPPED:
                    return 0
            else:
                other += 1
                if other > gap:
                    return 0
            at += 1
    return position


#: The most words a phrase may reach over that way: two actors with their titles, or a
#: long name and a day set off by commas (مجلس السلم والأمن التابع للاتحاد الأفريقي، الأربعاء،).
_MAX_SKIPPED = 10


def match_table(
    forms: Sequence[str],
    readings: Sequence[tuple[tuple[str, str, str], ...]],
    table: Table,
    *,
    gap: int = 0,
    stop: set[int] = frozenset(),
    skippable: set[int] = frozenset(),
    asides: set[int] = frozenset(),
) -> list[Match]:
    """Greedy longest-first matches of ``table`` entries over ``forms``.

    ``readings`` holds, per position, the readings of the word there whose stem
    starts an entry (``Table.readings``); only those positions are tried. For
    Arabic the first token of an entry may carry proclitics and the last one (of
    a one-token entry) a pronoun suffix, when the table allows suffixes. With
    ``gap``, a multi-token entry also matches with up to ``gap`` words before
    each later part ("imposed broader sanctions"); positions in ``stop`` are
    never skipped, and positions in ``skippable`` are skipped without counting
    toward ``gap`` (an Arabic verb's subject between the verb and its object:
    وقعت اليابان والفلبين اتفاقية), those in ``asides`` (a date set off by commas) without
    counting at all. A gapped match spans only its first token and
    reports where it reaches in ``Match.reach``.
    """
    matches: list[Match] = []
    entries, lengths = table.entries, table.lengths
    n = len(forms)
    free = 0  # the first position not inside an earlier match
    for i in compress(range(n), readings):
        if i < free:
            continue
        found: Match | None = None
        for stem, prefix, suffix in readings[i]:
            span_max = 1 if suffix else min(table.longest, n - i)
            for size in lengths[stem]:
                if size > span_max:
                    continue
                value = entries.get((stem, *forms[i + 1 : i + size]))
                if value:
                    if found is None or size > found.end - found.start:
                        found = Match(i, i + size, value, prefix, suffix, stem, i + size)
                    break
            if found is not None and found.end - found.start > 1:
                break
            if (gap or skippable) and not suffix:
                for key in table.multi.get(stem, ()):
                    end = _gapped(forms, i, key, gap, stop, skippable, asides)
                    if end:
                        found = Match(i, i + 1, entries[key], prefix, suffix, stem, end)
                        break
            if found is not None:
                break
        if found is not None:
            matches.append(found)
            free = found.end
    return matches


# Words that end an Arabic name after a title: time words and the like (قال الوزير … أمس).
_AR_NOT_NAME = {
    "امس", "اليوم", "غدا", "الليله", "صباح", "مساء", "ان", "انه", "انها", "الي", "علي", "في",
    "من", "عن", "مع", "خلال", "لدي", "عقب", "بعد", "قبل", "الذي", "التي", "او", "ثم", "حيث",
    "كما", "بان", "لان", "هو", "هي", "قد", "لقد", "رسمي", "رسميه", "سابق", "سابقه", "كبير",
    "رفيع", "بارز", "الجديد", "الجديده", "الحالي", "المقبل", "اخر", "عدد", "ايضا",
    "مغادره", "بمغادره",  # أمرت السفير جويل ماير بمغادرة البلاد
    # أجرى الرئيس المصري اتصالين هاتفيين: what a title's holder holds, not his name
    "اتصال", "اتصالا", "اتصالين", "اتصالات", "مكالمه", "مباحثات", "محادثات", "لقاء", "زياره",
}  # fmt: skip
_TANWEEN = set("\u064b\u064c\u064d")
# Lower-case words inside names: Bashar al-Assad, Mohammed bin Salman, Ursula von der Leyen.
_EN_NAME_PARTICLES = {"al", "bin", "ibn", "abu", "de", "da", "van", "von", "der", "el", "la", "le"}


@lru_cache(maxsize=1 << 16)
def _plural(word: str) -> bool:
    """An Arabic sound plural (مسؤولين، مسؤولون، قيادات); short words like أمين are not."""
    return (len(word) > 4 and word.endswith(("ين", "ون", "ات"))) or word in _BROKEN_PLURALS


# Titles in a broken plural: a group, never one named person (جنود أتراك وأصيب …).
_BROKEN_PLURALS = {"جنود", "الجنود", "ضباط", "الضباط", "نواب", "النواب", "قاده", "القاده",
                   "زعماء", "الزعماء", "عناصر", "العناصر"}  # fmt: skip


def _en_name_token(text: str) -> bool:
    parts = [part for part in text.replace("'", "-").split("-") if part]
    return (
        bool(parts)
        and all(part[0].isupper() and part.isalpha() for part in parts)
        and (not text.isupper() or len(text) <= 1)
    )


# Where an official is posted, between his title and his name (السفير الأمريكي لدى
# الأمم المتحدة): normalised.
_AR_SEATS = {"في", "لدي"}


_IN_THE_NAME_OF = "باسم"  # المتحدث باسم: the body the spokesman speaks for follows


def person_spans(
    lang: str,
    texts: Sequence[str],
    norms: Sequence[str],
    *,
    taken: set[int],
    roles: set[int],
    blocked: set[int],
    known_people: set[int] = frozenset(),
    titles: set[int] | None = None,
) -> list[tuple[int, int]]:
    """Token ranges that read as a person's name: what stands right after a title.

    English: a run of capitalised words (with al, bin, von …), anywhere but the
    sentence's first word. Arabic, which has no capitals: up to three words
    right after a title (and the state named with it), stopping at punctuation,
    a known word, a preposition or a time word. ``titles`` holds the last word of
    each official's title (all of ``roles`` if not given): a body's name is no title.
    """
    titles = roles if titles is None else titles
    spans: list[tuple[int, int]] = []
    n = len(texts)

    def name_word(at: int, first: bool) -> bool:
        return (
            at not in taken
            and at not in blocked
            and at not in roles
            and any(c.isalpha() for c in texts[at])
            and norms[at] not in _AR_NOT_NAME
            # أصدر الرئيس السوري مرسوماً، للرئيس الفرنسي اعتبروها مسيئة: a noun with
            # case endings or a verb with its object is no name
            and _TANWEEN.isdisjoint(texts[at])
            and not norms[at].endswith(("وه", "وها", "وهم", "وهما"))
            and not (first and norms[at].startswith("ال"))
            # بالدور، للمملكة: a preposition fused with the article opens no name
            and not norms[at].startswith(("بال", "لل", "وال", "وبال", "فال", "كال"))
        )

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
        # (a body named after the title is where the official serves: الناطق باسم الرئاسة
        # الفلسطينية نبيل أبو ردينة، المتحدث باسم الخارجية التركية أونجو كتشالي)
        spoken_for = i in titles and norms[i] == _IN_THE_NAME_OF
        if (
            i not in titles
            or (i + 1 < n and i + 1 in roles - taken and not spoken_for)
            or _plural(norms[i])
        ):
            i += 1  # a name follows the last word of a singular title (مسؤولين: no name)
            continue
        start = i + 1
        while spoken_for and start < n and start in roles and start not in taken:
            start += 1
        while start < n and start in taken and start not in known_people:
            start += 1
        if start + 1 < n and norms[start] in _AR_SEATS and start + 1 in taken:
            # السفير المكسيكي في ليما بابلو مونروي: past where he is posted
            start += 1
            while start < n and start in taken and start not in known_people:
                start += 1
        if start in known_people:  # the title's holder is already known by name
            i = start
            continue
        end, words = start, 0
        while end < n and words < 3 and name_word(end, end == start):
            end, words = end + 1, words + 1
            # ليندا توماس-غرينفيلد: a hyphen joins two words of one name
            if words < 3 and end + 1 < n and texts[end] == "-" and name_word(end + 1, False):
                end, words = end + 2, words + 1
        if end - start >= 2:  # a first name and a family name: one word is too often not a name
            spans.append((start, end))
        i = max(end, i + 1)
    return spans

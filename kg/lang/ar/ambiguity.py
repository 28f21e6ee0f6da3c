"""Arabic names that are also common words or another place, read from their context.

عمان is Amman (Jordan's capital) or Oman; مالي is Mali or the adjective "financial".
Normalisation erases what tells them apart, so these rules read the printed word
and the word before it. A form no rule settles stays unmatched (it is listed as
``ambiguous`` in the alias files).
"""

from __future__ import annotations

from kg.lang.ar.normalize import normalize

__all__ = ["CAPITAL_NAMES", "read_ambiguous", "read_occupation", "read_occupier"]

SHADDA, DAMMA = "\u0651", "\u064f"

# States whose Arabic name is also their capital's: after a deal's or meeting's noun
# (اتفاق الجزائر، قمة الكويت، إعلان تونس) the name is the city where it was made.
CAPITAL_NAMES = {normalize(word) for word in ("الجزائر", "الكويت", "تونس", "جيبوتي", "سنغافورة",
                                                "بنما", "غواتيمالا", "موناكو")}  # fmt: skip


# Words after which مالي names the country, not "financial": prepositions and the
# nouns a country's name follows (في مالي، حكومة مالي، شمال مالي، تعليق عضوية مالي).
_COUNTRY_CONTEXT = {
    normalize(word)
    for word in ("في", "إلى", "من", "مع", "أمام", "ضد", "داخل", "حكومة", "دولة", "جمهورية",
                 "رئيس", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي",
                 "سلطات", "جيش", "حدود", "عاصمة", "عضوية", "سفير", "سفارة", "خارجية")
}  # fmt: skip


# Nouns a demonym qualifies: after them المالي is "Malian" (الجيش المالي), not "financial".
_STATE_NOUNS = {
    normalize(word)
    for word in ("جيش", "قوات", "حكومة", "سلطات", "رئيس", "وزير", "وزارة", "مجلس", "جنود", "وزراء",
                 "جندي", "شعب", "سفير", "سفارة", "خارجية", "دفاع", "مسؤولين", "مسؤول",
                 # نظيره الأوزبكي: an official's counterpart is a state's official
                 "نظير", "نظيره", "نظيرها", "نظيرهم", "نظيريه", "نظرائه", "نظرائها", "وفد",
                 "مبعوث", "الجانب", "برلمان")
}  # fmt: skip


# Adjectives of a state's organs that may stand between the noun and its demonym:
# الحكومة الانتقالية المالية، المجلس العسكري المالي، القوات المسلحة المالية.
_STATE_ADJECTIVES = {
    normalize(word) for word in ("انتقالية", "انتقالي", "عسكري", "مسلحة", "جوية", "بحرية")
}


def unprefixed(word: str) -> str:
    """A word without the article and the prepositions fused to it: للجيش -> جيش."""
    if word.endswith("ا") and len(word) > 4:
        word = word[:-1]  # جندياً مالياً: the accusative ending
    for prefix in ("وبال", "وال", "بال", "لل", "ال", "ول", "وب", "و", "ب", "ل"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


# Words that place a sentence in the Israeli-Palestinian conflict, where "the
# occupation forces" (قوات الاحتلال) are Israel's.
_PALESTINE_CONTEXT = {
    normalize(word)
    for word in ("فلسطيني", "فلسطينيا", "فلسطينيين", "فلسطينيون", "الفلسطيني", "الفلسطينية",
                 "الفلسطينيين", "فلسطين", "الضفة", "غزة", "القدس", "جنين", "نابلس", "الخليل",
                 "طولكرم", "رام", "الأقصى", "المخيم", "مخيم", "حماس")
}  # fmt: skip


def read_occupation(candidates: tuple[str, ...], sentence: list[str]) -> str | None:
    """ "The occupation forces" (قوات الاحتلال) are Israel's in a sentence about the
    Palestinians (its normalised words ``sentence``); elsewhere they name no one.

    >>> read_occupation(("ISR.IDF",), ["اقتحمت", "قوات", "الاحتلال", "مخيم", "جنين"])
    'ISR.IDF'
    >>> read_occupation(("ISR.IDF",), ["قوات", "الاحتلال", "في", "العراق"])
    """
    if candidates == ("ISR.IDF",) and not _PALESTINE_CONTEXT.isdisjoint(sentence):
        return "ISR.IDF"
    return None


# Actors whose naming earlier in a document places it in the Israeli-Palestinian conflict.
_PALESTINE_ACTORS = {"PSE", "HAMAS", "PIJ", "FATAH", "ISR"}


def read_occupier(
    candidates: tuple[str, ...], sentence: list[str], earlier: tuple[str, ...]
) -> str | None:
    """ "The occupation" (الاحتلال) alone is Israel in a sentence about the Palestinians
    or in a document that named them (or Israel) already; elsewhere it names no one.

    >>> read_occupier(("ISR",), ["محملة", "الاحتلال", "المسؤولية"], ("HAMAS",))
    'ISR'
    >>> read_occupier(("ISR",), ["انهاء", "الاحتلال", "الروسي"], ("UKR",))
    """
    if candidates != ("ISR",):
        return None
    if not _PALESTINE_CONTEXT.isdisjoint(sentence) or not _PALESTINE_ACTORS.isdisjoint(earlier):
        return "ISR"
    return None


def _verb_like(word: str) -> bool:
    """A perfect verb in the feminine (أعلنت، استدعت، وقعت), not a noun in ة."""
    return not word.startswith("ال") and word.count("ا") <= 2


def read_ambiguous(
    text: str, prefix: str, previous: str, candidates: tuple[str, ...], following: str = ""
) -> tuple[str, str] | None:
    """The (actor key, alias kind) an ambiguous one-word name stands for here, if any.

    ``text`` is the word as printed (with its diacritics), ``prefix`` its proclitics,
    ``previous`` the normalised word before it, ``following`` the word after it when
    that word starts another actor's name.

    >>> read_ambiguous("عمّان", "", "في", ("JOR", "OMN"))
    ('JOR', 'capital')
    >>> read_ambiguous("عُمان", "", "سلطنة", ("JOR", "OMN"))
    ('OMN', 'name')
    >>> read_ambiguous("مالي", "", "دعم", ("MLI",))
    >>> read_ambiguous("مالي", "", "في", ("MLI",))
    ('MLI', 'name')
    >>> read_ambiguous("المالي", "ال", "للجيش", ("MLI",))
    ('MLI', 'demonym')
    >>> read_ambiguous("مالي", "", "استدعت", ("MLI",))
    ('MLI', 'name')
    >>> read_ambiguous("المالية", "ال", "الانتقاليه", ("MLI",))
    ('MLI', 'demonym')
    >>> read_ambiguous("مالي", "", "،", ("MLI",), "والنيجر")
    ('MLI', 'name')
    >>> read_ambiguous("مالي", "", "دعم", ("MLI",), "وعسكري")
    >>> read_ambiguous("مالية", "", "مساعدات", ("MLI",))
    """
    if set(candidates) == {"JOR", "OMN"}:
        # Amman is written عمّان (a shadda on the mim), Oman عُمان (a damma on the ain).
        if SHADDA in text:
            return "JOR", "capital"
        if DAMMA in text[len(prefix) : len(prefix) + 3]:
            return "OMN", "name"
        return None
    if len(candidates) == 1 and candidates != ("MLI",) and unprefixed(previous) in _STATE_NOUNS:
        # الحكومة المجرية، رئيس الوزراء الطاجيكي: after a noun of the state an adjective in
        # ي is its demonym (مجرى is also "course", طاجيكي a language, إنجليزي one too).
        word = normalize(text)[len(prefix) :]
        if word.endswith(("ي", "يه", "يين", "يون")):
            return candidates[0], "demonym"
    if (
        len(candidates) == 1
        and candidates != ("MLI",)
        and prefix.startswith("و")
        and previous.startswith("ال")
        and previous.endswith(("يه", "ي"))
        and normalize(text).endswith(("يه", "ي"))
    ):
        # القوات القيرغيزية والطاجيكية: joined to another demonym, it is one too.
        return candidates[0], "demonym"
    if candidates == ("MLI",):
        if unprefixed(previous) in _STATE_NOUNS or (
            previous.startswith("ال") and unprefixed(previous) in _STATE_ADJECTIVES
        ):
            return "MLI", "demonym"  # الجيش المالي، للحكومة المالية
        # "financial" takes the article or follows its noun: الدعم المالي، دعم مالي، ومالي;
        # and in the feminine it is never the country's name: مساعدات مالية.
        if "ال" in prefix or prefix.startswith("و") or normalize(text).endswith("يه"):
            return None
        if prefix in {"ب", "ل"} or previous in _COUNTRY_CONTEXT:
            return "MLI", "name"
        if not prefix and len(previous) > 3 and previous.endswith("ت") and _verb_like(previous):
            return "MLI", "name"  # استدعت مالي سفيرها: a feminine verb's subject
        if not prefix and following.startswith("و") and not following.endswith(("ي", "يه")):
            return "MLI", "name"  # مالي والنيجر: joined to a name, not to an adjective
    return None

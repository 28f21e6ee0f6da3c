"""Languages kg reads: detection from the script, and a cached blank spaCy pipeline per language."""

from __future__ import annotations

from functools import cache

from spacy.language import Language

__all__ = ["LANGUAGES", "detect", "nlp"]

LANGUAGES = ("ar", "en")


def detect(text: str) -> str:
    """Return ``"ar"`` or ``"en"``: the script with more letters in ``text`` wins.

    Examples
    --------
    >>> detect("رفضت طهران الطلب"), detect("Iran rejected the request"), detect("")
    ('ar', 'en', 'en')
    """
    arabic = latin = 0
    for char in text[:5000]:
        if "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f":
            arabic += 1
        elif char.isascii() and char.isalpha():
            latin += 1
    return "ar" if arabic > latin else "en"


@cache
def nlp(lang: str) -> Language:
    """The blank spaCy pipeline kg tokenises ``lang`` with (created once per process)."""
    if lang == "ar":
        from kg.lang.ar import KgArabic

        return KgArabic()
    if lang == "en":
        from kg.lang.en import KgEnglish

        return KgEnglish()
    raise ValueError(f"unsupported language {lang!r}; kg reads {', '.join(LANGUAGES)}")

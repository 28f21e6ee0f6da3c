"""Arabic normalisation for matching: one spelling per word, the original text kept apart.

The extractor matches lexicon forms against normalised tokens; offsets always come
from the original text, so normalising may change a word's length.
"""

from __future__ import annotations

import re

__all__ = ["normalize", "DIACRITICS", "PROCLITICS", "PRONOUN_SUFFIXES"]

#: Harakat, tanwin, shadda, sukun, dagger alef, Quranic marks; and tatweel.
DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

_LETTERS = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ى": "ي", "ئ": "ء", "ؤ": "ء", "ة": "ه",
        "ک": "ك", "ی": "ي", "ڤ": "ف", "گ": "ك", "پ": "ب", "چ": "ج",
        "\u200c": None, "\u200d": None, "\u200e": None, "\u200f": None,
    }
)  # fmt: skip

#: Proclitic sequences that may precede a word, longest first:
#: conjunction (و ف), then preposition (ب ل ك), then the article (ال, or ل after ل).
PROCLITICS: tuple[str, ...] = tuple(
    sorted(
        {
            conj + prep + art
            for conj in ("", "و", "ف")
            for prep in ("", "ب", "ل", "ك")
            for art in ("", "ال")
        }
        | {conj + "لل" for conj in ("", "و", "ف")},
        key=len,
        reverse=True,
    )
)

#: Object/possessive pronoun suffixes, longest first.
PRONOUN_SUFFIXES: tuple[str, ...] = ("هما", "كما", "هم", "هن", "كم", "ها", "نا", "ني", "ه", "ك")


def normalize(text: str) -> str:
    """Return ``text`` in the one spelling kg matches on.

    Unifies alef/hamza forms (a hamza on ya or waw is a bare hamza, so لقاء and
    لقائه share a stem), ya/alef maqsura, ta marbuta/ha, Persian letters;
    removes diacritics, tatweel and zero-width marks.

    Examples
    --------
    >>> normalize("إيرانيّة")
    'ايرانيه'
    >>> normalize("أمـــيركا")
    'اميركا'
    >>> normalize(normalize("مُسْتَشْفَى")) == normalize("مُسْتَشْفَى")
    True
    """
    return DIACRITICS.sub("", text).translate(_LETTERS)

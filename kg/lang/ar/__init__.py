"""Arabic language data for kg: a blank spaCy Arabic pipeline with kg's normaliser as NORM."""

from __future__ import annotations

from spacy.attrs import NORM
from spacy.lang.ar import Arabic, ArabicDefaults

from kg.lang.ar.normalize import normalize

__all__ = ["KgArabic"]

# Quotes and the punctuation glued to them ("».", "«الميادين»") come off as tokens.
QUOTES = r"[«»\"“”‹›'‘’]"
SUFFIXES = [QUOTES, r"[.،؛؟!:,;?)\]]"] + list(ArabicDefaults.suffixes or [])
PREFIXES = [QUOTES, r"[(\[]"] + list(ArabicDefaults.prefixes or [])


class KgArabicDefaults(ArabicDefaults):
    lex_attr_getters = {**ArabicDefaults.lex_attr_getters, NORM: normalize}
    suffixes = SUFFIXES
    prefixes = PREFIXES


class KgArabic(Arabic):
    lang = "ar"
    Defaults = KgArabicDefaults

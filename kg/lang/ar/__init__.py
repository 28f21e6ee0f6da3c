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
# A proclitic written before an opening quote (و«حزب الله»، ل«داعش») is a word of its own.
# (with or without a tatweel: لـ«داعش»).
INFIXES = [
    rf"(?<=^{clitic})[«\"“]"
    for clitic in ("[وفبلك]", "[وفبلك][وفبلك]", "[وفبلك]ـ", "[وفبلك][وفبلك]ـ")
] + list(ArabicDefaults.infixes or [])


class KgArabicDefaults(ArabicDefaults):
    lex_attr_getters = {**ArabicDefaults.lex_attr_getters, NORM: normalize}
    suffixes = SUFFIXES
    prefixes = PREFIXES
    infixes = INFIXES


class KgArabic(Arabic):
    lang = "ar"
    Defaults = KgArabicDefaults

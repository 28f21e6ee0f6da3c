"""Arabic normalisation: one spelling per word for matching, on real words."""

from __future__ import annotations

import pytest

from kg.lang.ar.normalize import normalize


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # alef with hamza above/below, madda, wasla -> bare alef
        ("أحمد", "احمد"),
        ("إسرائيل", "اسراءيل"),
        ("آمال", "امال"),
        ("ٱلسلام", "السلام"),
        ("الأمم المتحدة", "الامم المتحده"),
        # hamza on ya and waw seats
        ("رئيس", "رءيس"),
        ("مسؤول", "مسءول"),
        ("لقائه", "لقاءه"),  # the hamza seat changes with a suffix; the stem must not
        # alef maqsura -> ya
        ("مستشفى", "مستشفي"),
        ("موسى", "موسي"),
        ("على", "علي"),
        # ta marbuta -> ha
        ("دولة", "دوله"),
        ("الجامعة العربية", "الجامعه العربيه"),
        # tatweel (kashida)
        ("أمـــريكا", "امريكا"),
        ("الـعـراق", "العراق"),
        # diacritics: harakat, tanwin, shadda, sukun, dagger alef
        ("مُحَمَّد", "محمد"),
        ("الرِّياض", "الرياض"),
        ("سَلامٌ", "سلام"),
        ("هٰذا", "هذا"),
        ("مَسْجِد", "مسجد"),
        # Persian and Urdu letters in names
        ("کردستان", "كردستان"),
        ("ایران", "ايران"),
        ("گیلان", "كيلان"),
        ("پاکستان", "باكستان"),
        ("چابهار", "جابهار"),
        ("ڤيينا", "فيينا"),
        # zero-width non-joiner inside Persian words
        ("می\u200cخواهد", "ميخواهد"),
    ],
)
def test_normalize(word, expected):
    assert normalize(word) == expected


@pytest.mark.parametrize(
    "spellings",
    [
        ("إيران", "ايران", "ایران", "إيـران"),
        ("أمريكا", "امريكا", "أمـريكا", "أَمْرِيكَا"),
        ("السعودية", "السعوديه", "السّعوديّة"),
        ("مصطفى", "مصطفي"),
    ],
)
def test_spelling_variants_meet(spellings):
    assert len({normalize(s) for s in spellings}) == 1


@pytest.mark.parametrize(
    "text",
    ["Iran", "2024-05-01", "كتب", "بيروت", "دمشق", "  ", ""],
)
def test_text_already_normal_is_unchanged(text):
    assert normalize(text) == text


def test_distinct_words_stay_distinct():
    # Normalising must not merge different letters: ع/غ, ح/خ/ج, د/ذ, س/ش, ص/ض, ط/ظ.
    words = ["عرب", "غرب", "حر", "خر", "جر", "دل", "ذل", "سم", "شم", "صر", "ضر", "طل", "ظل"]
    assert len({normalize(w) for w in words}) == len(words)


def test_spacy_norm_is_normalize(nlp_ar):
    doc = nlp_ar("أعلنت الـحكومة المصرية رفضَها")
    assert [t.norm_ for t in doc] == [normalize(t.text) for t in doc]

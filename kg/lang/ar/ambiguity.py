"""Arabic names that are also common words or another place, read from their context.

عمان is Amman (Jordan's capital) or Oman; مالي is Mali or the adjective "financial".
Normalisation erases what tells them apart, so these rules read the printed word
and the word before it. A form no rule settles stays unmatched (it is listed as
``ambiguous`` in the alias files).
"""

from __future__ import annotations

from kg.lang.ar.normalize import normalize

__all__ = ["read_ambiguous"]

SHADDA, DAMMA = "\u0651", "\u064f"

# Words after which مالي names the country, not "financial": prepositions and the
# nouns a country's name follows (في مالي، حكومة مالي، شمال مالي).
_COUNTRY_CONTEXT = {
    normalize(word)
    for word in ("في", "إلى", "من", "مع", "أمام", "ضد", "داخل", "حكومة", "دولة", "جمهورية",
                 "رئيس", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي",
                 "سلطات", "جيش", "حدود", "عاصمة")
}  # fmt: skip


def read_ambiguous(
    text: str, prefix: str, previous: str, candidates: tuple[str, ...]
) -> tuple[str, str] | None:
    """The (actor key, alias kind) an ambiguous one-word name stands for here, if any.

    ``text`` is the word as printed (with its diacritics), ``prefix`` its proclitics,
    ``previous`` the normalised word before it.

    >>> read_ambiguous("عمّان", "", "في", ("JOR", "OMN"))
    ('JOR', 'capital')
    >>> read_ambiguous("عُمان", "", "سلطنة", ("JOR", "OMN"))
    ('OMN', 'name')
    >>> read_ambiguous("مالي", "", "دعم", ("MLI",))
    >>> read_ambiguous("مالي", "", "في", ("MLI",))
    ('MLI', 'name')
    """
    if set(candidates) == {"JOR", "OMN"}:
        # Amman is written عمّان (a shadda on the mim), Oman عُمان (a damma on the ain).
        if SHADDA in text:
            return "JOR", "capital"
        if DAMMA in text[len(prefix) : len(prefix) + 3]:
            return "OMN", "name"
        return None
    if candidates == ("MLI",):
        # "financial" takes the article or follows its noun: الدعم المالي، دعم مالي، ومالي.
        if "ال" in prefix or prefix.startswith("و"):
            return None
        if prefix in {"ب", "ل"} or previous in _COUNTRY_CONTEXT:
            return "MLI", "name"
    return None

"""English names that are also an ethnic group's or a region's, read from their context.

"Uzbek", "Tajik" and "Turkmen" name a people and a language as often as the state;
before a noun only a state has ("his Uzbek counterpart", "the Tajik government") they
are its demonym. A form no rule settles stays unmatched (``ambiguous`` in the alias files).
"""

from __future__ import annotations

__all__ = ["read_ambiguous"]

# Nouns only a state has: after them a people's adjective is the state's demonym.
_STATE_NOUNS = {
    "counterpart", "counterparts", "government", "authorities", "president", "leader",
    "minister", "ministry", "army", "troops", "forces", "military", "embassy", "ambassador",
    "envoy", "delegation", "officials", "parliament", "border", "diplomats", "diplomat",
}  # fmt: skip


def read_ambiguous(text: str, following: list[str], candidates: tuple[str, ...]) -> str | None:
    """The actor key an ambiguous one-word demonym stands for here, if any: the one
    state it could name, when the words after it are a state's (``following``, lower case).

    >>> read_ambiguous("Uzbek", ["counterpart", "in"], ("UZB",))
    'UZB'
    >>> read_ambiguous("Uzbek", ["language"], ("UZB",))
    >>> read_ambiguous("Korean", ["counterpart"], ("PRK", "KOR"))
    """
    if len(candidates) != 1 or not text[:1].isupper() or not following:
        return None
    if following[0] in _STATE_NOUNS or following[0] in _TITLE_OPENERS:
        return candidates[0]
    return None


# First words of a minister's title: "the Uzbek foreign minister".
_TITLE_OPENERS = {"foreign", "defence", "defense", "prime", "interior", "deputy"}

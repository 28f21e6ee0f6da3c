"""Relation triggers and their arguments: who did what to whom, sentence by sentence.

A trigger (a verb or verbal noun from ``triggers.tsv``) takes a source and a
target among the sentence's actor mentions by word-order rules a linguist would
write for news: Arabic verb-subject-object and subject-verb orders, English
subject-verb-object and passives, verbal nouns with their genitive or possessive,
targets after the trigger's prepositions, coordinated actors, reported speech
(first person resolves to the speaker), negation and denial.

Read the package in the order a trigger finds its arguments. ``frame`` holds a
sentence (``SentenceFrame``: mentions, triggers, cues) and indexes it by position;
``words`` lists the function words the rules stop at or look for. The driver,
``find.find_interactions``, finds the sentence's speakers (``scope``), then takes
each trigger in turn: it skips one that is hypothetical, alleged or requested
(``scope``), chooses its reading, verb, verbal noun or passive (``reading``),
takes its sources and then its targets (``arguments``, through the word-order
searches of ``search``: the actor left or right of a position, coordination,
clause subjects), and marks negation and denial (``scope``).
``discourse.resolve_discourse`` then gives a target to a refusal or condemnation
whose object was named in an earlier sentence. Names with a leading underscore
are shared between these modules only.
"""

from kg.relations.discourse import resolve_discourse
from kg.relations.find import find_interactions
from kg.relations.frame import Found, Sentence, SentenceFrame, Slot, TriggerHit

__all__ = [
    "Found",
    "Sentence",
    "SentenceFrame",
    "Slot",
    "TriggerHit",
    "find_interactions",
    "resolve_discourse",
]

"""Pronouns by what they can stand for, shared by the paragraph rules
(:mod:`pipeline.events.coreference`) and the article-subject rules (:mod:`pipeline.events.lead_subject`)."""

from __future__ import annotations

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "their"})
# "it" and "its" as a party (a subject or a possessor) stand for a body or a state, never a person.
BODY_PRONOUNS = frozenset({"it", "its"})

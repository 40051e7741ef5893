"""Themes that are a clause, not a noun (issue "when and what": the theme names the thing acted on).

What one assures, reports or announces is the content of a "that" clause ("Orm assured the ambassador
that relations would depend on Lusk's attitude" → relations would depend on Lusk's attitude); what one
agrees, decides or is ordered to do is an infinitive's phrase ("agreed to pass it by railway" → pass it
by railway, "ordered his military to prepare for war in the east" → prepare for war in the east, not
the bare "war" the preposition holds). :mod:`pipeline.events.themes` asks here before it reads a noun.

Only short clauses (a theme is a phrase, not a sentence), none holding a date of its own (the clause
is then a dated happening of its own, with its own row), none across a quotation mark, and not for the
plain verbs of attribution ("said", "told", "added"): in news every quoted statement is one of those, and
a reporting row's content says nothing a story can match on. An infinitive with a noun object of its own
keeps that noun ("agreed to sign the treaty" → treaty: :mod:`pipeline.events.theme_heads`).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.theme_phrases import names_people
from pipeline.lexicon.theme_words import POLITY_NOUNS, _forms

# Verbs whose "that" clause is the thing told: assurances, reports, announcements, promises, warnings.
_CONTENT_FORMS = _forms("assure", "report", "announce", "declare", "reveal", "confirm", "promise", "warn",
                        "proclaim", "inform", "notify", "pledge", "guarantee", "claim", "insist", "demand",
                        "stipulate", "acknowledge", "admit", "concede", "reassure", "predict", "affirm")
# Verbs whose to-infinitive is the thing agreed, decided or refused.
_RESOLVING_FORMS = _forms("agree", "decide", "resolve", "promise", "pledge", "vow", "offer", "refuse", "threaten",
                          "consent", "undertake", "propose", "plan", "demand") | {
    "undertook", "undertaken", "planned", "planning", "agreed", "offered", "refused"}
_QUOTES = {'"', "“", "”", "'", "‘", "’"}
_MAX_CLAUSE_WORDS = 12
_MAX_INFINITIVE_WORDS = 9


def clause_theme(trigger: Any, head: Any | None, told: Any | None) -> str | None:
    """The clause a verb trigger acts on, as the row's theme: its "that" clause or the phrase of its
    infinitive (``told``: the infinitive a directive verb tells its object to do), when the noun theme
    ``head`` the parse gave is missing, a pronoun or inside that infinitive's prepositions; else None."""
    if trigger.pos_ != "VERB":
        return None
    if told is not None:
        return _infinitive_phrase(told) if not _own_object(told) else None
    if trigger.lower_ in _CONTENT_FORMS and (head is None or _told_one(head)):
        # The parser may hang the clause on the one told, as if relative: "assured the ambassador that
        # relations would …" (a "that" marker and a subject of its own tell a complement).
        hosts = [(trigger, ("ccomp",))] + ([(head, ("relcl", "acl"))] if head is not None else [])
        clause = next((c for host, deps in hosts for c in host.children if c.dep_ in deps and c.i > trigger.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                       and (host is trigger or any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children))), None)
        if clause is not None:
            return _clause_words(clause)
    if head is not None and not (head.pos_ == "PRON" and head.dep_ == "dobj"):
        return None
    if trigger.lower_ in _RESOLVING_FORMS:
        inf = next((c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > trigger.i and
                    any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if inf is not None:
            return _infinitive_phrase(inf)
    return None


def _told_one(head: Any) -> bool:
    """Whether a verb's object is the one told, not a thing ("assured the ambassador that …", "informed
    Lusk that …", "warned the government that …")."""
    return head.dep_ in ("dobj", "dative") and (
        names_people(head) or head.pos_ in ("PROPN", "PRON") or head.lower_ in POLITY_NOUNS)


def _own_object(verb: Any) -> bool:
    """Whether an infinitive has a noun object of its own ("to sign the treaty"): that noun is the thing."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _infinitive_phrase(verb: Any) -> str | None:
    """"prepare for war in the east": the infinitive's words without its "to", or None when too long."""
    words = [t for t in verb.subtree if not (t.dep_ == "aux" and t.lower_ == "to" and t.head.i == verb.i)]
    return _short(words, _MAX_INFINITIVE_WORDS)


def _clause_words(clause: Any) -> str | None:
    """A "that" clause's words without "that", or None when too long."""
    words = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
    return _short(words, _MAX_CLAUSE_WORDS)


def _short(words: list, limit: int) -> str | None:
    """The words as written, when they are one unbroken stretch of at most ``limit`` words with no date,
    quotation or bracket in it; else None."""
    while words and words[-1].is_punct:
        words = words[:-1]
    if not words or len(words) > limit or words[-1].i - words[0].i + 1 != len(words):
        return None
    if any(t.ent_type_ in ("DATE", "TIME") or t.text in _QUOTES or t.text in ("(", ")", ";", ":") for t in words):
        return None
    doc = words[0].doc
    return doc[words[0].i:words[-1].i + 1].text

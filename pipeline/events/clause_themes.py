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

from pipeline.events.theme_phrases import names_people, noun_phrase
from pipeline.lexicon.theme_words import POLITY_NOUNS, regular_forms

# Verbs whose "that" clause is the thing told: assurances, reports, announcements, promises, warnings.
_CONTENT_FORMS = regular_forms("assure", "report", "announce", "declare", "reveal", "confirm", "promise", "warn",
                        "proclaim", "inform", "notify", "pledge", "guarantee", "claim", "insist", "demand",
                        "stipulate", "acknowledge", "admit", "concede", "reassure", "predict", "affirm")
# Verbs whose to-infinitive is the thing agreed, decided or refused.
_RESOLVING_FORMS = regular_forms("agree", "decide", "resolve", "promise", "pledge", "vow", "offer", "refuse", "threaten",
                          "consent", "undertake", "propose", "plan", "demand") | {
    "undertook", "undertaken", "planned", "planning", "agreed", "offered", "refused"}
_QUOTES = {'"', "“", "”", "'", "‘", "’"}
# A theme is a phrase, not a sentence: words beyond these are left off at a phrase's end.
_MAX_CLAUSE_WORDS = 14
_MAX_INFINITIVE_WORDS = 8


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
        if clause is not None and finite(clause) and not _cut_off(trigger, clause):
            return _clause_words(clause)
    if head is not None and not (head.pos_ == "PRON" and head.dep_ == "dobj"):
        return None
    if head is None and (wanted := _wanted_thing(trigger)) is not None:
        return wanted
    if trigger.lower_ in _RESOLVING_FORMS:
        inf = next((c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > trigger.i and
                    any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if inf is not None:
            return _infinitive_phrase(inf)
    return None


def finite(verb: Any) -> bool:
    """Whether a verb heads a clause of its own: a finite form or one with an auxiliary ("confirmed that
    the body found along a highway belonged to …": the participle "found" the parser may take for the
    clause's verb is none)."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _cut_off(trigger: Any, clause: Any) -> bool:
    """Whether the parse cut the clause's verb off it: a verb hung on the trigger as its conjunct right after
    the clause, with no "and" or comma between ("confirmed that the body found along a highway … belonged
    to …": the clause's verb is "belonged")."""
    doc = trigger.doc
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > clause.right_edge.i and not any(
        t.dep_ == "cc" or t.is_punct for t in doc[clause.right_edge.i + 1:c.i]) for c in trigger.children)


def _told_one(head: Any) -> bool:
    """Whether a verb's object is the one told, not a thing ("assured the ambassador that …", "informed
    Lusk that …", "warned the government that …")."""
    return head.dep_ in ("dobj", "dative") and (
        names_people(head) or head.pos_ in ("PROPN", "PRON") or head.lower_ in POLITY_NOUNS)


def _wanted_thing(trigger: Any) -> str | None:
    """"demanding exit visas to emigrate to Canada": the parser reads the thing demanded as the subject of
    an infinitive clause; it is the verb's object, named with its modifiers (no person: "asked the envoys
    to leave" tells who is asked)."""
    for c in trigger.children:
        if c.dep_ != "ccomp" or c.i < trigger.i or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        subject = next((g for g in c.children if g.dep_ == "nsubj" and g.i > trigger.i), None)
        if subject is not None and subject.pos_ == "NOUN" and not names_people(subject) and \
                subject.lower_ not in POLITY_NOUNS and subject.ent_type_ not in ("DATE", "TIME"):
            return noun_phrase(subject) or subject.lower_
    return None


def _own_object(verb: Any) -> bool:
    """Whether an infinitive has a noun object of its own ("to sign the treaty"): that noun is the thing."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _infinitive_phrase(verb: Any) -> str | None:
    """"prepare for war in the east": the infinitive's words without its "to", trimmed to a short phrase."""
    return _trimmed(verb, _MAX_INFINITIVE_WORDS)


def _clause_words(clause: Any) -> str | None:
    """A "that" clause's words without "that", trimmed to a short phrase."""
    return _trimmed(clause, _MAX_CLAUSE_WORDS)


# Children that open another clause or only join: a phrase stops before them.
_STOPS = {"advcl", "punct", "cc", "conj", "parataxis", "relcl", "npadvmod", "dep", "appos", "meta"}
# Children a verb's phrase is not whole without ("were | about to conclude a pact", "believed | that …"):
# when one does not fit, there is no short phrase.
_CORE = {"dobj", "attr", "acomp", "xcomp", "ccomp", "oprd", "dative", "prt", "pcomp"}


def _trimmed(verb: Any, limit: int) -> str | None:
    """The verb with its subject and auxiliaries and as many of its following phrases, in order, as fit in
    ``limit`` words ("pass it by railway | to the Soviet Baltic Sea port of Leningrad": the port's phrase does
    not fit); a preposition's phrase that does not fit whole may come as its noun with its modifiers and
    "of" ("on the attitude of Germany | towards the Soviet Union"), and then the phrase ends. None when
    the verb's own words do not fit, or hold a date, a quotation or a bracket."""
    left = [c for c in verb.children if c.i < verb.i and not (c.dep_ in ("mark", "punct") or
                                                               (c.dep_ == "aux" and c.lower_ == "to"))]
    start = min([verb.i] + [t.i for c in left for t in c.subtree])
    end = verb.i
    doc = verb.doc
    for c in sorted((c for c in verb.children if c.i > verb.i), key=lambda c: c.i):
        if c.dep_ in _STOPS or c.left_edge.i != end + 1 or (c.dep_ == "advmod" and len(list(c.subtree)) > 1):
            break
        whole = c.right_edge.i
        if _words(doc, start, whole) <= limit:
            end = whole
            continue
        if c.dep_ in _CORE:
            return None
        if c.dep_ == "prep":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            short = _noun_end(obj) if obj is not None else None
            if short is not None and _words(doc, start, short) <= limit:
                end = short
        break
    while end > verb.i and doc[end].is_punct:
        end -= 1  # "would not join NATO, …": a comma the object's phrase ends with
    if _words(doc, start, end) > limit:
        return None
    if end + 1 < verb.sent.end and doc[end + 1].pos_ in ("VERB", "AUX"):
        return None  # "that the body found along a highway | belonged to …": the parse cut a clause in two
    words = doc[start:end + 1]
    if any(t.ent_type_ in ("DATE", "TIME") or t.text in _QUOTES or t.text in ("(", ")", ";", ":") for t in words):
        return None
    return words.text


def _noun_end(noun: Any) -> int:
    """Where a noun's phrase ends without its later prepositions but its "of" ("the attitude of Germany")."""
    end = noun.i
    for c in sorted(noun.children, key=lambda c: c.i):
        if c.i < noun.i:
            continue
        if c.dep_ == "prep" and c.lower_ == "of" and c.left_edge.i == end + 1:
            end = c.right_edge.i
        break
    return end


def _words(doc: Any, start: int, end: int) -> int:
    """Words as read: "Soviet-German" is one, the tokenizer's three pieces joined."""
    return len(doc[start:end + 1].text.split())

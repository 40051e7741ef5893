"""Roles under a trigger: actors, participants, places, and the thing acted on (the theme).

Actors are the subject's names (the ``by``-agent of a passive; conjuncts too),
read by :mod:`pipeline.events`. Participants are the other parties: the
objects of the verb (and the patient of a passive), the objects of ``with``,
``between``, ``against``, ``on`` — and of ``to``/``from``/``into`` when
something is handed over, else those are where someone went — and the parties
of the thing acted on ("an agreement with Hitler", "the territory of Poland",
"Stalin's program"). The theme is that thing when it is not a party: a name
where the sentence has one ("Treaty of Tordesillas", "German–Soviet Border and
Commercial Agreement"), else its head noun ("armistice"). A nationality used as
an adjective ("German officers") takes no role.
"""

from __future__ import annotations

from typing import Any

from pipeline.event_names import SentenceNames
from pipeline.events import (
    PASSIVESUBJECTS, SUBJECTS, ACTOR_LABELS, PLACE_LABELS, expand_conjuncts, is_located, phrase_tokens, subject_of,
)
from pipeline.glossary import PERSON_NOUNS
from pipeline.references import DOCUMENT_WORDS

PARTICIPANT_PREPOSITIONS = {"with", "between", "against", "on", "upon", "among", "to", "from", "into"}
_TRANSFER = {"to", "from", "into"}
# Prepositions after the thing acted on that name its parties.
_PARTY_PREPOSITIONS = {"with", "between", "against", "of", "under", "on", "to"}


def is_adjective(entity, span) -> bool:
    """A nationality used as an adjective ("German officers", "the Soviet side") names no one;
    a demonym used as a noun ("the Germans") does."""
    root = span.root
    return entity.label == "NORP" and (root.pos_ == "ADJ" or root.dep_ in ("amod", "compound", "nmod", "npadvmod"))


def _antecedent(token):
    """The noun a relative pronoun stands for ("the Pact, which was announced" → Pact)."""
    if token.tag_ in ("WDT", "WP", "IN") and token.head.dep_ == "relcl":
        return token.head.head
    return token


def object_heads(trigger) -> list:
    """What a verb acts on: its direct object and dative, and the subject of a passive."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    heads = [c for c in trigger.children if c.dep_ == "dobj"]
    # "granted independence to India": a prepositional dative's object is the party.
    heads += [g for c in trigger.children if c.dep_ == "dative"
              for g in ([c] if c.pos_ != "ADP" else [g for g in c.children if g.dep_ == "pobj"])]
    heads += [_antecedent(c) for c in trigger.children if c.dep_ in PASSIVESUBJECTS]
    if not heads and trigger.dep_ == "conj" and trigger.tag_ == "VBN" and not any(
            c.dep_ in SUBJECTS for c in trigger.children):
        # "who were distrusted and persecuted": the second participle shares the first one's patient.
        heads = [_antecedent(c) for c in trigger.head.children if c.dep_ in PASSIVESUBJECTS]
    return heads


def participant_heads(trigger, objects: list) -> list:
    """Heads of the trigger's other parties: its objects; ``with``/``between``/``against``/``on``
    objects (``to``/``from``/``into`` only when something is handed over — else they are where
    someone went); the parties of the thing acted on ("an agreement with Hitler", "the territory
    of Poland", "Stalin's program"); the conjuncts of all of these."""
    heads = list(objects)
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ in PARTICIPANT_PREPOSITIONS and (c.lower_ not in _TRANSFER or objects):
            heads += [g for g in c.children if g.dep_ == "pobj"]
    holders = objects if trigger.pos_ in ("VERB", "AUX") else [trigger]
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in _PARTY_PREPOSITIONS and not (
                    c.lower_ == "to" and h.lower_.rstrip("s") in PERSON_NOUNS):  # "ambassador to Moscow": a post
                heads += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in ("poss", "compound", "appos"):
                heads.append(c)  # "Stalin's program", "Reichswehr access", "the ambassador, Mirbach,"
    return expand_conjuncts(heads)


def theme_head(trigger) -> Any | None:
    """The thing the trigger acts on: its direct object, else its passive subject, else the object
    of a verb it governs ("began building aircraft", "agreed to adhere to the Treaty")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    for deps in (("dobj",), PASSIVESUBJECTS):
        for c in trigger.children:
            if c.dep_ in deps:
                return _antecedent(c)
    for c in trigger.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            for g in c.children:
                if g.dep_ == "dobj":
                    return g
            for p in c.children:
                if p.dep_ == "prep":
                    return next((g for g in p.children if g.dep_ == "pobj"), None)
    return None


def proper_name(head) -> Any | None:
    """The capitalised name a head noun ends ("Moscow Peace Treaty", "German–Soviet Border and
    Commercial Agreement") or starts ("Treaty of Tordesillas", "Treaty of Mutual Assistance");
    None for a common noun."""
    if not head.text[:1].isupper() or head.pos_ not in ("PROPN", "NOUN"):
        return None
    doc, sent = head.doc, head.sent
    start = head.i
    while start > sent.start:
        prev = doc[start - 1]
        joins = prev.text in ("-", "–") or (prev.lower_ == "and" and start - 2 >= sent.start
                                           and doc[start - 2].text[:1].isupper())
        if joins or (prev.text[:1].isupper() and prev.dep_ != "det" and prev.pos_ in ("PROPN", "ADJ", "NOUN")):
            start -= 1
        else:
            break
    while doc[start].text in ("-", "–") or doc[start].lower_ == "and":
        start += 1
    end = head.i + 1
    while end < sent.end:
        tok = doc[end]
        if tok.lower_ in ("of", "for") and end + 1 < sent.end and doc[end + 1].text[:1].isupper():
            end += 2
        elif tok.lower_ == "and" and _ends_in_document_word(doc, end + 1, sent.end):
            end += 1  # "German-Soviet Boundary and Friendship Treaty" is one name
        elif tok.text[:1].isupper() and tok.pos_ == "PROPN":
            end += 1
        else:
            break
    return doc[start:end]


def _ends_in_document_word(doc, start: int, stop: int) -> bool:
    """Whether the capitalised run from ``start`` ends in an agreement word ("… Friendship Treaty")."""
    end = start
    while end < stop and doc[end].text[:1].isupper():
        end += 1
    return end > start and doc[end - 1].lower_ in DOCUMENT_WORDS


def roles_under(trigger, sentence: SentenceNames) -> list[tuple[object, str, str]]:
    """(entity, role, name) for every entity of the sentence with a role under ``trigger``:
    ``actor``, ``participant`` or ``place``. Adjectives take no role.

    Computed once per trigger: every date of a long list hanging from one verb shares it,
    which keeps the stage linear in the sentence length.
    """
    actor_tokens = phrase_tokens(expand_conjuncts(subject_of(trigger)))
    party = {t.i for t in participant_heads(trigger, object_heads(trigger))}
    out = []
    for e, sp, name in sentence.spans:
        if e.label in ACTOR_LABELS and is_adjective(e, sp):
            continue
        if e.label in ACTOR_LABELS and all(t.i in actor_tokens for t in sp):
            out.append((e, "actor", name))
        elif e.label in ACTOR_LABELS and any(t.i in party for t in sp):
            out.append((e, "participant", name))
        elif e.label in PLACE_LABELS and is_located(sp.root, trigger):
            out.append((e, "place", name))
    return out

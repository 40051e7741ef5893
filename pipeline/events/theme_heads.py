"""Where a trigger's theme (the thing acted on) stands in the parse: the word :mod:`pipeline.events.themes`
then names in full. The direct object or passive subject first; else, by the shape of the sentence,
the post someone is put in ("appointed Vell People's Commissar"), the thing given "with" ("presented
Tarvia with proposals"), the noun a passive participle describes ("trade agreements signed in 1925"),
the thing after a verb's own preposition ("prepared for war"), or a happening noun's "of"-complement
("the conclusion of the pact")."""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import is_event_noun
from pipeline.events.theme_shapes import charged_deed
from pipeline.events.triggers import PASSIVE_SUBJECTS
from pipeline.lexicon.agreements import DOCUMENT_WORDS
from pipeline.lexicon.labels import ACTOR_LABELS, PLACE_LABELS
from pipeline.lexicon.theme_words import (CHANGE_NOUNS, FOR_NOUNS, HALT_VERBS, POLITY_NOUNS, POST_VERBS,
                                          PREPOSITION_THEMES, SUBJECT_CHANGE_VERBS, TIME_WORDS,
                                          WITH_GIVING_VERBS)
from pipeline.lexicon.type_nouns import ORG_NOUNS

# An "of"- or "in"-complement that says when or how much, not what ("the founding in 1988", "the uprising of 1525").
_MEASURES = {"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"}
_PARTIES = ACTOR_LABELS | PLACE_LABELS


def antecedent(token: Any) -> Any:
    """The noun a relative pronoun stands for ("the Pact, which was announced" → Pact)."""
    if token.tag_ in ("WDT", "WP", "IN") and token.head.dep_ == "relcl":
        return token.head.head
    return token


def quote_between(a: Any, b: Any) -> bool:
    """Whether a quotation mark stands between two tokens of a sentence."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text in ('"', "“", "”") for t in a.doc[lo + 1:hi])


def theme_head(trigger: Any) -> Any | None:
    """The word that names the thing the trigger acts on, or None."""
    if trigger.pos_ == "NOUN":
        # An agreement noun is its own thing ("the secret protocols of the pact"), named by pipeline.events.themes.
        return _noun_complement(trigger) if trigger.lower_ not in DOCUMENT_WORDS else None
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    post = _post(trigger)
    if post is not None:
        return post
    given = _given_with(trigger) or charged_deed(trigger)  # "presented Tarvia with proposals", "accused … of"
    if given is not None:
        return given
    for deps in (("dobj",), PASSIVE_SUBJECTS):
        for c in trigger.children:
            if c.dep_ in deps:
                # "What he called his works were said …": a clause as subject names no thing
                return antecedent(c) if c.pos_ != "VERB" else None
    described = _described_noun(trigger)
    if described is not None:
        return described
    changed = _changed_subject(trigger)
    if changed is not None:
        return changed
    for c in trigger.children:
        # A verb inside a quotation is the quote's own ("wrote about "… to adopt a policy""), not the trigger's.
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and not quote_between(trigger, c):
            for g in c.children:
                if g.dep_ == "dobj":
                    return g
            for p in c.children:
                if p.dep_ == "prep":
                    obj = next((g for g in p.children if g.dep_ == "pobj"), None)
                    # "began to be used in the 19th century": a time is no thing acted on
                    return obj if obj is not None and obj.ent_type_ not in _MEASURES else None
    return _prepositional_object(trigger)


# Nouns a relative clause says when, where, why or how of ("the year he founded", "the way he wrote"):
# the clause's verb does not act on them.
_CIRCUMSTANCE_NOUNS = {"year", "years", "day", "days", "time", "times", "period", "month", "week", "era", "age",
                       "moment", "way", "ways", "place", "reason", "point", "extent", "season", "decade", "century",
                       "night", "morning", "evening", "date"}


def _described_noun(trigger: Any) -> Any | None:
    """The noun a verb without an object describes, when that noun is what the verb acts on: a
    passive participle's ("trade agreements signed in 1925" → agreements), a passive infinitive's
    subject ("the term began to be used in 1850" → term), or a relative clause's with a subject of
    its own and no object ("the works he wrote in the 1930s" → works)."""
    head = trigger.head
    # Not a predicate noun ("Kraftwerk is a band formed in 1970"): it stands for the subject, a party.
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and head.pos_ in ("NOUN", "PROPN") and head.dep_ != "attr":
        return head
    if trigger.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in trigger.children):
        return next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if trigger.dep_ == "relcl" and head.pos_ == "NOUN" and head.lower_ not in _CIRCUMSTANCE_NOUNS \
            and not head.ent_type_ and trigger.i > head.i:
        subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        has_object = any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "oprd", "attr") for c in trigger.children)
        # Only a clause with no relative word: with one ("the group that came to power", "two million
        # of which would die") the noun is the subject or stands in a preposition, never the object left out.
        relative = any(t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that" for t in trigger.subtree)
        if subject is not None and not relative and not has_object:
            return head
    return None


# Named things a verb of change may tell of ("Mein Kampf first appeared in 1926"); a name of
# another sort is a party or a place ("Tarvia fell").
_THING_NAMES = {"WORK_OF_ART", "LAW", "PRODUCT"}


def _changed_subject(trigger: Any) -> Any | None:
    """The thing an intransitive verb of change tells a change in ("relations improved" → relations,
    "the fighting ended" → fighting, "a book which first appeared in 1926" → the book): its subject,
    when the verb has no object or clause of its own (with one, "the state began to modernize", the
    subject is who acts) and the subject is a common noun or a named work or agreement."""
    if trigger.lower_ not in SUBJECT_CHANGE_VERBS | HALT_VERBS or any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp", "oprd") for c in trigger.children):
        return None
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    subject = antecedent(subject)
    # "the negotiations ended", "the fighting stopped": the activity that ended is the thing (issue 33's
    # judges count it the theme); "the train stopped" is who acts, "the season began" only says when.
    if subject.lower_ in TIME_WORDS or subject.lower_ in _CIRCUMSTANCE_NOUNS or (
            trigger.lower_ in HALT_VERBS and not (subject.lower_.endswith("ing") or is_event_noun(subject))):
        return None
    if subject.lower_ in POLITY_NOUNS or subject.lower_ in ORG_NOUNS or (
            subject.dep_ == "pobj" and subject.head.lower_ in ("between", "among", "with")):
        return None  # "between the two countries, which ended": the parties, not a thing
    if subject.pos_ == "NOUN" and not subject.ent_type_:
        return subject
    if subject.pos_ == "PROPN" and (subject.ent_type_ in _THING_NAMES or subject.lower_ in DOCUMENT_WORDS):
        return subject
    return None


def _post(trigger: Any) -> Any | None:
    """The post a verb of appointing puts someone in ("was appointed People's Commissar", "elected
    him president"): the post is the thing given, the person a party."""
    return next((c for c in trigger.children if is_post(trigger, c)), None)


def is_post(trigger: Any, head: Any) -> bool:
    """Whether ``head`` is the post its trigger, a verb of appointing, puts someone in: its predicate
    ("was named Minister") or the second object after the person ("elected him president")."""
    if trigger.lower_ not in POST_VERBS or head.head.i != trigger.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return head.dep_ == "oprd" or (head.dep_ == "dobj" and any(c.dep_ == "dative" for c in trigger.children))


def _given_with(trigger: Any) -> Any | None:
    """The thing a verb of giving hands over with "with" ("presented Tarvia with proposals")."""
    if trigger.lower_ not in WITH_GIVING_VERBS or not any(c.dep_ == "dobj" for c in trigger.children):
        return None
    return _object_after(trigger, ("with",))


def _prepositional_object(trigger: Any) -> Any | None:
    """The thing after a verb's own preposition, when it has no object ("prepared for war" → war)."""
    preps = PREPOSITION_THEMES.get(trigger.lower_)
    return _object_after(trigger, preps) if preps else None


def _object_after(host: Any, preps: tuple[str, ...]) -> Any | None:
    """The noun object of the first of ``host``'s prepositions in ``preps`` (not a date or count)."""
    for p in host.children:
        if p.dep_ == "prep" and p.lower_ in preps and p.i > host.i:
            obj = next((g for g in p.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in _MEASURES:
                return obj
    return None


def _noun_complement(trigger: Any) -> Any | None:
    """A happening noun's thing: its "of"-complement right after it ("the conclusion of the pact", "an
    improvement of relations"), "in" after a noun of change ("a change in foreign policy"), "for" after a
    noun of seeking ("its quest for a pact")."""
    preps = ("of", "in") if trigger.lower_ in CHANGE_NOUNS else ("of", "for") if trigger.lower_ in FOR_NOUNS else ("of",)
    for p in trigger.children:
        if p.dep_ == "prep" and p.i == trigger.i + 1 and p.lower_ in preps:
            obj = next((g for g in p.children if g.dep_ == "pobj"), None)
            # "the conquest of Sicily", "the remilitarization of the Rhineland": a place or party
            # done to is a participant (pipeline.events.roles), not the thing
            if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in _MEASURES or obj.like_num:
                continue
            if obj.ent_type_ not in _PARTIES or obj.lower_ in DOCUMENT_WORDS:  # "the Orm Pact" may be tagged a body
                return obj
    return None

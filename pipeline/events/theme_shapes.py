"""Shapes of sentence where the word the parse gives for a theme (pipeline.events.theme_heads) is not
the thing named: a two-state agreement the parser cut at its dash ("concluded the Vell–Orm pact"), a
vague noun of trying whose infinitive names the thing ("made efforts to improve relations"), a handed
noun that is itself the thing given ("presented Lusk with an ultimatum"), an agreement that "took
effect". Split from :mod:`pipeline.events.themes`, which calls these."""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.agreements import DOCUMENT_WORDS
from pipeline.lexicon.theme_words import CHARGE_PREPOSITIONS, HANDED_NOUNS, TIME_WORDS, TRYING_NOUNS

_DASHES = ("-", "–", "—")


def dashed_agreement(head: Any) -> Any | None:
    """The whole "Vell–Orm pact" when the parser made its first name the head and hung the agreement
    noun on it as an apposition across the dash (so the theme is not the state "Vell"); else None."""
    if head.pos_ != "PROPN" or head.i + 1 >= head.sent.end or head.doc[head.i + 1].text not in _DASHES:
        return None
    for c in head.children:
        if c.dep_ in ("appos", "conj") and c.i > head.i + 1 and c.lower_ in DOCUMENT_WORDS:
            words = head.doc[head.i:c.i + 1]
            # Only a run of names and dashes up to the agreement word: no clause or comma between.
            if all(t.text in _DASHES or t.pos_ == "PROPN" or t.i == c.i for t in words):
                return words
    return None


def tried_thing(head: Any) -> Any:
    """What a vague noun of trying is about, named by its to-infinitive's object ("efforts to improve
    relations" → relations, "efforts were made to increase trade" → trade); the head itself otherwise."""
    if head.lower_ not in TRYING_NOUNS or head.pos_ != "NOUN":
        return head
    # "efforts were made … to increase trade": the passive's infinitive hangs on the verb, not the noun
    hosts = list(head.children) + (list(head.head.children) if head.dep_ == "nsubjpass" else [])
    for c in hosts:
        if c.dep_ in ("acl", "relcl", "advcl", "xcomp") and c.pos_ == "VERB" and c.i > head.i and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return obj
    return head


def handed_noun(trigger: Any) -> bool:
    """Whether a noun trigger is itself a thing handed over ("presented Lusk with an ultimatum")."""
    return trigger.pos_ == "NOUN" and trigger.lower_ in HANDED_NOUNS


def effect_subject(trigger: Any, head: Any) -> Any | None:
    """The agreement that "took effect" or "took hold": the idiom's subject when it is an agreement
    or other common noun (not a party); None otherwise."""
    if head.lower_ != "effect":
        return None
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is not None and (subject.pos_ == "NOUN" or subject.lower_ in DOCUMENT_WORDS):
        return subject
    return None


# Nouns of a turn in course, named with where they turn ("the turn towards Tarvia").
_TURN_NOUNS = frozenset({"turn", "shift", "rapprochement", "reorientation", "drift", "pivot", "tilt", "swing"})
_TOWARDS = ("towards", "toward", "to", "away")


def directed_turn(head: Any) -> Any | None:
    """A turn named with where it turns ("The turn towards Tarvia could have been made" → turn towards
    Tarvia): the bare noun says nothing of which turn; None for any other noun or a turn without it."""
    if head.lower_ not in _TURN_NOUNS or head.pos_ != "NOUN":
        return None
    for p in head.children:
        if p.dep_ == "prep" and p.i == head.i + 1 and p.lower_ in _TOWARDS:
            obj = next((g for g in p.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.i - head.i <= 4:
                start = min([head.i] + [c.i for c in head.children if c.dep_ in ("amod", "compound")])
                return head.doc[start:obj.i + 1]
    return None


# Nouns of a line of conduct that "this policy" or "that strategy" points back at by another of them
# ("endorsed the Popular Front strategy … had started pursuing this policy").
_COURSE_NOUNS = frozenset({"policy", "policies", "strategy", "strategies", "line", "course", "approach",
                           "tactic", "tactics", "programme", "program", "doctrine"})
_POINTERS = ("this", "that", "these", "those", "such")


def pointed_course(head: Any) -> Any | None:
    """The named line of conduct "this policy" points back at in its sentence or the one before ("the
    Popular Front strategy … pursuing this policy" → the strategy's noun), or None."""
    if head.lower_ not in _COURSE_NOUNS or head.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in _POINTERS for c in head.children) or any(
            c.dep_ in ("amod", "compound") for c in head.children):
        return None
    doc = head.doc
    start = doc[head.sent.start - 1].sent.start if head.sent.start > 0 else head.sent.start
    for tok in reversed(doc[start:head.i]):
        # Only one told by name or sort ("the Popular Front strategy", "a policy of appeasement").
        if tok.lower_ in _COURSE_NOUNS and tok.pos_ == "NOUN" and (any(
                c.dep_ in ("amod", "compound") and c.i < tok.i for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1 for c in tok.children)):
            return tok
    return None


def charged_deed(trigger: Any) -> Any | None:
    """The deed a verb of charging names ("accused Lusk troops of the provocation" → provocation, "was
    convicted of treason" → treason): the accused are a party, never the thing. The "of" may hang on the
    verb or on its object. None for any other verb or with no common noun after it."""
    preps = CHARGE_PREPOSITIONS.get(trigger.lower_)
    if not preps:
        return None
    hosts = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    for host in hosts:
        for p in host.children:
            if p.dep_ == "prep" and p.lower_ in preps and p.i > host.i:
                obj = next((g for g in p.children if g.dep_ == "pobj"), None)
                # "accused him of having fled": a clause, not a noun, names no thing here
                if obj is not None and obj.pos_ == "NOUN":
                    return obj
    return None


def only_when(head: Any) -> bool:
    """Whether ``head`` is a bare day or date ("celebrated the day", "set the date"), which only says
    when: no thing acted on. With "of" or "for" after it the light-noun rule has already passed it on."""
    return head.pos_ == "NOUN" and head.lower_ in TIME_WORDS and not any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") for c in head.children)

"""Whether a trigger verb is passive though the parse gives it no passive subject, so that the subject
it has or inherits undergoes it and never acts (issue 31's wrong actors):

- a verb with a passive auxiliary whose subject the parser labelled active ("he was later crowned
  King of Lusk": ``nsubj`` + ``auxpass``; "after being fired from the band");
- a bare past participle hung on a clause, with no auxiliary or object ("Widowed in 1945, she
  served …", "a language first recorded in 3000 BC"): "Having won …" has its auxiliary and acts;
- the second verb of "was elected … and crowned …", tagged a past tense, where it is a verb done to
  a person (:data:`pipeline.lexicon.done_to_persons.DONE_TO_PERSON_FORMS`) and has no subject,
  auxiliary or object of its own.

A "by" agent still acts: :func:`pipeline.events.subjects.subject_of` reads it first.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.triggers import PASSIVE_SUBJECTS, SUBJECTS
from pipeline.lexicon.done_to_persons import DONE_TO_PERSON_FORMS

# Dependents that make a verb transitive-active or give it its own clause.
_OWN = {"dobj", "dative", "prt", "ccomp", "xcomp", "aux"} | SUBJECTS | PASSIVE_SUBJECTS


def reads_passive(verb: Any) -> bool:
    """Whether ``verb`` is passive by its form where the parse leaves it without a passive subject."""
    if verb.pos_ != "VERB" or any(c.dep_ == "agent" for c in verb.children):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    own = any(c.dep_ in _OWN for c in verb.children)
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not own:
        return True
    return verb.dep_ == "conj" and verb.lower_ in DONE_TO_PERSON_FORMS and not own and \
        verb.head.pos_ == "VERB" and any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.head.children)


def misread_patients(verb: Any) -> list:
    """Who undergoes a verb :func:`reads_passive` finds passive: the subject the parser labelled active
    ("he was crowned King": ``he``), or the subject of the clause it hangs on ("was elected … and
    crowned …", "Widowed in 1945, she served")."""
    if not reads_passive(verb):
        return []
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if own or any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children):
        return own
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in verb.children):
        return []  # "was arrested and imprisoned": pipeline.events.roles reads a participle conjunct
    if verb.head.pos_ == "VERB" and (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.i < verb.head.i)):
        # (a participle after its clause may be an absolute's: "were killed with two others wounded")
        # "held the chair …, was elected a member", "Widowed in 1945, she served": the clause's subject
        return [c for c in verb.head.children if c.dep_ == "nsubj" or c.dep_ in PASSIVE_SUBJECTS]
    return []


def fronted_participle_patients(verb: Any) -> list:
    """"Annexed by Tarvia in 1908, Lusk became a crown land": a passive participle with an agent of its own,
    fronted before its clause, acts on that clause's subject (a conjunct too: "occupied and annexed by")."""
    clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "advcl" else verb
    if verb.tag_ != "VBN" or clause.dep_ != "advcl" or clause.i > clause.head.i or \
            not any(c.dep_ == "agent" for c in verb.children) or any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    return [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i]


def misparsed_main_verb(verb: Any) -> Any | None:
    """The subject of a sentence's one verb that the parser hung as a participle on its subject ("The
    Tarvs rebelled against Lusk in 1625.": "Tarvs" made the root, "rebelled" its modifier), or None.
    Only a capitalised name heading a sentence with no other verb, the participle having no agent and
    no object: "the documents captured in 1945" keeps its passive reading."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or head.dep_ != "ROOT" or \
            head.tag_ not in ("NNS", "NNPS", "NNP") or not head.text[:1].isupper() or head.i != verb.i - 1:
        return None
    if any(c.dep_ in ("agent", "dobj", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in verb.sent):
        return None
    return head

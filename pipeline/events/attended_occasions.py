"""Who takes part in a visit, a meeting, a summit or a debate that news hangs on what a party said or
did there (issue 31, news rows whose actor was left empty): "Scharping, ending a two-day visit, said
Poland was ready" (Scharping visited), "In Sunday's debate against Vacco, Spitzer attacked him"
(Spitzer debated), "Cheney and Powell returned from a visit with the commanders", "Bush said after a
two-hour meeting with King Hussein", "NATO decided at last year's Madrid summit".

The one whose saying, deciding or coming back the occasion frames is there: the subject of that verb
takes part in the occasion. :func:`pipeline.events.news_subjects.speaker_subjects` reads the same
for occasions of speaking under a named subject; this reads the occasions of going and meeting too,
and any subject the general rules resolve ("the alliance", "the Cuban leader", "he").

Precision first: only an occasion with no owner of its own (a date's possessive, "Sunday's debate",
is none; "his meeting" is read elsewhere), no "by" agent, no "of" or "between" naming whose it is
("a meeting of shareholders", "talks between Lusk and Orm"); only under an active verb of saying,
deciding, agreeing or coming and going (not "police arrested him at the rally": the police held no
rally), hung on it by "in", "at", "during", "after" or "from" ("returned from a visit"), or the
object of a participle that ends or begins it ("ending a two-day visit").
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.news_agents import ATTENDED_OCCASIONS, THERE_VERBS

_PREPOSITIONS = {"in", "at", "during", "after", "from"}
# Participles by which the one who visits or meets ends or begins it ("ending a two-day visit").
_BOUNDING = {"ending", "ended", "concluding", "concluded", "wrapping", "beginning", "starting", "opening",
             "making", "paying", "finishing", "completing"}
_SUBJECT_LABELS = ("PERSON", "ORG", "GPE", "NORP")
_PRONOUNS = {"he", "she", "they", "it", "we"}
_DATE_LABELS = ("DATE", "TIME")


def _owned(trigger: Any) -> bool:
    """Whether the occasion says whose it is: an owner that is no date ("his meeting"), a "by" agent,
    or "of" / "between" parties ("a meeting of shareholders", "talks between Lusk and Orm")."""
    for c in trigger.children:
        if c.dep_ == "poss" and c.ent_type_ not in _DATE_LABELS:
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "between", "by", "among"):
            return True
        if c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children):
            return True
    return False


def _framing_verb(trigger: Any) -> Any:
    """The verb whose subject is at the occasion, or None."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _PREPOSITIONS:
        verb = head.head
        if head.lower_ == "from" and not verb.lower_.startswith(("return", "came", "come", "arriv")):
            return None  # "from a visit" tells where one comes back from, nothing else
        return verb
    if trigger.dep_ == "dobj" and head.lower_ in _BOUNDING and head.dep_ in ("advcl", "acl", "xcomp", "conj"):
        # "Scharping, ending a two-day visit, said": the participle's subject is the sentence's
        up = head.head
        if head.dep_ == "acl" and up.pos_ in ("PROPN", "NOUN", "PRON"):
            return head  # (hung on the name itself: the name is the one)
        return up
    return None


def attended_subjects(trigger: Any) -> list:
    """The subject heads of the verb an occasion of visiting or meeting frames, where they are there;
    see the module's docstring. Empty otherwise."""
    if trigger.pos_ != "NOUN" or trigger.lower_ not in ATTENDED_OCCASIONS or _owned(trigger):
        return []
    if trigger.lower_ == "conference" and not any(c.lower_ in ("news", "press") for c in trigger.children):
        return []  # a conference of states is held by many
    verb = _framing_verb(trigger)
    if verb is None:
        return []
    if verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN", "PRON"):
        subjects = [verb.head]
    else:
        if verb.pos_ not in ("VERB", "AUX") or not verb.lower_.startswith(THERE_VERBS) or \
                any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    out = []
    for s in subjects:
        if s.pos_ == "PRON" and s.lower_ not in _PRONOUNS:
            continue
        if s.pos_ == "PROPN" and s.ent_type_ and s.ent_type_ not in _SUBJECT_LABELS:
            continue
        out.append(s)
        out.extend(c for c in s.children if c.dep_ == "conj")
    return out

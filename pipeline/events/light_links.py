"""Light links whose happening is another word of the same clause (issue "when and what", item 5).

History leads tell a dated happening with a verb that only links to it: "succeeded in capturing the
fort" is a capturing, "was dissolved and ceased to exist" a dissolving, "Colonization efforts began in
1585" a colonization, "In 1929 the war resulted in the rise of the party" a rise, "the turn could have
been made" a turn. :func:`linked_happening` gives the word that names the happening;
:mod:`pipeline.events.happening_words` hands the row to it. ("managed to break through" and "issued
their warning" keep the verb's token, as TimeML's news events do, and name the happening in the row's
trigger only: :mod:`pipeline.events.phrase_triggers`.)
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import _lemma, names_a_happening
from pipeline.events.stand_ins import tried_happening
from pipeline.lexicon.light_verb_forms import ASPECT_VERBS



def linked_happening(verb: Any, lemma: str, span: Any) -> Any | None:
    """The word naming the happening that ``verb`` (lemma ``lemma``) only links to, or None."""
    inside = range(span.start, span.end)
    children = list(verb.children)
    if lemma == "make":
        # "The turn could have been made in early 1939": the turn ("took a turn" keeps take: TimeML's event).
        return next((c for c in children if c.dep_ in ("nsubjpass", "dobj") and c.lower_ == "turn" and
                     c.i not in inside), None)
    if lemma == "succeed":
        # "succeeded in capturing the fort"; "succeeded his father in 1920" (a succession) has no "in" gerund.
        return next((g for p in children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                     if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" and g.i not in inside), None)
    if lemma in ("cease", "exist"):
        return _ended_by(verb, lemma)
    if lemma in ASPECT_VERBS:  # a subject that is a trying: the happening tried
        # "Colonization efforts began in the late 16th century": the colonization tried, not its start.
        return next((t for c in children if c.dep_ == "nsubj" and c.i not in inside
                     if (t := tried_happening(c, span)) is not None), None)
    if lemma == "result" and span.end <= verb.i:
        # "In 1929, the war resulted in the rise of the party": a date fronted before the subject is the
        # outcome's (a date between them, "the war of 1929 resulted in …", is the subject's: the verb's rule).
        if not all(span.end <= c.i for c in children if c.dep_ == "nsubj"):
            return None
        return next((g for p in children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                     if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.i not in inside and names_a_happening(g)), None)
    return None


def _ended_by(verb: Any, lemma: str) -> Any | None:
    """"The Union was dissolved and ceased to exist in 1991": the verb the ceasing to exist is
    coordinated with tells how it ended; None when it stands alone (the row is "cease to exist")."""
    cease = verb.head if lemma == "exist" and verb.dep_ == "xcomp" else verb
    if _lemma(cease) != "cease" or not any(c.dep_ == "xcomp" and _lemma(c) == "exist" for c in cease.children):
        return None
    if cease.dep_ == "conj" and cease.head.pos_ == "VERB" and cease.head.i < cease.i and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in cease.children):
        return cease.head
    return None


def ceases_to_exist(verb: Any) -> bool:
    """Whether ``verb`` is the "exist" of "ceased to exist" or the "ceased" that takes it."""
    if _lemma(verb) == "exist":
        return verb.dep_ == "xcomp" and _lemma(verb.head) == "cease"
    return _lemma(verb) == "cease" and any(c.dep_ == "xcomp" and _lemma(c) == "exist" for c in verb.children)


def linking_verb(verb: Any) -> Any | None:
    """The verb of "succeeded in" whose row ``verb`` took (:func:`linked_happening`), or None."""
    head = verb.head
    if verb.dep_ in ("pcomp", "pobj") and head.lower_ == "in" and head.head.pos_ == "VERB" and \
            _lemma(head.head) == "succeed":
        return head.head
    return None

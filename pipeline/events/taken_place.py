"""A "took place" row names the happening that took place, never "take" (issue 33 item 5: "the trigger is
the happening's word").

"The unification of Orm, which took place between 1859 and 1870" is the unification (the relative
clause's noun: :func:`relative_happening`, which :mod:`pipeline.events.light_links` hands the row to);
"It took place between 1945 and 1949" in the article "Tarvian Revolution" is the revolution: the pronoun's
row took the article's subject as its actor (:mod:`pipeline.events.lead_subject`), and a happening is no
party, so :func:`retitle_taken_place` writes the name's head word as the trigger and takes the name out of
the actors (:mod:`pipeline.events.events` calls it on each row it makes).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import names_a_happening
from pipeline.lexicon.happenings import EVENT_NOUNS, NAMED_HAPPENING_HEADS
from pipeline.lexicon.stems import singulars

_TAKE_FORMS = {"take", "takes", "took", "taken", "taking"}
_RELATIVES = {"which", "that"}
_PRONOUNS = {"it", "they"}


def takes_place(verb: Any) -> bool:
    """Whether ``verb`` is the "took" of "took place" (a bare "place": not "took the place of")."""
    return verb.lower_ in _TAKE_FORMS and any(
        c.dep_ == "dobj" and c.lower_ == "place" and not list(c.children) for c in verb.children)


def relative_happening(verb: Any, inside: range) -> Any | None:
    """"the unification of Orm, which took place between 1859 and 1870": the noun the relative clause is
    of (past a name the parser hung it on: "of Orm"); "the Vell wars took place …, beginning in 54 BC":
    the subject; when it names a happening. Else None."""
    if not takes_place(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    noun = subject
    if subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
        noun = verb.head
        if noun.pos_ == "PROPN" and noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head  # "the unification of Orm, which": the unification
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in inside or noun.ent_type_ in ("DATE", "TIME"):
        return None
    return noun if names_a_happening(noun) or not singulars(noun.lower_).isdisjoint(_HAPPENING_HEADS) else None


_HAPPENING_HEADS = EVENT_NOUNS | NAMED_HAPPENING_HEADS


def retitle_taken_place(event: Any, trigger: Any, title: str | None, lead_doc: Any) -> None:
    """Rewrite, in place, a row of "It took place …" whose pronoun stands for a named happening: its one
    actor ("Tarvian Revolution", the lead the pronoun was read as), or with no actor, in the document's
    first paragraph (``lead_doc``'s parse), the ``title``. The trigger is the name's head word
    ("revolution"), and no actor."""
    if not takes_place(trigger) or len(event.actors) > 1:
        return
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _PRONOUNS or subject.pos_ != "PRON":
        return
    if event.actors:
        name = event.actors[0]
    elif trigger.doc is lead_doc and title:
        name = title
    else:
        return
    words = name.split()
    forms = singulars(words[-1].lower()) if words else set()
    if forms.isdisjoint(_HAPPENING_HEADS):
        return
    event.trigger = min(forms & _HAPPENING_HEADS)
    if not event.actors:
        return
    event.actors, event.actor_mentions = [], []
    if name in event.resolved:
        k = event.resolved.index(name)
        del event.resolved[k]
        if k < len(event.resolved_from):
            del event.resolved_from[k]

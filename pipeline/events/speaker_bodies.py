"""Who "we" is in what a business's officer is quoted as saying (issue 31, news rows whose actors
were left empty): "Jan Orme, the chairman of Tarn Foods, said we expect sales to fall", "\"We will
cut 500 jobs,\" said Tarn Foods chairman Jan Orme", "Tarn Foods said we ...".

The one who says "we" for a business it heads speaks for the business: the business expects, cuts,
plans. The business is read off the saying's own sentence only (a quote running over several
sentences is left alone), and only from the speaker's post as written beside the name: its "of"
object ("the chairman of Tarn Foods"), its possessor ("Tarn Foods' chairman") or the business
compounded on the post before the name ("Tarn Foods chairman Jan Orme"). A speaker with no such
post, or with a post that is no officer's (an analyst, an employee), gives nothing: in doubt, empty.

The same business that says its man resigned or retired is the body he left ("Tarn Foods Inc. said
Mr. Orme resigned"): :func:`left_bodies`.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import pobjs
from pipeline.lexicon.companies import COMPANY_OFFICERS, LEAVING_POST_VERBS
from pipeline.lexicon.happenings import SPEECH_VERB_FORMS

# The links by which a quoted clause hangs on its verb of saying ("said we expect", "\"We expect,\" said").
_QUOTED = {"ccomp", "parataxis", "xcomp", "conj", "advcl"}
_FIRST_PLURAL = {"we"}


def speaker_bodies(trigger: Any, subjects: list, spans: list) -> list[tuple[Any, str, str]]:
    """(entity, "actor", name) for the business whose officer says "we", where ``subjects`` (the
    subject heads of ``trigger``) hold "we"; ``spans`` are the sentence's (entity, span, name) triples."""
    if not any(h.lower_ in _FIRST_PLURAL and h.pos_ == "PRON" for h in subjects):
        return []
    saying = _saying_verb(trigger)
    if saying is None:
        return []
    speakers = [c for c in saying.children if c.dep_ == "nsubj"]
    out = []
    for speaker in speakers:
        for token in [speaker, *_posts_owners(speaker)]:
            for e, sp, name in spans:
                if e.label == "ORG" and sp.start <= token.i < sp.end:
                    out.append((e, "actor", name))
    return out[:1] if len({name for _, _, name in out}) == 1 else []


def _saying_verb(trigger: Any) -> Any | None:
    """The verb of saying whose quoted clause ``trigger`` heads or stands in, up a few clause links."""
    token = trigger
    for _ in range(3):
        if token.dep_ not in _QUOTED or token.head.i == token.i:
            return None
        token = token.head
        if token.lower_ in SPEECH_VERB_FORMS:
            return token
    return None


def _posts_owners(speaker: Any) -> list:
    """The tokens naming the business a speaker is an officer of: through an apposed post ("Jan Orme,
    the chairman of Tarn Foods," / "Jan Orme, Tarn Foods' chairman,") or a post compounded before
    the name ("Tarn Foods chairman Jan Orme")."""
    posts = [c for c in speaker.children if c.dep_ == "appos" and c.lower_ in COMPANY_OFFICERS]
    posts += [c for c in speaker.children if c.dep_ == "compound" and c.lower_ in COMPANY_OFFICERS]
    if speaker.lower_ in COMPANY_OFFICERS:  # "the chairman of Tarn Foods said we …"
        posts.append(speaker)
    owners = []
    for post in posts:
        owners += [c for c in post.children if c.dep_ in ("poss", "compound", "nmod")]
        owners += [g for c in post.children if c.dep_ == "prep" and c.lower_ == "of" for g in pobjs(c)]
    return owners


def left_bodies(trigger: Any, spans: list) -> list[tuple[Any, str, str]]:
    """(entity, "participant", name) for the body that says its man left his post ("Tarn Foods Inc.
    said Mr. Orme resigned": the post was Tarn Foods'): a verb of leaving a post reported by a
    saying whose subject is a named organisation, the leaver a named person or "he"/"she", and no
    "from" saying which body he left. Empty otherwise."""
    if trigger.lower_ not in LEAVING_POST_VERBS or trigger.dep_ != "ccomp" or trigger.head.lower_ not in SPEECH_VERB_FORMS:
        return []
    if trigger.lower_.startswith("step") and not any(c.dep_ == "prt" and c.lower_ == "down" for c in trigger.children):
        return []  # "stepped in", "stepped up": no leaving
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in trigger.children):
        return []  # "resigned from the Orme Party": the body named, read by the general rules
    leavers = [c for c in trigger.children if c.dep_ == "nsubj"]
    people = {t.i for e, sp, _ in spans if e.label == "PERSON" for t in sp}  # (the pipeline's label, not the model's)
    if not leavers or not all(c.i in people or c.lower_ in ("he", "she") for c in leavers):
        return []
    sayers = [c.i for c in trigger.head.children if c.dep_ == "nsubj"]
    bodies = [(e, "participant", name) for e, sp, name in spans if e.label == "ORG" and sp.root.i in sayers]
    return bodies[:1]


# One who speaks for a body: "an official from the organization said", "a spokesman for the OTO said".
SPOKESMAN_NOUNS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "representative", "source"})
_FOR_BODY = frozenset({"of", "from", "for", "at", "with"})


def speaks_for_body(noun: Any) -> bool:
    """Whether ``noun`` is one who speaks for a body, the subject of a verb of saying ("an official ... said")."""
    return noun.lower_ in SPOKESMAN_NOUNS and noun.dep_ == "nsubj" and noun.head.lower_ in SPEECH_VERB_FORMS


def spokesman_bodies(subjects: list) -> list:
    """The heads of the bodies the subjects speak for ("the organization" of "an official from the organization
    said"): the body says it, through its spokesman; the general rules name it or resolve it."""
    return [g for s in subjects if speaks_for_body(s)
            for p in s.children if p.dep_ == "prep" and p.lower_ in _FOR_BODY for g in pobjs(p)
            if g.pos_ in ("NOUN", "PROPN")]

"""The shapes that tell a made object's making or use, for :func:`pipeline.events.made_themes.made_theme`
(issue 33: "themes name the thing acted on in full"; the object and its kinds: :mod:`pipeline.events.defined_things`):
a participle on the defining noun ("The Orm Story is a film directed by …"), a fronted or trailing one ("First
released in 2008, Vellos is …"), the article's "it" or its name as the object ("It was completed in AD 537",
"Orm licensed Vellix"), a named building acted on ("Vell Reservoir was begun … and completed"), and one object
ranked against another ("it was surpassed by One Vell Center").
"""

from __future__ import annotations

from typing import Any

from pipeline.events.defined_things import (ONE_OF, POINTING, defined_object, is_object_name, name_span, object_kind,
                                            theme_of_subject)
from pipeline.events.object_parties import ranked_words, ranking_sides
from pipeline.lexicon.light_verb_forms import COPULA_FORMS
from pipeline.lexicon.made_things import OBJECT_MAKING_FORMS
from pipeline.lexicon.type_nouns import THING_NAME_HEADS


def described_object(trigger: Any, paragraphs: Any) -> tuple[str, set[int]] | None:
    """(theme, tokens of its name) where ``trigger`` tells the making of a made object named as a copula's
    subject (see the module) or by the article's "it"; None where the usual rules apply."""
    if trigger.tag_ != "VBN":
        # "OrmScript overtook VellScript"; "Orm licensed Vellix" (the article's object, tagged a body)
        return ranked_theme(trigger, paragraphs) or _acted_on_object(trigger, paragraphs)
    own = {c.dep_ for c in trigger.children}
    if trigger.dep_ == "acl" or (trigger.dep_ == "relcl" and any(
            c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in trigger.children)):
        return _predicate_shape(trigger, paragraphs)
    if trigger.dep_ == "advcl" and not own & {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}:
        return _fronted_shape(trigger, paragraphs)
    if (ranked := ranked_theme(trigger, paragraphs)) is not None:
        return ranked  # "it was surpassed in 2012 by One Vell Center": the building
    it = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if it is not None and it.lower_ == "it" and trigger.lower_ in OBJECT_MAKING_FORMS:
        thing = defined_object(paragraphs)  # "It was completed in AD 537": the basilica the article is on
        return (thing, {it.i}) if thing is not None else None
    return _acted_on_object(trigger, paragraphs)


# Nouns of a piece of a thing ("Parts of the Orm Cathedral were declared"): the thing is acted on.
_PIECES = {"part", "parts", "portion", "portions", "section", "sections", "much", "most", "all", "some"}


def _acted_on_object(trigger: Any, paragraphs: Any) -> tuple[str, set[int]] | None:
    """The article's made object as the verb's object or passive subject, or their "of" ("Orm licensed
    Vellix", "Parts of the Orm Cathedral were declared a site"); None otherwise."""
    if trigger.pos_ != "VERB":
        return None
    heads = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if not heads and trigger.dep_ == "conj" and trigger.tag_ == "VBN" and not any(
            c.dep_ == "nsubj" for c in trigger.children):
        heads = [c for c in trigger.head.children if c.dep_ == "nsubjpass"]  # "was begun … and completed"
    for head in heads:
        whole = head
        if head.lower_ in _PIECES:
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            head = next((g for g in of.children if g.dep_ == "pobj"), head) if of is not None else head
        span = name_span(head) if head.pos_ == "PROPN" else None
        if span is None:
            continue
        if is_object_name(span.text, paragraphs):
            return defined_object(paragraphs), {t.i for t in whole.subtree}
        if span[-1].lower_ in THING_NAME_HEADS and head.i == span[-1].i and whole is head:
            # "Lincoln Reservoir was begun in 1889 and completed in 1901": a named building or work (the
            # model's person or body, no party) is the thing acted on
            text = span[1:].text if span[0].lower_ in POINTING else span.text
            return paragraphs.names.by_text.get(text, text), {t.i for t in span}
    return None


def _predicate_shape(trigger: Any, paragraphs: Any) -> tuple[str, set[int]] | None:
    """"The Orm Story is a film directed by Vell", "ORMAC was the first computer, completed in 1945"."""
    noun = trigger.head
    if object_kind(noun) is None:
        return None
    attr = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ONE_OF:
        attr = noun.head.head  # "one of the best-selling books written by …"
    if attr.dep_ != "attr" or attr.head.lower_ not in COPULA_FORMS:
        return None
    subject = next((c for c in attr.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lower_ == "it" and subject.pos_ == "PRON":
        thing = defined_object(paragraphs)
        return (thing, {subject.i}) if thing is not None else None
    found = theme_of_subject(subject, paragraphs)
    if found is None and _in_first_sentence(trigger, paragraphs) and (thing := defined_object(paragraphs)):
        # the article's defining sentence, its subject's parse broken by a foreign title: the object, and
        # none of the title's words ("sciences") a party
        return thing, {t.i for t in subject.subtree}
    return found


def _in_first_sentence(token: Any, paragraphs: Any) -> bool:
    """Whether a token lies in the document's first sentence (the one defining its subject)."""
    if not paragraphs.chunks:
        return False
    first = next(iter(paragraphs.chunks[0][1].sents), None)
    return first is not None and token.doc is first.doc and first.start <= token.i < first.end


def _fronted_shape(trigger: Any, paragraphs: Any) -> tuple[str, set[int]] | None:
    """"First released in 2008, Vellos is the world's most widely used operating system": a participle of
    making before its clause is done to the clause's subject, where the copula defines that subject as a
    made object, or the subject is the article's object. Not "Released from prison, Orme became …"."""
    head = trigger.head
    if trigger.lower_ not in OBJECT_MAKING_FORMS or any(c.dep_ == "prep" and c.lower_ == "from" for c in trigger.children):
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    attr = next((c for c in head.children if c.dep_ == "attr"), None) if head.lower_ in COPULA_FORMS else None
    defining = attr is not None and object_kind(attr) is not None
    if trigger.i > head.i:
        # "It is one of the oldest languages, attested since c. 300 BCE": after the defining noun and a comma
        if not defining or attr.i > trigger.i or trigger.doc[trigger.i - 1].text != ",":
            return None
    elif subject.i < trigger.i:
        return None
    found = theme_of_subject(subject, paragraphs)
    if found is None:
        return None
    if defining or is_object_name(found[0], paragraphs):
        return found
    return None


def ranked_theme(trigger: Any, paragraphs: Any) -> tuple[str, set[int]] | None:
    """The article's made object as the theme of its ranking ("it was surpassed", "OrmScript overtook
    VellScript": the one passed); None otherwise."""
    sides = ranking_sides(trigger)
    passed = next((s for s in sides if s.dep_ in ("nsubjpass", "dobj")), None)
    if passed is None or not ranked_words(trigger, paragraphs):
        return None
    if passed.lower_ == "it" and passed.pos_ == "PRON":
        thing = defined_object(paragraphs)
        return (thing, {passed.i}) if thing is not None else None
    return theme_of_subject(passed, paragraphs)

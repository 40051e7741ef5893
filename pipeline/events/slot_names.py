"""Names the model left untagged, or tagged as a building, in a slot that makes them a party.

Sports sides, bands and small bodies often come out of the model untagged or as a facility ("a win
over the Vela Pilots", "toured with Silver Mountain Gang"). Where the parse puts a run of capitalised
proper nouns as the object of "with", "against", "over", "between" or "alongside" among the
trigger's party heads (:func:`pipeline.events.party_heads.participant_heads`), the slot says it is a party;
a run ending in a place's, a venue's, a day's or a document's word, an event's name, or a work's
title in quotes is not.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.events.names import unique_names
from pipeline.events.sentence_names import SentenceNames
from pipeline.events.party_shapes import NOT_PARTY_WORDS, QUOTE_MARKS
from pipeline.events.triggers import is_event_noun
from pipeline.lexicon.agreements import DOCUMENT_WORDS
from pipeline.lexicon.type_nouns import THING_NAME_HEADS
from pipeline.events.tree import first_conjunct

_PARTY_SLOTS = {"with", "against", "over", "between", "alongside"}
# Labels a party's run may carry: none, or the model's facility for a side named like a place.
_MISTAKEN_LABELS = {"", "FAC"}
# An agent's run may also be taken for a happening ("by the Dallas Morning News"): its words say
# whether it is one (an event noun in the run keeps "by the Great Fire" out).
_AGENT_LABELS = {"", "FAC", "EVENT"}
# Forces of nature and happenings a name may be built on ("Hurricane Katrina", "the Great Fire"): a
# cause, never a party.
_HAPPENING_WORDS = {"fire", "hurricane", "storm", "flood", "earthquake", "typhoon", "cyclone", "tornado", "blaze",
                    "eruption", "tsunami", "plague", "epidemic", "pandemic", "famine", "drought", "war", "battle",
                    "revolution", "rebellion", "uprising", "riot", "riots", "crisis", "explosion", "blizzard",
                    "rising", "revolt", "mutiny", "strike", "march", "crusade", "expedition", "campaign", "offensive"}


def _slot(head: Any) -> Any | None:
    """The preposition a head (or the first of its conjuncts) is the object of."""
    head = first_conjunct(head)
    return head.head if head.dep_ == "pobj" else None


def _run(head: Any) -> Any | None:
    """The capitalised proper nouns ending at ``head`` ("the Vela Pilots" → Vela Pilots)."""
    doc, start = head.doc, head.i
    while start > head.sent.start + 1 and doc[start - 1].tag_ in ("NNP", "NNPS") and \
            doc[start - 1].text[:1].isupper() and head.i - start < 5:
        start -= 1
    return doc[start:head.i + 1]


def slot_roles(subjects: list, parties: list, spans: SentenceNames) -> list[tuple[None, str, str]]:
    """(None, role, name) for the names :func:`slot_names` finds: the passive's agents ("by the Dallas
    Morning News and the Vela Post") as actors, the party heads' as participants; and numbered units
    the model left untagged (:func:`unit_names`) in either."""
    actors = slot_names(subjects, spans, {"by"}, _AGENT_LABELS)
    actors += [n for n in unit_names(subjects, spans) if n not in actors]
    joined = joined_names(parties, spans)
    return [(None, "actor", n) for n in actors] + [(None, "participant", n) for n in
                                                   unique_names(slot_names(parties, spans) + unit_names(parties, spans)
                                                                + joined) if n not in actors]


# Verbs whose object is a body one becomes part of (stems): a club, a firm, an alliance, never a place.
_JOINING = ("join", "rejoin", "re-join")


def joined_names(heads: list, spans: SentenceNames) -> list[str]:
    """The body a verb of joining has as its object where the model left it untagged ("joined Arsenal
    in 1990", "will join BCIT as President"): one joins a body, not a place or a thing, so a proper
    noun there is a party; its capitalised words as written."""
    labels = {t.i: e.label for e, sp, _ in spans.spans for t in sp}
    out = []
    for head in {h.i: h for head in heads for h in [head, *head.conjuncts]}.values():
        verb = first_conjunct(head).head
        if first_conjunct(head).dep_ != "dobj" or not verb.lower_.startswith(_JOINING) or \
                head.tag_ not in ("NNP", "NNPS") or head.ent_type_ or head.i in labels:
            continue
        run = _run(head)
        if any(t.ent_type_ or t.i in labels for t in run) or run[-1].lower_ in NOT_PARTY_WORDS or \
                run[-1].lower_ in THING_NAME_HEADS or any(is_event_noun(t) or t.lower_ in _HAPPENING_WORDS for t in run):
            continue
        out.append(run.text)
    return out


# Head nouns of numbered military and service units ("the 45th Bombardment Wing", "506th Parachute
# Infantry Regiment"): the model often tags only the ordinal, leaving the unit a party nobody names.
_UNIT_HEADS = {"wing", "group", "squadron", "regiment", "battalion", "brigade", "division", "corps", "army", "fleet",
               "flotilla", "command", "detachment", "company", "battery", "legion", "flight", "infantry", "cavalry",
               "artillery", "guards", "rifles", "fusiliers", "dragoons", "hussars", "lancers"}
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th|d)$")


def unit_names(heads: list, spans: SentenceNames) -> list[str]:
    """The numbered units among ``heads`` the model left without a name ("discontinued the 45th
    Bombardment Wing"): an ordinal, capitalised words, and a unit's head noun, no entity but the
    ordinal's on them; the words as written."""
    labels = {t.i: e.label for e, sp, _ in spans.spans for t in sp}
    out = []
    for head in {h.i: h for head in heads for h in [head, *head.conjuncts]}.values():
        if head.lower_ not in _UNIT_HEADS or not head.text[:1].isupper():
            continue
        left = [t for t in head.doc[head.left_edge.i:head.i] if t.dep_ != "det"]
        if not left or not _ORDINAL.match(left[0].text) or not all(t.text[:1].isupper() for t in left[1:]):
            continue
        if any(labels.get(t.i, "") not in ("", "ORDINAL", "CARDINAL") for t in [*left, head]):
            continue  # the model named it: its entity takes the role
        out.append(head.doc[left[0].i:head.i + 1].text)
    return out


def slot_names(heads: list, spans: SentenceNames, slots: set[str] = _PARTY_SLOTS,
               allowed: set[str] = _MISTAKEN_LABELS) -> list[str]:
    """Names of heads (and their conjuncts) in a party slot that no person, body, people or place entity covers."""
    labels = {t.i: e.label for e, sp, _ in spans.spans for t in sp}
    out = []
    for head in {h.i: h for head in heads for h in [head, *head.conjuncts]}.values():
        if head.tag_ not in ("NNP", "NNPS") or labels.get(head.i, "") not in allowed or head.ent_type_ not in allowed:
            continue
        slot = _slot(head)
        if slot is None or slot.lower_ not in slots:
            continue
        run = _run(head)
        if len(run) < 2 or any(labels.get(t.i, "") not in allowed or t.ent_type_ not in allowed for t in run):
            continue
        last = run[-1].lower_
        quoted = run.start > 0 and run.doc[run.start - 1].text in QUOTE_MARKS
        if last in NOT_PARTY_WORDS or last in DOCUMENT_WORDS or last in THING_NAME_HEADS or quoted or \
                any(is_event_noun(t) or t.lower_ in _HAPPENING_WORDS for t in run):
            continue
        out.append(run.text)
    return out

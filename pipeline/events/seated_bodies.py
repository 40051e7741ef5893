"""The body someone is elected or appointed to (issue 31): "was elected to the Tarsk legislature",
"appointed to the Supreme Council". The model often leaves such a body untagged, tags only the name
compounded on it ("Tarsk" of "the Tarsk legislature"), or takes it for a place; the verb's "to"
object headed by a body noun is the party, as the words are written. A body noun with no capitalised
word ("elected to the council") names no one in particular and is left out (precision first).
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.sides import MEMBERSHIP_NOUNS, SEATED_BODIES, SEATING_VERBS

# Verbs of holding a seat: the body sat in is a party ("served in the Tarsk legislature").
_SERVING = ("serv", "sat", "sit", "represent")
# Verbs that confer a membership besides the seating ones ("was made a Fellow of ...", "inducted as a member of").
_CONFERRING = SEATING_VERBS + ("made", "mak", "induct")


def seated_bodies(trigger: Any) -> list[tuple[int, int]]:
    """Token ranges ``(start, end)`` of the named bodies ``trigger`` seats someone in; for an election
    that seats someone ("was elected to the Tarsk legislature in the 1951 election"), its verb's."""
    if trigger.pos_ == "NOUN" and trigger.lower_.startswith(("election", "by-election")) and \
            trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.lower_ == "in":
        trigger = trigger.head.head
    if trigger.pos_ == "VERB" and trigger.lower_.startswith(_SERVING):
        return _served_bodies(trigger)
    if trigger.pos_ not in ("VERB", "AUX") or not trigger.lower_.startswith(_CONFERRING):
        return []
    if not any(c.dep_ in ("auxpass", "dobj") for c in trigger.children):
        return []  # "was elected to", "appointed Orme to": someone is seated, not "returned to the court house"
    out = _membership_bodies(trigger)
    if not trigger.lower_.startswith(SEATING_VERBS):
        return out
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for body in (c for c in prep.children if c.dep_ == "pobj"):
            for head in [body, *body.conjuncts]:
                span = _body_span(head)
                if span is not None:
                    out.append(span)
    return out


def _body_span(head: Any) -> tuple[int, int] | None:
    """The words naming the body headed by ``head``: its name modifiers, the noun, a named "of" object
    ("the city council of Lusk"); None when ``head`` is no body noun or no word of it is a name."""
    if head.lower_ not in SEATED_BODIES:
        return None
    left = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod")]
    start = min([t.i for c in left for t in c.subtree] + [head.i])
    end = head.i + 1
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of" and any(
                g.dep_ == "pobj" and g.pos_ == "PROPN" for g in prep.children):
            end = max(t.i for t in prep.subtree) + 1
    words = head.doc[start:end]
    if not any(t.text[:1].isupper() for t in words if t.i != head.sent.start):
        return None
    return start, end


def _membership_bodies(trigger: Any) -> list[tuple[int, int]]:
    """The bodies whose membership ``trigger`` confers ("was elected a Fellow of the Royal Tarvian
    Society", "made him an honorary member of the Orme Club", "inducted as a member of …"): the "of"
    object of a membership noun, where the model tags it a body or it is a named body noun."""
    nouns = [c for c in trigger.children if c.dep_ in ("oprd", "attr", "dobj") and c.lower_ in MEMBERSHIP_NOUNS]
    nouns += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "as"
              for g in c.children if g.dep_ == "pobj" and g.lower_ in MEMBERSHIP_NOUNS]
    out = []
    for noun in nouns:
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for body in (g for g in prep.children if g.dep_ == "pobj"):
                if body.ent_type_ == "ORG":
                    out.append(_entity_range(body))
                else:
                    span = _body_span(body)
                    out += [span] if span is not None else []
    return out


def _entity_range(token: Any) -> tuple[int, int]:
    """The token range of the model's entity ``token`` lies in."""
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if doc[start].lower_ == "the":
        start += 1
    return start, end


def _served_bodies(trigger: Any) -> list[tuple[int, int]]:
    """The named bodies a verb of holding a seat has as its "in" or "on" object ("served in the Tarsk
    legislature", "represented Orme in the Tarvian Parliament", "sat on the Lusk Council"); for a
    participle with none of its own after a seating verb ("was elected to the Tarsk Congress, serving
    until 1837"), the bodies that verb seats someone in."""
    out = []
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "on"):
            for body in (c for c in prep.children if c.dep_ == "pobj"):
                out += [span for span in [_body_span(body)] if span is not None]
    if not out and trigger.dep_ in ("advcl", "conj") and trigger.head.lower_.startswith(SEATING_VERBS) and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        out = seated_bodies(trigger.head)
    return out

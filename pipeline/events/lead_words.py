"""The words that stand for an article's subject (its lead) far from its name: pronouns and bare descriptions.

:func:`lead_for_pronoun`: "they"/"it"/"he" stands for the lead when the lead is still in view: walking
back over the sentences before, the first main subject that names anything is the lead itself, the
same pronoun, or a bare description of the lead ("the band"); any other subject ends the walk with
nothing (in doubt, nothing). :func:`lead_for_description`: "the band" (the lead's own noun, bare) is
the lead; "the company" for a business, "the sultanate" for a state. Split from
:mod:`pipeline.events.lead_subject`, which finds the lead (:class:`~pipeline.events.lead_subject.Lead`).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.lead_subject import Lead
from pipeline.lexicon.pronouns import BODY_PRONOUNS, GROUP_PRONOUNS, PERSON_PRONOUNS


# Nouns that define a business, and the plain words prose then calls it by ("Orme is a bicycle
# manufacturer. … The company was sold in 1999."). Only for a business: "the group" or "the unit" could
# be another body the article tells of.
_COMPANY_LEADS = {"company", "firm", "business", "corporation", "manufacturer", "maker", "producer", "partnership",
                  "retailer", "publisher", "conglomerate", "brand", "chain", "label", "airline", "enterprise",
                  "subsidiary", "developer", "distributor", "supplier", "bank", "railroad", "railway"}
_COMPANY_WORDS = {"company", "firm", "business", "corporation"}
# Plain words a state's article calls it by whatever its name ("the state adopted Christianity").
_STATE_WORDS = {"state", "country", "realm", "polity"}
# How far back a reader keeps the article's subject in view through pronoun-only sentences.
_WALK_BACK = 6


def _is_lead_word(token: Any, lead: Lead) -> bool:
    """Whether a subject token names the lead: its own name, or a bare description of it ("the band")."""
    if token.doc is lead.doc and token.i in lead.tokens:
        return True
    if token.text in lead.name.split() and token.pos_ == "PROPN":
        return True
    return lead_for_description(token, lead) is not None


def _main_subject(sent: Any) -> Any | None:
    """The subject of a sentence's main verb (or of the first verb that has one)."""
    for c in sent.root.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    return next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)


def _pronoun_fits(word: str, lead: Lead) -> bool:
    """Whether a pronoun can stand for the lead: "he"/"she" for a person, "they" for any body, "it" for one
    prose makes singular."""
    if lead.kind == "person":
        return word in PERSON_PRONOUNS
    if word in GROUP_PRONOUNS:
        return True  # a band or a team is "they" whichever number its name takes
    return word in BODY_PRONOUNS and not lead.plural


def lead_for_pronoun(token: Any, lead: Lead | None, gender_ok: bool = True) -> str | None:
    """The lead's name when ``token`` (a pronoun standing for a party) stands for it: the lead fits
    the pronoun and is still in view (see the module docstring); else None."""
    if lead is None or not _pronoun_fits(token.lower_, lead) or not gender_ok:
        return None
    doc = token.doc
    sent = token.sent
    # Another candidate before the pronoun in its own sentence: the paragraph rules decide, not this one.
    subject = _main_subject(sent)
    if subject is not None and subject.i < token.i and not _is_lead_word(subject, lead) \
            and subject.pos_ in ("PROPN", "NOUN") and token.lower_ not in ("their", "its", "his", "her") \
            and not (subject.pos_ == "NOUN" and subject.left_edge.i <= token.i <= subject.right_edge.i):  # "the period during which he led"
        return None
    start = sent.start
    for _ in range(_WALK_BACK):
        if start == 0:
            # The paragraph opens with the pronoun's run: a paragraph of an article about the lead
            # that opens with "They …" or "He …" is about the lead.
            return lead.name
        prev = doc[start - 1].sent
        start = prev.start
        subject = _main_subject(prev)
        if subject is None or subject.tag_ in ("WDT", "WP", "EX") or subject.lower_ in ("this", "that", "there"):
            continue  # a sentence naming no one as its subject does not take the lead out of view
        if _is_lead_word(subject, lead):
            return lead.name
        if subject.pos_ == "PRON":
            if subject.lower_ == token.lower_ or any(subject.lower_ in kind and token.lower_ in kind
                                                     for kind in (GROUP_PRONOUNS, PERSON_PRONOUNS)):
                continue  # the same pronoun: the same one in view
            return None
        if any(c.dep_ == "poss" and c.pos_ == "PRON" and _pronoun_fits(c.lower_, lead) for c in subject.children):
            continue  # "Their single reached number 2": the owner stays in view
        return None
    return None


def lead_for_description(token: Any, lead: Lead | None) -> str | None:
    """The lead's name for a bare definite noun that is its defining noun ("the band", "the
    station"), else None."""
    if lead is None or lead.kind != "body" or token.pos_ != "NOUN":
        return None
    kids = [c for c in token.children if c.dep_ not in ("prep", "relcl", "acl", "punct")]
    if lead.state:
        # A state's article: only its own realm words, no other state named so ("the sultanate", "the grand duchy").
        kept = next((k for w, k in lead.realm_words if w == token.lower_), None)
        if kept is None and token.lower_ in _STATE_WORDS and [c.lower_ for c in kids] == ["the"]:
            return lead.name if _lead_in_view(token, lead) else None  # "the state adopted": the lead, still in view
        if kept is None or token.tag_ != "NN" or not kids or kids[0].lower_ != "the" or \
                any(c.lower_ not in kept or c.dep_ not in ("amod", "compound") for c in kids[1:]):
            return None
        return lead.name
    if lead.noun is None:
        return None
    if token.lower_ != lead.noun and not (token.lower_ in _COMPANY_WORDS and lead.noun in _COMPANY_LEADS):
        return None  # ("the company" for a lead defined as a manufacturer, a label, a partnership: it too)
    if [c.lower_ for c in kids] != ["the"]:
        return None
    return lead.name


def _lead_in_view(token: Any, lead: Lead) -> bool:
    """Whether the last subject before ``token``'s sentence is the lead's and no state precedes it in its own."""
    if any(t.ent_type_ in ("GPE", "ORG") and t.i < token.i for t in token.sent):
        return False
    start = token.sent.start
    for _ in range(_WALK_BACK):
        if start == 0:
            return True
        prev = token.doc[start - 1].sent
        start = prev.start
        subject = _main_subject(prev)
        if subject is None or subject.tag_ in ("WDT", "WP", "EX"):
            continue
        return subject.pos_ == "PRON" and subject.lower_ in BODY_PRONOUNS or (
            subject.lower_ not in _STATE_WORDS and _is_lead_word(subject, lead))
    return False

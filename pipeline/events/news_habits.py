"""News words that name a profession, a habit, an attitude, a view or a thing, not a dated happening.

Blind judges of news rows (issue 33, when and what) called these "no real happening":
"Dr. Orme provided legal abortions" (a service he gave over years: the abortions are no dated
happening), "the women they served" (a clientele), "the Russians vacillated between hostility and
acceptance" (an attitude, and neither noun is a happening), "military installations around the world"
(a thing), "the government's characterization of the boy's retention" (a view, and what it is of), "his
clients were giving an appeal serious consideration" (a weighing, no act yet) and "bombing specialists"
(a noun that says what kind of people). :func:`no_news_habit` gives the reason; it is asked through
:func:`pipeline.events.news_states.no_news_state` for every news row, written-date or the report's own.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import names_a_happening
from pipeline.events.modality import forms as verb_forms

# Verbs of giving a service: their bare plural object is what a practice offers, not a dated happening.
_SERVICE_VERBS = {"provide", "offer"}
# People a practice, a shop or an office serves: "the women they served", "the clients it serves".
_CLIENTELE = {"women", "men", "people", "clients", "customers", "patients", "residents", "students", "families",
              "children", "communities", "community", "members", "users", "readers", "public", "poor", "population"}
# Verbs of an attitude swinging between two: "vacillated between hostility and acceptance".
_WAVERING_VERBS = {"vacillate", "waver", "oscillate"}
# Nouns of how someone describes or weighs a matter: a view, not a happening.
_VIEW_NOUNS = {"characterization", "characterisation", "portrayal", "depiction", "interpretation", "consideration",
               "perception"}  # (not "understanding": "reached an understanding" is an agreement)
# Things the suffix test takes for happenings: "military installations" (an "installation of" a bishop is one).
_THING_NOUNS = {"installation", "installations"}
# Nouns of people a modifier classes: "bombing specialists", "rescue workers", "election officials".
_CLASSED_PEOPLE = {"specialist", "specialists", "expert", "experts", "investigator", "investigators", "official",
                   "officials", "worker", "workers", "team", "teams", "squad", "squads", "unit", "units", "officer",
                   "officers", "agent", "agents", "analyst", "analysts", "technician", "technicians"}


def no_news_habit(tok: Any) -> str | None:
    """Why a news report's word tells no dated happening ("habitual", "state", "view", "thing",
    "modifier"), or None when it may."""
    if tok.pos_ == "VERB":
        if _serves_a_clientele(tok):
            return "habitual"  # "the women they served"
        if verb_forms(tok) & _WAVERING_VERBS:
            return "state"  # "the Russians vacillated between hostility and acceptance"
        return None
    if tok.pos_ != "NOUN":
        return None
    if tok.lower_ in _THING_NOUNS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return "thing"
    if tok.lower_ in _VIEW_NOUNS or _content_of_a_view(tok):
        return "view"  # "the government's characterization of the boy's retention"
    if tok.dep_ in ("compound", "nmod") and tok.head.lower_ in _CLASSED_PEOPLE and tok.head.i > tok.i:
        return "modifier"  # "bombing specialists", "bombing and evidence specialists"
    if _a_service(tok):
        return "habitual"  # "provided legal abortions"
    if _an_attitude(tok):
        return "state"  # "… between hostility and acceptance"
    return None


def _serves_a_clientele(verb: Any) -> bool:
    """"the women they served": "serve" in a relative clause on the people served, with no object of its own."""
    return verb.lower_ in ("serve", "serves", "served", "serving") and verb.dep_ == "relcl" and \
        verb.head.lower_ in _CLIENTELE and not any(c.dep_ in ("dobj", "attr") for c in verb.children)


def _content_of_a_view(noun: Any) -> bool:
    """The happening a view is of: "characterization of the boy's retention" (what is seen, not done)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in _VIEW_NOUNS


def _a_service(noun: Any) -> bool:
    """A bare plural happening word (no article, number or possessor) as the object of providing or
    offering: what a practice gives, over years, not a happening of the report's date."""
    if noun.dep_ != "dobj" or noun.tag_ != "NNS" or not names_a_happening(noun):
        return False
    if any(c.dep_ in ("det", "nummod", "poss", "quantmod") for c in noun.children):
        return False
    return bool(verb_forms(noun.head) & _SERVICE_VERBS)


def _an_attitude(noun: Any) -> bool:
    """A noun after the "between" of a wavering verb, or joined to one that is."""
    while noun.dep_ == "conj":
        noun = noun.head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "between" and bool(verb_forms(prep.head) & _WAVERING_VERBS)

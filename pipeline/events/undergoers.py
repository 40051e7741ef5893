"""Subjects that are no agents in news prose (issue "who did it", rows whose actor did nothing):

- a state or a place subject of a verb of undergoing ("Mexico and Lusk have suffered from a rash of
  kidnappings", "the region underwent a drought"): what it went through was done to it, so it takes
  part and nobody acts (the doer, where named, is read by the rows of the happening itself);
- a business's name the model ran on into the country it is "of" ("Reiss & Co. B.V. of the
  Netherlands filed a request"): the name ends at its legal form, the country says where it is from.

Read by :func:`pipeline.events.news_roles.news_roles`.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.lexicon.light_verb_forms import LIGHT_VERB_FORMS
from pipeline.lexicon.person_titles import LEGAL_SUFFIXES

# Word forms of verbs whose subject goes through something ("suffered", "underwent", "experienced").
_UNDERGOING = {form for form, lemma in LIGHT_VERB_FORMS.items() if lemma in ("suffer", "undergo", "experience")} | \
    {"endure", "endures", "endured", "enduring"}
_PLACE_LABELS = ("GPE", "LOC", "FAC")
# "<name> <legal form> of <place>": the words after the legal form ("B.V.", "Ltd.", "S.A.") and "of".
_OF_AFTER_LEGAL = re.compile(r"^(?P<name>.+?\s(?P<legal>\S+))\s+of\s+(?:the\s+)?[A-Z].*$")


def undergoer_roles(trigger: Any, roles: list) -> list:
    """The roles with the states and places acting in a verb of undergoing as participants; other
    triggers' roles unchanged. (Only states and places: a people or a person who "suffered" is left
    to the general rules, which read them as the subject of what they went through.)"""
    if trigger.pos_ != "VERB" or trigger.lower_ not in _UNDERGOING:
        return roles
    return [(e, "participant" if role == "actor" and e is not None and e.label in _PLACE_LABELS else role, name)
            for e, role, name in roles]


def legal_name(name: str) -> str:
    """A business's name up to its legal form where the name runs on with "of" a place ("Reiss & Co.
    B.V. of the Netherlands" → "Reiss & Co. B.V."); any other name unchanged ("Bank of Tarvia" has no
    legal form before its "of")."""
    m = _OF_AFTER_LEGAL.match(name)
    if m is None or m["legal"].lower().rstrip(",") not in LEGAL_SUFFIXES:
        return name
    return m["name"].rstrip(",")


def legal_names(roles: list) -> list:
    """The roles with each organisation's name cut at its legal form (:func:`legal_name`)."""
    return [(e, role, legal_name(name)) if e is not None and e.label == "ORG" and role in ("actor", "participant")
            else (e, role, name) for e, role, name in roles]

"""Happening nouns done to their possessor that the person-centred word list does not hold (issue 31,
every named party listed; the sentences are invented): a people's conversion to a faith or a culture
("the Vell peoples ... before their gradual Christianization between the 8th and 13th centuries",
"Lusk's Islamization") and what is done to a whole people ("their deportation in 1944", "their
enslavement"). The possessor takes part; it did not act (the missionaries or the state that did it act,
where named). Read by :func:`pipeline.events.recast_roles.suffered_by_possessor`, which turns such a
possessor, named or a pronoun, from an actor into a participant.

A conversion noun is told by its shape: a capitalised proper adjective or name ("Christian", "Islam",
"Russ") with a making ending ("-ization", "-ification") inside a sentence; a common one ("colonization",
"industrialization") is no conversion of a people, and its possessor is as often the doer ("Tarvia's
colonization of Lusk").
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.nominal_patients import ASSIMILATION_ENDINGS, DONE_TO_PEOPLE_NOUNS


def is_done_to_people(trigger: Any) -> bool:
    """Whether the noun ``trigger`` names something done to a people (see the module's docstring)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if trigger.lower_ in DONE_TO_PEOPLE_NOUNS:
        return True
    return trigger.lower_.endswith(ASSIMILATION_ENDINGS) and trigger.text[:1].isupper() and \
        trigger.i != trigger.sent.start and trigger.ent_type_ in ("", "NORP")

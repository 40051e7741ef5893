"""Whether the parties two mentions name contradict one happening, and whether a party one of them only
borrowed from its document's earlier telling may count as evidence.

Parties are compared kind with kind: "Molotov and Ribbentrop signed" and "Germany and the Soviet Union
signed" name the same signing by its people and by its states; "Germany invaded Poland" and "the Soviet
Union invaded Poland" in one month are two invasions. A mention that names no one and refers back to its
report's earlier telling ("the filing" after "Orm disclosed in a filing") borrows that telling's parties
(:func:`pipeline.stories.mentions.antecedents`); they are evidence only when that telling's own actors and
participants could be the other mention's: the lender is checked as the mention itself would be. Without
it, "the filing" that borrowed Orm and the regulator it filed with joined Lusk's filing with that same
regulator, on the regulator alone.
"""

from __future__ import annotations

from typing import Any

from pipeline.stories.body_names import bodies_overlap

# A mention is pipeline.stories.evidence.Mention, which imports this module: typed by what is read of it.
Mention = Any


def parties_conflict(a: Mention, b: Mention) -> bool:
    """Whether what two mentions name as actors, participants and states cannot be one happening's."""
    for side_a, side_b in ((a.state_actors, b.state_actors), (a.person_actors, b.person_actors)):
        if side_a and side_b and not bodies_overlap(side_a, side_b):
            return True  # "Germany invaded Poland" and "the Soviet Union invaded Poland" in one month
    for side_a, side_b in ((a.state_participants, b.state_participants), (a.other_participants, b.other_participants)):
        # "Hale was shot" and "Marr was shot" in one season; a participant the other names as its actor
        # is no contradiction ("Molotov signed with Ribbentrop", "Molotov and Ribbentrop signed").
        if side_a and side_b and not (side_a & b.parties or side_b & a.parties):
            return True
    return bool(a.states and b.states and not a.states & b.states)


def lender_conflicts(borrower: Mention, other: Mention) -> bool:
    """Whether the earlier telling a mention borrowed from (its ``lender``) names parties that contradict
    the other mention's: then what it borrowed (parties, the places it happened) is no evidence."""
    lender = borrower.lender
    return lender is not None and parties_conflict(lender, other)

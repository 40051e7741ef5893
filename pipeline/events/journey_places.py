"""Where someone went is a place, not a party (issue "who did it": a wrong party is worse than a missing one).

"On 14 June the Tarvian army entered Lusk", "About 200 Americans left Orm", "Orm was driven to Vell by a
friend", "the first European to reach Vell": the town entered, left, reached or driven to is where the
happening was, so the name goes to ``places``. "Shelling", "bombing" and "bombardment" of a town name
where the shells fell: "Tarvia staged the shelling of Mainor" puts Mainor in places.

A state the country lists know stays a party ("Soviet forces entered Afghanistan", "Swedish troops entered
Norway": a country entered by an army is a side of the invasion). Only a place name (GPE, LOC, FAC) that is
the verb's direct object, or the object of its "to" for a verb of going, counts; "crossed into Lusk" stays
with :func:`pipeline.events.linked_parties.entered_states`.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.state_references import is_state_name
from pipeline.lexicon.theme_words import regular_forms


def _forms(words: str) -> frozenset[str]:
    """Every written form of regular verbs (the events stage's parse has no lemmatizer), with the "-es" of
    "reaches", "marches" besides the lexicon's regular forms."""
    verbs = words.split()
    return regular_forms(*verbs) | {verb + "es" for verb in verbs}


# Verbs whose direct object is where the subject went or came from (irregular forms written out).
_MOVED_THROUGH = _forms("enter reach exit vacate evacuate") | {"leave", "leaves", "left", "leaving"}
# Verbs whose "to" object is where someone or something went.
_MOVED_TO = _forms("travel return move sail march walk head relocate retreat escape") | {
    "drive", "drives", "drove", "driven", "driving", "go", "goes", "went", "gone", "going", "come", "comes",
    "came", "coming", "fly", "flies", "flew", "flown", "flying", "flee", "flees", "fled", "fleeing", "ride",
    "rides", "rode", "ridden", "riding", "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"}
# Nouns of firing on a place: their "of" object is where the shells fell, not a side.
_FIRED_ON = frozenset({"shelling", "bombing", "bombardment", "strafing", "firebombing", "blitz"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def is_journey_place(label: str, span: Any, name: str, trigger: Any) -> bool:
    """Whether the entity ``span`` (labelled ``label``, named ``name``) is where ``trigger``'s subject went:
    the object of a verb of entering, leaving or reaching, the "to" object of a verb of going, or the
    "of" object of a shelling noun, and no state the country lists know."""
    if label not in _PLACE_LABELS or is_state_name(name):
        return False
    root = span.root
    if root.dep_ == "dobj" and root.head.i == trigger.i:
        return trigger.lower_ in _MOVED_THROUGH
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ == "to" and prep.head.i == trigger.i:
        return trigger.lower_ in _MOVED_TO
    if prep.lower_ == "of" and prep.head.lower_ in _FIRED_ON:
        noun = prep.head
        # the shelling noun is the trigger itself or what the trigger acts on ("staged the shelling of Mainor")
        return noun.i == trigger.i or (noun.head.i == trigger.i and noun.dep_ == "dobj")
    return False

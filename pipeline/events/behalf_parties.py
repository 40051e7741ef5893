"""The party a happening was done at the word of, or under the sway of (issue 31, every named party
listed; the sentences are invented):

- "The abbey was built in 1120 at the request of Empress Genvell", "on the orders of Pope Lusk",
  "at King Orm's invitation", "left on orders from Jan Orm": the one who asked or ordered it takes part;
- "vacated the throne in 1830 in favour of Jan Orm", "fought in the service of Tarvia": the one it was done
  for takes part;
- "In 1952 Orm was federated under Selassie's rule", "founded in 478 BC under the hegemony of Athens",
  "under the leadership of Jan Orm": the ruler or leader it was done under takes part.

Heads only: :func:`pipeline.events.roles.trigger_roles` adds them to the trigger's party heads, so only
a named person, body, state or people among them becomes a participant (the general rules read the name,
and a place, a date or a thing takes no party role). A pronoun ("at his request") is left out: whom it
stands for is a guess, and a wrong party is worse than a missing one. An adjective ("under Ottoman
rule") names no head here either.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.object_appositions import comma_person
from pipeline.events.tree import pobjs
from pipeline.lexicon.behalf_nouns import (ASKING_NOUNS, ASKING_PREPOSITIONS, IN_NOUNS, IN_PREPOSITIONS, UNDER_NOUNS,
    UNDER_PREPOSITIONS)


def behalf_heads(trigger: Any) -> list:
    """The proper-noun heads of whoever ``trigger`` was done at the word of or under (with their
    conjuncts: "at the request of Tarvia and Lusk")."""
    out = []
    # "had to vacate the throne in favour of Jan Orm": the verb it governs carries the phrase
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
    for prep in (p for v in verbs for p in v.children):
        if prep.dep_ != "prep":
            continue
        nouns = UNDER_NOUNS if prep.lower_ in UNDER_PREPOSITIONS else ASKING_NOUNS \
            if prep.lower_ in ASKING_PREPOSITIONS else IN_NOUNS if prep.lower_ in IN_PREPOSITIONS else frozenset()
        for noun in pobjs(prep):
            if noun.lower_ not in nouns:
                continue
            heads = [c for c in noun.children if c.dep_ == "poss"]  # "under Selassie's rule"
            heads += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in pobjs(p)]
            # "on orders from Jan Orm": an order's "from" says whose, as "of" does; a capital there stands in
            # for its government ("on orders from Washington"), no name for a party
            heads += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "from" and nouns is ASKING_NOUNS
                      for g in pobjs(p) if g.ent_type_ in ("PERSON", "ORG")]
            # "in favour of his son, Jan Orm", "of the last monarch of Orm, Jan Lusk": the named apposition
            heads += [a for h in heads if h.pos_ == "NOUN" for a in (*h.children, *comma_person(h)) if a.dep_ == "appos"
                      or a.ent_type_ == "PERSON"]
            out += [t for h in heads for t in (h, *h.conjuncts) if t.pos_ == "PROPN"]
    return out

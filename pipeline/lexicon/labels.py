"""Sets of spaCy (OntoNotes) entity labels, named by what they mean to the stages that read them."""

from __future__ import annotations

# Who can act or take part: people, organisations, states and their peoples.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Where something happens.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# What can stand for a state ("Germany", "the Reich government", "Soviet").
STATE_LABELS = frozenset({"GPE", "ORG", "NORP"})
# Types a link's gloss can give its anchor that name things (common nouns such as "armistice" are
# not entities): what the gazetteer turns into entities.
GAZETTEER_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC", "EVENT", "LAW", "FAC", "PRODUCT",
                              "WORK_OF_ART"})
# Labels that claim the text is a name; numbers, dates and quantities are not names.
NAME_LABELS = GAZETTEER_LABELS | {"LANGUAGE"}

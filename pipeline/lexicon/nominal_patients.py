"""Words of happenings done to a people or a person, whose possessor is the one it was done to (issue 31,
every named party listed; read by :mod:`pipeline.events.nominal_patients`)."""

from __future__ import annotations

# "their deportation in 1944", "the Vells' enslavement": the possessor was deported, enslaved. (Beside
# pipeline.lexicon.non_party_names.PATIENT_POSSESSOR_NOUNS, which holds those done to one person.)
DONE_TO_PEOPLE_NOUNS = frozenset({"deportation", "deportations", "persecution", "persecutions", "enslavement",
                                  "subjugation", "extermination", "resettlement", "displacement", "expulsions"})
# Endings of a noun of making a people take on a faith or a culture ("Christianization", "Russification").
ASSIMILATION_ENDINGS = ("ization", "isation", "ification")
# Nouns of a change in its holder's own standing ("the rise of Nippur", "the decline of Orm"): the "of"
# holder is the one that changed, no party of another happening the change came with.
OWN_CHANGE_NOUNS = frozenset({"rise", "decline", "emergence", "ascendancy", "ascent", "growth", "expansion",
                              "spread", "flourishing", "prosperity", "heyday", "prominence"})

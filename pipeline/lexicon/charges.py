"""Words of charging someone with a violent deed: the one charged is said to have done it ("police charged
Lusk Vell with the killing": Vell kills), where the deed has a victim. An abstract crime ("charged with
treason") stays a charge laid on its participant (tests/stories/test_party_shapes.py).
"""

from __future__ import annotations

# Verbs (written forms: the parse has no lemmas) that charge someone with a deed, and the preposition the deed
# follows ("charged Orm with the killing", "accused Orm of fraud", "arrested Orm for the bombing"): the one
# charged is said to have done it.
CHARGING_VERBS = {
    "charge": "with", "charged": "with", "charges": "with", "charging": "with",
    "accuse": "of", "accused": "of", "accuses": "of", "accusing": "of",
    "convict": "of", "convicted": "of", "convicts": "of", "suspect": "of", "suspected": "of",
    "indict": "for", "indicted": "for", "arrest": "for", "arrested": "for", "arrests": "for", "arresting": "for"}
# Deeds with a victim (word forms) whose doer a charge names ("the killing", "the bombing").
VIOLENT_DEEDS = frozenset({
    "killing", "killings", "slaying", "slayings", "murder", "murders", "shooting", "shootings", "bombing",
    "bombings", "assassination", "stabbing", "stabbings", "beating", "kidnapping", "kidnappings", "abduction",
    "rape", "arson", "attack", "attacks", "massacre", "ambush", "hijacking"})

"""Words of the shapes by which a sentence ties a party to a happening outside the verb's own objects,
read by :mod:`pipeline.events.outer_parties` (issue 31)."""

from pipeline.lexicon.light_verb_forms import LIGHT_VERB_FORMS
from pipeline.lexicon.nominal_roles import PROPOSAL_NOUNS

# The first word of a cause phrase: "due to", "because of", "owing to", "as a result of".
CAUSE_WORDS = frozenset({"due", "because", "owing", "as"})
# Nouns of going into a body or a state: its "into" object is a party ("incorporation into the OFTA").
JOINING_NOUNS = frozenset({"incorporation", "integration", "admission", "accession", "absorption", "entry",
                           "inclusion", "merger", "reintegration", "reincorporation"})
# Verbs of taking part (stems; "took part" is read by its object "part").
PARTICIPATING_VERBS = ("participat", "engag")
# Prepositions of a side on what one takes part in ("the treaties with France", "the war against Lusk").
SIDE_PREPOSITIONS = frozenset({"with", "against", "between"})
# Nouns of reign: "under the rule of Karl Orm".
RULE_NOUNS = frozenset({"rule", "reign", "leadership", "command", "regency", "regime", "government", "presidency"})
# Support verbs of a happening noun ("conducted operations", "carried out raids", "launched attacks"):
# every written form of the light and staging verbs, plus launching and waging.
SUPPORT_VERBS = frozenset(f for f, lemma in LIGHT_VERB_FORMS.items()
                          if lemma in {"conduct", "carry", "stage", "mount", "undertake", "perform", "organise", "organize"}) | \
    frozenset({"launch", "launched", "launches", "launching", "wage", "waged", "wages", "waging"})
# Things put to a party that a verb meets or answers ("acceded to the Soviet demands").
DEMAND_NOUNS = PROPOSAL_NOUNS
# Nouns of those who govern or speak for a state or body: their "of" object is the party
# ("consultations with the governments of Syria and Jordan").
GOVERNING_NOUNS = frozenset({"government", "governments", "leaders", "leadership", "representatives", "officials",
                             "delegation", "delegations", "ministers", "authorities"})
# Stems of hostile acts (the model runs without a lemmatiser): "declared war", "the ground offensive".
HOSTILE_STEMS = ("war", "attack", "invad", "invasion", "offensive", "bomb", "assault", "shell", "strike", "struck",
                 "occup", "blockad", "hostilit")
# Stems of defying a demand: the clause's subject is the side the hostile act answers.
DEFYING_STEMS = ("reject", "refus", "fail", "ignor", "defied", "defy", "spurn")
# Stems of meeting a demand ("failed to comply", "refused to withdraw"): what a defier failed to do.
COMPLYING_STEMS = ("compl", "respond", "withdr", "surrender", "evacuat", "disarm", "accept")

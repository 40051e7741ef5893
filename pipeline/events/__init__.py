"""Events: one row per dated statement, who did what, read off the parse around each date.

- ``events`` (stage): groups a sentence's dates, picks each group's trigger and roles, writes rows.
- ``triggers``: the word naming the happening, its subjects, lemmas, the means.
- ``roles``: actors, participants, places and the theme under a trigger.
- ``names``: canonical names of the entities an event mentions.
- ``coreference``: who "the two countries", "they", "him", "it" and "the pact" stand for.
- ``agreement_parties``: the parties of an agreement whose sentence names none.
"""

"""Head words of a historic state's or a dynasty's name ("Empire of Vell", "the Orm Caliphate", "Han dynasty"),
and the two narrower or wider lists of a state's nouns the rules read (kept here together, each as it was).

- ``POLITY_HEADS``: written before "of" and a name ("Empire of Vell", "Kingdom of Orm") or after a name
  ("Orm Caliphate", "Han dynasty"), the word is part of the state's name; alone ("the Caliphate", "the
  Empire") it is no whole name: it names the one such state the document names in full, or no party.
  Lower case: the prose writes "dynasty" in lower case and "Caliphate" capitalised alike.
- ``REALM_NOUNS``: a founded realm's last word (:mod:`pipeline.events.founded_states`: "the Orm Sultanate was
  founded", "a new state was established"): the heads less the rarer ones, plus the plain nouns of a state.
- ``STATE_NAME_NOUNS``: last words of a state's name made of its people's word ("Soviet Union", "Ottoman
  Empire", "United Arab Emirates"; :func:`pipeline.events.demonyms.state_of_word`).
"""

from __future__ import annotations

POLITY_HEADS = frozenset({
    "empire", "kingdom", "caliphate", "sultanate", "khanate", "khaganate", "emirate", "dynasty", "duchy",
    "principality", "shogunate", "tsardom", "despotate", "imamate", "confederacy", "realm", "republic",
})
REALM_NOUNS = (POLITY_HEADS - {"khaganate", "tsardom", "despotate", "imamate", "confederacy"}) | {
    "state", "confederation", "federation", "union", "monarchy"}
STATE_NAME_NOUNS = frozenset({"union", "republic", "empire", "kingdom", "federation", "confederation", "states",
                              "emirates", "sultanate", "caliphate", "khanate", "commonwealth"})

# Nouns that define their subject as a state (:mod:`pipeline.events.state_lives`: "Orm was a Korean state founded
# in 918", "a major power centred in Orm", "refers to the territories that existed"): a clause on one tells the
# named state's own life.
STATE_DEFINING_NOUNS = REALM_NOUNS | POLITY_HEADS | {
    "country", "nation", "polity", "power", "chiefdom", "confederacy", "territories", "city-state", "khaganate"}
# Word stems of a state's own life (the pipeline runs no lemmatiser): existing, holding and ruling land, being
# founded, ended, taken or joined to another.
STATE_LIFE_VERBS = ("exist", "found", "establish", "creat", "form", "dissolv", "abolish", "hold", "held", "rule",
                    "rulin", "govern", "control", "conquer", "annex", "join", "unit", "incorporat", "center",
                    "centre", "based", "span", "flourish", "dominat", "reign", "occup", "absorb", "merg")
# Participles of where a state lived: the state does the living there ("a power centred in Orm").
STATE_PLACE_PARTICIPLES = frozenset({"centered", "centred", "based"})
# Verbs whose object a charter or a treaty makes a state ("made Tarvia a republic").
STATE_MAKING_VERBS = frozenset({"made", "make", "makes", "making", "turned", "transformed", "declared",
                                "proclaimed", "constituted", "established"})

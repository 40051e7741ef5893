"""Head words of a historic state's or a dynasty's name ("Empire of Vell", "the Orm Caliphate", "Han dynasty").

- ``POLITY_HEADS``: written before "of" and a name ("Empire of Vell", "Kingdom of Orm") or after a name
  ("Orm Caliphate", "Han dynasty"), the word is part of the state's name; alone ("the Caliphate", "the
  Empire") it is no whole name: it names the one such state the document names in full, or no party.
  Lower case: the prose writes "dynasty" in lower case and "Caliphate" capitalised alike.
"""

from __future__ import annotations

POLITY_HEADS = frozenset({
    "empire", "kingdom", "caliphate", "sultanate", "khanate", "khaganate", "emirate", "dynasty", "duchy",
    "principality", "shogunate", "tsardom", "despotate", "imamate", "confederacy", "realm", "republic",
})

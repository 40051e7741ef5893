"""Phrase triggers for a standing reached or a naming told with a light verb (issue 33 item 5: "the
trigger is the happening's word").

Blind judges of history leads took "become" for "Vellism became popular in Tarvia in the 1950s", "bring"
for "whose exhibitions brought them to prominence", "give" for "the name Orm was given to these
languages by scholars" and "achieve" for "achieving unification of the kingdoms in 936" as light verbs.
The row keeps the verb's token (its parties and offsets do not move) and writes the phrase, or the
noun the phrase stands for, as its trigger, as :mod:`pipeline.events.phrase_triggers` does for "find
guilty": "become popular", "bring to prominence", "name", "unification"; and a verb whose particle
makes another happening of it ("set out", "gave up sovereignty") writes the phrasal verb.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import names_a_happening
from pipeline.lexicon.happenings import PHRASAL_HAPPENINGS, STANDING_ADJECTIVES, STANDING_NOUNS
from pipeline.lexicon.stems import singulars

# Nouns a thing is given that make the giving a naming: "the name Orm was given to", "gave it the title".
_NAME_NOUNS = {"name", "names", "title", "nickname", "epithet", "designation"}
# Verbs of reaching an end whose happening object is the happening: "achieved unification of the kingdoms".
_REACHING_LEMMAS = {"achieve", "attain", "accomplish", "complete", "effect"}


def state_phrase(verb: Any, lemma: str) -> str | None:
    """The row's trigger for ``verb`` (lemma ``lemma``) when it is one of the shapes above, else None."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    children = list(verb.children)
    particle = next((c.lower_ for c in children if c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_HAPPENINGS), None)
    if particle is not None:
        return f"{lemma} {particle}"  # "set out from Camp Dubois on May 14, 1804": a setting out
    if lemma == "become":
        # "became popular", "had become prominent": the standing reached, as one phrase.
        state = next((c for c in children if c.dep_ == "acomp" and c.pos_ == "ADJ" and
                      c.lower_ in STANDING_ADJECTIVES), None)
        return f"become {state.lower_}" if state is not None else None
    if lemma in ("bring", "raise", "propel", "catapult"):
        # "the exhibitions brought them to prominence": a rise the subject brought about.
        reached = next((g.lower_ for c in children if c.dep_ == "prep" and c.lower_ in ("to", "into")
                        for g in c.children if g.dep_ == "pobj" and g.lower_ in STANDING_NOUNS and
                        not any(d.dep_ in ("det", "poss") for d in g.children)), None)
        return f"{lemma} to {reached}" if reached is not None else None
    if lemma in ("give", "bestow", "confer", "apply", "assign"):
        # "The name "Orm" was given to these languages": a naming, by whoever gave it.
        named = any(c.dep_ in ("nsubjpass", "dobj") and c.lower_ in _NAME_NOUNS for c in children)
        return "name" if named else None
    if lemma in _REACHING_LEMMAS:
        # "after achieving unification of the Later Three Kingdoms in 936": the unification.
        reached = next((c for c in children if c.dep_ == "dobj" and c.pos_ == "NOUN" and names_a_happening(c)
                        and not any(d.dep_ in ("det", "poss", "amod", "nummod") for d in c.children)), None)
        if reached is not None:
            return min(singulars(reached.lower_), key=len)
    return None

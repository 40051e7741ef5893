"""The trigger's lemma when a verb names its happening only with the words it takes.

"took part in the 1936 Olympics" is a taking part, not a taking; "was put in charge of the army" an
appointing told as putting; "Lusk became independent of Orm in 1512" its independence. The events
stage keeps the verb as the trigger's token (its offsets point at it) and writes the phrase, or the
noun the phrase stands for, as the row's trigger, as it writes "go off" for "the bomb went off".
"""

from __future__ import annotations

from typing import Any

# States a becoming reaches that a noun names as a happening: "became independent" → independence.
_BECOMING_STATES = {"independent": "independence", "extinct": "extinction", "autonomous": "autonomy",
                    "sovereign": "sovereignty"}
_BECOME_FORMS = {"become", "becomes", "became", "becoming"}


def phrase_lemma(verb: Any, lemma: str) -> str:
    """The row's trigger for ``verb`` (lemma ``lemma``): the phrase or noun its words make, else ``lemma``."""
    if verb.pos_ not in ("VERB", "AUX"):
        return lemma
    children = list(verb.children)
    if verb.lower_ in _BECOME_FORMS:
        state = next((c.lower_ for c in children if c.dep_ == "acomp" and c.lower_ in _BECOMING_STATES), None)
        if state is not None:
            return _BECOMING_STATES[state]
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" and not list(c.children) for c in children):
        return "take part"  # (a happening taken part in is the row already: pipeline.events.happening_words)
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lower_ == "charge" and not any(d.dep_ in ("det", "poss") for d in g.children)
            for g in c.children) for c in children) and lemma in ("put", "place", "leave"):
        return f"{lemma} in charge"  # "was put in charge of the army": an appointing
    return lemma

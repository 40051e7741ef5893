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
_COME_FORMS = {"come", "comes", "came", "coming"}
# "came into existence", "came into being": a beginning told with "come" (a founding, an independence).
_COMING_INTO = {"existence": "come into existence", "being": "come into being"}
# What a land "came under" (or "fell", "passed" under) that names the happening: its taking-over.
# ("came under fire", "came under attack" are happenings the row filters read as nouns already.)
_RULE_NOUNS = {"control", "rule", "sovereignty", "suzerainty", "dominion", "domination", "occupation",
               "administration", "jurisdiction", "authority", "protection", "hegemony", "influence", "sway",
               "mandate", "protectorate"}
_UNDER_VERBS = _COME_FORMS | {"fall", "falls", "fell", "fallen", "falling", "pass", "passes", "passed", "passing"}


def phrase_lemma(verb: Any, lemma: str) -> str:
    """The row's trigger for ``verb`` (lemma ``lemma``): the phrase or noun its words make, else ``lemma``."""
    if verb.pos_ not in ("VERB", "AUX"):
        return lemma
    children = list(verb.children)
    if verb.lower_ in _BECOME_FORMS:
        state = next((c.lower_ for c in children if c.dep_ == "acomp" and c.lower_ in _BECOMING_STATES), None)
        if state is not None:
            return _BECOMING_STATES[state]
    if verb.lower_ in _COME_FORMS:
        into = next((g.lower_ for c in children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children
                     if g.dep_ in ("pobj", "pcomp") and g.lower_ in _COMING_INTO), None)  # "being": a pcomp
        if into is not None:
            return _COMING_INTO[into]  # "Lusk came into existence in 1947"
    if verb.lower_ in _UNDER_VERBS:
        # "the region came under the control of Orm in 30 BC": the control, its taking-over.
        ruled = next((g.lower_ for c in children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children
                      if g.dep_ == "pobj" and g.lower_ in _RULE_NOUNS), None)
        if ruled is not None:
            return ruled
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" and not list(c.children) for c in children):
        return "take part"  # (a happening taken part in is the row already: pipeline.events.happening_words)
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lower_ == "charge" and not any(d.dep_ in ("det", "poss") for d in g.children)
            for g in c.children) for c in children) and lemma in ("put", "place", "leave"):
        return f"{lemma} in charge"  # "was put in charge of the army": an appointing
    return lemma

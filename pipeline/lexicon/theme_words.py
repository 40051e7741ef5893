"""Words that tell where a happening's theme (the thing acted on) stands when it is not the verb's
direct object. Written forms, not lemmas: the parser here gives none (pipeline.events.triggers)."""

from __future__ import annotations


def _forms(*stems: str) -> frozenset[str]:
    """A regular verb's written forms ("appoint" → appoint, appoints, appointed, appointing)."""
    out = set()
    for stem in stems:
        base = stem[:-1] if stem.endswith("e") else stem
        out.update({stem, stem + "s", base + "ed", base + "ing"})
    return frozenset(out)


# Verbs that put someone in a post: the post is the thing given ("appointed Vell People's Commissar
# for Defense" → the post; the person is a party).
# Not "elect": an election is told by who was elected ("was elected president" has no theme in the
# hand-checked gold of evaluation.events).
POST_VERBS = _forms("appoint", "nominate", "designate", "crown", "proclaim", "install", "promote",
                    "reappoint", "confirm") | {"name", "names", "named", "naming"}

# Verbs whose object is the one given something and whose "with" names the thing given ("presented
# Tarvia with proposals" → proposals; "supplied the rebels with rifles" → rifles).
WITH_GIVING_VERBS = _forms("present", "provide", "supply", "furnish", "equip", "arm", "issue", "reward",
                           "entrust", "endow") | {"presented", "provided", "supplied", "supplies"}

# Verbs whose thing comes after a preposition, not as an object ("prepared for war" → war; "called for
# a boycott" → boycott). Each with the prepositions that introduce the thing. Not "agree": what is
# agreed to is told as the agreement's own row ("agreed to a population exchange" has no theme in the
# hand-checked gold of evaluation.events).
_PREPOSITIONS_BY_STEM = {
    "prepare": ("for",), "call": ("for",), "lobby": ("for",), "press": ("for",), "petition": ("for",),
    "push": ("for",), "apply": ("for",), "campaign": ("for", "against"), "vote": ("for", "on", "against"),
    "decide": ("on",), "embark": ("on",), "insist": ("on",), "settle": ("on",), "focus": ("on",),
    "work": ("on",), "rule": ("on", "against"), "consent": ("to",), "object": ("to",),
    "adhere": ("to",), "accede": ("to",), "protest": ("against",), "rebel": ("against",), "revolt": ("against",)}
PREPOSITION_THEMES: dict[str, tuple[str, ...]] = {
    form: preps for stem, preps in _PREPOSITIONS_BY_STEM.items() for form in _forms(stem)}

# Nouns of change whose "in" names what changed ("a change in foreign policy" → foreign policy); other
# happening nouns take their thing with "of" only ("the conclusion of the pact"), since "in" mostly says
# where or when ("the revolt in the capital").
CHANGE_NOUNS = frozenset({"change", "changes", "shift", "shifts", "increase", "increases", "decrease", "rise",
                          "fall", "decline", "drop", "reform", "reforms", "reduction", "reductions", "improvement",
                          "improvements", "cut", "cuts", "growth", "deterioration", "turn", "breakthrough"})

# Nouns for people beyond the type nouns of pipeline.lexicon.type_nouns: those done to are parties, not
# things ("the deaths of the prisoners", "the evacuation of civilians").
PEOPLE_NOUNS = frozenset({"people", "peoples", "men", "women", "children", "prisoners", "prisoner", "civilians",
                          "refugees", "victims", "hostages", "captives", "inhabitants", "residents", "citizens",
                          "settlers", "immigrants", "emigrants", "slaves", "jews", "workers", "peasants"})

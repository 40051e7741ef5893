"""The trigger's lemma when a verb names its happening only with the words it takes.

"took part in the 1936 Olympics" is a taking part, not a taking; "was put in charge of the army" an
appointing told as putting; "Lusk became independent of Orm in 1512" its independence. The events
stage keeps the verb as the trigger's token (its offsets point at it) and writes the phrase, or the
noun the phrase stands for, as the row's trigger, as it writes "go off" for "the bomb went off".
A polity's existence told by a linking verb is "exist" ("the empire was centered on Vell from 247 BC",
"the New Kingdom refers to Tarvia between …"), the word of "the Orm Kingdom existed from 800 BC".
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import parse_lemma
from pipeline.events.founding_words import laid_foundation
from pipeline.events.happening_words import _first_to_do
from pipeline.events.light_links import VERDICT_WORDS, ceases_to_exist, traced_back_name
from pipeline.events.stand_ins import tells_existence
from pipeline.events.state_phrases import state_phrase
from pipeline.lexicon.happenings import ISSUED_HAPPENINGS
from pipeline.lexicon.light_verb_forms import LIGHT_VERB_FORMS
from pipeline.lexicon.stems import singulars

# States a becoming reaches that a noun names as a happening: "became independent" → independence.
_BECOMING_STATES = {"independent": "independence", "extinct": "extinction", "autonomous": "autonomy",
                    "sovereign": "sovereignty"}
_BECOME_FORMS = {form for form, lemma in LIGHT_VERB_FORMS.items() if lemma == "become"}
_COME_FORMS = {form for form, lemma in LIGHT_VERB_FORMS.items() if lemma == "come"}
# "came into existence", "came into being": a beginning told with "come" (a founding, an independence).
_COMING_INTO = {"existence": "come into existence", "being": "come into being",
                # "came into popular use in the 1990s": the use; "came into force": a phrase, as TimeML tells it
                "use": "use", "usage": "use", "force": "come into force", "effect": "come into effect",
                "service": "come into service", "operation": "come into operation"}
# What a land "came under" (or "fell", "passed" under) that names the happening: its taking-over.
# ("came under fire", "came under attack" are happenings the row filters read as nouns already.)
_RULE_NOUNS = {"control", "rule", "sovereignty", "suzerainty", "dominion", "domination", "occupation",
               "administration", "jurisdiction", "authority", "protection", "hegemony", "influence", "sway",
               "mandate", "protectorate"}
_UNDER_VERBS = _COME_FORMS | {"fall", "falls", "fell", "fallen", "falling", "pass", "passes", "passed", "passing"}
# Verbs of gaining a state whose noun names the happening, as "became independent" does: "gained independence".
_GAINING_LEMMAS = {"gain", "achieve", "attain", "obtain", "win", "regain", "receive"}
_GAINED_STATES = set(_BECOMING_STATES.values()) | {"statehood"}
# Light verbs whose bare object makes the happening's phrase: "made peace", "took control", "took power".
_OBJECT_PHRASES = {("make", "peace"), ("take", "control"), ("take", "power"), ("seize", "control"),
                   ("seize", "power"), ("assume", "control"), ("assume", "power")}


def phrase_lemma(verb: Any, lemma: str) -> str:
    """The row's trigger for ``verb`` (lemma ``lemma``): the phrase or noun its words make, else ``lemma``."""
    if (whole := hyphened_noun(verb, lemma)) is not None:
        return whole
    if (followed := followed_happening(verb, lemma)) is not None:
        return followed
    if tells_existence(verb):
        return "exist"  # "the empire was centered on Vell from 247 BC": its existence (pipeline.events.stand_ins)
    if verb.pos_ not in ("VERB", "AUX"):
        return lemma
    children = list(verb.children)
    if lemma == "find" and (verdict := next((c.lower_ for c in children if c.dep_ in ("oprd", "acomp")
                                              and c.lower_ in VERDICT_WORDS), None)) is not None:
        return f"find {verdict}"  # "was found guilty of driving drunk in 1997": a verdict, not a finding
    if (back := traced_back_name(verb, lemma)) is not None:
        return back  # "dates back to the Christianization of Tarsk in 330" (light_links)
    if laid_foundation(verb):
        return "found"  # "laid the foundation of Lusk rule in Vell in 1192": a founding (founding_words)
    if ceases_to_exist(verb):
        return "cease to exist"  # "the empire ceased to exist in 1806": its end, not its existence
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
    if lemma == "manage":
        # "troops managed to break through the line": the verb managed (a base form is its lemma). The
        # token stays "managed", TimeML's event, whose clause holds the conjuncts sharing the date.
        managed = next((c for c in children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.tag_ == "VB" and
                        c.i > verb.i), None)
        if managed is not None:
            return managed.lower_
    if lemma == "issue":
        # "prosecutors issued their warning this week": the warning ("issued bonds" keeps issue).
        issued = next((w for c in children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                       for w in singulars(c.lower_) if w in ISSUED_HAPPENINGS), None)
        if issued is not None:
            return issued
    if lemma in _GAINING_LEMMAS:
        gained = next((c.lower_ for c in children if c.dep_ == "dobj" and c.lower_ in _GAINED_STATES), None)
        if gained is not None:
            return gained  # "Tarvia gained independence from Orm in 1960", as "became independent"
    if verb.lower_ in _COME_FORMS and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and g.lower_ == "power" and not list(g.children) for g in c.children) for c in children):
        return "come to power"  # "the party came to power in 1933"
    if (lemma, next((c.lower_ for c in children if c.dep_ == "dobj" and not any(
            g.dep_ in ("det", "poss", "amod") for g in c.children)), None)) in _OBJECT_PHRASES:
        return f"{lemma} {next(c.lower_ for c in children if c.dep_ == 'dobj')}"  # "made peace with Lusk in 1648"
    if lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "end" for c in children) and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in children):
        return "end"  # "put an end to the civil war in 1875": an ending
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" and not list(c.children) for c in children):
        return "take part"  # (a happening taken part in is the row already: pipeline.events.happening_words)
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lower_ == "charge" and not any(d.dep_ in ("det", "poss") for d in g.children)
            for g in c.children) for c in children) and lemma in ("put", "place", "leave"):
        return f"{lemma} in charge"  # "was put in charge of the army": an appointing
    return state_phrase(verb, lemma) or lemma  # "became popular", "was given the name": pipeline.events.state_phrases


def followed_happening(verb: Any, lemma: str) -> str | None:
    """"Orm was the first to declare independence, in 1490; followed by Lusk and Vell in the same year":
    a bare "followed by" after a clause of who was first to do something says the agents did it too;
    the row (the agents' own) is that doing, not a following. None for any other "follow"."""
    if lemma != "follow" or verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "conj", "parataxis") or \
            not any(c.dep_ == "agent" for c in verb.children) or \
            any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if not head.i < verb.i or head.pos_ not in ("AUX", "VERB") or parse_lemma(head) not in ("be", "become"):
        return None
    done = _first_to_do(head) or next((
        x for c in head.children if c.dep_ == "attr" and c.pos_ == "ADJ" and c.lower_ in ("first", "last", "only")
        for x in c.children if x.dep_ in ("relcl", "acl") and x.pos_ == "VERB" and
        any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)), None)  # "was the first to declare"
    return done.lower_ if done is not None and done.tag_ == "VB" else None


def hyphened_noun(noun: Any, lemma: str) -> str | None:
    """"the August 1988 cease-fire", "a build-up of troops": the tokenizer splits a hyphened noun and the
    trigger is its last piece; the row names the whole word ("cease-fire", never "fire"). None for a
    token that ends no hyphened noun."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.i < 2 or doc[noun.i - 1].text not in ("-", "‐") or doc[noun.i - 1].whitespace_:
        return None
    first = doc[noun.i - 2]
    if first.whitespace_ or not first.is_alpha or first.ent_type_ in ("GPE", "NORP", "LOC", "ORG", "PERSON"):
        return None  # "the Iran-Iraq war" is a war
    return f"{first.lower_}-{lemma}"


def theme_beside(theme: str | None, trigger: str, lemma: str) -> str | None:
    """The row's theme, unless it is only the word the trigger's phrase (``trigger``, made by
    :func:`phrase_lemma` from the verb's ``lemma``) was made of: "gained independence" → independence has
    no theme "independence", "made peace" none "peace". (A trigger that is no phrase keeps its theme:
    "presented Lusk with an ultimatum" hands the ultimatum over.)"""
    if theme is not None and trigger == "found" and lemma_free(theme).startswith(("foundation of ", "foundations of ")):
        return theme.split(" of ", 1)[1]  # "laid the foundations of stereochemistry": stereochemistry was founded
    if theme is None or trigger == lemma:
        return theme
    if trigger == lemma_free(theme):
        return None
    return None if trigger.endswith(" " + lemma_free(theme)) else theme


def lemma_free(theme: str) -> str:
    """The theme's words, lower case, without an article: "an end" → "end"."""
    words = theme.lower().split()
    return " ".join(words[1:] if words and words[0] in ("a", "an", "the") else words)

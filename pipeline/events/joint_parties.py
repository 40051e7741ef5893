"""The states a dashed pair of nationality words before a happening noun names ("Tarvian–Ruritanian
negotiations", "the Tarvian-Lusk pact", "a Chilean - Peruvian trade agreement was signed": both states
are parties; issue 31).

The parser reads such a pair badly: one part is tagged a nationality and the other not, the pair
becomes one entity the single-adjective rule skips, or one part hangs from the other instead of from
the noun. So the pair is read from the tokens before the noun: the words of its modifiers, cut at
the dashes, each part a state's people's word (:func:`pipeline.events.demonyms.state_of_demonym`), a
combining form ("Anglo-", "Sino-") or a state's own name. Only a dashed group with at least two
states counts: a lone adjective is the single-adjective rule's (``roles._performing_state``), and it
names no one on a place or a thing ("the Tarvian border", "German–Soviet border": not a happening
noun, never read here).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.agreement_parties import AGREEMENT_VERBS, COMBINING_FORMS
from pipeline.events.demonyms import state_of_word  # noqa: F401 (read from here by noun_parties, people_happenings)
from pipeline.events.modality import forms
from pipeline.lexicon.agreements import DOCUMENT_WORDS
from pipeline.stories.party_names import country_name

_DASHES = {"-", "–", "—"}
# Modifiers a pair can be part of; a determiner, a possessive or a number ends the modifiers.
# ("the Tarvia–Lusk pact": the parser may make the second state an apposition of the first)
_MODIFIERS = {"amod", "compound", "nmod", "punct", "npadvmod", "appos"}
# Nouns of making an agreement whose "of"-object is the agreement ("the conclusion of the X–Y pact").
_MAKING_NOUNS = {"conclusion", "signing", "signature", "ratification", "negotiation", "negotiations"}


def _part_state(word: str, states: list[str]) -> str | None:
    """The state one part of a dashed pair names, or None ("Molotov", "Brest", "Non": none)."""
    if not word[:1].isupper():
        return None
    if word.lower() in COMBINING_FORMS:
        return COMBINING_FORMS[word.lower()]
    if word in states or country_name(word) == word:
        return word  # "the Tarvian-Lusk pact": a state's own name (the entities may drop a treaty name's states)
    if word.lower().endswith(("an", "ish", "ese", "ic", "i", "ch")) and word.lower() not in DOCUMENT_WORDS:
        # "Russo-Japanese War" in a text that never names Japan: the country patterns know its people's word
        return state_of_word(word, states) or country_name(word)
    return None


def _premodifiers(noun: Any) -> list:
    """The tokens right before ``noun`` that modify it (inside its own subtree), left to right."""
    subtree = {t.i for t in noun.subtree}
    out = []
    i = noun.i - 1
    while i >= noun.sent.start and i in subtree:
        t = noun.doc[i]
        if t.dep_ not in _MODIFIERS or (t.dep_ == "punct" and t.text not in _DASHES):
            break
        out.insert(0, t)
        i -= 1
    return out


def paired_states(noun: Any, states: list[str]) -> list[str]:
    """The states of a dashed group of at least two state words before ``noun``, in order; else []."""
    groups: list[list[str]] = [[]]
    dashed = False
    for t in _premodifiers(noun):
        if t.text in _DASHES:
            dashed = True
            continue
        for k, piece in enumerate(p for p in t.text.replace("–", "-").replace("—", "-").split("-") if p):
            dashed = dashed or k > 0
            state = _part_state(piece, states)
            if state is None:
                groups.append([])  # a word that names no state cuts the group ("Molotov–Ribbentrop")
            elif state not in groups[-1]:
                groups[-1].append(state)
    found = [g for g in groups if len(g) >= 2]
    return found[-1] if dashed and found else []


def joint_parties(trigger: Any, states: list[str]) -> list[str]:
    """The states a dashed pair names as parties of ``trigger``: on the trigger noun itself ("Tarvian–
    Ruritanian talks began"), or on the agreement a making verb or noun acts on ("a Tarvian–Lusk pact
    was signed", "the conclusion of the Tarvian–Lusk treaty")."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        found = paired_states(trigger, states)
        if found:
            return found
    making = bool(forms(trigger) & AGREEMENT_VERBS) or trigger.lower_ in _MAKING_NOUNS
    if not making:
        return []
    for child in trigger.children:
        heads = [child] if child.dep_ in ("dobj", "nsubjpass", "obj") else \
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "of" else []
        for noun in heads:
            if noun.pos_ == "PROPN" and trigger.pos_ in ("VERB", "AUX"):
                continue  # "the German–Soviet Commercial Agreement was signed": agreement_parties' name rule
            if noun.lower_ in DOCUMENT_WORDS:
                found = paired_states(noun, states)
                if found:
                    return found
    return []

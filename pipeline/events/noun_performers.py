"""Who performs what an event noun names: its leaders, weapon users, hung agents, claimers and support verbs.

"who spearheaded resistance by the tribesmen" (the leader acts too), "Orme fired the shots that killed
Lusk" (the shooter), "the assassination of Orme by Lusk" (a "by" the parser hung elsewhere), "admitted
responsibility for the attacks" (the claimer), "launched a series of attacks" (a verb that performs
what its object names, unlike "deplored the slaughter"). Split from :mod:`pipeline.events.subjects`
(the subject finder), whose event-noun branch reads these.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.clause_happenings import fought_in, undergoes
from pipeline.events.relative_heads import person_in_kin_group, predicated_name
from pipeline.events.triggers import SUBJECTS



# Happenings a country's name before them locates rather than performs ("Tarvia's protests", "the
# country's conflict"), unlike "Tarvia's invasion".
PLACE_HAPPENINGS = {"protest", "protests", "conflict", "conflicts", "unrest", "riot", "riots", "crisis",
                     "demonstration", "demonstrations", "violence", "turmoil", "uprising", "insurgency", "famine",
                     "epidemic", "outbreak", "election", "elections", "economy", "recession", "strike", "strikes"}


# Verbs of leading what their object names: the leader acts besides the noun's own agents ("Shamil spearheaded
# resistance by the tribesmen": both).
_LEADING = ("lead", "led", "spearhead", "head", "command", "direct", "orchestrat", "mastermind", "organi")


def noun_leaders(noun: Any) -> list[Any]:
    """The subject of a leading verb whose object is the event noun ("who spearheaded resistance by …")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or not verb.lower_.startswith(_LEADING):
        return []
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if verb.dep_ == "relcl" and subjects and all(h.tag_ in ("WDT", "WP") for h in subjects):
        return [predicated_name(person_in_kin_group(verb))]
    return subjects


# What is fired, planted, thrown or launched: whatever it does ("the shots that killed Orme", "a bomb
# that destroyed the hall") is done by who fired it.
WEAPON_NOUNS = {"shot", "shots", "bullet", "bullets", "bomb", "bombs", "grenade", "grenades", "missile", "missiles",
                "rocket", "rockets", "shell", "shells", "mortar", "mortars", "torpedo", "torpedoes", "device",
                "explosive", "explosives", "mine", "mines", "round", "rounds", "gunshot", "gunshots", "salvo"}


def weapon_users(noun: Any) -> list[Any]:
    """Who fired, planted or threw a weapon a relative clause's act is done with ("Orme fired the shots
    that killed Lusk", "planted a bomb that destroyed the hall"): the subject of the verb the weapon is
    the object of, where that verb has one of its own (a name or a pronoun)."""
    if noun.lower_ not in WEAPON_NOUNS or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return []
    return [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON")]


def hung_agents(noun: Any) -> list[Any]:
    """"get around Wednesday's ruling by the Tarn Service": the parser hangs a happening noun's "by"
    right after it on the verb. A named "by" object that directly follows the noun's phrase, on an
    active verb (a passive's "by" is its own agent), is the noun's agent. So is a named "by" object the
    parser hangs on the noun's "of" object ("the assassination of Orme by Lusk")."""
    on_object = [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                 for c in o.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                 for t in c.children if t.dep_ == "pobj" and t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")]
    if on_object:
        return on_object
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB" or verb.tag_ == "VBN" or \
            any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return []
    end = max(t.i for t in noun.subtree)
    return [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == end + 1
            for t in c.children if t.dep_ == "pobj" and t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")]


def claimer_verb(noun: Any) -> Any | None:
    """The verb whose subject answers for a happening ("admitted responsibility for the attacks",
    "claimed credit for the bombing"): its subject is the happening's actor."""
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if holder is None or holder.lower_ not in ("responsibility", "credit") or holder.dep_ != "dobj":
        return None
    return holder.head if holder.head.pos_ == "VERB" else None


# Verbs whose subject does the happening their object names ("launched a series of attacks", "signed
# the pact", "waged war"); the subject of any other verb only speaks of it ("deplored the slaughter",
# "called the explosion an attack", "was killed in the attacks"). Stems, for every form.
SUPPORT_VERBS = ("launch", "carr", "conduct", "stag", "mak", "made", "mount", "begin", "began", "begun", "start",
                  "continu", "wag", "commit", "perpetrat", "undert", "execut", "hold", "held", "lead", "led",
                  "organi", "plan", "order", "resum", "escalat", "intensif", "sign", "conclud", "declar",
                  "announc", "fight", "fought", "win", "won", "complet", "open", "initiat", "attempt", "unleash",
                  "spearhead", "direct", "orchestrat", "mastermind", "join", "negotiat", "prepar", "pursu",
                  "embark", "ratif", "propos", "sought", "seek", "end", "halt", "stop", "suspend", "break", "broke",
                  "enter", "form", "establish", "found", "creat", "call", "give", "gave", "deliver", "issu",
                  "hand", "sent", "send", "pa", "do", "did", "done", "receiv", "accept", "reach", "achiev",
                  "agree", "approv", "adopt", "enact", "impos", "lift", "terminat", "renew", "extend", "restor",
                  "host", "attend", "convene", "arrang", "accompl", "fail", "succeed", "bomb", "raid", "strik",
                  "struck", "use", "employ", "had", "has", "hav",
                  # "put pressure on", "exerted pressure", "applied sanctions", "stepped up its campaign",
                  "put", "exert", "appl", "step", "wrap")  # "wrapped up a three-hour meeting"


def supports(verb: Any, noun: Any) -> bool:
    """Whether ``verb``'s subject does what ``noun`` (an event noun under it) names: the noun is the
    verb's object (or the object's complement, "a series of attacks") or its means ("by a raid"),
    and the verb is one that performs what its object names."""
    tok = noun
    for _ in range(4):
        if tok.head.i == verb.i:
            break
        tok = tok.head
    else:
        return False
    if tok.dep_ == "pobj" or (tok.dep_ == "prep" and tok.lower_ in ("by", "with", "through")):
        return True  # "terminated the pact with its invasion", "broke it by an attack": a means
    if tok.dep_ in ("prep", "agent"):
        return fought_in(verb, noun)  # "killed in IS attacks": where or when ("defeated … during the Battle": fought)
    if any(c.dep_ == "oprd" for c in verb.children):
        return False  # "called the explosion an attack": says what it was, did not do it
    return verb.lower_.startswith(SUPPORT_VERBS) or undergoes(verb, noun)  # "suffered a decline": it declined

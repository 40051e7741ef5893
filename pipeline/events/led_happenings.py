"""Who led or carried out a happening a noun names, told by reduced passives after it (issue "who did
it", history leads; invented sentences of the measured shapes).

:func:`pipeline.events.noun_parties.nominal_leaders` reads "a coup led by General Orme". Leads say more:

- joined participles, each with its agent: "a Tarvian expedition planned and initially led by explorer
  Jan Orme and completed by the navigator Tom Vell" — both carried it out (the first participle's
  agent and every joined one's);
- the participle the parser hangs on the copula when the noun is what the subject "was": "The Great
  Leap was a campaign within Tarvia from 1958 to 1962, led by the Tarvian Workers' Party" — the party.

Only participles of leading or carrying out (:data:`DOING_PARTICIPLES`); a participle of judging or
suffering ("a campaign criticised by Lusk", "a raid repelled by Orm") names no doer.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.light_verb_forms import COPULA_FORMS

# Participles whose agent carries out the happening the noun names.
DOING_PARTICIPLES = frozenset({
    "led", "headed", "commanded", "organised", "organized", "directed", "masterminded", "spearheaded",
    "orchestrated", "launched", "instigated", "planned", "conducted", "undertaken", "completed", "initiated",
    "fought", "waged", "staged", "mounted", "perpetrated", "carried", "begun", "started", "executed"})


def _agents(participle: Any) -> list:
    return [g for a in participle.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def _doing(participle: Any) -> bool:
    return participle.tag_ == "VBN" and participle.lower_ in DOING_PARTICIPLES and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children)


def _with_joined(participle: Any) -> list:
    """The participle and the participles joined to it ("planned and led by … and completed by …")."""
    out, tok = [participle], participle
    for _ in range(4):
        nxt = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if not nxt:
            break
        tok = nxt[0]
        out.append(tok)
    return out


def happening_leaders(trigger: Any) -> list:
    """The agents of the doing participles on a happening noun (see the module), in text order."""
    if trigger.pos_ != "NOUN":
        return []
    participles = [c for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > trigger.i]
    if trigger.dep_ == "attr" and trigger.head.lower_ in COPULA_FORMS:
        # "was a campaign …, led by the party": hung on the copula, after the noun
        participles += [c for c in trigger.head.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > trigger.i]
    out = []
    for p in participles:
        joined = _with_joined(p)
        if not any(_doing(j) for j in joined):
            continue
        out += [g for j in joined if _doing(j) for g in _agents(j)]
    return out

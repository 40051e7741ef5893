"""The state a sentence about a state's own life is about is that row's party (issue "who did it", blind
judges' finding on history leads; the sentences below are invented).

A history lead defines its state and says when it lived in the same breath, with the state's name
far from the verb: "The Lusk Khanate was a Tatar state existing from 1441 to 1783", "Vellia, also
spelled Velia, was a Lao kingdom that held the area of Orm from 1353 to 1707", "The Tarvian Empire
was a major power centred in Orm from 247 BC", "Al-Tarsk refers to the territories that existed between
711 and 1492", "Orm was a Korean state founded in 918". The verb hangs off the defining noun ("state",
"kingdom", "power"), whose subject is the state: it lives, holds, rules (actor), or is founded,
dissolved, conquered (participant). The state's adjective on that noun ("a Lao kingdom") is no party
of it. Likewise "The Tarvian Union was dissolved and ceased to exist" (the union ceases: actor), "It
came under Tarvian rule before being joined to the Lusk Empire" (the subject is what was joined) and
"The constitution adopted in 1950 made Tarvia a republic" (the state it made takes part).

A clause the parser hung on the region the state lay in ("was a state in the western Vell which was
founded in 1400") is the state's, and the region takes no role in it; a union's members ("a federation
of the Kingdom of Tarvia and the Duchy of Lusk, existing from …") take part in its life
(:mod:`pipeline.events.union_members`).

Only verbs of a state's life (:data:`pipeline.lexicon.polities.STATE_LIFE_VERBS`), only a defining noun
of a state, and only a name the model tagged or the article's own subject (its lead); in doubt nothing.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.called_asides import subject_before_naming_aside
from pipeline.events.lead_subject import Lead
from pipeline.events.union_members import union_members
from pipeline.lexicon.polities import STATE_DEFINING_NOUNS, STATE_LIFE_VERBS, STATE_MAKING_VERBS, STATE_PLACE_PARTICIPLES
from pipeline.lexicon.light_verb_forms import COPULA_FORMS

# Verbs that say what their subject is ("was", "refers to").
_REFERRING = {"refers", "referred", "refer"}
# Ways a clause hangs off the defining noun.
_CLAUSES = ("acl", "relcl")
# Labels a state's name can carry in the model's reading ("Al-Tarsk" a person's, "Grand Duchy" a building's).
_NAME_LABELS = {"GPE", "ORG", "NORP", "FAC", "LOC", "PERSON"}


def _life_verb(trigger: Any) -> bool:
    return trigger.pos_ in ("VERB", "AUX") and trigger.lower_.startswith(STATE_LIFE_VERBS)


def _is_passive(verb: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _clause_role(verb: Any) -> str | None:
    """The role of the noun a clause hangs off in that clause: "existing", "that held" (actor), "founded in
    918", "which was conquered", "that the Lusks conquered" (participant), "centred in Orm" (where it was: actor, as it lived there)."""
    if verb.dep_ == "relcl":
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.dep_ == "dobj" and c.lower_ in ("that", "which", "whom") for c in verb.children):
            return "participant"  # "a state that the Lusks conquered": the state is what they took
        if len(own) != 1 or own[0].tag_ not in ("WDT", "WP"):
            return None  # "a kingdom Orme ruled": its own subject does it
        return "participant" if own[0].dep_ == "nsubjpass" else "actor"
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.tag_ == "VBG":
        return "actor"
    if verb.tag_ == "VBN":
        return "actor" if verb.lower_ in STATE_PLACE_PARTICIPLES else "participant"
    return None


def _said_of(noun: Any) -> Any | None:
    """The subject a defining noun is said of: "Orm was a state", "Al-Tarsk refers to the territories", "the
    Orm Khanate, a Tatar state"; None where the noun defines nothing named."""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    head = noun.head
    if noun.dep_ == "attr" and head.lower_ in COPULA_FORMS:
        subjects = [c for c in head.children if c.dep_ == "nsubj"] or subject_before_naming_aside(head)
        if subjects:
            return subjects[0]
        # "Vellia, also spelled Velia, was a kingdom": the parser hangs the name on the aside's verb.
        aside = [c for c in head.children if c.dep_ in ("ccomp", "advcl") and c.i < head.i]
        opener = noun.sent[0] if noun.sent[0].lower_ != "the" else noun.sent[1]
        return opener if aside and opener.pos_ == "PROPN" and any(t.i == opener.i or opener in t.subtree
                                                                   for t in aside) else None
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ in _REFERRING:
        return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    if noun.dep_ == "appos" and head.pos_ == "PROPN":
        return head
    return None


def _name_of(token: Any, spans: list, lead: Lead | None) -> tuple[Any, str] | None:
    """The (entity, name) a subject token names: a tagged name covering it, or the article's subject's own
    words (an entity of None)."""
    for e, sp, name in spans:
        if sp.start <= token.i < sp.end and e.label in _NAME_LABELS:
            return e, name
    if lead is not None and lead.state and token.doc is lead.doc and token.i in lead.tokens:
        return None, lead.name
    return None


def defined_state(trigger: Any) -> tuple[Any, Any, str] | None:
    """(subject token, defining noun, role) of a life verb's clause on a state's defining noun, or None."""
    if not _life_verb(trigger) or trigger.dep_ not in _CLAUSES:
        return None
    noun = hung_on_place(trigger) or trigger.head  # "a state in the western Vell which was founded": the state
    if noun.pos_ != "NOUN":
        return None
    if noun.lower_ not in STATE_DEFINING_NOUNS:
        return None
    role = _clause_role(trigger)
    subject = _said_of(noun) if role is not None else None
    return (subject, noun, role) if subject is not None else None


def _ceasing_subject(trigger: Any) -> Any | None:
    """"The Tarvian Union was dissolved and ceased to exist": the subject of the verbs "to exist" hangs from."""
    if not trigger.lower_.startswith("exist") or trigger.dep_ != "xcomp" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return None
    verb = trigger.head
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def _joined_subject(trigger: Any) -> Any | None:
    """"It came under Tarvian rule before being joined to the Lusk Empire": a passive "being" clause with no
    subject of its own undergoes what its main verb's subject is."""
    if trigger.dep_ != "pcomp" or not _life_verb(trigger) or not any(
            c.dep_ == "auxpass" and c.lower_ == "being" for c in trigger.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return None
    main = trigger.head.head
    return next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _made_state(trigger: Any) -> Any | None:
    """"The constitution adopted in 1950 made Tarvia a republic": the name a making verb makes a state,
    for that verb or a clause on its subject."""
    verb = trigger
    if trigger.dep_ == "acl" and trigger.head.dep_ == "nsubj":
        verb = trigger.head.head
    if verb.pos_ != "VERB" or verb.lower_ not in STATE_MAKING_VERBS:
        return None
    for c in verb.children:
        # "made Tarvia a republic": parsed as a clause whose subject is the name, or an object and its predicate
        if c.dep_ in ("ccomp", "oprd", "xcomp") and c.lower_ in STATE_DEFINING_NOUNS:
            named = [g for g in c.children if g.dep_ == "nsubj" and g.pos_ == "PROPN"]
            if len(named) == 1:
                return named[0]
        if c.dep_ == "dobj" and c.pos_ == "PROPN" and any(g.dep_ in ("oprd", "ccomp", "xcomp") and
                                                          g.lower_ in STATE_DEFINING_NOUNS for g in verb.children):
            return c
    return None


def state_life_roles(trigger: Any, found: tuple, spans: list, lead: Lead | None, resolve: Any) -> tuple:
    """A trigger's roles (:func:`pipeline.events.roles.trigger_roles`'s four) with the state its clause is
    about (see the module): ``spans`` are the sentence's (entity, span, name) triples, ``resolve`` turns a
    pronoun token into the names it stands for."""
    named, theme, extra, resolved = found
    named = named + union_members(trigger, spans, named)  # "was a federation of X and Y, existing from"
    found = (named, theme, extra, resolved)
    adjectives: set[int] = set()
    defined = defined_state(trigger)
    if defined is not None:
        subject, noun, role = defined
        # "a Lao kingdom": the state's adjective on its own defining noun is no party of it.
        adjectives = {t.i for c in noun.children if c.dep_ in ("amod", "compound") for t in c.subtree}
    else:
        subject, role = _ceasing_subject(trigger), "actor"
        if subject is None:
            subject, role = _joined_subject(trigger), "participant"
        if subject is None:
            subject, role = _made_state(trigger), "participant"
    if subject is None:
        return found
    if subject.pos_ == "PRON":
        names = resolve(subject)
        if len(names) != 1:
            return found
        hit: tuple[Any, str] | None = (None, names[0])
    else:
        hit = _name_of(subject, spans, lead)
    if hit is None:
        return found
    entity, name = hit
    spans_of = {id(e): sp for e, sp, _ in spans}
    # (a state read off the adjective where the model tagged none: "Laos" for "Lao")
    words = {subject.doc[i].text for i in adjectives if subject.doc[i].text[:1].isupper()}
    # (the region a misattached clause hung on is where the state lay: "a state in the Vell founded in 1400")
    where = {t.i for t in trigger.head.subtree} if defined is not None and hung_on_place(trigger) is not None else set()
    # (a name the general rules read off those words without an entity: "the Vell clan that existed")
    where_text = " ".join(subject.doc[i].text for i in sorted(where) if i < trigger.i)
    kept = [(e, r, n) for e, r, n in named if n != name and not _from_adjective(e, n, spans_of, adjectives, words)
            and not (e is not None and id(e) in spans_of and spans_of[id(e)].root.i in where)
            and not (e is None and where_text and n in where_text)]
    extra = {k: [(n, w) for n, w in v if n != name and not _from_adjective(None, n, spans_of, adjectives, words)]
             for k, v in extra.items()}
    if entity is not None:
        kept.append((entity, role, name))
    else:
        extra[role] = [*extra[role], (name, subject.text if subject.pos_ == "PRON" else name)]
    return kept, theme, extra, resolved if name in resolved or entity is not None else [*resolved, name]


def _from_adjective(entity: Any, name: str, spans_of: dict, adjectives: set[int], words: set[str]) -> bool:
    """Whether a role's name comes from the adjective on the state's defining noun ("Lao" of "a Lao kingdom")."""
    if entity is not None:
        return id(entity) in spans_of and any(t.i in adjectives for t in spans_of[id(entity)])
    return any(name == w or (len(w) > 2 and name.startswith(w)) for w in words)


def hung_on_place(trigger: Any) -> Any | None:
    """The state's defining noun a life verb's clause belongs to where the parser hung it on the place
    the noun is "in" or "of" ("a state in the western Vell which was founded in 1400", "a state of the
    Vell formed in 1569": the state was founded, not the Vell), or on the agent of a participle on the
    noun ("a dynasty ruled by the Vell clan that existed"), else None."""
    place = trigger.head
    if trigger.dep_ == "relcl" and place.dep_ == "pobj" and place.head.dep_ == "agent":
        # "a dynasty of Tarvia ruled by the Vell clan that existed between 1115 and 1234": the state
        # existed, not its rulers (a clause of a state's life on the agent of a participle on the state).
        ruled = place.head.head
        if ruled.dep_ == "acl" and ruled.tag_ == "VBN" and ruled.head.pos_ == "NOUN" and \
                ruled.head.lower_ in STATE_DEFINING_NOUNS and ruled.head.dep_ in ("attr", "appos"):
            return ruled.head
    if trigger.dep_ not in ("acl", "relcl") or place.pos_ != "PROPN" or place.dep_ != "pobj":
        return None
    prep = place.head
    noun = prep.head
    if noun.lower_ in ("is", "was", "are", "were"):  # "was a state in the Vell": the parser hangs "in" on the copula
        noun = next((c for c in noun.children if c.dep_ == "attr"), noun)
    if prep.lower_ not in ("in", "of") or noun.pos_ != "NOUN" or noun.lower_ not in STATE_DEFINING_NOUNS or \
            noun.dep_ not in ("attr", "appos"):
        return None
    return noun

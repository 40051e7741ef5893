"""The article's subject as the doer of a clause the parse hangs off its definition (issue 31: the
lead of a People, dynasty or state article missing from its own rows).

A lead section says most of what its subject did in clauses whose subject is the first sentence's
name, reached only through the grammar (the sentences are invented, of the measured shapes):

- a relative clause on the copula's predicate: "Xerxes I was a Tarvian ruler who reigned as king
  from 486 BC" (the parse made "I" the subject: no name the role rules know);
- a participle on the predicate: "The Jiajing Emperor, personal name Zhu Houcong, was the 12th
  emperor of the Orm dynasty, reigning from 1521 to 1567" (the alias is no second actor);
- a gerund after "for": "Satō is best remembered for securing the return of Okinawa", "an explorer
  best known for making the second circumnavigation" (the nominal a light verb carries too);
- a nominal after "take part in", "engage in (a series of)", "seized power in", "fought in": "Kilby
  took part in the realization of the circuit", "the Qin engaged in a series of wars";
- the subject written as the title's bare name the model tagged a place or nothing: "Phelps tied
  the record";
- a work is never the actor: "His A New System of Chemical Philosophy (1808) presented an atomic
  model" is the owner's act (:func:`with_work_owner`).

Only where the doer the grammar reaches is the lead's own name (its tokens in the first sentence,
the title's name, a person's surname, a state's name without its realm word), or a pronoun the
document's rules resolve to one name; only where the row has no actor yet; never on a passive
trigger (its subject is done to). The lead's own name is then taken out of the other roles.
"""

from __future__ import annotations

from typing import Any, Callable

from pipeline.lexicon.light_verb_forms import LIGHT_VERB_FORMS
from pipeline.lexicon.polities import POLITY_HEADS

# Light verbs whose object nominal is the subject's own act ("made the circumnavigation").
_LIGHT = {"make", "undertake", "conduct", "carry", "lead", "perform", "stage", "mount", "organise", "organize"}
# Verbs whose "in" phrase is the subject's own act ("engaged in wars", "took part in the realization",
# "seized power in the coup", "fought in the battle").
_TAKING_PART = {"engage", "engaged", "engages", "engaging", "participate", "participated", "participates",
                "participating", "fight", "fought", "fights", "fighting", "seize", "seized", "seizes", "seizing"}
# Nouns of a run of happenings: "a series of wars" is the wars.
_RUNS = {"series", "string", "succession", "wave", "number", "campaign"}
_COPULA = {"be", "is", "are", "was", "were"}
_RELATIVES = {"who", "that", "which"}
_STEPS = 6


def _copula_subject(noun: Any) -> Any | None:
    """The subject of the copula ``noun`` (or a noun of its list) is said of ("Orme was a ruler
    who", "a politician, journalist, and dictator who"), else None."""
    for _ in range(_STEPS):
        if noun.dep_ != "conj" or noun.head.i == noun.i or noun.head.pos_ in ("AUX", "VERB"):
            break
        noun = noun.head
    # "Drake was an explorer and privateer best known for": the parse may hang the second noun on the copula
    if noun.dep_ not in ("attr", "conj") or (noun.head.lemma_ != "be" and noun.head.lower_ not in _COPULA):
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _subject(verb: Any) -> Any | None:
    """The plain subject of ``verb`` or of the verb its conjunct hangs on ("was … and ruled")."""
    for _ in range(_STEPS):
        found = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if found is not None or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return found
        verb = verb.head
    return None


def _gerund(verb: Any) -> bool:
    """"securing", "having merged": a gerund, perfect or not."""
    return verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)


def _passive(verb: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _act_verb(trigger: Any) -> Any | None:
    """The verb whose subject does ``trigger``: the trigger itself, or for a nominal the light verb
    it is the object of or the "take part in" verb it follows (through "a series of")."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    if trigger.pos_ != "NOUN":
        return None
    tok = trigger
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _RUNS:
        tok = tok.head.head  # "a series of wars"
    head = tok.head
    if tok.dep_ == "dobj" and LIGHT_VERB_FORMS.get(head.lower_) in _LIGHT:
        return head
    if tok.dep_ == "pobj" and head.lower_ == "in":
        verb = head.head
        if verb.lower_ in _TAKING_PART or (LIGHT_VERB_FORMS.get(verb.lower_) == "take" and
                                           any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)):
            return verb
        if verb.lower_ == "part" and verb.dep_ == "dobj" and LIGHT_VERB_FORMS.get(verb.head.lower_) == "take":
            return verb.head
    return None


def doer(trigger: Any) -> Any | None:
    """The token the grammar makes ``trigger``'s doer (see the module), or None: a passive trigger
    has none here."""
    verb = _act_verb(trigger)
    if verb is None or (verb.i == trigger.i and _passive(verb)):
        return None
    for _ in range(_STEPS):
        subject = _subject(verb)
        if subject is not None:
            if subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
                return _copula_subject(verb.head)  # "Orme was a ruler who reigned"
            return None if subject.lower_ in _RELATIVES else subject
        if verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBG":
            # "was the 12th emperor of Orm, reigning from 1521": the predicate's subject
            head = verb.head
            if head.pos_ in ("VERB", "AUX"):
                return _subject(head)
            return _copula_subject(head)
        if verb.dep_ == "pcomp" and _gerund(verb) and verb.head.lower_ == "for":
            head = verb.head.head  # "remembered for securing", "known for making", "famous for"
            if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("acl", "relcl"):
                return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if head.dep_ == "acl":
                return _copula_subject(head.head)
            if head.pos_ == "ADJ" and head.dep_ == "acomp":
                return _subject(head.head)
            return None
        return None
    return None


def _is_lead(token: Any, lead: Any) -> bool:
    """Whether ``token`` is written as the lead's own name: its tokens in the first sentence, the
    whole name, a person's last name, a state's name without its realm word ("the Qin")."""
    if token.doc is lead.doc and token.i in lead.tokens:
        return True
    if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper():
        return False
    start = min([token.i] + [t.i for c in token.lefts if c.dep_ in ("compound", "flat") for t in c.subtree])
    text = token.doc[start:token.i + 1].text  # "Eisaku Satō" of "Satō", not "Qin under King Zheng"
    parts = lead.name.split()
    if text == lead.name:
        return True
    if lead.kind == "person":
        return len(parts) > 1 and text == parts[-1]
    return bool(getattr(lead, "state", False)) and len(parts) > 1 and parts[-1].lower() in POLITY_HEADS and \
        text == " ".join(parts[:-1])


def with_lead_actor(trigger: Any, found: tuple, lead: Any, resolve: Callable[[Any], list[str]]) -> tuple:
    """A trigger's roles (:func:`pipeline.events.roles.trigger_roles`'s four) with the lead as actor
    where the grammar makes it the doer and the row has no actor (see the module); ``resolve`` turns
    a pronoun token into the names it stands for."""
    named, theme, extra, resolved = found
    if lead is None or extra["actor"] or any(r == "actor" for _, r, _ in named):
        return found
    token = doer(trigger)
    if token is None or (token.head.i == trigger.i and token.doc is lead.doc and token.i in lead.tokens
                         and trigger.lemma_ != "be"):
        # The first sentence's own subject of its own verb: the role rules judged it ("the Embassy"); not of a
        # copula telling a spell in office ("Nero was Roman emperor from AD 54"), which they read no doer of.
        return found
    if not _is_lead(token, lead) and (token.pos_ != "PRON" or token.lower_ in _RELATIVES or resolve(token) != [lead.name]):
        return found
    # The doer's own words are the lead: not also a place or a participant ("Phelps" the model called a town).
    named = [(e, r, n) for e, r, n in named if n != lead.name and not (e is not None and e.text == token.text)]
    extra = {**extra, "actor": [*extra["actor"], (lead.name, lead.name)],
             "participant": [p for p in extra["participant"] if p[0] != lead.name]}
    return named, theme, extra, resolved


# A possessive on a name that makes the name the owner's made thing ("His A New System of Chemical Philosophy").
_OWNERS = {"his", "her", "their"}


def with_work_owner(trigger: Any, found: tuple, resolve: Callable[[Any], list[str]]) -> tuple:
    """"His A New System of Chemical Philosophy (1808) presented an atomic model": a capitalised name
    the model left untagged (no person, body or place) that a person's "his"/"her" owns is a work, never
    the actor; the owner is (where the pronoun resolves to one name), and the work is the theme."""
    named, theme, extra, resolved = found
    if trigger.pos_ not in ("VERB", "AUX") or _passive(trigger):
        return found
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
        return found
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in _OWNERS), None)
    if owner is None or any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in subject.children):
        return found  # "his son Orme": a kin's name, a person
    words = [t for t in subject.subtree if t.i > owner.i and t.text not in ("(", ")") and not t.like_num]
    written = subject.doc[words[0].i:words[-1].i + 1].text if words else ""
    work = [n for _, r, n in named if r == "actor" and n in written] + [a for a, _ in extra["actor"] if a in written]
    names = resolve(owner)
    if not work or len(names) != 1:
        return found
    named = [(e, r, n) for e, r, n in named if not (r == "actor" and n in written)]
    extra = {**extra, "actor": [(n, m) for n, m in extra["actor"] if n not in written] + [(names[0], owner.text)]}
    return named, theme or written.removeprefix("A ").removeprefix("The ").strip() or None, extra, \
        [*resolved, names[0]] if names[0] not in resolved else resolved

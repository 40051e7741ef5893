"""Whether a dated statement says the happening took place: its modality.

``asserted``      it happened ("Germany invaded Poland on 1 September")
``planned``       it was planned, scheduled, agreed or expected to happen ("planned to invade in May",
                  "agreed that the allies would invade", "was to sign", "will meet on Friday",
                  "the planned invasion")
``negated``       it did not happen ("did not invade", "failed to capture", "called off the attack",
                  "was unable to take", "rather than sign", "without signing")
``hypothetical``  it might have happened ("would have spread", "if Germany had invaded", "could attack")

Stories merge asserted happenings only: a plan told by one article and the happening told by
another are two things (the invasion agreed for 1944 is not the invasion of 1944), and a
planned date that was called off is not the day it happened.

Read off the dependency parse around the trigger token: its own negation and modal
auxiliaries, a conditional clause it sits in, and the verbs (or nouns) that govern it
("plan", "agree", "fail", "refuse"). Written as rules rather than learned because no
labelled modality data sits beside the project and the cues are few and closed-class.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.happenings import NOBODY_WORDS
from pipeline.lexicon.light_verb_forms import LIGHT_VERB_FORMS, MODALITY_FORMS

ASSERTED, PLANNED, NEGATED, HYPOTHETICAL = "asserted", "planned", "negated", "hypothetical"
MODALITIES = (ASSERTED, PLANNED, NEGATED, HYPOTHETICAL)

# Heads under which a happening is intended, not (yet) done: "planned to invade", "agreed that the
# allies would invade", "the plan for an invasion", "scheduled the signing".
PLAN_HEADS = {"plan", "schedule", "intend", "agree", "prepare", "propose", "decide", "aim", "expect", "hope",
              "want", "wish", "threaten", "promise", "order", "arrange", "mean", "seek", "vow", "pledge",
              "plot", "scheme", "proposal", "intention", "threat", "preparation", "forecast", "predict",
              "invite", "urge", "demand", "ask", "resolve", "determine"}
# Heads that say the happening did not take place: "failed to capture", "called off the invasion".
NEGATING_HEADS = {"fail", "refuse", "decline", "avoid", "prevent", "cancel", "abandon", "postpone", "reject",
                  "forgo", "halt", "stop", "deny", "cancellation", "postponement", "abandonment", "failure",
                  "refusal", "unable", "incapable"}
# Heads that make it possible only: "the possibility of an invasion", "tried to capture".
HYPOTHETICAL_HEADS = {"possibility", "risk", "danger", "prospect", "consider", "contemplate", "fear",
                      "try", "attempt"}
# Nouns' own qualifiers: "the planned invasion", "a possible attack".
PLANNED_MODIFIERS = {"planned", "scheduled", "proposed", "intended", "projected", "expected", "upcoming",
                     "forthcoming", "impending", "future", "prospective", "would-be", "envisaged"}
HYPOTHETICAL_MODIFIERS = {"possible", "potential", "hypothetical", "feared", "threatened", "likely", "eventual"}
_HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "can", "must", "ought"}
_FUTURE_AUX = {"will", "shall", "'ll"}
_CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
# Links along which a governing verb's modality reaches the trigger ("planned [to invade]",
# "agreed [that they would invade]", "the plan [for [an invasion]]", "called off [the attack]").
_GOVERNED = {"xcomp", "ccomp", "dobj", "pobj", "prep", "nsubjpass", "acl", "pcomp", "attr", "oprd"}
_MAX_CLIMB = 4


_IRREGULAR = MODALITY_FORMS
# Verbs that date what they plan: "the invasion, planned for 4 May" is dated by the plan's day.
_DATING_PLAN = {"plan", "schedule", "set", "slate", "fix", "expect", "due", "reschedule", "postpone", "delay"}


def forms(token: Any) -> set[str]:
    """The lemma candidates of a token: its lemma where the parse set one (the pipeline runs spaCy with
    the lemmatizer off, for speed), else its word with the regular endings taken off."""
    w = token.lower_
    out = {w}
    if token.lemma_:
        out.add(token.lemma_.lower())
    if w in _IRREGULAR:
        out.add(_IRREGULAR[w])
    for ending in ("ied", "ies"):
        if w.endswith(ending):
            out.add(w[:-3] + "y")
    for ending in ("ed", "ing", "es", "s", "d"):
        if w.endswith(ending) and len(w) - len(ending) >= 2:
            stem = w[: -len(ending)]
            out |= {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # "planned" → "plan"
    return out


# Subjects that say nobody did it or nothing happened: "nobody was hurt", "nothing came of it", "neither side
# fired"; news_words adds determiners ("there were no injuries").
_NOBODY = NOBODY_WORDS | {"neither"}


def subject_says_none(token: Any, words: frozenset[str] | set[str] = NOBODY_WORDS) -> bool:
    """Whether a word's subject says none: "nobody claimed it", "no agreement was reached", "no one was hurt"."""
    for c in token.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in words or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True
        if c.lower_ == "one" and c.i > 0 and c.doc[c.i - 1].lower_ == "no":
            return True
    return False


def _none_did(token: Any) -> bool:
    """"No agreement was reached", "no one was hurt", "nobody claimed it": a verb whose subject says
    none; what it tells did not happen."""
    return token.pos_ in ("VERB", "AUX") and subject_says_none(token, _NOBODY)


def _negated_here(token: Any) -> bool:
    if _none_did(token):
        return True
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ in ("never", "not", "n't"):
            # "did not attack until 22 June" says it happened on 22 June.
            if any(c.lower_ in ("until", "till") for c in token.children):
                return False
            return True
    return False


def _own(token: Any) -> str | None:
    """The modality the token's own words give it, or None when they say nothing."""
    if _negated_here(token):
        return NEGATED
    aux = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in token.children):
        return HYPOTHETICAL
    if aux & _HYPOTHETICAL_AUX:
        return HYPOTHETICAL
    if aux & _FUTURE_AUX:
        return PLANNED
    if token.pos_ in ("NOUN", "PROPN"):
        mods = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "nmod")}
        if mods & PLANNED_MODIFIERS:
            return PLANNED
        if mods & HYPOTHETICAL_MODIFIERS:
            return HYPOTHETICAL
    return None


def _head_says(head: Any, via: Any) -> str | None:
    """What a governing word says of the happening below it (reached through ``via``)."""
    lemmas = forms(head)
    if via.dep_ == "prep" and head.pos_ in ("VERB", "AUX"):
        # A verb's prepositional phrase is a circumstance, not what the verb does: "failed with the
        # conclusion of the Munich Agreement" says the conclusion happened; "prepared for the invasion"
        # still plans it.
        return PLANNED if lemmas & PLAN_HEADS and via.lower_ in ("for", "on") else None
    if _denied_evidence(head, via):
        return NEGATED  # "there is no information that he has been coerced"
    off = any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children)
    if ("call" in lemmas and off) or lemmas & NEGATING_HEADS:
        return NEGATED
    if lemmas & HYPOTHETICAL_HEADS:
        return HYPOTHETICAL
    if lemmas & PLAN_HEADS and not (lemmas & _FINDING_HEADS and _told_as_past(via)):
        return PLANNED  # (not "most scholars agree that it was written in the 2nd century BCE": a finding)
    if head.lower_ == "going" and via.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in via.children) \
            and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re", "'m", "was", "were") for c in head.children):
        return PLANNED  # "the sector is going to start getting beat up in the spring": a forecast
    if lemmas & {"be", "was", "were", "is", "are"} and via.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in via.children):
        return PLANNED  # "was to sign the treaty on 1 May"
    return None


# A plan head that also takes a view of the past: "most scholars agree that it was written in the 2nd century
# BCE" (not "hoped the perpetrator was caught", a wish, nor "decided that he met the test", a ruling).
_FINDING_HEADS = {"agree"}
# Nouns of what would show a happening; with "no" they deny it: "there is no evidence that he was coerced".
_EVIDENCE_NOUNS = {"information", "evidence", "indication", "sign", "proof", "confirmation", "record", "trace"}


def _told_as_past(clause: Any) -> bool:
    """A "that" clause told in the past, with no modal or infinitive: "that it was written", "that he had died"."""
    if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
        return False
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if auxes & (_HYPOTHETICAL_AUX | _FUTURE_AUX | {"to"}):
        return False
    return clause.tag_ == "VBD" or bool(auxes & {"was", "were", "had"})


def _denied_evidence(head: Any, via: Any) -> bool:
    """"no information that …", "no evidence that …": a noun of evidence with "no", its clause denied."""
    content = via.dep_ in ("acl", "ccomp") or (via.dep_ == "relcl" and any(  # (the parser's "that" as a relative)
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which") for c in via.children))
    return head.pos_ == "NOUN" and head.lower_ in _EVIDENCE_NOUNS and content and \
        any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)


def modality_of(trigger: Any, date: Any = None) -> str:
    """The modality of the happening a trigger token names (see the module's docstring); ``date``, the
    span of the date the statement carries, tells "planned for 4 May" (the plan's day) apart."""
    if trigger is None:
        return ASSERTED
    if date is not None and forms(trigger) & _DATING_PLAN and _dates_the_plan(trigger, date):
        return PLANNED
    own = _own(trigger)
    if own == NEGATED or _done_instead_of(trigger) or _denied_evidence(trigger.head, trigger):
        return NEGATED
    governed = _governed(trigger) or _shared_with_conjunct(trigger)
    # "they agreed that the allies would invade": the plan above says more than the "would".
    if governed is not None and (own is None or governed in (PLANNED, NEGATED)):
        return governed
    if own is not None:
        return own
    return HYPOTHETICAL if _in_conditional(trigger) else ASSERTED


def _done_instead_of(trigger: Any) -> bool:
    """Whether the trigger is what was not done in place of another happening: "resigned rather than sign
    the decree", "instead of signing the pact", "left without signing"."""
    head = trigger.head
    if trigger.dep_ in ("pcomp", "pobj"):
        if head.lower_ == "without":
            return True
        if head.lower_ in ("of", "than") and any(c.lower_ in ("instead", "rather") for c in head.children):
            return True
    if trigger.dep_ == "conj":
        # "resigned rather than sign": the parser joins the two verbs by "than", itself led by "rather".
        return any(c.dep_ == "cc" and c.lower_ == "than" and any(g.lower_ == "rather" for g in c.children)
                   for c in head.children)
    return False


def _dates_the_plan(trigger: Any, date: Any) -> bool:
    """Whether the date is the object of the plan verb's "for" ("planned for 4 May 1940")."""
    for tok in date:
        head = tok
        for _ in range(3):
            if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.i == trigger.i:
                return True
            if head.head.i == head.i:
                break
            head = head.head
    return False


def _governed(trigger: Any) -> str | None:
    """What the words governing the trigger say of it, climbing a few links up the parse."""
    token = trigger
    for _ in range(_MAX_CLIMB):
        if token.dep_ not in _GOVERNED or token.head.i == token.i:
            return None
        head = token.head
        said = _head_says(head, token)
        if said is not None:
            return said
        if token.dep_ == "prep" and head.pos_ in ("VERB", "AUX"):
            return None  # a circumstance of that verb ("after Thursday's ruling"): its modality is not ours
        if head.pos_ in ("VERB", "AUX") and (token.dep_ == "xcomp" or (
                token.i == trigger.i and token.dep_ in ("nsubjpass", "dobj") and head.lower_ in LIGHT_VERB_FORMS and
                LIGHT_VERB_FORMS[head.lower_] != "be")):
            # ("the turn could have been made in 1939": a happening a light verb hands the row to has the
            # verb's modality; not a copula's: "factors might be the signing of a pact" says the signing happened.)
            # "would [agree to] invade", "did not [try to] capture": the modality of the verb above (not
            # of a verb of saying or knowing: "did not know that Hitler had been discussing" says he was).
            governing = _own(head)
            if governing is not None:
                return governing
        token = head
    return None


def _in_conditional(trigger: Any) -> bool:
    """Whether the trigger's clause is (or hangs from) a conditional one: "if Germany had invaded"."""
    clause = trigger
    while clause.pos_ not in ("VERB", "AUX") and clause.dep_ in ("pobj", "prep", "dobj", "attr") and \
            clause.head.i != clause.i:
        clause = clause.head  # "whether two suspects remained in detention": the noun's clause
    for _ in range(_MAX_CLIMB):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in clause.children):
            return True
        if clause.dep_ in ("advcl", "conj") and clause.head.i != clause.i:
            clause = clause.head
        else:
            return False
    return False


def _shared_with_conjunct(trigger: Any) -> str | None:
    """"expects to obtain approval and complete the deal by year-end", "could strike and seize the port":
    a verb joined by "and" or "or" to another, with no subject of its own, shares what governs that verb
    or its modal (not its negation: "did not attack but retreated" is two things)."""
    head = trigger.head
    if trigger.dep_ != "conj" or head.i == trigger.i or head.pos_ not in ("VERB", "AUX") or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return None
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in head.children if trigger.i > c.i > head.i):
        return None
    own = _own(head)
    if own in (PLANNED, HYPOTHETICAL) and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return own
    governed = _governed(head)
    return governed if governed in (PLANNED, HYPOTHETICAL) else None

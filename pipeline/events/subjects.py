"""Who did it: a trigger's subject, read off the parse.

The subject of the trigger verb (the ``by``-agent of a passive; every conjunct of a
conjunction); where the verb has none of its own, the subject it inherits along a clause
link (control: "persuaded Norway to attack" makes Norway attack; raising; relative and
participle clauses), a fronted name ("in Moscow Molotov and Ribbentrop signed"), or the
performer of an event noun's support verb ("launched a series of attacks"). Split from
:mod:`pipeline.events.triggers`, which chooses the trigger word.
"""

from __future__ import annotations

from typing import Any, Iterable

from pipeline.events.filings import filers
from pipeline.events.aside_subjects import aside_subject
from pipeline.events.conjoined_patients import conjoined_patients
from pipeline.events.contests import contest_told_in
from pipeline.events.fronted_appositions import name_after_description
from pipeline.events.happening_words import named_happening_subject
from pipeline.events.involvement import involved_subjects
from pipeline.events.noun_performers import PLACE_HAPPENINGS, claimer_verb, hung_agents, noun_leaders, supports, weapon_users
from pipeline.events.relative_heads import is_said_of_stretch, person_in_kin_group, predicated_name, relative_antecedent
from pipeline.events.companion_parties import COMPANY_WORDS, companions
from pipeline.events.shared_agents import shared_agent
from pipeline.events.time_fronts import is_time_front, swallowed_after_comma
from pipeline.events.carried_agents import carried_agent, is_stray_participle
from pipeline.events.gapped_agents import gapped_agents, is_gapped_object
from pipeline.events.swallowed_subjects import swallowed_subject
from pipeline.events.patient_participles import fronted_patients, is_fronted_patient_participle
from pipeline.events.passive_form import fronted_participle_patients, misparsed_main_verb, misread_patients, reads_passive
from pipeline.events.triggers import INHERIT, PASSIVE_SUBJECTS, SUBJECTS
from pipeline.events.tree import first_conjunct


def _subject_tokens(verb: Any) -> tuple[list[Any], bool]:
    """Subject heads of a verb and whether they are agents (not passive patients)."""
    agents = [t for c in verb.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"]
    if agents:
        return agents + gapped_agents(verb), True  # "named X by Orm Weekly and Y by the VBC": the VBC too
    if aside_subject(verb):
        return aside_subject(verb), True  # "Sweden — then at war with Russia — invaded"
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if subjects:
        # Two subjects is a misparse ("Stalin's worries …, the Soviet Union suspended"): the
        # one nearest the verb is the real one.
        nearest = min(subjects, key=lambda c: abs(verb.i - c.i))
        return [name_after_description(verb, nearest) or nearest], True  # "Once part of Lusk, Orm joined"
    # "The United Kingdom, …, fulfilling their obligations, declared war": the parser often
    # hangs the subject on the participle before the verb.
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i:
            hung = [g for g in c.children if g.dep_ == "nsubj" and g.i < c.i]
            if hung:
                return hung, True
    passive = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
    if passive:
        return [], False  # a passive without a "by" phrase names no actor
    return [], True


def subject_of(trigger: Any) -> list[Any]:
    """Tokens heading the trigger's actors, following a subject-less verb to the verb it depends on."""
    tok = trigger
    if misparsed_main_verb(trigger) is not None:
        return [trigger.head]  # "The Tarvs rebelled in 1625." parsed as a noun phrase: they rebelled
    if trigger.pos_ in ("NOUN", "PROPN"):
        if (filed := filers(trigger)) is not None:
            return filed  # "In a Securities and Exchange Commission filing, Orm said": Orm filed
        # "the German invasion", "Hitler's attack", "the signing … by Molotov"
        # (a date or a number before it names no one: "the Bloody Friday attacks" go on up the parse)
        own = [c for c in trigger.children if c.dep_ in ("poss", "amod", "compound", "nmod")
               and c.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY")
               and (c.ent_type_ or c.pos_ == "PRON" or c.tag_ in ("NNP", "NNPS"))
               and not (c.ent_type_ in ("GPE", "LOC") and trigger.lower_ in PLACE_HAPPENINGS)]
        own += [t for c in trigger.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                for t in c.children if t.dep_ == "pobj"] + hung_agents(trigger)
        if own:
            return own + noun_leaders(trigger)
        claimer = claimer_verb(trigger)
        if claimer is not None:
            return subject_of(claimer)
        while tok.head.i != tok.i and tok.pos_ != "VERB":
            tok = tok.head
        if tok.pos_ == "VERB" and contest_told_in(tok, trigger):
            return [c for c in tok.children if c.dep_ == "nsubj"]
        if tok.pos_ != "VERB" or not supports(tok, trigger):
            return []
        if any(c.dep_ == "agent" for c in tok.children) and not any(c.dep_ == "auxpass" for c in tok.children):
            # "who spearheaded resistance by the tribesmen": an active verb's "by" is its object's agent;
            # the leader and the agents both act.
            return [t for c in tok.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"] + \
                noun_leaders(trigger)
    if is_stray_participle(tok):
        return []  # "a confederacy …, numbering 150, founded in 478 BC": what was founded, no founder
    if tok.pos_ == "VERB" and (shared := shared_agent(tok) or carried_agent(tok)):
        return shared  # "it was defeated and annexed by the Company"; "defeated by Orm and forced out": Orm's too
    if tok.pos_ == "VERB" and (reads_passive(tok) or is_fronted_patient_participle(tok)):  # (but "became embroiled in": its subject got into it)
        return involved_subjects(tok)  # "was elected king and crowned in 1155", "after being fired": its subject undergoes it
    participle = False
    for _ in range(6):
        heads, active = _subject_tokens(tok)
        going_on = named_happening_subject(tok) if tok.pos_ == "VERB" else None
        heads = [h for h in heads if going_on is None or h.i != going_on.i]  # "the Orm War began": no party
        if not heads and active and tok.pos_ == "VERB":
            heads = fronted_names(tok) or swallowed_subject(tok)  # "In 700 BC the Tarvians founded"
        if any(h.i == trigger.i for h in heads):
            return []  # "The capture of Vell ended the war": a happening that is its verb's subject has no doer there
        if heads:
            # "which was signed": the relative pronoun stands for the noun the clause modifies.
            if tok.dep_ == "relcl" and all(h.tag_ in ("WDT", "WP") for h in heads):
                user = weapon_users(tok.head)  # ("a period in the history of Tarvia which lasted": no party)
                return user if user else [] if is_said_of_stretch(tok) else [predicated_name(person_in_kin_group(tok))]
            if participle and any(c.dep_ == "agent" for c in tok.children):
                # "Lasting from 1870 to 1871, the conflict was caused by France's determination": the
                # participle is said of the passive's subject, never of its agent
                return [c for c in tok.children if c.dep_ in PASSIVE_SUBJECTS and c.pos_ in ("PROPN", "PRON")]
            if participle and len(heads) == 1 and heads[0].pos_ == "NOUN":
                # "Starting his own band in 1939, his popularity grew": a participle whose main clause's
                # subject is a thing of someone's is that someone's act.
                owners = [c for c in heads[0].children if c.dep_ == "poss"]
                if owners:
                    return owners
            return heads
        participle = participle or (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i < tok.head.i)
        if tok.dep_ == "prep" and tok.pos_ in ("ADP", "SCONJ") and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head  # "carried the bombs before detonating them": the verb the clause hangs from acts
            continue
        if not active or tok.dep_ not in INHERIT or tok.head.i == tok.i:
            return []
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i:
            # "Orme was appointed manager, replacing Lusk": a participle after a passive clause is done by
            # its patient, where that is a person ("the city was taken, ending the siege": not the city).
            patients = [c for c in tok.head.children if c.dep_ in PASSIVE_SUBJECTS and
                        (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she"))] \
                if not any(c.dep_ == "agent" for c in tok.head.children) else []
            if patients:
                return patients
        if tok.dep_ == "xcomp" or (tok.dep_ == "ccomp" and tok.tag_ in ("VB", "VBG")):
            # "saw McVeigh approach the counter": the parser also makes a bare infinitive after a
            # perception verb's object a ccomp; its object does it, as with "persuaded Lusk to attack".
            controller = _controller(tok)
            if controller:
                return controller
        if tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
                and not any(c.dep_ == "agent" for c in tok.head.children):
            # "Orme was sent to negotiate", "Lusk was forced to cede Orm": a purpose infinitive on a
            # passive verb is done by its patient (an active verb's own subject does it: read on up). Only a
            # name or a pronoun: a common noun's phrase may hold a caption's credit the parser hung on it.
            patients = [relative_antecedent(c) for c in tok.head.children if c.dep_ in PASSIVE_SUBJECTS
                        and c.pos_ in ("PROPN", "PRON")]
            if patients:
                return patients
        if tok.dep_ == "relcl":
            return [predicated_name(person_in_kin_group(tok))] if active else []
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            # "the IRA's decision to carry out the attacks": the one whose decision (plan, attempt) it is.
            return [c for c in tok.head.children if c.dep_ == "poss"]
        if tok.dep_ == "conj" and _is_active(tok):
            # "the Soviet Union was recognized by Spain … and joined the League": an active verb
            # conjoined to a passive one shares its grammatical subject, not its agent.
            # ("Vell, who was born in Tarsk and fled": the relative pronoun stands for Vell.)
            patients = [relative_antecedent(c) for c in tok.head.children if c.dep_ in PASSIVE_SUBJECTS]
            if patients:
                return patients
        tok = tok.head
    return []


# Verbs whose object does what their infinitive says ("persuaded Norway to attack"); with others the
# object is a means ("used the treaty to rearm": the subject rearms). Stems, for every form of each.
_OBJECT_CONTROL = ("persuad", "forc", "order", "ask", "urg", "allow", "permit", "compel", "invit", "encourag",
                   "induc", "convinc", "requir", "instruct", "told", "tell", "authori", "oblig", "pressur",
                   "enabl", "command", "direct", "call", "prompt", "led", "lead", "caus", "push", "drove", "driv",
                   "provok", "tempt", "summon", "entic", "incit", "invit", "appoint", "assign", "send", "sent",
                   "dispatch", "expect", "want", "help", "advis", "warn", "beg", "implor", "petition",
                   # perception and causation: "saw McVeigh approach", "let the army pass", "made them sign"
                   "saw", "see", "watch", "heard", "hear", "notic", "observ", "let", "made", "mak")


def _controller(infinitive: Any) -> list[Any]:
    """Who does what an infinitive says, when its verb says it ("persuaded Norway to attack": Norway;
    "Sweden was forced to withdraw": Sweden): the governing verb's object, else its passive subject.
    Empty when the governing verb's own subject does it ("decided to invade")."""
    head = infinitive.head
    if head.pos_ not in ("VERB", "AUX"):
        return []
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < infinitive.i]
    if objects and head.lower_.startswith(_OBJECT_CONTROL):
        return objects
    return [relative_antecedent(c) for c in head.children if c.dep_ in PASSIVE_SUBJECTS]



def fronted_names(verb: Any) -> list[Any]:
    """"in Moscow Molotov and Ribbentrop signed", "In 1939 Germany, which …, invaded": with no
    comma after a fronted phrase the parser reads the subject as the preposition's object. A
    name object whose phrase runs right up to a subject-less verb is that verb's subject."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN" or obj.ent_type_ in ("DATE", "TIME"):
                continue
            last = max(t.i for t in obj.subtree)
            gap = obj.doc[last + 1:verb.i]
            aside = {t.i for c in companions(verb) for t in c.head.subtree} | \
                {t.i for c in companions(verb) for t in c.head.head.subtree if c.head.head.lower_ in COMPANY_WORDS}
            if all(t.is_punct or t.pos_ == "ADV" or t.i in aside for t in gap):
                if is_time_front(prep):  # "Following the Orm War, Tarvia and Lusk made peace": not the war
                    return swallowed_after_comma(obj)
                return [obj]  # "In 1805 Tarvia, along with Lusk, attacked": the aside is the subject's
    return []


def _is_active(verb: Any) -> bool:
    return not any(c.dep_ == "auxpass" for c in verb.children) and verb.tag_ != "VBN"


def expand_conjuncts(tokens: Iterable[Any]) -> list[Any]:
    """``Germany and the Soviet Union``: every conjunct of each head."""
    out = []
    for t in tokens:
        out.append(t)
        out.extend(c for c in t.conjuncts if not _opens_next_clause(c) and not is_gapped_object(c))
    return out


def _opens_next_clause(token: Any) -> bool:
    """A conjunct right before an auxiliary of another verb is that clause's subject, misparsed ("was
    killed in a battle with police and Dzhokhar was found": Dzhokhar is found, not fought)."""
    doc = token.doc
    if token.i + 1 >= len(doc) or token.i < token.head.i:
        return False
    nxt = doc[token.i + 1]
    first = first_conjunct(token)
    # ("Tarvia and Lusk were invited": the whole coordination is that verb's subject, nothing misparsed)
    # ("the Treaty between Tarvia and Lusk was signed": the verb has its subject, the treaty)
    return nxt.dep_ in ("aux", "auxpass") and nxt.head.pos_ in ("VERB", "AUX") and nxt.head.i > token.i and \
        first.head.i != nxt.head.i and not any(c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS
                                               for c in nxt.head.children)


def passive_patients(verb: Any) -> list:
    """The patients of a passive verb: its passive subjects, and a subject the parser hung off the
    passive auxiliary ("In 1978, he was upset by Knoetze": "he" under "was")."""
    return [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS] + [
        g for c in verb.children if c.dep_ == "auxpass" for g in c.children if g.dep_ in SUBJECTS] + misread_patients(verb) + \
        fronted_participle_patients(verb) + conjoined_patients(verb) + fronted_patients(verb)  # "He led …, and was executed by Orme"

